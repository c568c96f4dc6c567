"""What a web server must send with each file of the site: security headers, MIME types, cache
lifetimes, downloads. Pure data and functions; ``nginx`` and ``apache`` write them as configuration.

Every page carries its own Content-Security-Policy ``<meta>`` tag (``harden.py``), exact to its
inline scripts and map tiles. The header policy of HTML is the union of the pages' policies, with
inline script hashes collapsed to ``'unsafe-inline'``, plus ``frame-ancestors 'none'``: a browser
enforces both policies, so each page stays held to its own meta policy, while the header adds what
a meta tag cannot carry and the server configuration need not change with every release. Other
files get the same union without any inline script.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

META_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', re.IGNORECASE)
FRAME_ANCESTORS = "frame-ancestors 'none'"

SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
)

# Every kind of file the generator, the site engine and Pagefind write, by extension.
MIME_TYPES: dict[str, str] = {
    "html": "text/html", "css": "text/css", "js": "text/javascript", "mjs": "text/javascript",
    "json": "application/json", "map": "application/json", "jsonld": "application/ld+json",
    "webmanifest": "application/manifest+json", "geojson": "application/geo+json",
    "xml": "application/xml", "ttl": "text/turtle", "txt": "text/plain", "md": "text/markdown",
    "csv": "text/csv", "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
    "gif": "image/gif", "webp": "image/webp", "ico": "image/x-icon", "woff": "font/woff", "woff2": "font/woff2",
    "ttf": "font/ttf", "pdf": "application/pdf", "zip": "application/zip", "gz": "application/gzip",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "wasm": "application/wasm",
    # DIP documents (content/dokumen/): the office formats the document checks accept
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text", "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    # Pagefind's index: compressed binary chunks it fetches and decodes itself
    "pagefind": "application/octet-stream", "pf_meta": "application/octet-stream",
    "pf_index": "application/octet-stream", "pf_fragment": "application/octet-stream",
    "pf_filter": "application/octet-stream",
}
TEXT_TYPES = tuple(sorted({kind for kind in MIME_TYPES.values() if kind.startswith("text/")} |
                          {"application/json", "application/ld+json", "application/manifest+json",
                           "application/geo+json", "application/xml", "image/svg+xml"}))
TEXT_EXTENSIONS = tuple(sorted(ext for ext, kind in MIME_TYPES.items() if kind in TEXT_TYPES))
DEFAULT_TYPE = "application/octet-stream"  # files without an extension, such as a vendored LICENSE

# Cache lifetimes: names that carry a content hash never change; pages must be revalidated.
# (A large site's search index has parts in pagefind/part-<n>/: build/searchindex.py.)
IMMUTABLE = r"^/(assets/(javascripts|stylesheets)/.+\.[0-9a-f]{8}\.min\.(js|css)(\.map)?" \
            r"|pagefind/(part-[0-9]+/)?(fragment|index|filter)/.+" \
            r"|pagefind/(part-[0-9]+/)?pagefind\.[a-z_-]+_[0-9a-f]{10}\.pf_meta)$"
CACHE_IMMUTABLE = "public, max-age=31536000, immutable"
CACHE_PAGE = "no-cache"
CACHE_OTHER = "public, max-age=3600"
# Downloads a browser must save rather than show: data files and everything under unduh/.
ATTACHMENT = r"(\.(csv|xlsx|zip|docx|pptx|odt|ods|odp)|^/dataset/[^/]+/unduh/.+)$"
WORKER = r"^/pagefind/pagefind-worker\.js$"
WASM = "'wasm-unsafe-eval'"


@dataclass(frozen=True)
class Policies:
    """The header Content-Security-Policy of pages and of every other file."""

    page: str
    other: str
    worker: str  # Pagefind's web worker: ``other`` plus WebAssembly


def page_policies(site: Path) -> dict[str, str]:
    """Each HTML file's meta policy by its path in the site (pages without one are left out)."""
    found: dict[str, str] = {}
    for page in sorted(site.rglob("*.html")):
        match = META_CSP.search(page.read_text(encoding="utf-8", errors="replace"))
        if match:
            found[page.relative_to(site).as_posix()] = match.group(1)
    return found


def parse(policy: str) -> list[tuple[str, list[str]]]:
    directives = []
    for part in policy.split(";"):
        words = part.split()
        if words:
            directives.append((words[0].lower(), words[1:]))
    return directives


def union(policies: Iterable[str], *, inline_scripts: bool) -> str:
    """One policy allowing what any of ``policies`` allows; script hashes become ``'unsafe-inline'``."""
    merged: dict[str, list[str]] = {}
    for policy in policies:
        for name, sources in parse(policy):
            known = merged.setdefault(name, [])
            for source in sources:
                if source.startswith("'sha256-"):
                    source = "'unsafe-inline'" if inline_scripts else ""
                if source and source not in known:
                    known.append(source)
    merged.pop("frame-ancestors", None)
    directives = [" ".join([name, *sources]) for name, sources in merged.items()]
    return "; ".join([*directives, FRAME_ANCESTORS])


def policies(site: Path) -> Policies:
    found = sorted(set(page_policies(site).values()))
    other = union(found, inline_scripts=False)
    worker = "; ".join(f"{part.strip()} {WASM}" if part.strip().startswith("script-src ") else part.strip()
                       for part in other.split(";"))
    return Policies(page=union(found, inline_scripts=True), other=other, worker=worker)


def unknown_extensions(site: Path) -> list[str]:
    """Extensions of files in the site that ``MIME_TYPES`` does not know (served as binary)."""
    seen = {path.suffix[1:].lower() for path in site.rglob("*") if path.is_file() and path.suffix}
    return sorted(seen - set(MIME_TYPES) - {"br"})


def html_without_policy(site: Path) -> list[str]:
    with_policy = page_policies(site)
    return [page.relative_to(site).as_posix() for page in sorted(site.rglob("*.html"))
            if page.relative_to(site).as_posix() not in with_policy]
