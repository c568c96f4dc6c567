"""The GitLab pipeline (linted against GitLab's CI schema, its commands run here) and the Code
Quality report of merge requests (checked against GitLab's documented format)."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import jsonschema
import yaml

from generator.cli import parser
from tests.conftest import ROOT
from tests.test_hosting_ssh import make_repo
from tests.test_staff import DATA
from tests.test_workflows import kept_between_runs, tool

PIPELINE = ROOT / ".gitlab-ci.yml"
SCHEMA = json.loads((ROOT / "tests" / "standards" / "gitlab-code-quality.schema.json").read_text(encoding="utf-8"))


def pipeline() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(PIPELINE.read_text(encoding="utf-8"))


def test_the_pipeline_matches_gitlabs_schema() -> None:
    result = subprocess.run([tool("check-jsonschema"), "--builtin-schema", "vendor.gitlab-ci", str(PIPELINE)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_merge_requests_validate_and_build_but_never_deploy() -> None:
    flow = pipeline()
    validate = flow["validate"]
    assert validate["script"] == ["python -m generator validate --format gitlab"]
    assert validate["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    assert validate["artifacts"]["when"] == "always"
    build = flow["build"]["script"]
    lines = [line for line in build if "generator" in line]
    assert lines[:3] == [
        "python -m generator $ETALASE_TODAY validate", "python -m generator $ETALASE_TODAY build",
        "python -m generator check-links"]
    # the daily schedule alone checks external links: warnings, or a failure when configured strict
    assert len(lines) == 4 and lines[3].startswith('if [ "$CI_PIPELINE_SOURCE" = "schedule" ]; then')
    assert "python -m generator --strict check-links --external\n" in lines[3]
    assert "python -m generator check-links --external\n" in lines[3] and "$ETALASE_LINKS_STRICT" in lines[3]
    caches = {cache["key"]: cache for cache in flow["build"]["cache"]}
    assert caches["etalase-external-links"]["paths"] == [".etalase/links.json"]
    # the last build's work folder and site, per branch: what publish.yml's cache step keeps
    kept = caches["etalase-build-$CI_COMMIT_REF_SLUG"]["paths"]
    assert [path.rstrip("/") for path in kept] == kept_between_runs()
    assert "--today=$(TZ=Asia/Jakarta date +%F)" in build[0] and "schedule" in build[0]
    for name in ("pages", "own-server"):
        job = flow[name]
        assert job["needs"] == ["build"] and job["resource_group"] == "production"
        assert {"if": '$CI_PIPELINE_SOURCE == "merge_request_event"', "when": "never"} in job["rules"]
    assert flow["pages"]["artifacts"]["paths"] == ["public"]
    assert flow["pages"]["rules"][0] == {"if": "$ETALASE_SSH_TARGET", "when": "never"}
    assert "$ETALASE_SSH_TARGET" in flow["own-server"]["rules"][-1]["if"]
    assert flow["rollback"]["rules"][0]["when"] == "manual"
    assert flow["variables"]["GIT_DEPTH"] == "0"


def commands() -> list[list[str]]:
    found = []
    for job in pipeline().values():
        if isinstance(job, dict):
            for line in job.get("script", []):
                for command in line.splitlines():
                    if command.strip().startswith("python -m generator"):
                        found.append(shlex.split(command.replace("$ETALASE_TODAY", ""))[3:])
    return found


def test_every_generator_command_of_the_pipeline_parses() -> None:
    found = commands()
    assert len(found) >= 6
    for arguments in found:
        parser().parse_args(arguments)  # exits on an unknown command or option


def test_the_pages_job_runs_here(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", "rilis-A")
    result = subprocess.run([sys.executable, "-m", "generator", "--root", str(repo), "publish", "--folder",
                             str(tmp_path / "public")], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    public = tmp_path / "public"
    assert (public / "index.html").read_bytes() == (repo / "site" / "index.html").read_bytes()
    assert (public / "index.html.gz").is_file() and (public / "index.html.br").is_file()
    assert (public / "CNAME").read_text(encoding="utf-8") == "ppid.kotacontoh.go.id\n"


def test_code_quality_report_locates_each_problem(mini: Path, tmp_path: Path) -> None:
    (mini / DATA).write_text("bulan,kode,nilai\n2025-01-01,AB,Rp 1.000\n2025-02-01,CD,\"x,y\"\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator", "--root", str(mini), "validate", "--format",
                             "gitlab"], capture_output=True, text=True, cwd=tmp_path, check=False)
    assert result.returncode == 1
    assert "GALAT [number-rupiah]" in result.stdout
    report = json.loads((tmp_path / "gl-code-quality-report.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, SCHEMA)
    located = [(item["check_name"], item["location"]["path"], item["location"]["lines"]["begin"], item["severity"])
               for item in report]
    assert located == [("etalase/number-rupiah", DATA, 2, "critical"), ("etalase/type-error", DATA, 3, "critical")]
    assert report[0]["description"].startswith(f"{DATA}, baris 2, kolom \"nilai\": ")
    assert len({item["fingerprint"] for item in report}) == len(report)


def test_a_clean_site_gives_an_empty_report(mini: Path, tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "generator", "--root", str(mini), "validate", "--format",
                             "gitlab"], capture_output=True, text=True, cwd=tmp_path, check=False)
    assert result.returncode == 0, result.stdout
    report = json.loads((tmp_path / "gl-code-quality-report.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, SCHEMA)
    assert report == []


def test_github_publishes_to_the_own_server_when_it_is_configured() -> None:
    flow = yaml.safe_load((ROOT / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))
    pages, own = flow["jobs"]["deploy"], flow["jobs"]["own-server"]
    assert pages["if"] == "vars.ETALASE_SSH_TARGET == ''" and own["if"] == "vars.ETALASE_SSH_TARGET != ''"
    assert own["needs"] == "build" and own["permissions"] == {"contents": "read"}
    step = own["steps"][-1]
    assert step["run"] == "python -m generator publish --keep 5" and "${{" not in step["run"]
    assert step["env"]["ETALASE_SSH_KEY"] == "${{ secrets.ETALASE_SSH_KEY }}"
    assert step["env"]["ETALASE_SSH_KNOWN_HOSTS"] == "${{ secrets.ETALASE_SSH_KNOWN_HOSTS }}"
    parser().parse_args(step["run"].split()[3:])
