"""CKAN package metadata mapped onto datapackage.yaml keys; ISI: where the portal has nothing."""

from __future__ import annotations

from typing import Any

from generator.model import Problem, Severity
from generator.vocab import FREQUENCIES, LICENSES

# CKAN's licence ids (and the SPDX spellings portals also use) mapped to the ids validate accepts.
CKAN_LICENSES = {"cc-by": "CC-BY-4.0", "cc-by-4.0": "CC-BY-4.0", "cc-by-sa": "CC-BY-SA-4.0",
                 "cc-by-sa-4.0": "CC-BY-SA-4.0", "cc-zero": "CC0-1.0", "cc0-1.0": "CC0-1.0", "odc-by": "ODC-BY-1.0",
                 "odc-odbl": "ODbL-1.0", "odbl-1.0": "ODbL-1.0", "odc-pddl": "PDDL-1.0", "uk-ogl": "OGL-UK-3.0"}
FREQUENCY_WORDS = {"daily": "harian", "weekly": "mingguan", "monthly": "bulanan", "quarterly": "triwulanan",
                   "semiannual": "semesteran", "annual": "tahunan", "yearly": "tahunan", "irregular": "tidak_tentu"}


def text(value: object) -> str:
    return " ".join(str(value).split()) if value not in (None, "") else ""


def dict_of(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def extras(package: dict[str, Any]) -> dict[str, str]:
    """CKAN "extras" (a list of key/value pairs) and top-level scheme fields, keys lower case."""
    found = {str(key).lower(): text(value) for key, value in package.items() if isinstance(value, str | int)}
    for item in package.get("extras") or []:
        if isinstance(item, dict) and item.get("key"):
            found[str(item["key"]).lower()] = text(item.get("value"))
    return found


def license_entry(package: dict[str, Any], *, file: str) -> tuple[dict[str, str], list[Problem]]:
    given = text(package.get("license_id"))
    mapped = CKAN_LICENSES.get(given.lower()) or (given if given in LICENSES else None)
    if mapped:
        entry = {"name": mapped, "title": LICENSES[mapped]}
        if url := text(package.get("license_url")):
            entry["path"] = url
        return entry, []
    entry = {"name": "ISI: lisensi terbuka, mis. CC-BY-4.0"}
    if not given:
        return entry, []
    shown = text(package.get("license_title")) or given
    return entry, [Problem("ckan-license-unknown", file, Severity.WARNING, field="licenses", value=shown)]


def frequency(found: dict[str, str]) -> str:
    value = (found.get("frequency") or found.get("update_frequency") or found.get("accrual_periodicity") or "")
    value = value.lower().replace(" ", "_")
    value = FREQUENCY_WORDS.get(value, value)
    return value if value in FREQUENCIES else "ISI: salah satu dari " + ", ".join(FREQUENCIES)


def metadata(slug: str, package: dict[str, Any], *, file: str) -> tuple[dict[str, Any], list[Problem]]:
    """The package-level keys of datapackage.yaml (resources are added by the caller)."""
    found = extras(package)
    organization = dict_of(package.get("organization"))
    tags = [text(tag.get("display_name") or tag.get("name")) for tag in package.get("tags") or []
            if isinstance(tag, dict)]
    groups = [text(group.get("title") or group.get("name")) for group in package.get("groups") or []
              if isinstance(group, dict)]
    licence, problems = license_entry(package, file=file)
    descriptor: dict[str, Any] = {
        "name": slug,
        "title": text(package.get("title")) or "ISI: judul dataset",
        "description": str(package.get("notes") or "").strip() or "ISI: jelaskan isi, sumber dan cara pengumpulan data",
        "keywords": [tag for tag in tags if tag] or ["ISI: kata kunci"],
        "topic": next((group for group in groups if group), "") or "ISI: topik, mis. Kependudukan",
        "licenses": [licence],
        "publisher": {"name": text(organization.get("title") or organization.get("name"))
                      or "ISI: nama badan publik", "unit": text(package.get("author")) or "ISI: unit pengelola data"},
        "contact": {"name": text(package.get("maintainer") or package.get("author")) or "ISI: nama kontak",
                    "email": text(package.get("maintainer_email") or package.get("author_email"))
                    or "ISI: surel kontak"},
        "frequency": frequency(found),
        "temporal": {"start": found.get("temporal_start") or found.get("temporal_coverage_start") or "ISI: TTTT-BB-HH",
                     "end": found.get("temporal_end") or found.get("temporal_coverage_end") or "ISI: TTTT-BB-HH"},
        "spatial": found.get("spatial_text") or found.get("spatial") or found.get("cakupan") or "ISI: wilayah cakupan",
    }
    if url := text(package.get("url")) or text(package.get("ckan_url")):
        descriptor["homepage"] = url
    return descriptor, problems
