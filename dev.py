#!/usr/bin/env python3
"""Bootstrap for a fresh machine with nothing but Python 3.11+.

    python3 dev.py site    install into .venv, build the sample site, serve it on 127.0.0.1:8000
    python3 dev.py build   install and build only
    python3 dev.py test    install everything (Debian's chromium, nginx, apache2, sshd too) and run the whole test suite

Only the standard library is used here, so it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
CHROMIUM = Path("/usr/bin/chromium")


def run(*command: str | Path) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], cwd=ROOT, check=True)


def install(extra: str) -> None:
    """Create .venv and install the project; skipped when pyproject.toml has not changed."""
    if not PYTHON.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extra.encode()).hexdigest()
    stamp = VENV / f".installed-{extra or 'site'}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "--quiet", "-e", f".[{extra}]" if extra else ".")
    stamp.write_text(digest)


def ensure_pagefind() -> None:
    """Pagefind 1.6 (byte-identical search index) from the npm registry, checked against its pinned
    SHA-512 (generator/build/pagefind_bin.py); without it PyPI's 1.5 is used."""
    run(PYTHON, "-m", "generator.build.pagefind_bin")


def ensure_chromium() -> None:
    """The browser tests drive Debian's chromium; install it when missing."""
    if CHROMIUM.exists():
        return
    apt = shutil.which("apt-get")
    if apt is None:
        sys.exit("The browser tests need Chromium at /usr/bin/chromium (Debian package 'chromium').")
    prefix = [] if os.geteuid() == 0 else ["sudo", "-n"]
    run(*prefix, apt, "update", "-qq")
    run(*prefix, apt, "install", "-y", "-qq", "chromium")


SERVERS = {"/usr/sbin/nginx": "nginx", "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so":
           "libnginx-mod-http-brotli-static", "/usr/sbin/apache2": "apache2", "/usr/sbin/sshd": "openssh-server",
           "/usr/bin/rsync": "rsync"}


def ensure_servers() -> None:
    """The hosting tests start Debian's nginx, apache2 and sshd on 127.0.0.1 and deploy with rsync."""
    missing = sorted(package for path, package in SERVERS.items() if not Path(path).exists())
    if not missing:
        return
    apt = shutil.which("apt-get")
    if apt is None:
        sys.exit(f"The hosting tests need the Debian packages {', '.join(missing)}.")
    prefix = [] if os.geteuid() == 0 else ["sudo", "-n"]
    run(*prefix, apt, "update", "-qq")
    run(*prefix, apt, "install", "-y", "-qq", "--no-install-recommends", *missing)


def ensure_npm_tools() -> None:
    """axe-core for the accessibility tests, from tests/js/package-lock.json (node_modules is not committed)."""
    folder = ROOT / "tests" / "js"
    lock = folder / "package-lock.json"
    stamp = folder / "node_modules" / ".installed"
    digest = hashlib.sha256(lock.read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("The accessibility tests need Node.js and npm (Debian packages 'nodejs' and 'npm') "
                 "to install axe-core from tests/js/package-lock.json.")
    run(npm, "ci", "--prefix", folder, "--no-audit", "--no-fund")
    stamp.write_text(digest)


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "site"
    if command in ("site", "build"):
        install("")
        ensure_pagefind()
        run(PYTHON, "-m", "generator", "serve" if command == "site" else "build")
        return 0
    if command == "test":
        install("test")
        ensure_pagefind()
        ensure_chromium()
        ensure_servers()
        ensure_npm_tools()
        run(PYTHON, "-m", "ruff", "check", "generator", "tests", "benchmarks", "dev.py")
        run(PYTHON, "-m", "mypy")
        # one worker a core, each test file in one worker (its module fixtures, such as a built
        # site, are built once, not once a worker); "-n 0" after it: one process
        run(PYTHON, "-m", "pytest", "-n", "auto", "--dist", "loadfile", *argv[2:])
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.returncode)
