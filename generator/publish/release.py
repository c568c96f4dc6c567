"""A release folder made from ``site/``: what the server serves, as uploaded.

Beside the files of the build (hard links, so nothing is copied twice) it holds precompressed
``.gz`` copies of every text file and ``.br`` copies of those under 100 KB (for nginx
``gzip_static``/``brotli_static``, Apache and GitLab Pages), Apache's ``.htaccess``, a ``CNAME`` for a
custom domain, and ``.etalase/release.sha256``: the SHA-256 of every file, checked on the server
before the switch.
Dotfiles are never served (nginx and Apache configurations refuse them).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import brotli

from generator.publish import apache
from generator.publish.policy import TEXT_EXTENSIONS, policies

HASH_LIST = ".etalase/release.sha256"
MIN_COMPRESS_BYTES = 256
HOSTS_WITHOUT_CNAME = ("github.io", "gitlab.io", "localhost", "127.0.0.1")


def link_copy(site: Path, dest: Path) -> None:
    """``dest`` gets the tree of ``site``, hard-linked where the file system allows it."""
    def link(source: str, target: str) -> None:
        try:
            os.link(source, target)
        except OSError:
            shutil.copy2(source, target)
    shutil.copytree(site, dest, copy_function=link, symlinks=False)
    for folder in [dest, *sorted(path for path in dest.rglob("*") if path.is_dir())]:
        folder.chmod(0o755)  # the web server's user must enter every folder (site/ is made private)


def compress(folder: Path, *, with_brotli: bool = True) -> int:
    """Write ``.gz`` (and ``.br`` below ``SMALL`` bytes) beside each text file worth compressing;
    returns how many files. Formats that are compressed already (XLSX, ZIP, images) get none."""
    count = 0
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.suffix[1:].lower() not in TEXT_EXTENSIONS:
            continue
        data = path.read_bytes()
        if len(data) < MIN_COMPRESS_BYTES:
            continue
        for suffix in (".gz", ".br") if with_brotli and len(data) < SMALL else (".gz",):
            target = path.with_name(path.name + suffix)
            if not target.exists():
                target.write_bytes(pack(data, suffix))
        count += 1
    return count


# bytes: pages and assets get the best levels and a .br copy too; a bigger file (the CSV and JSON
# downloads, source maps, large indexes) only a .gz: on a 130 KB CSV of benchmarks/synth.py
# brotli 5 saves 3 % over gzip 6 and would store the file a third time (benchmarks/README.md)
SMALL = 100_000


def pack(data: bytes, suffix: str) -> bytes:
    """Deterministic compressed bytes (gzip without time or name). Levels measured on the sample site
    (10.6 MB of text): brotli 11 took 30 s for 12 % less than brotli 5 in 0.5 s."""
    small = len(data) < SMALL
    if suffix == ".gz":
        return gzip.compress(data, compresslevel=9 if small else 6, mtime=0)
    packed: bytes = brotli.compress(data, quality=9 if small else 5)
    return packed


def cname(site_url: str | None) -> str | None:
    """The custom domain of ``site_url`` (e.g. ppid.kotacontoh.go.id), or None when the host needs none."""
    host = (urlsplit(site_url).hostname or "") if site_url else ""
    if not host or any(host == known or host.endswith("." + known) for known in HOSTS_WITHOUT_CNAME):
        return None
    return host


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def manifest_mismatches(site: Path) -> list[str]:
    """Files of ``manifest.json`` that are missing from ``site`` or differ from their SHA-256."""
    manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
    return [entry["path"] for entry in manifest.get("files", [])
            if not (site / entry["path"]).is_file() or sha256(site / entry["path"]) != entry["sha256"]]


def write_hash_list(folder: Path) -> Path:
    """``sha256sum -c`` input of every file of the release (paths relative to the release folder)."""
    target = folder / HASH_LIST
    target.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and rel != HASH_LIST:
            if "\n" in rel or "\\" in rel:
                raise ValueError(f"file name not publishable: {rel!r}")
            lines.append(f"{sha256(path)}  ./{rel}\n")
    target.write_text("".join(lines), encoding="utf-8")
    return target


def prepare(site: Path, dest: Path, *, site_url: str | None, with_brotli: bool = True) -> Path:
    """Make the release folder ``dest`` (which must not exist) from the built ``site``."""
    link_copy(site, dest)
    compress(dest, with_brotli=with_brotli)
    base_path = urlsplit(site_url).path if site_url else "/"
    (dest / ".htaccess").write_text(apache.htaccess(policies(site), site=site, base_path=base_path or "/"),
                                    encoding="utf-8")
    domain = cname(site_url)
    if domain:
        (dest / "CNAME").write_text(domain + "\n", encoding="utf-8")
    write_hash_list(dest)
    return dest
