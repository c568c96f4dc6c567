"""``import-dip`` and ``import-dik``: raw entries normalised into rows of content/dip.csv and content/dik.csv.

Recognised spellings are rewritten to the schema's (kategori, bentuk_informasi, retensi, dates);
anything else is kept as written and reported, so ``validate`` still shows it. A value the source
does not have stays empty and is listed, row by row, as something staff must fill.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.importer.clean import assign_ids, iso_date, remove_duplicates, source, strip_html
from generator.importer.mapping import DIK_READ, DIP_SYNONYMS, bentuk_of, kategori_of, retensi_of, year_of
from generator.importer.records import Entry
from generator.importer.sources import read_entries
from generator.model import Problem, Severity
from generator.schemas import OPTIONAL_DIP_COLUMNS, dik_schema, dip_schema

TEXT_COLUMNS = ("judul", "ringkasan", "pejabat_penguasa", "penanggung_jawab", "waktu_pembuatan",
                "tempat_pembuatan", "analisis_konsekuensi", "pertimbangan_kepentingan_publik")
# Columns of the excluded-information register copied into the DIP row of the same item.
DIK_TO_DIP = (("pasal_uu_kip", "dasar_hukum_pengecualian"), ("analisis_konsekuensi", "uji_konsekuensi"),
              ("jangka_waktu", "jangka_waktu_pengecualian"))


@dataclass(frozen=True)
class Imported:
    """The rows to write (column -> value, in the schema's column order) and the report."""

    columns: tuple[str, ...]
    rows: tuple[dict[str, str], ...]
    problems: tuple[Problem, ...]
    read: int = 0
    duplicates: int = 0


def schema_columns(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(all columns, required columns) of a shipped schema."""
    fields = [item for item in (dip_schema() if name == "dip" else dik_schema())["fields"]
              if item["name"] not in OPTIONAL_DIP_COLUMNS]
    return (tuple(str(item["name"]) for item in fields),
            tuple(str(item["name"]) for item in fields if (item.get("constraints") or {}).get("required")))


def import_dip(path: Path, *, shown: str, out_file: str = "content/dip.csv", sheet: str | None = None,
               mapping: Path | None = None) -> Imported:
    entries, problems = read_entries(path, shown=shown, synonyms=DIP_SYNONYMS, sheet=sheet, mapping=mapping)
    if not entries:
        return Imported((), (), tuple(problems))
    columns, required = schema_columns("dip")
    optional = tuple(column for column in OPTIONAL_DIP_COLUMNS
                     if any(entry.values.get(column) for entry in entries))
    return _finish(entries, problems, columns=columns + optional, required=required, out_file=out_file,
                   kategori=None)


def import_dik(path: Path, *, shown: str, out_file: str = "content/dik.csv", dip_file: str,
               sheet: str | None = None) -> tuple[Imported, Imported]:
    """The register (content/dik.csv) and the DIP rows of the same items, kategori dikecualikan."""
    entries, problems = read_entries(path, shown=shown, synonyms=DIK_READ, sheet=sheet)
    if not entries:
        return Imported((), (), tuple(problems)), Imported((), (), ())
    for entry in entries:
        for dik_column, dip_column in DIK_TO_DIP:
            entry.values.setdefault(dip_column, entry.values.get(dik_column, ""))
    dip_columns, dip_required = schema_columns("dip")
    dik_columns, dik_required = schema_columns("dik")
    both = _finish(entries, problems, columns=dip_columns + tuple(c for c in dik_columns if c not in dip_columns),
                   required=dip_required, out_file=dip_file, kategori="dikecualikan")
    dip = Imported(dip_columns, tuple({column: row[column] for column in dip_columns} for row in both.rows),
                   both.problems, read=both.read, duplicates=both.duplicates)
    dik_rows = tuple({column: row[column] for column in dik_columns} for row in both.rows)
    missing = [Problem("import-consequence-missing", out_file, Severity.WARNING, row=number,
                       value=full["ringkasan"] or full["judul"] or full["id"])
               for number, (row, full) in enumerate(zip(dik_rows, both.rows, strict=True), start=2)
               if not row["analisis_konsekuensi"]]
    missing.extend(_missing(dik_rows, dik_required, out_file=out_file, origins=None))
    dik = Imported(dik_columns, dik_rows, tuple(missing), read=dip.read, duplicates=dip.duplicates)
    return dik, dip


def _finish(entries: list[Entry], problems: list[Problem], *, columns: tuple[str, ...], required: tuple[str, ...],
            out_file: str, kategori: str | None) -> Imported:
    read = len(entries)
    for entry in entries:
        entry.kategori = kategori or kategori_of(entry.values.get("kategori", "")) or entry.kategori
    entries, duplicates = remove_duplicates(entries, columns=[c for c in columns if c != "id"] + ["nomor"])
    problems.extend(duplicates)
    numbers = {id(entry): number for number, entry in enumerate(entries, start=2)}
    problems.extend(strip_html(entries, columns=TEXT_COLUMNS, out_file=out_file, rows=numbers))
    ids = assign_ids(entries)
    rows = []
    for entry, identifier in zip(entries, ids, strict=True):
        problems.extend(_normalise(entry, out_file=out_file, row=numbers[id(entry)]))
        entry.values["id"], entry.values["kategori"] = identifier, entry.kategori
        rows.append({column: entry.values.get(column, "") for column in columns})
    problems.extend(_missing(rows, required, out_file=out_file, origins=entries))
    return Imported(columns, tuple(rows), tuple(problems), read=read, duplicates=len(duplicates))


def _normalise(entry: Entry, *, out_file: str, row: int) -> list[Problem]:
    values, problems = entry.values, []
    for column, reader, code in (("bentuk_informasi", bentuk_of, "import-bentuk-unknown"),
                                 ("retensi", retensi_of, "import-retensi-unknown")):
        written = values.get(column, "")
        if not written:
            continue
        known = reader(written)
        if known is None:
            problems.append(Problem(code, out_file, Severity.WARNING, row=row, field=column, value=written,
                                    params=source(entry)))
        else:
            values[column] = known
    if (kategori_written := values.get("kategori", "")) and kategori_of(kategori_written) is None:
        problems.append(Problem("import-kategori-unknown", out_file, Severity.WARNING, row=row,
                                field="kategori", value=kategori_written, params=source(entry)))
    for column in ("tanggal_pembaruan", "tanggal_penetapan", "tanggal_berakhir", "rilis_berikutnya"):
        if values.get(column):
            values[column] = iso_date(values[column])
    values["tahun"] = year_of(values.get("tahun", "")) or year_of(values.get("waktu_pembuatan", "")) or ""
    return problems


def _missing(rows: tuple[dict[str, str], ...] | list[dict[str, str]], required: tuple[str, ...], *, out_file: str,
             origins: list[Entry] | None) -> list[Problem]:
    """One line per row: which required columns the source left empty."""
    problems = []
    for index, row in enumerate(rows):
        empty = [column for column in required if not row.get(column)]
        if not empty:
            continue
        where = source(origins[index]) if origins else ()
        problems.append(Problem("import-value-missing", out_file, Severity.WARNING, row=index + 2,
                                value=row.get("judul") or row.get("id"),
                                params=(("columns", ", ".join(empty)), *where)))
    return problems
