"""The trust boundary of mkdocs.yml: settings that would add code to every page are refused.

``hooks`` run Python files of the repository inside the engine; ``extra_javascript``,
``extra_css`` and ``extra_templates`` add files to every page; ``theme.custom_dir`` replaces
the templates that escape and mark staff content; the ``pymdownx.snippets`` extension reads
any file of the machine into a page. Only the generator sets these (generator/site.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.model import Problem

ENGINE_FILE = "mkdocs.yml"
REFUSED_KEYS = ("hooks", "extra_javascript", "extra_css", "extra_templates", "custom_dir")
REFUSED_EXTENSIONS = ("pymdownx.snippets", "markdown_include.include", "mdx_include")


def check_engine_config(path: Path, *, file: str = ENGINE_FILE) -> Iterator[Problem]:
    """``engine-config-key`` for each refused key (top level, or ``theme.custom_dir``) and extension."""
    root = _compose(path)
    if not isinstance(root, MappingNode):
        return
    for key, value in root.value:
        name = _scalar(key)
        if name in REFUSED_KEYS and name != "custom_dir":
            yield _problem(key, name, file)
        elif name == "theme" and isinstance(value, MappingNode):
            for sub_key, _ in value.value:
                if _scalar(sub_key) == "custom_dir":
                    yield _problem(sub_key, "theme.custom_dir", file)
        elif name == "markdown_extensions" and isinstance(value, SequenceNode):
            for item in value.value:
                node = item.value[0][0] if isinstance(item, MappingNode) and item.value else item
                if _scalar(node) in REFUSED_EXTENSIONS:
                    yield _problem(node, f"markdown_extensions: {_scalar(node)}", file)


def _problem(node: Node, key: str, file: str) -> Problem:
    return Problem("engine-config-key", file, line=node.start_mark.line + 1, field=key, params=(("key", key),))


def _compose(path: Path) -> Any:
    yaml = YAML(typ="rt", pure=True)
    try:
        return yaml.compose(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, YAMLError):
        return None  # the engine reports what it cannot read


def _scalar(node: Node) -> str | None:
    return str(node.value) if isinstance(node, ScalarNode) else None
