"""Problems for GitLab merge requests: a Code Quality report (``gl-code-quality-report.json``).

GitLab shows each entry on its file and line in the merge request's changes and widget. The
format is the subset of the Code Climate issue format GitLab documents: ``description``,
``check_name``, ``fingerprint``, ``severity`` and ``location.path`` with ``location.lines.begin``.
Only text is produced here; the CLI writes the file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from generator.model import Problem, Severity
from generator.report.messages import location, message

REPORT_FILE = "gl-code-quality-report.json"
# errors stop the publication, so they rank high in the widget; warnings do not
SEVERITY = {Severity.ERROR: "critical", Severity.WARNING: "minor"}


def entry(problem: Problem, *, lang: str, seen: dict[str, int]) -> dict[str, object]:
    line = problem.line if problem.line is not None else problem.row
    key = "\0".join([problem.code, problem.file, str(line or ""), problem.field or "", problem.value or ""])
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    seen[digest] = seen.get(digest, 0) + 1
    if seen[digest] > 1:  # the same finding twice still needs its own fingerprint
        digest = hashlib.sha256(f"{key}\0{seen[digest]}".encode()).hexdigest()
    return {
        "type": "issue",
        "check_name": f"etalase/{problem.code}",
        "description": f"{location(problem, lang)}: {message(problem, lang)}",
        "fingerprint": digest,
        "severity": SEVERITY[problem.severity],
        "location": {"path": problem.file, "lines": {"begin": max(line or 1, 1)}},
    }


def format_code_quality(problems: Iterable[Problem], *, lang: str = "id") -> str:
    seen: dict[str, int] = {}
    return json.dumps([entry(problem, lang=lang, seen=seen) for problem in problems], ensure_ascii=False,
                      indent=1) + "\n"
