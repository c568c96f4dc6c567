"""Integration: the real sample site, built with the real MkDocs, checked page by page."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from generator import pipeline
from generator.build.linkcheck import check_site
from generator.settings import Settings
from tests.conftest import ROOT, run_cli


def dip_ids() -> list[str]:
    with (ROOT / "content" / "dip.csv").open(encoding="utf-8-sig", newline="") as handle:
        return [row["id"] for row in csv.DictReader(handle)]


def test_sample_site_validates_without_problems(sample_repo: Path) -> None:
    outcome = pipeline.check(Settings(root=sample_repo))
    # but one warning, by design: the sample's image-only PDF shows what a scan costs
    assert [(p.code, p.file) for p in outcome.problems] == [
        ("pdf-no-text", "content/dokumen/prosedur-evakuasi-gedung.pdf")]
    assert len(outcome.project.dip) >= 40
    assert {entry.category for entry in outcome.project.dip} == {
        "berkala", "serta_merta", "setiap_saat", "dikecualikan"}
    assert len(outcome.project.datasets) >= 6
    assert any(len(dataset.resources) > 1 for dataset in outcome.project.datasets)


def test_every_dip_entry_has_its_page(sample_site: Path) -> None:
    for entry_id in dip_ids():
        page = sample_site / "informasi" / entry_id / "index.html"
        assert page.is_file(), entry_id
        assert entry_id in page.read_text(encoding="utf-8")
    for category in ("berkala", "serta-merta", "setiap-saat", "dikecualikan"):
        assert (sample_site / "dip" / category / "index.html").is_file()


def test_every_dataset_has_its_page_and_exact_downloads(sample_site: Path, sample_repo: Path) -> None:
    outcome = pipeline.check(Settings(root=sample_repo))
    for dataset in outcome.project.datasets:
        page = (sample_site / "dataset" / dataset.name / "index.html").read_text(encoding="utf-8")
        for resource in dataset.resources:
            download = sample_site / "dataset" / dataset.name / resource.path
            assert download.read_bytes() == (sample_repo / resource.source).read_bytes()
            assert resource.sha256 in page
            assert f'href="{resource.path}"' in page


def test_every_internal_link_resolves(sample_site: Path) -> None:
    assert check_site(sample_site) == []


def test_generated_pages_stay_out_of_the_navigation(sample_site: Path) -> None:
    """A page's size must not grow with the number of datasets or DIP entries."""
    home = (sample_site / "index.html").read_text(encoding="utf-8")
    match = re.search(r'<nav class="md-nav md-nav--primary[^"]*".*?</nav>', home, re.DOTALL)
    assert match, "primary navigation not found"
    nav = match.group(0)
    assert "Daftar Informasi Publik" in nav
    assert "informasi/" not in nav
    assert not re.search(r'href="[^"]*dataset/[a-z0-9-]+/"', nav)


def test_interface_is_indonesian_and_marked_as_sample(sample_site: Path) -> None:
    home = (sample_site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="id"' in home
    assert "Situs contoh" in home
    assert "fonts.googleapis.com" not in home


def test_failed_build_leaves_the_previous_site(built_mini: Path) -> None:
    mini = built_mini
    before = {p.relative_to(mini): p.read_bytes() for p in (mini / "site").rglob("*") if p.is_file()}
    data = mini / "datasets" / "angka-kecil" / "angka.csv"
    data.write_text(data.read_text(encoding="utf-8").replace("AB,100", "AB,seratus"), encoding="utf-8")
    result = run_cli(mini, "build")
    assert result.returncode == 1
    assert "datasets/angka-kecil/angka.csv, baris 2, kolom \"nilai\"" in result.stdout
    assert "site/ tidak diubah" in result.stderr
    after = {p.relative_to(mini): p.read_bytes() for p in (mini / "site").rglob("*") if p.is_file()}
    assert after == before


def test_engine_failure_leaves_the_previous_site(built_mini: Path) -> None:
    mini = built_mini
    index = (mini / "site" / "index.html").read_bytes()
    page = mini / "content" / "pages" / "tentang.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[rusak](tidak-ada.md)\n", encoding="utf-8")
    result = run_cli(mini, "build")
    assert result.returncode == 1
    assert "tidak-ada.md" in result.stderr
    assert (mini / "site" / "index.html").read_bytes() == index


def test_user_text_is_escaped_in_generated_pages(mini: Path) -> None:
    dip = mini / "content" / "dip.csv"
    dip.write_text(dip.read_text(encoding="utf-8").replace(
        "Laporan Keuangan", "Laporan <script>alert(1)</script> Keuangan"), encoding="utf-8")
    assert run_cli(mini, "build").returncode == 0
    for page in (mini / "site").rglob("*.html"):
        assert "<script>alert(1)" not in page.read_text(encoding="utf-8"), page
