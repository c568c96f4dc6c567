"""YAML files read as written: unknown keys, implicit conversions, unfilled placeholders.

The YAML node tree keeps each key's line and each value's original text and quoting,
so a typo (``titel``) gets a "did you mean", an unquoted ``1.10`` that YAML reads as
the number 1.1 is caught, and a scaffold placeholder (``ISI: ...``) blocks publication.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from generator.i18n import N_
from generator.load.io import yamlfast
from generator.load.io.limits import check_yaml
from generator.model import Problem
from generator.report.messages import truncate
from generator.validate.checks.keyspec import PAGE, Spec

PLACEHOLDER = "ISI:"
TAG = "tag:yaml.org,2002:"
NUMERIC_KEYS = {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
                "order", "bytes", "headerRows", "commentRows"}


def check_yaml_file(path: Path, spec: Spec, *, file: str, line_offset: int = 0,
                    bounded: bool = False) -> list[Problem]:
    """Every key, conversion and placeholder problem of one YAML file (syntax is checked on load).

    ``bounded``: the loader already parsed this file within the bounds (limits.check_yaml).
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return []
    return check_yaml_text(text, spec, file=file, line_offset=line_offset, bounded=bounded)


def check_yaml_text(text: str, spec: Spec, *, file: str, line_offset: int = 0,
                    bounded: bool = False) -> list[Problem]:
    if not bounded and check_yaml(text, file=file):  # too deep or an alias bomb: reported by the loader
        return []
    root = yamlfast.compose(text)  # libyaml for the common files, ruamel for the rest
    if root is None:
        yaml = YAML(typ="rt", pure=True)
        yaml.version = (1, 2)
        try:
            root = yaml.compose(text)
        except YAMLError:
            return []
    if root is None or root.id != "mapping":
        return []
    return [shift(problem, line_offset) for problem in _walk(root, spec, (), file=file)]


def check_page(path: Path, *, file: str) -> list[Problem]:
    """The front matter of a Markdown page (between the first two ``---`` lines)."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    except (OSError, UnicodeDecodeError):
        return []
    if not lines or lines[0].strip() != "---":
        return []
    end = next((index for index in range(1, len(lines)) if lines[index].strip() == "---"), None)
    if end is None:
        return []
    return check_yaml_text("".join(lines[1:end]), PAGE, file=file, line_offset=1)


def shift(problem: Problem, by: int) -> Problem:
    if not by or problem.line is None:
        return problem
    return Problem(problem.code, problem.file, problem.severity, problem.row, problem.line + by,
                   problem.field, problem.value, problem.params)


def _walk(node: Any, spec: Spec | None, path: tuple[str, ...], *, file: str) -> Iterator[Problem]:
    """The problems under one node (ruamel's or PyYAML's: both name their kind in ``id``)."""
    if node.id == "sequence":
        for item in node.value:
            yield from _walk(item, spec, path, file=file)
    elif node.id == "mapping":
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if spec is not None and key not in spec:
                yield _unknown(key, spec, path, line=key_node.start_mark.line + 1, file=file)
                continue
            yield from _walk(value_node, None if spec is None else spec[key], (*path, key), file=file)
    elif node.id == "scalar":
        yield from _scalar(node, path, file=file)


def _unknown(key: str, spec: Spec, path: tuple[str, ...], *, line: int, file: str) -> Problem:
    close = difflib.get_close_matches(key, sorted(spec), n=1, cutoff=0.6)
    where = " > ".join(path)
    return Problem("unknown-key", file, line=line, field=".".join((*path, key)), params=(
        ("key", key),
        ("where", N_("bagian \"{section}\"") if path else N_("tingkat teratas berkas")), ("section", where),
        ("did_you_mean", N_(" Maksud Anda \"{close}\"?") if close else ""), ("close", close[0] if close else ""),
        ("choices", ", ".join(sorted(spec)))))


def _scalar(node: Any, path: tuple[str, ...], *, file: str) -> Iterator[Problem]:
    text = str(node.value)
    line = node.start_mark.line + 1
    field = ".".join(path) or None
    if text.strip().upper().startswith(PLACEHOLDER):
        yield Problem("metadata-placeholder", file, line=line, field=field, value=truncate(text),
                      params=(("key", field or ""),))
        return
    if node.style or (path and path[-1] in NUMERIC_KEYS):  # quoted or a block (libyaml: "" when plain)
        return
    reading = _reading(str(node.tag).removeprefix(TAG), text)
    if reading is not None:
        yield Problem("yaml-implicit-conversion", file, line=line, field=field, value=text,
                      params=reading)


def _reading(tag: str, text: str) -> tuple[tuple[str, str], ...] | None:
    """How YAML reads an unquoted value when that loses what was written (as params), else None."""
    try:
        if tag == "int":
            number = int(text, 0) if text.lower().startswith(("0x", "0o")) else int(text)
            if str(number) != text:
                return ("reading", N_("angka {number}")), ("number", str(number))
        if tag == "float" and repr(float(text)) != text:
            return ("reading", N_("angka {number}")), ("number", repr(float(text)))
    except ValueError:
        return None
    if tag == "timestamp" and len(text) != 10:
        return (("reading", N_("tanggal dan waktu")),)
    return None
