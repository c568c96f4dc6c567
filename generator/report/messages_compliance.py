# ruff: noqa: E501
"""Message templates of the compliance problem codes (merged into generator.report.messages.MESSAGES)."""

from __future__ import annotations

from generator.i18n import N_

MESSAGES: dict[str, str] = {
    "checklist-unknown": N_("Kode butir kewajiban \"{value}\" tidak dikenal. Pakai kode dari daftar kewajiban (halaman Kepatuhan Keterbukaan Informasi) atau tambahkan butirnya di content/kewajiban.yaml."),
    "checklist-missing": N_("Informasi wajib \"{title}\" (butir {value}) belum ada di DIP. Tambahkan entrinya dan tulis {value} di kolom butir_kewajiban."),
    "checklist-invalid": N_("Butir ke-{position} di daftar kewajiban tidak sah (id kosong atau kategori bukan berkala, serta_merta, setiap_saat). Tulis setiap butir sebagai {{id: ..., judul: ..., kategori: ..., wajib: true/false}}."),
    "overdue": N_("Perlu diperbarui: {reason} (sejak {since}; tanggal acuan {today}). Terbitkan versi baru dan perbarui tanggalnya, atau isi rencana rilis berikutnya."),
    "dik-register-missing": N_("Ada informasi yang dikecualikan ({ids}) tetapi berkas content/dik.csv (register uji konsekuensi) belum ada. Buat berkas itu dengan satu baris per informasi yang dikecualikan."),
    "dik-entry-missing": N_("Informasi dikecualikan \"{value}\" belum punya baris di content/dik.csv. Tambahkan hasil uji konsekuensinya di sana."),
    "dik-unknown-entry": N_("\"{value}\" bukan nomor entri DIP berkategori dikecualikan. Perbaiki nomornya atau hapus baris ini."),
    "dik-expired": N_("Jangka waktu pengecualian berakhir pada {value} (tanggal acuan {today}). Lakukan uji konsekuensi ulang: buka informasinya atau tetapkan perpanjangan."),
    "holidays-missing-year": N_("Permohonan tahun {value} ada di register, tetapi daftar hari libur hanya memuat tahun {years}: hari libur nasional dan cuti bersama {value} terhitung hari kerja. Tambahkan hari libur tahun {value} (SKB tiga menteri) ke content/hari-libur.yaml, atau perbarui Etalase."),
    "holiday-invalid": N_("Tanggal libur ke-{position} \"{value}\" bukan tanggal TTTT-BB-HH. Perbaiki tanggalnya."),
    "register-personal-column": N_("Kolom \"{field}\" (kolom ke-{position}) tampak berisi data pribadi (nama, NIK, telepon, surel atau alamat). Register permohonan yang diterbitkan tidak boleh memuat data pribadi: hapus kolom ini."),
    "register-column-missing": N_("Register permohonan memerlukan kolom \"{field}\". Tambahkan kolom itu ke skema dan ke berkas CSV (lihat docs/format.md)."),
    "register-reason-missing": N_("Permohonan dengan hasil \"{outcome}\" wajib menyebut alasan penolakan beserta dasar hukumnya (mis. UU 14/2008 Pasal 17 huruf h). Isi sel ini."),
    "register-inconsistent": N_("Isi register tidak konsisten: {reason}. Periksa baris ini."),
    "register-status-unknown": N_("Status \"{value}\" tidak dikenal; halaman lacak permohonan tidak dapat menampilkannya. Pakai salah satu dari: {known}."),
    "register-extension-late": N_("Pemberitahuan perpanjangan bertanggal {value}, sesudah batas 10 hari kerja ({due}); UU 14/2008 Pasal 22 ayat (8) mewajibkan pemberitahuan perpanjangan sebelum batas itu. Periksa tanggalnya."),
    "forms-email-missing": N_("Profil tidak menyebut alamat surel resmi PPID (kunci email): formulir permohonan dan keberatan di situs tidak dapat menawarkan draf surel, hanya formulir cetak. Isi email di content/site.yaml."),
    "forms-atasan-missing": N_("Profil tidak menyebut atasan PPID (officials dengan role \"Atasan PPID\"): formulir keberatan tidak dapat menyebut kepada siapa keberatan ditujukan dan tidak dapat menawarkan draf surel. Tambahkan {{role: Atasan PPID, name: ..., position: ...}} di content/site.yaml."),
    "register-monthly-mismatch": N_("Jumlah permohonan bulan ini {value}, tetapi register {register} mencatat {expected} permohonan yang diterima pada bulan itu. Samakan kedua angka."),
    "region-code-unknown": N_("Kode wilayah \"{value}\" tidak ada di daftar kode wilayah Kemendagri (format PP.KK.CC.DDDD). Perbaiki kodenya, atau bila kode ini ditetapkan sendiri oleh badan publik, catat di content/wilayah-tambahan.csv."),
}
