"""``import-ckan SOURCE``: a dataset of a Satu Data (CKAN) portal written as datasets/<name>/.

SOURCE is a CKAN API URL or a saved response of ``package_show``, ``package_search`` or
``datastore_search``. Metadata the portal has is copied (title, notes, tags, organisation, licence
when it is one validate accepts, temporal and spatial extras); whatever it lacks is an ``ISI:``
placeholder, which ``validate`` reports until staff fill it. Data comes from the DataStore records
(field types from the DataStore field info) or from the resource file, downloaded with its SHA-256
recorded. The network is used only when SOURCE is a URL.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.importer.ckan_meta import dict_of, metadata
from generator.importer.output import csv_text
from generator.importer.run import Outcome
from generator.importer.tables import cell_text
from generator.model import Problem, Severity
from generator.scaffold import slugify
from generator.settings import Settings
from generator.validate.checks.columns import CODE_NAME
from generator.validate.frictionless import infer_schema

TIMEOUT = 20
MAX_BYTES = 200 << 20
PAGE = 1000
YEAR_NAME = re.compile(r"^(19|20)\d\d$")
TYPES = {"int": "integer", "int4": "integer", "int8": "integer", "bigint": "integer", "integer": "integer",
         "numeric": "number", "float8": "number", "float4": "number", "float": "number", "number": "number",
         "date": "date", "timestamp": "datetime", "bool": "boolean", "boolean": "boolean"}



class Refused(Exception):
    """A problem that stops the import before anything is written."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


@dataclass
class Table:
    """One resource to write: its name, its fields (name, type, description) and rows, or a file's bytes."""

    name: str
    title: str
    fields: list[dict[str, str]] = field(default_factory=list)
    rows: list[dict[str, str]] = field(default_factory=list)
    raw: bytes | None = None
    skipped: str = ""


def run_import_ckan(settings: Settings, source: str, *, name: str | None = None, force: bool = False) -> Outcome:
    online = source.startswith(("http://", "https://"))
    try:
        result = _result(_fetch_json(source) if online else _read_json(Path(source)), shown=_shown(source))
        packages = _packages(result, source=source, online=online, name=name)
    except Refused as refused:
        return Outcome((), (refused.problem,))
    existing = [f"datasets/{slug}" for slug, _, _ in packages if (settings.datasets_dir / slug).exists()]
    if existing and not force:  # checked for every package before anything is written
        return Outcome((), tuple(Problem("import-folder-exists", rel, value=rel) for rel in existing))
    problems: list[Problem] = []
    written: list[str] = []
    for slug, package, tables in packages:
        folder = settings.datasets_dir / slug
        rel = f"datasets/{slug}"
        descriptor, notes = _descriptor(slug, package, tables, rel=rel)
        problems.extend(notes)
        _write(folder, descriptor, tables)
        written.append(rel)
    rows = sum(len(table.rows) for _, _, tables in packages for table in tables)
    return Outcome(tuple(written), tuple(problems), read=rows, rows=rows)


def _shown(source: str) -> str:
    return source if "://" in source else Path(source).name


def _read_json(path: Path) -> Any:
    if not path.is_file():
        raise Refused(Problem("file-missing", path.name, params=(("hint", "Sebutkan berkas JSON yang ada."),)))
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Refused(Problem("import-unreadable", path.name, params=(("detail", str(exc)[:200]),))) from exc


def _download(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "Etalase import-ckan"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            data: bytes = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        body = exc.read()[:65536]
        if body.lstrip().startswith(b"{"):
            return body  # CKAN answers errors with a JSON body and HTTP 404/409
        raise Refused(Problem("ckan-unreachable", url, value=url, params=(("detail", f"HTTP {exc.code}"),))) from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        detail = str(getattr(exc, "reason", exc))
        raise Refused(Problem("ckan-unreachable", url, value=url, params=(("detail", detail),))) from exc
    return data


def _fetch_json(url: str) -> Any:
    data = _download(url)
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Refused(Problem("ckan-not-recognised", url)) from exc


def _result(document: Any, *, shown: str) -> dict[str, Any]:
    if not isinstance(document, dict):
        raise Refused(Problem("ckan-not-recognised", shown))
    if document.get("success") is False or ("error" in document and "result" not in document):
        error = dict_of(document.get("error"))
        detail = str(error.get("message") or error.get("__type") or "success: false")
        raise Refused(Problem("ckan-error", shown, value=detail, params=(("detail", detail[:200]),)))
    result = document.get("result")
    if not isinstance(result, dict):
        raise Refused(Problem("ckan-not-recognised", shown))
    return result


def _packages(result: dict[str, Any], *, source: str, online: bool,
              name: str | None) -> list[tuple[str, dict[str, Any], list[Table]]]:
    if isinstance(result.get("records"), list) and isinstance(result.get("fields"), list):
        resource_id = str(result.get("resource_id") or "datastore")
        slug = slugify(name or f"ckan-{resource_id[:8]}")
        return [(slug, {}, [_datastore_table(result, name=slug, title="", source=source, online=online)])]
    if isinstance(result.get("results"), list):  # package_search
        found = [item for item in result["results"] if isinstance(item, dict)]
        return [_package(item, source=source, online=online, name=None) for item in found]
    if isinstance(result.get("resources"), list):  # package_show
        return [_package(result, source=source, online=online, name=name)]
    raise Refused(Problem("ckan-not-recognised", _shown(source)))


def _package(package: dict[str, Any], *, source: str, online: bool,
             name: str | None) -> tuple[str, dict[str, Any], list[Table]]:
    slug = slugify(name or str(package.get("name") or package.get("id") or "dataset"))
    tables = []
    for resource in package.get("resources") or []:
        if not isinstance(resource, dict):
            continue
        table = _resource_table(resource, source=source, online=online)
        tables.append(table if table is not None else Table(
            slugify(str(resource.get("name") or resource.get("id") or "data")), str(resource.get("name") or ""),
            skipped=str(resource.get("format") or "?")))
    return slug, package, tables


def _api_base(source: str) -> str:
    return source.split("/action/")[0] + "/action/" if "/action/" in source else ""


def _resource_table(resource: dict[str, Any], *, source: str, online: bool) -> Table | None:
    """The DataStore records of a resource when the portal has them, else its CSV file; offline: neither."""
    title = str(resource.get("name") or "")
    name = slugify(title or str(resource.get("id") or "data"))
    if not online:
        return None
    if resource.get("datastore_active") and _api_base(source):
        query = urllib.parse.urlencode({"resource_id": resource.get("id"), "limit": PAGE})
        result = _result(_fetch_json(f"{_api_base(source)}datastore_search?{query}"), shown=source)
        return _datastore_table(result, name=name, title=title, source=source, online=online)
    url = str(resource.get("url") or "")
    if str(resource.get("format") or "").lower() == "csv" or url.lower().endswith(".csv"):
        return Table(name, title, raw=_download(url))
    return None


def _datastore_table(result: dict[str, Any], *, name: str, title: str, source: str, online: bool) -> Table:
    fields = [item for item in result["fields"] if isinstance(item, dict) and item.get("id") != "_id"]
    records = [item for item in result["records"] if isinstance(item, dict)]
    next_link = dict_of(result.get("_links")).get("next")
    total = result.get("total")
    while online and next_link and isinstance(total, int) and len(records) < total:
        page = _result(_fetch_json(urllib.parse.urljoin(source, str(next_link))), shown=source)
        more = [item for item in page.get("records") or [] if isinstance(item, dict)]
        if not more:
            break
        records.extend(more)
        next_link = dict_of(page.get("_links")).get("next")
    table = Table(name, title)
    for item in fields:
        info = dict_of(item.get("info"))
        kind = str(info.get("type_override") or item.get("type") or "text").lower()
        table.fields.append({"name": str(item["id"]), "type": TYPES.get(kind, "string"),
                             "description": str(info.get("notes") or info.get("label") or "")})
    for record in records:
        table.rows.append({column["name"]: cell_text(record.get(column["name"]), squeeze=False)
                           for column in table.fields})
    return table


def _descriptor(slug: str, package: dict[str, Any], tables: list[Table], *,
                rel: str) -> tuple[dict[str, Any], list[Problem]]:
    descriptor, problems = metadata(slug, package, file=f"{rel}/datapackage.yaml")
    resources = []
    for table in tables:
        if table.skipped:
            problems.append(Problem("ckan-resource-skipped", f"{rel}/datapackage.yaml", Severity.WARNING,
                                    value=table.title or table.name, params=(("format", table.skipped),)))
            continue
        resource: dict[str, Any] = {"name": table.name, "path": f"{table.name}.csv",
                                    "title": table.title or "ISI: judul tabel"}
        if table.raw is not None:
            resource["bytes"] = len(table.raw)
            resource["hash"] = "sha256:" + hashlib.sha256(table.raw).hexdigest()
            resource["schema"] = {"fields": _inferred(table.raw), "missingValues": [""]}
        else:
            resource["schema"] = {"fields": [
                {"name": item["name"], "type": item["type"], "title": item["name"],
                 "description": item["description"] or f"ISI: arti kolom {item['name']}"} for item in table.fields],
                "missingValues": [""]}
        years = [item["name"] for item in table.fields if YEAR_NAME.match(item["name"])]
        if len(years) >= 2:
            problems.append(Problem("import-years-as-columns", f"{rel}/{table.name}.csv", Severity.WARNING,
                                    value=", ".join(years)))
        resources.append(resource)
    descriptor["resources"] = resources
    return descriptor, problems


def _inferred(raw: bytes) -> list[dict[str, str]]:
    """The schema Frictionless infers for a downloaded CSV, code-like columns kept as text (as new-dataset)."""
    with tempfile.TemporaryDirectory() as temporary:
        path = Path(temporary) / "data.csv"
        path.write_bytes(raw)
        inferred = infer_schema(path)
    fields = []
    for item in inferred:
        kind = "string" if CODE_NAME.search(item["name"]) and item["type"] in ("integer", "number") else item["type"]
        fields.append({"name": item["name"], "type": kind, "title": item["name"],
                       "description": f"ISI: arti kolom {item['name']}"})
    return fields


def _write(folder: Path, descriptor: dict[str, Any], tables: list[Table]) -> None:
    staging = folder.with_name(f".{folder.name}.importing")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    (staging / "datapackage.yaml").write_text(
        yaml.safe_dump(descriptor, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")
    for table in tables:
        if table.skipped:
            continue
        target = staging / f"{table.name}.csv"
        if table.raw is not None:
            target.write_bytes(table.raw)
        elif table.fields:
            columns = tuple(item["name"] for item in table.fields)
            target.write_text(csv_text(columns, tuple(table.rows)), encoding="utf-8")
    if folder.exists():
        shutil.rmtree(folder)
    staging.replace(folder)

