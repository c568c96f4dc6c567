"""Pages whose inputs did not change since the last build are not rendered again.

A unit of pages (one DIP entry's page, one dataset's page, the DIP lists) is rendered from
inputs its caller names as ``material``: the records and figures the pages show. The unit's
key is the SHA-256 of that material, the unit's name, the language and ``environment``: the
generator version, the catalogues and the settings (build/renderstamp.py), so any change of
code, templates or translations renders every page again. The last build
recorded each unit's key and every file it wrote with its size and modification time
(``build/renderstamp.py``). When the key is the same and every one of those files is in the
docs folder as it was written, the unit gives ``kept`` files: nothing is rendered and
``build/write.py`` leaves them as they are. Anything else (a new key, a file edited or
deleted, no record) renders the unit.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from generator.cache import generator_version
from generator.model import OutputFile, RenderUnit

Written = dict[str, tuple[int, int]]  # docs path -> (size, modification time in ns) as written


def digest(material: Any) -> str:
    """SHA-256 of the repr of a description of inputs: frozen records, and dicts, lists and tuples
    of them built in a fixed order (no sets; loaded JSON goes through ``canonical``)."""
    return hashlib.sha256(repr(material).encode()).hexdigest()


def canonical(value: Any) -> str:
    """Loaded JSON (a data package descriptor) as text that does not depend on its keys' order."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


@dataclass
class Reuse:
    """The units of one language's tree: the last build's (``previous``) and this render's."""

    language: str
    environment: str = ""  # what every page depends on besides its material (render_environment)
    folder: Path | None = None  # the language's docs folder; None renders everything
    previous: dict[str, tuple[str, Written]] = field(default_factory=dict)  # unit -> (key, files)
    made: list[RenderUnit] = field(default_factory=list)
    rendered: list[str] = field(default_factory=list)  # the units rendered (not kept), in order

    def unit(self, name: str, material: Any, make: Callable[[], list[OutputFile]]) -> list[OutputFile]:
        """The files of unit ``name``: kept when its inputs and files are as the last build left
        them, else ``make()``."""
        key = digest({"unit": name, "language": self.language, "generator": generator_version(),
                      "environment": self.environment, "material": material})
        before = self.previous.get(name)
        if before is not None and before[0] == key and self.folder is not None and before[1] \
                and all(_as_written(os.path.join(self.folder, path), entry) for path, entry in before[1].items()):
            self.made.append(RenderUnit(name, key, tuple(before[1])))
            return [OutputFile(PurePosixPath(path), kept=True) for path in before[1]]
        files = make()
        self.rendered.append(name)
        # pages only: a kept page is a page (the manifest lists every other file by its bytes)
        pages = tuple(item.path.as_posix() for item in files)
        self.made.append(RenderUnit(name, key, pages if all(page.endswith(".md") for page in pages) else ()))
        return files

    def units(self, paths: set[str]) -> tuple[RenderUnit, ...]:
        """This render's units, each with only its files that are in the tree (``paths``)."""
        return tuple(RenderUnit(unit.name, unit.key, tuple(path for path in unit.paths if path in paths))
                     for unit in self.made)


def _as_written(path: str, entry: tuple[int, int]) -> bool:
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return (info.st_size, info.st_mtime_ns) == entry
