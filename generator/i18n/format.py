"""Values formatted for the reader, in the active language (Babel's locale data)."""

from __future__ import annotations

import datetime as dt

from generator.i18n import current


def date_label(value: dt.date | str | None) -> str:
    """``2025-03-04`` -> ``4 Maret 2025``; empty text for no date; a text that is no date stays."""
    return current().date(value)


def size_label(size: int) -> str:
    """Bytes as ``812 B``, ``12,3 KB``, ``4,1 MB`` (1 KB = 1024 B)."""
    return current().size(size)


def number_label(value: float, *, decimals: int | None = None) -> str:
    """``12345`` -> ``12.345`` in Indonesian, ``12,345`` in English."""
    return current().number(value, decimals=decimals)


def month_label(number: int, *, short: bool = False) -> str:
    return current().month(number, short=short)
