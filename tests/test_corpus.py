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
             if path.is_file() and path.suffix in (".csv", ".html", ".yaml", ".xlsx")}
    covered = {entry["source"] for entry in CASES} | {row[0] for row in OTHER_FILES}
    assert files == covered | {"generated/resource_dup.yaml"}


# The corpus files that are not data files, each where staff would put it.
OTHER_FILES = [
    # a duplicated key in the profile: its line, besides the keys the profile does not know
    ("generated/dup.yaml", "content/site.yaml", ("yaml-duplicate-key", "content/site.yaml", None, 3)),
    # a list where a mapping belongs: YAML 1.2 keeps "no", "NO", "1.10" as text (test_yaml.py)
    ("generated/norway.yaml", "content/site.yaml", ("yaml-not-mapping", "content/site.yaml", None, None)),
    # a real workbook declared as the data file
    ("generated/12b_real.xlsx", DATA, ("file-is-excel", DATA, None, None)),
]


@pytest.mark.parametrize(("source", "target", "expected"), OTHER_FILES, ids=[row[0] for row in OTHER_FILES])
def test_corpus_file_in_its_place(source: str, target: str, expected: tuple[str, str, int | None, int | None],
                                  mini: Path) -> None:
    shutil.copyfile(CORPUS / source, mini / target)
    found = pipeline.check(Settings(root=mini)).problems
    assert expected in [(p.code, p.file, p.row, p.line) for p in found]
    assert all(p.code != "internal-error" for p in found)


def test_a_duplicated_field_key_in_a_resource_is_located(mini: Path) -> None:
    """generated/resource_dup.yaml is a resource with one field's "type" written twice."""
    resource = (CORPUS / "generated" / "resource_dup.yaml").read_text(encoding="utf-8")
    descriptor = (mini / DESCRIPTOR).read_text(encoding="utf-8")
    head = descriptor[:descriptor.index("resources:")]
    (mini / DESCRIPTOR).write_text(head + "resources:\n" + "".join(f"  {line}\n" if i == 0 or not line
                                   else f"    {line}\n" for i, line in enumerate(resource.splitlines()))
                                   .replace("  name:", "  - name:", 1), encoding="utf-8")
    lines = resource.splitlines()
    assert lines[-2:] == ["      type: integer", "      type: string"]  # the second "type" is the last line
    line = head.count("\n") + 1 + len(lines)
    found = pipeline.check(Settings(root=mini)).problems
    assert ("yaml-duplicate-key", DESCRIPTOR, line) in [(p.code, p.file, p.line) for p in found]
