"""Formatting of values for Indonesian readers: dates, sizes, numbers, relative URLs."""

from __future__ import annotations

import datetime as dt
import posixpath

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")


def tanggal(value: dt.date | str | None) -> str:
    """``2025-03-04`` -> ``4 Maret 2025``; empty text for no date."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            date = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    else:
        date = value
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def ukuran(size: int) -> str:
    """Bytes as ``812 B``, ``12,3 KB``, ``4,1 MB`` (decimal comma, 1 KB = 1024 B)."""
    if size < 1024:
        return f"{size} B"
    for unit in ("KB", "MB", "GB"):
        size_f = size / 1024
        if size_f < 1024 or unit == "GB":
            return f"{size_f:.1f} {unit}".replace(".", ",")
        size = int(size_f)
    return f"{size} B"


def angka(value: int) -> str:
    """``12345`` -> ``12.345`` (dot as thousands separator)."""
    return f"{value:,}".replace(",", ".")


def page_url(page_path: str) -> str:
    """The directory URL of a docs page: ``dataset/a/index.md`` -> ``dataset/a/``."""
    folder = posixpath.dirname(page_path)
    return f"{folder}/" if folder else ""


def relative(from_page: str, target: str) -> str:
    """A link from the page ``from_page`` (a docs path) to ``target`` (a site path).

    ``target`` ending in ``/`` is a page URL; anything else is a file.
    """
    base = page_url(from_page) or "."
    rel = posixpath.relpath(target or ".", base.rstrip("/") or ".")
    if target.endswith("/") or target == "":
        return "./" if rel == "." else rel + "/"
    return rel
