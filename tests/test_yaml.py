from generator.load.io.yamlio import parse_yaml


def test_yaml_1_2_keeps_norway_and_version_strings() -> None:
    data, problems = parse_yaml("name: No\nanswer: no\nversion: '1.10'\ncode: 012\n", file="x.yaml")
    assert problems == []
    assert data == {"name": "No", "answer": "no", "version": "1.10", "code": 12}


def test_unquoted_dates_become_iso_text() -> None:
    data, _ = parse_yaml("start: 2025-01-01\n", file="x.yaml")
    assert data == {"start": "2025-01-01"}


def test_duplicate_key_is_an_error_with_its_line() -> None:
    _, problems = parse_yaml("title: A\nstatus: publik\nstatus: dikecualikan\n", file="d.yaml")
    assert [(p.code, p.file, p.line, p.param("key")) for p in problems] == [
        ("yaml-duplicate-key", "d.yaml", 3, "status")]


def test_syntax_error_has_a_line_number() -> None:
    _, problems = parse_yaml("title: A\nkeywords: [a, b\nfrequency: bulanan\n", file="s.yaml")
    assert [(p.code, p.line) for p in problems] == [("yaml-syntax", 3)]
