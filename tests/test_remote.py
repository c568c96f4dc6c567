"""Data files too large for git: an external URL with a declared SHA-256, verified on 127.0.0.1."""

from __future__ import annotations

import hashlib
import json
import socket
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import pipeline
from generator.settings import Settings
from tests.browser import serving

DATA = b"bulan,kode,nilai\n2025-04-01,GH,10\n2025-05-01,IJ,20\n"
DESCRIPTOR = "datasets/angka-kecil/datapackage.yaml"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    folder = tmp_path / "gudang"
    folder.mkdir()
    (folder / "besar.csv").write_bytes(DATA)
    with serving(folder) as base:
        yield base


def add_remote(mini: Path, url: str, *, sha: str | None = None, size: int | None = None,
               opt_in: bool = True) -> None:
    path = mini / DESCRIPTOR
    text = path.read_text(encoding="utf-8")
    if opt_in:
        text = text.replace("resources:\n", "remote: true\nresources:\n", 1)
    extra = "".join(f"    {line}\n" for line in (
        f"bytes: {size if size is not None else len(DATA)}" if size != -1 else "",
        f'hash: "sha256:{sha or hashlib.sha256(DATA).hexdigest()}"' if sha != "" else "") if line)
    text += f"""  - name: besar
    path: {url}
    title: Angka besar
{extra}    schema:
      fields:
        - {{name: bulan, type: date, title: Bulan, description: Hari pertama bulan.}}
        - {{name: kode, type: string, title: Kode, description: Kode unit.}}
        - {{name: nilai, type: integer, title: Nilai, description: Nilai.}}
"""
    path.write_text(text, encoding="utf-8")


def codes(mini: Path, **settings: object) -> list[tuple[str, str, str | None, str]]:
    outcome = pipeline.check(Settings(root=mini).with_(**settings))
    return [(p.code, p.file, p.field, p.severity.value) for p in outcome.problems]


def test_matching_remote_file_is_published_by_reference(mini: Path, server: str) -> None:
    url = f"{server}besar.csv"
    add_remote(mini, url)
    assert codes(mini) == []
    outcome = pipeline.build(Settings(root=mini))
    assert outcome.built, (outcome.problems, outcome.engine_output)
    site = mini / "site"
    page = (site / "dataset" / "angka-kecil" / "index.html").read_text(encoding="utf-8")
    assert f'href="{url}"' in page and hashlib.sha256(DATA).hexdigest() in page
    catalog = json.loads((site / "data.json").read_text(encoding="utf-8"))
    assert url in [item["downloadURL"] for item in catalog["dataset"][0]["distribution"]]
    archive = site / "dataset" / "angka-kecil" / "unduh" / "angka-kecil.zip"
    with zipfile.ZipFile(archive) as opened:
        assert opened.namelist() == ["datapackage.json", "angka.csv"]
    assert not list((site / "dataset" / "angka-kecil").rglob("besar*"))


def test_checksum_mismatch_is_an_error(mini: Path, server: str) -> None:
    add_remote(mini, f"{server}besar.csv", sha="0" * 64)
    assert codes(mini) == [("remote-checksum", DESCRIPTOR, "besar", "error")]
    assert not pipeline.build(Settings(root=mini)).built


def test_size_mismatch_is_an_error(mini: Path, server: str) -> None:
    add_remote(mini, f"{server}besar.csv", size=len(DATA) + 1)
    assert codes(mini) == [("remote-checksum", DESCRIPTOR, "besar", "error")]


def test_unreachable_remote_file_is_a_clear_warning(mini: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    add_remote(mini, f"http://127.0.0.1:{port}/besar.csv")
    assert codes(mini) == [("remote-unreachable", DESCRIPTOR, "besar", "warning")]
    outcome = pipeline.build(Settings(root=mini))
    assert outcome.built
    assert not pipeline.build(Settings(root=mini, strict=True)).built


def test_remote_paths_need_opt_in_size_and_hash(mini: Path, server: str) -> None:
    add_remote(mini, f"{server}besar.csv", opt_in=False)
    assert codes(mini) == [("path-remote", DESCRIPTOR, "besar", "error")]


def test_remote_without_hash_is_incomplete(mini: Path, server: str) -> None:
    add_remote(mini, f"{server}besar.csv", sha="")
    assert codes(mini) == [("remote-incomplete", DESCRIPTOR, "besar", "error")]


def test_large_local_file_threshold_is_configurable(mini: Path) -> None:
    """Above the limit a file belongs outside git; the message names the remote option."""
    assert ("file-too-large", "datasets/angka-kecil/angka.csv", None, "error") in codes(mini, max_file_mb=0.00001)
    assert codes(mini) == []


def test_remote_files_are_verified_on_every_run_never_cached(mini: Path, tmp_path: Path, server: str) -> None:
    add_remote(mini, f"{server}besar.csv")
    assert codes(mini) == []
    (tmp_path / "gudang" / "besar.csv").write_bytes(DATA.replace(b"10", b"11"))  # changed at its address
    outcome = pipeline.check(Settings(root=mini))
    assert outcome.stats.ran == ()  # the local files were answered from the cache...
    assert [(p.code, p.field) for p in outcome.problems] == [("remote-checksum", "besar")]  # ...not the URL
