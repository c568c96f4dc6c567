"""Message templates of every problem code: msgids of the ``cli`` catalogue (Indonesian).

Templates use ``str.format`` fields taken from ``Problem.params`` plus ``value`` and
``field``. Parameters carry data only, except those named in ``TEXT_PARAMS``: they hold a
message id (marked with ``N_``) that is translated, then filled with the other parameters,
before it goes into the template. Each message says what is wrong and what to do. English
(and any other language) comes from ``generator/i18n/locale/<code>/LC_MESSAGES/cli.po``.
The documentation test checks that every code here is documented.
"""

from __future__ import annotations

from generator.i18n import N_, Translator, translator
from generator.i18n.languages import by_code
from generator.model import Problem
from generator.report.messages_compliance import MESSAGES as COMPLIANCE_MESSAGES
from generator.report.messages_documents import DOCUMENT_MESSAGES
from generator.report.messages_import import IMPORT_MESSAGES
from generator.report.messages_links import LINK_MESSAGES
from generator.report.messages_privacy import PRIVACY_MESSAGES
from generator.report.messages_publish import HOSTING_MESSAGES
from generator.report.messages_safety import SAFETY_MESSAGES
from generator.report.messages_staff import STAFF_MESSAGES
from generator.validate.pii import redact

MAX_VALUE_CHARS = 80

# Parameters that hold a message id (an interface text, itself a template over the other
# parameters), never a translated string.
TEXT_PARAMS = frozenset({"hint", "reason", "kind", "what", "where", "did_you_mean", "reading",
                         "data_row", "type_name", "format_hint", "found"})

# code: message id (the Indonesian template)
MESSAGES: dict[str, str] = {
    # files and YAML
    "file-missing": N_("Berkas tidak ditemukan. {hint}"),
    "file-unreadable": N_("Berkas tidak dapat dibaca: {detail}. Pastikan berkas adalah teks UTF-8."),
    "yaml-syntax": N_("Penulisan YAML salah: {detail}. Periksa indentasi (spasi, bukan tab), titik dua dan tanda kutip di sekitar baris ini."),
    "yaml-duplicate-key": N_("Kunci \"{key}\" ditulis dua kali. Hapus salah satunya; hanya satu nilai yang boleh ada."),
    "yaml-not-mapping": N_("Isi berkas harus berupa pasangan kunci: nilai (mapping), bukan {found}."),
    "metadata-missing": N_("Metadata \"{key}\" wajib diisi. {hint}"),
    "metadata-invalid": N_("Nilai \"{value}\" untuk \"{key}\" tidak sah. {hint}"),
    "license-unknown": N_("Lisensi \"{value}\" tidak dikenal. Gunakan kode lisensi terbuka, mis. {choices}."),
    "name-mismatch": N_("Nama paket data \"{value}\" harus sama dengan nama foldernya \"{expected}\". Ganti salah satunya."),
    "schema-missing": N_("Sumber data \"{resource}\" tidak memiliki skema (schema). Tulis skema tabel lengkap di datapackage.yaml; Etalase tidak menebak tipe kolom."),
    "field-description-missing": N_("Kolom \"{field}\" belum memiliki deskripsi. Tambahkan description agar pembaca memahami isinya."),
    "descriptor-invalid": N_("Deskriptor paket data tidak sah menurut Frictionless: {detail}"),
    "duplicate-id": N_("Pengenal \"{value}\" sudah dipakai di {other}. Setiap pengenal harus unik."),
    "dataset-unknown": N_("Dataset \"{value}\" tidak ada di folder datasets/. Tulis nama folder dataset yang benar atau kosongkan kolom ini."),
    "document-missing": N_("Dokumen \"{value}\" tidak ditemukan di repositori. Unggah berkasnya atau perbaiki jalurnya (relatif terhadap folder content/)."),
    "path-outside": N_("Jalur \"{value}\" menunjuk ke luar repositori. Simpan berkas di dalam folder dataset dan tulis jalur relatifnya."),
    "path-remote": N_("Jalur \"{value}\" adalah alamat internet. Simpan berkas CSV di dalam folder dataset, atau untuk berkas yang terlalu besar untuk git tulis remote: true di paket data beserta bytes dan hash sha256 (alamat https://)."),
    "exclusion-missing": N_("Informasi yang dikecualikan wajib mengisi kolom \"{field}\" (UU 14/2008 Pasal 17 dan 19)."),
    "exclusion-not-excluded": N_("Kolom \"{field}\" hanya untuk kategori dikecualikan. Kosongkan kolom ini atau ubah kategorinya."),
    "page-front-matter": N_("Bagian depan (front matter) halaman tidak sah: {reason}. Awali berkas dengan --- , tulis title: ..., lalu tutup dengan ---."),
    "remote-incomplete": N_("Berkas eksternal \"{value}\" harus menyatakan ukuran (bytes) dan hash SHA-256 (hash: \"sha256:...\") agar unduhan dapat diperiksa. Tambahkan keduanya di datapackage.yaml."),
    "remote-checksum": N_("Berkas di \"{value}\" tidak sama dengan yang dinyatakan: diharapkan {expected_hash}, {expected_bytes} bita, ditemukan {found_hash}, {found_bytes} bita. Perbarui bytes dan hash di datapackage.yaml, atau unggah ulang berkas yang benar."),
    "remote-unreachable": N_("Berkas eksternal \"{value}\" tidak dapat dijangkau saat membangun situs ({detail}); SHA-256-nya belum diperiksa. Pastikan alamatnya benar dan dapat diakses publik."),
    "site-url-missing": N_("Alamat situs (site_url) belum diisi. Katalog DCAT (catalog.jsonld, catalog.ttl), data.json dan umpan Atom memerlukan alamat lengkap, jadi tidak dibuat, dan robots.txt tidak menyebut peta situs. Isi site_url, mis. https://ppid.kotacontoh.go.id/."),
    # Frictionless errors, translated by code
    "type-error": N_("Nilai \"{value}\" bukan {type_name} yang sah{format_hint}. Perbaiki sel ini."),
    "constraint-error": N_("Nilai \"{value}\" melanggar batasan {constraint}. {hint}"),
    "required": N_("Sel wajib diisi tetapi kosong. Isi nilainya."),
    "primary-key": N_("Kunci utama ({field}) sama dengan baris {other}. Setiap baris harus memiliki kunci yang berbeda."),
    "foreign-key": N_("Nilai {field} tidak ditemukan di tabel rujukan \"{reference}\". Tambahkan nilainya di tabel itu atau perbaiki sel ini."),
    "blank-row": N_("Baris kosong. Hapus baris ini di Excel (klik kanan nomor baris, Delete)."),
    "extra-cell": N_("Baris ini punya sel lebih banyak daripada judul kolom. Periksa koma atau titik koma yang tidak diapit tanda kutip."),
    "missing-cell": N_("Baris ini punya sel lebih sedikit daripada judul kolom (kolom \"{field}\" tidak ada). Lengkapi barisnya."),
    "label-error": N_("Judul kolom \"{value}\" tidak sesuai skema (diharapkan \"{expected}\"). Samakan urutan dan penulisan judul kolom dengan skema."),
    "missing-label": N_("Kolom \"{expected}\" ada di skema tetapi tidak ada di berkas CSV. Tambahkan kolom itu atau hapus dari skema."),
    "extra-label": N_("Kolom \"{value}\" (kolom ke-{position}) ada di berkas CSV tetapi tidak ada di skema. Tambahkan ke skema atau hapus kolomnya."),
    "blank-label": N_("Judul kolom ke-{position} kosong. Isi judul kolom di baris pertama."),
    "duplicate-label": N_("Judul kolom \"{value}\" (kolom ke-{position}) muncul dua kali. Setiap judul kolom harus berbeda."),
    "encoding-error": N_("Berkas bukan teks UTF-8 ({detail}). Di Excel, simpan ulang dengan \"Save As\" > \"CSV UTF-8 (Comma delimited)\"."),
    "source-error": N_("Berkas data tidak dapat dibaca sebagai CSV: {detail}. Periksa bahwa berkas adalah CSV yang berisi judul kolom dan data."),
    "frictionless-other": N_("Frictionless melaporkan \"{error_type}\": {detail}"),
    "view-invalid": N_("Tampilan \"{view}\" di bagian views tidak dapat digambar: {reason}. Perbaiki tampilan ini (lihat docs/format.md, bagian Tampilan) atau hapus."),
    "internal-error": N_("Kesalahan internal Etalase saat memproses berkas ini: {detail}. Laporkan ke pengelola Etalase beserta berkasnya."),
    # personal data, injection and file safety (checks/privacy.py, checks/injection.py)
    "personal-data": N_("Sel berisi {kind} ({value}); {count} sel di kolom ini berisi data pribadi. Data pribadi tidak boleh diterbitkan (UU 27/2022, UU 14/2008 Pasal 17 huruf h): hapus atau samarkan kolom ini. Jika isinya memang informasi publik (mis. nomor telepon kantor), tulis alasannya di skema kolom: personal_data_allowed: \"alasan\"."),
    "personal-data-column": N_("Nama kolom \"{field}\" menunjukkan data pribadi ({what}). Hapus kolom ini sebelum diterbitkan, atau jika isinya memang informasi publik tulis alasannya di skema kolom: personal_data_allowed: \"alasan\"."),
    "personal-data-possible": N_("Teks ini tampaknya berisi {kind} ({value}). Jika itu data pribadi seseorang, hapus atau samarkan sebelum diterbitkan."),
    "personal-data-allowance": N_("Kolom \"{field}\" (sumber data \"{resource}\") diizinkan berisi data pribadi tanpa alasan tertulis. Tulis alasannya sebagai teks: personal_data_allowed: \"alasan\"."),
    "formula-injection": N_("Sel teks \"{value}\" diawali = + - @ atau tab, sehingga Excel dapat menjalankannya sebagai rumus. Periksa isinya; di unduhan XLSX dan JSON sel ini diawali tanda petik (') agar tetap teks. Berkas CSV asli tidak diubah."),
    "unsafe-html": N_("Halaman berisi HTML yang tidak aman ({value}): skrip, atribut on..., tautan javascript:/data:, iframe, formulir, gaya atau gambar dari situs lain. Bagian itu dibuang dari halaman yang diterbitkan; hapus dari berkas."),
    "unsafe-url": N_("Alamat \"{value}\" tidak aman: tautan hanya boleh berupa alamat http(s)://, mailto: atau tel:. Ganti dengan alamat situs yang benar."),
    "symlink": N_("Berkas ini adalah tautan simbolik (menunjuk ke \"{value}\"). Tautan simbolik tidak diizinkan karena dapat menerbitkan berkas di luar repositori; ganti dengan berkas sebenarnya."),
}

MESSAGES.update(STAFF_MESSAGES)
MESSAGES.update(COMPLIANCE_MESSAGES)
MESSAGES.update(SAFETY_MESSAGES)
MESSAGES.update(PRIVACY_MESSAGES)
MESSAGES.update(HOSTING_MESSAGES)
MESSAGES.update(IMPORT_MESSAGES)
MESSAGES.update(DOCUMENT_MESSAGES)
MESSAGES.update(LINK_MESSAGES)

# Where a problem is and how bad: "baris 14, kolom \"nilai\"", "GALAT".
LOCATION_WORDS = {"row": N_("baris {row}"), "line": N_("baris {line}"), "field": N_("kolom \"{field}\"")}
# A place inside a document (checks/documents.py): "halaman 2", "paragraf 4", "slide 3".
PLACE_WORDS = {"halaman": N_("halaman {number}"), "paragraf": N_("paragraf {number}"), "slide": N_("slide {number}")}
SEVERITY_WORDS = {"error": N_("GALAT"), "warning": N_("PERINGATAN")}


def severity_label(problem: Problem, lang: str = "id") -> str:
    """``GALAT`` or ``PERINGATAN`` in ``lang``."""
    return cli(lang).gettext(SEVERITY_WORDS[problem.severity.value])


def cli(lang: str = "id") -> Translator:
    """The translator of the command line's texts in ``lang`` (a language code)."""
    return translator(by_code(lang), "cli")


def truncate(value: str, limit: int = MAX_VALUE_CHARS) -> str:
    """A value short enough for a message, with an ellipsis when cut."""
    flat = value.replace("\r", "\\r").replace("\n", "\\n")
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def message(problem: Problem, lang: str = "id") -> str:
    """The problem's message in ``lang`` (a language code), from the cli catalogue."""
    translate = cli(lang).gettext
    template = MESSAGES.get(problem.code, MESSAGES["frictionless-other"])
    data = _Defaults(problem.params)
    data.setdefault("value", truncate(problem.value or ""))
    data.setdefault("field", problem.field or "")
    values = _Defaults(data)
    for key in TEXT_PARAMS & data.keys():
        values[key] = _fill(translate(data[key]), data) if data[key] else ""
    return redact(translate(template).format_map(values).strip())


def _fill(text: str, data: dict[str, str]) -> str:
    """A text parameter filled with the data parameters; shown as it is if it is no template."""
    try:
        return text.format_map(data)
    except (ValueError, IndexError, AttributeError):
        return text


def location(problem: Problem, lang: str = "id") -> str:
    """``file, baris 14, kolom "nilai"`` in ``lang``."""
    translate = cli(lang).gettext
    parts = [problem.file]
    if problem.row is not None:
        parts.append(translate(LOCATION_WORDS["row"]).format(row=problem.row))
    elif problem.line is not None:
        parts.append(translate(LOCATION_WORDS["line"]).format(line=problem.line))
    if problem.field:
        kind, _space, number = problem.field.partition(" ")
        if kind in PLACE_WORDS and number.isdigit() and problem.file.startswith("content/"):
            parts.append(translate(PLACE_WORDS[kind]).format(number=number))
        else:
            parts.append(translate(LOCATION_WORDS["field"]).format(field=problem.field))
    return ", ".join(parts)


class _Defaults(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""
