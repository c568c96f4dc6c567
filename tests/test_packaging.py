"""The installed package carries every file the generator reads (pre-commit and pip installs use it)."""

from __future__ import annotations

import fnmatch
import tomllib

from tests.conftest import ROOT


def test_every_data_file_of_the_generator_is_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["generator"]
    package = ROOT / "generator"
    files = [path.relative_to(package).as_posix() for path in sorted(package.rglob("*"))
             if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts]
    assert files
    assert [name for name in files if not any(globbed(name, pattern) for pattern in patterns)] == []


def globbed(name: str, pattern: str) -> bool:
    """Glob as setuptools does: ``*`` stays inside one folder."""
    names, parts = name.split("/"), pattern.split("/")
    return len(names) == len(parts) and all(fnmatch.fnmatchcase(n, p) for n, p in zip(names, parts, strict=True))
