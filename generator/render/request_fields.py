"""The fields of the written request and objection (Perki 1/2021), with their input limits.

Limits are constants, not options: they keep a printed page and an e-mail draft (``mailto:``
addresses are cut by some mail programs past a few thousand characters) within bounds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.i18n import N_, _

NAME_MAX, ID_MAX, ADDRESS_MAX, PHONE_MAX, EMAIL_MAX = 100, 100, 300, 20, 100
NUMBER_MAX, INFORMATION_MAX, PURPOSE_MAX, CASE_MAX = 40, 1500, 600, 1500


@dataclass(frozen=True)
class Field:
    name: str
    label: str  # an Indonesian message id
    kind: str  # text, email, tel, textarea, radio, checkbox, checkboxes
    required: bool = False
    limit: int = 0
    options: tuple[tuple[str, str], ...] = ()
    hint: str = ""
    check: str = ""  # nik, email, phone, number: a shape the browser checks
    when: str = ""  # "field=value" (or "field!=value"): required only then
    one_of: str = ""  # a group of which at least one must be filled
    autocomplete: str = ""


REQUESTER = Field("jenis", N_("Jenis pemohon"), "radio", required=True, options=(
    ("perorangan", N_("Perorangan")), ("kelompok_masyarakat", N_("Kelompok masyarakat")),
    ("badan_hukum", N_("Badan hukum"))))
NAME = Field("nama", N_("Nama lengkap"), "text", required=True, limit=NAME_MAX, autocomplete="name",
             hint=N_("Untuk badan hukum atau kelompok: nama badan atau kelompok dan nama yang mewakili."))
NIK = Field("nik", N_("NIK (Nomor Induk Kependudukan)"), "text", limit=16, check="nik", when="jenis!=badan_hukum",
            hint=N_("16 angka sesuai KTP. NIK tidak dikirim ke mana pun oleh situs ini."))
DEED = Field("akta", N_("Nomor akta pendirian atau SK pengesahan badan hukum"), "text", limit=ID_MAX,
             when="jenis=badan_hukum")
ADDRESS = Field("alamat", N_("Alamat"), "textarea", required=True, limit=ADDRESS_MAX, autocomplete="street-address")
PHONE = Field("telepon", N_("Nomor telepon"), "tel", limit=PHONE_MAX, check="phone", one_of="kontak",
              autocomplete="tel")
EMAIL = Field("email", N_("Alamat surel"), "email", limit=EMAIL_MAX, check="email", one_of="kontak",
              autocomplete="email", when="kirim=surel", hint=N_("Isi telepon atau surel, atau keduanya."))
PROXY = Field("kuasa", N_("Permohonan diajukan melalui kuasa (lampirkan surat kuasa)"), "checkbox")
PROXY_NAME = Field("nama_kuasa", N_("Nama penerima kuasa"), "text", limit=NAME_MAX, when="kuasa=ya")

REQUEST_FIELDS = (
    REQUESTER, NAME, NIK, DEED, ADDRESS, PHONE, EMAIL, PROXY, PROXY_NAME,
    Field("informasi", N_("Rincian informasi yang dibutuhkan"), "textarea", required=True,
          limit=INFORMATION_MAX, hint=N_("Sebutkan judul, nomor DIP atau isi informasi, dan tahunnya bila ada.")),
    Field("tujuan", N_("Tujuan penggunaan informasi"), "textarea", required=True, limit=PURPOSE_MAX),
    Field("cara", N_("Cara memperoleh informasi"), "radio", required=True, options=(
        ("melihat", N_("Melihat, membaca, mendengarkan atau mencatat")),
        ("salinan", N_("Mendapatkan salinan informasi (cetak atau elektronik)")))),
    Field("kirim", N_("Cara mendapatkan salinan informasi"), "radio", required=True, options=(
        ("langsung", N_("Mengambil langsung")), ("pos", N_("Kurir atau pos")), ("surel", N_("Surel")))),
)

# UU 14/2008 Pasal 35 ayat (1) huruf a-g: the grounds of an objection.
GROUNDS = (
    ("a", N_("Penolakan atas permohonan informasi berdasarkan alasan pengecualian (Pasal 17)")),
    ("b", N_("Tidak disediakannya informasi berkala (Pasal 9)")),
    ("c", N_("Tidak ditanggapinya permohonan informasi")),
    ("d", N_("Permohonan informasi ditanggapi tidak sebagaimana yang diminta")),
    ("e", N_("Tidak dipenuhinya permohonan informasi")),
    ("f", N_("Pengenaan biaya yang tidak wajar")),
    ("g", N_("Penyampaian informasi yang melebihi waktu yang diatur dalam UU 14/2008")),
)

OBJECTION_FIELDS = (
    Field("nomor", N_("Nomor registrasi permohonan"), "text", required=True, limit=NUMBER_MAX, check="number",
          hint=N_("Nomor yang diberikan PPID saat permohonan dicatat, mis. REG-2026-0001.")),
    Field("tujuan", N_("Tujuan penggunaan informasi"), "textarea", required=True, limit=PURPOSE_MAX),
    NAME, ADDRESS, PHONE,
    Field("email", N_("Alamat surel"), "email", limit=EMAIL_MAX, check="email", one_of="kontak",
          autocomplete="email", hint=N_("Isi telepon atau surel, atau keduanya.")),
    Field("kuasa", N_("Keberatan diajukan melalui kuasa (lampirkan surat kuasa)"), "checkbox"), PROXY_NAME,
    Field("alasan", N_("Alasan keberatan (UU 14/2008 Pasal 35 ayat (1))"), "checkboxes", required=True,
          options=GROUNDS),
    Field("kasus", N_("Kasus posisi (ringkasan)"), "textarea", required=True, limit=CASE_MAX,
          hint=N_("Apa yang Anda minta, kapan, dan tanggapan apa yang Anda terima.")),
)


def field_context(field: Field, prefix: str) -> dict[str, Any]:
    """What the form template shows of one field, in the active language."""
    return {
        "name": field.name, "id": f"{prefix}-{field.name}", "label": _(field.label), "kind": field.kind,
        "required": field.required, "limit": field.limit, "hint": _(field.hint) if field.hint else "",
        "check": field.check, "when": field.when, "one_of": field.one_of, "autocomplete": field.autocomplete,
        "options": [{"value": value, "label": f"{value}. {_(label)}" if field.kind == "checkboxes" else _(label)}
                    for value, label in field.options],
    }
