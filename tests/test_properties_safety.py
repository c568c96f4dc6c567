"""Properties of issue 18, part A: whatever staff write as a site.yaml URL, a resource path or an
English page, validation answers with located problems (never an internal error), and what it
lets through is safe where it lands (an attribute, a published path)."""

from __future__ import annotations

import shutil
from pathlib import Path, PurePosixPath

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.build.engine import attribute_safe
from generator.settings import Settings
from generator.validate.checks.published import RESERVED_IN_DATASET, reserved
from generator.validate.checks.urls import check_profile_urls, is_https_url
from tests.conftest import FIXTURES, copy_repo

PROPERTY = settings(max_examples=60, derandomize=True, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
PIPELINE = settings(PROPERTY, max_examples=30)  # each example validates the whole mini tree
PIECES = ["https://", "http://", "javascript:", "data:", "//", "ppid.kotacontoh.go.id", "a.example", "/",
          "\"", "'", "<", ">", " ", "\t", "`", "?q=1&b=2", "#x", "@", ":443", ":0", "%22", "\\", "\n", "é"]
url = st.one_of(st.text(max_size=40), st.lists(st.sampled_from(PIECES), max_size=8).map("".join))
ATTRIBUTE_BREAKERS = set("\"'<> \t\n`")
path_piece = st.sampled_from(["angka", ".csv", ".CSV", ".html", ".svg", "/", "..", "unduh", "index.md",
                              "datapackage.json", "UNDUH", " ", "é", ".", "a", "-", "_", ".json"])
resource_path = st.lists(path_piece, min_size=1, max_size=6).map("".join)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_repo(FIXTURES / "mini", tmp_path_factory.mktemp("props") / "mini")


@PROPERTY
@given(value=url, key=st.sampled_from(["website", "site_url", "repo_url", "social"]))
def test_site_yaml_urls_are_refused_or_safe_in_an_attribute(tmp_path: Path, value: str, key: str) -> None:
    profile = {"name": "X", "social": [{"name": "S", "url": value}]} if key == "social" else {"name": "X", key: value}
    path = tmp_path / "site.yaml"
    path.write_text(yaml.safe_dump(profile, allow_unicode=True), encoding="utf-8")
    problems = list(check_profile_urls(path, file="content/site.yaml"))
    assert all(p.code == "url-invalid" and p.line is not None for p in problems)
    accepted = not problems and value.strip() != ""
    if accepted:
        assert is_https_url(value.strip())
        assert not set(value.strip()) & ATTRIBUTE_BREAKERS
    assert not set(attribute_safe(value)) & ATTRIBUTE_BREAKERS  # the engine's second wall


@PIPELINE
@given(new=resource_path)
def test_resource_paths_are_refused_or_published_as_csv_at_a_free_path(repo: Path, new: str) -> None:
    folder = repo / "datasets" / "angka-kecil"
    original = FIXTURES / "mini" / "datasets" / "angka-kecil"
    shutil.rmtree(folder)
    shutil.copytree(original, folder)
    descriptor = yaml.safe_load((folder / "datapackage.yaml").read_text(encoding="utf-8"))
    descriptor["resources"][0]["path"] = new
    (folder / "datapackage.yaml").write_text(yaml.safe_dump(descriptor, allow_unicode=True), encoding="utf-8")
    target = folder / new
    try:
        if target.resolve().is_relative_to(folder.resolve()) and not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(original / "angka.csv", target)
    except OSError:
        pass  # a path the file system refuses: validation must still answer
    problems = pipeline.check(Settings(root=repo, cache=False)).problems
    assert not [p for p in problems if p.code == "internal-error"], problems
    if not any(p.severity == "error" for p in problems):
        published = PurePosixPath(new).as_posix()
        assert published.lower().endswith(".csv")
        assert not any(published.lower() == prefix or (prefix.endswith("/") and published.lower().startswith(prefix))
                       for prefix in RESERVED_IN_DATASET)
        assert reserved(f"dataset/angka-kecil/{published}") == "dataset/"  # inside its own folder only


english_text = st.one_of(
    st.text(max_size=200),
    st.builds(lambda title, body: f"---\ntitle: {title}\n---\n{body}",
              st.text(max_size=30), st.text(max_size=100)),
    st.lists(st.sampled_from(["---\n", "title: x\n", "description: '\"><script>'\n", "[a](javascript:x)",
                              "<script>", "\x00", "é", "etalase_jsonld: 1\n", "\n"]), max_size=12).map("".join))


@PIPELINE
@given(text=english_text, latin1=st.booleans())
def test_english_pages_never_crash_validation(repo: Path, text: str, latin1: bool) -> None:
    folder = repo / "content" / "pages" / "en"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tentang.md").write_bytes(text.encode("latin-1", "replace") if latin1 else text.encode("utf-8"))
    outcome = pipeline.check(Settings(root=repo, cache=False))
    assert not [p for p in outcome.problems if p.code == "internal-error"], outcome.problems
    assert all(p.file.startswith("content/pages/en/tentang.md") for p in outcome.problems
               if "pages/en" in p.file)
