"""What the docs trees were rendered from, so an unchanged render is not run again.

After the docs trees are written the pipeline records, in ``.etalase/render-stamp.json``
(never published):

- ``inputs``: a digest of everything the render stage reads (``render_inputs``): the loaded
  records with the SHA-256 of every data file and document, every other file under
  ``content/`` and ``datasets/`` by its bytes, the settings, the git commit (the files'
  history and the reference date come from it), the environment variables render reads and
  the generator version (its code, templates, static files and catalogues);
- ``trees``: each tree without its files (language, navigation, site name...), which the
  site engine's configuration needs;
- ``units``: per language, each unit of pages (render/reuse.py) with its key and every file
  it wrote, with size and modification time;
- ``docs``: the listing (size, modification time) of each docs folder after writing.

A build whose inputs equal the stamp, with every docs folder exactly as listed, renders and
writes nothing. Otherwise the units whose keys and files are unchanged are kept. A missing,
damaged or other-format stamp means a full render. The stamp is removed before the trees are
written and written again after, so a write cut short never leaves a stale one.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from generator.build.stamp import Listing, listing
from generator.cache import PACKAGE_DIR, file_digest, generator_version, package_digest
from generator.i18n.languages import Language
from generator.load.io.git import head_commit, is_shallow
from generator.model import DocsTree, NavItem, Project
from generator.render.reuse import Written, canonical, digest
from generator.settings import Settings

NAME = "render-stamp.json"
FORMAT = 1
# Options of a run that change how it runs, never what it renders (the catalogues count by
# their bytes, the root not at all: pages hold no absolute path).
NOT_RENDERED = ("root", "locale_dir", "jobs", "shard", "cache_root", "strict")
ENVIRONMENT = ("SOURCE_DATE_EPOCH", "GITHUB_SHA")  # read by the reference date and the commit


@dataclass(frozen=True)
class RenderStamp:
    inputs: str
    trees: tuple[DocsTree, ...]  # without their files
    units: dict[str, dict[str, tuple[str, Written]]]  # language -> unit -> (key, files)
    docs: dict[str, Listing]  # language -> listing of its docs folder


def render_inputs(project: Project, settings: Settings) -> str:
    """The digest of everything the render stage reads (see the module's description)."""
    root = Path(project.root)
    known = {resource.source: resource.sha256 for dataset in project.datasets for resource in dataset.resources}
    known |= {document.source: document.sha256 for document in project.documents if not document.remote}
    files = {}
    for top in (settings.content_dir, settings.datasets_dir):
        for directory, folders, names in os.walk(top):
            folders.sort()
            for name in sorted(names):
                path = Path(directory) / name
                rel = path.relative_to(root).as_posix()
                files[rel] = known.get(rel) or file_digest(path)
    material = {
        "generator": render_environment(settings), "files": files,
        "environment": {name: os.environ.get(name, "") for name in ENVIRONMENT},
        "git": [head_commit(settings.root), is_shallow(settings.root)],
        "project": repr(replace(project, root="")),
        "descriptors": [canonical([dataset.descriptor, [resource.descriptor for resource in dataset.resources]])
                        for dataset in project.datasets],
    }
    return digest(material)


def render_environment(settings: Settings) -> str:
    """What every page depends on besides the records: the generator version (its code, templates,
    static files and catalogues), catalogues kept outside it, and the settings."""
    locale = settings.locale_dir
    return digest({"generator": generator_version(),
                   "locale": "" if locale.resolve().is_relative_to(PACKAGE_DIR.resolve()) else package_digest(locale),
                   "settings": {item.name: str(getattr(settings, item.name)) for item in fields(settings)
                                if item.name not in NOT_RENDERED}})


def record(inputs: str, trees: list[tuple[DocsTree, Path]]) -> RenderStamp:
    """The stamp of trees just written to their folders."""
    units: dict[str, dict[str, tuple[str, Written]]] = {}
    for tree, folder in trees:
        found = units.setdefault(tree.language.code, {})
        root = str(folder)
        for unit in tree.units:
            written: Written = {}
            for path in unit.paths:
                info = os.lstat(os.path.join(root, path))
                written[path] = (info.st_size, info.st_mtime_ns)
            found[unit.name] = (unit.key, written)
    return RenderStamp(inputs=inputs, trees=tuple(_shell(tree) for tree, _ in trees), units=units,
                       docs={tree.language.code: listing(folder) for tree, folder in trees})


def _shell(tree: DocsTree) -> DocsTree:
    return DocsTree(files=(), nav=tree.nav, site_name=tree.site_name, site_description=tree.site_description,
                    site_url=tree.site_url, repo_url=tree.repo_url, language=tree.language)


def read_render_stamp(work_dir: Path, languages: tuple[Language, ...]) -> RenderStamp | None:
    """The stamp of the last render of ``languages``' trees, or None when absent, damaged, of
    another format or of other languages."""
    try:
        data = json.loads((work_dir / NAME).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return None
        units = {str(language): {str(name): (str(entry[0]), {str(path): (int(stat[0]), int(stat[1]))
                                                             for path, stat in entry[1].items()})
                                 for name, entry in found.items()}
                 for language, found in data["units"].items()}
        docs = {str(language): {str(path): (int(stat[0]), int(stat[1])) for path, stat in found.items()}
                for language, found in data["docs"].items()}
        return RenderStamp(inputs=str(data["inputs"]), trees=tuple(_tree_of(item, languages) for item in data["trees"]),
                           units=units, docs=docs)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError, StopIteration):
        return None


def write_render_stamp(work_dir: Path, stamp: RenderStamp) -> None:
    document = {"format": FORMAT, "inputs": stamp.inputs, "trees": [_tree_json(tree) for tree in stamp.trees],
                "units": {language: {name: [key, {path: list(stat) for path, stat in written.items()}]
                                     for name, (key, written) in found.items()}
                          for language, found in stamp.units.items()},
                "docs": {language: {path: list(stat) for path, stat in found.items()}
                         for language, found in stamp.docs.items()}}
    target = work_dir / NAME
    scratch = target.with_name(f"{NAME}.{os.getpid()}.tmp")
    try:
        work_dir.mkdir(parents=True, exist_ok=True)
        scratch.write_text(json.dumps(document, sort_keys=True, ensure_ascii=False), encoding="utf-8")
        os.replace(scratch, target)
    except OSError:
        scratch.unlink(missing_ok=True)  # the next build then renders everything: harmless


def forget_render_stamp(work_dir: Path) -> None:
    (work_dir / NAME).unlink(missing_ok=True)


def unchanged(stamp: RenderStamp | None, inputs: str, folders: dict[str, Path],
              languages: tuple[Language, ...]) -> bool:
    """Whether the trees of ``stamp`` are those of ``inputs`` and every docs folder is as listed."""
    return (stamp is not None and stamp.inputs == inputs
            and [tree.language for tree in stamp.trees] == list(languages)
            and all(listing(folders[code]) == stamp.docs.get(code) for code in folders))


def _nav_json(item: NavItem) -> dict[str, Any]:
    return {"title": item.title, "path": item.path, "children": [_nav_json(child) for child in item.children]}


def _nav_of(data: dict[str, Any]) -> NavItem:
    path = data["path"]
    return NavItem(str(data["title"]), None if path is None else str(path),
                   tuple(_nav_of(child) for child in data["children"]))


def _tree_json(tree: DocsTree) -> dict[str, Any]:
    return {"language": tree.language.code, "nav": [_nav_json(item) for item in tree.nav],
            "site_name": tree.site_name, "site_description": tree.site_description,
            "site_url": tree.site_url, "repo_url": tree.repo_url}


def _tree_of(data: dict[str, Any], languages: tuple[Language, ...]) -> DocsTree:
    language = next(item for item in languages if item.code == data["language"])
    site_url, repo_url = (None if data[name] is None else str(data[name]) for name in ("site_url", "repo_url"))
    return DocsTree(files=(), nav=tuple(_nav_of(item) for item in data["nav"]), site_name=str(data["site_name"]),
                    site_description=str(data["site_description"]), site_url=site_url, repo_url=repo_url,
                    language=language)
