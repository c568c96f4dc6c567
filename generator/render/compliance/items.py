"""The texts of a checklist item as a page shows them.

The shipped checklist (compliance/checklist.yaml) is ours: its titles, legal bases and
notes are interface texts, extracted into the site catalogue by generator.i18n.extract.
A body's own wording (content/kewajiban.yaml) is staff text and is shown as written.
"""

from __future__ import annotations

import functools

from generator.compliance.checklist import Item, shipped_items
from generator.i18n import _

FIELDS = (("title", "judul"), ("basis", "dasar"), ("note", "catatan"))


@functools.cache
def _shipped() -> dict[str, dict[str, str]]:
    return {str(item["id"]): {key: str(item.get(key, "")) for _field, key in FIELDS} for item in shipped_items()}


def item_text(item: Item, field: str) -> str:
    """``field`` (title, basis or note) of ``item`` in the active language when it is the shipped wording."""
    value = str(getattr(item, field))
    key = dict(FIELDS)[field]
    return _(value) if value and _shipped().get(item.id, {}).get(key) == value else value
