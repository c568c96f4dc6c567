"""Bounds on what staff files may hold, checked in linear time before any parser that is not.

Python-Markdown is quadratic on unmatched brackets and recursive on nesting; Frictionless,
the header checks and the preview slow down with the number of columns; a YAML alias
bomb of under 1 KB expands to millions of values and a deeply nested one exhausts the
call stack. Each check here reads the text once and returns located problems, so the
slow work never starts on such input. The limits are far above what a real page, table
or descriptor of a PPID holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent, Event, ScalarEvent

from generator.model import Problem

MAX_PAGE_BYTES = 512 * 1024
MAX_PAGE_DEPTH = 32  # list or quote levels of one line
MAX_BRACKETS = 2_000  # "[" of one page: 2,000 unmatched ones take Python-Markdown about 0.4 s
MAX_EMPHASIS = 20_000  # "*" and "_" of one page
MAX_EMPHASIS_RUN = 100  # "*" or "_" in a row
MAX_CSV_COLUMNS = 2_000
MAX_CSV_LINE_BYTES = 1 << 20  # characters of one physical line
MAX_YAML_DEPTH = 64
MAX_YAML_NODES = 100_000  # values of a YAML file once its aliases are expanded

_PREFIX = re.compile(r" {0,3}(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s))\s*")


def check_markdown(text: str, *, file: str, first_line: int = 1) -> list[Problem]:
    """Size, nesting depth and bracket or emphasis counts of a Markdown text (one problem at most)."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_PAGE_BYTES:
        return [Problem("markdown-too-large", file, params=(
            ("size_kb", str(size // 1024)), ("limit_kb", str(MAX_PAGE_BYTES // 1024))))]
    for number, line in enumerate(text.splitlines(), start=first_line):
        depth = nesting(line)
        if depth > MAX_PAGE_DEPTH:
            return [Problem("markdown-too-deep", file, line=number,
                            params=(("depth", str(depth)), ("limit", str(MAX_PAGE_DEPTH))))]
    for char, count, limit in _counts(text):
        if count > limit:
            where = first_line + text.count("\n", 0, _nth(text, char, limit + 1))
            return [Problem("markdown-too-complex", file, line=where,
                            params=(("char", char), ("count", str(count)), ("limit", str(limit))))]
    return []


def nesting(line: str) -> int:
    """Levels of one line: its indentation in steps of four columns, plus each ``>`` or list marker."""
    expanded = line.expandtabs(4)
    rest = expanded.lstrip(" ")
    depth = (len(expanded) - len(rest)) // 4
    while match := _PREFIX.match(rest):
        depth += 1
        rest = rest[match.end():]
    return depth


def _counts(text: str) -> Iterator[tuple[str, int, int]]:
    yield "[", text.count("["), MAX_BRACKETS
    yield "*", text.count("*"), MAX_EMPHASIS
    yield "_", text.count("_"), MAX_EMPHASIS
    for char in "*_":
        run = max((len(match) for match in re.findall(re.escape(char) + f"{{{MAX_EMPHASIS_RUN + 1},}}", text)),
                  default=0)
        yield char * (MAX_EMPHASIS_RUN + 1), run, MAX_EMPHASIS_RUN


def _nth(text: str, char: str, n: int) -> int:
    """Index of the n-th occurrence of ``char`` (a run counts from its start)."""
    if len(char) > 1:
        return max(text.find(char), 0)
    index = -1
    for _ in range(n):
        index = text.find(char, index + 1)
        if index < 0:
            return len(text)
    return index


def check_csv_text(text: str, *, delimiter: str, file: str) -> list[Problem]:
    """Line length and column count of every physical line, before a CSV parser reads the text."""
    longest = max(map(len, text.split("\n")))  # a line of n characters has at most n + 1 columns
    if longest < MAX_CSV_COLUMNS and longest <= MAX_CSV_LINE_BYTES:
        return []  # the common case: no line can break either bound
    start = 0
    number = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        number += 1
        columns = text.count(delimiter, start, end) + 1
        if columns > MAX_CSV_COLUMNS:
            return [Problem("csv-too-many-columns", file, row=number,
                            params=(("count", str(columns)), ("limit", str(MAX_CSV_COLUMNS))))]
        length = end - start  # characters: at least one byte each
        if length > MAX_CSV_LINE_BYTES:
            return [Problem("csv-line-too-long", file, row=number, params=(
                ("length_kb", str(length // 1024)), ("limit_kb", str(MAX_CSV_LINE_BYTES // 1024))))]
        start = end + 1
    return []


def check_csv_file(path: Path, *, delimiter: str = ",", file: str) -> list[Problem]:
    """``check_csv_text`` on a file (undecodable bytes replaced: the pre-flight reports them)."""
    if not path.is_file() or path.is_symlink():
        return []
    return check_csv_text(path.read_text(encoding="utf-8-sig", errors="replace"), delimiter=delimiter, file=file)


def check_yaml(text: str, *, file: str) -> list[Problem]:
    """Depth and expanded size of a YAML text, from its parser events (no tree is built).

    A syntax error is left to the loader, which reports it with its line.
    """
    depth = 0
    sizes: dict[str, int] = {}  # anchor -> values it stands for
    open_anchors: list[tuple[str | None, int]] = []  # (anchor, total when the collection opened)
    total = 0
    try:
        for event in _events(text):
            line = _line(event)
            if isinstance(event, AliasEvent):
                total += sizes.get(str(event.anchor), 1)
            elif isinstance(event, (ScalarEvent, CollectionStartEvent)):
                total += 1
                if isinstance(event, ScalarEvent) and event.anchor:
                    sizes[str(event.anchor)] = 1
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > MAX_YAML_DEPTH:
                    return [Problem("yaml-too-deep", file, line=line,
                                    params=(("depth", str(depth)), ("limit", str(MAX_YAML_DEPTH))))]
                open_anchors.append((event.anchor, total - 1))
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
                anchor, before = open_anchors.pop() if open_anchors else (None, total)
                if anchor:
                    sizes[str(anchor)] = total - before
            if total > MAX_YAML_NODES:
                return [Problem("yaml-alias-expansion", file, line=line,
                                params=(("count", str(total)), ("limit", str(MAX_YAML_NODES))))]
    except YAMLError:
        return []
    return []


def _events(text: str) -> Iterator[Event]:
    yaml = YAML(typ="rt", pure=True)
    yaml.version = (1, 2)
    yield from yaml.parse(text)


def _line(event: Event) -> int | None:
    mark = getattr(event, "start_mark", None)
    return None if mark is None else int(mark.line) + 1


__all__ = ["MAX_BRACKETS", "MAX_CSV_COLUMNS", "MAX_CSV_LINE_BYTES", "MAX_PAGE_BYTES", "MAX_PAGE_DEPTH",
           "MAX_YAML_DEPTH", "MAX_YAML_NODES", "check_csv_file", "check_csv_text", "check_markdown", "check_yaml",
           "nesting", "too_complex"]


def too_complex(file: str, exc: BaseException) -> Problem:
    """A RecursionError or MemoryError on ``file`` as a located problem, not an internal error."""
    return Problem("input-too-complex", file, params=(("detail", type(exc).__name__),))
