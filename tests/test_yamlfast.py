"""The libyaml reading of plain YAML (load/io/yamlfast.py) gives exactly what ruamel gives."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import pytest
import yaml
from ruamel.yaml import YAML

from generator import scaffold
from generator.load.io import yamlfast
from generator.load.io.yamlio import parse_yaml, to_plain
from generator.settings import Settings
from generator.validate.checks import keys, keyspec

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def ruamel_plain(text: str) -> Any:
    yaml = YAML(typ="rt", pure=True)
    yaml.version = (1, 2)
    return to_plain(yaml.load(text))


def typed(value: Any) -> Any:
    """A value with its type spelled out (ruamel's ScalarFloat is a float, ScalarInt an int)."""
    if isinstance(value, dict):
        return {key: typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [typed(item) for item in value]
    for kind in (bool, int, float, str):
        if isinstance(value, kind):
            return (kind.__name__, kind(value))
    return (type(value).__name__, value)


def yaml_texts() -> list[tuple[str, str]]:
    """Every YAML file and Markdown front matter of the repository, its fixtures and the shared corpus."""
    found: list[tuple[str, str]] = []
    folders = [ROOT / "content", ROOT / "datasets", ROOT / "tests", ROOT / "generator", CORPUS]
    for folder in folders:
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if "node_modules" in path.parts or not path.is_file():
                continue
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                continue
            if path.suffix in (".yaml", ".yml"):
                found.append((str(path.relative_to(ROOT.parent)), text))
            elif path.suffix == ".md" and text.startswith("---\n") and "\n---" in text[3:]:
                found.append((str(path.relative_to(ROOT.parent)), text[4:text.index("\n---", 3) + 1]))
    return found + generated_descriptors()


def generated_descriptors() -> list[tuple[str, str]]:
    """The descriptors the benchmarks write (PyYAML's output), a few of each, and a scaffold's."""
    import random
    import sys
    import tempfile

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import synth
        import validate_throughput
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    found = [(f"validate_throughput {index}", yaml.safe_dump(validate_throughput.descriptor(f"d{index}"),
                                                             sort_keys=False)) for index in range(3)]
    with tempfile.TemporaryDirectory() as scratch:
        rng = random.Random(7)
        for number in range(1, 6):
            folder = Path(scratch) / str(number)
            synth.write_dataset(folder, number, rows=3, rng=rng)
            found.append((f"synth {number}", (folder / "datapackage.yaml").read_text(encoding="utf-8")))
    settings = Settings(root=ROOT, cache=False)
    fields = [{"name": "no", "type": "integer"}, {"name": "nama", "type": "string"}]
    found.append(("scaffold", scaffold.descriptor_text("contoh", "data.csv", fields, settings)))
    return found


TRICKY = [
    "a: no\nb: Yes\nc: on\nd: NULL\ne: ~\nf:\ng: True\nh: FALSE\n",
    "a: 012\nb: 0o17\nc: 0x1F\nd: 1_000\ne: -0\nf: +5\ng: 0b101\nh: 007\n",
    "a: 1.10\nb: 1e3\nc: .inf\nd: -.INF\ne: .nan\nf: 1.\ng: .5\nh: 01.5\ni: 1_0.5\nj: -2.50\n",
    "a: 2025-01-05\nb: 2025-02-30\nc: 2025-01-05 10:00:00\nd: 2025-1-5\ne: '2025-01-05'\n",
    "a: &x 1\nb: *x\n", "base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n", "a: !!str 5\nb: !custom x\n",
    "%YAML 1.2\n---\na: 1\n", "a: 1\na: 2\n", "a:\tb\n", "a: 'x'\n'a': y\n", "1: x\n", "~: x\n", "true: x\n",
    "a: 'it''s'\nb: \"\\u00e9\\/\\t\"\nc: \"\\x85\"\n", "a: x\u2028y\n", "a: x\x85y\n", "\ufeffa: 1\n",
    "a: |\n  line one\n  line two\n\nb: >-\n  folded\n  text\n\n  kept\nc: |+\n  keep\n\n",
    "a: [1, 2, {b: c, d: [e, 'f']}]\nlist:\n- one\n- 2\n-\n- - nested\n", "? [a, b]\n: c\n", "? a\n: b\n",
    "a: b\n---\nc: d\n", "", "# only a comment\n", "- a\n- b\n", "plain text\n", "a: [1, 2\n", "a: b: c\n",
    "a: \"unclosed\n", "key with spaces: value: with colon\nurl: https://x.example/a#b?c=d\n",
    "a: '#not a comment'\nb: x # a comment\nc: 50%\nd: '@at'\ne: \"*star\"\nf: R&D\n",
    "a:\n  b:\n    c:\n      d: deep\n", "=: value\n", "a: =\n", "a: <<\n",
]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_texts_read_as_ruamel_reads_them_or_are_left_to_it(text: str) -> None:
    fast = yamlfast.load(text)
    if fast is None:
        return
    assert typed(fast) == typed(ruamel_plain(text))


def test_the_simple_subset_is_read_through_libyaml() -> None:
    assert yamlfast.load(TRICKY[0]) == {"a": "no", "b": "Yes", "c": "on", "d": None, "e": None, "f": None,
                                        "g": True, "h": False}
    assert yamlfast.load("start: 2025-01-05\nn: -12\nx: 1.10\n") == {"start": "2025-01-05", "n": -12, "x": 1.1}
    for left in ("a: 012\n", "a: 1e3\n", "a: &x 1\nb: *x\n", "a: 1\na: 2\n", "a: 2025-02-30\n", "1: x\n",
                 "%YAML 1.2\n---\na: 1\n", "a:\tb\n", "a: [1, 2\n", "a: b\n---\nc: d\n", "a: !custom x\n"):
        assert yamlfast.load(left) is None, left


def test_every_yaml_file_of_the_repository_and_corpus_reads_the_same() -> None:
    texts = yaml_texts()
    fast_count = 0
    for name, text in texts:
        fast = yamlfast.load(text)
        if fast is None:
            continue
        fast_count += 1
        assert typed(fast) == typed(ruamel_plain(text)), name
    descriptors = [name for name, _ in texts if name.endswith("datapackage.yaml")]
    assert len(descriptors) >= 5
    assert fast_count >= len(texts) // 2  # the fast path is the common one, not a rare exception


def test_parse_yaml_problems_still_come_from_ruamel() -> None:
    _, problems = parse_yaml("title: A\nstatus: publik\nstatus: dikecualikan\n", file="d.yaml")
    assert [(p.code, p.line, p.param("key")) for p in problems] == [("yaml-duplicate-key", 3, "status")]
    names = "abcdef"
    bomb = "a: &a [" + ", ".join(["x"] * 10) + "]\n" + "".join(
        f"{name}: &{name} [" + ", ".join([f"*{before}"] * 10) + "]\n" for before, name in itertools.pairwise(names))
    _, problems = parse_yaml(bomb, file="bomb.yaml")  # aliases are never read by libyaml
    assert [(p.code, p.file) for p in problems] == [("yaml-alias-expansion", "bomb.yaml")]
    data, problems = parse_yaml("modified: 2025-01-05\n", file="m.yaml")
    assert (data, problems) == ({"modified": dt.date(2025, 1, 5).isoformat()}, [])


def test_key_problems_are_the_same_through_libyaml_and_ruamel(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [text for _, text in yaml_texts()] + [
        "titel: Data\nversion: 1.10\nkode: 012\nwaktu: 2025-01-05 10:00:00\ndescription: 'ISI: deskripsi'\n"
        "resources:\n- name: data\n  pth: data.csv\n  schema:\n    fields:\n    - {name: a, type: integr}\n"
        "    - name: b\n      constraints: {minimum: 1.50}\n",
        "title: |\n  ISI: judul\nkeywords: [a, 1.0, no]\ntemporal:\n  start: 2025-01-01\n  ende: 2025\n"]
    fast = [keys.check_yaml_text(text, keyspec.PACKAGE, file="x.yaml", bounded=True) for text in texts]
    monkeypatch.setattr(yamlfast, "compose", lambda _text: None)  # the reference reader alone
    slow = [keys.check_yaml_text(text, keyspec.PACKAGE, file="x.yaml", bounded=True) for text in texts]
    assert fast == slow
    assert sum(map(len, fast[-2:])) >= 6  # the crafted texts do raise key problems
