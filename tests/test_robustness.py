"""Property-based robustness: random and malformed CSV, YAML and Markdown never crash the generator.

Each example rewrites one file of a copy of the ``mini`` tree and runs the real loaders
and validators in-process: they must return problems (an unexpected exception is one
``internal-error`` naming the file), never raise. Examples are derandomised so CI
sees the same cases every run; a few full builds run at the end.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.model import Problem
from generator.report.messages import MESSAGES, message
from generator.settings import Settings
from tests.conftest import FIXTURES, copy_repo

PROPERTY = settings(max_examples=80, derandomize=True, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
TRIED: dict[str, int] = {}
INTERNAL: list[Problem] = []

cell = st.one_of(st.text(max_size=20), st.sampled_from(
    ["", "=1+1", "3.17101E+15", "3171011708450001", "\"", "\"\"", "a\nb", "\x00", "é", "1.234,5", "-1",
     "2025-13-45", "<script>alert(1)</script>", "\ufeff", ";", "sep=;", "\r",
     "35.7101.170845.0001", "3171-0117-0845-0001", "(0812) 3456-7890", "+62 (0)812 3456 7890", "628123456.78",
     "budi@gmail.com", "[" * 50, "*" * 120]))
csv_text = st.builds(
    lambda rows, sep, end: end.join(sep.join(row) for row in rows),
    st.lists(st.lists(cell, max_size=8), max_size=8), st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["\n", "\r\n", "\r"]))
file_bytes = st.one_of(csv_text.map(str.encode), st.binary(max_size=300),
                       csv_text.map(lambda text: text.encode("utf-16")))
scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=15),
                   st.sampled_from(["no", "012", "12:30", "../x", "/etc/passwd", "http://x/y.csv", "angka.csv"]))
tree = st.recursive(scalar, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                    st.dictionaries(st.text(max_size=10), inner, max_size=5)),
                    max_leaves=25)
keys = st.sampled_from(["name", "title", "resources", "path", "schema", "fields", "type", "licenses",
                        "publisher", "personal_data_allowed", "primaryKey", "foreignKeys", "dialect"])
descriptor = st.recursive(scalar, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                         st.dictionaries(keys, inner, max_size=6)),
                          max_leaves=30)
yaml_text = st.one_of(st.text(max_size=200), tree.map(lambda data: yaml.safe_dump(data, allow_unicode=True)),
                      descriptor.map(lambda data: yaml.safe_dump(data, allow_unicode=True)),
                      st.sampled_from(["a: 1\na: 2\n", "- x\n", "{", "key: [\n", "\t- tab\n", "!!python/object x"]))
markdown_text = st.one_of(
    st.text(max_size=300),
    st.builds(lambda head, body: f"---\n{head}\n---\n{body}", yaml_text, st.text(max_size=200)),
    st.builds(lambda parts: "---\ntitle: x\n---\n" + "".join(parts), st.lists(
        st.sampled_from([*"<>[](){}:#*_`|!-=\"' \nabc", "javascript:", "{: onclick=x}", "</article>", "<script>",
                         "```", "[a](b.md)", "<div markdown>", "\n    "]), max_size=60)))


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield copy_repo(FIXTURES / "mini", tmp_path_factory.mktemp("robust") / "mini")


def checked(repo: Path, relative: str, content: bytes, kind: str) -> list[Problem]:
    """Write ``content`` to ``relative``, load and validate, restore the file; the problems."""
    target = repo / relative
    original = target.read_bytes() if target.exists() else None
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    try:
        problems = pipeline.check(Settings(root=repo)).problems
    finally:
        if original is None:
            target.unlink()
        else:
            target.write_bytes(original)
    TRIED[kind] = TRIED.get(kind, 0) + 1
    internal = [problem for problem in problems if problem.code == "internal-error"]
    INTERNAL.extend(internal)
    assert len(internal) <= 1 and all(problem.file for problem in internal)
    for problem in problems:
        assert problem.code in MESSAGES, problem
        assert message(problem, "id") and message(problem, "en")
    return problems


@PROPERTY
@pytest.mark.parametrize(("relative", "kind"), [("datasets/angka-kecil/angka.csv", "data csv"),
                                                ("content/dip.csv", "dip csv")])
@given(content=file_bytes)
def test_any_csv_file(repo: Path, relative: str, kind: str, content: bytes) -> None:
    checked(repo, relative, content, kind)


@PROPERTY
@pytest.mark.parametrize(("relative", "kind"), [("datasets/angka-kecil/datapackage.yaml", "descriptor"),
                                                ("content/site.yaml", "profile")])
@given(content=st.one_of(yaml_text.map(str.encode), st.binary(max_size=200)))
def test_any_yaml_file(repo: Path, relative: str, kind: str, content: bytes) -> None:
    checked(repo, relative, content, kind)


@PROPERTY
@given(content=st.one_of(markdown_text.map(str.encode), st.binary(max_size=200)))
def test_any_page(repo: Path, content: bytes) -> None:
    checked(repo, "content/pages/acak.md", content, "page")


@settings(max_examples=4, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=markdown_text)
def test_a_few_full_builds(tmp_path: Path, text: str) -> None:
    work = tmp_path / "build"
    shutil.rmtree(work, ignore_errors=True)
    root = copy_repo(FIXTURES / "mini", work)
    (root / "content" / "pages" / "acak.md").write_text(text, encoding="utf-8")
    outcome = pipeline.build(Settings(root=root))
    assert outcome.built or outcome.problems or outcome.engine_output
    TRIED["full build"] = TRIED.get("full build", 0) + 1


def test_report_how_many_inputs_were_tried() -> None:
    """Runs last in this module: the figures for the report (pytest -s shows them)."""
    print("robustness inputs tried:", dict(sorted(TRIED.items())), "total", sum(TRIED.values()),
          "internal errors:", sorted({(p.file, p.param("detail")) for p in INTERNAL}))
    assert INTERNAL == [], "a loader or check raised; it was reported, but it is a bug to fix"
