"""Addresses that reach HTML as they are written: site.yaml URLs and link targets.

The site engine writes ``repo_url`` and ``site_url`` into the header of every page without
escaping them, and templates put ``website`` and social links into ``href``; so each must be
a complete ``https://`` address with nothing that could end an attribute (quotes, ``<>``,
white space, backticks). Link targets (a DIP row's ``tautan_dokumen``, links in pages) may
be ``https:``, ``mailto:`` or a local path, nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import markdown
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.load.io.limits import check_yaml
from generator.model import Page, Problem
from generator.validate.checks.injection import MARKDOWN_EXTENSIONS

PROFILE_URL_KEYS = ("website", "site_url", "repo_url")
FORBIDDEN = re.compile(r"[\s\"'<>`\\\x00-\x1f\x7f{}|^]")
HOST = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                  r"[A-Za-z0-9])?)*$")
SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
LINK_SCHEMES = ("https", "mailto")


def is_https_url(url: str) -> bool:
    """A complete ``https://host/...`` address that is safe in any HTML attribute as written."""
    if not url.startswith("https://") or FORBIDDEN.search(url):
        return False
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    host = parts.hostname or ""
    return bool(HOST.match(host)) and "." in host and parts.username is None and port != 0


def link_scheme(target: str) -> str | None:
    """The scheme of a link that is neither https:, mailto: nor a local path (None when allowed).

    Control characters and spaces are dropped first, as browsers do (``java\\tscript:``).
    """
    compact = re.sub(r"[\x00-\x20\x7f]", "", target)
    if compact.startswith("//"):
        return "//"
    match = SCHEME.match(compact)
    if match is None:
        return None
    scheme = match.group(1).lower()
    return None if scheme in LINK_SCHEMES else scheme


def check_profile_urls(path: Path, *, file: str) -> Iterator[Problem]:
    """``url-invalid`` for each URL of ``site.yaml`` that is not a plain https:// address."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return
    if check_yaml(text, file=file):  # too deep or too many aliases: the loader reports it
        return
    root = _compose(text)
    if not isinstance(root, MappingNode):
        return
    for key, value in root.value:
        name = _scalar(key)
        if name in PROFILE_URL_KEYS:
            yield from _url(value, name, file)
        elif name == "social" and isinstance(value, SequenceNode):
            for item in value.value:
                for sub_key, sub_value in item.value if isinstance(item, MappingNode) else []:
                    if _scalar(sub_key) == "url":
                        yield from _url(sub_value, "social.url", file)


def _url(node: Node, key: str, file: str) -> Iterator[Problem]:
    if isinstance(node, ScalarNode) and str(node.tag or "").endswith(":null"):
        return
    text = _scalar(node)
    if text is None:  # a list or mapping where an address belongs
        yield Problem("url-invalid", file, line=node.start_mark.line + 1, field=key,
                      value=type(node).__name__.removesuffix("Node").lower(), params=(("key", key),))
        return
    if text.strip() and not is_https_url(text.strip()):
        yield Problem("url-invalid", file, line=node.start_mark.line + 1, field=key, value=text,
                      params=(("key", key),))


def _compose(text: str) -> Any:
    yaml = YAML(typ="rt", pure=True)
    yaml.version = (1, 2)
    try:
        return yaml.compose(text)
    except YAMLError:
        return None  # the loader reports the syntax error


def _scalar(node: Node) -> str | None:
    return str(node.value) if isinstance(node, ScalarNode) else None


PAGE_SCHEMES = ("tel",)  # a phone link is harmless in a page (contact pages use it)
HREF = re.compile(r"""\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


def check_page_links(page: Page) -> Iterator[Problem]:
    """``link-scheme`` for each link or image of a staff page that is not https:, mailto:,
    tel: or a local path (``javascript:``, ``data:``, ``http:``, ``//host``)."""
    html = markdown.markdown(page.body, extensions=MARKDOWN_EXTENSIONS)
    lines = page.body.splitlines()
    offset = 0 if page.body_line is None else page.body_line - 1
    seen: set[str] = set()
    for match in HREF.finditer(html):
        target = unescape(next(group for group in match.groups() if group is not None))
        scheme = link_scheme(target)
        if scheme is None or scheme in PAGE_SCHEMES or target in seen:
            continue
        seen.add(target)
        token = target.strip()[:40].lower()
        line = next((number for number, text in enumerate(lines, start=1) if token in unescape(text).lower()),
                    None)
        yield Problem("link-scheme", page.source, line=None if line is None else line + offset,
                      value=target, params=(("scheme", scheme),))
