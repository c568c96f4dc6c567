"""Command line: ``python -m generator validate|build|serve``. The only place that prints or exits."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from generator import pipeline
from generator.report import format_json, format_text
from generator.settings import LANGS, Settings, find_root

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="python -m generator",
                                   description="Etalase: validasi dan bangun situs data terbuka PPID.")
    main.add_argument("--root", type=Path, help="folder repositori (bawaan: folder ini)")
    main.add_argument("--lang", choices=LANGS, default="id", help="bahasa pesan (id atau en)")
    main.add_argument("--strict", action="store_true", help="peringatan juga menggagalkan")
    main.add_argument("--today", type=_date, help="tanggal acuan kesegaran informasi, TTTT-BB-HH "
                      "(bawaan: SOURCE_DATE_EPOCH atau tanggal commit HEAD)")
    commands = main.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="periksa semua berkas tanpa mengubah apa pun")
    validate.add_argument("--format", choices=("text", "json"), default="text")
    validate.add_argument("--kepatuhan", action="store_true",
                          help="tampilkan juga status setiap butir kewajiban informasi dan persentasenya")
    commands.add_parser("build", help="validasi lalu bangun situs ke folder site/")
    serve = commands.add_parser("serve", help="pratinjau lokal yang dibangun ulang saat berkas berubah")
    serve.add_argument("--port", type=int, default=8000)
    return main


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"bukan tanggal TTTT-BB-HH: {value}") from exc


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    settings = Settings(root=(args.root or find_root()).resolve(), lang=args.lang, strict=args.strict,
                        today=args.today)
    if args.command == "validate":
        return run_validate(settings, output=args.format, compliance=args.kepatuhan)
    if args.command == "build":
        return run_build(settings)
    from generator.serve import serve

    return serve(settings, port=args.port, on_build=lambda outcome: print_outcome(outcome, settings))


def run_validate(settings: Settings, *, output: str, compliance: bool = False) -> int:
    outcome = pipeline.check(settings)
    if output == "json":
        print(format_json(outcome.problems, lang=settings.lang))
    else:
        print(format_text(outcome.problems, lang=settings.lang, colour=sys.stdout.isatty()))
        if compliance:
            from generator.compliance.summary import compliance_text

            print(compliance_text(outcome.project, settings))
    failed = pipeline.has_errors(outcome.problems, strict=settings.strict)
    return EXIT_PROBLEMS if failed else EXIT_OK


def run_build(settings: Settings) -> int:
    outcome = pipeline.build(settings)
    return print_outcome(outcome, settings)


def print_outcome(outcome: pipeline.Outcome, settings: Settings) -> int:
    en = settings.lang == "en"
    if outcome.problems:
        print(format_text(outcome.problems, lang=settings.lang, colour=sys.stdout.isatty()))
    if outcome.built:
        print(f"Site built in {settings.site_dir}" if en else f"Situs selesai dibangun di {settings.site_dir}")
        return EXIT_OK
    if outcome.engine_output:
        print(outcome.engine_output, file=sys.stderr)
        print("The site engine failed; site/ was left unchanged." if en else
              "Mesin situs gagal; folder site/ tidak diubah.", file=sys.stderr)
    else:
        print("Validation failed; site/ was left unchanged. Fix the problems above." if en else
              "Validasi gagal; folder site/ tidak diubah. Perbaiki masalah di atas.", file=sys.stderr)
    return EXIT_PROBLEMS
