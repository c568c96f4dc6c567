"""Check that every internal href and src of a built site resolves to a file."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.load.project import load_profile
from generator.settings import Settings

SKIPPED_SCHEMES = {"http", "https", "mailto", "tel", "data", "javascript"}


@dataclass(frozen=True)
class BrokenLink:
    page: str
    link: str
    reason: str


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("href", "src"):
            value = values.get(name)
            if value is not None and not (tag == "link" and values.get("rel") in ("canonical",)):
                self.links.append(value)
        if values.get("id"):
            self.ids.add(str(values["id"]))


def parse(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8", errors="replace"))
    return parser


def check_site(site: Path, *, base_path: str = "/") -> list[BrokenLink]:
    """Every broken internal link of every HTML page under ``site``, sorted.

    ``base_path`` is the URL path the site is served under (the path of
    ``site_url``); absolute links must start with it (MkDocs writes them on 404.html).
    """
    pages = sorted(site.rglob("*.html"))
    broken: list[BrokenLink] = []
    for page in pages:
        parsed = parse(page)
        rel_page = page.relative_to(site).as_posix()
        for link in parsed.links:
            reason = _resolve(site, page, link, base_path=base_path)
            if reason:
                broken.append(BrokenLink(rel_page, link, reason))
    return broken


def _resolve(site: Path, page: Path, link: str, *, base_path: str) -> str | None:
    parts = urlsplit(link)
    if parts.scheme in SKIPPED_SCHEMES or parts.netloc:
        return None
    if not parts.path:
        return None
    if parts.path.startswith("/"):
        prefix = "/" + base_path.strip("/") + "/" if base_path.strip("/") else "/"
        if not parts.path.startswith(prefix):
            return f"absolute path outside the site's base path {prefix}"
        base, path = "", parts.path[len(prefix):] or "."
    else:
        base, path = page.parent.relative_to(site).as_posix(), parts.path
    joined = posixpath.normpath(posixpath.join(base, unquote(path)))
    if joined.startswith(".."):
        return "points outside the site"
    target = site / joined
    if target.is_dir():
        target = target / "index.html"
    if not target.is_file():
        return "target does not exist"
    return None


def check_built_site(settings: Settings) -> list[BrokenLink]:
    """``check_site`` on ``site/``, under the path of the profile's ``site_url``."""
    if not settings.site_dir.is_dir():
        return []
    profile, _ = load_profile(settings.root)
    site_url = profile.site_url if profile else None
    return check_site(settings.site_dir, base_path=urlsplit(site_url).path if site_url else "/")
