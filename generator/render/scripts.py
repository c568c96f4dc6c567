"""The interface texts of the site's own scripts, in the language of the tree.

The scripts (static/etalase*.js) mark their texts with ``t("...")`` and ``tn(singular,
plural, count)``; for a tree other than the default language, ``assets/etalase-strings.js``
gives them their translations, loaded before the scripts. A text with a count carries one
form per plural category of the language (CLDR: one, other, ...), which the script picks
with ``Intl.PluralRules``.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path, PurePosixPath

from babel import Locale
from babel.messages.extract import extract_javascript

from generator.i18n import _, current_language, ngettext
from generator.model import OutputFile

STATIC = Path(__file__).parent / "static"
SCRIPTS = ("etalase.js", "etalase-search.js", "etalase-forms.js")
STRINGS = "assets/etalase-strings.js"
KEYWORDS: dict[str, tuple[int, ...] | None] = {"t": None, "tn": (1, 2)}


@functools.lru_cache(maxsize=1)
def script_texts() -> tuple[tuple[str, str | None], ...]:
    """Every ``(text, plural)`` the scripts mark, in order of first use."""
    found: dict[tuple[str, str | None], None] = {}
    for name in SCRIPTS:
        with (STATIC / name).open("rb") as handle:
            for _line, keyword, message, _comments in extract_javascript(handle, KEYWORDS, [], {}):
                if keyword not in KEYWORDS:
                    continue
                key = (str(message[0]), str(message[1])) if isinstance(message, tuple) else (str(message), None)
                if key[0]:
                    found.setdefault(key)
    return tuple(found)


def _plural_samples(locale: str) -> dict[str, int]:
    """A number of each plural category of ``locale`` (e.g. en: one -> 1, other -> 0)."""
    rule = Locale.parse(locale).plural_form
    samples: dict[str, int] = {}
    for number in range(0, 200):
        samples.setdefault(rule(number), number)
    return samples


def strings_file() -> OutputFile:
    """``assets/etalase-strings.js`` of the active language."""
    strings: dict[str, str | dict[str, str]] = {}
    samples = _plural_samples(current_language().locale)
    for text, plural in script_texts():
        if plural is None:
            strings[text] = _(text)
        else:
            strings[text] = {category: ngettext(text, plural, number) for category, number in sorted(samples.items())}
    body = json.dumps(strings, ensure_ascii=False, sort_keys=True, indent=0)
    return OutputFile(PurePosixPath(STRINGS), text=f"window.etalaseStrings = {body};\n")
