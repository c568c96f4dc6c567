"""Personal data must not be published (UU 27/2022; excluded information under UU 14/2008).

Every cell of every data file and of the DIP, and every line of the staff pages,
is scanned with ``generator.validate.pii``. In a table, a column whose name says personal
data, or where most filled cells hold one kind of personal data, is an error on
each hit; a single hit in free text is judged by ``checks/exposure.py`` (an ID
number or a private address is an error, a phone or office address a warning). A data package may allow one
column with a written reason (``personal_data_allowed`` on the schema field).
The value in every problem is masked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from generator.i18n import N_
from generator.load.io.yamlio import as_list
from generator.model import Dataset, Page, Problem, Profile
from generator.validate import pii
from generator.validate.checks import exposure
from generator.validate.checks.headers import normal
from generator.validate.tables import Column, Columns, as_columns, read_columns

ALLOW_KEY = "personal_data_allowed"
MAX_PER_COLUMN = 5

# Column names (normalised: lower case, words joined by "_") that mean personal data.
PERSONAL_COLUMNS = {  # what each names: a message id
    "nik": N_("NIK"), "no_nik": N_("NIK"), "nomor_nik": N_("NIK"), "nik_ktp": N_("NIK"), "no_ktp": N_("nomor KTP"),
    "nomor_ktp": N_("nomor KTP"), "ktp": N_("nomor KTP"), "no_kk": N_("nomor KK"), "nomor_kk": N_("nomor KK"),
    "nomor_kartu_keluarga": N_("nomor KK"), "kk": N_("nomor KK"), "npwp": N_("NPWP"), "no_npwp": N_("NPWP"),
    "nama_lengkap": N_("nama lengkap"), "nama_penduduk": N_("nama penduduk"),
    "nama_ibu_kandung": N_("nama ibu kandung"), "alamat_rumah": N_("alamat rumah"),
    "alamat_tinggal": N_("alamat tempat tinggal"), "alamat_domisili": N_("alamat tempat tinggal"),
    "tanggal_lahir": N_("tanggal lahir"), "tgl_lahir": N_("tanggal lahir"), "tempat_lahir": N_("tempat lahir"),
    "tempat_tanggal_lahir": N_("tanggal lahir"), "ttl": N_("tempat dan tanggal lahir"), "no_hp": N_("nomor ponsel"),
    "nomor_hp": N_("nomor ponsel"), "hp": N_("nomor ponsel"), "no_ponsel": N_("nomor ponsel"),
    "nomor_ponsel": N_("nomor ponsel"), "no_wa": N_("nomor WhatsApp"), "whatsapp": N_("nomor WhatsApp"),
    "email_pribadi": N_("surel pribadi"), "no_rekening": N_("nomor rekening"), "nomor_rekening": N_("nomor rekening"),
    "golongan_darah": N_("golongan darah"), "agama": N_("agama"), "nip": N_("NIP"),
}


def column_key(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", header.strip().lower()).strip("_")


def public_contacts(profile: Profile | None, datasets: Iterable[Dataset]) -> frozenset[str]:
    """The body's own published contacts (site.yaml, dataset contacts): not personal data."""
    values = [profile.email, profile.phone] if profile else []
    values += [dataset.contact.email for dataset in datasets]
    return frozenset(pii.normalise_contact(value) for value in values if value)


def allowances(dataset: Dataset) -> dict[tuple[str, str], str]:
    """(resource name, column) -> the written reason why its personal data may be published."""
    allowed: dict[tuple[str, str], str] = {}
    for resource in dataset.resources:
        schema = resource.descriptor.get("schema")
        for raw in as_list(schema.get("fields") if isinstance(schema, dict) else None):
            if isinstance(raw, dict) and ALLOW_KEY in raw:
                reason = raw[ALLOW_KEY]
                allowed[(resource.name, str(raw.get("name")))] = reason.strip() if isinstance(reason, str) else ""
    return allowed


def check_dataset(dataset: Dataset, root: Path, *, ignore: frozenset[str]) -> Iterator[Problem]:
    allowed = allowances(dataset)
    for (name, column), reason in sorted(allowed.items()):
        if not reason:
            yield Problem("personal-data-allowance", dataset.descriptor_file, field=column,
                          params=(("resource", name),))
    for resource in dataset.local_resources:
        skip = {column for (name, column), reason in allowed.items() if name == resource.name and reason}
        delimiter = str((resource.descriptor.get("dialect") or {}).get("delimiter") or ",")[:1]
        table = read_columns(root / resource.source, delimiter=delimiter)
        types = {field.name: field.type for field in resource.fields}
        yield from check_columns(table, file=resource.source, ignore=ignore, allowed=skip, types=types)


def check_table(rows: Iterable[tuple[int, list[str]]], *, file: str, ignore: frozenset[str],
                allowed: set[str] | frozenset[str] = frozenset()) -> Iterator[Problem]:
    """Scan a table given as (spreadsheet row, cells) with the header first; every column is text."""
    yield from check_columns(as_columns(rows), file=file, ignore=ignore, allowed=allowed)


def check_columns(table: Columns, *, file: str, ignore: frozenset[str],
                  allowed: set[str] | frozenset[str] = frozenset(),
                  types: Mapping[str, str] | None = None) -> Iterator[Problem]:
    """Every column of the header, declared or not (cells past it are extra-cell errors).

    ``types``: the schema's type of each column name; in a number or integer column a value
    written as a number is checked as a NIK/KK only (``pii.find_typed``).
    """
    kinds = column_types(table.header, types or {})
    for index, column in enumerate(table.columns[:len(table.header)]):
        name = table.header[index]
        if name in allowed:
            continue
        what = PERSONAL_COLUMNS.get(column_key(name))
        if what:
            yield Problem("personal-data-column", file, row=1, field=name, params=(("what", what),))
        hits = [(column.rows[position], finding) for position in sorted(candidates(column))
                for finding in pii.find_typed(column.values[position], ignore=ignore, kind=kinds.get(index))]
        if hits:
            filled = sum(map(bool, map(str.strip, column.values)))
            yield from _column_hits(hits, filled, file=file, field=name, named=what is not None)


def candidates(column: Column) -> set[int]:
    """The cells that may hold personal data: the only ones ``pii.find`` reads."""
    found = column.with_digits(pii.MIN_DIGITS) | column.containing("@")
    for hint in pii.SCIENTIFIC_HINTS:
        found |= column.containing(hint)
    return found


def column_types(header: Sequence[str], types: Mapping[str, str]) -> dict[int, str]:
    """The declared type of each column position, matched by name (then ignoring case and spaces)."""
    loose = {normal(name): kind for name, kind in types.items()}
    found: dict[int, str] = {}
    for index, label in enumerate(header):
        kind = types.get(label) or loose.get(normal(label))
        if kind:
            found[index] = kind
    return found


def _column_hits(hits: list[tuple[int, pii.Finding]], filled: int, *, file: str, field: str,
                 named: bool) -> Iterator[Problem]:
    for kind in sorted({finding.kind for _, finding in hits}):
        of_kind = [(row, finding) for row, finding in hits if finding.kind == kind]
        cells = len({row for row, _ in of_kind})
        if not (named or cells * 2 > filled):  # stray values in free text: judged one by one
            for row, finding in of_kind[:MAX_PER_COLUMN]:
                yield exposure.single_finding(finding, file=file, row=row, field=field, count=cells)
            continue
        label = pii.KIND_LABELS[kind]
        for row, finding in of_kind[:MAX_PER_COLUMN]:
            yield Problem("personal-data", file, row=row, field=field, value=finding.masked,
                          params=(("kind", label), ("count", str(cells))))


def check_page(page: Page, root: Path, *, ignore: frozenset[str]) -> Iterator[Problem]:
    """Each line of a staff page (front matter included), judged by ``exposure.single_finding``."""
    text = (root / page.source).read_text(encoding="utf-8-sig")
    yield from exposure.check_lines(text, file=page.source, ignore=ignore)


def allowance_rows(dataset: Dataset) -> list[dict[str, Any]]:
    """The allowed columns with their reasons, for the dataset page."""
    titles = {resource.name: resource.title for resource in dataset.resources}
    return [{"resource": titles.get(resource, resource), "field": column, "reason": reason}
            for (resource, column), reason in sorted(allowances(dataset).items()) if reason]
