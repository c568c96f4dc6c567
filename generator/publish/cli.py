"""The ``publish`` and ``server-config`` commands: arguments, secrets from the environment, output.

Part of the command-line layer (``generator/cli.py`` adds these commands and hands them here); the
only other place that prints. Secrets never appear on a command line: the private key and the
pinned known_hosts lines come from files or from the CI variables ETALASE_SSH_KEY and
ETALASE_SSH_KNOWN_HOSTS, written to a private temporary folder for the run and removed after.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.i18n import current
from generator.load.project import load_profile
from generator.publish import deploy, nginx, policy, release
from generator.publish.ssh import Target, parse_target
from generator.report.messages import cli
from generator.report.text import format_text
from generator.settings import Settings

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The commands, their help in the active language (``with active(language):``)."""
    _ = current("cli").gettext
    publish = commands.add_parser("publish", help=_("terbitkan site/ ke server sendiri lewat SSH: unggah (rsync) ke "
                                  "folder rilis baru, periksa SHA-256 di server, lalu ganti tautan current"))
    publish.add_argument("--to", metavar="USER@HOST:/FOLDER", default=os.environ.get("ETALASE_SSH_TARGET"),
                         help=_("server dan folder tujuan (bawaan: $ETALASE_SSH_TARGET)"))
    publish.add_argument("--port", type=int, default=int(os.environ.get("ETALASE_SSH_PORT") or 22))
    publish.add_argument("--identity", type=Path, metavar="FILE", help=_("kunci privat SSH (bawaan: $ETALASE_SSH_KEY)"))
    publish.add_argument("--known-hosts", type=Path, metavar="FILE",
                         help=_("kunci host server yang disematkan (bawaan: $ETALASE_SSH_KNOWN_HOSTS)"))
    publish.add_argument("--keep", type=int, default=5, metavar="N", help=_("jumlah rilis yang disimpan (bawaan: 5)"))
    publish.add_argument("--rollback", action="store_true", help=_("kembalikan rilis sebelum yang tayang"))
    publish.add_argument("--remote-rsync", default="rsync", metavar="PATH", help=_("program rsync di server"))
    publish.add_argument("--bwlimit", type=int, metavar="KBPS", help=_("batas kecepatan unggah (KB/detik)"))
    publish.add_argument("--folder", type=Path, metavar="FOLDER",
                         help=_("tanpa SSH: tulis rilis (site/ + .gz/.br, .htaccess, CNAME) ke FOLDER, mis. public/ "
                         "untuk GitLab Pages"))
    config = commands.add_parser("server-config", help=_("cetak konfigurasi nginx untuk site/ (header keamanan, "
                                 "jenis MIME, cache, halaman 404)"))
    config.add_argument("--root", dest="docroot", default="/srv/etalase/current", help=_("folder yang dilayani"))
    config.add_argument("--server-name", default="_", help=_("nama domain, mis. ppid.kotacontoh.go.id"))
    config.add_argument("--listen", default="80")
    config.add_argument("--brotli", action="store_true", help=_("brotli_static (libnginx-mod-http-brotli-static)"))
    config.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"), help=_("sertifikat dan kunci TLS (listen ... ssl)"))


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "server-config":
        return run_server_config(args, settings)
    _ = cli(settings.lang).gettext
    profile, _problems = load_profile(settings.root)
    site_url = profile.site_url if profile else None
    if args.folder:
        if not (settings.site_dir / "manifest.json").is_file() or args.folder.exists():
            print(_("{folder} sudah ada atau site/ belum dibangun.").format(folder=args.folder), file=sys.stderr)
            return EXIT_USAGE
        release.prepare(settings.site_dir, args.folder, site_url=site_url)
        print(_("Rilis ditulis ke {folder}").format(folder=args.folder))
        return EXIT_OK
    parsed = parse_target(args.to or "")
    if parsed is None or args.keep < 2:
        print(_("Perlu --to PENGGUNA@HOST:/FOLDER (folder absolut) dan --keep paling sedikit 2."), file=sys.stderr)
        return EXIT_USAGE
    with secrets(args) as (identity, known_hosts):
        target = Target(*parsed, port=args.port, identity=identity, known_hosts=known_hosts,
                        rsync_path=args.remote_rsync)
        if args.rollback:
            outcome = deploy.rollback(target)
        else:
            outcome = deploy.publish(settings.site_dir, target, work_dir=settings.work_dir, site_url=site_url,
                                     keep=args.keep, bwlimit_kbps=args.bwlimit)
    return report(outcome, target, rollback=args.rollback, lang=settings.lang)


@contextmanager
def secrets(args: argparse.Namespace) -> Iterator[tuple[Path | None, Path | None]]:
    with tempfile.TemporaryDirectory(prefix="etalase-ssh-") as folder:
        identity = args.identity or from_environment("ETALASE_SSH_KEY", Path(folder) / "key")
        known_hosts = args.known_hosts or from_environment("ETALASE_SSH_KNOWN_HOSTS", Path(folder) / "known_hosts")
        yield identity, known_hosts


def from_environment(name: str, scratch: Path) -> Path | None:
    """A secret from a CI variable: its text, or the path of a file (GitLab's "File" variables)."""
    value = os.environ.get(name, "").strip()
    if not value:
        return None
    if "\n" not in value and Path(value).is_file():
        return Path(value)
    scratch.touch(mode=0o600)
    scratch.write_text(value + "\n", encoding="utf-8")
    return scratch


def report(outcome: deploy.Outcome, target: Target, *, rollback: bool, lang: str) -> int:
    _ = cli(lang).gettext
    if outcome.problems:
        print(format_text(outcome.problems, lang=lang, colour=sys.stderr.isatty()), file=sys.stderr)
        return EXIT_PROBLEMS
    figures = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in outcome.timings.items())
    before = outcome.previous or "-"
    if rollback:
        print(_("Dikembalikan di {target}: rilis {release} tayang lagi (sebelumnya {before}).").format(
            target=target.label, release=outcome.release, before=before))
    else:
        print(_("Rilis {release} tayang di {target} (sebelumnya: {before}). {figures}").format(
            release=outcome.release, target=target.label, before=before, figures=figures))
    return EXIT_OK


def run_server_config(args: argparse.Namespace, settings: Settings) -> int:
    site = settings.site_dir
    if not site.is_dir():
        print(cli(settings.lang).gettext("Folder site/ belum ada: jalankan build dahulu."), file=sys.stderr)
        return EXIT_PROBLEMS
    print(nginx.server_config(policy.policies(site), root=args.docroot, listen=args.listen,
                              server_name=args.server_name, brotli=args.brotli,
                              tls=tuple(args.tls) if args.tls else None), end="")
    return EXIT_OK
