"""Write a rendered docs tree to disk: a fresh folder, byte-exact copies of sources."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.model import DocsTree


def write_tree(tree: DocsTree, folder: Path) -> None:
    """Replace ``folder`` with the files of ``tree``."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for item in tree.files:
        target = folder / item.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if item.copy_from is not None:
            shutil.copyfile(item.copy_from, target)
        elif item.data is not None:
            target.write_bytes(item.data)
        else:
            target.write_text(item.text or "", encoding="utf-8", newline="\n")
