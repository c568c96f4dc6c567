"""What staff commit may be published: an allow-list by content, at paths that are theirs.

No committed file reaches the site as HTML, SVG, JavaScript, XML or another type a browser
runs: the logo is a PNG, JPEG or WebP image (by its bytes) or an SVG of drawing only, DIP documents are documents
(PDF, Office, OpenDocument, CSV, text, images, ZIP) whose bytes say so (checks/documents.py), and a data file ends
in its declared format and is not a web page. Every published path is outside the paths the
generator writes itself and belongs to one file only (``path-collision``), so no file can
silently replace another.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from generator.load.sniff import sniff
from generator.model import Dataset, DocsTree, OutputFile, Problem, Profile, Severity
from generator.settings import Settings
from generator.validate.checks.documents import svg_problem
from generator.validate.checks.preflight import HTML_START

IMAGES = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WebP"}
DATA_FORMATS = {"csv": "text", "tsv": "text", "txt": "text", "json": "text", "geojson": "text",
                "xlsx": "ZIP", "ods": "ZIP", "zip": "ZIP", "xls": "OLE", "pdf": "PDF"}
# Folders and files of the site that the generator, the theme or the search write.
RESERVED_TOP = ("assets", "dataset", "dip", "dik", "informasi", "kepatuhan", "laporan-layanan",
                "data-dukung", "dokumen", "pratinjau", "en", "pagefind", "search", "unduh", "index.md", "index.html",
                "404.html", "sitemap.xml", "sitemap.xml.gz", "robots.txt", "manifest.json", "data.json",
                "datapackage.json", "feed.xml", "catalog.jsonld", "catalog.ttl", "sw.js", "service-worker.js",
                "favicon.ico", "CNAME", ".nojekyll")
RESERVED_ASSETS = ("assets/etalase", "assets/javascripts/", "assets/stylesheets/", "assets/images/",
                   "assets/vendor/", "assets/logo-etalase")
RESERVED_IN_DATASET = ("index.md", "index.html", "datapackage.json", "unduh/")


def file_kind(path: Path) -> str:
    with path.open("rb") as handle:
        return sniff(handle.read(8192))


def content_problem(path: Path, expected: str, *, file: str, value: str, row: int | None = None,
                    field: str | None = None) -> Problem | None:
    """``active-content`` when ``path``'s bytes are not of the ``expected`` kind."""
    found = file_kind(path)
    if found == expected:
        return None
    return Problem("active-content", file, row=row, field=field, value=value,
                   params=(("found", found), ("expected", expected)))


def reserved(path: str) -> str | None:
    """The generator's path that ``path`` (relative to the site root) falls under, if any."""
    lowered = path.lower()
    top = lowered.split("/", 1)[0]
    for prefix in RESERVED_ASSETS:
        if lowered.startswith(prefix):
            return prefix
    if top in RESERVED_TOP and top != "assets":
        return top + ("/" if "/" in lowered else "")
    return None


def check_logo(profile: Profile | None, settings: Settings, *, file: str) -> Iterator[Problem]:
    if profile is None or not profile.logo or "://" in profile.logo:
        return
    line = _key_line(settings.root / file, "logo")
    source = settings.content_dir / profile.logo
    try:
        source.resolve().relative_to(settings.content_dir.resolve())
    except (ValueError, OSError):
        return  # path-outside (checks/injection.py)
    if not source.is_file():
        yield Problem("logo-missing", file, line=line, field="logo", value=profile.logo)
        return
    suffix = PurePosixPath(profile.logo).suffix.lower()
    found = file_kind(source)
    drawing = suffix == ".svg" and found == "SVG" and svg_problem(source, file=file) is None
    if not drawing and (suffix not in IMAGES or IMAGES[suffix] != found):
        yield Problem("logo-type", file, line=line, field="logo", value=profile.logo,
                      params=(("found", found if suffix in IMAGES or found != "text" else suffix or "?"),))
        return
    place = reserved(PurePosixPath(profile.logo).as_posix())
    if place:
        yield Problem("path-reserved", file, line=line, field="logo", value=profile.logo,
                      params=(("path", profile.logo), ("reserved", place)))


def check_resources(dataset: Dataset, root: Path) -> Iterator[Problem]:
    """Each local data file ends in its declared format, its bytes match, and its path is its own;
    the dataset's own folder name is not a number (``dataset/2/`` is page 2 of the catalogue)."""
    if dataset.name.isascii() and dataset.name.isdigit():
        yield Problem("path-reserved", dataset.descriptor_file, value=dataset.name,
                      params=(("path", f"dataset/{dataset.name}/"), ("reserved", "dataset/<nomor halaman>/")))
    lines = _path_lines(root / dataset.descriptor_file)
    for resource in dataset.local_resources:
        line = lines.get(resource.path)
        fmt = str(resource.descriptor.get("format") or "csv").lower().lstrip(".")
        if fmt not in DATA_FORMATS:
            yield Problem("document-type", dataset.descriptor_file, line=line, field=resource.name,
                          value=resource.path, params=(("found", fmt),))
            continue
        if not resource.path.lower().endswith(f".{fmt}"):
            yield Problem("resource-format", dataset.descriptor_file, line=line, field=resource.name,
                          value=resource.path, params=(("format", fmt),))
            continue
        relative = PurePosixPath(resource.path).as_posix().lower()
        place = next((prefix for prefix in RESERVED_IN_DATASET if relative == prefix or
                      (prefix.endswith("/") and relative.startswith(prefix))), None)
        if place:
            published = f"dataset/{dataset.name}/{resource.path}"
            yield Problem("path-reserved", dataset.descriptor_file, line=line, field=resource.name,
                          value=resource.path, params=(("path", published),
                                                       ("reserved", f"dataset/{dataset.name}/{place}")))
            continue
        source = root / resource.source
        if source.is_file() and not _preflight_reports(source, fmt):
            problem = content_problem(source, DATA_FORMATS[fmt], file=resource.source, value=resource.path)
            if problem is not None:
                yield problem


def check_tree(tree: DocsTree, root: Path) -> Iterator[Problem]:
    """Two files of the rendered tree at one path (upper and lower case equal): ``path-collision``."""
    seen: dict[str, tuple[str, OutputFile]] = {}
    for item in tree.files:
        path = item.path.as_posix()
        owner = _owner(item.copy_from, root) or path
        key = path.lower()
        if key not in seen:
            seen[key] = (owner, item)
        elif seen[key][1] != item:  # the same document linked from two DIP rows is one file
            yield Problem("path-collision", owner, params=(("path", path), ("other", seen[key][0])))


def _owner(copy_from: str | None, root: Path) -> str | None:
    if copy_from is None:
        return None
    try:
        return Path(copy_from).resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError):
        return None


def _preflight_reports(path: Path, fmt: str) -> bool:
    """A CSV that is a workbook or a web page gets file-is-excel / file-is-html from the pre-flight."""
    if fmt not in ("csv", "tsv"):
        return False
    with path.open("rb") as handle:
        head = handle.read(8192)
    return sniff(head) in ("ZIP", "OLE") or bool(HTML_START.match(head))


def _inside(folder: Path, path: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def _key_line(path: Path, key: str) -> int | None:
    """The line of a top-level ``key:`` of a YAML file (for locating; the loader parsed it)."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    return next((number for number, text in enumerate(lines, start=1) if text.startswith(f"{key}:")), None)


def _path_lines(path: Path) -> dict[str, int]:
    """Line of each ``path:`` value of a descriptor, by its text."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    found: dict[str, int] = {}
    for number, text in enumerate(lines, start=1):
        for part in text.replace("{", ",").replace("}", ",").split(","):
            key, _, value = part.strip().lstrip("- ").partition(":")
            if key.strip() == "path" and value.strip():
                found.setdefault(value.strip().strip("\"'"), number)
    return found



PAGE_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


def check_page_files(folder: Path, root: Path, *, english: bool = False) -> Iterator[Problem]:
    """Pages under ``folder`` that would be ignored (``.MD``), land on a generated path, or (in en/)
    translate no page."""
    if not folder.is_dir() or folder.is_symlink():
        return
    indonesian = {path.stem for path in folder.parent.glob("*.md")} if english else set()
    for path in sorted(folder.iterdir()):
        file = path.relative_to(root).as_posix()
        if not path.is_file() or path.is_symlink():
            continue
        if path.suffix.lower() in PAGE_SUFFIXES and path.suffix != ".md":
            yield Problem("page-extension", file, value=path.name, params=(("expected", f"{path.stem}.md"),))
            continue
        if path.suffix != ".md":
            continue
        place = reserved(path.stem) or reserved(f"{path.stem}/")
        if place and not english:
            yield Problem("path-reserved", file, value=path.name,
                          params=(("path", f"{path.stem}/"), ("reserved", place)))
        elif english and path.stem not in indonesian:
            yield Problem("page-orphan-translation", file, severity=Severity.WARNING, value=path.name,
                          params=(("slug", path.stem),))
