"""Browser tests of search, tables and the map page, run once more through Debian's nginx with the
generated configuration: the HTTP policy (with frame-ancestors) and the pages' own meta policy
together must not block anything the site does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from generator.publish import release
from tests import servers
from tests.browser import browsing
from tests.test_browser import (  # noqa: F401  (collected again here, against nginx)
    test_download_a_csv_byte_for_byte,
    test_filter_the_dip_table,
    test_search_an_indonesian_word_and_land_on_the_dataset,
)
from tests.test_hosting_nginx import SITE_URL, get
from tests.test_pages import test_map_falls_back_offline_and_keeps_the_points  # noqa: F401

pytestmark = pytest.mark.browser
VIOLATION = "etalase-csp-violation"


@pytest.fixture(scope="module")
def base_url(sample_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The sample site's release served by nginx (replaces the plain server of conftest.py)."""
    prepared = release.prepare(sample_site, tmp_path_factory.mktemp("release") / "r", site_url=SITE_URL)
    with servers.nginx_release(prepared, sample_site, tmp_path_factory.mktemp("nginx")) as url:
        yield url


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A page that reaches only 127.0.0.1 and fails the test on any CSP violation."""
    violations: list[str] = []
    with browsing(browser, local_only=True, accept_downloads=True, viewport={"width": 1280, "height": 900}) as page:
        page.add_init_script(f"document.addEventListener('securitypolicyviolation', e => console.log("
                             f"'{VIOLATION} ' + e.violatedDirective + ' ' + e.blockedURI))")
        page.on("console", lambda message: violations.append(message.text)
                if message.text.startswith(VIOLATION) else None)
        yield page
    assert violations == []


def test_the_pages_come_from_nginx_with_the_header_policy(base_url: str) -> None:
    status, headers, _ = get(base_url, "/dataset/titik-wifi-publik/")
    assert status == 200 and headers["Content-Security-Policy"].endswith("frame-ancestors 'none'")
    assert headers["Server"].startswith("nginx")
