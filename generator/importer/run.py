"""The import commands as functions: read, decide where to write, write, and say what is left to do."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from generator.importer.dip import Imported, import_dik, import_dip
from generator.importer.output import choose_target, csv_text, write_text
from generator.model import Problem, Severity
from generator.report.messages import cli
from generator.settings import Settings


@dataclass(frozen=True)
class Outcome:
    """What was written (paths relative to the root) and every problem found on the way."""

    written: tuple[str, ...]
    problems: tuple[Problem, ...]
    read: int = 0
    duplicates: int = 0
    rows: int = 0

    @property
    def failed(self) -> bool:
        return not self.written


def shown_path(source: Path, settings: Settings) -> str:
    try:
        return source.resolve().relative_to(settings.root).as_posix()
    except ValueError:
        return source.name


def run_import_dip(settings: Settings, source: Path, *, sheet: str | None = None, mapping: Path | None = None,
                   force: bool = False) -> Outcome:
    target, refused = choose_target(settings.root, "content/dip.csv", force=force)
    if refused is not None:
        return Outcome((), (refused,))
    assert target is not None
    rel = target.relative_to(settings.root).as_posix()
    imported = import_dip(source, shown=shown_path(source, settings), out_file=rel, sheet=sheet, mapping=mapping)
    return _write([(target, imported)], imported, settings)


def run_import_dik(settings: Settings, source: Path, *, sheet: str | None = None, force: bool = False) -> Outcome:
    """content/dik.csv and, beside content/dip.csv, the DIP rows of the same excluded items."""
    target, refused = choose_target(settings.root, "content/dik.csv", force=force)
    dip_target = settings.root / "content" / "dip-dikecualikan.imported.csv"
    if refused is None and dip_target.exists() and not force:
        refused = Problem("import-target-exists", "content/dik.csv", value="content/dik.csv",
                          params=(("beside", "content/dip-dikecualikan.imported.csv"),))
    if refused is not None:
        return Outcome((), (refused,))
    assert target is not None
    rel = target.relative_to(settings.root).as_posix()
    dik, dip = import_dik(source, shown=shown_path(source, settings), out_file=rel,
                          dip_file="content/dip-dikecualikan.imported.csv", sheet=sheet)
    if not dik.rows:
        return Outcome((), dik.problems)
    merged = Imported(dik.columns, dik.rows, dip.problems + dik.problems, read=dik.read, duplicates=dik.duplicates)
    return _write([(target, dik), (dip_target, dip)], merged, settings)


def _write(targets: list[tuple[Path, Imported]], imported: Imported, settings: Settings) -> Outcome:
    if not imported.rows or any(p.severity is Severity.ERROR for p in imported.problems):
        return Outcome((), imported.problems)
    written = []
    for path, part in targets:
        write_text(path, csv_text(part.columns, part.rows))
        written.append(path.relative_to(settings.root).as_posix())
    return Outcome(tuple(written), imported.problems, read=imported.read, duplicates=imported.duplicates,
                   rows=len(imported.rows))


def remaining(settings: Settings, files: tuple[str, ...]) -> list[Problem]:
    """What ``validate`` reports about the written files (only those it reads: content/dip.csv, dik.csv)."""
    from generator import pipeline

    outcome = pipeline.check(settings)
    return [problem for problem in outcome.problems
            if any(problem.file == file or problem.file.startswith(f"{file}/") for file in files)]


def written_text(outcome: Outcome, *, lang: str) -> str:
    _ = cli(lang).gettext
    files = ", ".join(outcome.written)
    beside = [file for file in outcome.written if ".imported." in file]
    if all(file.startswith("datasets/") for file in outcome.written):  # import-ckan: no duplicates removed
        return _("{rows} baris data ditulis ke {files}.").format(rows=outcome.rows, files=files)
    text = _("{read} baris dibaca, {duplicates} baris kembar dihapus, {rows} baris ditulis ke {files}.").format(
        read=outcome.read, duplicates=outcome.duplicates, rows=outcome.rows, files=files)
    if beside:
        text += " " + _("Berkas tujuan sudah ada, jadi hasil impor ditulis di sampingnya: bandingkan, lalu ganti "
                        "namanya (atau jalankan ulang dengan --force untuk mengganti berkasnya).")
    return text


def remaining_text(problems: list[Problem], *, lang: str) -> str:
    """One line per (file, code, column): what validate will still report, with counts."""
    counts = Counter((problem.file, problem.code, problem.field or "") for problem in problems)
    _ = cli(lang).gettext
    head = _("Yang masih akan dilaporkan validate:") if counts else _("validate tidak melaporkan masalah lain.")
    lines = [head]
    for (file, code, field), count in sorted(counts.items()):
        where = ", " + _('kolom "{field}"').format(field=field) if field else ""
        lines.append(f"  {file}{where}: [{code}] × {count}")
    return "\n".join(lines)
