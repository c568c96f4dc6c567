"""The publishing-safety checks of a project, registered as one list (validate.py runs them)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from generator.checks import engine_config, published, urls
from generator.load import DIP_FILE, ENGLISH_PAGES_DIR, PAGES_DIR, PROFILE_FILE
from generator.model import Problem, Project
from generator.settings import Settings
from generator.units import Check


def publishing_checks(project: Project, settings: Settings) -> Iterator[Check]:
    """site.yaml URLs and logo, DIP documents, data files, page names, mkdocs.yml keys."""
    root = settings.root
    yield PROFILE_FILE, partial(urls.check_profile_urls, root / PROFILE_FILE, file=PROFILE_FILE)
    yield PROFILE_FILE, partial(published.check_logo, project.profile, settings, file=PROFILE_FILE)
    yield DIP_FILE, partial(_documents, project, settings)
    for dataset in project.datasets:
        yield dataset.descriptor_file, partial(published.check_resources, dataset, root)
    yield PAGES_DIR, partial(published.check_page_files, root / PAGES_DIR, root)
    yield ENGLISH_PAGES_DIR, partial(published.check_page_files, root / ENGLISH_PAGES_DIR, root, english=True)
    yield engine_config.ENGINE_FILE, partial(engine_config.check_engine_config, settings.engine_config)


def _documents(project: Project, settings: Settings) -> Iterator[Problem]:
    for entry in project.dip:
        yield from published.check_document(entry, settings, file=DIP_FILE)
