"""Print the golden SHA-256 list of the sample's Indonesian docs tree (tests/golden/docs-id.sha256).

    python -m tests.golden > tests/golden/docs-id.sha256
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
from pathlib import Path

from generator import pipeline
from generator.settings import Settings
from tests.conftest import ROOT, copy_repo, git_commit


def digests(docs: Path) -> list[str]:
    return [f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.relative_to(docs).as_posix()}"
            for path in sorted(item for item in docs.rglob("*") if item.is_file())]


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        repo = copy_repo(ROOT, Path(folder) / "repo")
        git_commit(repo, "Sample site")
        outcome = pipeline.build(Settings(root=repo))
        if not outcome.built:
            print(outcome.problems, outcome.engine_output, file=sys.stderr)
            return 1
        header = [line for line in (ROOT / "tests" / "golden" / "docs-id.sha256").read_text(
            encoding="utf-8").splitlines() if line.startswith("#")]
        print("\n".join([*header, *digests(repo / ".etalase" / "docs")]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
