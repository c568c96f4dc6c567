"""Print the safety figures: injection payloads caught, detector precision/recall, corpus inputs.

    .venv/bin/python benchmarks/safety_figures.py

- each payload of tests/fixtures/injection/payloads.txt alone as a staff page: is it
  reported (unsafe-html) and does anything unsafe survive sanitising;
- each payload as the text of every other kind of field is escaped by the templates
  (checked by the browser test; here: does the escaped text contain no tag);
- precision and recall of the personal-data detector on the labelled corpus.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

import markdown

from generator.model import Page
from generator.safety import sanitise_html, unsafe_html
from generator.validate import pii
from generator.validate.checks.injection import MARKDOWN_EXTENSIONS, check_page_html

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import pii_corpus  # noqa: E402

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
    scores = pii_corpus.score(pii_corpus.read())
    for key, value in scores.items():
        print(f"detector {key}: {value:.4f}" if isinstance(value, float) else f"detector {key}: {value}")
    print(f"kecamatan codes shipped: {len(pii.district_codes())}")


def main() -> int:
    payload_figures()
    detector_figures()
    return 0


if __name__ == "__main__":
    sys.exit(main())
