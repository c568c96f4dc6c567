"""Atomic replacement of the published folder: the old site stays until the new one is whole.

A staging folder is named after the process that made it (``site-new-<pid>-...``) and is
deleted only by that process or once that process is dead. The swap renames ``site`` to
``.etalase/site-old`` and the staging folder to ``site``; if a run is killed between the two
renames, the next run puts ``site-old`` back before anything else (``recover``). The old site
is then renamed ``site-trash-<pid>`` and deleted by process ``pid``, started for that alone, so
the build does not wait for its thousands of unlinks (12 s for 12,000 files on a busy disk); a
later run deletes a trash folder whose process is gone.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from generator.build.worklock import process_alive

OLD = "site-old"
STAGING = re.compile(r"site-new-(\d+)-")
TRASH = re.compile(r"site-trash-(\d+)$")
# The deleting process: reads the folder's path on its standard input (nothing: nothing to do).
DELETER = ("import os, shutil, sys; os.nice(10); path = sys.stdin.read(); "
           "path and shutil.rmtree(path, ignore_errors=True)")


def staging_dir(work_dir: Path) -> Path:
    """A fresh empty folder on the same file system as the site, for the next build."""
    work_dir.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"site-new-{os.getpid()}-", dir=work_dir))


def recover(site_dir: Path, work_dir: Path) -> bool:
    """Put the previous site back when a swap was interrupted (no ``site``, a ``site-old``)."""
    old = work_dir / OLD
    if site_dir.exists() or site_dir.is_symlink() or not old.is_dir() or old.is_symlink():
        return False
    os.replace(old, site_dir)
    return True


def swap_in(new_site: Path, site_dir: Path, work_dir: Path) -> None:
    """Make ``new_site`` the published ``site_dir`` with renames only; remove the old one after."""
    recover(site_dir, work_dir)
    old = work_dir / OLD
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
        delete_later(old, work_dir)


def delete_later(folder: Path, work_dir: Path) -> None:
    """Rename ``folder`` to ``site-trash-<pid>`` and let process ``pid`` delete it; without a
    process (none can be started), delete it now."""
    try:
        deleter = subprocess.Popen([sys.executable, "-c", DELETER], stdin=subprocess.PIPE,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
        return
    assert deleter.stdin is not None
    try:
        trash = work_dir / f"site-trash-{deleter.pid}"
        os.replace(folder, trash)
        deleter.stdin.write(str(trash).encode())
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
    finally:
        deleter.stdin.close()
    threading.Thread(target=deleter.wait, daemon=True).start()  # reaped when done (no zombie)


def discard(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def discard_stale(work_dir: Path, site_dir: Path | None = None) -> list[str]:
    """Remove what interrupted builds left: staging folders whose process is gone (or this one's)
    and, once ``site`` is in place, ``site-old``. Returns the names removed."""
    removed: list[str] = []
    if not work_dir.is_dir():
        return removed
    if site_dir is not None:
        recover(site_dir, work_dir)
    for folder in sorted(work_dir.glob("site-new-*")):
        match = STAGING.match(folder.name)
        owner = int(match.group(1)) if match else 0
        if owner == os.getpid() or not process_alive(owner):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder.name)
    for folder in sorted(work_dir.glob("site-trash-*")):
        match = TRASH.match(folder.name)
        if not match or not process_alive(int(match.group(1))):  # its deleting process is gone
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder.name)
    old = work_dir / OLD
    if old.exists() and (site_dir is None or site_dir.is_dir()):
        shutil.rmtree(old, ignore_errors=True)
        removed.append(OLD)
    return removed
