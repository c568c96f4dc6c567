"""Languages of the site and of the messages: gettext catalogues read with Babel.

A language is one ``Language`` entry (``languages.py``) plus its catalogues
``locale/<code>/LC_MESSAGES/<domain>.po``. The message ids are the Indonesian
texts, so Indonesian needs no catalogue and renders exactly as written. Two
domains: ``site`` (what citizens read: templates, generated pages, scripts)
and ``cli`` (what staff read: problem messages and command output).
Values are formatted (dates, numbers, sizes) with Babel's locale data.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import functools
import gettext
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal, get_decimal_symbol
from babel.support import Translations

from generator.i18n.languages import DEFAULT, LANGUAGES, Language

__all__ = [
    "DEFAULT",
    "LANGUAGES",
    "LOCALE_DIR",
    "N_",
    "OVERRIDE_TEXT",
    "Language",
    "Translator",
    "_",
    "active",
    "catalogue_path",
    "current",
    "current_language",
    "ngettext",
    "translator",
]

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAINS = ("site", "cli")


# How the theme overrides (build/overrides/) mark a text: t["Indonesian text"].
OVERRIDE_TEXT = re.compile(r't\["([^"]+)"\]')


def N_(message: str) -> str:
    """Mark ``message`` for extraction; it is translated where it is shown."""
    return message


def catalogue_path(language: Language, domain: str, locale_dir: Path = LOCALE_DIR) -> Path:
    return locale_dir / language.code / "LC_MESSAGES" / f"{domain}.po"


@functools.lru_cache(maxsize=32)
def _translations(path: Path, mtime: float) -> gettext.NullTranslations:
    """The compiled catalogue of ``path`` (compiled in memory: only the .po file is shipped)."""
    with path.open("rb") as handle:
        catalog = read_po(handle)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(fp=buffer)


def _load(language: Language, domain: str, locale_dir: Path) -> gettext.NullTranslations:
    path = catalogue_path(language, domain, locale_dir)
    if language.code == DEFAULT.code or not path.is_file():
        return gettext.NullTranslations()
    return _translations(path, path.stat().st_mtime)


@dataclass(frozen=True)
class Translator:
    """Texts and values of one language and domain."""

    language: Language
    translations: gettext.NullTranslations

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message) if message else message

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.translations.ngettext(singular, plural, count)

    def date(self, value: dt.date | str | None) -> str:
        """``2025-03-04`` -> ``4 Maret 2025`` / ``4 March 2025``; a text that is no date stays as it is."""
        if value is None or value == "":
            return ""
        if isinstance(value, str):
            try:
                date = dt.date.fromisoformat(value[:10])
            except ValueError:
                return value
        else:
            date = value
        return format_date(date, "d MMMM y", locale=self.language.locale)

    def month(self, number: int, *, short: bool = False) -> str:
        """The name of month ``number`` (1-12) in the nominative (stand-alone) form."""
        return format_date(dt.date(2000, number, 1), "LLL" if short else "LLLL", locale=self.language.locale)

    def number(self, value: float, *, decimals: int | None = None) -> str:
        """``12345`` -> ``12.345`` (id) / ``12,345`` (en); ``decimals`` fixes the digits after the point."""
        pattern = None if decimals is None else "#,##0" + ("." + "0" * decimals if decimals else "")
        return format_decimal(value, format=pattern, locale=self.language.locale)

    def decimal_point(self, text: str) -> str:
        """A number written with ``.`` as the decimal point, in the language's decimal symbol."""
        return text.replace(".", get_decimal_symbol(self.language.locale))

    def size(self, size: int) -> str:
        """Bytes as ``812 B``, ``12,3 KB``, ``4,1 MB`` (1 KB = 1024 B), in the language's digits."""
        if size < 1024:
            return f"{size} B"
        value = float(size)
        for unit in ("KB", "MB", "GB"):
            value = int(value) / 1024 if unit != "KB" else value / 1024
            if value < 1024 or unit == "GB":
                return f"{self.decimal_point(f'{value:.1f}')} {unit}"
        return f"{size} B"  # pragma: no cover


@functools.lru_cache(maxsize=64)
def translator(language: Language, domain: str = "site", locale_dir: Path = LOCALE_DIR) -> Translator:
    """The translator of ``language`` for ``domain`` (``site`` or ``cli``)."""
    if domain not in DOMAINS:
        raise ValueError(f"unknown domain {domain!r}")
    return Translator(language, _load(language, domain, locale_dir))


# The language being rendered or reported, set by the stage that renders a tree or prints
# messages (``with active(language):``), read by ``_``, ``ngettext`` and the formatters.
_ACTIVE: contextvars.ContextVar[tuple[Language, Path]] = contextvars.ContextVar(
    "etalase_language", default=(DEFAULT, LOCALE_DIR))


@contextlib.contextmanager
def active(language: Language, locale_dir: Path = LOCALE_DIR) -> Iterator[None]:
    """Render or report in ``language`` inside the ``with`` block."""
    token = _ACTIVE.set((language, locale_dir))
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def current(domain: str = "site") -> Translator:
    language, locale_dir = _ACTIVE.get()
    return translator(language, domain, locale_dir)


def current_language() -> Language:
    return _ACTIVE.get()[0]


def _(message: str) -> str:
    """``message`` (an Indonesian interface text of the site) in the active language."""
    return current().gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return current().ngettext(singular, plural, count)
