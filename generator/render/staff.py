"""Pages written by staff (content/pages/*.md), in the language of the tree.

Staff text is never translated: a page's version in another language is its own file,
``content/pages/<language>/<slug>.md``; without one the page is shown as written, with a
note saying so.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from generator.i18n import DEFAULT, Language, _
from generator.load.project import PAGES_DIR
from generator.model import OutputFile, Project
from generator.render.page import page_file
from generator.render.pagelinks import rewrite_page_links


def staff_pages(project: Project, language: Language, *,
                appendix: dict[str, str] | None = None) -> list[OutputFile]:
    """``appendix`` maps a slug to generated HTML put after that page's text (e.g. links to the forms)."""
    slugs = {page.slug for page in project.pages}
    files: list[OutputFile] = []
    for page in project.pages:
        path = f"{page.slug}/index.md"
        rendered = page_file(path, page.title, page.description, rewrite_page_links(page.body, slugs),
                             hide_toc=False, staff=True)
        if language != DEFAULT:
            rendered = _translated(rendered, project, language, page.slug, slugs)
        extra = (appendix or {}).get(page.slug)
        if extra:
            text = (rendered.text or "").rstrip()
            rendered = OutputFile(rendered.path, text=f'{text}\n\n<div class="etl">\n{extra}\n</div>\n')
        files.append(rendered)
    return files


def _translated(item: OutputFile, project: Project, language: Language, slug: str,
                slugs: set[str]) -> OutputFile:
    source = f"{PAGES_DIR}/{language.code}/{slug}.md"
    own = next((page for page in project.translated_pages if page.source == source), None)
    if own is not None:  # loaded and checked like every page; rebuilt from its record, never copied
        return page_file(str(item.path), own.title, own.description, rewrite_page_links(own.body, slugs),
                         hide_toc=False, staff=True)
    heading = _("Hanya dalam bahasa Indonesia")
    sentence = _("Halaman ini belum diterjemahkan; ditampilkan dalam bahasa Indonesia.")
    note = f'!!! note "{heading}"\n    {sentence}\n\n'
    text = item.text or ""
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4) + 5
        return OutputFile(PurePosixPath(item.path), text=text[:end] + "\n" + note + text[end:].lstrip("\n"))
    return OutputFile(PurePosixPath(item.path), text=note + text)
