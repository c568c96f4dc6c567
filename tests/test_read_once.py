"""A data file parsed once per unit: the pre-flight's records serve the cell scans unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load.io.csvfile import table_rows
from generator.validate import tables
from generator.validate.checks.preflight import preflight

ROOT = Path(__file__).resolve().parents[1]
CSV_FILES = sorted(path for folder in (ROOT / "tests" / "corpus", ROOT / "tests" / "fixtures", ROOT / "datasets",
                                       ROOT / "content")
                   for path in folder.rglob("*.csv"))


def test_there_are_files_to_compare() -> None:
    assert len(CSV_FILES) >= 40


@pytest.mark.parametrize("path", CSV_FILES, ids=lambda path: str(path.relative_to(ROOT)))
def test_offered_columns_are_those_the_scans_would_parse(path: Path) -> None:
    delimiter = ";" if b";" in path.read_bytes()[:200] and b"," not in path.read_bytes()[:200] else ","
    with tables.remember():
        preflight(path, file="x.csv", schema={}, dialect={"delimiter": delimiter}, max_bytes=50_000_000)
        offered = dict(tables._memo or {})
    for columns in offered.values():
        assert columns == tables.as_columns(table_rows(path, delimiter=delimiter))


def test_a_space_after_the_delimiter_is_parsed_again(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_text('no,nama\n1, "Budi"\n2,Ani\n', encoding="utf-8")
    with tables.remember():
        verdict = preflight(path, file="data.csv", schema={}, dialect={}, max_bytes=1000)
        assert verdict.table is not None and verdict.table.rows[0] == ["1", "Budi"]  # skipinitialspace
        assert not tables._memo  # the scans read ' "Budi"' as written
        assert tables.read_columns(path).columns[1].values == (' "Budi"', "Ani")


def test_the_offer_is_used_by_the_scans(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_text("no,nama\n1,Budi\n2,Ani\n", encoding="utf-8")
    with tables.remember():
        preflight(path, file="data.csv", schema={}, dialect={}, max_bytes=1000)
        memo = tables._memo or {}
        assert len(memo) == 1
        assert tables.read_columns(path) is next(iter(memo.values()))
