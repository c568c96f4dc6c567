"""Forty script-injection payloads in every kind of field; in Chromium no script of theirs runs.

The payloads (tests/fixtures/injection/payloads.txt) go into the profile (site.yaml),
a staff page (front matter, headings, body, with raw HTML, attr_list and
javascript: links), every DIP text column, the data package metadata and a CSV
column. The site is built with the real pipeline and every page is opened in
headless Chromium: no dialog may open, no console marker appear, no request leave
127.0.0.1. On the clean sample site no Content-Security-Policy violation may be
reported (the policy allows the site's own scripts) and search still works.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import Browser, Page

from generator import pipeline
from generator.build.engine import CONTENT_REGION
from generator.build.linkcheck import check_site
from generator.model import Page as StaffPage
from generator.model import Severity
from generator.safety import unsafe_html
from generator.settings import Settings
from generator.validate.checks.urls import check_page_links
from tests.browser import search_for, serving
from tests.conftest import FIXTURES, copy_repo

pytestmark = pytest.mark.browser
PAYLOADS = (FIXTURES / "injection" / "payloads.txt").read_text(encoding="utf-8").splitlines()
DIP_TEXT = ("judul", "ringkasan", "pejabat_penguasa", "penanggung_jawab", "waktu_pembuatan",
            "tempat_pembuatan", "retensi")


def payload(index: int) -> str:
    return PAYLOADS[index % len(PAYLOADS)]


def attack_profile(repo: Path) -> None:
    keys = ("name", "short_name", "tagline", "description", "address", "phone")
    profile: dict[str, object] = {key: payload(index) for index, key in enumerate(keys)}
    profile.update({"sample": True, "email": "ppid@uji.example", "website": "https://uji.example",
                    "service_hours": [{"days": payload(6), "hours": payload(7)}],
                    "officials": [{"role": payload(8), "name": payload(9), "position": payload(10)}],
                    "social": [{"name": payload(11), "url": "https://uji.example/sosial"}]})
    (repo / "content" / "site.yaml").write_text(yaml.safe_dump(profile, allow_unicode=True), encoding="utf-8")


def attack_page(repo: Path, payloads: list[str] = PAYLOADS) -> None:
    front = {"title": payload(12), "description": payload(13), "order": 2}
    body = [f"## Judul {payload(1)}", "", "Lihat [halaman Tentang](tentang.md).", ""]
    body += [line for text in payloads for line in (text, "")]
    page = "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n" + "\n".join(body)
    (repo / "content" / "pages" / "serangan.md").write_text(page, encoding="utf-8")


def attack_dip(repo: Path) -> None:
    path = repo / "content" / "dip.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    template = rows[0]
    for index in range(len(PAYLOADS)):
        row = {**template, "id": f"P-{index:02d}", "dataset": "angka-kecil"}
        row.update({column: payload(index + offset) for offset, column in enumerate(DIP_TEXT)})
        rows.append(row)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(template), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def attack_dataset(repo: Path) -> None:
    folder = repo / "datasets" / "angka-kecil"
    descriptor = yaml.safe_load((folder / "datapackage.yaml").read_text(encoding="utf-8"))
    descriptor.update({"title": payload(14), "description": payload(15), "keywords": [payload(16), payload(17)],
                       "topic": payload(18), "publisher": {"name": payload(19), "unit": payload(20)},
                       "contact": {"name": payload(21), "email": "ppid@uji.example"}, "spatial": payload(22)})
    resource = descriptor["resources"][0]
    resource.update({"title": payload(23), "description": payload(24)})
    for index, field in enumerate(resource["schema"]["fields"]):
        field.update({"title": payload(25 + index), "description": payload(28 + index)})
    resource["schema"]["fields"].append({"name": "catatan", "type": "string", "title": payload(31),
                                         "description": payload(32)})
    (folder / "datapackage.yaml").write_text(yaml.safe_dump(descriptor, allow_unicode=True), encoding="utf-8")
    with (folder / "angka.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["bulan", "kode", "nilai", "catatan"])
        start = dt.date(2025, 1, 1)
        writer.writerows([(start + dt.timedelta(days=index)).isoformat(), "AB", index, text]
                         for index, text in enumerate(PAYLOADS))


def refused_link(text: str) -> bool:
    """Whether ``text`` alone in a page is a link-scheme error."""
    page = StaffPage(slug="p", source="p.md", title="p", description="", order=1, body=text + "\n", body_line=1)
    return any(check_page_links(page))


@pytest.fixture(scope="module")
def attacked_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = copy_repo(FIXTURES / "mini", tmp_path_factory.mktemp("attacked") / "repo")
    for attack in (attack_profile, attack_page, attack_dip, attack_dataset):
        attack(repo)
    # Links and images of the page to javascript:, data:, http: or another host stop validation
    # (link-scheme); the page is then built with every other payload, which the sanitiser meets.
    refused = pipeline.check(Settings(root=repo, cache=False)).problems
    errors = {(p.code, p.file) for p in refused if p.severity is Severity.ERROR}
    assert errors == {("link-scheme", "content/pages/serangan.md")}, refused
    attack_page(repo, [text for text in PAYLOADS if not refused_link(text)])
    outcome = pipeline.build(Settings(root=repo))
    assert outcome.built, ([p for p in outcome.problems if p.severity is Severity.ERROR], outcome.engine_output)
    unsafe = {p.value for p in outcome.problems if p.code == "unsafe-html"}
    # (the one <iframe> payload has src=javascript:, refused by link-scheme above)
    assert {"<script>", "onerror=", "javascript:", "style=", "<form>"} <= unsafe
    return repo / "site"


def pages_of(site: Path) -> list[str]:
    return sorted(path.relative_to(site).as_posix().removesuffix("index.html")
                  for path in site.rglob("*.html"))


def test_no_payload_runs_anywhere(attacked_site: Path, browser: Browser) -> None:
    assert len(PAYLOADS) >= 30
    events: list[str] = []
    context = browser.new_context()
    page = context.new_page()
    page.on("dialog", lambda dialog: (events.append(f"dialog {dialog.message}"), dialog.dismiss()))
    page.on("console", lambda msg: events.append(f"console {msg.text}") if "XSS" in msg.text else None)
    page.on("pageerror", lambda error: events.append(f"pageerror {error}"))
    foreign: list[str] = []
    blocked: list[str] = []  # loads the policy refused: they never reach the network
    page.on("request", lambda request: foreign.append(request.url)
            if urlsplit(request.url).hostname != "127.0.0.1" else None)
    page.on("requestfailed", lambda request: blocked.append(request.url)
            if "BLOCKED_BY_CSP" in (request.failure or "") else None)
    context.route(re.compile(r"^(?!http://127\.0\.0\.1[:/])"), lambda route: route.abort())
    visited = pages_of(attacked_site)
    with serving(attacked_site) as base:
        for path in visited:
            page.goto(base + path)
            page.mouse.move(200, 300)
            page.wait_for_timeout(50)
        search(page, base)
    context.close()
    assert len(visited) > len(PAYLOADS)
    assert events == []
    assert [url for url in foreign if url not in blocked] == []


def search(page: Page, base: str) -> None:
    """Search results show page text too: type words from the payloads and open a result."""
    page.goto(base + "serangan/")
    search_for(page, "alert")
    page.wait_for_timeout(300)


def test_staff_page_keeps_its_safe_content_and_links(attacked_site: Path) -> None:
    html = (attacked_site / "serangan" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../tentang/">halaman Tentang</a>' in html
    start, end = CONTENT_REGION
    article = html[html.index(start):html.rindex(end)]
    assert unsafe_html(article) == []  # payload text may remain, as text
    broken = check_site(attacked_site)
    assert {link.link for link in broken} <= {"x"}, broken  # only the payloads' own <img src=x>


def test_payload_text_is_shown_as_text(attacked_site: Path) -> None:
    entry = (attacked_site / "informasi" / "P-00" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in entry
    config = json.dumps(PAYLOADS[0])[1:-1]
    assert config not in entry.split("<article", 1)[1]


def test_the_policy_blocks_nothing_of_the_clean_site(sample_site: Path, browser: Browser) -> None:
    violations: list[str] = []
    context = browser.new_context()
    page = context.new_page()
    page.on("console", lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None)
    page.on("pageerror", lambda error: violations.append(str(error)))
    page.add_init_script("document.addEventListener('securitypolicyviolation', e => console.log("
                         "'Content Security Policy violation ' + e.violatedDirective + ' ' + e.blockedURI))")
    with serving(sample_site) as base:
        for path in ("", "dip/", "dataset/", "dataset/daftar-sekolah/", "profil-ppid/", "informasi/B-001/"):
            page.goto(base + path)
            page.wait_for_timeout(100)
        page.goto(base + "dip/")
        page.locator("[data-filter-text]").fill("anggaran")  # etalase.js runs under the policy
        assert page.locator("table#dip-semua tbody tr:visible").count() > 0
        search_for(page, "sekolah")  # the search worker runs under the policy
    context.close()
    assert violations == []
