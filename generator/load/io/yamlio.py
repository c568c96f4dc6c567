"""YAML loading with YAML 1.2 rules: ``no`` stays a string, duplicate keys are errors.

PyYAML (YAML 1.1) turns ``no`` into False and ``012`` into 10, and silently keeps
the last of two equal keys; ruamel.yaml follows YAML 1.2 and reports both.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from generator.i18n import N_
from generator.load.io import limits, yamlfast
from generator.model import Problem


def parse_yaml(text: str, *, file: str) -> tuple[Any, list[Problem]]:
    """Parse ``text``; return plain Python data (dicts, lists, str, numbers) and problems.

    Depth and alias expansion are bounded first (generator/limits.py). Plain YAML is read
    through libyaml (yamlfast.py) with the same result; the rest, errors included, by ruamel.
    """
    fast = yamlfast.load(text)
    if fast is not None:
        return fast, []
    bounded = limits.check_yaml(text, file=file)
    if bounded:
        return None, bounded
    yaml = YAML(typ="rt", pure=True)
    yaml.version = (1, 2)
    try:
        data = yaml.load(text)
    except DuplicateKeyError as exc:
        mark = exc.problem_mark
        key = _duplicate_key(exc)
        return None, [Problem("yaml-duplicate-key", file, line=_line(mark), params=(("key", key),))]
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        detail = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        return None, [Problem("yaml-syntax", file, line=_line(mark), params=(("detail", detail),))]
    except YAMLError as exc:
        return None, [Problem("yaml-syntax", file, params=(("detail", str(exc).splitlines()[0]),))]
    except (RecursionError, MemoryError) as exc:
        return None, [limits.too_complex(file, exc)]
    return to_plain(data), []


def load_yaml_mapping(path: Path, *, file: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Read a YAML file that must hold a mapping."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return None, [Problem("file-missing", file, params=(("hint", ""),))]
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem("file-unreadable", file, params=(("detail", str(exc)),))]
    data, problems = parse_yaml(text, file=file)
    if problems:
        return None, problems
    if not isinstance(data, dict):
        found = (("found", N_("kosong")),) if data is None else (("found", N_("{type}")), ("type", type(data).__name__))
        return None, [Problem("yaml-not-mapping", file, params=found)]
    return data, []


def to_plain(node: Any) -> Any:
    """ruamel's commented containers to dicts and lists; dates to ISO strings."""
    if isinstance(node, dict):
        return {str(key): to_plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [to_plain(item) for item in node]
    if isinstance(node, (dt.date, dt.datetime)):
        return node.isoformat()
    if isinstance(node, str):
        return str(node)
    return node


def _line(mark: Any) -> int | None:
    return None if mark is None else int(mark.line) + 1


def _duplicate_key(exc: DuplicateKeyError) -> str:
    text = str(exc.problem or "")
    parts = text.split('"')
    return parts[1] if len(parts) > 2 else text


def as_list(value: Any) -> list[Any]:
    """``value`` when it is a list, else an empty list: YAML written by hand may hold anything."""
    return value if isinstance(value, list) else []
