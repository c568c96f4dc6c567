"""Message templates of the importers' problem codes, Indonesian first, English second.

Merged into ``generator.messages.MESSAGES``; every code is documented in docs/problem-codes.md.
``source_file``/``source_row`` name the place in the file staff imported; ``file``/``row`` of the
problem name the row of the written file (content/dip.csv) they must fill.
"""

from __future__ import annotations

SOURCE = " (sumber: {source_file}, baris {source_row})"
SOURCE_EN = " (source: {source_file}, row {source_row})"
NOTHING = " Tidak ada berkas yang ditulis ke content/ atau datasets/."
NOTHING_EN = " Nothing was written to content/ or datasets/."

IMPORT_MESSAGES: dict[str, tuple[str, str]] = {
    "import-workbook-locked": (
        "Buku kerja ini dilindungi kata sandi (atau berformat Excel 97-2003 .xls lama), sehingga tidak dapat dibaca." + NOTHING + " Buka di Excel, hapus kata sandinya (File > Info > Protect Workbook > Encrypt with Password, kosongkan), lalu simpan sebagai \"Excel Workbook (*.xlsx)\" dan impor ulang.",
        "This workbook is password-protected (or an old Excel 97-2003 .xls), so it cannot be read." + NOTHING_EN + " Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it), save it as \"Excel Workbook (*.xlsx)\" and import again.",
    ),
    "import-unreadable": (
        "Berkas tidak dapat dibaca: {detail}." + NOTHING + " Pastikan berkasnya utuh (unduh ulang) dan berformat XLSX, ODS, CSV, HTML, JSON atau SQL.",
        "The file cannot be read: {detail}." + NOTHING_EN + " Make sure it is complete (download it again) and is XLSX, ODS, CSV, HTML, JSON or SQL.",
    ),
    "import-sheet-missing": (
        "Lembar kerja \"{value}\" tidak ada di buku kerja ini; lembar yang ada: {sheets}." + NOTHING + " Sebutkan salah satu nama itu dengan --sheet (huruf besar/kecil harus sama).",
        "Sheet \"{value}\" is not in this workbook; its sheets are: {sheets}." + NOTHING_EN + " Name one of them with --sheet (same upper and lower case).",
    ),
    "import-no-table": (
        "Berkas ini tidak memuat tabel (tidak ada <table> di halaman web, atau tidak ada INSERT di berkas SQL)." + NOTHING + " Simpan halaman yang benar-benar menampilkan daftar informasi (di peramban: Simpan Halaman Sebagai > Halaman Web, Hanya HTML), atau ekspor daftarnya ke Excel.",
        "This file holds no table (no <table> in the web page, or no INSERT in the SQL file)." + NOTHING_EN + " Save the page that really shows the information list (in the browser: Save Page As > Web Page, HTML Only), or export the list to Excel.",
    ),
    "import-header-missing": (
        "Baris judul kolom tidak ditemukan di 30 baris pertama lembar {sheets}: tidak ada baris yang menyebut judul informasi dan dua kolom DIP lain (mis. \"Ringkasan Isi Informasi\", \"Pejabat yang Menguasai Informasi\", \"Jangka Waktu Penyimpanan\")." + NOTHING + " Tambahkan satu baris judul kolom di atas daftar, dengan nama kolom seperti di Lampiran Perki 1/2021, lalu impor ulang.",
        "No header row found in the first 30 rows of sheet {sheets}: no row names the information title and two more DIP columns (e.g. \"Ringkasan Isi Informasi\", \"Pejabat yang Menguasai Informasi\", \"Jangka Waktu Penyimpanan\")." + NOTHING_EN + " Add one header row above the list, with column names as in the annex of Perki 1/2021, and import again.",
    ),
    "import-json-unmatched": (
        "Isi JSON ini tidak cocok dengan pemetaan yang dikenal (kunci yang ditemukan: {keys})." + NOTHING + " Tulis berkas pemetaan YAML (records: jalur daftar rekaman; columns: kolom DIP -> kunci JSON, mis. judul: title) lalu jalankan ulang dengan --mapping BERKAS.yaml; lihat docs/panduan-staf.md bagian \"Pindah ke Etalase\".",
        "This JSON matches no known mapping (keys found: {keys})." + NOTHING_EN + " Write a YAML mapping file (records: path of the record list; columns: DIP column -> JSON key, e.g. judul: title) and run again with --mapping FILE.yaml; see the \"Pindah ke Etalase\" section of docs/panduan-staf.md.",
    ),
    "import-target-exists": (
        "Berkas \"{value}\" sudah ada, begitu pula \"{beside}\"; impor tidak pernah menimpa berkas tanpa izin." + NOTHING + " Periksa dan hapus \"{beside}\" hasil impor sebelumnya, atau jalankan ulang dengan --force untuk mengganti \"{value}\".",
        "\"{value}\" exists, and so does \"{beside}\"; importing never overwrites a file without being told to." + NOTHING_EN + " Check and delete \"{beside}\" from the previous import, or run again with --force to replace \"{value}\".",
    ),
    "import-folder-exists": (
        "Folder \"{value}\" sudah ada; impor tidak pernah menimpa dataset tanpa izin." + NOTHING + " Pilih nama lain dengan --name, atau jalankan ulang dengan --force untuk mengganti seluruh isi folder itu dengan hasil impor.",
        "Folder \"{value}\" already exists; importing never overwrites a dataset without being told to." + NOTHING_EN + " Choose another name with --name, or run again with --force to replace the whole folder with the import.",
    ),
    "import-sheet-skipped": (
        "Lembar \"{value}\" dilewati: tidak ada baris judul kolom DIP di dalamnya (mis. lembar petunjuk atau rekap). Jika lembar ini berisi daftar informasi, beri baris judul kolom lalu impor ulang.",
        "Sheet \"{value}\" was skipped: it has no DIP header row (e.g. an instructions or summary sheet). If it holds information items, give it a header row and import again.",
    ),
    "import-column-unmapped": (
        "Kolom ke-{position} \"{value}\" tidak sesuai dengan kolom DIP mana pun, sehingga isinya tidak diimpor. Jika isinya diperlukan, salin ke kolom DIP yang tepat di content/dip.csv (lihat docs/format.md).",
        "Column {position} \"{value}\" matches no DIP column, so its content was not imported. If it is needed, copy it into the right DIP column of content/dip.csv (see docs/format.md).",
    ),
    "import-duplicate-row": (
        "Baris ini sama persis dengan baris {first_row} ({first_file}), sehingga dihapus dari hasil impor. Tidak ada yang perlu dilakukan; perbaiki juga sumbernya bila masih dipakai.",
        "This row is identical to row {first_row} ({first_file}), so it was left out of the import. Nothing to do; fix the source too if it is still in use.",
    ),
    "import-html-stripped": (
        "Sel ini berisi kode HTML (\"{value}\"); tanda HTML-nya dihapus dan teksnya disimpan" + SOURCE + ". Periksa bahwa kalimatnya masih terbaca utuh.",
        "This cell held HTML code (\"{value}\"); the tags were removed and the text kept" + SOURCE_EN + ". Check that the sentence still reads well.",
    ),
    "import-bentuk-unknown": (
        "Bentuk informasi \"{value}\" tidak dikenali dan disalin apa adanya" + SOURCE + ". Ganti dengan salah satu dari: softcopy, hardcopy, softcopy dan hardcopy.",
        "Form of information \"{value}\" is not recognised and was copied as written" + SOURCE_EN + ". Replace it with one of: softcopy, hardcopy, softcopy dan hardcopy.",
    ),
    "import-retensi-unknown": (
        "\"{value}\" tidak tampak sebagai jangka waktu penyimpanan (retensi arsip), mis. \"5 tahun\" atau \"Permanen\"; nilainya disalin apa adanya" + SOURCE + ". Tulis jangka waktu sesuai Jadwal Retensi Arsip badan publik.",
        "\"{value}\" does not look like a retention period, e.g. \"5 tahun\" or \"Permanen\"; it was copied as written" + SOURCE_EN + ". Write the period of the body's records retention schedule (Jadwal Retensi Arsip).",
    ),
    "import-kategori-unknown": (
        "Kategori \"{value}\" tidak dikenali" + SOURCE + ". Isi kolom kategori dengan berkala, serta_merta, setiap_saat atau dikecualikan (UU 14/2008 Pasal 9, 10, 11 dan 17).",
        "Category \"{value}\" is not recognised" + SOURCE_EN + ". Fill the kategori column with berkala, serta_merta, setiap_saat or dikecualikan (UU 14/2008 Articles 9, 10, 11 and 17).",
    ),
    "import-value-missing": (
        "Informasi \"{value}\" belum memiliki isi kolom wajib: {columns}" + SOURCE + ". Sumbernya tidak memuat nilai ini dan Etalase tidak mengarangnya; isi kolom-kolom itu di baris ini (lihat docs/format.md), lalu jalankan validate.",
        "Item \"{value}\" has no value yet for the required columns: {columns}" + SOURCE_EN + ". The source does not hold them and Etalase never makes them up; fill those columns on this row (see docs/format.md), then run validate.",
    ),
    "import-consequence-missing": (
        "Informasi yang dikecualikan \"{value}\" tidak memiliki uji konsekuensi. UU 14/2008 Pasal 19 dan Perki 1/2021 mewajibkan uji konsekuensi sebelum informasi dikecualikan: isi analisis_konsekuensi dan pertimbangan_kepentingan_publik dari berita acara uji konsekuensi, atau buka informasinya.",
        "Excluded item \"{value}\" has no consequence test. UU 14/2008 Article 19 and Perki 1/2021 require a consequence test before information is excluded: fill analisis_konsekuensi and pertimbangan_kepentingan_publik from the test's record, or open the information.",
    ),
    "import-years-as-columns": (
        "Tahun menjadi nama kolom ({value}): tabel ini berbentuk lebar. Data terbuka lebih mudah disaring dan digrafikkan dalam bentuk panjang: satu kolom \"tahun\" dan satu kolom nilai (di Excel: Power Query > Unpivot Columns). Biarkan bila tabel memang disajikan seperti ini.",
        "Years are column names ({value}): this is a wide table. Open data is easier to filter and chart in long form: one \"tahun\" column and one value column (in Excel: Power Query > Unpivot Columns). Leave it if the table is meant to be shown this way.",
    ),
    "import-number-as-text": (
        "Kolom \"{field}\" berisi angka yang disimpan sebagai teks (mis. \"{value}\") di {count} sel. Kolom diberi tipe number; periksa bahwa tidak ada sel berisi teks lain, atau ubah tipenya kembali menjadi string.",
        "Column \"{field}\" holds numbers stored as text (e.g. \"{value}\") in {count} cells. The column was typed number; check that no cell holds other text, or type it string again.",
    ),
    "import-excel-serial-date": (
        "Kolom \"{field}\" berisi tanggal yang tersimpan sebagai nomor seri Excel (mis. {value}); tanggalnya ditulis sebagai TTTT-BB-HH. Periksa beberapa tanggal dengan buku kerja aslinya.",
        "Column \"{field}\" holds dates stored as Excel serial numbers (e.g. {value}); they were written as YYYY-MM-DD. Check a few dates against the original workbook.",
    ),
    "import-merged-header": (
        "Judul kolom ke-{position} adalah sel gabungan (merged) \"{value}\"; kolom-kolom di bawahnya diberi nama \"{name}\". Ganti namanya dengan nama yang menjelaskan isi setiap kolom.",
        "Header {position} is a merged cell \"{value}\"; the columns under it were named \"{name}\". Rename them after what each column holds.",
    ),
    "ckan-error": (
        "Portal CKAN menjawab dengan galat: {detail}." + NOTHING + " Periksa alamat dan pengenal (id) dataset atau sumber data di portal, lalu coba lagi.",
        "The CKAN portal answered with an error: {detail}." + NOTHING_EN + " Check the address and the id of the dataset or resource on the portal, then try again.",
    ),
    "ckan-not-recognised": (
        "Isi ini bukan jawaban API CKAN yang dikenal (package_show, package_search atau datastore_search)." + NOTHING + " Simpan jawaban dari alamat .../api/3/action/package_show?id=NAMA atau .../api/3/action/datastore_search?resource_id=ID, lalu impor berkas itu.",
        "This is not a known CKAN API response (package_show, package_search or datastore_search)." + NOTHING_EN + " Save the response of .../api/3/action/package_show?id=NAME or .../api/3/action/datastore_search?resource_id=ID and import that file.",
    ),
    "ckan-unreachable": (
        "Alamat \"{value}\" tidak dapat dihubungi: {detail}." + NOTHING + " Periksa alamat dan sambungan internet; bila portal menolak akses otomatis, buka alamatnya di peramban, simpan jawabannya sebagai berkas .json dan impor berkas itu.",
        "\"{value}\" cannot be reached: {detail}." + NOTHING_EN + " Check the address and the connection; if the portal refuses automated access, open the address in a browser, save the response as a .json file and import that file.",
    ),
    "ckan-resource-skipped": (
        "Sumber data \"{value}\" (format {format}) tidak diimpor: datanya tidak ada di jawaban yang disimpan (tanpa alamat, Etalase tidak memakai internet) atau bukan tabel DataStore maupun berkas CSV. Jalankan import-ckan dengan alamat API package_show portal agar datanya diunduh, atau unduh berkasnya dan buat datasetnya dengan new-dataset.",
        "Resource \"{value}\" (format {format}) was not imported: its data is not in the saved response (without a URL Etalase does not use the network) or it is neither a DataStore table nor a CSV file. Run import-ckan with the portal's package_show API URL so the data is downloaded, or download the file and create the dataset with new-dataset.",
    ),
    "ckan-license-unknown": (
        "Lisensi portal \"{value}\" tidak termasuk daftar lisensi yang diterima validate; licenses diisi ISI:. Tanyakan ke pengelola data lisensi terbuka yang berlaku (mis. CC-BY-4.0) dan tulis di datapackage.yaml.",
        "The portal's licence \"{value}\" is not in the list validate accepts; licenses was set to ISI:. Ask the data owner which open licence applies (e.g. CC-BY-4.0) and write it in datapackage.yaml.",
    ),
}
