"""Write a rendered docs tree to disk: byte-exact copies of sources, nothing touched in vain.

Only files whose bytes change are written and files no longer in the tree are deleted, so a
rebuild with nothing changed leaves every file (and its modification time) as it was, and the
site engine and the preview see only what did change.
"""

from __future__ import annotations

import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

from generator.model import DocsTree, OutputFile


@dataclass(frozen=True)
class Written:
    """What one write changed, as sorted POSIX paths relative to the folder."""

    written: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


def write_tree(tree: DocsTree, folder: Path) -> Written:
    """Make ``folder`` hold exactly the files of ``tree``."""
    if folder.exists() and not folder.is_dir():
        folder.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {item.path.as_posix() for item in tree.files}
    removed = _remove_stale(folder, wanted)
    written = [item.path.as_posix() for item in tree.files if _write(item, folder / item.path)]
    return Written(written=tuple(sorted(written)), removed=tuple(removed))


class KeptFileGone(FileNotFoundError):
    """A file the render stage kept (render/reuse.py) is no longer in the folder."""


def _write(item: OutputFile, target: Path) -> bool:
    """Write one file unless it already holds these bytes; True when written."""
    if item.kept:  # the render stage found it as the last build wrote it, from the same inputs
        try:
            regular = stat.S_ISREG(os.lstat(target).st_mode)  # one system call: not a link, a file
        except OSError:
            regular = False
        if not regular:
            raise KeptFileGone(str(target))
        return False
    if target.is_dir() and not target.is_symlink():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if item.copy_from is not None:
        return _copy(Path(item.copy_from), target)
    data = item.read_bytes()
    try:
        if target.stat().st_size == len(data) and target.read_bytes() == data:
            return False
    except OSError:
        pass
    target.unlink(missing_ok=True)  # never write through a link left in the folder
    target.write_bytes(data)
    return True


def _copy(source: Path, target: Path) -> bool:
    """A copy with the source's modification time: same size and time means same file."""
    before = source.stat()
    try:
        now = target.lstat()
        if not target.is_symlink() and now.st_size == before.st_size and now.st_mtime_ns == before.st_mtime_ns:
            return False
    except OSError:
        pass
    target.unlink(missing_ok=True)
    shutil.copy2(source, target)
    return True


def _remove_stale(folder: Path, wanted: set[str]) -> list[str]:
    """Delete files not in ``wanted`` and the folders left empty; returns the deleted files."""
    keep = set(wanted)
    for path in wanted:  # and every folder above a wanted file (strings: pathlib's parents are slow)
        folder_of = path.rpartition("/")[0]
        while folder_of and folder_of not in keep:
            keep.add(folder_of)
            folder_of = folder_of.rpartition("/")[0]
    removed: list[str] = []
    root = str(folder)
    for directory, folders, names in os.walk(root, topdown=False):  # children before their folder
        base = os.path.relpath(directory, root).replace(os.sep, "/")
        prefix = "" if base == "." else f"{base}/"
        for name in names:
            if f"{prefix}{name}" not in wanted:
                os.unlink(os.path.join(directory, name))
                removed.append(f"{prefix}{name}")
        for name in folders:
            path, rel = os.path.join(directory, name), f"{prefix}{name}"
            if os.path.islink(path):  # a link is a file here: never followed
                if rel not in wanted:
                    os.unlink(path)
                    removed.append(rel)
            elif rel not in keep:
                shutil.rmtree(path)
    return sorted(removed)
