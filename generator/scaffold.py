"""``new-dataset``: a new data package from one CSV file, with placeholders staff must fill.

The schema comes from Frictionless inference, except that columns that look like codes
(leading zeros, region codes, NIK/NPSN-like names) are kept as text. Every placeholder
starts with ``ISI:``, which ``validate`` reports until it is replaced, so a scaffold is
never published unfinished. Nothing existing is ever overwritten.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import tempfile
from pathlib import Path

from generator.i18n import N_
from generator.load.io.yamlio import load_yaml_mapping
from generator.model import Problem
from generator.report.messages import cli, truncate
from generator.settings import Settings
from generator.validate.checks.columns import CODE_NAME
from generator.validate.checks.headers import DATA_LIKE, is_title_block, title_block
from generator.validate.checks.preflight import preflight
from generator.validate.checks.table import Table
from generator.validate.frictionless import infer_schema
from generator.vocab import FREQUENCIES

LEADING_ZERO = re.compile(r"^0\d")


def slugify(text: str) -> str:
    """Lowercase letters, digits and single hyphens: a permanent dataset identifier."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "dataset"


def new_dataset(source: Path, settings: Settings, *, name: str | None = None,
                sheet: str | None = None) -> tuple[Path | None, list[Problem]]:
    """Create datasets/<name>/ with a copy of ``source`` and a datapackage.yaml; refuse to overwrite.

    A workbook (XLSX/ODS) is first converted to CSV; the problems returned with a created folder are
    the notes of that conversion.
    """
    from generator.importer.workbook import is_workbook, workbook_csv

    if is_workbook(source):
        csv_text, notes = workbook_csv(source, shown=str(source), sheet=sheet)
        if csv_text is None:
            return None, notes
        with tempfile.TemporaryDirectory() as temporary:
            converted = Path(temporary) / f"{source.stem}.csv"
            converted.write_text(csv_text, encoding="utf-8")
            created, problems = new_dataset(converted, settings, name=name or source.stem)
        return created, problems if created is None else notes
    shown = str(source)
    if not source.is_file():
        return None, [Problem("file-missing", shown, params=(("hint", N_("Sebutkan berkas CSV yang ada.")),))]
    slug = slugify(name or source.stem)
    folder = settings.datasets_dir / slug
    rel = f"datasets/{slug}"
    if folder.exists() or folder.is_symlink():
        return None, [Problem("scaffold-exists", rel, value=rel)]
    verdict = preflight(source, file=shown, schema={}, dialect={}, max_bytes=settings.max_bytes)
    if not verdict.runnable:
        return None, verdict.problems
    if verdict.table is not None and (problem := header_problem(verdict.table, file=shown)):
        return None, [problem]
    fields = [_field(item, source) for item in infer_schema(source)]
    folder.mkdir(parents=True)
    target = folder / f"{slug}.csv"
    shutil.copyfile(source, target)
    (folder / "datapackage.yaml").write_text(descriptor_text(slug, target.name, fields, settings),
                                             encoding="utf-8")
    return folder, []


def header_problem(table: Table, *, file: str) -> Problem | None:
    """Without a schema, the first row must still look like column names: no title, no data, no blanks."""
    header = table.header
    shown = truncate(",".join(header))
    if is_title_block(header):
        return title_block(table, file=file)
    if any(DATA_LIKE.match(cell.strip()) for cell in header):
        return Problem("header-missing", file, row=1, value=shown, params=(("expected", "nama_kolom,..."),))
    blank = next((index for index, cell in enumerate(header, start=1) if not cell.strip()), None)
    if blank is not None:
        return Problem("blank-label", file, row=1, params=(("position", str(blank)),))
    return None


def _field(item: dict[str, str], source: Path) -> dict[str, str]:
    """Inferred type, or string for a column that holds codes."""
    values = column_values(source, item["name"])
    codes = CODE_NAME.search(item["name"]) or any(LEADING_ZERO.match(value) for value in values)
    kind = "string" if codes and item["type"] in ("integer", "number", "year") else item["type"]
    return {"name": item["name"], "type": kind}


def column_values(source: Path, column: str) -> list[str]:
    with source.open(encoding="utf-8-sig", newline="") as handle:
        return [row.get(column) or "" for row in csv.DictReader(handle)]


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def descriptor_text(slug: str, csv_name: str, fields: list[dict[str, str]], settings: Settings) -> str:
    profile, _ = load_yaml_mapping(settings.root / "content" / "site.yaml", file="content/site.yaml")
    body = str((profile or {}).get("name") or "") or "ISI: nama badan publik"
    lines = [
        f"name: {slug}",
        f"title: {_q('ISI: judul dataset')}",
        f"description: {_q('ISI: jelaskan isi, sumber dan cara pengumpulan data')}",
        f"keywords: [{_q('ISI: kata kunci')}]",
        f"topic: {_q('ISI: topik, mis. Kependudukan')}",
        "licenses:",
        "  - {name: CC-BY-4.0, title: Creative Commons Attribution 4.0,"
        " path: \"https://creativecommons.org/licenses/by/4.0/\"}",
        f"publisher: {{name: {_q(body)}, unit: {_q('ISI: unit pengelola data')}}}",
        f"contact: {{name: {_q('ISI: nama kontak')}, email: {_q('ISI: surel kontak')}}}",
        f"frequency: {_q('ISI: salah satu dari ' + ', '.join(FREQUENCIES))}",
        f"temporal: {{start: {_q('ISI: TTTT-BB-HH')}, end: {_q('ISI: TTTT-BB-HH')}}}",
        f"spatial: {_q('ISI: wilayah cakupan')}",
        "resources:",
        f"  - name: {slug}",
        f"    path: {_q(csv_name)}",
        f"    title: {_q('ISI: judul tabel')}",
        "    schema:",
        "      fields:",
    ]
    for item in fields:
        lines.append(f"        - {{name: {_q(item['name'])}, type: {item['type']}, title: {_q(item['name'])},"
                     f" description: {_q('ISI: arti kolom ' + item['name'])}}}")
    lines.append("      missingValues: [\"\"]")
    return "\n".join(lines) + "\n"


def created_message(folder: Path, settings: Settings) -> str:
    rel = folder.relative_to(settings.root).as_posix()
    _ = cli(settings.lang).gettext
    return _(
        "Dataset baru dibuat di {folder}/. Isi semua bagian bertanda \"ISI:\" di {folder}/datapackage.yaml, "
        "periksa tipe setiap kolom, lalu jalankan: python -m generator validate").format(folder=rel)
