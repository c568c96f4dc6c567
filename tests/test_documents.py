"""Issue 13: the DIP's documents published, checked, previewed and found by search.

Every bad input of the issue on a real file (made by tests/documents.py) gives a located
problem; a good document reaches its entry page with its facts, a preview and its text, byte
for byte in the download, in manifest.json and the feed; what was read is cached by SHA-256.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from pathlib import Path

import pytest

from generator import pipeline
from generator.i18n.format import size_label
from generator.load import docread
from generator.load.documents import DigestMemo, site_path, split_links
from generator.model import Problem, Severity
from generator.settings import Settings
from generator.validate.checks.documents import svg_problem
from tests import documents
from tests.conftest import git_commit, run_cli
from tests.test_publish_safety import set_document

DIP = "content/dip.csv"
NIK = "3171014107900001"  # kecamatan 31.71.01, born 1 July 1990: a NIK by structure (fictional)
LFS = b"version https://git-lfs.github.com/spec/v1\noid sha256:" + b"a" * 64 + b"\nsize 123456\n"


def check(root: Path, **options: object) -> list[Problem]:
    return pipeline.check(Settings(root=root, cache=False, **options)).problems  # type: ignore[arg-type]


def put(root: Path, path: str, data: bytes) -> None:
    target = root / "content" / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def codes(problems: list[Problem]) -> set[tuple[str, str, int | None, str | None, Severity]]:
    return {(p.code, p.file, p.row or p.line, p.field, p.severity) for p in problems}


GOOD = documents.text_pdf([["Laporan tahunan Kota Uji"], ["Halaman dua berisi rencana kerja"]], title="Laporan")


# --- bad input: located at the DIP row -------------------------------------------------------

@pytest.mark.parametrize("path, data, code", [
    ("dokumen/laporan.pdf", b"<!doctype html><html><script>alert(1)</script></html>", "active-content"),
    ("dokumen/peta.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "document-type"),
    ("dokumen/halaman.html", b"<html><body>Laporan</body></html>", "document-type"),
    ("dokumen/alat.exe", b"MZ\x90\x00" + b"\x00" * 60, "document-type"),
    ("dokumen/program.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 60, "active-content"),
    ("dokumen/kosong.pdf", b"", "document-empty"),
    ("dokumen/besar.pdf", LFS, "document-lfs"),
    ("dokumen/lama.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "document-mismatch"),
    ("dokumen/gambar.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "document-mismatch"),
])
def test_bad_documents_are_located_at_their_dip_row(mini: Path, path: str, data: bytes, code: str) -> None:
    put(mini, path, data)
    row = set_document(mini, "B-001", path)
    found = [p for p in check(mini) if p.file == DIP]
    assert codes(found) == {(code, DIP, row, "tautan_dokumen", Severity.ERROR)}
    assert all(p.value == path for p in found)


def test_a_missing_document_and_one_of_several(mini: Path) -> None:
    put(mini, "dokumen/ada.pdf", GOOD)
    row = set_document(mini, "B-001", "dokumen/ada.pdf; dokumen/tidak-ada.pdf")
    found = check(mini)
    assert codes(found) == {("document-missing", DIP, row, "tautan_dokumen", Severity.ERROR)}
    assert found[0].value == "dokumen/tidak-ada.pdf"


def test_paths_outside_content_or_through_a_symbolic_link_are_refused(mini: Path, tmp_path: Path) -> None:
    outside = tmp_path / "rahasia"
    outside.mkdir()
    (outside / "gaji.pdf").write_bytes(GOOD)
    (mini / "content" / "dokumen").mkdir()
    os.symlink(outside, mini / "content" / "dokumen" / "tautan")
    row = set_document(mini, "B-001", "../datasets/angka-kecil/datapackage.yaml;dokumen/tautan/gaji.pdf;/etc/passwd")
    found = [p for p in check(mini) if p.file == DIP]
    assert sorted((p.code, p.value) for p in found) == [
        ("path-outside", "../datasets/angka-kecil/datapackage.yaml"), ("path-outside", "/etc/passwd"),
        ("path-outside", "dokumen/tautan/gaji.pdf")]
    assert {p.row for p in found} == {row}
    inside = mini / "content" / "asli"
    inside.mkdir()
    (inside / "laporan.pdf").write_bytes(GOOD)
    os.symlink(inside, mini / "content" / "dokumen" / "lewat")
    set_document(mini, "B-001", "dokumen/lewat/laporan.pdf")
    linked = [p for p in check(mini) if p.file == DIP]
    assert [(p.code, p.param("link")) for p in linked] == [("document-symlink", "content/dokumen/lewat")]


def test_a_document_over_the_size_limit(mini: Path) -> None:
    big = documents.text_pdf([[f"Baris {number} laporan panjang" for number in range(50)]] * 20)
    put(mini, "dokumen/besar.pdf", big)
    row = set_document(mini, "B-001", "dokumen/besar.pdf")
    found = check(mini, max_file_mb=len(big) / 2_000_000)
    assert ("document-too-large", DIP, row, "tautan_dokumen", Severity.ERROR) in codes(found)


def test_the_command_exits_1_and_names_the_row(mini: Path) -> None:
    put(mini, "dokumen/laporan.pdf", b"<html><script>alert(1)</script></html>")
    row = set_document(mini, "B-001", "dokumen/laporan.pdf")
    result = run_cli(mini, "validate")
    assert result.returncode == 1
    assert f'[active-content] {DIP}, baris {row}, kolom "tautan_dokumen"' in result.stdout


# --- bad input: inside the document -----------------------------------------------------------

def test_encrypted_and_truncated_pdfs(mini: Path) -> None:
    put(mini, "dokumen/terkunci.pdf", documents.encrypted_pdf([["Rahasia"]]))
    put(mini, "dokumen/terpotong.pdf", GOOD[: len(GOOD) // 2])
    set_document(mini, "B-001", "dokumen/terkunci.pdf;dokumen/terpotong.pdf")
    found = check(mini)
    assert codes(found) == {
        ("pdf-encrypted", "content/dokumen/terkunci.pdf", None, None, Severity.ERROR),
        ("pdf-damaged", "content/dokumen/terpotong.pdf", None, None, Severity.ERROR)}
    assert all(p.param("rows") == "B-001 (baris 2)" for p in found)


def test_a_nik_list_on_page_two_is_an_error_located_and_masked(mini: Path) -> None:
    niks = [f"317101{day:02d}0790{number:04d}" for day, number in zip(range(41, 49), range(1, 9), strict=True)]
    pdf = documents.text_pdf([["Daftar penerima bantuan"], [f"{index}. Warga {index} NIK {nik}"
                                                              for index, nik in enumerate(niks, 1)]])
    put(mini, "dokumen/penerima.pdf", pdf)
    set_document(mini, "B-001", "dokumen/penerima.pdf")
    found = check(mini)
    assert {(p.code, p.file, p.field, p.severity) for p in found} == {
        ("personal-data-nik", "content/dokumen/penerima.pdf", "halaman 2", Severity.ERROR)}
    assert [p.param("count") for p in found] == ["8"]  # one problem for the page, eight counted
    assert all(nik not in (p.value or "") for p in found for nik in niks)
    assert not pipeline.build(Settings(root=mini, cache=False)).built
    from generator.report.messages import location
    assert location(found[0]) == "content/dokumen/penerima.pdf, halaman 2"
    assert location(found[0], "en") == "content/dokumen/penerima.pdf, page 2"


def test_personal_data_in_office_files_is_located_by_paragraph_and_cell(mini: Path) -> None:
    put(mini, "dokumen/surat.docx", documents.docx(["Surat keputusan", f"Nama: Budi, NIK {NIK}"]))
    rows = [["nama", "nik"], ["Budi", NIK], ["Sari", NIK[:-1] + "2"]]
    put(mini, "dokumen/penerima.xlsx", documents.xlsx({"Penerima": rows}))
    set_document(mini, "B-001", "dokumen/surat.docx; dokumen/penerima.xlsx")
    found = {(p.code, p.file, p.row, p.field) for p in check(mini)}
    assert ("personal-data-nik", "content/dokumen/surat.docx", None, "paragraf 2") in found
    assert ("personal-data-column", "content/dokumen/penerima.xlsx", 1, "Penerima!nik") in found
    assert ("personal-data", "content/dokumen/penerima.xlsx", 2, "Penerima!nik") in found


def test_an_allowance_with_a_reason_in_the_register(mini: Path) -> None:
    put(mini, "dokumen/sk.pdf", documents.text_pdf([[f"SK pengangkatan, NIK {NIK}"]]))
    set_document(mini, "B-001", "dokumen/sk.pdf")
    (mini / "content" / "dokumen.csv").write_text(
        "berkas,judul,data_pribadi_diizinkan\ndokumen/sk.pdf,SK Pengangkatan,Diwajibkan Perda 3/2024 Pasal 9\n",
        encoding="utf-8")
    assert check(mini) == []


def test_a_scanned_pdf_is_a_warning_that_says_it_was_not_checked(mini: Path) -> None:
    put(mini, "dokumen/pindaian.pdf", documents.scanned_pdf(["Halaman satu", "Halaman dua"]))
    set_document(mini, "B-001", "dokumen/pindaian.pdf")
    found = check(mini)
    assert codes(found) == {("pdf-no-text", "content/dokumen/pindaian.pdf", None, None, Severity.WARNING)}
    assert found[0].param("pages") == "1-2"
    from generator.report.messages import message
    assert "TIDAK dapat diperiksa" in message(found[0])


def test_a_forgotten_upload_is_a_warning(mini: Path) -> None:
    put(mini, "dokumen/lupa/laporan.pdf", GOOD)
    assert codes(check(mini)) == {("document-unlisted", "content/dokumen/lupa/laporan.pdf", None, None,
                                   Severity.WARNING)}


UNREACHABLE = "https://127.0.0.1:9/dokumen/renstra.pdf"  # nothing listens there: refused at once, no network


def test_remote_documents_declare_bytes_and_sha256(mini: Path) -> None:
    row = set_document(mini, "B-001", UNREACHABLE)
    (mini / "content" / "dokumen.csv").write_text(f"berkas,judul,bytes,sha256\n{UNREACHABLE},Renstra,,\n",
                                                  encoding="utf-8")
    assert codes(check(mini)) == {("document-remote-incomplete", "content/dokumen.csv", 2, "berkas", Severity.ERROR)}
    (mini / "content" / "dokumen.csv").write_text(
        f"berkas,judul,bytes,sha256\n{UNREACHABLE},Renstra,1234,{'ab' * 32}\n", encoding="utf-8")
    found = check(mini)  # declared in full: fetched to verify; unreachable is a warning, never a pass
    assert codes(found) == {("remote-unreachable", "content/dokumen.csv", 2, "berkas", Severity.WARNING)}
    assert row == 2


def test_a_remote_document_is_verified_by_its_sha256(tmp_path: Path) -> None:
    from generator.model import Document, Project
    from generator.validate.checks.documents import verify_remote_documents
    from tests.browser import serving

    folder = tmp_path / "gudang"
    folder.mkdir()
    (folder / "renstra.pdf").write_bytes(GOOD)
    with serving(folder) as base:
        url = f"{base}renstra.pdf"  # plain http on 127.0.0.1: the same fetch as https, without a certificate
        right = Document(link=url, source=url, site_path=url, title="Renstra", size=len(GOOD),
                         sha256=hashlib.sha256(GOOD).hexdigest(), entries=(("B-001", 2),), remote=True)
        wrong = Document(link=url, source=url, site_path=url, title="Renstra", size=len(GOOD), sha256="0" * 64,
                         entries=(("B-001", 2),), remote=True)
        project = Project(root=str(tmp_path), profile=None, pages=(), dip=(), dip_source="", datasets=(),
                          documents=(right,))
        assert list(verify_remote_documents(project)) == []
        bad = list(verify_remote_documents(Project(**{**vars(project), "documents": (wrong,)})))
    assert [(p.code, p.file, p.field, p.param("found_hash")) for p in bad] == [
        ("document-remote-checksum", "content/dokumen.csv", "berkas", hashlib.sha256(GOOD).hexdigest())]


def test_svg_images_under_content_are_refused_with_their_line(mini: Path) -> None:
    put(mini, "assets/ikon.svg", b'<svg xmlns="http://www.w3.org/2000/svg">\n<circle r="4"/>\n'
                                 b'<circle r="5" onclick="alert(1)"/>\n</svg>\n')
    put(mini, "assets/aman.svg", b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8">\n'
                                 b'<circle r="4" fill="#123"/>\n</svg>\n')
    put(mini, "assets/foto.png", b"<html><script>alert(1)</script></html>")
    found = codes(check(mini))
    assert found == {("svg-unsafe", "content/assets/ikon.svg", 3, None, Severity.ERROR),
                     ("active-content", "content/assets/foto.png", None, None, Severity.ERROR)}


@pytest.mark.parametrize("svg, line, what", [
    ('<svg xmlns="http://www.w3.org/2000/svg">\n<use href="https://x.example/a.svg#i"/>\n</svg>', 2, "href"),
    ('<svg xmlns="http://www.w3.org/2000/svg">\n<a:script xmlns:a="http://www.w3.org/2000/svg">alert(1)'
     '</a:script>\n</svg>', 2, "<script>"),
    ('<svg xmlns="http://www.w3.org/2000/svg"\n  onload\n  ="alert(1)">\n</svg>', 2, "onload="),
    ('<svg xmlns="http://www.w3.org/2000/svg">\n<foreignObject/>\n</svg>', 2, "<foreignObject>"),
    ('<svg xmlns="http://www.w3.org/2000/svg">\n<rect style="fill:url(https://x.example/a)"/>\n</svg>', 2, "style="),
    ('<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "b">]>\n<svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
     2, "DOCTYPE/ENTITY"),
    ('<svg xmlns="http://www.w3.org/2000/svg">\n<rect>\n</svg>', 3, "XML"),
])
def test_what_an_svg_may_not_hold(tmp_path: Path, svg: str, line: int, what: str) -> None:
    path = tmp_path / "gambar.svg"
    path.write_text(svg, encoding="utf-8")
    problem = svg_problem(path, file="content/gambar.svg")
    assert problem is not None and (problem.code, problem.line, problem.param("what")) == ("svg-unsafe", line, what)


def test_a_drawing_only_svg_logo_is_published_and_an_unsafe_one_refused(mini: Path) -> None:
    drawing = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8">\n<defs><linearGradient id="g"/></defs>\n'
               b'<circle r="4" fill="url(#g)"/>\n<use href="#g"/>\n</svg>\n')
    put(mini, "assets/logo.svg", drawing)
    profile = mini / "content" / "site.yaml"
    profile.write_text(profile.read_text(encoding="utf-8") + "logo: assets/logo.svg\n", encoding="utf-8")
    assert check(mini) == []
    put(mini, "assets/logo.svg", drawing.replace(b"<use", b'<use onmouseover="alert(1)"'))
    assert {(p.code, p.file, p.line) for p in check(mini)} == {
        ("logo-type", "content/site.yaml", len(profile.read_text(encoding="utf-8").splitlines())),
        ("svg-unsafe", "content/assets/logo.svg", 4)}


# --- readers ------------------------------------------------------------------------------------

def test_the_readers_of_each_format(tmp_path: Path) -> None:
    made = {"a.pdf": GOOD, "b.docx": documents.docx(["Satu", "Dua"]), "c.pptx": documents.pptx(["Slide A", "Slide B"]),
            "d.odt": documents.odt(["Paragraf ODT"]), "e.xlsx": documents.xlsx({"Lembar": [["a"], ["1"]]}),
            "f.pdf": documents.scanned_pdf(["pindaian"])}
    for name, data in made.items():
        (tmp_path / name).write_bytes(data)
    read = {name: docread.facts(tmp_path / name) for name in made}
    assert {name: facts["kind"] for name, facts in read.items()} == {
        "a.pdf": "PDF", "b.docx": "DOCX", "c.pptx": "PPTX", "d.odt": "ODT", "e.xlsx": "XLSX", "f.pdf": "PDF"}
    assert read["a.pdf"]["pages"] == 2 and read["a.pdf"]["title"] == "Laporan" and read["a.pdf"]["scanned"] == []
    assert read["a.pdf"]["parts"][1] == ["halaman 2", "Halaman dua berisi rencana kerja"]
    assert read["b.docx"]["parts"] == [["paragraf 1", "Satu"], ["paragraf 2", "Dua"]]
    assert read["c.pptx"]["pages"] == 2 and read["c.pptx"]["parts"][1] == ["slide 2", "Slide B"]
    assert read["e.xlsx"]["sheets"] == [["Lembar", [[1, ["a"]], [2, ["1"]]]]]
    assert read["f.pdf"]["scanned"] == [1] and read["f.pdf"]["parts"] == []
    image = docread.preview(tmp_path / "a.pdf", "PDF")
    assert image[:4] == b"RIFF" and image[8:12] == b"WEBP" and len(image) < 20_000


def test_a_docx_with_an_xml_bomb_is_damaged_not_expanded(tmp_path: Path) -> None:
    bomb = documents.docx(["x"]).replace(b"word/document.xml", b"word/document.xml")
    import zipfile
    source = zipfile.ZipFile(io.BytesIO(bomb))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                        b"<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>")
            archive.writestr(info.filename, data)
    (tmp_path / "bom.docx").write_bytes(out.getvalue())
    facts = docread.facts(tmp_path / "bom.docx")
    assert facts["kind"] == "DOCX" and facts["error"] == "damaged"


def test_the_scan_prefilter_never_hides_a_finding() -> None:
    """Every value of the detector's labelled corpus that the detector finds passes CANDIDATE."""
    from generator.validate import pii
    from generator.validate.checks.documents import CANDIDATE
    with (Path(__file__).parent / "fixtures" / "pii" / "labelled.csv").open(encoding="utf-8", newline="") as handle:
        values = [row["value"] for row in csv.DictReader(handle)]
    found = [value for value in values if pii.find(value)]
    assert len(found) > 800
    assert [value for value in found if not CANDIDATE.search(value)] == []


def test_links_and_site_paths() -> None:
    assert split_links(" dokumen/a.pdf ;; https://x.example/b.pdf ;") == ["dokumen/a.pdf", "https://x.example/b.pdf"]
    assert site_path("dokumen/sub/a.pdf") == "dokumen/sub/a.pdf"
    assert site_path("lampiran/a.pdf") == "dokumen/lampiran/a.pdf"


# --- cache --------------------------------------------------------------------------------------

def test_unchanged_documents_are_read_once(mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    put(mini, "dokumen/a.pdf", GOOD)
    put(mini, "dokumen/b.docx", documents.docx([f"NIK {NIK}"]))
    set_document(mini, "B-001", "dokumen/a.pdf;dokumen/b.docx")
    settings = Settings(root=mini, cache_root=tmp_path / "cache")
    first = pipeline.check(settings).problems
    assert [p.code for p in first] == ["personal-data-nik"]
    docread._STORES.clear()  # a new run: nothing in memory, only the cache on disk

    def unread(path: Path) -> dict[str, object]:
        raise AssertionError(f"{path} was read again")
    monkeypatch.setattr(docread, "facts", unread)
    assert pipeline.check(settings).problems == first
    memo = DigestMemo(tmp_path / "cache")
    memo.digest(mini / "content" / "dokumen" / "a.pdf")
    assert not memo.changed  # the SHA-256 itself came from the stat cache
    put(mini, "dokumen/a.pdf", documents.text_pdf([["Versi baru"]]))
    docread._STORES.clear()
    again = pipeline.check(settings).problems  # the changed file alone is read (and here refused)
    assert [(p.code, "a.pdf was read again" in p.param("detail")) for p in again
            if p.code == "internal-error"] == [("internal-error", True)]


# --- the site -----------------------------------------------------------------------------------

def test_documents_on_the_entry_page_downloads_manifest_and_feed(mini: Path) -> None:
    put(mini, "dokumen/laporan-2025.pdf", documents.text_pdf([["Laporan keuangan"], ["Kata unik: kalibrasi"]],
                                                             title="Laporan Keuangan 2025"))
    put(mini, "dokumen/lampiran/rincian.xlsx", documents.xlsx({"Rincian": [["pos", "nilai"], ["Belanja", "10"]]}))
    set_document(mini, "B-001", "dokumen/laporan-2025.pdf; dokumen/lampiran/rincian.xlsx")
    remote = "https://127.0.0.1:9/dokumen/peta-banjir.pdf"  # unreachable: a warning, the build goes on
    set_document(mini, "SM-001", remote)
    (mini / "content" / "dokumen.csv").write_text(
        f"berkas,judul,bytes,sha256\n{remote},Peta Rawan Banjir,52000000,{'cd' * 32}\n", encoding="utf-8")
    git_commit(mini, "Laporan dan lampiran")
    outcome = pipeline.build(Settings(root=mini))
    assert outcome.built, (outcome.problems, outcome.engine_output)
    site = mini / "site"
    for path in ("dokumen/laporan-2025.pdf", "dokumen/lampiran/rincian.xlsx"):
        assert (site / path).read_bytes() == (mini / "content" / path).read_bytes()
    page = (site / "informasi" / "B-001" / "index.html").read_text(encoding="utf-8")
    sha = hashlib.sha256((mini / "content/dokumen/laporan-2025.pdf").read_bytes()).hexdigest()
    assert "Laporan Keuangan 2025" in page and sha in page and "2 halaman" in page
    assert "Isi dokumen" in page and "kalibrasi" in page
    assert "15 Januari 2026" in page  # last changed, from git
    assert 'alt="Halaman pertama dokumen Laporan Keuangan 2025"' in page
    preview = next((site / "pratinjau").glob("*.webp"))
    assert preview.read_bytes()[8:12] == b"WEBP" and preview.stat().st_size < 20_000
    assert '"@type":"DigitalDocument"' in page and f'"sha256":"{sha}"' in page
    listed = {item["path"]: item for item in json.loads((site / "manifest.json").read_text())["files"]}
    assert listed["dokumen/laporan-2025.pdf"]["sha256"] == sha and "dokumen/lampiran/rincian.xlsx" in listed
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    assert "Dokumen B-001: Laporan Keuangan 2025" in feed or "Dokumen B-001: laporan-2025.pdf" in feed
    flood = (site / "informasi" / "SM-001" / "index.html").read_text(encoding="utf-8")
    assert "Peta Rawan Banjir" in flood and "cd" * 32 in flood and f'href="{remote}" rel="noopener noreferrer"' in flood
    assert size_label(52_000_000) in flood  # the declared size, as the site writes sizes
    english = (site / "en" / "informasi" / "B-001" / "index.html").read_text(encoding="utf-8")
    assert "Document text" in english and "../../../dokumen/laporan-2025.pdf" in english


def test_the_sample_documents_are_the_ones_the_script_writes() -> None:
    """content/dokumen/ holds exactly what tests/sample_documents.py makes (reproducible, marked CONTOH)."""
    from tests.sample_documents import MARK, REGISTER, ROOT, SAMPLES
    assert (ROOT / "content" / "dokumen.csv").read_text(encoding="utf-8") == REGISTER
    for entry, (path, data) in SAMPLES.items():
        assert (ROOT / "content" / path).read_bytes() == data, (entry, path)
    with (ROOT / "content" / "dip.csv").open(encoding="utf-8", newline="") as handle:
        links = {row["id"]: row["tautan_dokumen"] for row in csv.DictReader(handle)}
    assert {entry: links[entry] for entry in SAMPLES} == {entry: path for entry, (path, _data) in SAMPLES.items()}
    assert not [link for link in links.values() if "kotacontoh.go.id" in link]  # no dead link left
    assert "CONTOH" in MARK
