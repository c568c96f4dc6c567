"""`serve` builds, serves on 127.0.0.1 and rebuilds after a CSV is saved."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.conftest import ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return str(response.read().decode("utf-8"))


def wait_for(url: str, text: str, *, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if text in fetch(url):
                return True
        except OSError:
            pass
        time.sleep(0.2)
    return False


def test_serve_rebuilds_after_a_csv_is_saved(mini: Path) -> None:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "generator", "--root", str(mini), "serve",
                                "--port", str(port)], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        page = f"http://127.0.0.1:{port}/dataset/angka-kecil/"
        assert wait_for(page, "2025-02-01", seconds=60)
        data = mini / "datasets" / "angka-kecil" / "angka.csv"
        data.write_text(data.read_text(encoding="utf-8") + "2025-04-01,ZZ,4242\n", encoding="utf-8")
        assert wait_for(page, "4242", seconds=30)
        data.write_text(data.read_text(encoding="utf-8").replace("4242", "rusak"), encoding="utf-8")
        time.sleep(3)
        assert "4242" in fetch(page), "a broken save must leave the last good preview"
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=10)
    assert "http://127.0.0.1" in output
    assert "baris 5" in output
