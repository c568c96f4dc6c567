"""Every command and every problem code is documented."""

from __future__ import annotations

import re

from generator.cli import parser
from generator.report.messages import MESSAGES
from tests.conftest import ROOT


def test_every_problem_code_is_documented() -> None:
    documented = set(re.findall(r"^\| `([a-z0-9-]+)` \|", (ROOT / "docs" / "problem-codes.md")
                                .read_text(encoding="utf-8"), re.MULTILINE))
    assert documented == set(MESSAGES)


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    subparsers = next(action for action in parser()._actions if action.dest == "command")
    for command in subparsers.choices:  # type: ignore[union-attr]
        assert f"python -m generator {command}" in readme


def test_readme_quick_start_has_exactly_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line for line in block.splitlines() if line.strip()]
    assert [line.split("#")[0].strip() for line in commands] == ["python3 dev.py site", "python3 dev.py test"]
    assert "python3 dev.py test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
