"""Message templates of the pre-flight, column, key and file checks (msgids of the cli catalogue).

Merged into ``generator.report.messages.MESSAGES``; kept apart so the catalogue of the
foundation stays as it was.
"""

from __future__ import annotations

from generator.i18n import N_

STAFF_MESSAGES: dict[str, str] = {
    "site-too-large": N_("Situs hasil bangun berukuran {size_mb} MB, lebih besar dari batas {limit_mb} MB (GitHub Pages menerbitkan situs paling besar 1 GB); situs yang sedang tayang tidak diganti. Simpan berkas data besar di luar git dan rujuk alamatnya (remote: true dengan bytes dan hash sha256), kurangi --preview-rows, atau naikkan batas dengan --max-site-mb bila situs diterbitkan di tempat lain."),
    "file-too-large": N_("Berkas berukuran {size_mb} MB, lebih besar dari batas {limit_mb} MB. Pecah datanya per tahun atau per wilayah menjadi beberapa berkas, atau simpan berkasnya di luar git dan rujuk alamatnya (remote: true dengan bytes dan hash sha256), atau naikkan batas dengan --max-file-mb."),
    "file-empty": N_("Berkas kosong (tidak ada judul kolom maupun data). Unggah ulang berkas CSV yang berisi data."),
    "no-data-rows": N_("Berkas hanya berisi judul kolom, tanpa satu baris data pun. Tambahkan datanya atau hapus sumber data ini dari datapackage.yaml."),
    "file-is-excel": N_("Berkas ini adalah buku kerja Excel ({format}), bukan CSV (mungkin hanya namanya diganti menjadi .csv). Buka di Excel, lalu File > Save As > \"CSV UTF-8 (Comma delimited) (*.csv)\" dan unggah hasilnya."),
    "file-is-html": N_("Berkas ini adalah halaman web (HTML), bukan CSV; mungkin tersimpan dari peramban atau berisi halaman galat unduhan. Unduh ulang data aslinya sebagai CSV."),
    "file-utf16": N_("Berkas disimpan sebagai \"Unicode Text\" (UTF-16). Di Excel: File > Save As > pilih \"CSV UTF-8 (Comma delimited) (*.csv)\"."),
    "encoding-not-utf8": N_("Berkas bukan UTF-8: karakter \"{char}\" (bita {byte}, karakter ke-{column} di baris ini), kemungkinan disimpan sebagai \"CSV (Comma delimited)\" atau ANSI/Windows-1252. Isi baris: \"{value}\". Di Excel: File > Save As > pilih \"CSV UTF-8 (Comma delimited) (*.csv)\"."),
    "excel-sep-line": N_("Baris pertama \"{value}\" adalah petunjuk pemisah untuk Excel, bukan judul kolom. Hapus baris ini sehingga judul kolom ada di baris 1."),
    "control-character": N_("Baris ini mengandung karakter tak terlihat {char} (karakter ke-{column}), biasanya terbawa saat menyalin dari aplikasi lain. Ketik ulang sel tersebut."),
    "unclosed-quote": N_("Tanda kutip (\") dibuka di baris ini tetapi tidak ditutup dengan benar, sehingga {lines} baris berikutnya terbaca sebagai satu sel. Tutup tanda kutipnya atau hapus tanda kutip yang berlebih."),
    "delimiter-semicolon": N_("Kolom dipisahkan dengan titik koma (;), bukan koma; begitulah Excel berbahasa Indonesia menyimpan CSV. Di Excel: File > Save As > pilih \"CSV UTF-8 (Comma delimited) (*.csv)\". Atau nyatakan dialect: {{delimiter: \";\"}} untuk sumber data ini di datapackage.yaml (dan decimalChar: \",\", groupChar: \".\" untuk kolom angka)."),
    "header-missing": N_("Baris 1 berisi data (\"{value}\"), bukan judul kolom. Sisipkan baris judul kolom di atasnya: {expected}."),
    "header-not-first": N_("Judul kolom ada di baris {header_row}, bukan di baris 1. Hapus {above} baris di atasnya (judul tabel, keterangan) sehingga judul kolom menjadi baris 1."),
    "header-title-block": N_("Baris 1 (\"{value}\") tampaknya judul tabel, bukan judul kolom (seperti tabel ekspor BPS dengan judul bertingkat). {data_row}: sisakan tepat satu baris judul kolom di atas data, dengan nama kolom sesuai skema, dan hapus baris judul lainnya serta baris total."),
    "header-case": N_("Judul kolom ke-{position} \"{value}\" hampir sama dengan \"{field}\" di skema (beda huruf besar/kecil atau spasi). Ganti judul kolomnya menjadi \"{field}\"."),
    "header-unknown": N_("Judul kolom ke-{position} \"{value}\" tidak ada di skema. Maksud Anda \"{suggestion}\"? Samakan judul kolom dengan skema."),
    "number-rupiah": N_("Kolom angka berisi \"{value}\" dengan awalan Rp ({count} sel, baris {rows}). Tulis angkanya saja tanpa Rp dan tanpa titik ribuan, mis. 1250000; satuan rupiah ditulis di deskripsi kolom."),
    "number-locale": N_("Angka \"{value}\" ditulis dengan format Indonesia (titik ribuan, koma desimal) di {count} sel (baris {rows}). Tulis dengan titik desimal tanpa pemisah ribuan (mis. 1234567.89), atau nyatakan decimalChar: \",\" dan groupChar: \".\" pada kolom ini di skema."),
    "missing-dash": N_("Tanda \"{value}\" dipakai untuk data kosong di {count} sel (baris {rows}). Kosongkan selnya, atau tambahkan \"-\" ke missingValues di skema (missingValues: [\"\", \"-\"])."),
    "coordinate-dms": N_("Koordinat \"{value}\" ditulis dalam derajat-menit-detik ({count} sel, baris {rows}). Ubah ke derajat desimal (mis. -6.4936) atau jadikan kolom ini bertipe string."),
    "date-format": N_("Tanggal \"{value}\" ditulis HH/BB/TTTT di {count} sel (baris {rows}). Tulis tanggal sebagai TTTT-BB-HH (mis. 2025-01-31); di Excel: Format Cells > Custom > yyyy-mm-dd. Atau nyatakan format: \"%d/%m/%Y\" pada kolom ini di skema."),
    "date-ambiguous": N_("Semua {count} tanggal di kolom ini bernilai hari 12 atau kurang, sehingga \"{value}\" bisa dibaca hari/bulan maupun bulan/hari. Periksa bahwa format \"{format}\" benar; sebaiknya tulis TTTT-BB-HH."),
    "number-thousands-ambiguous": N_("Semua {count} nilai di kolom angka ini berbentuk seperti \"{value}\": titik ini dibaca sebagai desimal (1,234), bukan ribuan (1234). Jika maksudnya ribuan, hapus titiknya."),
    "string-looks-numeric": N_("Kolom bertipe string tetapi semua nilainya angka (mis. \"{value}\"). Jika ini jumlah atau ukuran, ubah tipenya menjadi integer atau number agar dapat diurutkan dan dijumlahkan."),
    "cell-too-long": N_("Sel ini berisi {length} karakter, melebihi batas satu sel Excel ({limit}). Periksa apakah ada tanda kutip yang salah; teks panjang sebaiknya diunggah sebagai dokumen terpisah."),
    "scaffold-exists": N_("Folder \"{value}\" sudah ada; new-dataset tidak pernah menimpa apa pun. Pilih nama lain dengan --name, atau perbarui dataset itu dengan mengganti berkas CSV-nya."),
    "total-row": N_("Baris ini tampaknya baris jumlah/total (\"{value}\"). Data terbuka hanya memuat baris rincian; hapus baris total agar data tidak terhitung dua kali."),
    "unknown-key": N_("Kunci \"{key}\" tidak dikenal di {where}.{did_you_mean} Perbaiki ejaannya atau hapus kunci ini."),
    "yaml-implicit-conversion": N_("Nilai {value} tanpa tanda kutip dibaca YAML sebagai {reading}. Tulis dengan tanda kutip: \"{value}\"."),
    "metadata-placeholder": N_("\"{key}\" masih berisi isian contoh \"{value}\". Ganti dengan isi yang sebenarnya sebelum diterbitkan."),
}
