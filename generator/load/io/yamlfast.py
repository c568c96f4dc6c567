"""The common YAML files read through libyaml (PyYAML's C parser) under YAML 1.2 rules.

ruamel.yaml (yamlio.py) is the reference reader: YAML 1.2, duplicate keys refused, every
error located. It is pure Python, about 20 ms for a data package descriptor, paid once by the
loader and once more by the key checks of each dataset. Most descriptors use plain YAML only:
mappings, lists and scalars without anchors, tags or directives. For those this module
composes the node tree with libyaml, resolves scalars with ruamel's own YAML 1.2 resolver
table (so ``no`` stays a string and ``012`` is not octal) and builds the same plain data as
``yamlio.to_plain(ruamel.load(...))``.

Anything outside that simple subset returns ``None`` and the caller uses ruamel as before: a
syntax error, a duplicate key, an alias, an explicit tag, a merge key, a directive, a number
written in a form other than plain decimal, a date with a time, the depth or size bounds of
limits.py, and characters where YAML 1.1 (libyaml) and 1.2 read a text differently. So every
problem, and every line it names, still comes from ruamel.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml
from ruamel.yaml.resolver import implicit_resolvers

from generator.load.io.limits import MAX_YAML_DEPTH, MAX_YAML_NODES

TAG = "tag:yaml.org,2002:"
# Line breaks of YAML 1.1 only, tabs (indentation rules differ) and a BOM inside the text.
_DIFFERENT = re.compile("[\t\x85\u2028\u2029\ufeff]|^%", re.MULTILINE)
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_FLOAT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\.[0-9]+\Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")

_Loader: type[Any] | None = None
if getattr(yaml, "__with_libyaml__", False):
    class _Yaml12Loader(yaml.CSafeLoader):
        """libyaml's parser and composer with ruamel's YAML 1.2 implicit resolvers."""

    _Yaml12Loader.yaml_implicit_resolvers = {}
    for _versions, _tag, _regexp, _first in implicit_resolvers:
        if (1, 2) in _versions:
            _Yaml12Loader.add_implicit_resolver(_tag, _regexp, _first)
    _Loader = _Yaml12Loader


class Unsupported(Exception):
    """The text uses YAML this module leaves to ruamel."""


def compose(text: str) -> Any | None:
    """The node tree of a one-document text (PyYAML nodes), or None: leave it to ruamel."""
    if _Loader is None or _DIFFERENT.search(text):
        return None
    try:
        return yaml.compose(text, Loader=_Loader)
    except (yaml.YAMLError, RecursionError, MemoryError, ValueError):
        return None


def load(text: str) -> Any | None:
    """The plain data of a text in the simple subset (never None for a mapping), or None."""
    root = compose(text)
    if root is None:
        return None
    try:
        return _plain(root, depth=1, seen=set())
    except Unsupported:
        return None


def _plain(node: Any, *, depth: int, seen: set[int]) -> Any:
    if id(node) in seen:  # an alias: its expansion is bounded by limits.check_yaml in ruamel
        raise Unsupported
    seen.add(id(node))
    if len(seen) > MAX_YAML_NODES:
        raise Unsupported
    tag = str(node.tag)
    if node.id == "scalar":
        return _scalar(tag, str(node.value))
    if depth > MAX_YAML_DEPTH:
        raise Unsupported
    if node.id == "sequence" and tag == TAG + "seq":
        return [_plain(item, depth=depth + 1, seen=seen) for item in node.value]
    if node.id == "mapping" and tag == TAG + "map":
        data: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.id != "scalar" or str(key_node.tag) != TAG + "str":
                raise Unsupported  # keys that are numbers, null, merge keys or collections
            seen.add(id(key_node))
            key = str(key_node.value)
            if key in data:
                raise Unsupported  # a duplicate key: ruamel names its line
            data[key] = _plain(value_node, depth=depth + 1, seen=seen)
        return data
    raise Unsupported


def _scalar(tag: str, value: str) -> Any:
    kind = tag.removeprefix(TAG)
    if kind == "str":
        return value
    if kind == "null":
        return None
    if kind == "bool":
        return value.lower() == "true"
    if kind == "int" and _DECIMAL.match(value):
        return int(value)
    if kind == "float" and _FLOAT.match(value):
        return float(value)
    if kind == "timestamp" and _DATE.match(value):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise Unsupported from None
    raise Unsupported


__all__ = ["compose", "load"]
