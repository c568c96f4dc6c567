"""The system's OpenSSH client and rsync, driven with a pinned host key and nothing from ~/.ssh.

Why the system tools and not a Python SSH library: rsync (delta transfer, ``--link-dest`` hard
links to the previous release, resumable, bandwidth limits) needs the rsync program on both ends
and has no Python equivalent, and OpenSSH is what a server administrator already audits and
allows. ``ssh -F none`` ignores the runner's own configuration; ``StrictHostKeyChecking=yes``
with a known-hosts file given by the caller means an unknown or changed host key is refused.
"""

from __future__ import annotations

import shlex
import subprocess
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

CONNECT_SECONDS = 15
ACTION_SECONDS = 600  # one remote step (hash check of a large site included)
UPLOAD_SECONDS = 6 * 3600  # an upload over a slow link; rsync's own --timeout catches a stalled one
IO_TIMEOUT = 60


@dataclass(frozen=True)
class Target:
    """Where releases go: ``user@host:/path`` on ``port``, with the key and known hosts to use."""

    user: str
    host: str
    path: str
    port: int = 22
    identity: Path | None = None
    known_hosts: Path | None = None
    rsync_path: str = "rsync"

    @property
    def label(self) -> str:
        return f"{self.user}@{self.host}:{self.path}" + (f" (port {self.port})" if self.port != 22 else "")


def parse_target(text: str) -> tuple[str, str, str] | None:
    """``user@host:/absolute/path`` as (user, host, path), or None when it is not of that form."""
    user, at, rest = text.partition("@")
    host, colon, path = rest.partition(":")
    if not (at and colon and user and host and path.startswith("/")) or ".." in path.split("/"):
        return None
    return user, host, path.rstrip("/") or "/"


def ssh_options(target: Target) -> list[str]:
    options = ["-F", "none", "-p", str(target.port), "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes",
               "-o", f"UserKnownHostsFile={target.known_hosts}", "-o", "GlobalKnownHostsFile=/dev/null",
               "-o", "UpdateHostKeys=no", "-o", f"ConnectTimeout={CONNECT_SECONDS}",
               "-o", "ServerAliveInterval=10", "-o", "ServerAliveCountMax=3", "-o", "LogLevel=ERROR"]
    if target.identity:
        options += ["-o", "IdentitiesOnly=yes", "-i", str(target.identity)]
    return options


def remote_script() -> str:
    return resources.files("generator.publish").joinpath("remote.sh").read_text(encoding="utf-8")


def run_remote(target: Target, action: str, release: str = "", arg: str = "") -> subprocess.CompletedProcess[str]:
    """Run one action of remote.sh on the server (the script goes on standard input)."""
    command = "sh -s -- " + " ".join(shlex.quote(part) for part in (action, target.path, release, arg))
    return subprocess.run(["ssh", *ssh_options(target), f"{target.user}@{target.host}", command],
                          input=remote_script(), capture_output=True, text=True, timeout=ACTION_SECONDS,
                          check=False)


def rsync_command(target: Target, source: Path, release: str, *, link_dest: str | None,
                  bwlimit_kbps: int | None = None) -> list[str]:
    """Upload ``source`` into ``releases/<release>.partial`` (hard links to ``link_dest`` for unchanged files)."""
    # --checksum: a file of the same size and time as in the previous release may still differ (builds are
    # quick; the hash check on the server caught it), so compare contents before hard-linking
    command = ["rsync", "--recursive", "--links", "--times", "--perms", "--checksum",
               "--chmod=Du=rwx,Dgo=rx,Fu=rw,Fgo=r", "--compress", "--partial", f"--timeout={IO_TIMEOUT}",
               f"--rsync-path={target.rsync_path}",
               "-e", shlex.join(["ssh", *ssh_options(target)])]
    if link_dest:
        command.append(f"--link-dest=../{link_dest}")
    if bwlimit_kbps:
        command.append(f"--bwlimit={bwlimit_kbps}")
    destination = f"{target.path}/releases/{release}.partial/"
    return [*command, f"{source}/", f"{target.user}@{target.host}:{destination}"]  # rsync >= 3.2.4 protects args


def upload(target: Target, source: Path, release: str, *, link_dest: str | None,
           bwlimit_kbps: int | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(rsync_command(target, source, release, link_dest=link_dest, bwlimit_kbps=bwlimit_kbps),
                          capture_output=True, text=True, timeout=UPLOAD_SECONDS, check=False)


def values(output: str) -> dict[str, list[str]]:
    """The ``key=value`` lines a remote action printed."""
    found: dict[str, list[str]] = {}
    for line in output.splitlines():
        key, equals, value = line.partition("=")
        if equals:
            found.setdefault(key.strip(), []).append(value.strip())
    return found
