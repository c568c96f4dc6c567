"""Region codes (kode wilayah Kemendagri, PP.KK.CC.DDDD) checked against the shipped reference.

A data package field declares ``wilayah: true`` to say it holds region codes. Values must be
in generator/data/wilayah/ (idn-area-data 4.0.1, ODbL-1.0) or in the body's own list
content/wilayah-tambahan.csv (columns ``kode,nama``) for codes it defines itself.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from generator.model import Dataset, Problem

DATA = Path(__file__).parent.parent / "data" / "wilayah"
LEVELS = {2: "provinces.csv", 5: "regencies.csv", 8: "districts.csv", 13: "villages.csv"}
FORMAT = re.compile(r"\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?")
EXTRA_FILE = "content/wilayah-tambahan.csv"


@cache
def shipped_codes(file: str) -> frozenset[str]:
    with (DATA / file).open(encoding="utf-8", newline="") as handle:
        return frozenset(row["code"] for row in csv.DictReader(handle))


def extra_codes(root: Path) -> dict[str, str]:
    """The body's own region codes (code -> name); empty when the file does not exist."""
    path = root / EXTRA_FILE
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        return {(row.get("kode") or "").strip(): (row.get("nama") or "").strip()
                for row in csv.DictReader(handle) if (row.get("kode") or "").strip()}


def known(code: str, extra: dict[str, str]) -> bool:
    if code in extra:
        return True
    file = LEVELS.get(len(code))
    return bool(FORMAT.fullmatch(code)) and file is not None and code in shipped_codes(file)


def region_fields(dataset: Dataset) -> list[tuple[str, str, str]]:
    """(resource source, resource path, field name) of every field that declares ``wilayah``."""
    found: list[tuple[str, str, str]] = []
    sources = {resource.path: resource.source for resource in dataset.resources}
    resources = dataset.descriptor.get("resources")
    for raw in resources if isinstance(resources, list) else []:
        if not isinstance(raw, dict) or str(raw.get("path")) not in sources:
            continue
        schema = raw.get("schema")
        fields = schema.get("fields") if isinstance(schema, dict) else None
        for spec in fields if isinstance(fields, list) else []:
            if isinstance(spec, dict) and spec.get("wilayah") is True:
                found.append((sources[str(raw["path"])], str(raw["path"]), str(spec.get("name"))))
    return found


def check_region_codes(dataset: Dataset, root: Path) -> Iterator[Problem]:
    fields = region_fields(dataset)
    if not fields:
        return
    extra = extra_codes(root)
    for source, _, name in fields:
        with (root / source).open(encoding="utf-8-sig", errors="replace", newline="") as handle:
            for row, record in enumerate(csv.DictReader(handle), start=2):
                value = (record.get(name) or "").strip()
                if value and not known(value, extra):
                    yield Problem("region-code-unknown", source, row=row, field=name, value=value)
