"""The English tree (site ``en/``): the rendered Indonesian docs tree with its interface in English.

The generated pages are rendered once, in Indonesian; this module translates their
interface text with a phrase table (longest phrase first, so whole labels win over
words), and dates. What staff wrote (titles, summaries, data) stays as written. A staff
page may have an English version in ``content/pages/en/<slug>.md``; otherwise the
Indonesian page is used with a note. Data files are not copied: links from the
English pages point at the Indonesian tree's copies.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import PurePosixPath

from generator.english_phrases import PHRASES
from generator.fmt import MONTHS, page_url
from generator.model import DocsTree, NavItem, OutputFile, Project
from generator.render import staff_page_file
from generator.settings import Settings

FOLDER = "en"
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")
LINK = re.compile(r'((?:href|src|data-leaflet|data-leaflet-css)=")([^"#?:]+)(")')
ORDERED = sorted(PHRASES.items(), key=lambda item: -len(item[0]))
FALLBACK_NOTE = ('!!! note "Only in Indonesian"\n    This page has not been translated yet; '
                 "it is shown in Indonesian.\n\n")


def translate(text: str) -> str:
    """Interface phrases and dates in English."""
    for indonesian, english in ORDERED:
        text = text.replace(indonesian, english)
    return DATE.sub(lambda m: f"{m.group(1)} {MONTHS_EN[MONTHS.index(m.group(2))]} {m.group(3)}", text)


def english_tree(tree: DocsTree, project: Project, settings: Settings) -> DocsTree:
    """The English docs tree of ``tree`` (paths relative to the English site root)."""
    texts = {str(item.path) for item in tree.files if _is_page(item)}
    staff = {f"{page.slug}/index.md": page for page in project.pages}
    translated = {page.slug: page for page in project.english_pages}
    slugs = set(translated) | {page.slug for page in project.pages}
    files: list[OutputFile] = []
    for item in tree.files:
        path, text = str(item.path), item.text
        if text is None or not _is_page(item):
            if path.startswith("assets/etalase"):
                files.append(item)
            continue
        if path in staff:
            english = translated.get(staff[path].slug)
            files.append(staff_page_file(english, slugs) if english else
                         OutputFile(item.path, text=_untranslated(text)))
        else:
            files.append(OutputFile(item.path, text=_relink(translate(text), path, texts)))
    return DocsTree(files=tuple(files), nav=tuple(_nav(item) for item in tree.nav),
                    site_name=tree.site_name, site_description=tree.site_description,
                    site_url=f"{tree.site_url.rstrip('/')}/{FOLDER}/" if tree.site_url else None,
                    repo_url=tree.repo_url)


def _is_page(item: OutputFile) -> bool:
    """Markdown pages are translated; every other file (downloads too) stays in the Indonesian tree."""
    return item.text is not None and item.path.suffix == ".md"


def _untranslated(text: str) -> str:
    """The Indonesian page with a note (its English version, loaded and checked like every page,
    is rendered from its record instead: content/pages/en/<slug>.md)."""
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4) + 5
        return text[:end] + "\n" + FALLBACK_NOTE + text[end:].lstrip("\n")
    return FALLBACK_NOTE + text


def _relink(text: str, page: str, pages: set[str]) -> str:
    """Links to files that exist only in the Indonesian tree point one level up, at them."""
    base = page_url(page)

    def fix(match: re.Match[str]) -> str:
        link = match.group(2)
        target = posixpath.normpath(posixpath.join(base, link))
        if link.endswith("/") or target.endswith(".md") or f"{target}/index.md" in pages \
                or target.startswith("assets/etalase") or target == ".":
            return match.group(0)
        return match.group(1) + posixpath.relpath(target, posixpath.join(FOLDER, base) or ".") + match.group(3)

    return LINK.sub(fix, text)


def _nav(item: NavItem) -> NavItem:
    return NavItem(translate(item.title), item.path, tuple(_nav(child) for child in item.children))


def english_path(path: PurePosixPath) -> PurePosixPath:
    return PurePosixPath(FOLDER) / path
