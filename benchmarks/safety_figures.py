"""Print the safety figures: injection payloads caught, detector precision/recall, corpus inputs.

    .venv/bin/python benchmarks/safety_figures.py

- each payload of tests/fixtures/injection/payloads.txt alone as a staff page: is it
  reported (unsafe-html) and does anything unsafe survive sanitising;
- each payload as the text of every other kind of field is escaped by the templates
  (checked by the browser test; here: does the escaped text contain no tag);
- precision and recall of the personal-data detector on the labelled corpus, as a whole
  and for its two parts (the original 2,100 values; the 1,500 of issue 18: NIK/KK with
  separators, bracketed and +62 (0) phones, amounts, dates, kode wilayah, NIP, accounts);
- the bounds of generator/limits.py, and for each hostile input of
  benchmarks/hostile_inputs.py the located problem validate reports (in-process, no timing:
  hostile_inputs.py measures time and memory).
"""

from __future__ import annotations

import html
import sys
import tempfile
from pathlib import Path

import markdown

from generator import pipeline
from generator.load.io import limits
from generator.model import Page
from generator.safety import sanitise_html, unsafe_html
from generator.settings import Settings
from generator.validate import pii
from generator.validate.checks.injection import MARKDOWN_EXTENSIONS, check_page_html

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import hostile_inputs  # noqa: E402
import pii_corpus  # noqa: E402

FIRST_PART = 2100  # values of the corpus before issue 18

PAYLOADS = (ROOT / "tests" / "fixtures" / "injection" / "payloads.txt").read_text(encoding="utf-8").splitlines()


def payload_figures() -> None:
    reported = survived = 0
    for index, text in enumerate(PAYLOADS):
        page = Page(slug=f"p{index}", source=f"content/pages/p{index}.md", title="x", description="",
                    order=1, body=text + "\n", body_line=4)
        found = list(check_page_html(page))
        reported += bool(found)
        cleaned = sanitise_html(markdown.markdown(text, extensions=MARKDOWN_EXTENSIONS))
        survived += bool(unsafe_html(cleaned))
        if not found:
            print(f"  not reported (harmless as Markdown): {text!r}")
    escaped = sum("<" not in html.escape(text) for text in PAYLOADS)
    print(f"payloads: {len(PAYLOADS)}")
    print(f"payloads reported in a staff page: {reported}")
    print(f"payloads with anything unsafe left after sanitising: {survived}")
    print(f"payloads rendered as plain text in data fields (escaped): {escaped}")


def detector_figures() -> None:
    rows = pii_corpus.read()
    for label, part in (("", rows), (" (original part)", rows[:FIRST_PART]),
                        (" (issue 18 part)", rows[FIRST_PART:])):
        for key, value in pii_corpus.score(part).items():
            shown = f"{value:.4f}" if isinstance(value, float) else str(value)
            print(f"detector{label} {key}: {shown}")
    print(f"kecamatan codes shipped: {len(pii.district_codes())}")


def bound_figures() -> None:
    for name in sorted(limits.__all__):
        if name.startswith("MAX_"):
            print(f"bound {name}: {getattr(limits, name):,}")
    with tempfile.TemporaryDirectory() as folder:
        for index, (case, write) in enumerate(hostile_inputs.CASES.items()):
            repo = hostile_inputs.copy_mini(Path(folder) / str(index))
            write(repo)
            problems = pipeline.check(Settings(root=repo, cache=False)).problems
            located = sorted({f"{p.code} {p.file}:{p.row or p.line or '-'}" for p in problems
                              if p.severity == "error"})
            print(f"hostile {case}: {'; '.join(located) or 'NOT REPORTED'}")


def main() -> int:
    payload_figures()
    detector_figures()
    bound_figures()
    return 0


if __name__ == "__main__":
    sys.exit(main())
