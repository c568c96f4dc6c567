"""The pipeline, top to bottom: load -> validate -> render -> write -> build site -> publish."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from generator.cache import DOWNLOADS, BlobStore, prune
from generator.checks.published import check_tree
from generator.english import english_tree
from generator.gitinfo import head_commit
from generator.harden import harden_site
from generator.history import load_history, source_date_epoch
from generator.load import load_project
from generator.model import DocsTree, Problem, Project
from generator.publish import discard, discard_stale, recover, staging_dir, swap_in
from generator.render import render_project
from generator.searchindex import build_search_index
from generator.settings import Settings
from generator.site import (
    CONTENT_REGION,
    EngineResult,
    build_site,
    built_page,
    engine_inline_scripts,
)
from generator.timing import StageTime, stage
from generator.units import dataset_of, in_shard
from generator.validate import ValidationStats, has_errors, sort_problems, validate_with_stats

__all__ = ["Outcome", "build", "check", "has_errors"]
from generator.worklock import build_lock, work_folder_problems
from generator.write import write_tree


@dataclass(frozen=True)
class Outcome:
    problems: list[Problem]
    project: Project
    built: bool = False
    engine_output: str = ""
    stats: ValidationStats = field(default_factory=ValidationStats)
    timings: tuple[StageTime, ...] = ()  # how long each stage took (generator/timing.py)

    @property
    def failed(self) -> bool:
        return has_errors(self.problems)


def check(settings: Settings, *, timings: list[StageTime] | None = None) -> Outcome:
    """Load and validate; touches nothing on disk but the cache (none when the work folder is unsafe)."""
    timings = [] if timings is None else timings
    unsafe = _unsafe_work_folder(settings)
    if unsafe is not None:
        return unsafe
    with stage(timings, "load"):
        project, problems = load_project(settings)
    problems = [problem for problem in problems if in_shard(dataset_of(problem.file), settings.shard)]
    with stage(timings, "validate"):
        found, stats = validate_with_stats(project, settings)
    return Outcome(problems=sort_problems(problems + found), project=project, stats=stats,
                   timings=tuple(timings))


def _unsafe_work_folder(settings: Settings) -> Outcome | None:
    """An outcome with ``work-symlink`` problems when .etalase, its contents or site/ are links."""
    problems = work_folder_problems(settings.root, settings.work_dir, settings.site_dir)
    if not problems:
        return None
    empty = Project(root=str(settings.root), profile=None, pages=(), dip=(), dip_source="", datasets=())
    return Outcome(problems=sort_problems(problems), project=empty)


def build(settings: Settings) -> Outcome:
    """Validate, render and build under the build lock; ``site/`` is replaced only by a complete build."""
    unsafe = _unsafe_work_folder(settings)
    if unsafe is not None:
        return unsafe  # nothing is written or deleted through a link
    with build_lock(settings.work_dir, settings.root) as busy:
        if busy is not None:
            empty = Project(root=str(settings.root), profile=None, pages=(), dip=(), dip_source="", datasets=())
            return Outcome(problems=[busy], project=empty)
        recover(settings.site_dir, settings.work_dir)  # a swap killed between its renames
        return _build(settings)


def _build(settings: Settings) -> Outcome:
    timings: list[StageTime] = []
    outcome = check(settings, timings=timings)
    if has_errors(outcome.problems, strict=settings.strict):
        return outcome
    discard_stale(settings.work_dir, settings.site_dir)
    sources = [resource.source for dataset in outcome.project.datasets for resource in dataset.resources
               if "://" not in resource.source]
    store = BlobStore(settings.cache_dir, DOWNLOADS) if settings.cache else None
    with stage(timings, "render"):
        tree = render_project(outcome.project, settings, history=load_history(settings.root, sources),
                              store=store)
        if store:
            prune(store.folder, store.used)  # downloads of files that changed since
        english = english_tree(tree, outcome.project, settings)
    collisions = list(check_tree(tree, settings.root))
    if collisions:  # two files at one published path: never let one of them win
        return replace(outcome, problems=sort_problems([*outcome.problems, *collisions]), timings=tuple(timings))
    with stage(timings, "write"):
        write_tree(tree, settings.docs_dir)
        write_tree(english, settings.work_dir / "docs-en")
    new_site = staging_dir(settings.work_dir)
    try:
        result = _build_and_harden(outcome.project, (tree, english), settings, new_site, timings)
        if not result.ok:
            discard(new_site)
            return replace(outcome, built=False, engine_output=result.output, timings=tuple(timings))
        too_large = site_size_problem(new_site, settings)
        if too_large is not None:  # the host would refuse it: keep the live site as it is
            discard(new_site)
            return replace(outcome, problems=[*outcome.problems, too_large], built=False, timings=tuple(timings))
        with stage(timings, "swap"):
            swap_in(new_site, settings.site_dir, settings.work_dir)
    except BaseException:  # any failure, even Ctrl+C: the previous site/ stays, no half state
        discard(new_site)
        raise
    return replace(outcome, built=True, engine_output=result.output, timings=tuple(timings))


def site_size_problem(site: Path, settings: Settings) -> Problem | None:
    """``site-too-large`` when the built site is over ``--max-site-mb`` (GitHub Pages: 1 GB)."""
    size = sum(path.stat().st_size for path in site.rglob("*") if path.is_file() and not path.is_symlink())
    if size <= settings.max_site_mb * 1_000_000:
        return None
    return Problem("site-too-large", "site", params=(("size_mb", f"{size / 1_000_000:.1f}"),
                                                      ("limit_mb", f"{settings.max_site_mb:g}")))


def _build_and_harden(project: Project, trees: tuple[DocsTree, DocsTree], settings: Settings,
                      new_site: Path, timings: list[StageTime]) -> EngineResult:
    """Run the site engine into ``new_site`` (Indonesian, then English under en/), sanitise and
    lock down its HTML (harden.py), then index the hardened pages for search (Pagefind)."""
    tree, english = trees
    sample = bool(project.profile and project.profile.sample)
    with stage(timings, "site engine"):
        result = build_site(tree, base_config=settings.engine_config, docs_dir=settings.docs_dir,
                            site_dir=new_site, sample=sample, engine=settings.engine,
                            commit=head_commit(settings.root), source_date=source_date_epoch(settings.root),
                            english=(english, settings.work_dir / "docs-en"))
    if not result.ok:
        return result
    site_url = project.profile.site_url if project.profile else None
    own_hosts = [urlsplit(site_url).hostname or ""] if site_url else []
    staff = [built_page(f"{prefix}{page.slug}/index.md") for page in project.pages for prefix in ("", "en/")]
    with stage(timings, "harden"):
        harden_site(new_site, staff_pages=staff, region=CONTENT_REGION,
                    scripts=engine_inline_scripts(settings.engine), own_hosts=own_hosts)
    with stage(timings, "search index"):
        index = build_search_index(new_site)
    output = "\n".join(part for part in (result.output, index.output) if part)
    return EngineResult(ok=index.ok, output=output)
