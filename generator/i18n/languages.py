"""The languages Etalase ships: one entry each. Adding a language is one entry here plus its
catalogues under ``locale/<code>/LC_MESSAGES/`` (see docs/architecture.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """One language of the site.

    ``folder`` is where its tree is published (empty for the default language, at the
    site root); ``locale`` names Babel's locale data for dates and numbers; ``theme`` is
    the site engine's interface language.
    """

    code: str
    name: str
    folder: str
    locale: str
    theme: str


INDONESIAN = Language("id", "Bahasa Indonesia", "", "id", "id")
ENGLISH = Language("en", "English", "en", "en", "en")
DEFAULT = INDONESIAN
LANGUAGES: tuple[Language, ...] = (INDONESIAN, ENGLISH)


def by_code(code: str, languages: tuple[Language, ...] = LANGUAGES) -> Language:
    return next((language for language in languages if language.code == code), DEFAULT)
