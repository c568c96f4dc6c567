"""The work folder is ours: no links in it, one build at a time.

``.etalase`` (validation cache, docs trees, staging folders) and ``site`` are written and
deleted by the generator. A committed symbolic link there would make it write or delete
files elsewhere, so the run stops first (``work-symlink``) and touches nothing. A build
holds an exclusive ``fcntl.flock`` on ``.etalase/lock`` (which records its process id); a
second build in the same folder stops at once with ``build-locked`` instead of deleting the
first one's staging folder. The kernel releases the lock when its holder dies, so a killed
build never leaves the folder locked.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.build.stamp import walk_files
from generator.model import Problem

LOCK_FILE = "lock"


def work_folder_problems(root: Path, work_dir: Path, site_dir: Path) -> list[Problem]:
    """``work-symlink`` for ``.etalase``, anything inside it, and ``site`` that is a link."""
    problems = [_link(path, root) for path in (work_dir, site_dir) if path.is_symlink()]
    problems += [_not_folder(path, root) for path in (work_dir, site_dir)
                 if path.exists() and not path.is_symlink() and not path.is_dir()]
    if work_dir.is_dir() and not work_dir.is_symlink():
        # one directory read per folder: a large work folder costs no system call per file
        problems += [_link(Path(entry.path), root)
                     for _rel, entry in sorted(walk_files(work_dir)) if entry.is_symlink()]
    return problems


def _not_folder(path: Path, root: Path) -> Problem:
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    return Problem("work-not-folder", rel, value=rel)


def _link(path: Path, root: Path) -> Problem:
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    return Problem("work-symlink", rel, value=rel, params=(("target", os.readlink(path)),))


@contextmanager
def build_lock(work_dir: Path, root: Path) -> Iterator[Problem | None]:
    """Hold the build lock for the ``with`` block; yields ``build-locked`` when another holds it."""
    work_dir.mkdir(parents=True, exist_ok=True)
    path = work_dir / LOCK_FILE
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(descriptor, 32, 0).decode("ascii", "replace").strip() or "?"
            yield Problem("build-locked", path.relative_to(root).as_posix(),
                          value=path.relative_to(root).as_posix(), params=(("pid", holder),))
            return
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, f"{os.getpid()}\n".encode("ascii"), 0)
        try:
            yield None
        finally:
            os.ftruncate(descriptor, 0)
            fcntl.flock(descriptor, fcntl.LOCK_UN)
    finally:
        os.close(descriptor)


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` exists (one of another user counts as alive)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
