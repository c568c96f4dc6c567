"""Serving a built site on 127.0.0.1 and driving Debian's Chromium through Playwright."""

from __future__ import annotations

import functools
import http.server
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page, Route

CHROMIUM = "/usr/bin/chromium"
# axe-core from tests/js/package-lock.json (dev.py test installs it) and the rules it applies
AXE = Path(__file__).resolve().parent / "js" / "node_modules" / "axe-core" / "axe.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return


@contextmanager
def serving(site: Path) -> Iterator[str]:
    """Serve ``site`` on a free loopback port; yields the base URL."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _local_only(route: Route) -> None:
    """No foreign host may answer: map tiles and anything else outside 127.0.0.1 fail."""
    if route.request.url.startswith("http://127.0.0.1"):
        route.continue_()
    else:
        route.abort()


@contextmanager
def browsing(browser: Browser, *, local_only: bool = False, **options: Any) -> Iterator[Page]:
    """A fresh page; any uncaught JavaScript error fails the test when the page closes."""
    context = browser.new_context(**options)
    if local_only:
        context.route("**/*", _local_only)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == []


def search_for(page: Any, text: str, *, timeout_s: float = 30) -> None:
    """Type ``text`` into Material's search until results show.

    The search worker indexes in the background; a query typed before it is ready
    is dropped ("Ketik untuk mulai pencarian"), so type again until results appear.
    """
    page.locator("label.md-search__icon, .md-search__input").first.click()
    field = page.locator("input.md-search__input")
    deadline = time.monotonic() + timeout_s
    while True:
        field.fill("")
        field.press_sequentially(text, delay=20)
        try:
            page.locator(".md-search-result__link").first.wait_for(timeout=2_000)
            return
        except Exception:
            if time.monotonic() > deadline:
                raise


@contextmanager
def chromium() -> Iterator[Any]:
    """Debian's Chromium, headless, driven by Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def axe_violations(page: Page) -> list[tuple[str, list[Any]]]:
    """axe-core's WCAG 2.1 AA violations on ``page`` (rule, first three elements); injected
    through DevTools, so the site's CSP stays in force. Only violations are collected: the
    passes and inapplicable rules, unused here, are a third of axe's time."""
    assert AXE.is_file(), "run `python3 dev.py test` once: it installs axe-core from tests/js"
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, "
                           "resultTypes: ['violations']})", WCAG)
    return [(item["id"], [node["target"] for node in item["nodes"]][:3]) for item in result["violations"]]
