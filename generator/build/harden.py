"""Post-build hardening of the built HTML, before the atomic swap.

The site engine copies staff Markdown (raw HTML, ``attr_list`` attributes,
``javascript:`` links) into the pages as written. After it has built into the
staging folder this stage, which knows HTML but no engine:

- sanitises the content region of every staff page with nh3 (the engine adapter
  says where that region is), so links, headings and tables keep working;
- adds a strict Content-Security-Policy meta tag that allows exactly the engine's
  own inline scripts (by SHA-256) and scripts, styles and workers of the site;
- gives every link to another host ``rel="noopener noreferrer"``;
- sanitises the HTML of the engine's search index, which the search shows;
- collapses the theme's indentation (a third of every page's bytes): in text, between tags or
  inside them, a run of white space that holds a line break becomes one line break and any other
  run of two or more spaces or tabs one space, which renders the same under ``white-space:
  normal``; ``pre``, ``textarea``, ``script``, ``style``, ``code`` and ``kbd`` (the theme shows code
  with ``white-space: pre-wrap``), comments and the tags themselves (attribute values) are kept as
  they are.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

from generator.build.stamp import walk_files
from generator.safety import sanitise_html

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.DOTALL | re.IGNORECASE)
HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.IGNORECASE)
ANCHOR = re.compile(r"<a\b[^>]*>", re.IGNORECASE)
HREF = re.compile(r'\shref="([^"]*)"', re.IGNORECASE)
REL = re.compile(r'\srel="([^"]*)"', re.IGNORECASE)
EXTERNAL_REL = ("noopener", "noreferrer")
# Kept as they are: elements whose white space is content (the theme shows code with
# white-space: pre-wrap), comments, and tags (an attribute value may hold white space that a
# script reads). A tag's quoted values may hold ">".
KEPT = re.compile(r"(<(pre|textarea|script|style|code|kbd)\b.*?</\2\s*>"
                  r"|<!--.*?-->|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>)", re.DOTALL | re.IGNORECASE)
LINE_RUN = re.compile(r"[ \t\r\f]*\n[ \t\r\n\f]*")
SPACE_RUN = re.compile(r"[ \t\r\f]{2,}|[\t\r\f]")
JOIN = "\x00"  # joins the text parts for one pass of the collapsing patterns; never in a page

# As tight as the search and the maps allow: Pagefind runs its WebAssembly in a worker of the
# site (pagefind/pagefind-worker.js; without it the main thread would need 'wasm-unsafe-eval'),
# so worker-src stays 'self' (no file staff commit can be a script: checks/published.py); the
# search forms submit to the site itself; nothing may set a <base> or embed an object.
POLICY = ("default-src 'self'; script-src 'self'{hashes}; style-src 'self'; img-src 'self' data:{tiles}; "
          "font-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; "
          "object-src 'none'; base-uri 'none'; form-action 'self'; frame-src 'none'")
# The base map of map views (static/etalase.js TILES): its images are allowed only on pages
# that carry a map, so no other page can load anything from another host.
MAP_TILES = "https://tile.openstreetmap.org"
MAP_MARKER = re.compile(r"<div\b[^>]*\bdata-leaflet=", re.IGNORECASE)


def harden_site(site: Path, *, staff_pages: Iterable[str], region: tuple[str, str],
                scripts: Sequence[re.Pattern[str]], own_hosts: Iterable[str] = (),
                hardened: Iterable[str] = ()) -> None:
    """Rewrite every HTML page under ``site``; ``scripts`` match the engine's inline scripts.

    ``hardened`` are pages taken as they are from the published site (hardened when it was
    built). A page is replaced by a new file, never written into: it may be a link.
    Pagefind indexes the pages after this, so search results show only hardened text.
    """
    staff = set(staff_pages)
    hosts = {host.lower() for host in own_hosts}
    done = set(hardened)
    pages = sorted(rel for rel, _entry in walk_files(site) if rel.endswith(".html") and rel not in done)
    if len(pages) < PARALLEL_PAGES:
        harden_files(site, pages, staff, region, scripts, hosts)
        return
    chunks = [pages[start:start + CHUNK] for start in range(0, len(pages), CHUNK)]
    with ProcessPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:  # both cores
        for future in [pool.submit(harden_files, site, chunk, staff, region, scripts, hosts) for chunk in chunks]:
            future.result()


PARALLEL_PAGES = 2_000  # below this, one process is quicker than starting a pool
CHUNK = 500


def harden_files(site: Path, pages: Sequence[str], staff: set[str], region: tuple[str, str],
                 scripts: Sequence[re.Pattern[str]], own_hosts: set[str]) -> None:
    """Harden the pages ``pages`` (relative paths) of ``site``, each replaced by a new file."""
    for rel in pages:
        page = site / rel
        text = page.read_text(encoding="utf-8")
        result = harden_page(text, staff=rel in staff, region=region, scripts=scripts, own_hosts=own_hosts)
        if result != text:
            scratch = page.with_name(f".{page.name}.hardened")
            scratch.write_text(result, encoding="utf-8", newline="")
            os.replace(scratch, page)


def harden_page(html: str, *, staff: bool, region: tuple[str, str], scripts: Sequence[re.Pattern[str]],
                own_hosts: set[str]) -> str:
    if staff:
        html = sanitise_region(html, region)
    html = external_links(html, own_hosts)
    return collapse_indentation(add_csp(html, scripts))


def collapse_indentation(html: str) -> str:
    """Collapse the runs of white space of the text parts (everything outside ``KEPT``)."""
    if JOIN in html:
        return html
    parts = KEPT.split(html)  # text, kept, its element's name (or None), text, ..., text
    texts = SPACE_RUN.sub(" ", LINE_RUN.sub("\n", JOIN.join(parts[0::3]))).split(JOIN)
    out = []
    for index, text in enumerate(texts):
        out.append(text)
        if 3 * index + 1 < len(parts):
            out.append(parts[3 * index + 1])
    return "".join(out)


def sanitise_region(html: str, region: tuple[str, str]) -> str:
    """Sanitise from the first start marker to the last end marker (staff text may fake an end)."""
    start_marker, end_marker = region
    start = html.find(start_marker)
    end = html.rfind(end_marker)
    if start < 0 or end < start:
        raise ValueError(f"content region {start_marker!r} not found in a staff page")
    start += len(start_marker)
    return html[:start] + "\n" + sanitise_html(html[start:end]) + "\n" + html[end:]


def script_hashes(html: str, scripts: Sequence[re.Pattern[str]]) -> list[str]:
    """CSP source expressions of the page's inline scripts that are the engine's, in order, once each.

    Any other inline script (one that came in with content) gets no hash, so it never runs.
    """
    seen: list[str] = []
    for match in INLINE_SCRIPT.finditer(html):
        if not any(pattern.fullmatch(match.group(1)) for pattern in scripts):
            continue
        digest = base64.b64encode(hashlib.sha256(match.group(1).encode("utf-8")).digest()).decode()
        source = f"'sha256-{digest}'"
        if source not in seen:
            seen.append(source)
    return seen


def policy(html: str, scripts: Sequence[re.Pattern[str]]) -> str:
    hashes = "".join(f" {source}" for source in script_hashes(html, scripts))
    tiles = f" {MAP_TILES}" if MAP_MARKER.search(html) else ""
    return POLICY.format(hashes=hashes, tiles=tiles)


def add_csp(html: str, scripts: Sequence[re.Pattern[str]]) -> str:
    """Insert the policy right after the charset (or at the top of ``<head>``), before any script."""
    match = CHARSET.search(html) or HEAD.search(html)
    if match is None:
        return html
    meta = f'\n<meta http-equiv="Content-Security-Policy" content="{policy(html, scripts)}">'
    return html[:match.end()] + meta + html[match.end():]


def external_links(html: str, own_hosts: set[str]) -> str:
    def fix(match: re.Match[str]) -> str:
        tag = match.group(0)
        href = HREF.search(tag)
        if href is None or not is_external(href.group(1), own_hosts):
            return tag
        rel = REL.search(tag)
        if rel is None:
            return tag[:-1].rstrip("/").rstrip() + ' rel="noopener noreferrer">'
        words = rel.group(1).split()
        words += [word for word in EXTERNAL_REL if word not in words]
        return tag[:rel.start()] + f' rel="{" ".join(words)}"' + tag[rel.end():]
    return ANCHOR.sub(fix, html)


def is_external(href: str, own_hosts: set[str]) -> bool:
    parts = urlsplit(href.strip())
    if parts.scheme not in ("http", "https", "") or not parts.netloc:
        return False
    return (parts.hostname or "").lower() not in own_hosts
