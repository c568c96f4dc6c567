"""Messages of the personal-data and bounded-input checks (Indonesian, English).

Merged into ``generator.report.messages.MESSAGES``. Terms follow UU 14/2008 (Keterbukaan
Informasi Publik: informasi yang dikecualikan, Pasal 17 huruf h) and UU 27/2022
(Pelindungan Data Pribadi: data pribadi, subjek data pribadi).
"""

from __future__ import annotations

from generator.i18n import N_

PDP = "Data pribadi tidak boleh diterbitkan (UU 27/2022 tentang Pelindungan Data Pribadi; informasi yang dikecualikan menurut UU 14/2008 Pasal 17 huruf h)"
PDP_EN = "Personal data must not be published (UU 27/2022 on Personal Data Protection; information excluded under UU 14/2008 Art. 17 h)"
ALLOW = "Jika ini kolom tabel yang memang informasi publik, tulis alasannya di skema kolom: personal_data_allowed: \"alasan\"."
ALLOW_EN = "If this is a table column that is public information, write the reason on the schema field: personal_data_allowed: \"reason\"."

PRIVACY_MESSAGES: dict[str, str] = {
    "personal-data-nik": N_("Teks ini berisi NIK atau nomor KK ({value}). Data pribadi tidak boleh diterbitkan (UU 27/2022 tentang Pelindungan Data Pribadi; informasi yang dikecualikan menurut UU 14/2008 Pasal 17 huruf h): hapus nomornya, atau samarkan (mis. 3576************). Jika ini kolom tabel yang memang informasi publik, tulis alasannya di skema kolom: personal_data_allowed: \"alasan\"."),
    "personal-data-npwp": N_("Teks ini berisi NPWP ({value}). Data pribadi tidak boleh diterbitkan (UU 27/2022 tentang Pelindungan Data Pribadi; informasi yang dikecualikan menurut UU 14/2008 Pasal 17 huruf h): hapus nomornya atau samarkan. NPWP badan publik sendiri boleh ditulis di content/site.yaml. Jika ini kolom tabel yang memang informasi publik, tulis alasannya di skema kolom: personal_data_allowed: \"alasan\"."),
    "personal-data-private-email": N_("Teks ini berisi alamat surel pribadi ({value}, penyedia surel gratis). Data pribadi tidak boleh diterbitkan (UU 27/2022 tentang Pelindungan Data Pribadi; informasi yang dikecualikan menurut UU 14/2008 Pasal 17 huruf h): ganti dengan alamat surel resmi badan publik (mis. ppid@namadaerah.go.id) atau hapus. Jika ini kolom tabel yang memang informasi publik, tulis alasannya di skema kolom: personal_data_allowed: \"alasan\"."),
    "markdown-too-large": N_("Halaman berukuran {size_kb} KB, lebih besar dari batas {limit_kb} KB untuk satu halaman. Pecah menjadi beberapa halaman, atau terbitkan isinya sebagai dokumen atau dataset."),
    "markdown-too-deep": N_("Baris ini bersarang {depth} tingkat (daftar di dalam daftar atau kutipan \">\"), lebih dari batas {limit}. Ratakan daftarnya: kurangi indentasi atau pecah menjadi beberapa daftar."),
    "markdown-too-complex": N_("Teks Markdown ini berisi {count} tanda \"{char}\" (batas {limit}); teks seperti ini membuat pengolah Markdown berjalan sangat lama. Hapus tanda yang berulang itu; tulis tautan sebagai [teks](alamat) dan penebalan sebagai **teks**."),
    "csv-too-many-columns": N_("Baris ini berisi {count} kolom, lebih dari batas {limit} kolom. Periksa pemisah kolom (koma) dan tanda kutip, atau pecah tabel menjadi beberapa berkas."),
    "csv-line-too-long": N_("Baris ini panjangnya {length_kb} KB, lebih dari batas {limit_kb} KB untuk satu baris. Mungkin akhir baris hilang (seluruh berkas dalam satu baris) atau satu sel berisi teks yang sangat panjang; simpan ulang dari Excel sebagai CSV UTF-8, atau pindahkan teks panjang ke dokumen."),
    "yaml-too-deep": N_("YAML bersarang {depth} tingkat di baris ini, lebih dari batas {limit}. Berkas Etalase tidak memerlukan sedalam itu: periksa tanda [ {{ - dan indentasi."),
    "yaml-alias-expansion": N_("Alias YAML (*nama yang merujuk &nama) di berkas ini akan mengembang menjadi lebih dari {limit} nilai ({count} sampai baris ini). Tulis nilainya langsung, tanpa alias bertingkat."),
    "input-too-complex": N_("Berkas ini terlalu rumit untuk diolah ({detail}): mungkin sangat dalam bersarang atau sangat besar. Sederhanakan isinya; jika berkas tampak wajar, laporkan ke pengelola Etalase beserta berkasnya."),
    "document-link-invalid": N_("Tautan dokumen \"{value}\" berisi karakter kendali (mis. byte NUL) yang tidak boleh ada di nama berkas atau alamat. Tulis ulang jalurnya, mis. dokumen/laporan-2025.pdf."),
}
