"""Hostile and careless input (issue 18, part B): bounded before any slow parser, always located.

Each payload is written into a copy of the mini tree (large ones generated in tmp_path, never
committed) with the writers of benchmarks/hostile_inputs.py, which prints their time and
memory; here only the located problems are asserted, never a time.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import pipeline
from generator.load.io import limits
from generator.model import Problem
from generator.report.messages import message
from generator.report.messages_privacy import PRIVACY_MESSAGES
from generator.settings import Settings
from tests.conftest import ROOT, run_cli

sys.path.insert(0, str(ROOT / "benchmarks"))
import hostile_inputs as hostile

PAGE, CSV, DESCRIPTOR = hostile.PAGE, hostile.CSV, hostile.DESCRIPTOR
SITE, DIP = "content/site.yaml", "content/dip.csv"
SITE_LINES = len((Path(__file__).parent / "fixtures" / "mini" / SITE).read_text(encoding="utf-8").splitlines())
Located = tuple[str, str, int | None, str | None]

CASES: list[tuple[Callable[[Path], None], set[Located]]] = [
    (hostile.brackets, {("markdown-too-complex", PAGE, 4, None)}),
    (hostile.nested_list, {("markdown-too-deep", PAGE, 132, None)}),  # " " * 128 + "- x": 33 levels
    (hostile.chained_list, {("markdown-too-deep", PAGE, 4, None)}),
    (hostile.nested_links, {("markdown-too-complex", PAGE, 4, None)}),
    (hostile.stars, {("markdown-too-complex", PAGE, 4, None)}),
    (hostile.wide_csv, {("csv-too-many-columns", CSV, 1, None)}),
    (hostile.one_line_csv, {("csv-line-too-long", CSV, 2, None)}),
    (hostile.alias_bomb, {("yaml-alias-expansion", DESCRIPTOR, 30, None)}),
    (hostile.deep_yaml, {("yaml-too-deep", DESCRIPTOR, 25, None)}),
    # The payloads are appended after the mini tree's site.yaml (SITE_LINES lines).
    (hostile.deep_site_yaml, {("yaml-too-deep", SITE, SITE_LINES + 1, None)}),
    (hostile.site_alias_bomb, {("yaml-alias-expansion", SITE, SITE_LINES + 6, None)}),
    (hostile.nul_document, {("document-link-invalid", DIP, 2, "tautan_dokumen"),
                            ("control-character", DIP, 2, None)}),
]


def errors(repo: Path) -> tuple[set[Located], list[Problem]]:
    problems = pipeline.check(Settings(root=repo)).problems
    located = {(p.code, p.file, p.row or p.line, p.field) for p in problems if p.severity == "error"}
    return located, problems


@pytest.mark.parametrize(("write", "expected"), CASES, ids=[write.__name__ for write, _ in CASES])
def test_hostile_input_is_a_located_problem(mini: Path, write: Callable[[Path], None],
                                            expected: set[Located]) -> None:
    write(mini)
    located, problems = errors(mini)
    assert located == expected
    assert not any(problem.code == "internal-error" for problem in problems)
    for problem in problems:  # every message formats in both languages
        assert message(problem, "id") and message(problem, "en")


@pytest.mark.parametrize(("write", "code"), [(hostile.alias_bomb, "yaml-alias-expansion"),
                                             (hostile.brackets, "markdown-too-complex")])
def test_hostile_input_fails_validate_and_build(mini: Path, write: Callable[[Path], None], code: str) -> None:
    write(mini)
    for args in (("validate",), ("--lang", "en", "build")):
        result = run_cli(mini, *args)
        assert result.returncode == 1, result.stdout + result.stderr
        assert f"[{code}]" in result.stdout
    assert not (mini / "site").exists()


def test_aliases_within_the_cap_still_load(mini: Path) -> None:
    descriptor = mini / DESCRIPTOR
    text = descriptor.read_text(encoding="utf-8").replace(
        "keywords: [anggaran, uji]", "keywords: &kata [anggaran, uji]")
    descriptor.write_text(text + "x-etalase-catatan: *kata\n", encoding="utf-8")
    assert limits.check_yaml(descriptor.read_text(encoding="utf-8"), file=DESCRIPTOR) == []


def test_a_description_over_the_bounds_is_located_by_its_key(mini: Path) -> None:
    descriptor = mini / DESCRIPTOR
    text = descriptor.read_text(encoding="utf-8").replace(
        "description: Satu baris per bulan.", "description: \"" + "[" * 5_000 + "\"")
    descriptor.write_text(text, encoding="utf-8")
    located, _ = errors(mini)
    assert located == {("markdown-too-complex", DESCRIPTOR, None, "resources[0].description")}


def test_recursion_in_a_loader_names_the_file() -> None:
    problem = limits.too_complex("datasets/a/datapackage.yaml", RecursionError("maximum recursion depth"))
    assert (problem.code, problem.file) == ("input-too-complex", "datasets/a/datapackage.yaml")


@pytest.mark.parametrize(("line", "depth"), [("x", 0), ("- x", 1), ("  - x", 1), ("    - x", 2),
                                             ("> > - x", 3), ("- - - x", 3), ("\t\t- x", 3), ("---", 0)])
def test_nesting_depth_of_a_line(line: str, depth: int) -> None:
    assert limits.nesting(line) == depth


def test_every_new_message_names_the_fix_in_both_languages() -> None:
    params = (("count", "3"), ("limit", "2"), ("depth", "9"), ("char", "["), ("size_kb", "600"),
              ("limit_kb", "512"), ("length_kb", "2000"), ("detail", "RecursionError"))
    for code, template in PRIVACY_MESSAGES.items():
        problem = Problem(code, "content/x", value="v", params=params)
        assert message(problem, "id") != message(problem, "en"), code
        assert template
