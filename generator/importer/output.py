"""Where an import is written: the file itself when it is new, beside it otherwise, never over it unasked."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from generator.model import Problem


def beside(path: Path) -> Path:
    """content/dip.csv -> content/dip.imported.csv"""
    return path.with_name(f"{path.stem}.imported{path.suffix}")


def choose_target(root: Path, rel: str, *, force: bool) -> tuple[Path | None, Problem | None]:
    """The path to write ``rel`` to, or the problem that forbids writing anything."""
    path = root / rel
    if force or not path.exists():
        return path, None
    other = beside(path)
    if other.exists():
        return None, Problem("import-target-exists", rel, value=rel,
                             params=(("beside", other.relative_to(root).as_posix()),))
    return other, None


def csv_text(columns: tuple[str, ...], rows: tuple[dict[str, str], ...]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([row.get(column, "") for column in columns] for row in rows)
    return buffer.getvalue()


def write_text(path: Path, text: str) -> None:
    """Write through a temporary file so a failed write leaves no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)
