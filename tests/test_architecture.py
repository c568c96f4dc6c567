"""The layout keeps its promises: no import cycle, no private name across modules, the
site engine known by one module, and docs/architecture.md naming folders that exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "generator"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports(path: Path, known: dict[str, Path]) -> list[tuple[str, list[str]]]:
    """Every generator module ``path`` imports (anywhere in the file), with the names taken."""
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names if alias.name.startswith("generator")]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("generator"):
            names = [alias.name for alias in node.names]
            submodules = [f"{node.module}.{name}" for name in names if f"{node.module}.{name}" in known]
            found += [(module, []) for module in submodules]
            found.append((node.module, [name for name in names if f"{node.module}.{name}" not in known]))
    return [(module, names) for module, names in found if module in known]


def graph() -> dict[str, set[str]]:
    known = modules()
    edges: dict[str, set[str]] = {}
    for name, path in known.items():
        edges[name] = {module for module, _names in imports(path, known) if module != name}
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(edges.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_inside_the_generator() -> None:
    edges = graph()
    # a package's __init__ importing its own submodules is how a package exports; any other loop is a cycle
    for name in list(edges):
        edges[name] = {other for other in edges[name] if not other.startswith(name + ".") or name not in modules()}
    assert cycles(edges) == []


def test_a_cycle_is_found_when_there_is_one() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_imports_another_modules_private_name() -> None:
    known = modules()
    private = [(name, module, taken) for name, path in known.items() for module, names in imports(path, known)
               for taken in names if taken.startswith("_") and taken != "_" and not taken.startswith("__")]
    assert private == []


def test_only_the_engine_adapter_imports_the_site_engine() -> None:
    engine_modules = re.compile(r"^\s*(?:import|from)\s+(mkdocs|material|zensical)\b", re.M)
    users = [name for name, path in modules().items() if engine_modules.search(path.read_text(encoding="utf-8"))]
    assert users in ([], ["generator.build.engine"])
    # build/engine.py runs the engine as a program; only its MkDocs hooks, which run inside the
    # engine's process, import it, inside the hook functions (never when the generator imports it)
    tree = ast.parse((PACKAGE / "build" / "engine.py").read_text(encoding="utf-8"))
    top_level = [node for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)]
    names = [alias.name for node in top_level for alias in node.names] + [
        node.module or "" for node in top_level if isinstance(node, ast.ImportFrom)]
    assert not [name for name in names if name.split(".")[0] in ("mkdocs", "material", "zensical", "markdown")]


def test_architecture_doc_names_folders_that_exist() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = sorted(set(re.findall(r"`(generator/[\w/]+/)`", text)))
    assert len(named) >= 8, named
    missing = [folder for folder in named if not (ROOT / folder).is_dir()]
    assert missing == []
    for folder in sorted(path for path in PACKAGE.iterdir() if path.is_dir() and (path / "__init__.py").exists()):
        assert f"`generator/{folder.name}/`" in text, f"docs/architecture.md does not describe generator/{folder.name}/"


def test_the_dip_schema_lists_the_categories_of_the_vocabulary() -> None:
    from generator.schemas import dip_schema_for
    from generator.vocab import CATEGORY_KEYS

    schema = dip_schema_for(["kategori"])
    field = next(item for item in schema["fields"] if item["name"] == "kategori")
    assert tuple(field["constraints"]["enum"]) == CATEGORY_KEYS
