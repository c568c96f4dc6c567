"""Header names and cell spellings found in real DIP and DIK lists, mapped onto Etalase's columns.

Headers are compared after folding: lower case, letters and digits only, single spaces. A header
matches a column when it equals one of the column's synonyms or starts with a synonym of two words or
more followed by more words (so "Pejabat yang menguasai informasi" reads as pejabat_penguasa). A
header with a typo ("Jangka Waktu Penyimpanana") matches a synonym that is its prefix without the
space rule only when that synonym has three words or more.
"""

from __future__ import annotations

import re

# DIP columns (generator/schemas/dip.schema.yaml) and the headers staff and old websites use.
DIP_SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id", "kode", "kode informasi", "nomor informasi"),
    "nomor": ("no", "nomor", "no urut", "nomor urut"),
    "kategori": ("kategori", "kategori informasi", "klasifikasi", "klasifikasi informasi", "jenis informasi publik",
                 "dokumen kategori"),
    "judul": ("judul", "judul informasi", "nama informasi", "informasi", "nama dokumen", "judul dokumen",
              "nama file"),
    "ringkasan": ("ringkasan", "ringkasan isi informasi", "ringkasan informasi", "isi informasi", "deskripsi",
                  "keterangan", "uraian"),
    "pejabat_penguasa": ("pejabat penguasa", "pejabat yang menguasai", "pejabat unit satker yang menguasai",
                         "pejabat unit yang menguasai", "unit yang menguasai", "penguasaan informasi",
                         "pejabat", "opd", "unit kerja", "satker", "perangkat daerah"),
    "penanggung_jawab": ("penanggung jawab", "penanggungjawab", "pj pembuatan", "penanggung jawab pembuatan",
                         "penanggungjawab pembuatan", "penanggung jawab penerbitan"),
    "waktu_pembuatan": ("waktu pembuatan", "waktu dan tempat pembuatan", "waktu penerbitan", "waktu",
                        "tanggal pembuatan", "tanggal terbit"),
    "tahun": ("tahun", "tahun informasi"),
    "tempat_pembuatan": ("tempat pembuatan", "tempat"),
    "bentuk_informasi": ("bentuk informasi", "bentuk", "format informasi", "format"),
    "retensi": ("jangka waktu penyimpanan", "retensi", "masa retensi", "jangka waktu simpan", "retensi arsip"),
    "tanggal_pembaruan": ("tanggal pembaruan", "tanggal update", "tanggal unggah", "tanggal diperbarui",
                          "terakhir diperbarui", "updated at", "created at"),
    "tautan_dokumen": ("tautan", "tautan dokumen", "link", "url", "link file", "link dokumen", "unduh", "berkas"),
    "dataset": ("dataset", "dataset terkait", "nama dataset"),
    "dasar_hukum_pengecualian": ("dasar hukum pengecualian", "dasar hukum", "pasal pengecualian"),
    "uji_konsekuensi": ("uji konsekuensi", "ringkasan uji konsekuensi", "konsekuensi", "alasan pengecualian"),
    "jangka_waktu_pengecualian": ("jangka waktu pengecualian", "masa pengecualian"),
    # optional columns (Etalase 0.2): imported when the source has them
    "butir_kewajiban": ("butir kewajiban",),
    "frekuensi": ("frekuensi", "frekuensi pembaruan"),
    "rilis_berikutnya": ("rilis berikutnya", "rencana rilis berikutnya"),
}

# DIK columns (generator/schemas/dik.schema.yaml).
DIK_SYNONYMS: dict[str, tuple[str, ...]] = {
    "judul": ("informasi yang dikecualikan",),
    "pejabat_pemutus": ("pejabat pemutus", "ppid", "pejabat yang memutuskan", "diputuskan oleh"),
    "pasal_uu_kip": ("pasal uu kip", "dasar hukum pengecualian", "pasal", "dasar hukum", "pasal 17"),
    "undang_undang_sektoral": ("undang undang sektoral", "uu sektoral", "peraturan sektoral",
                               "peraturan perundang undangan"),
    "analisis_konsekuensi": ("analisis konsekuensi", "uji konsekuensi", "konsekuensi", "akibat bila dibuka",
                             "alasan pengecualian"),
    "pertimbangan_kepentingan_publik": ("pertimbangan kepentingan publik", "kepentingan publik",
                                        "pertimbangan"),
    "tanggal_penetapan": ("tanggal penetapan", "tanggal ditetapkan", "ditetapkan"),
    "tempat_penetapan": ("tempat penetapan", "tempat"),
    "jangka_waktu": ("jangka waktu", "jangka waktu pengecualian", "masa pengecualian"),
    "tanggal_berakhir": ("tanggal berakhir", "berakhir", "sampai dengan"),
}

KATEGORI = (
    ("dikecualikan", re.compile(r"dikecualikan|\bdik\b")),
    ("serta_merta", re.compile(r"serta\s*merta")),
    ("setiap_saat", re.compile(r"setiap\s*saat|tersedia\s+setiap")),
    ("berkala", re.compile(r"berkala")),
)

SOFT = re.compile(r"soft|elektronik|digital|pdf|online|daring|file|e-?doc|website|situs")
HARD = re.compile(r"hard|cetak|tercetak|fisik|kertas|print|salinan\s+keras")
HARD_FILE = re.compile(r"hard\s*(copy|file)")
NUMBER_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
                "sembilan": 9, "sepuluh": 10, "dua puluh": 20, "tiga puluh": 30}
PERIOD = re.compile(r"^(\d{1,3})\s*(?:\([a-z ]+\)\s*)?(tahun|thn|th|bulan|bln)\b\.?(.*)$")
PERMANENT = re.compile(r"^(permanen|selamanya|musnah|dinilai kembali|selama berlaku|sepanjang berlaku)")
# import-dik reads the DIP columns of each excluded item too (title, summary, official in control).
DIK_READ: dict[str, tuple[str, ...]] = {
    **{column: names for column, names in DIP_SYNONYMS.items()
       if column not in ("retensi", "dasar_hukum_pengecualian", "uji_konsekuensi", "jangka_waktu_pengecualian")},
    **{column: names for column, names in DIK_SYNONYMS.items() if column != "judul"},
    "judul": DIP_SYNONYMS["judul"] + DIK_SYNONYMS["judul"],
}
YEAR = re.compile(r"(?<!\d)(19[4-9]\d|20\d\d)(?!\d)")


def fold(text: str) -> str:
    """Lower case, letters and digits only, single spaces: how headers are compared."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


def match_header(header: str, synonyms: dict[str, tuple[str, ...]]) -> str | None:
    """The column a header names, or None. Exact synonyms win over prefixes; longer prefixes win."""
    folded = fold(header)
    if not folded:
        return None
    for column, names in synonyms.items():
        if folded in names or folded == column.replace("_", " "):
            return column
    best: tuple[int, str] | None = None
    for column, names in synonyms.items():
        for name in names:
            if name.count(" ") >= 2 and folded.startswith(name) and (best is None or len(name) > best[0]):
                best = (len(name), column)
            if " " in name and folded.startswith(name + " ") and (best is None or len(name) > best[0]):
                best = (len(name), column)
    return best[1] if best else None


def kategori_of(text: str) -> str | None:
    """berkala, serta_merta, setiap_saat or dikecualikan when the text names one (section rows, sheets)."""
    folded = text.lower().replace("_", " ").replace("-", " ")
    for value, pattern in KATEGORI:
        if pattern.search(folded):
            return value
    return None


def bentuk_of(text: str) -> str | None:
    """The schema's spelling of a form of information, or None when it is not recognised."""
    folded = " ".join(text.lower().split())
    if folded in ("softcopy", "hardcopy", "softcopy dan hardcopy"):
        return folded
    hard = bool(HARD.search(folded))
    soft = bool(SOFT.search(HARD_FILE.sub(" ", folded)))
    if hard and soft:
        return "softcopy dan hardcopy"
    if hard:
        return "hardcopy"
    if soft:
        return "softcopy"
    return None


def retensi_of(text: str) -> str | None:
    """A retention period in one spelling ("5 tahun", "Permanen", "Selama berlaku"), or None."""
    folded = " ".join(text.lower().split())
    for word, number in sorted(NUMBER_WORDS.items(), key=lambda item: -len(item[0])):
        folded = re.sub(rf"^{word}\s+(tahun|bulan)", rf"{number} \1", folded)
    if match := PERIOD.match(folded):
        unit = "tahun" if match.group(2).startswith("t") else "bulan"
        rest = match.group(3).strip(" .,")
        return f"{int(match.group(1))} {unit}" + (f" {rest}" if rest else "")
    if match := PERMANENT.match(folded):
        return match.group(1).capitalize() + folded[match.end():]
    return None


def year_of(text: str) -> str | None:
    """The one year a text names ("Tahun 2023", "Januari 2025"), or None when it names none or several."""
    years = set(YEAR.findall(text))
    return years.pop() if len(years) == 1 else None
