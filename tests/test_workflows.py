"""The GitHub workflows are linted (schema and security audit), since GitHub is not reachable here."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT, run_cli

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} is installed by dev.py test"
    return found


def test_workflows_match_the_github_schema() -> None:
    result = subprocess.run([tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows",
                             *map(str, WORKFLOWS)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    result = subprocess.run([tool("check-jsonschema"), "--builtin-schema", "vendor.dependabot",
                             str(ROOT / ".github" / "dependabot.yml")], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflows_pass_the_security_audit() -> None:
    result = subprocess.run([tool("zizmor"), "--offline", "--no-progress", str(ROOT / ".github" / "workflows")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def load(name: str) -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))


def kept_between_runs() -> list[str]:
    """The paths publish.yml's cache step keeps from one build to the next."""
    step = next(step for step in load("publish.yml")["jobs"]["build"]["steps"]
                if str(step.get("uses", "")).startswith("actions/cache@"))
    return str(step["with"]["path"]).split()


def test_publish_deploys_only_after_a_successful_build() -> None:
    flow = load("publish.yml")
    assert flow["permissions"] == {}
    assert flow["concurrency"]["cancel-in-progress"] is False
    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert build["permissions"] == {"contents": "read"}
    runs = [step.get("run", "") for step in build["steps"]]
    validate, build_site = "python -m generator $ETALASE_TODAY validate", "python -m generator $ETALASE_TODAY build"
    assert runs.index(validate) < runs.index(build_site) < runs.index("python -m generator check-links")
    # the daily run judges freshness by today's date, the same option a person would type
    assert flow[True]["schedule"]  # YAML 1.1 reads the key `on` as true
    assert "--today=$(TZ=Asia/Jakarta date +%F)" in "".join(runs)
    today = subprocess.run(["bash", "-c", "echo --today=$(TZ=Asia/Jakarta date +%F)"], capture_output=True,
                           text=True, check=True).stdout.split()
    assert run_cli(ROOT, *today, "validate").returncode == 0
    uses = [step.get("uses", "") for step in build["steps"]]
    upload = next(index for index, name in enumerate(uses) if "upload-pages-artifact" in name)
    assert runs.index("python -m generator check-links") < upload
    verify = deploy["steps"][-1]
    assert "etalase-commit" in verify["run"] and "$GITHUB_SHA" in verify["run"]
    assert "${{" not in verify["run"]  # expressions go through env, never into the script
    for job in flow["jobs"].values():
        for step in job["steps"]:
            if "actions/checkout" in step.get("uses", ""):
                assert step["with"]["persist-credentials"] is False
    for job in flow["jobs"].values():
        for step in job["steps"]:
            if "uses" in step:
                assert len(step["uses"].split("@", 1)[1]) == 40, step["uses"]


def test_pull_requests_never_deploy() -> None:
    flow = load("check.yml")
    assert set(flow[True]) == {"pull_request"}  # PyYAML reads the key `on` as True
    assert flow["permissions"] == {}
    assert all("deploy" not in str(job) for job in flow["jobs"].values())


def test_sharded_validation_merges_every_shard_before_the_build() -> None:
    flow = load("validate-sharded.yml")
    assert flow["permissions"] == {}
    shard, build = flow["jobs"]["shard"], flow["jobs"]["build"]
    shards = shard["strategy"]["matrix"]["shard"]
    assert shards == list(range(1, len(shards) + 1)) and shard["env"]["SHARDS"] == len(shards)
    assert build["needs"] == "shard"
    for job in (shard, build):
        assert job["permissions"] == {"contents": "read"}
        for step in job["steps"]:
            if "uses" in step:
                assert len(step["uses"].split("@", 1)[1]) == 40, step["uses"]
            if "actions/checkout" in step.get("uses", ""):
                assert step["with"]["persist-credentials"] is False
            assert "${{" not in step.get("run", "")  # expressions go through env, never into the script
    runs = [step.get("run", "") for step in shard["steps"]]
    assert any("validate --shard \"$SHARD/$SHARDS\"" in run and "--cache-dir shard-cache" in run for run in runs)
    upload = next(step for step in shard["steps"] if "upload-artifact" in step.get("uses", ""))
    assert upload["with"]["path"] == "shard-cache/" and "${{ matrix.shard }}" in upload["with"]["name"]
    steps = [step.get("run") or step.get("uses", "") for step in build["steps"]]
    order = [next(index for index, step in enumerate(steps) if marker in step) for marker in (
        "download-artifact", "merge-cache caches/*", "generator validate", "generator build", "check-links")]
    assert order == sorted(order)
    download = build["steps"][steps.index(next(step for step in steps if "download-artifact" in step))]
    assert download["with"] == {"pattern": "validation-cache-*", "path": "caches"}
