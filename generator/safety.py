"""Pure functions against injection: spreadsheet formulas and unsafe HTML.

``neutralise_formula`` is the one rule every derived download (XLSX, JSON) applies
to text cells; the original CSV is never altered. ``sanitise_html`` keeps the safe
subset of HTML that staff pages may use; ``unsafe_html`` names what it would remove.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import nh3

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula(text: str) -> bool:
    """A text cell that a spreadsheet would run as a formula (a lone "-" is a common blank)."""
    return text.startswith(FORMULA_STARTS) and text.strip() != "-"


def neutralise_formula(text: str) -> str:
    """Prefix a would-be formula with an apostrophe so spreadsheets show it as text."""
    return "'" + text if is_formula(text) else text


# The safe subset of HTML in staff pages (and in what the site engine makes of them).
SAFE_TAGS = frozenset(nh3.ALLOWED_TAGS | {"svg", "path", "tfoot"}) - {"map", "area"}
GLOBAL_ATTRIBUTES = {"class", "id", "title", "lang", "dir", "aria-hidden", "aria-label", "role"}
SAFE_ATTRIBUTES: dict[str, set[str]] = {
    **{tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()},
    "a": {"href", "hreflang", "download"}, "img": {"src", "alt", "width", "height", "loading"},
    "svg": {"xmlns", "viewbox", "width", "height"}, "path": {"d"},
    "*": GLOBAL_ATTRIBUTES,
}
SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
DANGEROUS_TAGS = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "form",
                  "input", "button", "textarea", "select", "style", "link", "meta", "base", "math",
                  "noscript", "noembed", "noframes", "template", "xmp", "plaintext"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "background", "poster", "srcset"}


def sanitise_html(fragment: str) -> str:
    """``fragment`` with only safe tags, attributes and URL schemes left."""
    attributes = {tag: set(attrs) | GLOBAL_ATTRIBUTES for tag, attrs in SAFE_ATTRIBUTES.items() if tag != "*"}
    attributes["*"] = GLOBAL_ATTRIBUTES
    return nh3.clean(fragment, tags=set(SAFE_TAGS), attributes=attributes, url_schemes=SAFE_SCHEMES,
                     link_rel=None, strip_comments=True, attribute_filter=_local_media,
                     clean_content_tags={"script", "style", "iframe", "object", "embed", "textarea", "math"})


def _local_media(tag: str, attribute: str, value: str) -> str | None:
    """Images come from the site itself: a remote source would be a request to another host."""
    if attribute == "src" and is_remote(value):
        return None
    return value


def is_remote(url: str) -> bool:
    return bool(re.match(r"\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//", url))


def url_is_unsafe(url: str) -> bool:
    scheme = re.match(r"\s*([a-zA-Z][a-zA-Z0-9+.-]*):", re.sub(r"[\x00-\x20]", "", url))
    return bool(scheme) and scheme.group(1).lower() not in SAFE_SCHEMES  # type: ignore[union-attr]


class _Finder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DANGEROUS_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{name}=")
            elif name == "style":
                self.found.append("style=")
            elif name in URL_ATTRIBUTES and value and url_is_unsafe(value):
                self.found.append(value.split(":", 1)[0].strip().lower() + ":")
            elif name == "src" and value and is_remote(value):
                self.found.append(f"src={value}")


def unsafe_html(html: str) -> list[str]:
    """What ``sanitise_html`` would remove: ``<script>``, ``onclick=``, ``javascript:``, ``src=https://...``."""
    finder = _Finder()
    finder.feed(html)
    finder.close()
    return sorted(set(finder.found))
