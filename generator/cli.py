"""Command line: ``python -m generator validate|build|serve``. The only place that prints or exits."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from generator import pipeline
from generator.build.engine import DEFAULT_ENGINE, ENGINES
from generator.build.probe import Options
from generator.i18n import active, current
from generator.i18n.languages import DEFAULT, LANGUAGES, Language, by_code
from generator.model import Problem
from generator.report.github import format_github, format_summary
from generator.report.messages import cli
from generator.report.text import format_json, format_text
from generator.scaffold import created_message, new_dataset
from generator.settings import MAX_FILE_MB, MAX_SITE_MB, PREVIEW_ROWS, Settings, find_root
from generator.timing import format_timings
from generator.validate.pii import redact

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def parser() -> argparse.ArgumentParser:
    """The command line, its help in the active language (``with active(language):``)."""
    _ = current("cli").gettext
    main = argparse.ArgumentParser(prog="python -m generator",
                                   description=_("Etalase: validasi dan bangun situs data terbuka PPID."))
    main.add_argument("--root", type=Path, help=_("folder repositori (bawaan: folder ini)"))
    main.add_argument("--lang", choices=[language.code for language in LANGUAGES], default="id",
                      help=_("bahasa pesan (id atau en)"))
    main.add_argument("--strict", action="store_true", help=_("peringatan juga menggagalkan"))
    main.add_argument("--max-file-mb", type=float, default=MAX_FILE_MB,
                      help=_("ukuran terbesar satu berkas data dalam MB (bawaan: {default})").format(
                          default=f"{MAX_FILE_MB:g}"))
    main.add_argument("--max-site-mb", type=float, default=MAX_SITE_MB,
                      help=_("ukuran terbesar situs hasil bangun dalam MB (bawaan: {default}, batas GitHub "
                             "Pages)").format(default=f"{MAX_SITE_MB:g}"))
    main.add_argument("--today", type=_date, help=_("tanggal acuan kesegaran informasi, TTTT-BB-HH "
                                                    "(bawaan: SOURCE_DATE_EPOCH atau tanggal commit HEAD)"))
    main.add_argument("--preview-rows", type=int, default=PREVIEW_ROWS, metavar="N",
                      help=_("jumlah baris pratinjau di halaman dataset (bawaan: {default})").format(
                          default=PREVIEW_ROWS))
    main.add_argument("--no-cache", action="store_true",
                      help=_("jangan pakai hasil validasi tersimpan di .etalase/cache/ (tidak dibaca, tidak ditulis)"))
    main.add_argument("--cache-dir", type=Path, metavar="FOLDER",
                      help=_("folder cache hasil validasi (bawaan: .etalase/cache/ di repositori)"))
    main.add_argument("--jobs", type=_positive, metavar="N",
                      help=_("jumlah proses validasi sejalan (bawaan: satu per inti CPU; 1: tanpa proses tambahan)"))
    commands = main.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help=_("periksa semua berkas tanpa mengubah berkas Anda "
                                                      "(hasil disimpan di .etalase/cache/)"))
    validate.add_argument("--format", choices=("text", "json", "github", "gitlab"), default="text",
                          help=_("github: anotasi alur kerja dan ringkasan di $GITHUB_STEP_SUMMARY; gitlab: laporan "
                                 "Code Quality gl-code-quality-report.json untuk merge request"))
    validate.add_argument("--kepatuhan", action="store_true",
                          help=_("tampilkan juga status setiap butir kewajiban informasi dan persentasenya"))
    validate.add_argument("--shard", type=_shard, metavar="K/N",
                          help=_("validasi hanya bagian K dari N (per dataset; bagian 1 juga memeriksa seluruh "
                                 "proyek) dan simpan hasilnya di cache, untuk dijalankan di beberapa mesin"))
    merge = commands.add_parser("merge-cache", help=_("gabungkan folder cache hasil validasi (dari beberapa "
                                                      "mesin) ke cache repositori ini"))
    merge.add_argument("folders", type=Path, nargs="+", metavar="FOLDER",
                       help=_("folder cache dari validate --shard K/N --cache-dir FOLDER"))
    build = commands.add_parser("build", help=_("validasi lalu bangun situs ke folder site/"))
    _engine_option(build)
    build.add_argument("--timings", action="store_true", help=_("tampilkan lama setiap tahap (detik)"))
    _links_command(commands)
    serve = commands.add_parser("serve", help=_("pratinjau lokal yang dibangun ulang saat berkas berubah"))
    serve.add_argument("--port", type=int, default=8000)
    _engine_option(serve)
    new = commands.add_parser("new-dataset", help=_("buat paket data baru dari sebuah berkas CSV"))
    new.add_argument("csv", type=Path, help=_("berkas CSV sumber"))
    new.add_argument("--name", help=_("nama folder dataset (bawaan: dari nama berkas)"))
    new.add_argument("--sheet", help=_("lembar kerja XLSX/ODS yang diubah menjadi CSV (bawaan: lembar pertama)"))
    _import_commands(commands)
    from generator.publish.cli import add_commands

    add_commands(commands)  # publish, server-config
    return main


def _links_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _ = current("cli").gettext
    links = commands.add_parser("check-links", help=_("periksa bahwa setiap tautan internal di site/ menuju berkas "
                                                      "yang ada (--external: tautan ke situs lain)"))
    links.add_argument("--external", action="store_true",
                       help=_("periksa tautan ke situs lain (dokumen DIP, berkas data eksternal, halaman staf, "
                              "site.yaml) lewat internet; tautan mati menjadi peringatan di baris tempatnya"))
    links.add_argument("--strict", action="store_true", default=argparse.SUPPRESS,
                       help=_("peringatan (tautan mati) juga menggagalkan"))
    links.add_argument("--format", choices=("text", "json", "github", "gitlab"), default="text",
                       help=_("bentuk laporan --external, seperti validate --format"))
    links.add_argument("--timeout", type=_timeout, default=Options.read_timeout, metavar="SECONDS",
                       help=_("lama menunggu jawaban satu server (bawaan: {default}; menyambung paling lama "
                              "{connect} detik)").format(default=f"{Options.read_timeout:g}",
                                                         connect=f"{Options.connect_timeout:g}"))
    links.add_argument("--concurrency", type=_positive, default=Options.concurrency, metavar="N",
                       help=_("jumlah permintaan sejalan (bawaan: {default})").format(default=Options.concurrency))
    links.add_argument("--per-host", type=_positive, default=Options.per_host, metavar="N",
                       help=_("jumlah permintaan sejalan ke satu server (bawaan: {default})").format(
                           default=Options.per_host))
    links.add_argument("--host-delay", type=_seconds, default=Options.delay, metavar="SECONDS",
                       help=_("jeda antara dua permintaan ke satu server (bawaan: {default})").format(
                           default=f"{Options.delay:g}"))
    links.add_argument("--max-age", type=_seconds, default=Options.max_age / 3600, metavar="HOURS",
                       help=_("jawaban yang lebih muda dari ini diambil dari .etalase/links.json, tidak ditanyakan "
                              "lagi (bawaan: {default} jam; 0: selalu tanyakan)").format(
                           default=f"{Options.max_age / 3600:g}"))


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not number >= 0 or number == float("inf"):
        _ = current("cli").gettext
        raise argparse.ArgumentTypeError(_("bukan bilangan nol atau positif: {value}").format(value=value))
    return number


def _timeout(value: str) -> float:
    if _seconds(value) == 0:
        _ = current("cli").gettext
        raise argparse.ArgumentTypeError(_("bukan bilangan positif: {value}").format(value=value))
    return float(value)


def _import_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _ = current("cli").gettext
    dip = commands.add_parser("import-dip", help=_("impor DIP dari Excel/ODS/CSV, halaman web (HTML), JSON atau SQL"))
    dip.add_argument("source", type=Path, metavar="FILE", help=_("berkas sumber"))
    dip.add_argument("--sheet", help=_("hanya lembar kerja ini (bawaan: semua lembar)"))
    dip.add_argument("--mapping", type=Path, metavar="FILE.yaml", help=_("pemetaan kunci JSON ke kolom DIP"))
    dik = commands.add_parser("import-dik", help=_("impor daftar informasi yang dikecualikan (DIK)"))
    dik.add_argument("source", type=Path, metavar="FILE", help=_("berkas sumber"))
    dik.add_argument("--sheet", help=_("hanya lembar kerja ini (bawaan: semua lembar)"))
    ckan = commands.add_parser("import-ckan", help=_("impor dataset dari portal Satu Data (CKAN)"))
    ckan.add_argument("source", metavar="SOURCE", help=_("alamat API CKAN atau berkas jawaban JSON yang disimpan"))
    ckan.add_argument("--name", help=_("nama folder dataset (bawaan: dari nama dataset di portal)"))
    for command in (dip, dik, ckan):
        command.add_argument("--force", action="store_true", help=_("ganti berkas atau folder yang sudah ada"))


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        _ = current("cli").gettext
        raise argparse.ArgumentTypeError(_("bukan bilangan bulat positif: {value}").format(value=value))
    return int(value)


def _shard(value: str) -> tuple[int, int]:
    index, _sep, count = value.partition("/")
    if not (index.isdigit() and count.isdigit() and 1 <= int(index) <= int(count)):
        _ = current("cli").gettext
        raise argparse.ArgumentTypeError(_("bukan K/N dengan 1 <= K <= N: {value}").format(value=value))
    return int(index), int(count)


def _engine_option(command: argparse.ArgumentParser) -> None:
    _ = current("cli").gettext
    command.add_argument("--engine", choices=sorted(ENGINES), default=DEFAULT_ENGINE,
                         help=_("mesin situs (bawaan: {default}; zensical: penerus Material for MkDocs)").format(
                             default=DEFAULT_ENGINE))


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        _ = current("cli").gettext
        raise argparse.ArgumentTypeError(_("bukan tanggal TTTT-BB-HH: {value}").format(value=value)) from exc


def _language(argv: list[str] | None) -> Language:
    """The language named by ``--lang`` in ``argv`` (for the help and the option errors)."""
    words = sys.argv[1:] if argv is None else argv
    for index, word in enumerate(words):
        if word == "--lang" and index + 1 < len(words):
            return by_code(words[index + 1])
        if word.startswith("--lang="):
            return by_code(word.removeprefix("--lang="))
    return DEFAULT


def main(argv: list[str] | None = None) -> int:
    with active(_language(argv)):
        args = parser().parse_args(argv)
    settings = Settings(root=(args.root or find_root()).resolve(), lang=args.lang, strict=args.strict,
                        max_file_mb=args.max_file_mb, max_site_mb=args.max_site_mb, today=args.today,
                        preview_rows=max(args.preview_rows, 0), cache=not args.no_cache,
                        cache_root=args.cache_dir.resolve() if args.cache_dir else None, jobs=args.jobs,
                        shard=getattr(args, "shard", None), engine=getattr(args, "engine", DEFAULT_ENGINE))
    try:
        return run_command(args, settings)
    except OSError as exc:  # disk full, permissions: the file system refused, nothing was swapped in
        where = f" ({exc.filename})" if exc.filename else ""
        _ = cli(settings.lang).gettext
        print(_("Gagal menulis atau membaca berkas{where}: {reason}. Folder site/ tidak diubah.").format(
            where=where, reason=exc.strerror or exc), file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as exc:
        detail = redact(f"{type(exc).__name__}: {exc}")
        _ = cli(settings.lang).gettext
        print(_("Kesalahan internal Etalase: {detail}. Folder site/ tidak diubah. "
                "Laporkan ke pengelola Etalase.").format(detail=detail), file=sys.stderr)
        return EXIT_INTERNAL


def run_command(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "new-dataset":
        return run_new_dataset(settings, args.csv, name=args.name, sheet=args.sheet)
    if args.command in ("import-dip", "import-dik", "import-ckan"):
        return run_import(args, settings)
    if args.command == "validate":
        return run_validate(settings, output=args.format, compliance=args.kepatuhan)
    if args.command == "build":
        return run_build(settings, timings=args.timings)
    if args.command == "check-links":
        if args.external:
            return run_check_external(settings, output=args.format, options=Options(
                read_timeout=args.timeout, connect_timeout=min(Options.connect_timeout, args.timeout),
                concurrency=args.concurrency, per_host=args.per_host, delay=args.host_delay,
                max_age=args.max_age * 3600))
        return run_check_links(settings)
    if args.command == "merge-cache":
        return run_merge_cache(settings, args.folders)
    if args.command in ("publish", "server-config"):
        from generator.publish.cli import run

        return run(args, settings)
    from generator.build.serve import serve

    return serve(settings, port=args.port, on_build=lambda outcome: print_outcome(outcome, settings))


def run_validate(settings: Settings, *, output: str, compliance: bool = False) -> int:
    outcome = pipeline.check(settings)
    print_report(outcome.problems, settings, output=output)
    if output == "text" and compliance:
        from generator.report.kepatuhan import compliance_text

        print(compliance_text(outcome.project, settings))
    failed = pipeline.has_errors(outcome.problems, strict=settings.strict)
    return EXIT_PROBLEMS if failed else EXIT_OK


def print_report(problems: list[Problem], settings: Settings, *, output: str) -> None:
    """Problems as text, JSON, GitHub annotations (and job summary) or a GitLab Code Quality report."""
    if output == "json":
        print(format_json(problems, lang=settings.lang))
    elif output == "github":
        print_github(problems, settings)
    elif output == "gitlab":
        from generator.publish.gitlab import REPORT_FILE, format_code_quality

        Path(REPORT_FILE).write_text(format_code_quality(problems, lang=settings.lang), encoding="utf-8")
        print(format_text(problems, lang=settings.lang, colour=False))
    else:
        print(format_text(problems, lang=settings.lang, colour=sys.stdout.isatty()))


def print_github(problems: list[Problem], settings: Settings) -> None:
    """Annotations on stdout, the readable report after them, and the job summary when GitHub asks."""
    if problems:
        print(format_github(problems, lang=settings.lang))
    print(format_text(problems, lang=settings.lang, colour=False))
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_file:
        with open(summary_file, "a", encoding="utf-8") as handle:
            handle.write(format_summary(problems, lang=settings.lang))


def run_new_dataset(settings: Settings, csv_path: Path, *, name: str | None, sheet: str | None = None) -> int:
    created, problems = new_dataset(csv_path, settings, name=name, sheet=sheet)
    if created is None:
        print(format_text(problems, lang=settings.lang, colour=sys.stdout.isatty()), file=sys.stderr)
        return EXIT_PROBLEMS
    if problems:  # what converting a workbook changed
        print(format_text(problems, lang=settings.lang, colour=False))
    print(created_message(created, settings))
    return EXIT_OK


def run_import(args: argparse.Namespace, settings: Settings) -> int:
    from generator.importer import run

    if args.command == "import-dip":
        outcome = run.run_import_dip(settings, args.source, sheet=args.sheet, mapping=args.mapping, force=args.force)
    elif args.command == "import-dik":
        outcome = run.run_import_dik(settings, args.source, sheet=args.sheet, force=args.force)
    else:
        from generator.importer.ckan import run_import_ckan

        outcome = run_import_ckan(settings, args.source, name=args.name, force=args.force)
    print(format_text(sorted(outcome.problems, key=lambda problem: problem.sort_key), lang=settings.lang,
                      colour=sys.stdout.isatty()), file=sys.stderr if outcome.failed else sys.stdout)
    if outcome.failed:
        return EXIT_PROBLEMS
    print(run.written_text(outcome, lang=settings.lang))
    checked = tuple(file for file in outcome.written if ".imported." not in file)
    if checked:
        print(run.remaining_text(run.remaining(settings, checked), lang=settings.lang))
    return EXIT_OK


def run_build(settings: Settings, *, timings: bool = False) -> int:
    outcome = pipeline.build(settings)
    code = print_outcome(outcome, settings)
    if timings:
        print(format_timings(outcome.timings))
    return code


def print_outcome(outcome: pipeline.Outcome, settings: Settings) -> int:
    _ = cli(settings.lang).gettext
    if outcome.problems:
        print(format_text(outcome.problems, lang=settings.lang, colour=sys.stdout.isatty()))
    if outcome.built:
        print(_("Situs selesai dibangun di {folder}").format(folder=settings.site_dir))
        return EXIT_OK
    if outcome.engine_output:
        print(redact(outcome.engine_output), file=sys.stderr)
        print(_("Mesin situs gagal; folder site/ tidak diubah."), file=sys.stderr)
    else:
        print(_("Validasi gagal; folder site/ tidak diubah. Perbaiki masalah di atas."), file=sys.stderr)
    return EXIT_PROBLEMS


def run_check_links(settings: Settings) -> int:
    from generator.build.linkcheck import check_built_site

    broken = check_built_site(settings)
    translate = cli(settings.lang)
    _ = translate.gettext
    for link in broken:
        print(f"{link.page}: {link.link} ({link.reason})")
    if not settings.site_dir.is_dir():
        print(_("Folder site/ belum ada: jalankan build dahulu."), file=sys.stderr)
        return EXIT_PROBLEMS
    if broken:
        count = len(broken)
        print(translate.ngettext("{count} tautan rusak.", "{count} tautan rusak.", count).format(count=count),
              file=sys.stderr)
        return EXIT_PROBLEMS
    print(_("Semua tautan internal menuju berkas yang ada."))
    return EXIT_OK


def run_check_external(settings: Settings, *, output: str, options: Options) -> int:
    from generator.build.external_links import check_external

    report = check_external(settings, options)
    problems = list(report.problems)
    print_report(problems, settings, output=output)
    translate = cli(settings.lang)
    if output != "json":
        print(translate.ngettext(
            "{links} tautan eksternal ({urls} alamat): {asked} ditanyakan, {cached} dari cache .etalase/links.json.",
            "{links} tautan eksternal ({urls} alamat): {asked} ditanyakan, {cached} dari cache .etalase/links.json.",
            report.links).format(links=report.links, urls=report.urls, asked=report.asked, cached=report.cached),
            file=sys.stderr)
    return EXIT_PROBLEMS if pipeline.has_errors(problems, strict=settings.strict) else EXIT_OK


def run_merge_cache(settings: Settings, folders: list[Path]) -> int:
    from generator.cache import merge_caches

    translate = cli(settings.lang)
    _ = translate.gettext
    missing = [str(folder) for folder in folders if not folder.is_dir()]
    if missing:
        print(_("Bukan folder: {folders}.").format(folders=", ".join(missing)), file=sys.stderr)
        return EXIT_USAGE
    copied = merge_caches(folders, settings.cache_dir)
    print(translate.ngettext("{count} hasil validasi digabungkan ke {folder}",
                             "{count} hasil validasi digabungkan ke {folder}", copied).format(
        count=copied, folder=settings.cache_dir))
    return EXIT_OK
