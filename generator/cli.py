"""Command line: ``python -m generator validate|build|serve``. The only place that prints or exits."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from generator import pipeline
from generator.github import format_github, format_summary
from generator.model import Problem
from generator.pii import redact
from generator.report import format_json, format_text
from generator.scaffold import created_message, new_dataset
from generator.settings import LANGS, MAX_FILE_MB, MAX_SITE_MB, PREVIEW_ROWS, Settings, find_root
from generator.site import DEFAULT_ENGINE, ENGINES
from generator.timing import format_timings

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="python -m generator",
                                   description="Etalase: validasi dan bangun situs data terbuka PPID.")
    main.add_argument("--root", type=Path, help="folder repositori (bawaan: folder ini)")
    main.add_argument("--lang", choices=LANGS, default="id", help="bahasa pesan (id atau en)")
    main.add_argument("--strict", action="store_true", help="peringatan juga menggagalkan")
    main.add_argument("--max-file-mb", type=float, default=MAX_FILE_MB,
                      help=f"ukuran terbesar satu berkas data dalam MB (bawaan: {MAX_FILE_MB:g})")
    main.add_argument("--max-site-mb", type=float, default=MAX_SITE_MB,
                      help=f"ukuran terbesar situs hasil bangun dalam MB (bawaan: {MAX_SITE_MB:g}, batas GitHub Pages)")
    main.add_argument("--today", type=_date, help="tanggal acuan kesegaran informasi, TTTT-BB-HH "
                      "(bawaan: SOURCE_DATE_EPOCH atau tanggal commit HEAD)")
    main.add_argument("--preview-rows", type=int, default=PREVIEW_ROWS, metavar="N",
                      help=f"jumlah baris pratinjau di halaman dataset (bawaan: {PREVIEW_ROWS})")
    main.add_argument("--no-cache", action="store_true",
                      help="jangan pakai hasil validasi tersimpan di .etalase/cache/ (tidak dibaca, tidak ditulis)")
    main.add_argument("--cache-dir", type=Path, metavar="FOLDER",
                      help="folder cache hasil validasi (bawaan: .etalase/cache/ di repositori)")
    main.add_argument("--jobs", type=_positive, metavar="N",
                      help="jumlah proses validasi sejalan (bawaan: satu per inti CPU; 1: tanpa proses tambahan)")
    commands = main.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="periksa semua berkas tanpa mengubah berkas Anda "
                                   "(hasil disimpan di .etalase/cache/)")
    validate.add_argument("--format", choices=("text", "json", "github"), default="text",
                          help="github: anotasi alur kerja dan ringkasan di $GITHUB_STEP_SUMMARY")
    validate.add_argument("--kepatuhan", action="store_true",
                          help="tampilkan juga status setiap butir kewajiban informasi dan persentasenya")
    validate.add_argument("--shard", type=_shard, metavar="K/N",
                          help="validasi hanya bagian K dari N (per dataset; bagian 1 juga memeriksa seluruh "
                          "proyek) dan simpan hasilnya di cache, untuk dijalankan di beberapa mesin")
    merge = commands.add_parser("merge-cache", help="gabungkan folder cache hasil validasi (dari beberapa mesin) "
                                "ke cache repositori ini")
    merge.add_argument("folders", type=Path, nargs="+", metavar="FOLDER",
                       help="folder cache dari validate --shard K/N --cache-dir FOLDER")
    build = commands.add_parser("build", help="validasi lalu bangun situs ke folder site/")
    _engine_option(build)
    build.add_argument("--timings", action="store_true", help="tampilkan lama setiap tahap (detik)")
    commands.add_parser("check-links", help="periksa bahwa setiap tautan internal di site/ menuju berkas yang ada")
    serve = commands.add_parser("serve", help="pratinjau lokal yang dibangun ulang saat berkas berubah")
    serve.add_argument("--port", type=int, default=8000)
    _engine_option(serve)
    new = commands.add_parser("new-dataset", help="buat paket data baru dari sebuah berkas CSV")
    new.add_argument("csv", type=Path, help="berkas CSV sumber")
    new.add_argument("--name", help="nama folder dataset (bawaan: dari nama berkas)")
    new.add_argument("--sheet", help="lembar kerja XLSX/ODS yang diubah menjadi CSV (bawaan: lembar pertama)")
    _import_commands(commands)
    return main


def _import_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    dip = commands.add_parser("import-dip", help="impor DIP dari Excel/ODS/CSV, halaman web (HTML), JSON atau SQL")
    dip.add_argument("source", type=Path, metavar="FILE", help="berkas sumber")
    dip.add_argument("--sheet", help="hanya lembar kerja ini (bawaan: semua lembar)")
    dip.add_argument("--mapping", type=Path, metavar="FILE.yaml", help="pemetaan kunci JSON ke kolom DIP")
    dik = commands.add_parser("import-dik", help="impor daftar informasi yang dikecualikan (DIK)")
    dik.add_argument("source", type=Path, metavar="FILE", help="berkas sumber")
    dik.add_argument("--sheet", help="hanya lembar kerja ini (bawaan: semua lembar)")
    ckan = commands.add_parser("import-ckan", help="impor dataset dari portal Satu Data (CKAN)")
    ckan.add_argument("source", metavar="SOURCE", help="alamat API CKAN atau berkas jawaban JSON yang disimpan")
    ckan.add_argument("--name", help="nama folder dataset (bawaan: dari nama dataset di portal)")
    for command in (dip, dik, ckan):
        command.add_argument("--force", action="store_true", help="ganti berkas atau folder yang sudah ada")


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"bukan bilangan bulat positif: {value}")
    return int(value)


def _shard(value: str) -> tuple[int, int]:
    index, _, count = value.partition("/")
    if not (index.isdigit() and count.isdigit() and 1 <= int(index) <= int(count)):
        raise argparse.ArgumentTypeError(f"bukan K/N dengan 1 <= K <= N: {value}")
    return int(index), int(count)


def _engine_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--engine", choices=sorted(ENGINES), default=DEFAULT_ENGINE,
                         help=f"mesin situs (bawaan: {DEFAULT_ENGINE}; zensical: penerus Material for MkDocs)")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"bukan tanggal TTTT-BB-HH: {value}") from exc


def main(argv: list[str] | None = None) -> int:
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
        print((f"Error writing or reading files{where}: {exc.strerror or exc}. site/ was left unchanged."
               if settings.lang == "en" else
               f"Gagal menulis atau membaca berkas{where}: {exc.strerror or exc}. Folder site/ tidak diubah."),
              file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as exc:
        detail = redact(f"{type(exc).__name__}: {exc}")
        print((f"Etalase internal error: {detail}. site/ was left unchanged. "
               "Report it to the Etalase maintainers." if settings.lang == "en" else
               f"Kesalahan internal Etalase: {detail}. Folder site/ tidak diubah. "
               "Laporkan ke pengelola Etalase."), file=sys.stderr)
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
        return run_check_links(settings)
    if args.command == "merge-cache":
        return run_merge_cache(settings, args.folders)
    from generator.serve import serve

    return serve(settings, port=args.port, on_build=lambda outcome: print_outcome(outcome, settings))


def run_validate(settings: Settings, *, output: str, compliance: bool = False) -> int:
    outcome = pipeline.check(settings)
    if output == "json":
        print(format_json(outcome.problems, lang=settings.lang))
    elif output == "github":
        print_github(outcome.problems, settings)
    else:
        print(format_text(outcome.problems, lang=settings.lang, colour=sys.stdout.isatty()))
        if compliance:
            from generator.compliance.summary import compliance_text

            print(compliance_text(outcome.project, settings))
    failed = pipeline.has_errors(outcome.problems, strict=settings.strict)
    return EXIT_PROBLEMS if failed else EXIT_OK


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
    en = settings.lang == "en"
    if outcome.problems:
        print(format_text(outcome.problems, lang=settings.lang, colour=sys.stdout.isatty()))
    if outcome.built:
        print(f"Site built in {settings.site_dir}" if en else f"Situs selesai dibangun di {settings.site_dir}")
        return EXIT_OK
    if outcome.engine_output:
        print(redact(outcome.engine_output), file=sys.stderr)
        print("The site engine failed; site/ was left unchanged." if en else
              "Mesin situs gagal; folder site/ tidak diubah.", file=sys.stderr)
    else:
        print("Validation failed; site/ was left unchanged. Fix the problems above." if en else
              "Validasi gagal; folder site/ tidak diubah. Perbaiki masalah di atas.", file=sys.stderr)
    return EXIT_PROBLEMS


def run_check_links(settings: Settings) -> int:
    from generator.linkcheck import check_built_site

    broken = check_built_site(settings)
    en = settings.lang == "en"
    for link in broken:
        print(f"{link.page}: {link.link} ({link.reason})")
    if not settings.site_dir.is_dir():
        print("site/ does not exist: run build first." if en else
              "Folder site/ belum ada: jalankan build dahulu.", file=sys.stderr)
        return EXIT_PROBLEMS
    if broken:
        print(f"{len(broken)} broken links." if en else f"{len(broken)} tautan rusak.", file=sys.stderr)
        return EXIT_PROBLEMS
    print("Every internal link resolves." if en else "Semua tautan internal menuju berkas yang ada.")
    return EXIT_OK


def run_merge_cache(settings: Settings, folders: list[Path]) -> int:
    from generator.cache import merge_caches

    en = settings.lang == "en"
    missing = [str(folder) for folder in folders if not folder.is_dir()]
    if missing:
        print((f"Not a folder: {', '.join(missing)}." if en else f"Bukan folder: {', '.join(missing)}."),
              file=sys.stderr)
        return EXIT_USAGE
    copied = merge_caches(folders, settings.cache_dir)
    print(f"{copied} validation results merged into {settings.cache_dir}" if en else
          f"{copied} hasil validasi digabungkan ke {settings.cache_dir}")
    return EXIT_OK
