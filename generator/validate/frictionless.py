"""The one module that talks to Frictionless: run it, translate its errors by code.

Frictionless validates the data (types, constraints, keys, structure); our own
rules live in ``checks/``. Its errors become ``Problem`` records with a code of
ours, the spreadsheet row, the column name and the value.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from frictionless import Error, FrictionlessException, Package, Resource, Schema

from generator.model import Problem
from generator.report.messages import truncate

TYPE_NAMES = {
    "integer": ("bilangan bulat", "whole number"),
    "number": ("angka (titik sebagai pemisah desimal, tanpa pemisah ribuan)", "number"),
    "date": ("tanggal (format TTTT-BB-HH, mis. 2025-01-31)", "date (YYYY-MM-DD)"),
    "datetime": ("tanggal dan waktu (TTTT-BB-HHTjj:mm:dd)", "date and time"),
    "year": ("tahun (empat angka)", "year (four digits)"),
    "yearmonth": ("tahun-bulan (TTTT-BB)", "year-month (YYYY-MM)"),
    "boolean": ("nilai ya/tidak (true/false)", "boolean (true/false)"),
    "geopoint": ("koordinat (\"lintang,bujur\")", "geopoint"),
    "time": ("waktu (jj:mm:dd)", "time"),
}

CONSTRAINT_HINTS = {  # (Indonesian, English)
    "unique": ("Nilai di kolom ini harus berbeda untuk setiap baris; nilai yang sama ada di baris {other}.",
               "Values in this column must differ on every row; the same value is on row {other}."),
    "enum": ("Pilih salah satu nilai yang diizinkan: {enum}.", "Choose one of the allowed values: {enum}."),
    "pattern": ("Nilai harus mengikuti pola {pattern}.", "The value must follow the pattern {pattern}."),
    "minimum": ("Nilai terkecil yang diizinkan adalah {minimum}.", "The smallest allowed value is {minimum}."),
    "maximum": ("Nilai terbesar yang diizinkan adalah {maximum}.", "The largest allowed value is {maximum}."),
    "minLength": ("Panjang teks minimal {minLength} karakter.", "The text needs at least {minLength} characters."),
    "maxLength": ("Panjang teks maksimal {maxLength} karakter.", "The text may have at most {maxLength} characters."),
    "exclusiveMinimum": ("Nilai harus lebih besar dari {exclusiveMinimum}.",
                         "The value must be greater than {exclusiveMinimum}."),
    "exclusiveMaximum": ("Nilai harus lebih kecil dari {exclusiveMaximum}.",
                         "The value must be less than {exclusiveMaximum}."),
}

LABEL_CODES = {"incorrect-label", "missing-label", "extra-label", "blank-label", "duplicate-label"}
CELL_CODES = {"type-error", "constraint-error", "unique-error", "primary-key", "foreign-key",
              "blank-row", "extra-cell", "missing-cell", "encoding-error", "source-error"}


def validate_table(path: Path, schema: dict[str, Any], *, file: str) -> list[Problem]:
    """Validate one CSV file against a Table Schema (used for the DIP)."""
    try:
        resource = Resource(path=path.name, basepath=str(path.parent),
                            schema=Schema.from_descriptor(copy.deepcopy(schema)))
        report = resource.validate()
    except FrictionlessException as exc:
        return [_descriptor_problem(exc, file)]
    return [problem for task in report.tasks
            for problem in translate_errors(task.errors, schema=schema, file=file)]


def validate_package(descriptor: dict[str, Any], package_dir: Path, *, rel: str,
                     descriptor_file: str) -> list[Problem]:
    """Validate every resource of a data package, foreign keys included."""
    try:
        package = Package(copy.deepcopy(descriptor), basepath=str(package_dir))
        report = package.validate()
    except FrictionlessException as exc:
        return [_descriptor_problem(exc, descriptor_file)]
    schemas = {str(res.get("name")): res.get("schema") or {}
               for res in descriptor.get("resources", []) if isinstance(res, dict)}
    paths = {str(res.get("name")): str(res.get("path")) for res in descriptor.get("resources", [])
             if isinstance(res, dict)}
    problems: list[Problem] = []
    for task in report.tasks:
        name = str(task.name)
        file = f"{rel}/{paths[name]}" if name in paths else descriptor_file
        problems.extend(translate_errors(task.errors, schema=schemas.get(name, {}), file=file))
    return problems


def _descriptor_problem(exc: FrictionlessException, file: str) -> Problem:
    error = exc.error
    details = [error.message] + [str(item.message) for item in getattr(exc, "reasons", [])]
    return Problem("descriptor-invalid", file, params=(("detail", truncate("; ".join(details), 400)),))


def translate_errors(errors: list[Error], *, schema: dict[str, Any], file: str) -> Iterator[Problem]:
    fields = {str(item.get("name")): item for item in schema.get("fields", []) if isinstance(item, dict)}
    for error in errors:
        yield translate(error, fields=fields, schema=schema, file=file)


def translate(error: Error, *, fields: dict[str, Any], schema: dict[str, Any], file: str) -> Problem:
    kind = error.type
    row = getattr(error, "row_number", None)
    field = getattr(error, "field_name", None) or None
    cell = getattr(error, "cell", None)
    value = None if cell is None else str(cell)
    note = str(getattr(error, "note", "") or "")
    if kind == "type-error":
        spec = fields.get(field or "", {})
        type_id, type_en = TYPE_NAMES.get(str(spec.get("type")), (str(spec.get("type")), str(spec.get("type"))))
        fmt = spec.get("format")
        hint = f" (format {fmt})" if fmt and fmt not in ("default", "any") else ""
        return Problem(kind, file, row=row, field=field, value=value,
                       params=(("type_name", type_id), ("type_name_en", type_en), ("format_hint", hint)))

    if kind in ("constraint-error", "unique-error"):
        return _constraint(kind, note, row=row, field=field, value=value, fields=fields, file=file)
    if kind == "primary-key":
        key = ", ".join(_as_list(schema.get("primaryKey")))
        return Problem(kind, file, row=row, field=key, params=(("other", _first_number(note)),))
    if kind == "foreign-key":
        match = re.search(r'for "([^"]+)": values "([^"]*)" not found in the lookup table "([^"]*)"', note)
        fk_field, fk_value, table = match.groups() if match else ("", "", "")
        return Problem(kind, file, row=row, field=fk_field or None, value=fk_value or None,
                       params=(("reference", table),))
    if kind in LABEL_CODES:
        label = getattr(error, "label", None)
        number = getattr(error, "field_number", None)
        expected = field or ""
        return Problem("label-error" if kind == "incorrect-label" else kind, file, row=1,
                       field=expected or None, value=None if label is None else str(label),
                       params=(("expected", expected), ("position", str(number or ""))))
    if kind in CELL_CODES:
        return Problem(kind, file, row=row, field=field, value=value,
                       params=(("detail", truncate(note or error.message, 200)),))
    return Problem("frictionless-other", file, row=row, field=field, value=value,
                   params=(("kind", kind), ("detail", truncate(error.message, 300))))


def _constraint(kind: str, note: str, *, row: int | None, field: str | None, value: str | None,
                fields: dict[str, Any], file: str) -> Problem:
    match = re.search(r'constraint "([^"]+)"', note)
    name = "unique" if kind == "unique-error" else (match.group(1) if match else "")
    if name == "required":
        return Problem("required", file, row=row, field=field)
    constraints = dict(fields.get(field or "", {}).get("constraints") or {})
    shown = {key: ", ".join(map(str, val)) if isinstance(val, list) else str(val)
             for key, val in constraints.items()}
    shown["other"] = _first_number(note)
    hint_id, hint_en = (text.format_map(_Blank(shown)) for text in CONSTRAINT_HINTS.get(name, ("", "")))
    return Problem("constraint-error", file, row=row, field=field, value=value,
                   params=(("constraint", name), ("hint", hint_id), ("hint_en", hint_en)))


def _as_list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(item) for item in value]
    return [str(value)] if value else []


def _first_number(text: str) -> str:
    match = re.search(r"\d+", text)
    return match.group(0) if match else "?"


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def infer_schema(path: Path) -> list[dict[str, Any]]:
    """The fields Frictionless infers for a CSV file (name and type only)."""
    resource = Resource(path=path.name, basepath=str(path.parent))
    resource.infer(stats=False)
    return [{"name": str(item["name"]), "type": str(item.get("type") or "string")}
            for item in resource.schema.to_descriptor().get("fields", [])]
def typed_rows(resource: dict[str, Any], package_dir: Path) -> Iterator[dict[str, Any]]:
    """The rows of one resource as values typed by its Table Schema (for JSON and XLSX)."""
    descriptor = copy.deepcopy(resource)
    if isinstance(descriptor.get("schema"), dict):  # keys were checked by validation; rows need types only
        descriptor["schema"].pop("foreignKeys", None)
    with Resource(descriptor, basepath=str(package_dir)) as opened:
        for row in opened.row_stream:
            yield row.to_dict()
