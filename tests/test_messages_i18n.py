"""Problem messages and command output come from the cli catalogue; problem parameters carry data only.

Runs validate on broken trees (a broken copy of the mini fixture, the kip fixture and a few
files of the bad-input corpus) and checks the Problem records and their English messages.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from pathlib import Path

import pytest
import yaml

from generator import pipeline
from generator.i18n.extract import extract, read_catalogue
from generator.i18n.languages import ENGLISH
from generator.model import Problem, Severity
from generator.report.messages import LOCATION_WORDS, MESSAGES, SEVERITY_WORDS, TEXT_PARAMS, message
from generator.report.text import summary
from generator.settings import Settings
from tests.conftest import FIXTURES, copy_repo, run_cli
from tests.corpus_cases import CASES
from tests.test_corpus import install

TODAY = dt.date(2026, 1, 15)
DESCRIPTOR = "datasets/angka-kecil/datapackage.yaml"
# Indonesian interface words that must not appear in an English message (outside quoted values).
INDONESIAN = ("Berkas", "berkas", "kolom", "baris", "Tulis", "Isi", "Periksa", "GALAT", "PERINGATAN", "Nilai",
              "tidak", "atau", "dan", "di", "yang", "untuk", "bagian", "Sumber", "Pilih", "Lengkapi",
              "Jelaskan", "Sebutkan", "Maksud", "kosong", "angka", "tanggal", "galat", "peringatan", "ditemukan")
INDONESIAN_WORD = re.compile(r"\b(" + "|".join(INDONESIAN) + r")\b")
QUOTED = re.compile(r'"[^"]*"')
PATHS = re.compile(r"\S*/\S*")  # file names are data (datasets/angka-kecil/...)


def shown_text(text: str) -> str:
    """``text`` without what staff wrote: quoted values and file names."""
    return PATHS.sub("", QUOTED.sub('""', text))
# Corpus files whose problems have parameters that are interface texts (hints, labels, reasons).
CORPUS_CODES = {"header-title-block", "personal-data", "personal-data-column", "type-error", "constraint-error",
                "unique-error", "date-format", "number-locale", "yaml-not-mapping", "header-unknown"}


def broken_mini(repo: Path) -> Path:
    """The mini site with one mistake of each kind whose message has an interface-text parameter."""
    descriptor = yaml.safe_load((repo / DESCRIPTOR).read_text(encoding="utf-8"))
    for key in ("title", "description", "licenses"):
        descriptor.pop(key)
    descriptor.update({"frequency": "kadang-kadang", "region_code": "33-72", "titel": "Angka"})
    descriptor["resources"][0]["schema"]["fields"][0]["format"] = "%Y-%m-%d"
    descriptor["views"] = [{"name": "grafik", "resources": ["angka"], "spec": {"type": "pie"}},
                           {"name": "peta", "resources": ["tidak-ada"], "spec": {"type": "bar"}}]
    (repo / DESCRIPTOR).write_text(yaml.safe_dump(descriptor, allow_unicode=True, sort_keys=False),
                                   encoding="utf-8")
    (repo / "datasets/angka-kecil/angka.csv").write_text(
        "bulan,kode,nilai\nkemarin,AB,x\n2025-02-01,abc,-5\n2025-02-01,CD,3\n", encoding="utf-8")
    (repo / "content/pages/tentang.md").write_text("Tanpa bagian depan.\n", encoding="utf-8")
    (repo / "content/pages/kontak.md").write_text(
        "---\ntitle: 0x10\n---\nHubungi 3171011708900001 atau 0812-3456-7890.\n", encoding="utf-8")
    (repo / "content/kewajiban.yaml").write_text("- a\n", encoding="utf-8")
    site = (repo / "content/site.yaml").read_text(encoding="utf-8")
    (repo / "content/site.yaml").write_text(site + "nama_badan: Uji\n", encoding="utf-8")
    return repo


@pytest.fixture(scope="module")
def problems(tmp_path_factory: pytest.TempPathFactory) -> list[Problem]:
    """Every problem of the broken trees."""
    found = list(pipeline.check(Settings(root=broken_mini(copy_repo(
        FIXTURES / "mini", tmp_path_factory.mktemp("broken") / "mini")))).problems)
    kip = copy_repo(FIXTURES / "kip", tmp_path_factory.mktemp("kip") / "kip")
    found += pipeline.check(Settings(root=kip, today=TODAY)).problems
    for entry in [entry for entry in CASES if {code for code, *_ in entry["expected"]} & CORPUS_CODES][:12]:
        repo = copy_repo(FIXTURES / "mini", tmp_path_factory.mktemp("corpus") / "mini")
        install(repo, entry["source"], entry["fields"], entry["options"])
        found += pipeline.check(Settings(root=repo)).problems
    return found


def english() -> dict[str, object]:
    catalog = read_catalogue(ENGLISH, "cli")
    return {message.id if isinstance(message.id, str) else message.id[0]: message.string
            for message in catalog if message.id}


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_problem_code_has_an_english_translation() -> None:
    translated = english()
    missing = [code for code, template in MESSAGES.items() if not translated.get(template)]
    assert missing == []


def test_english_templates_keep_the_fields_of_their_msgid() -> None:
    translated = english()
    for msgid in [*MESSAGES.values(), *LOCATION_WORDS.values(), *SEVERITY_WORDS.values()]:
        text = translated[msgid]
        assert isinstance(text, str) and fields(text) == fields(msgid), msgid


def test_every_cli_msgid_is_translated() -> None:
    translated = english()
    gaps = [message.id for message in extract("cli") if message.id
            and not all(translated.get(message.id if isinstance(message.id, str) else message.id[0]) or ())]
    assert gaps == []


def test_the_broken_trees_cover_the_text_parameters(problems: list[Problem]) -> None:
    used = {name for problem in problems for name, _ in problem.params}
    assert used >= TEXT_PARAMS, TEXT_PARAMS - used


def test_no_problem_parameter_is_an_english_variant(problems: list[Problem]) -> None:
    assert [(p.code, name) for p in problems for name, _ in p.params if name.endswith("_en")] == []


def test_text_parameters_are_message_ids(problems: list[Problem]) -> None:
    """A parameter holding an interface text holds a msgid of the catalogue, never a translation."""
    msgids = set(english())
    for problem in problems:
        for name, value in problem.params:
            if name in TEXT_PARAMS and value:
                assert value in msgids, (problem.code, name, value)


def test_english_messages_have_no_indonesian_words(problems: list[Problem]) -> None:
    assert problems
    for problem in problems:
        text = message(problem, "en")
        for shown in (problem.value, problem.field):
            text = text.replace(shown or "\0", "")
        text = shown_text(text)
        assert not INDONESIAN_WORD.search(text), (problem.code, text)


def test_indonesian_messages_are_the_msgids_filled_in(problems: list[Problem]) -> None:
    """In Indonesian nothing is translated: every text parameter shows as written in the source."""
    for problem in problems:
        for name, value in problem.params:
            if name in TEXT_PARAMS and value and not fields(value):
                assert value.format() in message(problem, "id"), (problem.code, name)


def test_summary_plural_forms() -> None:
    one = [Problem("required", "a.csv", row=2)]
    two = [Problem("required", "a.csv", row=2), Problem("required", "b.csv", row=3),
           Problem("overdue", "b.csv", Severity.WARNING, row=3)]
    assert summary(one, lang="en") == "1 error, 0 warnings in 1 file."
    assert summary(two, lang="en") == "2 errors, 1 warning in 2 files."
    assert summary(two, lang="id") == "2 galat, 1 peringatan di 2 berkas."
    assert summary([], lang="en") == "No problems found."


def test_lang_en_prints_english(tmp_path: Path) -> None:
    repo = broken_mini(copy_repo(FIXTURES / "mini", tmp_path / "mini"))
    result = run_cli(repo, "--lang", "en", "validate")
    assert result.returncode == 1
    lines = [line for line in result.stdout.splitlines() if line.startswith("  ")]
    assert any(line.startswith("  ERROR [") for line in lines)
    for line in lines:
        assert not INDONESIAN_WORD.search(shown_text(line)), line
    assert re.search(r"^\d+ errors, \d+ warnings? in \d+ files\.$", result.stdout.splitlines()[-1])
