"""Time and memory of the DIP documents' work on 1,000 generated documents of 1 to 50 pages.

    PYTHONPATH=. .venv/bin/python benchmarks/documents.py [--count N] [--seed S] [--jobs J]

Writes N documents (seeded: 85 % text PDFs of 1-50 pages, 5 % image-only PDFs of 1-10 pages,
5 % DOCX and 5 % XLSX of 1-50 "pages" of text or rows, some with a NIK), then runs each phase
in its own process and prints its seconds and peak resident memory: type detection, text
extraction (the facts of load/docread.py, one process and J processes), the personal-data scan
of the extracted text, the first-page previews; then the same work warm, answered by the cache
(by SHA-256), and `validate` of a repository whose DIP links every document, cold and warm.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS = ["laporan", "kinerja", "anggaran", "realisasi", "belanja", "pendapatan", "program", "kegiatan", "sasaran",
         "indikator", "capaian", "dinas", "kota", "kecamatan", "kelurahan", "pelayanan", "informasi", "publik",
         "rencana", "strategis", "tahun", "daerah", "2025", "Rp", "1.250.000"]


def make(folder: Path, count: int, seed: int) -> list[str]:
    from tests import documents

    rng = random.Random(seed)
    names = []
    for number in range(count):
        pages = rng.randint(1, 50)
        roll = rng.random()
        lines = lambda: [" ".join(rng.choice(WORDS) for _ in range(12)) for _ in range(40)]  # noqa: E731
        if roll < 0.85:
            content = [lines() for _ in range(pages)]
            if number % 20 == 0:
                content[-1].append("NIK 3171014107900001")
            name, data = f"d{number:04d}.pdf", documents.text_pdf(content, title=f"Dokumen {number}")
        elif roll < 0.90:
            name, data = f"d{number:04d}.pdf", documents.scanned_pdf([f"Pindaian {number} hal {page}"
                                                                      for page in range(min(pages, 10))])
        elif roll < 0.95:
            name, data = f"d{number:04d}.docx", documents.docx([" ".join(rng.choice(WORDS) for _ in range(30))
                                                                 for _ in range(pages * 20)])
        else:
            rows = [["kegiatan", "pagu", "realisasi"]] + [
                [rng.choice(WORDS), rng.randint(1, 10**9), rng.randint(1, 10**9)] for _ in range(pages * 20)]
            name, data = f"d{number:04d}.xlsx", documents.xlsx({"Data": rows})
        (folder / name).write_bytes(data)
        names.append(name)
    return names


def phase(name: str, folder: Path, cache: Path, jobs: int) -> dict[str, float]:
    """One phase, in this process; returns its seconds and counts."""
    from generator.cache import BlobStore
    from generator.load import docread
    from generator.load.documents import DigestMemo
    from generator.model import Document
    from generator.validate.checks.documents import document_problems

    files = sorted(path for path in folder.iterdir() if path.is_file())
    memo = DigestMemo(cache)
    start = time.perf_counter()
    shas = [memo.digest(path)[1] for path in files]
    memo.save()
    hashed = time.perf_counter() - start
    start = time.perf_counter()
    result: dict[str, float] = {"hash_s": hashed}
    if name == "detect":
        kinds = [docread.detect(path) for path in files]
        result["documents"] = len(kinds)
    elif name in ("extract", "extract-parallel", "warm-extract"):
        store = docread.FactsStore(cache if name != "extract-parallel" else None)
        known = store.facts_of(zip(shas, files, strict=True), jobs=jobs if name == "extract-parallel" else 1)
        result["documents"] = len(known)
        result["opened"] = store.read_files
        result["pages"] = sum(int(facts.get("pages") or 0) for facts in known.values())
    elif name == "pii":
        store = docread.FactsStore(cache)
        known = store.facts_of(zip(shas, files, strict=True))
        start = time.perf_counter()  # the scan alone (facts from the cache)
        found = 0
        for path, sha in zip(files, shas, strict=True):
            document = Document(link=path.name, source=path.name, site_path=path.name, title=path.name,
                                size=path.stat().st_size, sha256=sha, entries=(("B-1", 2),))
            found += sum(1 for _ in document_problems(document, known[sha], folder, contacts=frozenset()))
        result["problems"] = found
    elif name in ("previews", "warm-previews"):
        store = docread.FactsStore(cache)
        known = store.facts_of(zip(shas, files, strict=True))
        start = time.perf_counter()
        blobs = BlobStore(cache, docread.PREVIEWS)
        sizes = [len(blobs.make(f"preview-{sha}", lambda path=path, sha=sha: docread.preview(path, "PDF")))
                 for path, sha in zip(files, shas, strict=True) if known[sha]["kind"] == "PDF" and known[sha]["pages"]]
        result["previews"] = len(sizes)
        result["median_bytes"] = sorted(sizes)[len(sizes) // 2] if sizes else 0
    result["seconds"] = time.perf_counter() - start
    return result


def validate_repo(folder: Path, work: Path) -> Path:
    """The mini site whose first DIP row links every document (subfolders of 100)."""
    repo = work / "repo"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", repo)
    target = repo / "content" / "dokumen"
    links = []
    for index, path in enumerate(sorted(folder.iterdir())):
        sub = target / f"bagian-{index // 100:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, sub / path.name)
        links.append(f"dokumen/{sub.name}/{path.name}")
    dip = repo / "content" / "dip.csv"
    lines = dip.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    column = header.index("tautan_dokumen")
    cells = lines[1].split(",")
    cells[column] = ";".join(links)
    lines[1] = ",".join(cells)
    dip.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return repo


def child(args: list[str]) -> tuple[dict[str, float], float, float]:
    start = time.perf_counter()
    output = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True,
                            cwd=ROOT).stdout
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return json.loads(output.strip().splitlines()[-1]), wall, peak


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--phase")
    parser.add_argument("--folder")
    parser.add_argument("--cache")
    parser.add_argument("--validate")
    options = parser.parse_args()
    if options.phase:
        print(json.dumps(phase(options.phase, Path(options.folder), Path(options.cache), options.jobs)))
        return
    if options.validate:
        from generator import pipeline
        from generator.settings import Settings

        start = time.perf_counter()
        outcome = pipeline.check(Settings(root=Path(options.validate), jobs=options.jobs))
        codes: dict[str, int] = {}
        for problem in outcome.problems:
            codes[problem.code] = codes.get(problem.code, 0) + 1
        print(json.dumps({"seconds": time.perf_counter() - start, **codes}))
        return
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        folder = work / "docs"
        folder.mkdir()
        start = time.perf_counter()
        make(folder, options.count, options.seed)
        size = sum(path.stat().st_size for path in folder.iterdir())
        print(f"generated {options.count} documents, {size / 1e6:.1f} MB, in {time.perf_counter() - start:.1f} s")
        cache = work / "cache"
        for name in ("detect", "extract", "extract-parallel", "pii", "previews", "warm-extract", "warm-previews"):
            result, wall, peak = child(["--phase", name, "--folder", str(folder), "--cache", str(cache),
                                        "--jobs", str(options.jobs)])
            figures = ", ".join(f"{key} {value:.2f}" if isinstance(value, float) else f"{key} {value}"
                                for key, value in result.items())
            print(f"{name:17s} {figures}; process {wall:.1f} s, peak RSS so far {peak:.0f} MB")
        repo = validate_repo(folder, work)
        for label in ("validate cold", "validate warm"):
            result, wall, peak = child(["--validate", str(repo), "--jobs", str(options.jobs)])
            print(f"{label:17s} {json.dumps(result)}; process {wall:.1f} s, peak RSS so far {peak:.0f} MB")


if __name__ == "__main__":
    main()
