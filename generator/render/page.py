"""A page of the docs tree: front matter, a heading and a body of escaped HTML.

Every render module builds its pages with ``page_file`` and its HTML with ``html_block``;
templates come from ``templates/`` through one Jinja2 environment per language, with the
gettext extension bound to that language's catalogue.
"""

from __future__ import annotations

import functools
import html
import json
from pathlib import Path, PurePosixPath
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.i18n import Language, Translator, current, current_language
from generator.model import GENERATED_PAGE, OutputFile
from generator.render.routes import HOME

TEMPLATES = Path(__file__).parent / "templates"


@functools.lru_cache(maxsize=8)
def _environment(language: Language, translator: Translator) -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True, extensions=["jinja2.ext.i18n"])
    env.install_gettext_callables(translator.gettext, translator.ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.globals["lang"] = language.code
    return env


def environment() -> Environment:
    """The template environment of the active language."""
    return _environment(current_language(), current())


def html_block(template: str, *, before: str = "", **context: Any) -> str:
    """A template wrapped in one block element, so Markdown passes it through untouched;
    ``before`` is HTML (already escaped) put first inside the block."""
    inner = environment().get_template(template).render(**context).strip()
    return f'<div class="etl">\n{before}{inner}\n</div>'


def page_file(path: str, title: str, description: str, body: str, *, hide_toc: bool = True,
              hide_nav: bool = False, extra_meta: dict[str, Any] | None = None,
              search: dict[str, Any] | None = None, searchable: bool = True,
              staff: bool = False) -> OutputFile:
    """A Markdown page with its front matter; ``title`` and ``description`` are escaped here.

    ``body`` is HTML from ``html_block`` unless ``staff``: a staff page's body is Markdown, for
    the engine's Markdown and harden's sanitiser. A generated page is marked ``GENERATED_PAGE``
    and the engine passes its body through as it is (only its heading is Markdown).
    """
    # The home page's <title> is the site name alone, so it carries no title of its own.
    meta: dict[str, Any] = {} if path == HOME else {"title": html.escape(title)}
    meta.update(extra_meta or {})
    if description:
        meta["description"] = html.escape(description)
    if search:
        meta["etalase_search"] = search
    hide = [name for name, on in (("toc", hide_toc), ("navigation", hide_nav)) if on]
    if hide:
        meta["hide"] = hide
    if not staff:
        meta[GENERATED_PAGE] = True
    front = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in meta.items())
    if not searchable:  # a copy of other pages or a list of links: noise in search results
        front = "search:\n  exclude: true\n" + front
    heading = "" if body.lstrip().startswith("# ") else f"# {heading_text(title)}\n\n"
    return OutputFile(PurePosixPath(path), text=f"---\n{front}---\n\n{heading}{body.rstrip()}\n")


def heading_text(title: str) -> str:
    """A Markdown h1 whose text is never read as markup."""
    escaped = html.escape(title)
    return "".join(f"\\{char}" if char in "\\`*_[]{}()#+-.!|<>" else char for char in escaped)
