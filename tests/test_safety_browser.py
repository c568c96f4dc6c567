"""Issue 18, part A, in Chromium: what is built from hostile input that validation lets through
(only warnings) runs no script and registers no service worker, with the tighter policy; the
search still works there.

The English page carries the payloads that used to land raw in ``<head>`` (title and description
in its front matter) and script in its body; a DIP row links a real PDF.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser

from generator import pipeline
from generator.model import Severity
from generator.settings import Settings
from tests.browser import search_for, serving
from tests.conftest import FIXTURES, copy_repo
from tests.documents import text_pdf
from tests.test_publish_safety import set_document

pytestmark = pytest.mark.browser
MARK = "window.__etalase_xss = 1; console.log('XSS ran')"
FRONT = yaml.safe_dump({"title": f"</title><script>{MARK}</script><title>",
                        "description": f'"><script>{MARK}</script>'}, allow_unicode=True)
# (etalase_jsonld in a page's front matter is unknown-key: tests/test_publish_safety.py)
BODY = (f"About us.\n\n<script>{MARK}</script>\n\n<img src=x onerror=\"{MARK}\">\n\n"
        "<svg onload=\"console.log('XSS svg')\"><script>console.log('XSS svg2')</script></svg>\n\n"
        "<a href=\"tentang/\" onclick=\"console.log('XSS click')\">click</a>\n")
REGISTER = "navigator.serviceWorker.getRegistrations().then(r => r.length)"


@pytest.fixture(scope="module")
def harmless_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = copy_repo(FIXTURES / "mini", tmp_path_factory.mktemp("harmless") / "repo")
    english = repo / "content" / "pages" / "en"
    english.mkdir()
    (english / "tentang.md").write_text(f"---\n{FRONT}---\n{BODY}", encoding="utf-8")
    (repo / "content" / "dokumen").mkdir()
    (repo / "content" / "dokumen" / "laporan.pdf").write_bytes(text_pdf([["Laporan tahunan"]]))
    set_document(repo, "B-001", "dokumen/laporan.pdf")
    outcome = pipeline.build(Settings(root=repo))
    assert outcome.built, ([p for p in outcome.problems if p.severity is Severity.ERROR], outcome.engine_output)
    return repo / "site"


def test_head_of_the_english_page_is_escaped(harmless_site: Path) -> None:
    html = (harmless_site / "en" / "tentang" / "index.html").read_text(encoding="utf-8")
    head = html.split("</head>", 1)[0]
    assert "__etalase_xss" not in re.sub(r"&lt;script&gt;.*?&lt;/script&gt;", "", head)
    assert "<script>window.__etalase_xss" not in html


def test_no_script_runs_and_no_service_worker_registers(harmless_site: Path, browser: Browser) -> None:
    events: list[str] = []
    context = browser.new_context()
    context.route(re.compile(r"^(?!http://127\.0\.0\.1[:/])"), lambda route: route.abort())
    page = context.new_page()
    page.on("dialog", lambda dialog: (events.append(f"dialog {dialog.message}"), dialog.dismiss()))
    page.on("console", lambda msg: events.append(msg.text) if "XSS" in msg.text else None)
    paths = sorted(path.relative_to(harmless_site).as_posix().removesuffix("index.html")
                   for path in harmless_site.rglob("*.html"))
    with serving(harmless_site) as base:
        for path in paths:
            page.goto(base + path)
            page.mouse.move(100, 200)
            assert page.evaluate("window.__etalase_xss === undefined"), path
        page.goto(base + "en/tentang/")
        page.locator("a", has_text="click").first.click()
        page.goto(base)
        assert page.evaluate(REGISTER) == 0
        # the policy refuses a worker from a foreign origin and any <base> (Pagefind's own worker is the site's)
        policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content") or ""
        assert "base-uri 'none'" in policy and "object-src 'none'" in policy and "worker-src 'self'" in policy
        page.goto(base + "en/tentang/")
        search_for(page, "Laporan")  # Pagefind still answers under the tighter policy
    context.close()
    assert len(paths) > 10
    assert events == []
