"""Read each datasets/<name>/datapackage.yaml and the facts of its data files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import suppress
from functools import partial
from pathlib import Path, PurePosixPath
from typing import Any

from generator.i18n import N_
from generator.load.facts import NotCached, descriptor_data, file_facts
from generator.load.io.git import last_change_dates
from generator.load.io.limits import too_complex
from generator.load.remote import is_url, remote_resource
from generator.model import Contact, Dataset, Problem, Resource, SchemaField
from generator.settings import Settings

DESCRIPTOR = "datapackage.yaml"
PARALLEL_FROM = 8  # datasets; fewer are loaded in this process (starting workers costs more)


def load_datasets(settings: Settings) -> tuple[tuple[Dataset, ...], list[Problem]]:
    """Every dataset folder, in name order; in ``settings.workers`` processes when there are many."""
    folder = settings.datasets_dir
    if not folder.is_dir():
        return (), []
    dates = last_change_dates(settings.root, ["datasets"])
    folders = sorted(path for path in folder.iterdir() if path.is_dir())
    load = partial(load_dataset, settings=settings, dates=dates)
    results: dict[Path, tuple[Dataset | None, list[Problem]]] = {}
    if settings.cache:  # what the cache answers costs less here than a worker would
        for package_dir in folders:
            with suppress(NotCached):
                results[package_dir] = load_dataset(package_dir, settings, dates, cached_only=True)
    missing = [package_dir for package_dir in folders if package_dir not in results]
    loaded: list[tuple[Dataset | None, list[Problem]]] | None = None
    if settings.workers > 1 and len(missing) >= PARALLEL_FROM:
        loaded = _in_workers(load, missing, settings.workers)
    if loaded is None:
        loaded = [load(package_dir) for package_dir in missing]
    results.update(zip(missing, loaded, strict=True))
    datasets: list[Dataset] = []
    problems: list[Problem] = []
    for dataset, found in (results[package_dir] for package_dir in folders):
        problems.extend(found)
        if dataset is not None:
            datasets.append(dataset)
    return tuple(datasets), problems


def _in_workers(load: Callable[[Path], tuple[Dataset | None, list[Problem]]], folders: list[Path],
                workers: int) -> list[tuple[Dataset | None, list[Problem]]] | None:
    """``load`` of each folder in worker processes, in order; None when the pool cannot run."""
    count = min(workers, len(folders))
    try:
        with ProcessPoolExecutor(max_workers=count) as pool:
            return list(pool.map(load, folders, chunksize=max(1, len(folders) // (count * 4))))
    except Exception:  # the pool itself failed (load_dataset catches its own errors): load here
        return None


def load_dataset(package_dir: Path, settings: Settings, dates: dict[str, dt.date], *,
                 cached_only: bool = False) -> tuple[Dataset | None, list[Problem]]:
    """One dataset folder: its descriptor and the facts of its data files, and what cannot be read.

    ``cached_only``: raise NotCached when the cache cannot answer all of it.
    """
    rel = f"datasets/{package_dir.name}"
    descriptor_path = package_dir / DESCRIPTOR
    if not descriptor_path.is_file():
        return None, [Problem("file-missing", f"{rel}/{DESCRIPTOR}", params=(
            ("hint", N_("Setiap folder dataset memerlukan datapackage.yaml.")),))]
    try:
        data, problems = descriptor_data(descriptor_path, settings, file=f"{rel}/{DESCRIPTOR}",
                                         cached_only=cached_only)
        if data is None:
            return None, problems
        dataset, found = build_dataset(data, package_dir, rel, settings, dates, cached_only=cached_only)
    except NotCached:
        raise
    except (RecursionError, MemoryError) as exc:  # named by its file, not as "datasets"
        return None, [too_complex(f"{rel}/{DESCRIPTOR}", exc)]
    except Exception as exc:  # any other failure: still named by the descriptor
        return None, [Problem("internal-error", f"{rel}/{DESCRIPTOR}",
                              params=(("detail", f"{type(exc).__name__}: {exc}"),))]
    return dataset, problems + found


def _text(data: Any, key: str) -> str:
    if not isinstance(data, dict):
        return ""
    value = data.get(key)
    return "" if value is None or isinstance(value, (dict, list)) else str(value).strip()


def build_dataset(data: dict[str, Any], package_dir: Path, rel: str, settings: Settings,
                  dates: dict[str, dt.date], *, cached_only: bool = False) -> tuple[Dataset, list[Problem]]:
    descriptor_file = f"{rel}/{DESCRIPTOR}"
    problems: list[Problem] = []
    resources: list[Resource] = []
    raw_resources = data.get("resources")
    for index, raw in enumerate(raw_resources if isinstance(raw_resources, list) else []):
        if not isinstance(raw, dict):
            continue
        resource, found = build_resource(raw, index, package_dir, rel, settings, descriptor_file,
                                         remote_allowed=data.get("remote") is True, cached_only=cached_only)
        problems.extend(found)
        if resource is not None:
            resources.append(resource)
    licenses = data.get("licenses")
    first_license = licenses[0] if isinstance(licenses, list) and licenses else {}
    temporal = data.get("temporal") if isinstance(data.get("temporal"), dict) else {}
    touched = [dates.get(descriptor_file)] + [dates.get(resource.source) for resource in resources]
    known = [date for date in touched if date is not None]
    modified = _text(data, "modified")
    updated = max(known) if known else _parse_date(modified)
    keywords = data.get("keywords")
    dataset = Dataset(
        name=package_dir.name, folder=rel, descriptor_file=descriptor_file,
        title=_text(data, "title"), description=_text(data, "description"),
        keywords=tuple(str(word) for word in keywords) if isinstance(keywords, list) else (),
        topic=_text(data, "topic"), license_id=_text(first_license, "name"),
        license_title=_text(first_license, "title"), license_url=_text(first_license, "path"),
        publisher=_text(data.get("publisher"), "name"),
        publisher_unit=_text(data.get("publisher"), "unit"),
        contact=Contact(_text(data.get("contact"), "name"), _text(data.get("contact"), "email")),
        frequency=_text(data, "frequency"), temporal_start=_text(temporal, "start"),
        temporal_end=_text(temporal, "end"), spatial=_text(data, "spatial"),
        resources=tuple(resources), updated=updated, descriptor=data,
    )
    return dataset, problems


def _mapping(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def _parse_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def resolve_inside(package_dir: Path, path_text: str, root: Path) -> tuple[Path | None, str | None]:
    """The file a resource path names, or the code of the rule it breaks."""
    if "://" in path_text:
        return None, "path-remote"
    relative = PurePosixPath(path_text)
    if relative.is_absolute() or ".." in relative.parts:
        return None, "path-outside"
    candidate = package_dir / relative
    try:
        candidate.resolve().relative_to(root.resolve())
    except ValueError:
        return None, "path-outside"
    return candidate, None


def build_resource(raw: dict[str, Any], index: int, package_dir: Path, rel: str,
                   settings: Settings, descriptor_file: str, *,
                   remote_allowed: bool = False, cached_only: bool = False) -> tuple[Resource | None, list[Problem]]:
    name = _text(raw, "name") or f"resource-{index + 1}"
    path_text = _text(raw, "path")
    if not path_text:
        return None, [Problem("metadata-missing", descriptor_file, field=name, params=(
            ("key", "path"), ("hint", N_("Tulis nama berkas CSV sumber data ini."))))]
    if remote_allowed and is_url(path_text):
        fields = tuple(_schema_field(item) for item in _mapping(raw, "schema").get("fields") or []
                       if isinstance(item, dict))
        return remote_resource(raw, name, path_text, fields=fields, descriptor_file=descriptor_file)
    file_path, rule = resolve_inside(package_dir, path_text, settings.root)
    if file_path is None:
        return None, [Problem(rule or "path-outside", descriptor_file, field=name, value=path_text)]
    source = f"{rel}/{PurePosixPath(path_text)}"
    if not file_path.is_file():
        return None, [Problem("file-missing", source, params=(
            ("hint", N_("Sumber data \"{resource}\" di {descriptor} menyebut berkas ini.")), ("resource", name),
            ("descriptor", descriptor_file)))]
    schema = _mapping(raw, "schema")
    dialect = _mapping(raw, "dialect")
    delimiter = _text(dialect, "delimiter") or ","
    facts = file_facts(file_path, settings, delimiter=delimiter[0], cached_only=cached_only)
    fields = tuple(_schema_field(item) for item in schema.get("fields") or [] if isinstance(item, dict))
    primary_key = schema.get("primaryKey") or ()
    resource = Resource(
        name=name, path=path_text, source=source, title=_text(raw, "title") or name,
        description=_text(raw, "description"), fields=fields,
        primary_key=(primary_key,) if isinstance(primary_key, str) else tuple(map(str, primary_key)),
        size=facts.size, sha256=facts.sha256, row_count=facts.row_count, preview=facts.preview,
        descriptor=raw,
    )
    return resource, []


def _schema_field(item: dict[str, Any]) -> SchemaField:
    constraints = _mapping(item, "constraints")
    return SchemaField(
        name=_text(item, "name"), type=_text(item, "type") or "string", title=_text(item, "title"),
        description=_text(item, "description"), format=_text(item, "format") or None,
        constraints=tuple(sorted((str(key), _constraint_text(value))
                                 for key, value in constraints.items())),
        unit=_text(item, "unit") or None,
    )


def _constraint_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    return str(value)
