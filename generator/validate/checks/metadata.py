"""Rules for data package metadata that Frictionless does not know."""

from __future__ import annotations

from collections.abc import Iterator

from generator.i18n import N_
from generator.model import Dataset, Problem, Profile, Severity
from generator.vocab import FREQUENCIES, LICENSES

# key: hint (a message id; literal braces doubled, as the hint is a template)
REQUIRED_DATASET_FIELDS = (
    ("title", N_("Tulis judul dataset.")),
    ("description", N_("Jelaskan isi, sumber dan cara pengumpulan data.")),
    ("publisher", N_("Tulis publisher: {{name: ..., unit: ...}}.")),
    ("frequency", N_("Tulis frekuensi pemutakhiran, mis. bulanan.")),
    ("licenses", N_("Tulis lisensi, mis. licenses: [{{name: CC-BY-4.0}}].")),
)


def check_dataset(dataset: Dataset) -> Iterator[Problem]:
    file = dataset.descriptor_file
    declared = str(dataset.descriptor.get("name") or "")
    if declared != dataset.name:
        yield Problem("name-mismatch", file, field="name", value=declared,
                      params=(("expected", dataset.name),))
    for key, hint in REQUIRED_DATASET_FIELDS:
        if not dataset.descriptor.get(key):
            yield Problem("metadata-missing", file, field=key, params=(("key", key), ("hint", hint)))
    if dataset.descriptor.get("licenses") and dataset.license_id not in LICENSES:
        yield Problem("license-unknown", file, field="licenses", value=dataset.license_id,
                      params=(("choices", ", ".join(sorted(LICENSES))),))
    if dataset.descriptor.get("publisher") and not dataset.publisher:
        yield Problem("metadata-missing", file, field="publisher", params=(
            ("key", "publisher.name"), ("hint", N_("Tulis nama badan publik penerbit."))))
    if dataset.frequency and dataset.frequency not in FREQUENCIES and not dataset.frequency.startswith("ISI:"):
        yield Problem("metadata-invalid", file, field="frequency", value=dataset.frequency, params=(
            ("key", "frequency"), ("hint", N_("Pilih salah satu: {choices}.")), ("choices", ", ".join(FREQUENCIES))))
    if not isinstance(dataset.descriptor.get("resources"), list) or not dataset.descriptor["resources"]:
        yield Problem("metadata-missing", file, field="resources", params=(
            ("key", "resources"), ("hint", N_("Sebutkan minimal satu berkas CSV."))))
    yield from check_schemas(dataset)


def check_schemas(dataset: Dataset) -> Iterator[Problem]:
    resources = dataset.descriptor.get("resources")
    for raw in resources if isinstance(resources, list) else []:
        if not isinstance(raw, dict):
            continue
        schema = raw.get("schema")
        name = str(raw.get("name") or raw.get("path") or "?")
        if not isinstance(schema, dict) or not schema.get("fields"):
            yield Problem("schema-missing", dataset.descriptor_file, field=name,
                          params=(("resource", name),))
            continue
        for item in schema["fields"]:
            if isinstance(item, dict) and not str(item.get("description") or "").strip():
                yield Problem("field-description-missing", dataset.descriptor_file,
                              severity=Severity.WARNING, field=str(item.get("name")))


def check_unique_names(datasets: tuple[Dataset, ...]) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    for dataset in datasets:
        if dataset.name in seen:
            yield Problem("duplicate-id", dataset.descriptor_file, field="name", value=dataset.name,
                          params=(("other", seen[dataset.name]),))
        else:
            seen[dataset.name] = dataset.descriptor_file


def check_profile(profile: Profile | None, file: str) -> Iterator[Problem]:
    if profile is None:
        return
    for key in ("name", "address", "email"):
        if not getattr(profile, key):
            yield Problem("metadata-missing", file, field=key, params=(
                ("key", key), ("hint", N_("Lengkapi profil badan publik."))))
