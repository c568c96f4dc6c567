"""Formula cells, unsafe staff HTML and symbolic links are reported; built pages are hardened."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from generator import pipeline
from generator.build.engine import engine_inline_scripts
from generator.build.harden import add_csp, external_links, sanitise_region, script_hashes
from generator.model import Severity
from generator.safety import is_formula, neutralise_formula, sanitise_html
from generator.settings import Settings
from tests.conftest import FIXTURES, run_cli

FORMULA_FIELDS = """  - name: rumus
    path: rumus.csv
    title: Rumus
    description: Data uji.
    schema:
      fields:
        - {name: "No", type: integer, title: No, description: Nomor.}
        - {name: Nama, type: string, title: Nama, description: Nama.}
        - {name: Keterangan, type: string, title: Ket, description: Ket.}
"""


def located(repo: Path, *codes: str) -> set[tuple[str, str, int | None, str | None, Severity]]:
    outcome = pipeline.check(Settings(root=repo))
    return {(p.code, p.file, p.row or p.line, p.field, p.severity) for p in outcome.problems
            if p.code in codes}


def test_formula_cells_in_text_columns_are_flagged_and_the_csv_kept(mini: Path) -> None:
    folder = mini / "datasets" / "angka-kecil"
    shutil.copyfile(FIXTURES / "injection" / "formula.csv", folder / "rumus.csv")
    with (folder / "datapackage.yaml").open("a", encoding="utf-8") as handle:
        handle.write(FORMULA_FIELDS)
    original = (folder / "rumus.csv").read_bytes()
    file, warning = "datasets/angka-kecil/rumus.csv", Severity.WARNING
    assert located(mini, "formula-injection") == {
        ("formula-injection", file, 2, "Nama", warning), ("formula-injection", file, 3, "Nama", warning),
        ("formula-injection", file, 3, "Keterangan", warning), ("formula-injection", file, 4, "Nama", warning),
        ("formula-injection", file, 4, "Keterangan", warning),
    }
    assert run_cli(mini, "build").returncode == 0  # a warning: still published
    assert (mini / "site" / "dataset" / "angka-kecil" / "rumus.csv").read_bytes() == original


def test_negative_numbers_are_not_formulas(mini: Path) -> None:
    data = mini / "datasets" / "angka-kecil" / "angka.csv"
    data.write_text(data.read_text(encoding="utf-8").replace("AB,100", "AB,-100"), encoding="utf-8")
    descriptor = mini / "datasets" / "angka-kecil" / "datapackage.yaml"
    descriptor.write_text(descriptor.read_text(encoding="utf-8").replace("minimum: 0", "minimum: -1000"),
                          encoding="utf-8")
    assert pipeline.check(Settings(root=mini)).problems == []


def test_neutralise_formula() -> None:
    for text in ("=1+1", "+62812", "-2+3", "@SUM(A1)", "\tTAB", "\rx"):
        assert neutralise_formula(text) == "'" + text
        assert is_formula(text)
    for text in ("Kota Lama", "1=1", "", "a-b"):
        assert neutralise_formula(text) == text
        assert not is_formula(text)
    assert not is_formula("-")


def test_unsafe_staff_html_is_reported_with_its_line(mini: Path) -> None:
    shutil.copyfile(FIXTURES / "injection" / "xss_page.md", mini / "content" / "pages" / "xss.md")
    file, warning = "content/pages/xss.md", Severity.WARNING
    assert located(mini, "unsafe-html") == {
        ("unsafe-html", file, 7, None, warning), ("unsafe-html", file, 9, None, warning),
        ("unsafe-html", file, 11, None, warning), ("unsafe-html", file, 17, None, warning),
        ("unsafe-html", file, 19, None, warning),
    }


def test_symbolic_links_are_errors_and_nothing_is_published(mini: Path, tmp_path: Path) -> None:
    secret = tmp_path / "rahasia.txt"
    secret.write_text("kata sandi", encoding="utf-8")
    os.symlink(secret, mini / "content" / "pages" / "rahasia.md")
    os.symlink(mini / "datasets" / "angka-kecil", mini / "datasets" / "salinan")
    assert {(code, file) for code, file, *_ in located(mini, "symlink")} == {
        ("symlink", "content/pages/rahasia.md"), ("symlink", "datasets/salinan")}
    result = run_cli(mini, "build")
    assert result.returncode == 1
    assert not (mini / "site").exists()


def test_sanitiser_keeps_the_safe_subset() -> None:
    kept = '<h2 id="a">Judul<a class="headerlink" href="#a" title="Permanent link">¶</a></h2>' \
           '<table><thead><tr><th>a</th></tr></thead><tbody><tr><td><a href="../b/">b</a></td></tr></tbody></table>'
    assert sanitise_html(kept) == kept
    dirty = '<p style="x" onclick="y">a<script>alert(1)</script><a href="javascript:x">b</a>' \
            '<img src="data:image/svg+xml,x"><iframe src="https://x"></iframe><form><input></form></p>'
    assert sanitise_html(dirty) == "<p>a<a>b</a><img></p><p></p>"  # HTML parsing closes p at form


def test_sanitising_covers_text_after_a_faked_end_marker() -> None:
    page = "<body><article>safe</article><script>alert(1)</script></article><footer></footer></body>"
    cleaned = sanitise_region(page, ("<article>", "</article>"))
    assert "<script>" not in cleaned
    assert cleaned.endswith("</article><footer></footer></body>")


def test_csp_allows_exactly_the_engine_inline_scripts() -> None:
    scripts = engine_inline_scripts()
    assert len(scripts) >= 3  # Material's __md_scope, content and palette scripts
    engine = '__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),' \
             '__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=' \
             'localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}'
    page = f'<html><head><meta charset="utf-8"><script>{engine}</script><script src="x.js"></script>' \
           '<title>A <script>alert(1)</script></title></head><body><script>var b=2</script>' \
           f'<script>{engine};alert(1)</script></body></html>'
    hashes = script_hashes(page, scripts)
    assert len(hashes) == 1  # neither the injected scripts nor a look-alike get a hash
    hardened = add_csp(page, scripts)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', hardened)
    assert policy and hardened.index("Content-Security-Policy") < hardened.index("<script")
    assert "script-src 'self' " + " ".join(hashes) + ";" in policy.group(1)
    assert "'unsafe-inline'" not in policy.group(1) and "object-src 'none'" in policy.group(1)


def test_external_links_get_noopener() -> None:
    html = '<a href="https://x.example/">x</a><a href="../y/">y</a><a href="https://situs.go.id/a">s</a>' \
           '<a href="https://z.example" rel="license">z</a>'
    assert external_links(html, {"situs.go.id"}) == (
        '<a href="https://x.example/" rel="noopener noreferrer">x</a><a href="../y/">y</a>'
        '<a href="https://situs.go.id/a">s</a><a href="https://z.example" rel="license noopener noreferrer">z</a>')


def test_built_pages_carry_the_policy_and_the_home_pages_the_commit(sample_site: Path, sample_repo: Path) -> None:
    import subprocess

    commit = subprocess.run(["git", "-C", str(sample_repo), "rev-parse", "HEAD"], capture_output=True,
                            text=True, check=True).stdout.strip()
    for page in sorted(sample_site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        assert text.count('http-equiv="Content-Security-Policy"') == 1, page
        home = page.relative_to(sample_site).as_posix() in ("index.html", "en/index.html")
        # the home pages name the commit (the publish workflows check the live one); no other page
        # does, so a new commit builds again only the pages it changed
        assert (f'<meta name="etalase-commit" content="{commit}">' in text) == home, page
        assert home or "etalase-commit" not in text, page
        for tag in re.findall(r'<a [^>]*href="https?://[^"]*"[^>]*>', text):
            assert "noopener" in tag, (page, tag)
        policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', text)
        assert policy is not None
        tiles = "https://tile.openstreetmap.org" in policy.group(1)
        assert tiles == ("data-leaflet=" in text), page  # another host's images only where a map is


def test_unsafe_link_addresses_and_a_logo_outside_are_errors(mini: Path) -> None:
    profile = mini / "content" / "site.yaml"
    profile.write_text(profile.read_text(encoding="utf-8").replace(
        "website: https://uji.example", "website: \"javascript:alert(1)\"\nlogo: ../../../etc/hostname\n"
        "social:\n  - {name: X, url: \" data:text/html,x\"}"), encoding="utf-8")
    descriptor = mini / "datasets" / "angka-kecil" / "datapackage.yaml"
    descriptor.write_text(descriptor.read_text(encoding="utf-8").replace(
        "path: https://creativecommons.org/licenses/by/4.0/", "path: \"JaVaScRiPt:alert(1)\""), encoding="utf-8")
    outcome = pipeline.check(Settings(root=mini))
    assert {(p.code, p.file, p.field) for p in outcome.problems} == {
        ("url-invalid", "content/site.yaml", "website"), ("url-invalid", "content/site.yaml", "social.url"),
        ("path-outside", "content/site.yaml", "logo"),
        ("unsafe-url", "datasets/angka-kecil/datapackage.yaml", "licenses"),
    }


def test_formula_cells_in_a_column_the_schema_does_not_declare_are_flagged(mini: Path) -> None:
    folder = mini / "datasets" / "angka-kecil"
    shutil.copyfile(FIXTURES / "injection" / "formula.csv", folder / "rumus.csv")
    undeclared = FORMULA_FIELDS.replace(
        "        - {name: Keterangan, type: string, title: Ket, description: Ket.}\n", "")
    with (folder / "datapackage.yaml").open("a", encoding="utf-8") as handle:
        handle.write(undeclared)
    file, warning = "datasets/angka-kecil/rumus.csv", Severity.WARNING
    found = located(mini, "formula-injection", "extra-label")
    assert ("formula-injection", file, 3, "Keterangan", warning) in found  # @SUM(1+1)
    assert ("formula-injection", file, 4, "Keterangan", warning) in found  # a tab first
    assert any(code == "extra-label" for code, *_ in found)


def test_runs_of_white_space_in_text_collapse_and_spaces_that_are_content_are_kept() -> None:
    from generator.build.harden import collapse_indentation
    html = ("<ul>\n    <li>a</li>\n\n    <li>b  c</li>\n</ul>\n  <pre><code>x\n    y\n</code></pre>\n"
            "<p>kode <code>a\n   b</code> dan\n   teks</p>\n<textarea>\n  baris\n</textarea>\n"
            "<script>var s = 1;\n  s++;</script>\n<span>a</span> <span>b</span>\n"
            "<pre>satu  <span>dua</span>\n   <code>x</code>  tiga\n</pre>\n"
            "<a title=\"x  > y\n  z\" data-q='a  b'>\n    \n  Beranda\t\t kita\n  </a><!--  a  \n  b -->")
    assert collapse_indentation(html) == (
        "<ul>\n<li>a</li>\n<li>b c</li>\n</ul>\n<pre><code>x\n    y\n</code></pre>\n"
        "<p>kode <code>a\n   b</code> dan\nteks</p>\n<textarea>\n  baris\n</textarea>\n"
        "<script>var s = 1;\n  s++;</script>\n<span>a</span> <span>b</span>\n"
        "<pre>satu  <span>dua</span>\n   <code>x</code>  tiga\n</pre>\n"
        "<a title=\"x  > y\n  z\" data-q='a  b'>\nBeranda kita\n</a><!--  a  \n  b -->")
    assert collapse_indentation("<p>a \x00  b</p>") == "<p>a \x00  b</p>"  # never joined wrongly
