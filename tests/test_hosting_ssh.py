"""``publish`` over SSH against a real sshd (Debian's openssh-server) on 127.0.0.1, with throwaway
keys, and an nginx serving ``current``: first deploy, redeploy under load, interrupted uploads,
rollback, and each bad input the issue names."""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.publish import nginx, policy
from tests import servers
from tests.conftest import ROOT
from tests.test_hosting_nginx import get

CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
USER = getpass.getuser()
BOUND = 30.0  # seconds any wait below may take


def write_site(site: Path, label: str, *, big_bytes: int = 0) -> None:
    """A small built site: pages with their CSP meta tag, a CSV download and its manifest.json."""
    for page in ("index.html", "dip/index.html", "404.html"):
        path = site / page
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f'<!doctype html><html><head><meta charset="utf-8">\n'
                        f'<meta http-equiv="Content-Security-Policy" content="{CSP}"><title>{label}</title>'
                        f'</head><body>{label} {page} {"x" * 4000}</body></html>',
                        encoding="utf-8")
    csv = site / "dataset" / "contoh" / "contoh.csv"
    csv.parent.mkdir(parents=True, exist_ok=True)
    csv.write_bytes(f"tahun,nilai\n2025,{len(label)}\n".encode())
    if big_bytes:
        (site / "dataset" / "contoh" / "besar.bin").write_bytes(os.urandom(big_bytes))
    files = [{"bytes": csv.stat().st_size, "path": "dataset/contoh/contoh.csv",
              "sha256": hashlib.sha256(csv.read_bytes()).hexdigest()}]
    (site / "manifest.json").write_text(json.dumps({"files": files, "source_commit": "abc123"}), encoding="utf-8")


def make_repo(folder: Path, label: str, **options: int) -> Path:
    (folder / "content").mkdir(parents=True)
    (folder / "content" / "site.yaml").write_text("site_url: https://ppid.kotacontoh.go.id/\n", encoding="utf-8")
    write_site(folder / "site", label, **options)
    return folder


def publish(repo: Path, target: str, port: int, key: Path, known_hosts: Path, *extra: str,
            wait: bool = True) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "generator", "--root", str(repo), "publish", "--to", target, "--port", str(port),
               "--identity", str(key), "--known-hosts", str(known_hosts), *extra]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)


class Server:
    def __init__(self, folder: Path, port: int, known_hosts: Path, key: Path) -> None:
        self.folder, self.port, self.known_hosts, self.key = folder, port, known_hosts, key

    def publish(self, repo: Path, path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
        return publish(repo, f"{USER}@127.0.0.1:{path}", self.port, self.key, self.known_hosts, *extra)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("sshd")
    key = servers.keygen(folder / "deploy_key")
    with servers.sshd(folder / "server", Path(f"{key}.pub")) as (port, known_hosts):
        yield Server(folder, port, known_hosts, key)


def current(target: Path) -> str:
    return os.readlink(target / "current")


class Poller(threading.Thread):
    """A reader asking for pages while the switch happens; records anything but a whole page."""

    def __init__(self, base: str, allowed: dict[str, set[bytes]]) -> None:
        super().__init__(daemon=True)
        self.base, self.allowed, self.stop, self.bad, self.count = base, allowed, threading.Event(), [], 0

    def run(self) -> None:
        deadline = time.monotonic() + 120
        while not self.stop.is_set() and time.monotonic() < deadline:
            for path, bodies in self.allowed.items():
                status, _, body = get(self.base, path)
                self.count += 1
                if status != 200 or body not in bodies:
                    self.bad.append((path, status, body[:80]))


def test_deploy_redeploy_interrupt_and_rollback(server: Server, tmp_path: Path) -> None:
    target = tmp_path / "srv" / "etalase"
    first = make_repo(tmp_path / "a", "rilis-A")
    second = make_repo(tmp_path / "b", "rilis-B")
    found = policy.policies(first / "site")
    config = lambda port: nginx.server_config(found, root=str(target / "current"), listen=f"127.0.0.1:{port}")  # noqa: E731
    result = server.publish(first, target)
    assert result.returncode == 0, result.stderr
    release_a = current(target)
    assert release_a.startswith("releases/") and "abc123" in release_a
    assert (target / "current" / "index.html").read_bytes() == (first / "site" / "index.html").read_bytes()
    with servers.nginx(tmp_path / "nginx", config) as base:
        assert get(base, "/")[2] == (first / "site" / "index.html").read_bytes()
        pages = {path: {(repo / "site" / file).read_bytes() for repo in (first, second)}
                 for path, file in (("/", "index.html"), ("/dip/", "dip/index.html"))}
        poller = Poller(base, pages)
        poller.start()
        result = server.publish(second, target)
        time.sleep(0.3)
        poller.stop.set()
        poller.join(BOUND)
        assert result.returncode == 0, result.stderr
        assert poller.bad == [] and poller.count > 10
        assert get(base, "/")[2] == (second / "site" / "index.html").read_bytes()
        release_b = current(target)

        # lost connection halfway: the ssh under rsync is killed; B keeps serving, a clear message
        slow = make_repo(tmp_path / "c", "rilis-C", big_bytes=3_000_000)
        process = subprocess.Popen([sys.executable, "-m", "generator", "--root", str(slow), "publish", "--to",
                                    f"{USER}@127.0.0.1:{target}", "--port", str(server.port), "--identity",
                                    str(server.key), "--known-hosts", str(server.known_hosts), "--bwlimit", "300"],
                                   cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   start_new_session=True)
        uploading = wait_for_partial(target)
        assert uploading, "the upload never started"
        kill_transport(process.pid)
        _, stderr = process.communicate(timeout=BOUND)
        assert process.returncode == 1 and "[publish-upload-failed]" in stderr, stderr
        assert f"(rilis {release_b.split('/')[1]})" in stderr
        assert current(target) == release_b and get(base, "/")[2] == (second / "site" / "index.html").read_bytes()
        assert not list((target / "releases").glob("*.partial"))

        # the whole publish killed mid-transfer: B still serves; the next publish clears the remains
        process = subprocess.Popen([sys.executable, "-m", "generator", "--root", str(slow), "publish", "--to",
                                    f"{USER}@127.0.0.1:{target}", "--port", str(server.port), "--identity",
                                    str(server.key), "--known-hosts", str(server.known_hosts), "--bwlimit", "300"],
                                   cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   start_new_session=True)
        assert wait_for_partial(target)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(BOUND)
        assert current(target) == release_b and get(base, "/")[2] == (second / "site" / "index.html").read_bytes()

        # rollback to A, then nothing older is left
        result = server.publish(second, target, "--rollback")
        assert result.returncode == 0, result.stderr
        assert current(target) == release_a and get(base, "/")[2] == (first / "site" / "index.html").read_bytes()
        result = server.publish(second, target, "--rollback")
        assert result.returncode == 1 and "[publish-no-previous]" in result.stderr
        assert current(target) == release_a

    # keep the newest N: a fresh publish after the killed one removes its remains too
    for _ in range(3):
        assert server.publish(second, target, "--keep", "2").returncode == 0
    kept = sorted(path.name for path in (target / "releases").iterdir())
    assert len(kept) == 2 and not any(name.endswith(".partial") for name in kept)
    assert current(target) == f"releases/{kept[-1]}"


def wait_for_partial(target: Path) -> bool:
    deadline = time.monotonic() + BOUND
    while time.monotonic() < deadline:
        partial = list((target / "releases").glob("*.partial"))
        if partial and any(path.is_file() for path in partial[0].rglob("*")):
            time.sleep(0.5)
            return True
        time.sleep(0.05)
    return False


def kill_transport(pid: int) -> None:
    """Kill the ssh processes under ``pid`` (what a lost connection looks like to rsync)."""
    for _ in range(100):
        found = [int(child) for child in descendants(pid) if Path(f"/proc/{child}/comm").read_text().strip() == "ssh"]
        if found:
            for child in found:
                os.kill(child, signal.SIGKILL)
            return
        time.sleep(0.05)
    raise AssertionError("no ssh under the publish process")


def descendants(pid: int) -> list[int]:
    found, queue = [], [pid]
    while queue:
        parent = queue.pop()
        try:
            children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
        except OSError:
            continue
        found += [int(child) for child in children]
        queue += [int(child) for child in children]
    return found


def test_unreachable_host(server: Server, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "a", "A")
    result = publish(repo, f"{USER}@127.0.0.1:{tmp_path / 'srv'}", servers.free_port(), server.key, server.known_hosts)
    assert result.returncode == 1 and "[publish-unreachable]" in result.stderr
    assert f"{USER}@127.0.0.1:{tmp_path / 'srv'}" in result.stderr


def test_wrong_key(server: Server, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "a", "A")
    other = servers.keygen(tmp_path / "other_key")
    result = publish(repo, f"{USER}@127.0.0.1:{tmp_path / 'srv'}", server.port, other, server.known_hosts)
    assert result.returncode == 1 and "[publish-auth-failed]" in result.stderr, result.stderr
    assert not (tmp_path / "srv").exists()


def test_unknown_host_key_is_refused(server: Server, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "a", "A")
    impostor = servers.keygen(tmp_path / "impostor")
    pinned = tmp_path / "known_hosts"
    pinned.write_text(f"[127.0.0.1]:{server.port} {Path(f'{impostor}.pub').read_text()}", encoding="utf-8")
    result = server.publish(repo, tmp_path / "srv", "--known-hosts", str(pinned))
    assert result.returncode == 1 and "[publish-host-key-unknown]" in result.stderr, result.stderr
    empty = tmp_path / "empty"
    empty.write_text("", encoding="utf-8")
    result = server.publish(repo, tmp_path / "srv", "--known-hosts", str(empty))
    assert result.returncode == 1 and "[publish-host-key-missing]" in result.stderr, result.stderr
    assert not (tmp_path / "srv").exists()


def test_no_rsync_on_the_server(server: Server, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "a", "A")
    result = server.publish(repo, tmp_path / "srv", "--remote-rsync", "/tidak/ada/rsync")
    assert result.returncode == 1 and "[publish-no-rsync]" in result.stderr, result.stderr


def test_target_that_holds_something_else(server: Server, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "a", "A")
    (tmp_path / "srv").mkdir()
    (tmp_path / "srv" / "index.php").write_text("<?php // the old portal", encoding="utf-8")
    result = server.publish(repo, tmp_path / "srv")
    assert result.returncode == 1 and "[publish-target-foreign]" in result.stderr, result.stderr
    assert sorted(path.name for path in (tmp_path / "srv").iterdir()) == ["index.php"]


def test_not_enough_space(server: Server, tmp_path: Path) -> None:
    small = tmp_path / "small"
    small.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(small)], capture_output=True,
                             text=True, check=False, timeout=BOUND)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {mounted.stderr.strip()}")
    try:
        repo = make_repo(tmp_path / "a", "A")
        assert server.publish(repo, small / "srv").returncode == 0  # fits
        big = make_repo(tmp_path / "b", "B", big_bytes=2_000_000)
        result = server.publish(big, small / "srv")
        assert result.returncode == 1 and "[publish-no-space]" in result.stderr, result.stderr
        assert (small / "srv" / "current" / "index.html").read_text(encoding="utf-8").count("A index.html") == 1
        # many tiny files look small enough, but each takes a whole page of the disk: the disk fills mid-upload
        tiny = make_repo(tmp_path / "c", "C")
        for index in range(400):
            (tiny / "site" / f"kecil-{index:03d}.txt").write_text(f"{index}\n", encoding="utf-8")
        result = server.publish(tiny, small / "srv")
        assert result.returncode == 1 and "[publish-disk-full]" in result.stderr, result.stderr
        assert "No space left on device" in result.stderr
        assert (small / "srv" / "current" / "index.html").read_text(encoding="utf-8").count("A index.html") == 1
        assert not list((small / "srv" / "releases").glob("*.partial"))
    finally:
        subprocess.run(["umount", str(small)], check=False, timeout=BOUND)


def test_messages_name_the_fix_and_the_live_release() -> None:
    from generator.model import Problem
    from generator.report.messages import location, message

    found = Problem(code="publish-target-foreign", file="deploy@ppid.kotacontoh.go.id:/srv/etalase",
                    params=(("current", "20261201T000000000000Z-abc123"),))
    assert location(found) == "deploy@ppid.kotacontoh.go.id:/srv/etalase"
    assert message(found).startswith("Folder tujuan di server sudah berisi berkas lain (bukan rilis Etalase")
    assert message(found).endswith("Situs yang tayang tidak berubah (rilis 20261201T000000000000Z-abc123).")
    assert message(found, "en").endswith("The live site is unchanged (release 20261201T000000000000Z-abc123).")
