"""Issue 18, part A: the work folder is ours. Links there stop the run before anything is
written or deleted; two builds in one folder never overlap (the lock is held from the test, so
nothing depends on timing); staging folders belong to their process; an interrupted swap is
recovered by the next run (the state a kill between the two renames leaves is made by hand)."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import pipeline
from generator.build.swap import discard_stale, recover, staging_dir
from generator.report.messages import message
from generator.settings import Settings
from tests.conftest import ROOT, run_cli


def located(outcome: pipeline.Outcome) -> set[tuple[str, str, str | None]]:
    return {(p.code, p.file, p.value) for p in outcome.problems}


def outside_folder(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """A folder outside the repository holding what a build would delete in its work folder."""
    folder = tmp_path / "elsewhere"
    files = {"docs/keep.md": b"docs", "site-old/keep.html": b"old", "site-new-1-x/keep.html": b"new",
             "cache/keep": b"cache", "docs-en/keep.md": b"en"}
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder, files


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def test_a_linked_work_folder_stops_validate_and_build_and_nothing_is_touched(mini: Path, tmp_path: Path) -> None:
    folder, files = outside_folder(tmp_path)
    os.symlink(folder, mini / ".etalase")
    for run in (pipeline.check, pipeline.build):
        outcome = run(Settings(root=mini))
        assert located(outcome) == {("work-symlink", ".etalase", ".etalase")}
        assert outcome.failed and not outcome.built
    assert snapshot(folder) == files
    assert not (mini / "site").exists()
    problem = pipeline.check(Settings(root=mini)).problems[0]
    assert str(folder) in message(problem, "id") and "git rm" in message(problem, "en")
    result = run_cli(mini, "build")
    assert result.returncode == 1 and "work-symlink" in result.stdout + result.stderr
    assert snapshot(folder) == files


def test_links_inside_the_work_folder_and_a_linked_site_are_refused(mini: Path, tmp_path: Path) -> None:
    folder, files = outside_folder(tmp_path)
    (mini / ".etalase").mkdir()
    os.symlink(folder / "cache", mini / ".etalase" / "cache")
    os.symlink(folder / "site-old", mini / "site")
    outcome = pipeline.build(Settings(root=mini))
    assert located(outcome) == {("work-symlink", ".etalase/cache", ".etalase/cache"), ("work-symlink", "site", "site")}
    assert snapshot(folder) == files
    assert sorted(path.name for path in (mini / ".etalase").iterdir()) == ["cache"]  # no lock, no docs


def test_a_second_build_stops_while_the_lock_is_held(mini: Path) -> None:
    work = mini / ".etalase"
    work.mkdir()
    staging = work / "site-new-4242-abc"  # the first build's staging folder, mid-build
    staging.mkdir()
    (staging / "index.html").write_text("half", encoding="utf-8")
    with (work / "lock").open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        held.write("4242\n")
        held.flush()
        outcome = pipeline.build(Settings(root=mini))
        assert [(p.code, p.file, p.param("pid")) for p in outcome.problems] == [
            ("build-locked", ".etalase/lock", "4242")]
        assert "4242" in message(outcome.problems[0], "id")
        result = run_cli(mini, "build")  # another process: the same answer
        assert result.returncode == 1 and "build-locked" in result.stdout + result.stderr
        assert (staging / "index.html").read_text(encoding="utf-8") == "half"
        assert not (mini / "site").exists()


def test_staging_folders_are_deleted_only_by_their_owner_or_when_it_is_dead(tmp_path: Path) -> None:
    work = tmp_path / ".etalase"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    dead_pid = int(dead.stdout)
    live_pid = os.getppid()  # the process that started the tests: alive while they run
    mine = staging_dir(work)
    for name in (f"site-new-{dead_pid}-a", f"site-new-{live_pid}-b", "site-new-old-format"):
        (work / name).mkdir(parents=True)
    assert mine.name.startswith(f"site-new-{os.getpid()}-")
    removed = discard_stale(work)
    assert sorted(removed) == sorted([mine.name, f"site-new-{dead_pid}-a", "site-new-old-format"])
    assert [path.name for path in work.iterdir()] == [f"site-new-{live_pid}-b"]


def test_a_swap_killed_between_its_renames_is_recovered(mini: Path) -> None:
    """The state after ``site -> .etalase/site-old`` and before ``site-new -> site``."""
    work = mini / ".etalase"
    (work / "site-old").mkdir(parents=True)
    (work / "site-old" / "index.html").write_text("previous", encoding="utf-8")
    (work / "site-new-999999-x").mkdir()
    assert recover(mini / "site", work)
    assert (mini / "site" / "index.html").read_text(encoding="utf-8") == "previous"
    assert not recover(mini / "site", work)  # nothing to do a second time


def test_a_failed_build_after_a_killed_swap_still_puts_the_site_back(mini: Path) -> None:
    work = mini / ".etalase"
    (work / "site-old").mkdir(parents=True)
    (work / "site-old" / "index.html").write_text("previous", encoding="utf-8")
    (mini / "content" / "dip.csv").unlink()  # the next commit is broken
    outcome = pipeline.build(Settings(root=mini))
    assert outcome.failed and not outcome.built
    assert (mini / "site" / "index.html").read_text(encoding="utf-8") == "previous"
    assert not (work / "site-old").exists()


def test_a_build_after_a_killed_swap_replaces_the_recovered_site(mini: Path) -> None:
    work = mini / ".etalase"
    (work / "site-old").mkdir(parents=True)
    (work / "site-old" / "index.html").write_text("previous", encoding="utf-8")
    outcome = pipeline.build(Settings(root=mini))
    assert outcome.built, outcome.problems
    assert "previous" not in (mini / "site" / "index.html").read_text(encoding="utf-8")
    assert not (work / "site-old").exists()
    assert not list(work.glob("site-new-*"))
    assert (work / "lock").read_text(encoding="utf-8") == ""  # released: the next build may run
    assert pipeline.build(Settings(root=mini)).built


def test_gitignore_covers_a_file_or_link_named_etalase(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copyfile(ROOT / ".gitignore", repo / ".gitignore")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / ".etalase").write_text("x", encoding="utf-8")
    (repo / "sub").mkdir()
    os.symlink("/tmp", repo / "sub" / ".etalase")
    ignored = subprocess.run(["git", "-C", str(repo), "check-ignore", ".etalase", "sub/.etalase"],
                             capture_output=True, text=True, check=False)
    assert ignored.stdout.split() == [".etalase", "sub/.etalase"]


@pytest.mark.parametrize("name", [".etalase", "site"])
def test_a_committed_file_where_a_work_folder_goes_is_a_located_error(mini: Path, name: str) -> None:
    (mini / name).write_text("not a folder\n", encoding="utf-8")
    for command in ("validate", "build"):
        result = run_cli(mini, command)
        assert result.returncode == 1, result.stdout + result.stderr
        assert "work-not-folder" in result.stdout and name in result.stdout
    assert (mini / name).read_text(encoding="utf-8") == "not a folder\n"  # nothing written or deleted
