"""Messages of the pre-flight, column, key and file checks (Indonesian, English).

Merged into ``generator.report.messages.MESSAGES``; kept apart so the catalogue of the
foundation stays as it was.
"""

from __future__ import annotations

EXCEL_SAVE = "Di Excel: File > Save As > pilih \"CSV UTF-8 (Comma delimited) (*.csv)\"."
EXCEL_SAVE_EN = "In Excel: File > Save As > choose \"CSV UTF-8 (Comma delimited) (*.csv)\"."

STAFF_MESSAGES: dict[str, tuple[str, str]] = {
    "site-too-large": (
        "Situs hasil bangun berukuran {size_mb} MB, lebih besar dari batas {limit_mb} MB (GitHub Pages menerbitkan situs paling besar 1 GB); situs yang sedang tayang tidak diganti. Simpan berkas data besar di luar git dan rujuk alamatnya (remote: true dengan bytes dan hash sha256), kurangi --preview-rows, atau naikkan batas dengan --max-site-mb bila situs diterbitkan di tempat lain.",
        "The built site is {size_mb} MB, above the {limit_mb} MB limit (GitHub Pages publishes sites of at most 1 GB); the live site was not replaced. Store large data files outside git and refer to their address (remote: true with bytes and a sha256 hash), lower --preview-rows, or raise the limit with --max-site-mb when the site is published elsewhere.",
    ),
    "file-too-large": (
        "Berkas berukuran {size_mb} MB, lebih besar dari batas {limit_mb} MB. Pecah datanya per tahun atau per wilayah menjadi beberapa berkas, atau simpan berkasnya di luar git dan rujuk alamatnya (remote: true dengan bytes dan hash sha256), atau naikkan batas dengan --max-file-mb.",
        "The file is {size_mb} MB, above the {limit_mb} MB limit. Split the data by year or region into several files, or store the file outside git and refer to its address (remote: true with bytes and a sha256 hash), or raise the limit with --max-file-mb.",
    ),
    "file-empty": (
        "Berkas kosong (tidak ada judul kolom maupun data). Unggah ulang berkas CSV yang berisi data.",
        "The file is empty (no header, no data). Upload the CSV file with its data again.",
    ),
    "no-data-rows": (
        "Berkas hanya berisi judul kolom, tanpa satu baris data pun. Tambahkan datanya atau hapus sumber data ini dari datapackage.yaml.",
        "The file holds only the header row, no data. Add the data or remove this resource from datapackage.yaml.",
    ),
    "file-is-excel": (
        "Berkas ini adalah buku kerja Excel ({format}), bukan CSV (mungkin hanya namanya diganti menjadi .csv). Buka di Excel, lalu File > Save As > \"CSV UTF-8 (Comma delimited) (*.csv)\" dan unggah hasilnya.",
        "This file is an Excel workbook ({format}), not a CSV (perhaps only renamed to .csv). Open it in Excel, then File > Save As > \"CSV UTF-8 (Comma delimited) (*.csv)\" and upload the result.",
    ),
    "file-is-html": (
        "Berkas ini adalah halaman web (HTML), bukan CSV; mungkin tersimpan dari peramban atau berisi halaman galat unduhan. Unduh ulang data aslinya sebagai CSV.",
        "This file is a web page (HTML), not a CSV; it was probably saved from a browser or is a download error page. Download the real data again as CSV.",
    ),
    "file-utf16": (
        "Berkas disimpan sebagai \"Unicode Text\" (UTF-16). " + EXCEL_SAVE,
        "The file was saved as \"Unicode Text\" (UTF-16). " + EXCEL_SAVE_EN,
    ),
    "encoding-not-utf8": (
        "Berkas bukan UTF-8: karakter \"{char}\" (bita {byte}, karakter ke-{column} di baris ini), kemungkinan disimpan sebagai \"CSV (Comma delimited)\" atau ANSI/Windows-1252. Isi baris: \"{value}\". " + EXCEL_SAVE,
        "The file is not UTF-8: character \"{char}\" (byte {byte}) at character {column} of this line, probably saved as \"CSV (Comma delimited)\" or ANSI/Windows-1252. Line: \"{value}\". " + EXCEL_SAVE_EN,
    ),
    "excel-sep-line": (
        "Baris pertama \"{value}\" adalah petunjuk pemisah untuk Excel, bukan judul kolom. Hapus baris ini sehingga judul kolom ada di baris 1.",
        "The first line \"{value}\" is a delimiter hint for Excel, not the header. Delete it so the header is on row 1.",
    ),
    "control-character": (
        "Baris ini mengandung karakter tak terlihat {char} (karakter ke-{column}), biasanya terbawa saat menyalin dari aplikasi lain. Ketik ulang sel tersebut.",
        "This line holds the invisible control character {char} (character {column}), usually pasted from another program. Retype that cell.",
    ),
    "unclosed-quote": (
        "Tanda kutip (\") dibuka di baris ini tetapi tidak ditutup dengan benar, sehingga {lines} baris berikutnya terbaca sebagai satu sel. Tutup tanda kutipnya atau hapus tanda kutip yang berlebih.",
        "A quote (\") opens on this row but is not closed properly, so the next {lines} lines are read as one cell. Close the quote or remove the stray one.",
    ),
    "delimiter-semicolon": (
        "Kolom dipisahkan dengan titik koma (;), bukan koma; begitulah Excel berbahasa Indonesia menyimpan CSV. " + EXCEL_SAVE + " Atau nyatakan dialect: {{delimiter: \";\"}} untuk sumber data ini di datapackage.yaml (dan decimalChar: \",\", groupChar: \".\" untuk kolom angka).",
        "Columns are separated by semicolons (;), not commas, as Excel in the Indonesian locale saves CSV. " + EXCEL_SAVE_EN + " Or declare dialect: {{delimiter: \";\"}} for this resource in datapackage.yaml (and decimalChar: \",\", groupChar: \".\" for number columns).",
    ),
    "header-missing": (
        "Baris 1 berisi data (\"{value}\"), bukan judul kolom. Sisipkan baris judul kolom di atasnya: {expected}.",
        "Row 1 holds data (\"{value}\"), not the column headers. Insert a header row above it: {expected}.",
    ),
    "header-not-first": (
        "Judul kolom ada di baris {header_row}, bukan di baris 1. Hapus {above} baris di atasnya (judul tabel, keterangan) sehingga judul kolom menjadi baris 1.",
        "The column headers are on row {header_row}, not row 1. Delete the {above} rows above it (table title, notes) so the header becomes row 1.",
    ),
    "header-title-block": (
        "Baris 1 (\"{value}\") tampaknya judul tabel, bukan judul kolom (seperti tabel ekspor BPS dengan judul bertingkat). {data_row}: sisakan tepat satu baris judul kolom di atas data, dengan nama kolom sesuai skema, dan hapus baris judul lainnya serta baris total.",
        "Row 1 (\"{value}\") looks like a table title, not column headers (like a BPS table export with stacked headers). {data_row}: keep exactly one header row above the data, named as in the schema, and delete the other title rows and total rows.",
    ),
    "header-case": (
        "Judul kolom ke-{position} \"{value}\" hampir sama dengan \"{field}\" di skema (beda huruf besar/kecil atau spasi). Ganti judul kolomnya menjadi \"{field}\".",
        "Header {position} \"{value}\" nearly matches \"{field}\" in the schema (case or spaces differ). Rename it to \"{field}\".",
    ),
    "header-unknown": (
        "Judul kolom ke-{position} \"{value}\" tidak ada di skema. Maksud Anda \"{suggestion}\"? Samakan judul kolom dengan skema.",
        "Header {position} \"{value}\" is not in the schema. Did you mean \"{suggestion}\"? Match the header to the schema.",
    ),
    "number-rupiah": (
        "Kolom angka berisi \"{value}\" dengan awalan Rp ({count} sel, baris {rows}). Tulis angkanya saja tanpa Rp dan tanpa titik ribuan, mis. 1250000; satuan rupiah ditulis di deskripsi kolom.",
        "The number column holds \"{value}\" with an Rp prefix ({count} cells, rows {rows}). Write digits only, without Rp or thousands dots, e.g. 1250000; put the currency in the column description.",
    ),
    "number-locale": (
        "Angka \"{value}\" ditulis dengan format Indonesia (titik ribuan, koma desimal) di {count} sel (baris {rows}). Tulis dengan titik desimal tanpa pemisah ribuan (mis. 1234567.89), atau nyatakan decimalChar: \",\" dan groupChar: \".\" pada kolom ini di skema.",
        "Number \"{value}\" is written the Indonesian way (thousands dot, decimal comma) in {count} cells (rows {rows}). Write it with a decimal point and no thousands separator (e.g. 1234567.89), or declare decimalChar: \",\" and groupChar: \".\" for this column in the schema.",
    ),
    "missing-dash": (
        "Tanda \"{value}\" dipakai untuk data kosong di {count} sel (baris {rows}). Kosongkan selnya, atau tambahkan \"-\" ke missingValues di skema (missingValues: [\"\", \"-\"]).",
        "\"{value}\" marks missing data in {count} cells (rows {rows}). Leave those cells empty, or add \"-\" to the schema's missingValues (missingValues: [\"\", \"-\"]).",
    ),
    "coordinate-dms": (
        "Koordinat \"{value}\" ditulis dalam derajat-menit-detik ({count} sel, baris {rows}). Ubah ke derajat desimal (mis. -6.4936) atau jadikan kolom ini bertipe string.",
        "Coordinate \"{value}\" is in degrees-minutes-seconds ({count} cells, rows {rows}). Convert it to decimal degrees (e.g. -6.4936) or type the column as string.",
    ),
    "date-format": (
        "Tanggal \"{value}\" ditulis HH/BB/TTTT di {count} sel (baris {rows}). Tulis tanggal sebagai TTTT-BB-HH (mis. 2025-01-31); di Excel: Format Cells > Custom > yyyy-mm-dd. Atau nyatakan format: \"%d/%m/%Y\" pada kolom ini di skema.",
        "Date \"{value}\" is written DD/MM/YYYY in {count} cells (rows {rows}). Write dates as YYYY-MM-DD (e.g. 2025-01-31); in Excel: Format Cells > Custom > yyyy-mm-dd. Or declare format: \"%d/%m/%Y\" for this column in the schema.",
    ),
    "date-ambiguous": (
        "Semua {count} tanggal di kolom ini bernilai hari 12 atau kurang, sehingga \"{value}\" bisa dibaca hari/bulan maupun bulan/hari. Periksa bahwa format \"{format}\" benar; sebaiknya tulis TTTT-BB-HH.",
        "All {count} dates in this column have a day of 12 or less, so \"{value}\" reads as day/month or month/day. Check that format \"{format}\" is right; better write YYYY-MM-DD.",
    ),
    "number-thousands-ambiguous": (
        "Semua {count} nilai di kolom angka ini berbentuk seperti \"{value}\": titik ini dibaca sebagai desimal (1,234), bukan ribuan (1234). Jika maksudnya ribuan, hapus titiknya.",
        "All {count} values of this number column look like \"{value}\": the dot is read as a decimal point (1.234), not thousands (1234). If it means thousands, remove the dots.",
    ),
    "string-looks-numeric": (
        "Kolom bertipe string tetapi semua nilainya angka (mis. \"{value}\"). Jika ini jumlah atau ukuran, ubah tipenya menjadi integer atau number agar dapat diurutkan dan dijumlahkan.",
        "The column is typed string but every value is a number (e.g. \"{value}\"). If it is a count or measure, type it integer or number so it sorts and sums.",
    ),
    "cell-too-long": (
        "Sel ini berisi {length} karakter, melebihi batas satu sel Excel ({limit}). Periksa apakah ada tanda kutip yang salah; teks panjang sebaiknya diunggah sebagai dokumen terpisah.",
        "This cell holds {length} characters, above Excel's cell limit ({limit}). Check for a misplaced quote; long text belongs in a separate document.",
    ),
    "scaffold-exists": (
        "Folder \"{value}\" sudah ada; new-dataset tidak pernah menimpa apa pun. Pilih nama lain dengan --name, atau perbarui dataset itu dengan mengganti berkas CSV-nya.",
        "Folder \"{value}\" already exists; new-dataset never overwrites anything. Choose another name with --name, or update that dataset by replacing its CSV file.",
    ),
    "total-row": (
        "Baris ini tampaknya baris jumlah/total (\"{value}\"). Data terbuka hanya memuat baris rincian; hapus baris total agar data tidak terhitung dua kali.",
        "This row looks like a total row (\"{value}\"). Open data holds only the detail rows; delete the total row so nothing is counted twice.",
    ),
    "unknown-key": (
        "Kunci \"{key}\" tidak dikenal di {where}.{suggestion} Perbaiki ejaannya atau hapus kunci ini.",
        "Key \"{key}\" is unknown in {where}.{suggestion} Fix its spelling or remove it.",
    ),
    "yaml-implicit-conversion": (
        "Nilai {value} tanpa tanda kutip dibaca YAML sebagai {reading}. Tulis dengan tanda kutip: \"{value}\".",
        "Unquoted {value} is read by YAML as {reading}. Quote it: \"{value}\".",
    ),
    "metadata-placeholder": (
        "\"{key}\" masih berisi isian contoh \"{value}\". Ganti dengan isi yang sebenarnya sebelum diterbitkan.",
        "\"{key}\" still holds the placeholder \"{value}\". Replace it with the real content before publishing.",
    ),
}
