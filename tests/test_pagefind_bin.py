"""The pinned Pagefind binary: checked against its npm integrity, installed where searchindex.py finds it."""

from __future__ import annotations

import base64
import hashlib
import io
import subprocess
import tarfile
from pathlib import Path

import pytest

from generator.build import pagefind_bin
from generator.build.searchindex import index_inputs, pagefind_command


def tarball(files: dict[str, bytes]) -> bytes:
    """An npm package tarball (gzip'd tar with a package/ folder) holding ``files``."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def test_a_tarball_is_accepted_only_with_its_pinned_integrity() -> None:
    data = tarball({f"package/bin/{pagefind_bin.NAME}": b"binary"})
    pagefind_bin.verify(data, integrity(data))
    with pytest.raises(ValueError, match="pinned integrity"):
        pagefind_bin.verify(data + b"\0", integrity(data))
    with pytest.raises(ValueError, match="unsupported"):
        pagefind_bin.verify(data, "sha1-" + integrity(data).removeprefix("sha512-"))


def test_the_binary_is_extracted_executable_to_its_versioned_place(tmp_path: Path) -> None:
    data = tarball({"package/package.json": b"{}", f"package/bin/{pagefind_bin.NAME}": b"#!/bin/sh\necho ok\n"})
    target = pagefind_bin.extract(data, pagefind_bin.binary_path(tmp_path))
    assert target == tmp_path / "pagefind" / pagefind_bin.VERSION / pagefind_bin.NAME
    assert subprocess.run([str(target)], capture_output=True, text=True, check=True).stdout == "ok\n"
    assert pagefind_bin.install(tmp_path) == target  # present: nothing downloaded
    with pytest.raises(ValueError, match="missing"):
        pagefind_bin.extract(tarball({"package/package.json": b"{}"}), tmp_path / "other")


def test_every_pin_is_a_sha512_of_one_platform_package() -> None:
    for name, pin in pagefind_bin.PACKAGES.values():
        assert pin.startswith("sha512-") and len(base64.b64decode(pin.removeprefix("sha512-"))) == 64
        assert pagefind_bin.tarball_url(name).endswith(f"/@pagefind/{name}/-/{name}-{pagefind_bin.VERSION}.tgz")


def test_the_installed_pinned_binary_is_the_one_that_indexes() -> None:
    pinned = pagefind_bin.binary_path()
    if not pinned.is_file():
        pytest.fail("run `python -m generator.build.pagefind_bin` (dev.py does) to install Pagefind "
                    f"{pagefind_bin.VERSION}; without it two builds differ in Pagefind's filter files")
    assert pagefind_command() == [str(pinned)]
    version = subprocess.run([str(pinned), "--version"], capture_output=True, text=True, check=True).stdout
    assert version.strip() == f"pagefind {pagefind_bin.VERSION}"
    assert index_inputs()["binary"] == str(pinned)
