"""The generated nginx configuration, served by Debian's nginx on 127.0.0.1 over a prepared release."""

from __future__ import annotations

import gzip
import http.client
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import brotli
import pytest

from generator.publish import policy, release
from tests import servers

SITE_URL = "https://ppid.kotacontoh.go.id/"
HEADERS = ("Strict-Transport-Security", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy")


@pytest.fixture(scope="module")
def prepared(sample_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return release.prepare(sample_site, tmp_path_factory.mktemp("release") / "r1", site_url=SITE_URL)


@pytest.fixture(scope="module")
def served(prepared: Path, sample_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with servers.nginx_release(prepared, sample_site, tmp_path_factory.mktemp("nginx")) as url:
        yield url


def get(base: str, path: str, *, encoding: str | None = None) -> tuple[int, http.client.HTTPMessage, bytes]:
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        connection.request("GET", path, headers={"Accept-Encoding": encoding} if encoding else {})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def address(page: str) -> str:
    return "/" + (page[: -len("index.html")] if page.endswith("index.html") else page)


def test_every_page_answers_with_the_security_headers(served: str, sample_site: Path) -> None:
    pages = sorted(path.relative_to(sample_site).as_posix() for path in sample_site.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        status, headers, body = get(served, address(page))
        assert status == 200, page
        assert body == (sample_site / page).read_bytes(), page
        csp = headers["Content-Security-Policy"]
        assert csp.endswith("frame-ancestors 'none'") and "script-src 'self' 'unsafe-inline'" in csp, page
        assert all(headers[name] for name in HEADERS), page
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert headers["Cache-Control"] == "no-cache"


def test_unknown_paths_get_the_404_page(served: str, sample_site: Path) -> None:
    for path in ("/tidak-ada/", "/dataset/tidak-ada.csv", "/assets/", "/.htaccess", "/.etalase/release.sha256",
                 "/pagefind/fragment/"):
        status, headers, body = get(served, path)
        assert status == 404, path
        assert body == (sample_site / "404.html").read_bytes(), path  # no listing, no dotfile
        assert headers["Content-Security-Policy"].endswith("frame-ancestors 'none'")


def test_csv_downloads_are_byte_identical_and_saved(served: str, sample_site: Path) -> None:
    csvs = sorted(sample_site.glob("dataset/*/*.csv"))
    assert csvs
    for csv in csvs:
        status, headers, body = get(served, "/" + csv.relative_to(sample_site).as_posix())
        assert status == 200 and body == csv.read_bytes()
        assert headers["Content-Type"] == "text/csv; charset=utf-8"
        assert headers["Content-Disposition"] == "attachment"
        assert headers["Content-Security-Policy"].startswith("default-src 'self'; script-src 'self';")


def test_compressed_responses_decode_to_the_same_bytes(served: str, sample_site: Path, prepared: Path) -> None:
    decoders = {"gzip": gzip.decompress, "br": brotli.decompress}
    if not servers.BROTLI_MODULE.exists():
        decoders.pop("br")
    files = ["/", "/assets/etalase.js", "/catalog.jsonld", "/data.json", "/pagefind/pagefind-ui.js",
             "/" + next(sample_site.glob("dataset/*/*.csv")).relative_to(sample_site).as_posix()]
    for path in files:
        plain = (sample_site / (path.lstrip("/") or "index.html")).read_bytes()
        for encoding, decode in decoders.items():
            if encoding == "br" and len(plain) >= release.SMALL:
                continue  # the release keeps only a .gz copy of a large file (publish/release.py)
            status, headers, body = get(served, path, encoding=encoding)
            assert status == 200 and headers["Content-Encoding"] == encoding, (path, encoding)
            assert decode(body) == plain, (path, encoding)
            assert "Accept-Encoding" in headers.get("Vary", "")


def test_every_kind_of_file_has_its_type(served: str, sample_site: Path) -> None:
    by_extension: dict[str, Path] = {}
    for path in sorted(sample_site.rglob("*")):
        if path.is_file() and path.suffix:
            by_extension.setdefault(path.suffix[1:], path)
    assert {"pagefind", "pf_fragment", "pf_index", "pf_meta", "xlsx", "zip", "jsonld", "ttl"} <= set(by_extension)
    for ext, path in by_extension.items():
        status, headers, body = get(served, "/" + path.relative_to(sample_site).as_posix())
        assert status == 200 and body == path.read_bytes(), path
        expected = policy.MIME_TYPES[ext]
        assert headers["Content-Type"].split(";")[0] == expected, path
        assert ("charset=utf-8" in headers["Content-Type"]) == (expected in policy.TEXT_TYPES), path


def test_fingerprinted_assets_are_cached_for_long(served: str, sample_site: Path) -> None:
    bundle = next(sample_site.glob("assets/javascripts/bundle.*.min.js"))
    fragment = next(sample_site.glob("pagefind/fragment/*"))
    for path in (bundle, fragment):
        _, headers, _ = get(served, "/" + path.relative_to(sample_site).as_posix())
        assert headers["Cache-Control"] == policy.CACHE_IMMUTABLE
    _, headers, _ = get(served, "/pagefind/pagefind.js")
    assert headers["Cache-Control"] == policy.CACHE_OTHER
    assert "wasm-unsafe-eval" not in headers["Content-Security-Policy"]


def test_only_the_search_worker_may_compile_webassembly(served: str) -> None:
    _, headers, _ = get(served, "/pagefind/pagefind-worker.js")
    assert "script-src 'self' 'wasm-unsafe-eval';" in headers["Content-Security-Policy"]
    _, headers, _ = get(served, "/")
    assert "wasm" not in headers["Content-Security-Policy"]


def test_the_release_is_complete(prepared: Path, sample_site: Path) -> None:
    assert (prepared / "CNAME").read_text(encoding="utf-8") == "ppid.kotacontoh.go.id\n"
    assert release.manifest_mismatches(prepared) == []
    listed = (prepared / release.HASH_LIST).read_text(encoding="utf-8").splitlines()
    assert len(listed) == sum(1 for path in prepared.rglob("*") if path.is_file()) - 1
    assert policy.unknown_extensions(sample_site) == [] and policy.html_without_policy(sample_site) == []
    assert release.cname("https://contoh.github.io/ppid/") is None


def test_server_config_command_serves_over_tls(tmp_path: Path) -> None:
    """``python -m generator server-config --tls`` as an administrator runs it, served by nginx over HTTPS."""
    import ssl
    import subprocess
    import sys

    from tests.conftest import ROOT
    from tests.test_hosting_ssh import make_repo

    repo = make_repo(tmp_path / "repo", "rilis-A")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)], capture_output=True, check=True,
                   timeout=60)
    release.prepare(repo / "site", tmp_path / "current", site_url=SITE_URL)

    def config(port: int) -> str:
        result = subprocess.run([sys.executable, "-m", "generator", "--root", str(repo), "server-config",
                                 "--root", str(tmp_path / "current"), "--listen", f"127.0.0.1:{port}",
                                 "--server-name", "ppid.kotacontoh.go.id", "--tls", str(cert), str(key)],
                                capture_output=True, text=True, cwd=ROOT, check=True, timeout=60)
        return result.stdout

    with servers.nginx(tmp_path / "nginx", config) as url:
        port = urlsplit(url).port
        context = ssl.create_default_context(cafile=str(cert))
        context.check_hostname = False
        connection = http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=10)
        try:
            connection.request("GET", "/dip/")
            response = connection.getresponse()
            body = response.read()
        finally:
            connection.close()
    assert response.status == 200 and body == (repo / "site" / "dip" / "index.html").read_bytes()
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert response.headers["Content-Security-Policy"].endswith("frame-ancestors 'none'")
