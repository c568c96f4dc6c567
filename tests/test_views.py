"""Views of data packages: problems located on real files, chart geometry, escaped SVG."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from generator.i18n import active
from generator.i18n.languages import ENGLISH
from generator.render.charts import bar_chart, line_chart, nice_ticks, short_label, short_number
from generator.settings import Settings
from tests.conftest import run_cli

DESCRIPTOR = "datasets/angka-kecil/datapackage.yaml"


def add_views(repo: Path, text: str) -> None:
    path = repo / DESCRIPTOR
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def view_problems(repo: Path) -> list[tuple[str, str, str | None, str | None]]:
    outcome = pipeline.check(Settings(root=repo))
    return [(p.code, p.file, p.field, p.value) for p in outcome.problems]


@pytest.mark.parametrize(("spec", "resources"), [
    ("{type: pie, group: kode, series: [nilai]}", "[angka]"),
    ("{type: bar, group: kode, series: [nilai]}", "[tidak-ada]"),
    ("{type: bar, group: tidak_ada, series: [nilai]}", "[angka]"),
    ("{type: bar, group: kode, series: [kode]}", "[angka]"),
    ("{type: map, latitude: kode}", "[angka]"),
])
def test_a_view_that_cannot_be_drawn_is_located(mini: Path, spec: str, resources: str) -> None:
    add_views(mini, f"views:\n  - name: rusak\n    resources: {resources}\n    spec: {spec}\n")
    assert view_problems(mini) == [("view-invalid", DESCRIPTOR, "views", "rusak")]


def test_a_valid_view_is_drawn_and_escaped(mini: Path) -> None:
    add_views(mini, "views:\n  - name: grafik\n    title: 'Nilai <b>per</b> kode'\n"
                    "    resources: [angka]\n    spec: {type: bar, group: kode, series: [nilai]}\n")
    assert view_problems(mini) == []
    result = run_cli(mini, "build")
    assert result.returncode == 0, result.stdout + result.stderr
    page = (mini / "site" / "dataset" / "angka-kecil" / "index.html").read_text(encoding="utf-8")
    assert "<svg class=\"etl-chart\"" in page and "<rect" in page
    assert "Nilai &lt;b&gt;per&lt;/b&gt; kode" in page and "<b>per</b>" not in page


def test_message_names_the_view_in_both_languages(mini: Path) -> None:
    add_views(mini, "views:\n  - name: rusak\n    resources: [angka]\n    spec: {type: pie}\n")
    indonesian = run_cli(mini, "validate").stdout
    english = run_cli(mini, "--lang", "en", "validate").stdout
    assert 'Tampilan "rusak"' in indonesian and 'bukan line, bar atau map' in indonesian
    assert 'View "rusak"' in english and "is not line, bar or map" in english


def test_numbers_and_labels_read_well() -> None:
    assert short_number(412_500_000_000) == "412,5 M"
    with active(ENGLISH):
        assert short_number(412_500_000_000) == "412.5 bn"
        assert short_label("2024-08") == "Aug 2024"
    assert short_number(2500) == "2,5 rb"
    assert short_number(3.25) == "3,25"
    assert short_label("2024-03-01") == "Mar 2024"
    assert short_label("Belanja Pegawai") == "Belanja Pegawai"
    assert nice_ticks(0, 54) == [0, 20, 40, 60]
    assert nice_ticks(-5, 10)[0] <= -5


def test_chart_geometry_stays_inside_the_view_box() -> None:
    points = [(f"2024-{month:02d}-01", [float(month * 3), None if month == 5 else float(month)])
              for month in range(1, 13)]
    line = line_chart(points, ["a", "b"])
    assert len(line["lines"][1]["paths"]) == 2  # broken at the missing value
    for series in line["lines"]:
        for x, y in series["dots"]:
            assert line["left"] <= x <= line["right"] and 0 <= y <= line["bottom"]
    bars = bar_chart([("satu", [5.0]), ("dua", [-2.0])], ["nilai"])
    for group in bars["groups"]:
        for bar in group["bars"]:
            assert bars["left"] <= bar["x"] and bar["x"] + bar["w"] <= bars["right"] + 0.1
