"""Message templates of every problem code, Indonesian first, English second.

Templates use ``str.format`` fields taken from ``Problem.params`` plus
``value`` and ``field``. Each message says what is wrong and what to do.
The documentation test checks that every code here is documented.
"""

from __future__ import annotations

from generator.importer.messages import IMPORT_MESSAGES
from generator.messages_staff import STAFF_MESSAGES
from generator.model import Problem
from generator.pii import redact

MAX_VALUE_CHARS = 80

# code: (Indonesian, English)
MESSAGES: dict[str, tuple[str, str]] = {
    # files and YAML
    "file-missing": (
        "Berkas tidak ditemukan. {hint}",
        "File not found. {hint}",
    ),
    "file-unreadable": (
        "Berkas tidak dapat dibaca: {detail}. Pastikan berkas adalah teks UTF-8.",
        "File cannot be read: {detail}. Make sure it is UTF-8 text.",
    ),
    "yaml-syntax": (
        "Penulisan YAML salah: {detail}. Periksa indentasi (spasi, bukan tab), titik dua dan tanda kutip di sekitar baris ini.",
        "YAML syntax error: {detail}. Check indentation (spaces, not tabs), colons and quotes around this line.",
    ),
    "yaml-duplicate-key": (
        "Kunci \"{key}\" ditulis dua kali. Hapus salah satunya; hanya satu nilai yang boleh ada.",
        "Key \"{key}\" appears twice. Remove one of them; only one value is allowed.",
    ),
    "yaml-not-mapping": (
        "Isi berkas harus berupa pasangan kunci: nilai (mapping), bukan {found}.",
        "The file must contain key: value pairs (a mapping), not {found}.",
    ),
    "metadata-missing": (
        "Metadata \"{key}\" wajib diisi. {hint}",
        "Metadata \"{key}\" is required. {hint}",
    ),
    "metadata-invalid": (
        "Nilai \"{value}\" untuk \"{key}\" tidak sah. {hint}",
        "Value \"{value}\" of \"{key}\" is not valid. {hint}",
    ),
    "license-unknown": (
        "Lisensi \"{value}\" tidak dikenal. Gunakan kode lisensi terbuka, mis. {choices}.",
        "Licence \"{value}\" is unknown. Use an open licence id, e.g. {choices}.",
    ),
    "name-mismatch": (
        "Nama paket data \"{value}\" harus sama dengan nama foldernya \"{expected}\". Ganti salah satunya.",
        "Data package name \"{value}\" must equal its folder name \"{expected}\". Rename one of them.",
    ),
    "schema-missing": (
        "Sumber data \"{resource}\" tidak memiliki skema (schema). Tulis skema tabel lengkap di datapackage.yaml; Etalase tidak menebak tipe kolom.",
        "Resource \"{resource}\" has no schema. Write a full Table Schema in datapackage.yaml; Etalase never guesses column types.",
    ),
    "field-description-missing": (
        "Kolom \"{field}\" belum memiliki deskripsi. Tambahkan description agar pembaca memahami isinya.",
        "Column \"{field}\" has no description. Add a description so readers understand it.",
    ),
    "descriptor-invalid": (
        "Deskriptor paket data tidak sah menurut Frictionless: {detail}",
        "The data package descriptor is invalid according to Frictionless: {detail}",
    ),
    "duplicate-id": (
        "Pengenal \"{value}\" sudah dipakai di {other}. Setiap pengenal harus unik.",
        "Identifier \"{value}\" is already used in {other}. Every identifier must be unique.",
    ),
    "dataset-unknown": (
        "Dataset \"{value}\" tidak ada di folder datasets/. Tulis nama folder dataset yang benar atau kosongkan kolom ini.",
        "Dataset \"{value}\" does not exist in datasets/. Write the right dataset folder name or leave the column empty.",
    ),
    "document-missing": (
        "Dokumen \"{value}\" tidak ditemukan di repositori. Unggah berkasnya atau perbaiki jalurnya (relatif terhadap folder content/).",
        "Document \"{value}\" is not in the repository. Upload it or fix the path (relative to content/).",
    ),
    "path-outside": (
        "Jalur \"{value}\" menunjuk ke luar repositori. Simpan berkas di dalam folder dataset dan tulis jalur relatifnya.",
        "Path \"{value}\" points outside the repository. Keep the file inside the dataset folder and write a relative path.",
    ),
    "path-remote": (
        "Jalur \"{value}\" adalah alamat internet. Simpan berkas CSV di dalam folder dataset, atau untuk berkas yang terlalu besar untuk git tulis remote: true di paket data beserta bytes dan hash sha256 (alamat https://).",
        "Path \"{value}\" is a web address. Keep the CSV file inside the dataset folder, or for a file too large for git write remote: true in the package with bytes and a sha256 hash (an https:// address).",
    ),
    "exclusion-missing": (
        "Informasi yang dikecualikan wajib mengisi kolom \"{field}\" (UU 14/2008 Pasal 17 dan 19).",
        "Excluded information must fill column \"{field}\" (UU 14/2008 Articles 17 and 19).",
    ),
    "exclusion-not-excluded": (
        "Kolom \"{field}\" hanya untuk kategori dikecualikan. Kosongkan kolom ini atau ubah kategorinya.",
        "Column \"{field}\" is only for the excluded category. Empty it or change the category.",
    ),
    "page-front-matter": (
        "Bagian depan (front matter) halaman tidak sah: {detail}. Awali berkas dengan --- , tulis title: ..., lalu tutup dengan ---.",
        "The page front matter is invalid: {detail}. Start the file with ---, write title: ..., then close with ---.",
    ),
    "remote-incomplete": (
        "Berkas eksternal \"{value}\" harus menyatakan ukuran (bytes) dan hash SHA-256 (hash: \"sha256:...\") agar unduhan dapat diperiksa. Tambahkan keduanya di datapackage.yaml.",
        "External file \"{value}\" must declare its size (bytes) and SHA-256 hash (hash: \"sha256:...\") so downloads can be checked. Add both to datapackage.yaml.",
    ),
    "remote-checksum": (
        "Berkas di \"{value}\" tidak sama dengan yang dinyatakan: diharapkan {expected}, ditemukan {found}. Perbarui bytes dan hash di datapackage.yaml, atau unggah ulang berkas yang benar.",
        "The file at \"{value}\" differs from what is declared: expected {expected}, found {found}. Update bytes and hash in datapackage.yaml, or upload the right file again.",
    ),
    "remote-unreachable": (
        "Berkas eksternal \"{value}\" tidak dapat dijangkau saat membangun situs ({detail}); SHA-256-nya belum diperiksa. Pastikan alamatnya benar dan dapat diakses publik.",
        "External file \"{value}\" could not be reached during the build ({detail}); its SHA-256 was not checked. Make sure the address is right and public.",
    ),
    "site-url-missing": (
        "Alamat situs (site_url) belum diisi. Katalog DCAT (catalog.jsonld, catalog.ttl), data.json dan umpan Atom memerlukan alamat lengkap, jadi tidak dibuat, dan robots.txt tidak menyebut peta situs. Isi site_url, mis. https://ppid.kotacontoh.go.id/.",
        "The site address (site_url) is not set. The DCAT catalogue (catalog.jsonld, catalog.ttl), data.json and the Atom feed need absolute URLs, so they are not written, and robots.txt names no sitemap. Set site_url, e.g. https://ppid.example.go.id/.",
    ),
    # Frictionless errors, translated by code
    "type-error": (
        "Nilai \"{value}\" bukan {type_name} yang sah{format_hint}. Perbaiki sel ini.",
        "Value \"{value}\" is not a valid {type_name}{format_hint}. Fix this cell.",
    ),
    "constraint-error": (
        "Nilai \"{value}\" melanggar batasan {constraint}. {hint}",
        "Value \"{value}\" breaks the constraint {constraint}. {hint}",
    ),
    "required": (
        "Sel wajib diisi tetapi kosong. Isi nilainya.",
        "This cell is required but empty. Fill it in.",
    ),
    "primary-key": (
        "Kunci utama ({field}) sama dengan baris {other}. Setiap baris harus memiliki kunci yang berbeda.",
        "The primary key ({field}) repeats row {other}. Every row needs a different key.",
    ),
    "foreign-key": (
        "Nilai {field} tidak ditemukan di tabel rujukan \"{reference}\". Tambahkan nilainya di tabel itu atau perbaiki sel ini.",
        "Value of {field} is not in the referenced table \"{reference}\". Add it there or fix this cell.",
    ),
    "blank-row": (
        "Baris kosong. Hapus baris ini di Excel (klik kanan nomor baris, Delete).",
        "Blank row. Delete this row.",
    ),
    "extra-cell": (
        "Baris ini punya sel lebih banyak daripada judul kolom. Periksa koma atau titik koma yang tidak diapit tanda kutip.",
        "This row has more cells than the header. Check for unquoted commas or semicolons.",
    ),
    "missing-cell": (
        "Baris ini punya sel lebih sedikit daripada judul kolom (kolom \"{field}\" tidak ada). Lengkapi barisnya.",
        "This row has fewer cells than the header (column \"{field}\" is missing). Complete the row.",
    ),
    "label-error": (
        "Judul kolom \"{value}\" tidak sesuai skema (diharapkan \"{expected}\"). Samakan urutan dan penulisan judul kolom dengan skema.",
        "Column header \"{value}\" does not match the schema (expected \"{expected}\"). Align the header with the schema.",
    ),
    "missing-label": (
        "Kolom \"{expected}\" ada di skema tetapi tidak ada di berkas CSV. Tambahkan kolom itu atau hapus dari skema.",
        "Column \"{expected}\" is in the schema but not in the CSV file. Add the column or remove it from the schema.",
    ),
    "extra-label": (
        "Kolom \"{value}\" (kolom ke-{position}) ada di berkas CSV tetapi tidak ada di skema. Tambahkan ke skema atau hapus kolomnya.",
        "Column \"{value}\" (position {position}) is in the CSV file but not in the schema. Add it to the schema or remove the column.",
    ),
    "blank-label": (
        "Judul kolom ke-{position} kosong. Isi judul kolom di baris pertama.",
        "The header of column {position} is blank. Fill it in on the first row.",
    ),
    "duplicate-label": (
        "Judul kolom \"{value}\" (kolom ke-{position}) muncul dua kali. Setiap judul kolom harus berbeda.",
        "Column header \"{value}\" (position {position}) appears twice. Every header must be different.",
    ),
    "encoding-error": (
        "Berkas bukan teks UTF-8 ({detail}). Di Excel, simpan ulang dengan \"Save As\" > \"CSV UTF-8 (Comma delimited)\".",
        "The file is not UTF-8 text ({detail}). In Excel, save again with \"Save As\" > \"CSV UTF-8 (Comma delimited)\".",
    ),
    "source-error": (
        "Berkas data tidak dapat dibaca sebagai CSV: {detail}. Periksa bahwa berkas adalah CSV yang berisi judul kolom dan data.",
        "The data file cannot be read as CSV: {detail}. Check that it is a CSV with a header and data.",
    ),
    "frictionless-other": (
        "Frictionless melaporkan \"{kind}\": {detail}",
        "Frictionless reports \"{kind}\": {detail}",
    ),
    "view-invalid": (
        "Tampilan \"{view}\" di bagian views tidak dapat digambar: {detail}. Perbaiki tampilan ini (lihat docs/format.md, bagian Tampilan) atau hapus.",
        "View \"{view}\" under views cannot be drawn: {detail}. Fix this view (see docs/format.md, Views) or remove it.",
    ),
    "internal-error": (
        "Kesalahan internal Etalase saat memproses berkas ini: {detail}. Laporkan ke pengelola Etalase beserta berkasnya.",
        "Etalase internal error while processing this file: {detail}. Report it with the file to the Etalase maintainers.",
    ),
    # personal data, injection and file safety (checks/privacy.py, checks/injection.py)
    "personal-data": (
        "Sel berisi {kind} ({value}); {count} sel di kolom ini berisi data pribadi. Data pribadi tidak boleh diterbitkan (UU 27/2022, UU 14/2008 Pasal 17 huruf h): hapus atau samarkan kolom ini. Jika isinya memang informasi publik (mis. nomor telepon kantor), tulis alasannya di skema kolom: personal_data_allowed: \"alasan\".",
        "The cell holds a {kind} ({value}); {count} cells of this column hold personal data. Personal data must not be published (UU 27/2022, UU 14/2008 Art. 17 h): remove or mask this column. If it is public information (e.g. office phone numbers), write the reason on the schema field: personal_data_allowed: \"reason\".",
    ),
    "personal-data-column": (
        "Nama kolom \"{field}\" menunjukkan data pribadi ({what}). Hapus kolom ini sebelum diterbitkan, atau jika isinya memang informasi publik tulis alasannya di skema kolom: personal_data_allowed: \"alasan\".",
        "Column name \"{field}\" indicates personal data ({what}). Remove the column before publishing, or if it is public information write the reason on the schema field: personal_data_allowed: \"reason\".",
    ),
    "personal-data-possible": (
        "Teks ini tampaknya berisi {kind} ({value}). Jika itu data pribadi seseorang, hapus atau samarkan sebelum diterbitkan.",
        "This text seems to hold a {kind} ({value}). If it is someone's personal data, remove or mask it before publishing.",
    ),
    "personal-data-allowance": (
        "Kolom \"{field}\" (sumber data \"{resource}\") diizinkan berisi data pribadi tanpa alasan tertulis. Tulis alasannya sebagai teks: personal_data_allowed: \"alasan\".",
        "Column \"{field}\" (resource \"{resource}\") is allowed to hold personal data without a written reason. Write the reason as text: personal_data_allowed: \"reason\".",
    ),
    "formula-injection": (
        "Sel teks \"{value}\" diawali = + - @ atau tab, sehingga Excel dapat menjalankannya sebagai rumus. Periksa isinya; di unduhan XLSX dan JSON sel ini diawali tanda petik (') agar tetap teks. Berkas CSV asli tidak diubah.",
        "Text cell \"{value}\" starts with = + - @ or a tab, so Excel may run it as a formula. Check it; XLSX and JSON downloads prefix it with an apostrophe (') to keep it text. The original CSV is not changed.",
    ),
    "unsafe-html": (
        "Halaman berisi HTML yang tidak aman ({value}): skrip, atribut on..., tautan javascript:/data:, iframe, formulir, gaya atau gambar dari situs lain. Bagian itu dibuang dari halaman yang diterbitkan; hapus dari berkas.",
        "The page contains unsafe HTML ({value}): scripts, on... attributes, javascript:/data: links, iframes, forms, styles or images from other sites. It is removed from the published page; delete it from the file.",
    ),
    "unsafe-url": (
        "Alamat \"{value}\" tidak aman: tautan hanya boleh berupa alamat http(s)://, mailto: atau tel:. Ganti dengan alamat situs yang benar.",
        "Address \"{value}\" is unsafe: links may only be http(s)://, mailto: or tel: addresses. Replace it with the right web address.",
    ),
    "symlink": (
        "Berkas ini adalah tautan simbolik (menunjuk ke \"{value}\"). Tautan simbolik tidak diizinkan karena dapat menerbitkan berkas di luar repositori; ganti dengan berkas sebenarnya.",
        "This file is a symbolic link (to \"{value}\"). Symbolic links are not allowed because they can publish files outside the repository; replace it with the real file.",
    ),
}

MESSAGES.update(STAFF_MESSAGES)
MESSAGES.update(IMPORT_MESSAGES)

LOCATION_WORDS = {
    "id": {"row": "baris", "line": "baris", "field": "kolom", "error": "GALAT", "warning": "PERINGATAN"},
    "en": {"row": "row", "line": "line", "field": "column", "error": "ERROR", "warning": "WARNING"},
}


def truncate(value: str, limit: int = MAX_VALUE_CHARS) -> str:
    """A value short enough for a message, with an ellipsis when cut."""
    flat = value.replace("\r", "\\r").replace("\n", "\\n")
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def message(problem: Problem, lang: str = "id") -> str:
    """The problem's message in ``lang`` (``id`` or ``en``)."""
    templates = MESSAGES.get(problem.code, MESSAGES["frictionless-other"])
    template = templates[1] if lang == "en" else templates[0]
    params = dict(problem.params)
    values = _Defaults({key: value for key, value in params.items() if not key.endswith("_en")})
    if lang == "en":  # a parameter may carry an English variant under the key + "_en"
        values.update({key[:-3]: value for key, value in params.items() if key.endswith("_en")})
    values.setdefault("value", truncate(problem.value or ""))
    values.setdefault("field", problem.field or "")
    return redact(template.format_map(values).strip())


def location(problem: Problem, lang: str = "id") -> str:
    words = LOCATION_WORDS.get(lang, LOCATION_WORDS["id"])
    parts = [problem.file]
    if problem.row is not None:
        parts.append(f"{words['row']} {problem.row}")
    elif problem.line is not None:
        parts.append(f"{words['line']} {problem.line}")
    if problem.field:
        parts.append(f"{words['field']} \"{problem.field}\"")
    return ", ".join(parts)


class _Defaults(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def _merge_compliance_messages() -> None:
    from generator.compliance.messages import MESSAGES as COMPLIANCE

    MESSAGES.update(COMPLIANCE)


_merge_compliance_messages()
