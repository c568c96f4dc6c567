"""The release's .htaccess, served by Debian's apache2 on 127.0.0.1: each page's own CSP plus
frame-ancestors, the other headers, types, downloads, cache lifetimes, the 404 page, no dotfiles."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.publish import policy, release
from tests import servers
from tests.test_hosting_nginx import HEADERS, SITE_URL, address, get


@pytest.fixture(scope="module")
def docroot(sample_site: Path) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="etalase-apache-"))
    folder.chmod(0o755)  # apache serves as www-data
    try:
        yield release.prepare(sample_site, folder / "release", site_url=SITE_URL)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def served(docroot: Path) -> Iterator[str]:
    with servers.apache(docroot.parent / "apache", docroot) as url:
        yield url


def test_each_page_gets_its_own_policy_and_the_headers(served: str, sample_site: Path) -> None:
    policies = policy.page_policies(sample_site)
    assert len(set(policies.values())) > 1  # map pages and pages with other inline scripts differ
    for page, expected in policies.items():
        status, headers, body = get(served, address(page))
        assert status == 200 and body == (sample_site / page).read_bytes(), page
        assert headers["Content-Security-Policy"] == f"{expected}; frame-ancestors 'none'", page
        assert all(headers[name] for name in HEADERS), page
        assert headers["Cache-Control"] == policy.CACHE_PAGE, page
        assert headers["Content-Type"] == "text/html; charset=utf-8", page


def test_unknown_paths_dotfiles_and_listings(served: str, sample_site: Path, docroot: Path) -> None:
    status, _, body = get(served, "/tidak-ada/")
    assert status == 404 and body == (sample_site / "404.html").read_bytes()
    for path in ("/.htaccess", "/.etalase/release.sha256"):
        status, _, body = get(served, path)
        assert status in (403, 404) and body != (docroot / path[1:]).read_bytes(), path
    status, _, body = get(served, "/pagefind/fragment/")
    assert status in (403, 404) and b"pf_fragment" not in body


def test_downloads_types_and_cache(served: str, sample_site: Path) -> None:
    csv = next(sample_site.glob("dataset/*/*.csv"))
    status, headers, body = get(served, "/" + csv.relative_to(sample_site).as_posix())
    assert status == 200 and body == csv.read_bytes()
    assert headers["Content-Disposition"] == "attachment"
    assert headers["Content-Type"] == "text/csv; charset=utf-8"
    by_extension: dict[str, Path] = {}
    for path in sorted(sample_site.rglob("*")):
        if path.is_file() and path.suffix:
            by_extension.setdefault(path.suffix[1:], path)
    for ext, path in by_extension.items():
        _, headers, _ = get(served, "/" + path.relative_to(sample_site).as_posix())
        assert headers["Content-Type"].split(";")[0] == policy.MIME_TYPES[ext], path
    bundle = next(sample_site.glob("assets/javascripts/bundle.*.min.js"))
    _, headers, _ = get(served, "/" + bundle.relative_to(sample_site).as_posix())
    assert headers["Cache-Control"] == policy.CACHE_IMMUTABLE
    assert headers["Content-Security-Policy"] == policy.policies(sample_site).other
    _, headers, _ = get(served, "/pagefind/pagefind-worker.js")
    assert headers["Content-Security-Policy"] == policy.policies(sample_site).worker
