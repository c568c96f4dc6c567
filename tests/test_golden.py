"""The Indonesian site is rendered exactly as before: the docs tree of the sample equals its golden
list (tests/golden/docs-id.sha256, made from the generator before the message catalogue)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT
from tests.golden import digests


def test_the_indonesian_docs_tree_equals_the_golden_list(sample_site: Path) -> None:
    golden = [line for line in (ROOT / "tests" / "golden" / "docs-id.sha256").read_text(encoding="utf-8").splitlines()
              if line and not line.startswith("#")]
    built = digests(sample_site.parent / ".etalase" / "docs")
    changed = sorted(set(golden) ^ set(built))
    hint = "the Indonesian pages changed; if intended: python -m tests.golden > tests/golden/docs-id.sha256"
    assert changed == [], hint
