"""Page weight of the built sample site on a phone's first visit, and Lighthouse when installed.

    PYTHONPATH=. .venv/bin/python benchmarks/page_weight.py [--root PATH] [--lighthouse]

Builds the site into a temporary copy, serves it on 127.0.0.1 and opens each page
in headless Chromium at 360x740 with an empty cache. Every response is counted as
a static host sends it: text gzipped, images and Pagefind chunks as they are. Map
tiles (every foreign host is blocked) and CSV downloads are not counted. Budgets:
a dataset page at most 60 KB of HTML and 250 KB transferred.

``--lighthouse`` also runs Lighthouse (``npm ci --prefix benchmarks/js`` first) in
Debian's chromium with mobile emulation and prints the performance score, Largest
Contentful Paint and Total Blocking Time per page.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from playwright.sync_api import Route, sync_playwright

from generator import pipeline
from generator.settings import Settings
from tests.browser import CHROMIUM, CHROMIUM_ARGS, serving

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "benchmarks" / "js" / "node_modules" / ".bin" / "lighthouse"
TEXT = (".html", ".js", ".css", ".json", ".svg", ".csv", "/")


def build_copy(root: Path, target: Path) -> Path:
    for name in ("content", "datasets"):
        shutil.copytree(root / name, target / name)
    shutil.copyfile(root / "mkdocs.yml", target / "mkdocs.yml")
    outcome = pipeline.build(Settings(root=target))
    assert outcome.built, (outcome.problems, outcome.engine_output)
    return target / "site"


def on_wire(url: str, body: bytes) -> int:
    path = url.split("?")[0]
    return len(gzip.compress(body, 9)) if path.endswith(TEXT) else len(body)


def weigh(base: str, paths: list[str]) -> None:
    def local_only(route: Route) -> None:
        route.continue_() if route.request.url.startswith(base) else route.abort()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for path in paths:
            context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True,
                                          device_scale_factor=2)
            context.route("**/*", local_only)
            page = context.new_page()
            seen: list[tuple[str, int]] = []
            page.on("response", lambda response, seen=seen: seen.append(
                (response.url, on_wire(response.url, response.body()))))
            page.goto(base + path)
            page.wait_for_load_state("networkidle")
            html = page.evaluate("document.documentElement.outerHTML.length")
            total = sum(size for _, size in seen)
            print(f"{path or '/':<45} DOM {html / 1024:6.1f} KB  transferred {total / 1024:6.1f} KB "
                  f"({len(seen)} requests)")
            context.close()
        browser.close()


def lighthouse(base: str, paths: list[str]) -> None:
    if not LIGHTHOUSE.exists():
        print("lighthouse   not installed: npm ci --prefix benchmarks/js")
        return
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    flags = "--headless --no-sandbox --disable-gpu --disable-background-networking"
    for path in paths:
        with tempfile.NamedTemporaryFile(suffix=".json") as report:
            subprocess.run([str(LIGHTHOUSE), base + path, "--quiet", "--only-categories=performance",
                            f"--chrome-flags={flags}", "--output=json", f"--output-path={report.name}"],
                           env=env, check=True, capture_output=True)
            data = json.loads(Path(report.name).read_text(encoding="utf-8"))
        audits = data["audits"]
        score = data["categories"]["performance"]["score"]
        print(f"lighthouse   {path or '/':<40} score {score * 100:3.0f}  "
              f"LCP {audits['largest-contentful-paint']['numericValue'] / 1000:.2f} s  "
              f"TBT {audits['total-blocking-time']['numericValue']:.0f} ms")


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--root", type=Path, default=ROOT)
    args.add_argument("--lighthouse", action="store_true")
    options = args.parse_args()
    with tempfile.TemporaryDirectory(prefix="etalase-weight-") as folder:
        site = build_copy(options.root.resolve(), Path(folder))
        datasets = sorted(f"dataset/{page.parent.name}/" for page in (site / "dataset").glob("*/index.html"))
        paths = ["", "dip/", "dataset/", *datasets]
        html = max((site / path / "index.html").stat().st_size for path in datasets)
        print(f"largest dataset page HTML on disk: {html / 1024:.1f} KB (budget 60 KB)")
        with serving(site) as base:
            weigh(base, paths)
            if options.lighthouse:
                lighthouse(base, ["", "dip/", "dataset/statistik-permohonan-informasi/",
                                  "dataset/titik-wifi-publik/"])


if __name__ == "__main__":
    main()
