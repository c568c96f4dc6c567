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

from generator.i18n import N_
from generator.model import Problem
from generator.report.messages import truncate
from generator.vocab import FIELD_TYPE_HINTS

CONSTRAINT_HINTS = {  # message ids, filled with the constraint's value (and "other": the row seen first)
    "unique": N_("Nilai di kolom ini harus berbeda untuk setiap baris; nilai yang sama ada di baris {other}."),
    "enum": N_("Pilih salah satu nilai yang diizinkan: {enum}."),
    "pattern": N_("Nilai harus mengikuti pola {pattern}."),
    "minimum": N_("Nilai terkecil yang diizinkan adalah {minimum}."),
    "maximum": N_("Nilai terbesar yang diizinkan adalah {maximum}."),
    "minLength": N_("Panjang teks minimal {minLength} karakter."),
    "maxLength": N_("Panjang teks maksimal {maxLength} karakter."),
    "exclusiveMinimum": N_("Nilai harus lebih besar dari {exclusiveMinimum}."),
    "exclusiveMaximum": N_("Nilai harus lebih kecil dari {exclusiveMaximum}."),
}

LABEL_CODES = {"incorrect-label", "missing-label", "extra-label", "blank-label", "duplicate-label"}
CELL_CODES = {"type-error", "constraint-error", "unique-error", "primary-key", "foreign-key",
              "blank-row", "extra-cell", "missing-cell", "encoding-error", "source-error"}


# The pre-flight (checks/preflight.py) lets a file reach Frictionless only when all of it
# decodes as strict UTF-8 (a BOM accepted), so Frictionless is told so instead of guessing
# from the first bytes with chardet (a resource that names its encoding keeps it).
UTF8 = "utf-8"


def validate_table(path: Path, schema: dict[str, Any], *, file: str, utf8: bool = False) -> list[Problem]:
    """Validate one CSV file against a Table Schema (the DIP, the DIK register).

    ``utf8``: the file passed the pre-flight (otherwise Frictionless detects the encoding).
    """
    try:
        resource = Resource(path=path.name, basepath=str(path.parent), encoding=UTF8 if utf8 else None,
                            schema=Schema.from_descriptor(copy.deepcopy(schema)))
        report = resource.validate()
    except FrictionlessException as exc:
        return [_descriptor_problem(exc, file)]
    return [problem for task in report.tasks
            for problem in translate_errors(task.errors, schema=schema, file=file)]


def validate_package(descriptor: dict[str, Any], package_dir: Path, *, rel: str,
                     descriptor_file: str) -> list[Problem]:
    """Validate every resource of a data package, foreign keys included; each passed the pre-flight."""
    descriptor = copy.deepcopy(descriptor)
    for resource in descriptor.get("resources", []):
        if isinstance(resource, dict) and "encoding" not in resource:
            resource["encoding"] = UTF8
    try:
        package = Package(descriptor, basepath=str(package_dir))
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
        type_name = str(spec.get("type"))
        fmt = spec.get("format")
        hint = (("format_hint", N_(" (format {format})")), ("format", str(fmt))) \
            if fmt and fmt not in ("default", "any") else ()
        return Problem(kind, file, row=row, field=field, value=value, params=(
            ("type_name", FIELD_TYPE_HINTS.get(type_name, N_("{type}"))), ("type", type_name), *hint))

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
                   params=(("error_type", kind), ("detail", truncate(error.message, 300))))


def _constraint(kind: str, note: str, *, row: int | None, field: str | None, value: str | None,
                fields: dict[str, Any], file: str) -> Problem:
    match = re.search(r'constraint "([^"]+)"', note)
    name = "unique" if kind == "unique-error" else (match.group(1) if match else "")
    if name == "required":
        return Problem("required", file, row=row, field=field)
    constraints = dict(fields.get(field or "", {}).get("constraints") or {})
    limit = constraints.get(name)
    shown = ", ".join(map(str, limit)) if isinstance(limit, list) else str(limit if limit is not None else "")
    data = (("other", _first_number(note)),) if name == "unique" else \
        ((name, shown),) if name in CONSTRAINT_HINTS else ()
    return Problem("constraint-error", file, row=row, field=field, value=value,
                   params=(("constraint", name), ("hint", CONSTRAINT_HINTS.get(name, "")), *data))


def _as_list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(item) for item in value]
    return [str(value)] if value else []


def _first_number(text: str) -> str:
    match = re.search(r"\d+", text)
    return match.group(0) if match else "?"


def infer_schema(path: Path) -> list[dict[str, Any]]:
    """The fields Frictionless infers for a CSV file (name and type only)."""
    resource = Resource(path=path.name, basepath=str(path.parent))
    resource.infer(stats=False)
    return [{"name": str(item["name"]), "type": str(item.get("type") or "string")}
            for item in resource.schema.to_descriptor().get("fields", [])]
def typed_rows(resource: dict[str, Any], package_dir: Path) -> Iterator[dict[str, Any]]:
    """The rows of one resource as values typed by its Table Schema (for JSON and XLSX).

    Frictionless opens the file as validation did (the same encoding, sniffed dialect and
    header), and each cell goes through its field's own value reader, after the field's (else
    the schema's) missing values, as in Frictionless's rows. What a row adds besides (the
    constraint, key and uniqueness checks, which validation ran) is skipped: about a third of
    the time of ``row_stream`` (benchmarks/downloads.py).
    """
    descriptor = copy.deepcopy(resource)
    if isinstance(descriptor.get("schema"), dict):  # keys were checked by validation; rows need types only
        descriptor["schema"].pop("foreignKeys", None)
    if "encoding" not in descriptor:  # as validate_package told Frictionless
        descriptor["encoding"] = UTF8
    with Resource(descriptor, basepath=str(package_dir)) as opened:
        readers = [(field.name, field.create_value_reader(), frozenset(_missing_values(field)))
                   for field in opened.header.get_expected_fields()]
        for _number, cells in opened.dialect.read_enumerated_content_stream(opened.cell_stream):
            row: dict[str, Any] = {}
            for index, (name, read, missing) in enumerate(readers):
                cell = cells[index] if index < len(cells) else None
                row[name] = None if cell is None or str(cell) in missing else read(cell)
            yield row


def _missing_values(field: Any) -> list[str]:
    """The texts read as no value in ``field``: its own ``missingValues``, else its schema's."""
    if not field.has_defined("missing_values") and field.schema:
        return list(field.schema.missing_values)
    return list(field.missing_values)
