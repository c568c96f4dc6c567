"""Bytes a browser downloads for its first search query, on a synthetic portal.

    PYTHONPATH=. .venv/bin/python benchmarks/search_budget.py [--datasets 10000] [--dip 10000] [--query anggaran]

Kept simple on purpose (the portal-scale generator belongs to the scale work): a
deterministic generator writes N dataset pages and M DIP entry pages straight as HTML,
marked up like the built site (``data-pagefind-body`` and the same four filters), then
only the Pagefind index is built over them with generator/build/searchindex.py. Headless
Chromium runs the query the way etalase-search.js does (pagefind.js and the parts it merges, the first
ten results; the filter lists load only when the reader opens them) and every response is counted compressed: Pagefind's
index, fragment, filter and wasm files are gzip already; text files are gzipped
here as a static host would.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import re
import shutil
import tempfile
import time
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

from generator.build.searchindex import PART_PAGES, build_search_index
from tests.browser import CHROMIUM, CHROMIUM_ARGS, serving

ROOT = Path(__file__).resolve().parents[1]

WORD_TEXT = ("anggaran penganggaran pendidikan sekolah kesehatan puskesmas penduduk kelurahan jalan jembatan "
         "pajak retribusi belanja pendapatan bantuan sosial perizinan investasi pariwisata kebudayaan "
         "pertanian perikanan air bersih sanitasi sampah lingkungan transportasi angkutan terminal pasar "
         "perdagangan koperasi usaha mikro tenaga kerja pelatihan kependudukan catatan sipil perumahan "
         "permukiman bencana kebakaran keamanan ketertiban olahraga pemuda perempuan anak gizi imunisasi "
         "rumah sakit obat dokter guru murid beasiswa perpustakaan arsip komunikasi informatika jaringan "
         "internet statistik laporan realisasi kegiatan program sasaran capaian kinerja")
WORDS = tuple(WORD_TEXT.split())
UNITS = [f"Bidang {name}" for name in ("Anggaran", "Aplikasi", "Statistik", "Persandian", "Umum",
                                       "Keuangan", "Kepegawaian", "Perencanaan", "Humas", "Data")]
CATEGORIES = ("Berkala", "Serta merta", "Setiap saat", "Dikecualikan")
PAGE = """<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{title}</title></head>
<body><header>Portal Sintetis{search}</header><nav>Beranda Dataset DIP</nav><main><div data-pagefind-body>
<div hidden data-pagefind-ignore>{filters}</div><h1>{title}</h1><p>{body}</p></div></main>
<footer>Hak cipta</footer></body></html>"""
# The header search box of the built site (overrides/partials/etalase-search.html), its script included
SEARCH_BOX = """<div data-etl-search data-etl-search-root=""><form><input type="search" class="md-search__input"
name="q" autocomplete="off"></form><div class="etl-pf-filters" hidden></div>
<p class="md-search-result__meta" role="status"></p><ol class="md-search-result__list"></ol></div>
<script src="etalase-search.js"></script>"""


SYLLABLES = ("ba", "ka", "ma", "ra", "ta", "si", "ng", "lu", "pe", "de", "jo", "wi", "an", "kan", "gu")


def vocabulary(rng: random.Random, size: int = 20_000) -> tuple[list[str], list[float]]:
    """Real words spread over a Zipf-like ranking of pseudo-words, so a query word is in a
    realistic share of the pages instead of in nearly all of them."""
    words = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(size)]
    for index, word in enumerate(WORDS):
        words[100 + index * 37] = word
    return words, list(itertools.accumulate(1 / (rank + 1) for rank in range(size)))


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choices(VOCABULARY, cum_weights=WEIGHTS, k=words))


VOCABULARY, WEIGHTS = vocabulary(random.Random(3))


def write_portal(site: Path, *, datasets: int, dip: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for kind, count in (("dataset", datasets), ("informasi", dip)):
        for number in range(count):
            year = str(2015 + number % 11)
            filters = {"type": "Dataset" if kind == "dataset" else "Informasi publik (DIP)",
                       "unit": UNITS[number % len(UNITS)], "tahun": year}
            if kind == "informasi":
                filters["kategori"] = CATEGORIES[number % len(CATEGORIES)]
            spans = "".join(f'<span data-pagefind-filter="{key}">{value}</span>'
                            for key, value in sorted(filters.items()))
            title = f"{sentence(rng, 4).capitalize()} {year}"
            page = site / kind / f"{kind[:3]}-{number:05d}" / "index.html"
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(PAGE.format(title=title, filters=spans, body=sentence(rng, 120), search=""),
                            encoding="utf-8")
    (site / "index.html").write_text(PAGE.format(title="Beranda", filters="", body="Portal", search=SEARCH_BOX),
                                     encoding="utf-8")
    shutil.copyfile(ROOT / "generator" / "render" / "static" / "etalase-search.js", site / "etalase-search.js")


def compressed(site: Path, url: str, size: int) -> int:
    """Bytes on the wire: Pagefind's binary chunks are gzip already; text is gzipped by the host."""
    path = url.split("?")[0].split("/", 3)[-1]
    if path.endswith((".pf_index", ".pf_fragment", ".pf_filter", ".pf_meta", ".pagefind")):
        return size
    return len(gzip.compress((site / path).read_bytes(), 9))


KINDS = (("wasm", ".pagefind"), ("script", ".js"), ("meta", ".pf_meta"), ("index", ".pf_index"),
         ("filter", ".pf_filter"), ("fragment", ".pf_fragment"), ("listing", ".json"))


def first_query(site: Path, query: str, typing_ms: int = 0) -> tuple[list[tuple[str, int]], int]:
    """Every request the first search makes, with its size as served, and the number of results.

    The reader's way: the home page is loaded and idle first (what it fetches anyway, such as
    the sitemaps, is not the search's), then the query is put into the header search box (at
    once, as a pasted word or a ``?q=`` link does; or one key every ``typing_ms``) and the first
    page of results is waited for: etalase-search.js decides what is fetched (pagefind.js, its
    worker and WebAssembly, the parts of the page's language, the index chunks of the query,
    the fragments of the results shown). Typing is realistic but not repeatable on a loaded
    machine: a key that comes later than the script's pause starts a search of its own."""
    responses: list[tuple[str, int]] = []
    with serving(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(url)
        page.wait_for_load_state("networkidle")
        page.on("requestfinished", lambda request: responses.append(
            (request.url, request.sizes()["responseBodySize"])))
        box = page.locator("input.md-search__input").first
        box.click()
        if typing_ms:
            box.press_sequentially(query, delay=typing_ms)
        else:
            box.fill(query)
        meta = page.locator(".md-search-result__meta").first
        expect(meta).to_contain_text(f"\u201c{query}\u201d", timeout=120_000)
        page.wait_for_timeout(1_000)  # whatever is still on its way counts too
        found = re.match(r"\s*([0-9][0-9.,]*)", meta.inner_text())
        browser.close()
    return responses, int(re.sub(r"[.,]", "", found.group(1))) if found else 0


def kind(url: str) -> str:
    path = url.split("?")[0]
    return next((name for name, suffix in KINDS if path.endswith(suffix)), "other")


def summary(site: Path, query: str, typing_ms: int = 0) -> tuple[str, list[str]]:
    """The first search in one line (compressed bytes, requests, results) and per kind of file."""
    fetched, results = first_query(site, query, typing_ms)
    responses = [(url, compressed(site, url, size)) for url, size in fetched]
    total = sum(count for _, count in responses)
    kinds: dict[str, list[int]] = {}
    for url, count in responses:
        entry = kinds.setdefault(kind(url), [0, 0])
        entry[0] += count
        entry[1] += 1
    rows = [f"{name:<9} {size / 1024:7.1f} KB in {number:3d} requests"
            for name, (size, number) in sorted(kinds.items(), key=lambda item: -item[1][0])]
    return f"{total / 1024:.1f} KB compressed in {len(responses)} requests ({results} results)", rows


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--datasets", type=int, default=10_000)
    args.add_argument("--dip", type=int, default=10_000)
    args.add_argument("--query", default="anggaran")
    args.add_argument("--part-pages", type=int, default=PART_PAGES, help="pages per index part (searchindex.py)")
    args.add_argument("--typing-ms", type=int, default=0, help="type the query, one key every N ms (default: at once)")
    options = args.parse_args()
    site = Path(tempfile.mkdtemp(prefix="etalase-search-"))
    try:
        start = time.perf_counter()
        write_portal(site, datasets=options.datasets, dip=options.dip)
        print(f"pages        {options.datasets} datasets + {options.dip} DIP entries "
              f"({time.perf_counter() - start:.1f} s to write)")
        start = time.perf_counter()
        result = build_search_index(site, part_pages=options.part_pages)
        assert result.ok, result.output
        bundle = site / "pagefind"
        size = sum(path.stat().st_size for path in bundle.rglob("*") if path.is_file())
        parts = 1 + len(json.loads((bundle / "parts.json").read_text(encoding="utf-8"))["parts"])
        print(f"index        {time.perf_counter() - start:.1f} s, {size / 1024 / 1024:.1f} MB on disk, {parts} parts")
        line, rows = summary(site, options.query, options.typing_ms)
        for row in rows:
            print(f"  {row}")
        print(f"first query  {line} for {options.query!r} (budget 150 KB)")
    finally:
        shutil.rmtree(site, ignore_errors=True)


if __name__ == "__main__":
    main()
