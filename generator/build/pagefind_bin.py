"""A pinned Pagefind binary from the npm registry, checked against its published integrity.

PyPI's ``pagefind[bin]`` stops at 1.5.2, which writes its filter indexes (``pagefind/filter/*``)
and the two files naming them (``pagefind-entry.json``, ``pagefind.*.pf_meta``) in hash-map
order, so two builds of one commit differ in them. Pagefind 1.6.0 writes them sorted; it is
published on npm only (``@pagefind/<platform>``, the binary in ``package/bin/``). Run

    python -m generator.build.pagefind_bin

once after installing (``dev.py`` and the workflows do): it downloads the tarball of this
platform, refuses it unless its SHA-512 equals the integrity pinned below, and puts the binary
at ``<venv>/pagefind/<version>/``. searchindex.py uses it when present and PyPI's otherwise
(then those ten files may differ between builds, nothing else). Standard library only.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import platform
import sys
import tarfile
import urllib.request
from pathlib import Path

VERSION = "1.6.0"
REGISTRY = "https://registry.npmjs.org"
# (sys.platform, machine) -> npm package of the platform and its dist.integrity for VERSION
PACKAGES = {
    ("linux", "x86_64"): ("linux-x64",
                          "sha512-IbMSx/+Vr/Xk0TTBlLkjgK+rvnbOXGmmb2/MKxQu99AR5DsqQoV3NKEA9PQz2tAhuCZjeD5xJBp4w5N5DHIC7Q=="),
    ("linux", "aarch64"): ("linux-arm64",
                          "sha512-SLB2I+XqCZma8NvIGIH8nyKblgKIxw5PmqsVtofWOKxNHhEtOEsddbqU+hsrNcT3EV0faM6UmKDHVIxcPYq29w=="),
    ("darwin", "x86_64"): ("darwin-x64",
                          "sha512-rd3ZbtuxyYqjASKZAPuIV7eeQQHJ7VYpoNKKG8CvglaD3g30eT5Nb7XGNLYwVReBsCccpkURwrGwWjSwr8nyQQ=="),
    ("darwin", "arm64"): ("darwin-arm64",
                          "sha512-611gl64aqN12UcMyKPtZ8+vRWBKlJFSh2JgO8uScxa1Eyjo1dXz9r4wZuRno0yCUE/KN0FauEoKZ3KEwUYHCCg=="),
    ("win32", "AMD64"): ("windows-x64",
                          "sha512-cUA2+yXfbymdJllyMjY5YTBwuOgh0/H53Pn5fYKjDnDjk154Ft4U5RVj3TenWySPL/jG6zJfARUWSlyUyXHlZw=="),
}
NAME = "pagefind_extended.exe" if sys.platform == "win32" else "pagefind_extended"


def binary_path(prefix: str | Path = sys.prefix) -> Path:
    """Where the pinned binary lives in the environment ``prefix`` (present or not)."""
    return Path(prefix) / "pagefind" / VERSION / NAME


def package() -> tuple[str, str] | None:
    """The npm package and integrity of this platform, or None when none is pinned."""
    return PACKAGES.get((sys.platform, platform.machine()))


def tarball_url(name: str) -> str:
    return f"{REGISTRY}/@pagefind/{name}/-/{name}-{VERSION}.tgz"


def verify(data: bytes, integrity: str) -> None:
    """Raise ValueError unless ``data`` has the npm ``integrity`` (``sha512-<base64>``)."""
    algorithm, _, expected = integrity.partition("-")
    if algorithm != "sha512":
        raise ValueError(f"unsupported integrity {integrity!r}")
    actual = base64.b64encode(hashlib.sha512(data).digest()).decode()
    if actual != expected:
        raise ValueError(f"the Pagefind tarball does not match its pinned integrity ({actual} != {expected})")


def extract(data: bytes, target: Path) -> Path:
    """Write the binary of the verified tarball ``data`` to ``target`` (atomically, executable)."""
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        try:
            member = archive.extractfile(f"package/bin/{NAME}")
        except KeyError:
            member = None
        if member is None:
            raise ValueError(f"package/bin/{NAME} missing from the Pagefind tarball")
        binary = member.read()
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    scratch.write_bytes(binary)
    scratch.chmod(0o755)
    os.replace(scratch, target)
    return target


def install(prefix: str | Path = sys.prefix) -> Path | None:
    """Download, verify and install the pinned binary unless present; None on an unpinned platform."""
    target = binary_path(prefix)
    if target.is_file():
        return target
    pinned = package()
    if pinned is None:
        return None
    name, integrity = pinned
    with urllib.request.urlopen(tarball_url(name), timeout=120) as response:  # a fixed https URL
        data = response.read()
    verify(data, integrity)
    return extract(data, target)


if __name__ == "__main__":
    try:
        install()
    except (OSError, ValueError) as exc:
        sys.exit(f"pagefind {VERSION}: {exc}")
