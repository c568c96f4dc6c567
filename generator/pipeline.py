"""The pipeline, top to bottom: load -> validate -> render -> write -> build site -> publish."""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from generator.build.engine import (
    CONTENT_REGION,
    EngineResult,
    build_site,
    built_page,
    engine_inline_scripts,
    engine_inputs,
)
from generator.build.harden import harden_site
from generator.build.renderstamp import (
    RenderStamp,
    forget_render_stamp,
    read_render_stamp,
    record,
    render_environment,
    render_inputs,
    unchanged,
    write_render_stamp,
)
from generator.build.searchindex import Indexed, build_search_index, index_inputs
from generator.build.stamp import (
    Listing,
    Stamp,
    forget_stamp,
    inputs_digest,
    listing,
    listing_digest,
    read_stamp,
    site_intact,
    write_stamp,
)
from generator.build.swap import discard, discard_stale, recover, staging_dir, swap_in
from generator.build.worklock import build_lock, work_folder_problems
from generator.cache import DOWNLOADS, HISTORY, BlobStore, JsonStore, generator_version, prune
from generator.compliance.context import gather
from generator.i18n.languages import Language
from generator.load.history import load_history, source_date_epoch
from generator.load.project import load_project
from generator.model import DocsTree, Problem, Project, RenderUnit
from generator.render.project import dataset_outputs, render_project
from generator.render.reuse import Reuse
from generator.settings import Settings
from generator.timing import StageTime, stage
from generator.validate.checks.published import check_tree
from generator.validate.run import ValidationStats, has_errors, sort_problems, validate_with_stats
from generator.validate.units import dataset_of, in_shard

__all__ = ["Outcome", "build", "check", "has_errors"]
from generator.build.write import KeptFileGone, write_tree


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
    return _refused(settings, problems)


def _refused(settings: Settings, problems: list[Problem]) -> Outcome:
    """The outcome of a run stopped before loading anything (the work folder is unsafe or busy)."""
    empty = Project(root=str(settings.root), profile=None, pages=(), dip=(), dip_source="", datasets=())
    return Outcome(problems=sort_problems(problems), project=empty)


def build(settings: Settings) -> Outcome:
    """Validate, render and build under the build lock; ``site/`` is replaced only by a complete build."""
    unsafe = _unsafe_work_folder(settings)
    if unsafe is not None:
        return unsafe  # nothing is written or deleted through a link
    with build_lock(settings.work_dir, settings.root) as busy:
        if busy is not None:
            return _refused(settings, [busy])
        recover(settings.site_dir, settings.work_dir)  # a swap killed between its renames
        return _build(settings)


def _build(settings: Settings) -> Outcome:
    timings: list[StageTime] = []
    outcome = check(settings, timings=timings)
    if has_errors(outcome.problems, strict=settings.strict):
        return outcome
    discard_stale(settings.work_dir, settings.site_dir)
    folders = {language.code: language_folder(settings, language) for language in settings.languages}
    with stage(timings, "render"):
        rendered = read_render_stamp(settings.work_dir, settings.languages) if settings.cache else None
        render_key = render_inputs(outcome.project, settings)
        skip = unchanged(rendered, render_key, folders, settings.languages)
        trees = list(rendered.trees) if skip and rendered else render_trees(outcome.project, settings, folders,
                                                                            rendered)[0]
    if not skip:  # else: rendered and written from exactly these inputs, as the docs folders show
        collisions = list(check_tree(trees[0], settings.root))
        if collisions:  # two files at one published path: never let one of them win
            return replace(outcome, problems=sort_problems([*outcome.problems, *collisions]),
                           timings=tuple(timings))
        with stage(timings, "write"):
            rendered = _write(outcome.project, settings, folders, trees, render_key)
    assert rendered is not None
    with stage(timings, "stamp"):
        inputs = inputs_digest(_site_inputs(outcome.project, trees, settings), settings.root)
        docs = rendered.docs  # each docs folder's listing, as written
        stamp = read_stamp(settings.work_dir)
        intact = site_intact(stamp, settings.site_dir)  # the published site as its build left it
    if intact and stamp is not None and stamp.inputs == inputs and stamp.docs == docs:
        # built from exactly this: engine, hardening and search index would give the same
        # bytes, so site/ stays as it is
        return replace(outcome, built=True, timings=tuple(timings))
    previous = settings.site_dir if intact else None  # what the search index may reuse
    reuse = _reusable(outcome.project, trees, docs, stamp) if intact and stamp and stamp.inputs == inputs else None
    new_site = staging_dir(settings.work_dir)
    try:
        known = stamp.pages if previous is not None and stamp is not None else None
        result, indexed = _build_and_harden(outcome.project, trees, settings, new_site, timings, previous, reuse,
                                            known)
        if not result.ok:
            discard(new_site)
            return replace(outcome, built=False, engine_output=result.output, timings=tuple(timings))
        built = listing(new_site)  # every file's size, once: for the host's size limit and the stamp
        too_large = site_size_problem(built, settings)
        if too_large is not None:  # the host would refuse it: keep the live site as it is
            discard(new_site)
            return replace(outcome, problems=[*outcome.problems, too_large], built=False, timings=tuple(timings))
        with stage(timings, "swap"):
            forget_stamp(settings.work_dir)
            swap_in(new_site, settings.site_dir, settings.work_dir)
            # the swap renames the folder: paths below it, sizes and modification times stay
            write_stamp(settings.work_dir, Stamp(inputs=inputs, docs=docs, site=listing_digest(built), pages=indexed))
    except BaseException:  # any failure, even Ctrl+C: the previous site/ stays, no half state
        discard(new_site)
        raise
    return replace(outcome, built=True, engine_output=result.output, timings=tuple(timings))


def render_trees(project: Project, settings: Settings, folders: dict[str, Path],
                 rendered: RenderStamp | None, *, reuse: bool = True) -> tuple[list[DocsTree], list[Reuse]]:
    """Every language's docs tree (and what each kept and rendered); the pages whose inputs and
    files are as the last render left them (``rendered``) are kept, not rendered again."""
    sources = [resource.source for dataset in project.datasets for resource in dataset.resources
               if "://" not in resource.source]
    store = BlobStore(settings.cache_dir, DOWNLOADS) if settings.cache else None
    versions = JsonStore(settings.cache_dir, HISTORY) if settings.cache else None
    history = load_history(settings.root, sources, store=versions)
    outputs = dataset_outputs(project, settings, store=store)
    state = gather(project, settings)  # compliance figures, computed once for every language
    previous = rendered.units if rendered and reuse else {}
    environment = render_environment(settings)
    reuses = [Reuse(language.code, environment, folders[language.code], previous.get(language.code, {}))
              for language in settings.languages]

    def one(index: int) -> DocsTree:
        return render_project(project, settings, history=history, store=store, language=settings.languages[index],
                              outputs=outputs, state=state, reuse=reuses[index])
    trees = _render_languages(one, reuses, settings.workers)
    if store:
        prune(store.folder, store.used)  # downloads of files that changed since
    if versions:
        prune(versions.folder, versions.used)  # histories of an earlier commit
    return trees, reuses


# What a forked render process runs: set just before the fork, read by the child (nothing is pickled
# to it; only its tree and what its Reuse recorded come back).
_FORKED: tuple[Callable[[int], DocsTree], list[Reuse]] | None = None


def _render_languages(one: Callable[[int], DocsTree], reuses: list[Reuse], workers: int) -> list[DocsTree]:
    """Every language's tree (``one(index)``): the other languages' in forked processes while this
    one renders the default's (which holds every download and catalogue), on Linux (where a fork
    is safe) with two usable cores; else one after the other. Each render reads the same records
    and writes nothing, so the trees are the same either way."""
    global _FORKED
    others = range(1, len(reuses))
    if not others or workers < 2 or not sys.platform.startswith("linux"):  # macOS forks unsafely
        return [one(index) for index in range(len(reuses))]
    _FORKED = (one, reuses)
    try:
        with ProcessPoolExecutor(max_workers=min(len(others), workers - 1),
                                 mp_context=multiprocessing.get_context("fork")) as pool:
            futures = [pool.submit(_render_forked, index) for index in others]
            first = one(0)
            results = [future.result() for future in futures]
    finally:
        _FORKED = None
    for reuse, (_tree, made, rendered) in zip(reuses[1:], results, strict=True):
        reuse.made[:], reuse.rendered[:] = made, rendered
    return [first, *(tree for tree, _made, _rendered in results)]


def _render_forked(index: int) -> tuple[DocsTree, list[RenderUnit], list[str]]:
    assert _FORKED is not None, "set by _render_languages before the fork"
    one, reuses = _FORKED
    tree = one(index)
    return tree, reuses[index].made, reuses[index].rendered


def _write(project: Project, settings: Settings, folders: dict[str, Path], trees: list[DocsTree],
           render_key: str) -> RenderStamp:
    """Write every tree to its folder and record the render stamp; should a kept page have gone
    meanwhile, render everything again."""
    forget_render_stamp(settings.work_dir)  # a write cut short never leaves a stale stamp
    try:
        for tree in trees:
            write_tree(tree, folders[tree.language.code])
    except KeptFileGone:
        trees[:] = render_trees(project, settings, folders, None, reuse=False)[0]
        for tree in trees:
            write_tree(tree, folders[tree.language.code])
    stamp = record(render_key, [(tree, folders[tree.language.code]) for tree in trees])
    if settings.cache:
        write_render_stamp(settings.work_dir, stamp)
    return stamp


def site_size_problem(built: Listing, settings: Settings) -> Problem | None:
    """``site-too-large`` when the built site (its files' listing) is over ``--max-site-mb``
    (GitHub Pages: 1 GB)."""
    size = sum(entry[0] for entry in built.values())
    if size <= settings.max_site_mb * 1_000_000:
        return None
    return Problem("site-too-large", "site", params=(("size_mb", f"{size / 1_000_000:.1f}"),
                                                      ("limit_mb", f"{settings.max_site_mb:g}")))


def docs_folder(settings: Settings, tree: DocsTree) -> Path:
    """Where a language's docs tree is written: ``.etalase/docs`` for the default, ``docs-<code>``."""
    return language_folder(settings, tree.language)


def language_folder(settings: Settings, language: Language) -> Path:
    return settings.work_dir / f"docs-{language.code}" if language.folder else settings.docs_dir


def _engine_arguments(project: Project, trees: list[DocsTree], settings: Settings) -> dict[str, Any]:
    """What ``build_site`` is given besides the trees and the output folder."""
    return {"base_config": settings.engine_config, "sample": bool(project.profile and project.profile.sample),
            "engine": settings.engine, "locale_dir": settings.locale_dir}


def _harden_arguments(project: Project, trees: list[DocsTree]) -> tuple[list[str], list[str]]:
    """The staff pages (built paths) whose content region is sanitised, and the site's own hosts."""
    site_url = project.profile.site_url if project.profile else None
    own_hosts = [urlsplit(site_url).hostname or ""] if site_url else []
    prefixes = [f"{tree.language.folder}/" if tree.language.folder else "" for tree in trees]
    staff = [built_page(f"{prefix}{page.slug}/index.md") for page in project.pages for prefix in prefixes]
    return staff, own_hosts


def _reusable(project: Project, trees: list[DocsTree], docs: dict[str, Listing],
              stamp: Stamp) -> dict[str, set[str]]:
    """Per language, the docs files unchanged since the published site was built (same size and
    modification time: write.py rewrites only changed files), staff pages excepted (MkDocs checks
    their links every build). Only asked when the engine's inputs are the same as then."""
    staff = {f"{page.slug}/index.md" for page in project.pages}
    return {tree.language.code: {path for path, entry in docs[tree.language.code].items()
                                 if path not in staff and stamp.docs.get(tree.language.code, {}).get(path) == entry}
            for tree in trees}


def _site_inputs(project: Project, trees: list[DocsTree], settings: Settings) -> dict[str, Any]:
    """Everything the engine, hardening and search index read besides the docs trees' files."""
    folders = [(tree, docs_folder(settings, tree)) for tree in trees]
    staff, own_hosts = _harden_arguments(project, trees)
    return {"generator": generator_version(), "max_site_mb": settings.max_site_mb,
            "engine": engine_inputs(folders, **_engine_arguments(project, trees, settings)),
            "staff": staff, "own_hosts": own_hosts, "index": index_inputs()}


def _build_and_harden(project: Project, trees: list[DocsTree], settings: Settings,
                      new_site: Path, timings: list[StageTime], previous: Path | None = None,
                      reuse: dict[str, set[str]] | None = None,
                      known: dict[str, tuple[str, str]] | None = None) -> tuple[EngineResult, Indexed]:
    """Run the site engine into ``new_site`` (the default language, then each other language in
    its folder), sanitise and lock down its HTML (harden.py), then index the hardened pages for
    search (Pagefind), reusing the parts of the index of ``previous`` (the published site, when
    intact) whose pages did not change; ``known`` is what the search index of ``previous`` held
    (its stamp's), so the pages linked from it are not read again. Gives the engine's result and
    the pages now indexed."""
    with stage(timings, "site engine"):
        result = build_site([(tree, docs_folder(settings, tree)) for tree in trees], site_dir=new_site,
                            previous=previous if reuse else None, reuse=reuse,
                            source_date=source_date_epoch(settings.root),
                            **_engine_arguments(project, trees, settings))
    if not result.ok:
        return result, {}
    staff, own_hosts = _harden_arguments(project, trees)
    with stage(timings, "harden"):
        harden_site(new_site, staff_pages=staff, region=CONTENT_REGION,
                    scripts=engine_inline_scripts(settings.engine), own_hosts=own_hosts, hardened=result.reused)
    with stage(timings, "search index"):
        index = build_search_index(new_site, previous=previous,
                                   languages=tuple(tree.language.folder for tree in trees if tree.language.folder),
                                   reused=result.reused, known=known)
    output = "\n".join(part for part in (result.output, index.output) if part)
    return EngineResult(ok=index.ok, output=output), index.pages
