"""Problems for GitHub Actions: workflow-command annotations and a Markdown job summary.

Annotations put each problem on its file and line in the pull request; the summary is
a readable table per file. Only text is produced here; the CLI writes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby

from generator.i18n import N_
from generator.model import Problem, Severity
from generator.report.messages import cli, location, message, severity_label, truncate
from generator.report.text import summary

MAX_ROWS_PER_FILE = 100  # GitHub caps a job summary at 1 MiB
MORE = N_("… dan {count} masalah lain di berkas ini (lihat log).")  # count > MAX_ROWS_PER_FILE
HEADINGS = (N_("Hasil validasi Etalase"), N_("baris"), N_("kolom"), N_("kode"), N_("pesan"),
            N_("Tidak ada masalah. Semua berkas sah."))


def escape_data(text: str) -> str:
    """Escape the message part of a workflow command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (file, title) of a workflow command."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(problem: Problem, *, lang: str = "id") -> str:
    """One ``::error``/``::warning`` workflow command."""
    command = "error" if problem.severity is Severity.ERROR else "warning"
    props = [f"file={escape_property(problem.file)}"]
    line = problem.line if problem.line is not None else problem.row
    if line is not None:
        props.append(f"line={line}")
    title = f"Etalase {problem.code}" + (f" ({problem.field})" if problem.field else "")
    props.append(f"title={escape_property(truncate(title, 120))}")
    return f"::{command} {','.join(props)}::{escape_data(location(problem, lang) + ': ' + message(problem, lang))}"


def format_github(problems: Iterable[Problem], *, lang: str = "id") -> str:
    return "\n".join(annotation(problem, lang=lang) for problem in problems)


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell (no HTML, no column break)."""
    flat = truncate(text, 400)
    return (flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("|", "\\|"))


def format_summary(problems: Iterable[Problem], *, lang: str = "id") -> str:
    """The job summary: counts, then one table per file."""
    problems = list(problems)
    translate = cli(lang)
    title, row_word, field_word, code_word, message_word, clean = map(translate.gettext, HEADINGS)
    lines = [f"## {title}", "", summary(problems, lang=lang) if problems else clean, ""]
    for file, group in groupby(problems, key=lambda problem: problem.file):
        listed = list(group)
        lines += [f"### `{_cell(file)}`", "",
                  f"| | {row_word} | {field_word} | {code_word} | {message_word} |", "| --- | --- | --- | --- | --- |"]
        for problem in listed[:MAX_ROWS_PER_FILE]:
            where = problem.row if problem.row is not None else problem.line
            lines.append(f"| {severity_label(problem, lang)} | {'' if where is None else where} | "
                         f"{_cell(problem.field or '')} | `{problem.code}` | {_cell(message(problem, lang))} |")
        if len(listed) > MAX_ROWS_PER_FILE:
            lines += ["", translate.gettext(MORE).format(count=len(listed) - MAX_ROWS_PER_FILE)]
        lines.append("")
    return "\n".join(lines) + "\n"
