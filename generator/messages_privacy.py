"""Messages of the personal-data and bounded-input checks (Indonesian, English).

Merged into ``generator.messages.MESSAGES``. Terms follow UU 14/2008 (Keterbukaan
Informasi Publik: informasi yang dikecualikan, Pasal 17 huruf h) and UU 27/2022
(Pelindungan Data Pribadi: data pribadi, subjek data pribadi).
"""

from __future__ import annotations

PDP = "Data pribadi tidak boleh diterbitkan (UU 27/2022 tentang Pelindungan Data Pribadi; informasi yang dikecualikan menurut UU 14/2008 Pasal 17 huruf h)"
PDP_EN = "Personal data must not be published (UU 27/2022 on Personal Data Protection; information excluded under UU 14/2008 Art. 17 h)"
ALLOW = "Jika ini kolom tabel yang memang informasi publik, tulis alasannya di skema kolom: personal_data_allowed: \"alasan\"."
ALLOW_EN = "If this is a table column that is public information, write the reason on the schema field: personal_data_allowed: \"reason\"."

PRIVACY_MESSAGES: dict[str, tuple[str, str]] = {
    "personal-data-nik": (
        "Teks ini berisi NIK atau nomor KK ({value}). " + PDP + ": hapus nomornya, atau samarkan (mis. 3576************). " + ALLOW,
        "This text holds a NIK or family-card (KK) number ({value}). " + PDP_EN + ": delete the number, or mask it (e.g. 3576************). " + ALLOW_EN,
    ),
    "personal-data-npwp": (
        "Teks ini berisi NPWP ({value}). " + PDP + ": hapus nomornya atau samarkan. NPWP badan publik sendiri boleh ditulis di content/site.yaml. " + ALLOW,
        "This text holds an NPWP tax number ({value}). " + PDP_EN + ": delete or mask the number. The public body's own NPWP may be written in content/site.yaml. " + ALLOW_EN,
    ),
    "personal-data-private-email": (
        "Teks ini berisi alamat surel pribadi ({value}, penyedia surel gratis). " + PDP + ": ganti dengan alamat surel resmi badan publik (mis. ppid@namadaerah.go.id) atau hapus. " + ALLOW,
        "This text holds a private e-mail address ({value}, a free-mail provider). " + PDP_EN + ": replace it with the public body's official address (e.g. ppid@region.go.id) or delete it. " + ALLOW_EN,
    ),
    "markdown-too-large": (
        "Halaman berukuran {size_kb} KB, lebih besar dari batas {limit_kb} KB untuk satu halaman. Pecah menjadi beberapa halaman, atau terbitkan isinya sebagai dokumen atau dataset.",
        "The page is {size_kb} KB, above the limit of {limit_kb} KB for one page. Split it into several pages, or publish the content as a document or dataset.",
    ),
    "markdown-too-deep": (
        "Baris ini bersarang {depth} tingkat (daftar di dalam daftar atau kutipan \">\"), lebih dari batas {limit}. Ratakan daftarnya: kurangi indentasi atau pecah menjadi beberapa daftar.",
        "This line is nested {depth} levels deep (a list inside a list, or \">\" quotes), more than the limit of {limit}. Flatten the list: indent less, or split it into several lists.",
    ),
    "markdown-too-complex": (
        "Teks Markdown ini berisi {count} tanda \"{char}\" (batas {limit}); teks seperti ini membuat pengolah Markdown berjalan sangat lama. Hapus tanda yang berulang itu; tulis tautan sebagai [teks](alamat) dan penebalan sebagai **teks**.",
        "This Markdown text holds {count} \"{char}\" characters (limit {limit}); text like this makes the Markdown processor run for a very long time. Remove the repeated characters; write links as [text](address) and bold as **text**.",
    ),
    "csv-too-many-columns": (
        "Baris ini berisi {count} kolom, lebih dari batas {limit} kolom. Periksa pemisah kolom (koma) dan tanda kutip, atau pecah tabel menjadi beberapa berkas.",
        "This row has {count} columns, more than the limit of {limit}. Check the column separator (comma) and the quotes, or split the table into several files.",
    ),
    "csv-line-too-long": (
        "Baris ini panjangnya {length_kb} KB, lebih dari batas {limit_kb} KB untuk satu baris. Mungkin akhir baris hilang (seluruh berkas dalam satu baris) atau satu sel berisi teks yang sangat panjang; simpan ulang dari Excel sebagai CSV UTF-8, atau pindahkan teks panjang ke dokumen.",
        "This line is {length_kb} KB long, above the limit of {limit_kb} KB for one line. The line endings may be lost (the whole file on one line) or one cell holds a very long text; save it again from Excel as CSV UTF-8, or move long text to a document.",
    ),
    "yaml-too-deep": (
        "YAML bersarang {depth} tingkat di baris ini, lebih dari batas {limit}. Berkas Etalase tidak memerlukan sedalam itu: periksa tanda [ {{ - dan indentasi.",
        "The YAML is nested {depth} levels deep at this line, more than the limit of {limit}. Etalase files never need that depth: check the [ {{ - characters and the indentation.",
    ),
    "yaml-alias-expansion": (
        "Alias YAML (*nama yang merujuk &nama) di berkas ini akan mengembang menjadi lebih dari {limit} nilai ({count} sampai baris ini). Tulis nilainya langsung, tanpa alias bertingkat.",
        "The YAML aliases (*name referring to &name) in this file would expand to more than {limit} values ({count} by this line). Write the values out, without nested aliases.",
    ),
    "input-too-complex": (
        "Berkas ini terlalu rumit untuk diolah ({detail}): mungkin sangat dalam bersarang atau sangat besar. Sederhanakan isinya; jika berkas tampak wajar, laporkan ke pengelola Etalase beserta berkasnya.",
        "This file is too complex to process ({detail}): it may be nested very deeply or be very large. Simplify it; if the file looks normal, report it with the file to the Etalase maintainers.",
    ),
    "document-link-invalid": (
        "Tautan dokumen \"{value}\" berisi karakter kendali (mis. byte NUL) yang tidak boleh ada di nama berkas atau alamat. Tulis ulang jalurnya, mis. dokumen/laporan-2025.pdf.",
        "Document link \"{value}\" holds a control character (e.g. a NUL byte) that a file name or address cannot hold. Write the path again, e.g. dokumen/laporan-2025.pdf.",
    ),
}
