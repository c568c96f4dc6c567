"""Atomic replacement of the published folder: the old site stays until the new one is whole."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def staging_dir(work_dir: Path) -> Path:
    """A fresh empty folder on the same file system as the site, for the next build."""
    work_dir.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="site-new-", dir=work_dir))


def swap_in(new_site: Path, site_dir: Path, work_dir: Path) -> None:
    """Make ``new_site`` the published ``site_dir`` with renames only; remove the old one after."""
    old = work_dir / "site-old"
    if old.exists():
        shutil.rmtree(old)
    if site_dir.exists():
        os.replace(site_dir, old)
    try:
        os.replace(new_site, site_dir)
    except BaseException:
        if old.exists() and not site_dir.exists():
            os.replace(old, site_dir)  # put the previous site back
        raise
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)


def discard(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def discard_stale(work_dir: Path) -> None:
    """Remove staging folders left by an interrupted build (killed, disk full)."""
    if work_dir.is_dir():
        for folder in sorted(work_dir.glob("site-new-*")) + sorted(work_dir.glob("site-old")):
            shutil.rmtree(folder, ignore_errors=True)
