"""The derived downloads' typed rows are exactly Frictionless's own rows.

``typed_rows`` reads a resource through Frictionless's parser and its fields' value readers
but skips the row object's checks (validation ran them). Whatever the cells hold (valid,
invalid, missing, extra), every row must equal ``row.to_dict()`` of Frictionless's
``row_stream``, for every field type and the options that change how a cell is read.
"""

from __future__ import annotations

import copy
import csv
import io
from pathlib import Path
from typing import Any

from frictionless import Resource
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.load.project import load_project
from generator.settings import Settings
from generator.validate.frictionless import typed_rows
from tests.conftest import ROOT

# (field descriptor, texts a cell of it may hold: valid ones, near misses and junk)
FIELDS: list[tuple[dict[str, Any], list[str]]] = [
    ({"type": "string"}, ["Dinas Pendidikan", "", " spasi ", "=1+2", "NA", "-"]),
    ({"type": "string", "format": "email"}, ["ppid@contoh.go.id", "bukan email", ""]),
    ({"type": "integer"}, ["0", "-12", " 7 ", "1.0", "1e3", "abc", "", "+5", "007"]),
    ({"type": "integer", "bareNumber": False}, ["Rp 1000", "12%", "-3", "x"]),
    ({"type": "number"}, ["628123456.78", "1e-3", "-0.5", "NaN", "inf", "1,5", "", " 2 ", "abc"]),
    ({"type": "number", "decimalChar": ",", "groupChar": "."}, ["1.234,5", "12,0", "1.5", "7"]),
    ({"type": "number", "bareNumber": False}, ["Rp 1.000", "45%", "€3"]),
    ({"type": "boolean"}, ["true", "False", "1", "0", "ya", "", "TRUE"]),
    ({"type": "boolean", "trueValues": ["ya"], "falseValues": ["tidak"]}, ["ya", "tidak", "true", ""]),
    ({"type": "date"}, ["2025-01-31", "2025-1-5", "31/01/2025", "2025-02-30", "", "20250131"]),
    ({"type": "date", "format": "%d/%m/%Y"}, ["31/01/2025", "2025-01-31", "1/2/2025"]),
    ({"type": "datetime"}, ["2025-01-31T10:00:00", "2025-01-31T10:00:00+07:00", "2025-01-31", "x"]),
    ({"type": "time"}, ["10:00:00", "25:00:00", "10:00"]),
    ({"type": "year"}, ["2025", "25", "20255", "abcd", ""]),
    ({"type": "yearmonth"}, ["2025-01", "2025-13", "x"]),
    ({"type": "geopoint"}, ["106.8,-6.2", "x", ""]),
    ({"type": "array"}, ['["a", 1]', "[", ""]),
    ({"type": "object"}, ['{"a": 1}', "{", ""]),
    ({"type": "duration"}, ["P1Y2M", "1 jam", ""]),
    ({"type": "any"}, ["apa saja", ""]),
]
MISSING = [None, [""], ["", "NA", "-"], []]


@st.composite
def tables(draw: st.DrawFn) -> tuple[dict[str, Any], list[list[str]]]:
    chosen = draw(st.lists(st.sampled_from(range(len(FIELDS))), min_size=1, max_size=5))
    fields = []
    for number, index in enumerate(chosen):
        field = {"name": f"kolom_{number}", **copy.deepcopy(FIELDS[index][0])}
        field_missing = draw(st.sampled_from(MISSING))
        if field_missing is not None:
            field["missingValues"] = field_missing
        fields.append(field)
    schema: dict[str, Any] = {"fields": fields}
    schema_missing = draw(st.sampled_from(MISSING))
    if schema_missing is not None:
        schema["missingValues"] = schema_missing
    rows = []
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        cells = [draw(st.sampled_from(FIELDS[index][1]) | st.text(max_size=6)) for index in chosen]
        # a row may lack its last cells or hold more than the schema names
        cut = draw(st.sampled_from([len(cells), len(cells), len(cells) - 1, len(cells) + 1]))
        rows.append([*cells, "lebih"][:max(cut, 1)])
    return schema, rows


def frictionless_rows(descriptor: dict[str, Any], folder: Path) -> list[dict[str, Any]]:
    descriptor = {**copy.deepcopy(descriptor), "encoding": "utf-8"}
    with Resource(descriptor, basepath=str(folder)) as opened:
        return [row.to_dict() for row in opened.row_stream]


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(text.getvalue(), encoding="utf-8")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=tables())
def test_typed_rows_are_frictionless_rows_whatever_the_cells(table: tuple[dict[str, Any], list[list[str]]],
                                                              tmp_path: Path) -> None:
    schema, rows = table
    write_csv(tmp_path / "data.csv", [field["name"] for field in schema["fields"]], rows)
    descriptor = {"name": "data", "path": "data.csv", "schema": schema}
    # repr: Decimal("NaN") is not equal to itself
    assert repr(list(typed_rows(descriptor, tmp_path))) == repr(frictionless_rows(descriptor, tmp_path))


def test_every_listed_cell_of_every_field_type_is_read_as_frictionless_reads_it(tmp_path: Path) -> None:
    for number, (field, texts) in enumerate(FIELDS):
        for missing in MISSING:
            schema: dict[str, Any] = {"fields": [{"name": "kolom", **field}]}
            if missing is not None:
                schema["missingValues"] = missing
            write_csv(tmp_path / f"data{number}.csv", ["kolom"], [[text] for text in texts])
            descriptor = {"name": "data", "path": f"data{number}.csv", "schema": schema}
            ours = list(typed_rows(descriptor, tmp_path))
            assert len(ours) == len(texts)
            assert repr(ours) == repr(frictionless_rows(descriptor, tmp_path)), (field, missing)


def test_typed_rows_follow_the_sniffed_dialect_and_a_byte_order_mark(tmp_path: Path) -> None:
    schema = {"fields": [{"name": "nama", "type": "string"}, {"name": "nilai", "type": "number"}]}
    (tmp_path / "titik_koma.csv").write_text("nama;nilai\nDinas A;1.5\n\"B; C\";2\n", encoding="utf-8")
    (tmp_path / "bom.csv").write_bytes("\ufeffnama,nilai\nDinas A,1.5\n".encode())
    for name in ("titik_koma.csv", "bom.csv"):
        descriptor = {"name": "data", "path": name, "schema": schema}
        rows = list(typed_rows(descriptor, tmp_path))
        assert rows == frictionless_rows(descriptor, tmp_path)
        assert rows[0]["nama"] == "Dinas A" and str(rows[0]["nilai"]) == "1.5"


def test_typed_rows_of_every_sample_dataset_are_frictionless_rows() -> None:
    project, _problems = load_project(Settings(root=ROOT))
    resources = [(dataset, resource) for dataset in project.datasets for resource in dataset.resources
                 if "://" not in resource.source]
    assert resources
    for dataset, resource in resources:
        folder = ROOT / dataset.folder
        descriptor = copy.deepcopy(resource.descriptor)
        descriptor["schema"].pop("foreignKeys", None)
        assert list(typed_rows(resource.descriptor, folder)) == frictionless_rows(descriptor, folder), resource.source
