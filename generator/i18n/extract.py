"""Extract the interface texts of each domain and keep the catalogues in step with them.

    python -m generator.i18n.extract          update every shipped catalogue (new texts untranslated)
    python -m generator.i18n.extract --check  exit 1 when a catalogue lacks a translation

The Python sources mark texts with ``_``, ``N_`` and ``ngettext`` (ids are Indonesian), the
templates with ``{{ _("...") }}``, and the scripts with ``t("...")``. The shipped compliance
checklist (``compliance/checklist.yaml``) gives its titles, legal bases and notes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import yaml
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from generator.i18n import LOCALE_DIR, OVERRIDE_TEXT, catalogue_path
from generator.i18n.languages import DEFAULT, LANGUAGES, Language

PACKAGE = Path(__file__).resolve().parent.parent
FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "t": None, "tn": (1, 2)}
JINJA = "jinja2.ext:babel_extract"
OPTIONS = {"**/templates/**.html": {"extensions": "jinja2.ext.i18n", "trim_blocks": "true",
                                     "lstrip_blocks": "true"},
           "**/overrides/**.html": {"extensions": "jinja2.ext.i18n"}}
# Which sources feed which domain: what citizens read (site) and what staff read (cli).
DOMAINS: dict[str, list[tuple[str, str]]] = {
    "site": [("render/**.py", "python"), ("catalog/**.py", "python"), ("vocab.py", "python"),
             ("render/templates/**.html", JINJA),
             ("render/static/etalase.js", "javascript"), ("render/static/etalase-search.js", "javascript"),
             ("render/static/etalase-forms.js", "javascript"),
             ("build/overrides/**.html", "generator.i18n.extract:extract_overrides"),
             ("compliance/checklist.yaml", "generator.i18n.extract:checklist_texts")],
    "cli": [("report/**.py", "python"), ("validate/**.py", "python"), ("load/**.py", "python"),
            ("compliance/**.py", "python"), ("build/**.py", "python"), ("cli.py", "python"),
            ("scaffold.py", "python"), ("vocab.py", "python"), ("publish/**.py", "python"),
            ("importer/**.py", "python")],
}


def extract_overrides(fileobj: IO[bytes], keywords: Any, comment_tags: Any,
                      options: Any) -> Iterator[tuple[int, str, str, list[str]]]:
    """Babel extraction method for the theme overrides, whose texts are written ``t["..."]``."""
    for number, line in enumerate(fileobj.read().decode("utf-8").splitlines(), start=1):
        for text in OVERRIDE_TEXT.findall(line):
            yield number, "t", text, []


def extract(domain: str, package: Path = PACKAGE) -> Catalog:
    """Every text marked for ``domain``, with where it was found."""
    catalog = Catalog(domain=domain, project="Etalase", charset="utf-8")
    for (text, plural), locations, comments in _messages(domain, package):
        catalog.add((text, plural) if plural else text, locations=locations, auto_comments=comments)
    return catalog


def _messages(domain: str, package: Path) -> Iterable[tuple[tuple[str, str | None], list[tuple[str, int]], list[str]]]:
    found: dict[tuple[str, str | None], tuple[list[tuple[str, int]], list[str]]] = {}
    method_map = DOMAINS[domain]
    for filename, lineno, message, comments, _context in extract_from_dir(
            str(package), method_map=method_map, options_map=OPTIONS, keywords=KEYWORDS,
            comment_tags=("Translators:",), strip_comment_tags=True):
        key = (message[0], message[1]) if isinstance(message, tuple) else (message, None)
        if not key[0]:
            continue
        locations, notes = found.setdefault(key, ([], []))
        locations.append((filename, lineno))
        notes.extend(comment for comment in comments if comment not in notes)
    return [(key, locations, notes) for key, (locations, notes) in sorted(found.items())]


CHECKLIST_KEYS = ("judul", "dasar", "catatan")


def checklist_texts(fileobj: IO[bytes], keywords: Collection[str], comment_tags: Collection[str],
                    options: dict[str, Any]) -> Iterator[tuple[int, str, str, list[str]]]:
    """Babel extraction method for the shipped checklist: each item's texts, as if marked ``N_``."""
    text = fileobj.read().decode("utf-8")
    data = yaml.safe_load(text) or {}
    lines = text.splitlines()
    for item in data.get("items", []):
        for key in CHECKLIST_KEYS:
            value = item.get(key)
            if isinstance(value, str) and value:
                lineno = next((number for number, line in enumerate(lines, start=1)
                               if f"id: {item.get('id')}," in line), 0)
                yield lineno, "N_", value, []


def read_catalogue(language: Language, domain: str, locale_dir: Path = LOCALE_DIR) -> Catalog:
    path = catalogue_path(language, domain, locale_dir)
    if not path.is_file():
        return Catalog(locale=language.locale, domain=domain, project="Etalase", charset="utf-8")
    with path.open("rb") as handle:
        return read_po(handle, locale=language.locale, domain=domain)


def untranslated(language: Language, domain: str, locale_dir: Path = LOCALE_DIR) -> list[str]:
    """Texts of ``domain`` that ``language``'s catalogue leaves without a translation."""
    template = extract(domain)
    catalog = read_catalogue(language, domain, locale_dir)
    missing = []
    for message in template:
        if not message.id:
            continue
        found = catalog.get(message.id)
        strings = () if found is None else (found.string if isinstance(found.string, tuple) else (found.string,))
        if found is None or found.fuzzy or not strings or not all(strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


def update(language: Language, domain: str, locale_dir: Path = LOCALE_DIR) -> Path:
    """Bring ``language``'s catalogue of ``domain`` in step with the sources; translations kept."""
    template = extract(domain)
    catalog = read_catalogue(language, domain, locale_dir)
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    catalog.creation_date = catalog.revision_date = FIXED_DATE  # no clock time in shipped files
    catalog.fuzzy = False
    catalog.last_translator = "Etalase"
    catalog.language_team = f"{language.name} <{language.code}>"
    catalog.version = ""
    path = catalogue_path(language, domain, locale_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=0, omit_header=False, sort_output=True, include_lineno=False)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.i18n.extract")
    parser.add_argument("--check", action="store_true", help="report untranslated texts, change nothing")
    args = parser.parse_args(argv)
    gaps = 0
    for language in LANGUAGES:
        if language == DEFAULT:
            continue
        for domain in DOMAINS:
            if not args.check:
                update(language, domain)
            for text in untranslated(language, domain):
                gaps += 1
                print(f"{language.code}/{domain}: {text}")
    return 1 if args.check and gaps else 0


if __name__ == "__main__":
    sys.exit(main())
