"""Real servers for the hosting tests, started on 127.0.0.1 in temporary folders: Debian's nginx,
apache2 and OpenSSH's sshd (installed by ``dev.py test``). Every wait is bounded."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

NGINX = "/usr/sbin/nginx"
APACHE = "/usr/sbin/apache2"
SSHD = "/usr/sbin/sshd"
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")
START_SECONDS = 10.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text(errors='replace') if log.exists() else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"server did not listen on 127.0.0.1:{port} within {START_SECONDS} s")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=START_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=START_SECONDS)


def nginx_main_config(prefix: Path, site_config: str) -> str:
    module = f"load_module {BROTLI_MODULE};\n" if BROTLI_MODULE.exists() else ""
    user = "user root;\n" if os.geteuid() == 0 else ""
    return (f"{module}{user}daemon off;\nworker_processes 1;\npid {prefix}/nginx.pid;\n"
            f"error_log {prefix}/error.log warn;\nevents {{ worker_connections 64; }}\n"
            f"http {{\n    access_log off;\n    client_body_temp_path {prefix}/body;\n"
            f"    proxy_temp_path {prefix}/proxy;\n    fastcgi_temp_path {prefix}/fastcgi;\n"
            f"    uwsgi_temp_path {prefix}/uwsgi;\n    scgi_temp_path {prefix}/scgi;\n"
            f"    sendfile on;\n{site_config}}}\n")


@contextmanager
def nginx(prefix: Path, site_config_for_port: object) -> Iterator[str]:
    """nginx serving ``site_config_for_port(port)`` (a server block); yields the base URL."""
    assert shutil.which(NGINX), "nginx is installed by dev.py test (Debian package nginx)"
    prefix.mkdir(parents=True, exist_ok=True)
    port = free_port()
    config = prefix / "nginx.conf"
    config.write_text(nginx_main_config(prefix, site_config_for_port(port)), encoding="utf-8")  # type: ignore[operator]
    checked = subprocess.run([NGINX, "-t", "-q", "-p", str(prefix), "-c", str(config)], capture_output=True,
                             text=True, timeout=START_SECONDS, check=False)
    assert checked.returncode == 0, checked.stderr
    log = prefix / "error.log"
    process = subprocess.Popen([NGINX, "-p", str(prefix), "-c", str(config)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, process, log)
        yield f"http://127.0.0.1:{port}/"
    finally:
        stop(process)


@contextmanager
def nginx_release(release_dir: Path, site: Path, prefix: Path) -> Iterator[str]:
    """nginx serving the release folder ``release_dir`` of the built ``site`` with its generated
    server block (publish/nginx.py); yields the base URL."""
    from generator.publish import nginx as nginx_config
    from generator.publish import policy

    found = policy.policies(site)

    def config(port: int) -> str:
        return nginx_config.server_config(found, root=str(release_dir), listen=f"127.0.0.1:{port}",
                                          brotli=BROTLI_MODULE.exists())

    with nginx(prefix, config) as url:
        yield url


def keygen(path: Path) -> Path:
    """A throwaway ed25519 key pair (``path`` and ``path.pub``)."""
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "etalase-test", "-f", str(path)],
                   check=True, timeout=START_SECONDS)
    return path


@contextmanager
def sshd(folder: Path, authorized: Path) -> Iterator[tuple[int, Path]]:
    """OpenSSH's sshd on 127.0.0.1 with its own host key, accepting only the key ``authorized``.

    Yields the port and a known_hosts file pinning the host key.
    """
    assert Path(SSHD).exists(), "sshd is installed by dev.py test (Debian package openssh-server)"
    folder.mkdir(parents=True, exist_ok=True)
    host_key = keygen(folder / "host_key")
    port = free_port()
    shutil.copyfile(authorized, folder / "authorized_keys")
    Path("/run/sshd").mkdir(exist_ok=True)  # privilege separation folder sshd insists on
    config = folder / "sshd_config"
    config.write_text("\n".join([
        f"Port {port}", "ListenAddress 127.0.0.1", f"HostKey {host_key}", f"PidFile {folder}/sshd.pid",
        f"AuthorizedKeysFile {folder}/authorized_keys", "PasswordAuthentication no",
        "KbdInteractiveAuthentication no", "PubkeyAuthentication yes", "PermitRootLogin prohibit-password",
        "UsePAM no", "StrictModes no", "MaxStartups 50", "LogLevel ERROR", ""]), encoding="utf-8")
    log = folder / "sshd.log"
    process = subprocess.Popen([SSHD, "-D", "-f", str(config), "-E", str(log)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    known_hosts = folder / "known_hosts"
    known_hosts.write_text(f"[127.0.0.1]:{port} {(folder / 'host_key.pub').read_text(encoding='utf-8')}",
                           encoding="utf-8")
    try:
        wait_for_port(port, process, log)
        yield port, known_hosts
    finally:
        stop(process)


APACHE_MODULES = ("mpm_event", "authz_core", "dir", "mime", "headers", "alias", "filter", "deflate")


@contextmanager
def apache(prefix: Path, docroot: Path) -> Iterator[str]:
    """Debian's apache2 serving ``docroot`` with ``AllowOverride All`` (it reads the release's .htaccess).

    Apache will not run as root, so as root it serves as www-data: ``docroot`` must be readable by all.
    """
    assert Path(APACHE).exists(), "apache2 is installed by dev.py test (Debian package apache2)"
    prefix.mkdir(parents=True, exist_ok=True)
    port = free_port()
    modules = [f"LoadModule {name}_module /usr/lib/apache2/modules/mod_{name}.so" for name in APACHE_MODULES]
    user = ["User www-data", "Group www-data"] if os.geteuid() == 0 else []
    config = prefix / "apache2.conf"
    config.write_text("\n".join([
        f"ServerRoot {prefix}", f"Listen 127.0.0.1:{port}", "ServerName 127.0.0.1", f"PidFile {prefix}/httpd.pid",
        f"ErrorLog {prefix}/error.log", "LogLevel warn", *modules, *user, "TypesConfig /etc/mime.types",
        f"DocumentRoot {docroot}", "<Directory />", "    AllowOverride None", "    Require all denied", "</Directory>",
        f"<Directory {docroot}>", "    AllowOverride All", "    Require all granted", "</Directory>",
        '<FilesMatch "^\\.ht">', "    Require all denied", "</FilesMatch>", ""]), encoding="utf-8")
    checked = subprocess.run([APACHE, "-t", "-f", str(config)], capture_output=True, text=True,
                             timeout=START_SECONDS, check=False)
    assert checked.returncode == 0, checked.stderr
    process = subprocess.Popen([APACHE, "-DFOREGROUND", "-f", str(config)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, process, prefix / "error.log")
        yield f"http://127.0.0.1:{port}/"
    finally:
        stop(process)
