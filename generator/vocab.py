"""The vocabulary of the DIP and the catalogue, defined once: information categories
(UU 14/2008), update frequencies, open licences and field types.

Keys are what staff write in their files; labels are Indonesian interface texts,
marked for translation (``N_``) and translated where they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.i18n import N_


@dataclass(frozen=True)
class Category:
    key: str  # as written in dip.csv
    label: str  # page title
    slug: str  # site folder under dip/
    blurb: str  # one sentence with its legal basis
    short: str  # search filter value


CATEGORIES: tuple[Category, ...] = (
    Category("berkala", N_("Informasi Berkala"), "berkala",
             N_("Informasi yang wajib diumumkan secara berkala (UU 14/2008 Pasal 9)."), N_("Berkala")),
    Category("serta_merta", N_("Informasi Serta Merta"), "serta-merta",
             N_("Informasi yang dapat mengancam hajat hidup orang banyak dan ketertiban umum (Pasal 10)."),
             N_("Serta merta")),
    Category("setiap_saat", N_("Informasi Setiap Saat"), "setiap-saat",
             N_("Informasi yang wajib tersedia setiap saat (Pasal 11)."), N_("Setiap saat")),
    Category("dikecualikan", N_("Informasi yang Dikecualikan"), "dikecualikan",
             N_("Informasi yang dikecualikan berdasarkan uji konsekuensi (Pasal 17)."), N_("Dikecualikan")),
)
CATEGORY_KEYS = tuple(category.key for category in CATEGORIES)
PUBLIC_CATEGORY_KEYS = ("berkala", "serta_merta", "setiap_saat")  # must be announced or available


def category(key: str) -> Category | None:
    return next((item for item in CATEGORIES if item.key == key), None)


FREQUENCIES: dict[str, str] = {
    "harian": N_("Harian"), "mingguan": N_("Mingguan"), "bulanan": N_("Bulanan"),
    "triwulanan": N_("Triwulanan"), "semesteran": N_("Semesteran"), "tahunan": N_("Tahunan"),
    "tidak_tentu": N_("Tidak tentu"),
}

# Open licences accepted for publication (SPDX / Open Definition identifiers); titles are names.
LICENSES: dict[str, str] = {
    "CC-BY-4.0": "Creative Commons Attribution 4.0",
    "CC-BY-SA-4.0": "Creative Commons Attribution-ShareAlike 4.0",
    "CC0-1.0": "Creative Commons Zero 1.0",
    "ODC-BY-1.0": "Open Data Commons Attribution 1.0",
    "ODbL-1.0": "Open Database License 1.0",
    "PDDL-1.0": "Open Data Commons Public Domain Dedication and Licence 1.0",
    "OGL-UK-3.0": "Open Government Licence 3.0",
}

# Table Schema field types: the short label of the data dictionary and the long one of messages.
FIELD_TYPES: dict[str, str] = {
    "string": N_("teks"), "integer": N_("bilangan bulat"), "number": N_("angka"), "date": N_("tanggal"),
    "datetime": N_("tanggal dan waktu"), "year": N_("tahun"), "yearmonth": N_("tahun-bulan"),
    "boolean": N_("ya/tidak"), "geopoint": N_("koordinat"), "time": N_("waktu"), "any": N_("bebas"),
}
FIELD_TYPE_HINTS: dict[str, str] = {
    "integer": N_("bilangan bulat"),
    "number": N_("angka (titik sebagai pemisah desimal, tanpa pemisah ribuan)"),
    "date": N_("tanggal (format TTTT-BB-HH, mis. 2025-01-31)"),
    "datetime": N_("tanggal dan waktu (TTTT-BB-HHTjj:mm:dd)"),
    "year": N_("tahun (empat angka)"),
    "yearmonth": N_("tahun-bulan (TTTT-BB)"),
    "boolean": N_("nilai ya/tidak (true/false)"),
    "geopoint": N_("koordinat (\"lintang,bujur\")"),
    "time": N_("waktu (jj:mm:dd)"),
}
