"""Publish a release to an own server over SSH, and roll back: the stages, as problems and figures.

    preflight (tools, target folder, free space) -> upload into releases/<id>.partial (rsync)
    -> verify every SHA-256 on the server -> rename and switch ``current`` (one rename(2))
    -> keep the newest N releases

Until the switch the live release is never touched, so a failed or killed upload leaves it
serving; the next publish removes the unfinished ``.partial`` folder.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.model import Problem
from generator.publish import release as releases
from generator.publish.ssh import Target, run_remote, upload, values

# exit status of remote.sh -> problem code
REMOTE_CODES = {10: "publish-no-rsync", 11: "publish-no-rsync", 12: "publish-target-foreign",
                13: "publish-no-space", 14: "publish-verify-failed", 15: "publish-no-previous",
                16: "publish-target-denied", 17: "publish-switch-failed"}
SSH_FAILED = 255


@dataclass
class Outcome:
    problems: list[Problem] = field(default_factory=list)
    release: str | None = None  # the release now live (None: unchanged or unknown)
    previous: str | None = None  # the release that was live before
    timings: dict[str, float] = field(default_factory=dict)


def problem(code: str, target: Target, **params: str) -> Problem:
    return Problem(code=code, file=target.label, params=tuple(sorted(params.items())))


def ssh_problem(result: subprocess.CompletedProcess[str], target: Target, current: str) -> Problem:
    """What an OpenSSH failure means, from its message (exit status 255)."""
    text = result.stderr.lower()
    detail = " ".join(result.stderr.split())[:300]
    if "host key verification failed" in text or "host key for" in text or "no matching host key" in text:
        return problem("publish-host-key-unknown", target, detail=detail, current=current)
    if "permission denied" in text or "too many authentication failures" in text:
        return problem("publish-auth-failed", target, detail=detail, current=current)
    return problem("publish-unreachable", target, detail=detail, current=current)


def remote_problem(result: subprocess.CompletedProcess[str], target: Target, current: str, **params: str) -> Problem:
    if result.returncode == SSH_FAILED:
        return ssh_problem(result, target, current)
    code = REMOTE_CODES.get(result.returncode, "publish-switch-failed")
    found = values(result.stdout)
    extra = {"tool": "rsync" if result.returncode == 10 else "sha256sum",
             "free_mb": f"{int((found.get('free_kb') or ['0'])[0]) / 1024:.1f}",
             "files": ", ".join(found.get("bad", []) or found.get("count", []))[:400]}
    return problem(code, target, current=current, detail=" ".join(result.stderr.split())[:300], **extra, **params)


def release_name(site: Path, now: dt.datetime) -> str:
    """Names sort by time; the commit says what was built."""
    manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
    commit = str(manifest.get("source_commit") or "local")[:12]
    return f"{now:%Y%m%dT%H%M%S}{now.microsecond:06d}Z-{commit}"


def check_site(site: Path, target: Target) -> list[Problem]:
    if not (site / "manifest.json").is_file():
        return [Problem(code="publish-site-missing", file="site/")]
    bad = releases.manifest_mismatches(site)
    if bad:
        return [Problem(code="publish-site-corrupt", file="site/manifest.json",
                        params=(("files", ", ".join(bad[:10])),))]
    if target.known_hosts is None or not target.known_hosts.is_file() or not target.known_hosts.read_text().strip():
        return [problem("publish-host-key-missing", target)]
    return []


def timed(timings: dict[str, float], name: str, step: Callable[[], subprocess.CompletedProcess[str]]
          ) -> subprocess.CompletedProcess[str]:
    start = time.perf_counter()
    result = step()
    timings[name] = round(time.perf_counter() - start, 3)
    return result


def publish(site: Path, target: Target, *, work_dir: Path, site_url: str | None, keep: int = 5,
            bwlimit_kbps: int | None = None, now: dt.datetime | None = None) -> Outcome:
    outcome = Outcome(problems=check_site(site, target))
    if outcome.problems:
        return outcome
    name = release_name(site, now or dt.datetime.now(dt.UTC))
    staging = work_dir / "release" / name
    shutil.rmtree(work_dir / "release", ignore_errors=True)
    start = time.perf_counter()
    releases.prepare(site, staging, site_url=site_url)
    outcome.timings["prepare"] = round(time.perf_counter() - start, 3)
    try:
        return _send(staging, name, target, keep=keep, bwlimit_kbps=bwlimit_kbps, outcome=outcome)
    finally:
        shutil.rmtree(work_dir / "release", ignore_errors=True)


FULL_KB = 64  # less room than this after a failed upload: the disk filled up


def _send(staging: Path, name: str, target: Target, *, keep: int, bwlimit_kbps: int | None,
          outcome: Outcome) -> Outcome:
    size = sum(path.stat().st_size for path in staging.rglob("*") if path.is_file())
    checked = timed(outcome.timings, "preflight", lambda: run_remote(target, "preflight", target.rsync_path, str(size)))
    current = (values(checked.stdout).get("current") or [""])[0]
    if checked.returncode != 0:
        outcome.problems.append(remote_problem(checked, target, current or "-", need_mb=f"{size / 1e6:.1f}"))
        return outcome
    outcome.previous = current or None
    sent = timed(outcome.timings, "upload",
                 lambda: upload(target, staging, name, link_dest=current or None, bwlimit_kbps=bwlimit_kbps))
    if sent.returncode != 0:
        detail = " ".join(sent.stderr.split())[-300:]
        full = "no space left" in sent.stderr.lower()
        if not full:  # rsync does not always say why it stopped: look at the disk before cleaning up
            free = (values(run_remote(target, "free").stdout).get("free_kb") or [""])[0]
            full = free.isdigit() and int(free) <= FULL_KB
            detail = f"{detail} No space left on device (free: {free} KB)".strip() if full else detail
        run_remote(target, "discard", name)  # best effort: the next preflight removes it too
        code = "publish-disk-full" if full else "publish-upload-failed"
        outcome.problems.append(problem(code, target, current=current or "-", detail=detail))
        return outcome
    verified = timed(outcome.timings, "verify", lambda: run_remote(target, "verify", name))
    if verified.returncode != 0:
        run_remote(target, "discard", name)
        outcome.problems.append(remote_problem(verified, target, current or "-"))
        return outcome
    switched = timed(outcome.timings, "switch", lambda: run_remote(target, "switch", name, str(keep)))
    if switched.returncode != 0:
        outcome.problems.append(remote_problem(switched, target, current or "-"))
        return outcome
    outcome.release = name
    return outcome


def rollback(target: Target) -> Outcome:
    """Make the release before the current one live again (the newer one stays on the server)."""
    outcome = Outcome()
    if target.known_hosts is None or not target.known_hosts.is_file():
        outcome.problems.append(problem("publish-host-key-missing", target))
        return outcome
    found = timed(outcome.timings, "previous", lambda: run_remote(target, "previous"))
    if found.returncode != 0:
        outcome.problems.append(remote_problem(found, target, (values(found.stdout).get("current") or ["-"])[0]))
        return outcome
    current, previous = values(found.stdout)["current"][0], values(found.stdout)["previous"][0]
    switched = timed(outcome.timings, "switch", lambda: run_remote(target, "switch", previous))
    if switched.returncode != 0:
        outcome.problems.append(remote_problem(switched, target, current))
        return outcome
    outcome.previous, outcome.release = current, previous
    return outcome
