"""Long lists cut into numbered static pages: the cut, and the links between the pages.

The DIP lists (``dip_lists.py``), the DIP's print version and the dataset catalogue
(``catalog_pages.py``) share these: a page holds at most a number of items and about a budget
of bytes, so a page never grows with the list, and every page links the previous, the next,
the first, the last and a few around it by number (rel=prev/next), so every item is reachable
without JavaScript.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from generator.render.routes import relative, target

WINDOW = 2  # page numbers shown on each side of the current one
Item = TypeVar("Item")


def cut(items: Sequence[Item], cost: Callable[[Item], int], *, most: int, budget: int) -> list[tuple[Item, ...]]:
    """``items`` in pages of at most ``most`` items and about ``budget`` bytes (by ``cost``); an empty list
    is one empty page (that says so)."""
    pages: list[tuple[Item, ...]] = []
    current: list[Item] = []
    size = 0
    for item in items:
        price = cost(item)
        if current and (len(current) >= most or size + price > budget):
            pages.append(tuple(current))
            current, size = [], 0
        current.append(item)
        size += price
    pages.append(tuple(current))
    return pages


def pager(paths: list[str], number: int) -> dict[str, Any] | None:
    """Links from page ``number`` (from 1) of ``paths`` to the others: previous, next, the first,
    the last and a few around this one; None for a single page."""
    pages = len(paths)
    if pages < 2:
        return None

    def link(other: int) -> str:
        return relative(paths[number - 1], target(paths[other - 1]))

    shown = sorted({1, pages, *range(max(1, number - WINDOW), min(pages, number + WINDOW) + 1)})
    numbers: list[dict[str, Any]] = []
    for index, other in enumerate(shown):
        if index and other - shown[index - 1] > 1:
            numbers.append({"gap": True})
        numbers.append({"gap": False, "number": other, "url": link(other), "current": other == number})
    return {"page": number, "pages": pages, "numbers": numbers,
            "prev_url": link(number - 1) if number > 1 else "",
            "next_url": link(number + 1) if number < pages else ""}
