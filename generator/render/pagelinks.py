"""Links between staff pages: ``[x](tentang.md)`` keeps working when pages become folders.

A staff page ``content/pages/a.md`` is rendered as ``a/index.md`` (its address is
``/a/``), so a link written as ``b.md`` beside it must become ``../b/index.md``
for the site engine to resolve and check it.
"""

from __future__ import annotations

import re
from collections.abc import Collection

LINK = re.compile(r"(\]\(\s*<?)(?:\./)?([A-Za-z0-9_-]+)\.md(#[^)\s>]*)?(>?\s*(?:\s\"[^\"]*\")?\))")


def rewrite_page_links(body: str, slugs: Collection[str]) -> str:
    """``body`` with inline links to sibling staff pages pointed at their new place."""
    def fix(match: re.Match[str]) -> str:
        opening, slug, anchor, closing = match.groups()
        if slug not in slugs:
            return match.group(0)
        return f"{opening}../{slug}/index.md{anchor or ''}{closing}"
    return LINK.sub(fix, body)
