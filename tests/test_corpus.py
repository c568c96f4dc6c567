"""Every file of the bad-input corpus gets its exact, located outcome (tests/corpus_cases.py)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import pipeline
from generator.settings import Settings
from tests.conftest import ROOT
from tests.corpus_cases import CASES, Located

CORPUS = ROOT / "tests" / "corpus"
PACKAGE = "datasets/angka-kecil"
DATA = f"{PACKAGE}/angka.csv"
DESCRIPTOR = f"{PACKAGE}/datapackage.yaml"


def install(repo: Path, source: str, fields: str, options: dict[str, Any]) -> None:
    """Put a corpus file in the mini site's dataset, with the schema staff would write for it."""
    shutil.copyfile(CORPUS / source, repo / DATA)
    descriptor = yaml.safe_load((repo / DESCRIPTOR).read_text(encoding="utf-8"))
    extra = options.get("field_options", {})
    schema_fields = []
    for spec in fields.split(","):
        name, _, kind = spec.partition(":")
        schema_fields.append({"name": name, "type": kind or "string", "title": name,
                              "description": f"Kolom {name}.", **extra.get(name, {})})
    resource = descriptor["resources"][0]
    resource["schema"] = {"fields": schema_fields, "missingValues": [""]}
    if "dialect" in options:
        resource["dialect"] = options["dialect"]
    (repo / DESCRIPTOR).write_text(yaml.safe_dump(descriptor, allow_unicode=True, sort_keys=False),
                                   encoding="utf-8")


def outcome(repo: Path) -> list[Located]:
    where = {DATA: "csv", DESCRIPTOR: "yaml"}
    problems = pipeline.check(Settings(root=repo)).problems
    return [(p.code, where.get(p.file, p.file), p.row, p.field) for p in problems]


@pytest.mark.parametrize("entry", CASES, ids=[entry["name"] for entry in CASES])
def test_corpus_file_outcome(entry: dict[str, Any], mini: Path) -> None:
    install(mini, entry["source"], entry["fields"], entry["options"])
    assert sorted(outcome(mini), key=str) == sorted(entry["expected"], key=str)


def test_every_corpus_file_has_a_case() -> None:
    files = {path.relative_to(CORPUS).as_posix() for path in CORPUS.rglob("*")
             if path.is_file() and path.suffix in (".csv", ".html")}
    assert files == {entry["source"] for entry in CASES}
