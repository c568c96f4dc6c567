"""Print the publishing-safety figures of issue 18 (part A): each hostile or careless input of
the issue, applied to a copy of the mini site, and the located error that now stops it.

    .venv/bin/python benchmarks/publish_figures.py

Each case must end with at least one error (exit 1 from validate); the last line counts them.
"""

# ruff: noqa: E501  (one case a line)
from __future__ import annotations

import csv
import io
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from generator import pipeline
from generator.model import Severity
from generator.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "fixtures" / "mini"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'


def append(file: str, text: str) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        with (root / file).open("a", encoding="utf-8") as handle:
            handle.write(text)
    return apply


def put(file: str, data: bytes, then: Callable[[Path], None] | None = None) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        (root / file).parent.mkdir(parents=True, exist_ok=True)
        (root / file).write_bytes(data)
        if then:
            then(root)
    return apply


def document(value: str) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        path = root / "content" / "dip.csv"
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        rows[1][rows[0].index("tautan_dokumen")] = value
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(rows)
        path.write_text(out.getvalue(), encoding="utf-8")
    return apply


def resource(path: str, fmt: str = "") -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        folder = root / "datasets" / "angka-kecil"
        text = (folder / "datapackage.yaml").read_text(encoding="utf-8")
        (folder / "datapackage.yaml").write_text(text.replace("path: angka.csv", f"path: {path}" + (
            f"\n    format: {fmt}" if fmt else "")), encoding="utf-8")
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(folder / "angka.csv", folder / path)
    return apply


PAGE = b"---\ntitle: X\n---\nIsi\n"
CASES: list[tuple[str, Callable[[Path], None]]] = [
    ("repo_url with a script", append("content/site.yaml", "repo_url: 'https://github.com/a/b\"><script src=/x.js></script>'\n")),
    ("site_url with a quote", lambda root: (root / "content" / "site.yaml").write_text(
        (root / "content" / "site.yaml").read_text(encoding="utf-8").replace(
            "site_url: https://ppid.uji.example/", "site_url: 'https://ppid.uji.example/\"><script>'"),
        encoding="utf-8")),
    ("English page in Latin-1", put("content/pages/en/tentang.md", "---\ntitle: Caf\xe9\n---\n".encode("latin-1"))),
    ("English page with broken YAML", put("content/pages/en/tentang.md", b"---\ntitle: [x\n---\n")),
    ("logo assets/etalase.js", put("content/assets/etalase.js", b"alert(1)", append("content/site.yaml", "logo: assets/etalase.js\n"))),
    ("logo sw.js", put("content/sw.js", b"self.onfetch=1", append("content/site.yaml", "logo: sw.js\n"))),
    ("SVG logo with onload", put("content/assets/logo.svg", SVG, append("content/site.yaml", "logo: assets/logo.svg\n"))),
    ("missing logo", append("content/site.yaml", "logo: assets/none.png\n")),
    ("DIP document .svg", put("content/d/a.svg", SVG, document("d/a.svg"))),
    ("DIP document .htm", put("content/d/a.htm", b"<p>x", document("d/a.htm"))),
    ("DIP document .xhtml", put("content/d/a.xhtml", b"<html/>", document("d/a.xhtml"))),
    ("DIP document .html without <head>", put("content/d/a.html", b"<script>alert(1)</script>", document("d/a.html"))),
    ("DIP document .js", put("content/d/a.js", b"alert(1)", document("d/a.js"))),
    ("tautan_dokumen javascript://", document("javascript://%0Aalert(1)")),
    ("tautan_dokumen http:", document("http://uji.example/a.pdf")),
    ("resource evil.html declared csv", resource("evil.html", "csv")),
    ("resource evil.svg", resource("evil.svg")),
    ("resource path index.md", resource("index.md", "md")),
    ("resource path unduh/x.csv", resource("unduh/x.csv")),
    ("resource path datapackage.json", resource("datapackage.json", "json")),
    ("page dataset.md", put("content/pages/dataset.md", PAGE)),
    ("page dip.md", put("content/pages/dip.md", PAGE)),
    ("page kepatuhan.md", put("content/pages/kepatuhan.md", PAGE)),
    ("page en.md", put("content/pages/en.md", PAGE)),
    ("page Profil.MD", put("content/pages/Profil.MD", PAGE)),
    ("mkdocs.yml hooks", append("mkdocs.yml", "hooks: [evil.py]\n")),
    ("mkdocs.yml extra_javascript", append("mkdocs.yml", "extra_javascript: [x.js]\n")),
    (".etalase is a link", lambda root: os.symlink(tempfile.gettempdir(), root / ".etalase")),
]


def main() -> int:
    stopped = 0
    for name, apply in CASES:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder) / "mini"
            shutil.copytree(MINI, root)
            shutil.copyfile(ROOT / "mkdocs.yml", root / "mkdocs.yml")
            apply(root)
            problems = pipeline.check(Settings(root=root, cache=False)).problems
        errors = sorted({f"{p.code} ({p.file}{f' {p.row or p.line}' if p.row or p.line else ''})"
                         for p in problems if p.severity is Severity.ERROR})
        stopped += bool(errors)
        print(f"{name}: {', '.join(errors) or 'NOT STOPPED'}")
    print(f"cases stopped with a located error: {stopped} of {len(CASES)}")
    return 0 if stopped == len(CASES) else 1


if __name__ == "__main__":
    sys.exit(main())
