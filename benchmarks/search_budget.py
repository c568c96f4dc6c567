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
import shutil
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from generator.build.searchindex import PART_PAGES, build_search_index
from tests.browser import CHROMIUM, CHROMIUM_ARGS, serving

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
<body><header>Portal Sintetis</header><nav>Beranda Dataset DIP</nav><main><div data-pagefind-body>
<div hidden data-pagefind-ignore>{filters}</div><h1>{title}</h1><p>{body}</p></div></main>
<footer>Hak cipta</footer></body></html>"""


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
            page.write_text(PAGE.format(title=title, filters=spans, body=sentence(rng, 120)),
                            encoding="utf-8")
    (site / "index.html").write_text(PAGE.format(title="Beranda", filters="", body="Portal"),
                                     encoding="utf-8")


def compressed(site: Path, url: str, size: int) -> int:
    """Bytes on the wire: Pagefind's binary chunks are gzip already; text is gzipped by the host."""
    path = url.split("?")[0].split("/", 3)[-1]
    if path.endswith((".pf_index", ".pf_fragment", ".pf_filter", ".pf_meta", ".pagefind")):
        return size
    return len(gzip.compress((site / path).read_bytes(), 9))


def first_query(site: Path, query: str) -> list[tuple[str, int]]:
    script = """async (query) => {
      const listed = fetch('/pagefind/parts.json').then((r) => (r.ok ? r.json() : { parts: [] }));
      const pf = await import('/pagefind/pagefind.js');
      await pf.options({ baseUrl: '/' });
      const parts = (await listed).parts || [];
      await Promise.all(parts.map((part) => pf.mergeIndex('/pagefind/' + part, { baseUrl: '/' })));
      const found = await pf.search(query);
      await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
      return found.results.length;
    }"""
    responses: list[tuple[str, int]] = []
    with serving(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(url)
        page.on("requestfinished", lambda request: responses.append(
            (request.url, request.sizes()["responseBodySize"])))
        count = page.evaluate(script, query)
        page.wait_for_load_state("networkidle")
        browser.close()
    print(f"results      {count} for {query!r}")
    return responses


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--datasets", type=int, default=10_000)
    args.add_argument("--dip", type=int, default=10_000)
    args.add_argument("--query", default="anggaran")
    args.add_argument("--part-pages", type=int, default=PART_PAGES, help="pages per index part (searchindex.py)")
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
        responses = [(url, compressed(site, url, size)) for url, size in first_query(site, options.query)]
        for url, count in sorted(responses, key=lambda item: -item[1])[:8]:
            print(f"  {count / 1024:7.1f} KB  {url.split('/')[-1].split('?')[0]}")
        total = sum(count for _, count in responses)
        print(f"first query  {total / 1024:.1f} KB compressed in {len(responses)} requests (budget 150 KB)")
    finally:
        shutil.rmtree(site, ignore_errors=True)


if __name__ == "__main__":
    main()
