"""Message templates of the importers' problem codes, Indonesian first, English second.

Merged into ``generator.report.messages.MESSAGES``; every code is documented in docs/problem-codes.md.
``source_file``/``source_row`` name the place in the file staff imported; ``file``/``row`` of the
problem name the row of the written file (content/dip.csv) they must fill.
"""

from __future__ import annotations

from generator.i18n import N_

SOURCE = " (sumber: {source_file}, baris {source_row})"
SOURCE_EN = " (source: {source_file}, row {source_row})"
NOTHING = " Tidak ada berkas yang ditulis ke content/ atau datasets/."
NOTHING_EN = " Nothing was written to content/ or datasets/."

IMPORT_MESSAGES: dict[str, str] = {
    "import-workbook-locked": N_("Buku kerja ini dilindungi kata sandi (atau berformat Excel 97-2003 .xls lama), sehingga tidak dapat dibaca. Tidak ada berkas yang ditulis ke content/ atau datasets/. Buka di Excel, hapus kata sandinya (File > Info > Protect Workbook > Encrypt with Password, kosongkan), lalu simpan sebagai \"Excel Workbook (*.xlsx)\" dan impor ulang."),
    "import-unreadable": N_("Berkas tidak dapat dibaca: {detail}. Tidak ada berkas yang ditulis ke content/ atau datasets/. Pastikan berkasnya utuh (unduh ulang) dan berformat XLSX, ODS, CSV, HTML, JSON atau SQL."),
    "import-sheet-missing": N_("Lembar kerja \"{value}\" tidak ada di buku kerja ini; lembar yang ada: {sheets}. Tidak ada berkas yang ditulis ke content/ atau datasets/. Sebutkan salah satu nama itu dengan --sheet (huruf besar/kecil harus sama)."),
    "import-no-table": N_("Berkas ini tidak memuat tabel (tidak ada <table> di halaman web, atau tidak ada INSERT di berkas SQL). Tidak ada berkas yang ditulis ke content/ atau datasets/. Simpan halaman yang benar-benar menampilkan daftar informasi (di peramban: Simpan Halaman Sebagai > Halaman Web, Hanya HTML), atau ekspor daftarnya ke Excel."),
    "import-header-missing": N_("Baris judul kolom tidak ditemukan di 30 baris pertama lembar {sheets}: tidak ada baris yang menyebut judul informasi dan dua kolom DIP lain (mis. \"Ringkasan Isi Informasi\", \"Pejabat yang Menguasai Informasi\", \"Jangka Waktu Penyimpanan\"). Tidak ada berkas yang ditulis ke content/ atau datasets/. Tambahkan satu baris judul kolom di atas daftar, dengan nama kolom seperti di Lampiran Perki 1/2021, lalu impor ulang."),
    "import-json-unmatched": N_("Isi JSON ini tidak cocok dengan pemetaan yang dikenal (kunci yang ditemukan: {keys}). Tidak ada berkas yang ditulis ke content/ atau datasets/. Tulis berkas pemetaan YAML (records: jalur daftar rekaman; columns: kolom DIP -> kunci JSON, mis. judul: title) lalu jalankan ulang dengan --mapping BERKAS.yaml; lihat docs/panduan-staf.md bagian \"Pindah ke Etalase\"."),
    "import-target-exists": N_("Berkas \"{value}\" sudah ada, begitu pula \"{beside}\"; impor tidak pernah menimpa berkas tanpa izin. Tidak ada berkas yang ditulis ke content/ atau datasets/. Periksa dan hapus \"{beside}\" hasil impor sebelumnya, atau jalankan ulang dengan --force untuk mengganti \"{value}\"."),
    "import-folder-exists": N_("Folder \"{value}\" sudah ada; impor tidak pernah menimpa dataset tanpa izin. Tidak ada berkas yang ditulis ke content/ atau datasets/. Pilih nama lain dengan --name, atau jalankan ulang dengan --force untuk mengganti seluruh isi folder itu dengan hasil impor."),
    "import-sheet-skipped": N_("Lembar \"{value}\" dilewati: tidak ada baris judul kolom DIP di dalamnya (mis. lembar petunjuk atau rekap). Jika lembar ini berisi daftar informasi, beri baris judul kolom lalu impor ulang."),
    "import-column-unmapped": N_("Kolom ke-{position} \"{value}\" tidak sesuai dengan kolom DIP mana pun, sehingga isinya tidak diimpor. Jika isinya diperlukan, salin ke kolom DIP yang tepat di content/dip.csv (lihat docs/format.md)."),
    "import-duplicate-row": N_("Baris ini sama persis dengan baris {first_row} ({first_file}), sehingga dihapus dari hasil impor. Tidak ada yang perlu dilakukan; perbaiki juga sumbernya bila masih dipakai."),
    "import-html-stripped": N_("Sel ini berisi kode HTML (\"{value}\"); tanda HTML-nya dihapus dan teksnya disimpan (sumber: {source_file}, baris {source_row}). Periksa bahwa kalimatnya masih terbaca utuh."),
    "import-bentuk-unknown": N_("Bentuk informasi \"{value}\" tidak dikenali dan disalin apa adanya (sumber: {source_file}, baris {source_row}). Ganti dengan salah satu dari: softcopy, hardcopy, softcopy dan hardcopy."),
    "import-retensi-unknown": N_("\"{value}\" tidak tampak sebagai jangka waktu penyimpanan (retensi arsip), mis. \"5 tahun\" atau \"Permanen\"; nilainya disalin apa adanya (sumber: {source_file}, baris {source_row}). Tulis jangka waktu sesuai Jadwal Retensi Arsip badan publik."),
    "import-kategori-unknown": N_("Kategori \"{value}\" tidak dikenali (sumber: {source_file}, baris {source_row}). Isi kolom kategori dengan berkala, serta_merta, setiap_saat atau dikecualikan (UU 14/2008 Pasal 9, 10, 11 dan 17)."),
    "import-value-missing": N_("Informasi \"{value}\" belum memiliki isi kolom wajib: {columns} (sumber: {source_file}, baris {source_row}). Sumbernya tidak memuat nilai ini dan Etalase tidak mengarangnya; isi kolom-kolom itu di baris ini (lihat docs/format.md), lalu jalankan validate."),
    "import-consequence-missing": N_("Informasi yang dikecualikan \"{value}\" tidak memiliki uji konsekuensi. UU 14/2008 Pasal 19 dan Perki 1/2021 mewajibkan uji konsekuensi sebelum informasi dikecualikan: isi analisis_konsekuensi dan pertimbangan_kepentingan_publik dari berita acara uji konsekuensi, atau buka informasinya."),
    "import-years-as-columns": N_("Tahun menjadi nama kolom ({value}): tabel ini berbentuk lebar. Data terbuka lebih mudah disaring dan digrafikkan dalam bentuk panjang: satu kolom \"tahun\" dan satu kolom nilai (di Excel: Power Query > Unpivot Columns). Biarkan bila tabel memang disajikan seperti ini."),
    "import-number-as-text": N_("Kolom \"{field}\" berisi angka yang disimpan sebagai teks (mis. \"{value}\") di {count} sel. Kolom diberi tipe number; periksa bahwa tidak ada sel berisi teks lain, atau ubah tipenya kembali menjadi string."),
    "import-excel-serial-date": N_("Kolom \"{field}\" berisi tanggal yang tersimpan sebagai nomor seri Excel (mis. {value}); tanggalnya ditulis sebagai TTTT-BB-HH. Periksa beberapa tanggal dengan buku kerja aslinya."),
    "import-merged-header": N_("Judul kolom ke-{position} adalah sel gabungan (merged) \"{value}\"; kolom-kolom di bawahnya diberi nama \"{name}\". Ganti namanya dengan nama yang menjelaskan isi setiap kolom."),
    "ckan-error": N_("Portal CKAN menjawab dengan galat: {detail}. Tidak ada berkas yang ditulis ke content/ atau datasets/. Periksa alamat dan pengenal (id) dataset atau sumber data di portal, lalu coba lagi."),
    "ckan-not-recognised": N_("Isi ini bukan jawaban API CKAN yang dikenal (package_show, package_search atau datastore_search). Tidak ada berkas yang ditulis ke content/ atau datasets/. Simpan jawaban dari alamat .../api/3/action/package_show?id=NAMA atau .../api/3/action/datastore_search?resource_id=ID, lalu impor berkas itu."),
    "ckan-unreachable": N_("Alamat \"{value}\" tidak dapat dihubungi: {detail}. Tidak ada berkas yang ditulis ke content/ atau datasets/. Periksa alamat dan sambungan internet; bila portal menolak akses otomatis, buka alamatnya di peramban, simpan jawabannya sebagai berkas .json dan impor berkas itu."),
    "ckan-resource-skipped": N_("Sumber data \"{value}\" (format {format}) tidak diimpor: datanya tidak ada di jawaban yang disimpan (tanpa alamat, Etalase tidak memakai internet) atau bukan tabel DataStore maupun berkas CSV. Jalankan import-ckan dengan alamat API package_show portal agar datanya diunduh, atau unduh berkasnya dan buat datasetnya dengan new-dataset."),
    "ckan-license-unknown": N_("Lisensi portal \"{value}\" tidak termasuk daftar lisensi yang diterima validate; licenses diisi ISI:. Tanyakan ke pengelola data lisensi terbuka yang berlaku (mis. CC-BY-4.0) dan tulis di datapackage.yaml."),
}
