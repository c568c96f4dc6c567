"""Each check declares what it reads: a check that opens a file it does not declare would get
stale results from the cache, so every file a check opens is watched here."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.load.project import DIP_FILE
from generator.model import Project
from generator.settings import Settings
from generator.validate.checks.privacy import public_contacts
from generator.validate.registry import REGISTRY, SCOPES, CheckSpec, Context, checks_of
from tests.conftest import ROOT

OPENED: list[str] = []
WATCHING: list[bool] = [False]


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if WATCHING[0] and event == "open" and args and isinstance(args[0], str | Path):
        OPENED.append(str(args[0]))


sys.addaudithook(_hook)


@contextmanager
def watching() -> Iterator[list[str]]:
    OPENED.clear()
    WATCHING[0] = True
    try:
        yield OPENED
    finally:
        WATCHING[0] = False


def repository_files(opened: list[str], root: Path) -> set[str]:
    """The content/ and datasets/ files among ``opened``, relative to ``root``."""
    found = set()
    for name in opened:
        path = Path(name).resolve()
        if path.is_relative_to(root) and path.relative_to(root).parts[0] in ("content", "datasets"):
            found.add(path.relative_to(root).as_posix())
    return found


@pytest.fixture(scope="module")
def sample() -> tuple[Project, Context]:
    settings = Settings(root=ROOT, cache=False)
    project = pipeline.check(settings).project
    return project, Context(ROOT, settings, public_contacts(project.profile, project.datasets))


def subjects(project: Project, context: Context, scope: str) -> list[tuple[Any, set[str]]]:
    """Each subject of ``scope`` in the sample with the files that are its own."""
    if scope == "dataset":
        return [(dataset, {dataset.descriptor_file, *(resource.source for resource in dataset.local_resources)})
                for dataset in project.datasets]
    if scope == "dip":
        return [(context.root / DIP_FILE, {DIP_FILE})]
    if scope == "page":
        return [((page.source, page), {page.source}) for page in project.pages]
    return []


@pytest.mark.parametrize("spec", [spec for spec in REGISTRY if spec.scope in ("dataset", "dip", "page")],
                         ids=lambda spec: f"{spec.scope}:{spec.name}")
def test_a_cached_check_opens_only_its_subject_and_what_it_declares(
        spec: CheckSpec, sample: tuple[Project, Context]) -> None:
    project, context = sample
    for subject, own in subjects(project, context, spec.scope):
        with watching() as opened:
            list(spec.run(subject, context))
        undeclared = repository_files(opened, context.root) - own - set(spec.reads)
        assert undeclared == set(), f"{spec.name} reads {sorted(undeclared)}: declare them in reads="


def test_the_watch_sees_a_file_being_read(sample: tuple[Project, Context]) -> None:
    _, context = sample
    with watching() as opened:
        (context.root / DIP_FILE).read_bytes()
    assert repository_files(opened, context.root) == {DIP_FILE}


def test_every_scope_has_checks_and_names_are_unique() -> None:
    assert all(checks_of(scope) for scope in SCOPES)
    names = [spec.name for spec in REGISTRY]
    assert len(names) == len(set(names))


def test_a_declared_file_is_part_of_the_cache_key(tmp_path: Path) -> None:
    from generator.compliance.wilayah import EXTRA_FILE
    from generator.validate.units import declared

    settings = Settings(root=tmp_path)
    before = declared("dataset", settings, frozenset())
    (tmp_path / EXTRA_FILE).parent.mkdir(parents=True)
    (tmp_path / EXTRA_FILE).write_text("kode,nama\n", encoding="utf-8")
    assert declared("dataset", settings, frozenset()) != before
