"""Interface phrases of the generated pages, Indonesian -> English (see english.py).

Phrases carry their markup context (``>...<``, ``<label>...``) where a bare word could
also occur in text written by staff.
"""

from __future__ import annotations

from generator.checks.metadata import FREQUENCIES

FREQUENCIES_EN = {"harian": "Daily", "mingguan": "Weekly", "bulanan": "Monthly", "triwulanan": "Quarterly",
                  "semesteran": "Half-yearly", "tahunan": "Yearly", "tidak_tentu": "Irregular"}
TYPES_EN = {"teks": "text", "bilangan bulat": "integer", "angka": "number", "tanggal": "date",
            "tanggal dan waktu": "date and time", "tahun": "year", "tahun-bulan": "year-month",
            "ya/tidak": "yes/no", "koordinat": "coordinates", "waktu": "time", "bebas": "any"}

PHRASES: dict[str, str] = {
    # categories, page titles and navigation (render.py)
    "Informasi yang wajib diumumkan secara berkala (UU 14/2008 Pasal 9).":
        "Information that must be published periodically (Law 14/2008, Article 9).",
    "Informasi yang dapat mengancam hajat hidup orang banyak dan ketertiban umum (Pasal 10).":
        "Information about threats to the lives of many people or to public order (Article 10).",
    "Informasi yang wajib tersedia setiap saat (Pasal 11).": "Information that must be available at any time (Article 11).",
    "Informasi yang dikecualikan berdasarkan uji konsekuensi (Pasal 17).":
        "Information exempted after a consequence test (Article 17).",
    "Informasi Berkala": "Periodic Information", "Informasi Serta Merta": "Immediate Information",
    "Informasi Setiap Saat": "Information Available at Any Time", "Informasi yang Dikecualikan": "Exempted Information",
    "Daftar seluruh informasi publik yang dikuasai badan publik ini, disusun menurut Perki 1/2021.":
        "All public information held by this public body, listed according to Perki 1/2021.",
    "Daftar Informasi Publik": "List of Public Information", "Katalog Dataset": "Dataset Catalogue",
    "Katalog data terbuka": "Open data catalogue", "Semua informasi": "All information", '"Beranda"': '"Home"',
    '"Informasi publik (DIP)"': '"Public information (DIP)"', '"kategori": "Berkala"': '"kategori": "Periodic"',
    '"kategori": "Serta merta"': '"kategori": "Immediate"', '"kategori": "Setiap saat"': '"kategori": "At any time"',
    '"kategori": "Dikecualikan"': '"kategori": "Exempted"',
    # filters and tables (etalase.js reads data-etl-lang)
    'class="etl-filter" data-etl-filter': 'class="etl-filter" data-etl-lang="en" data-etl-filter',
    "<label>Cari <input": "<label>Search <input", 'placeholder="judul, kata kunci"': 'placeholder="title, keyword"',
    "<label>Topik <select": "<label>Topic <select", "Semua topik": "All topics", "<label>Urutkan <select": "<label>Sort <select",
    ">Bawaan<": ">Default<", "Judul (A–Z)": "Title (A–Z)", "Judul (Z–A)": "Title (Z–A)", "Terbaru diperbarui": "Recently updated",
    'placeholder="kata dalam judul atau ringkasan"': 'placeholder="word in the title or summary"',
    "Semua unit": "All units", "<label>Tahun <select": "<label>Year <select", "Semua tahun": "All years",
    " informasi)</caption>": " items)</caption>", ">Nomor<": ">Number<", ">Kategori<": ">Category<",
    ">Judul dan ringkasan<": ">Title and summary<", ">Pejabat/unit yang menguasai<": ">Official or unit holding it<",
    ">Penanggung jawab<": ">Responsible<", ">Waktu dan tempat pembuatan<": ">Time and place of creation<",
    ">Bentuk<": ">Form<", ">Retensi<": ">Retention<",
    "Unduh Daftar Informasi Publik (CSV)": "Download the List of Public Information (CSV)",
    # catalogue and dataset pages
    " dataset terbuka, masing-masing dengan kamus data, lisensi dan berkas CSV asli yang dapat diunduh.":
        " open datasets, each with its data dictionary, licence and original CSV files to download.",
    " · diperbarui ": " · updated ", "(belum tercatat di riwayat git)": "(not yet in the git history)",
    "(belum tercatat)": "(not recorded yet)", " berkas</small>": " files</small>",
    ">Penerbit<": ">Publisher<", ">Unit pengelola<": ">Managing unit<", ">Kontak<": ">Contact<", ">Lisensi<": ">Licence<",
    ">Frekuensi pemutakhiran<": ">Update frequency<", ">Cakupan waktu<": ">Time coverage<",
    ">Cakupan wilayah<": ">Area covered<", ">Topik<": ">Topic<", ">Kata kunci<": ">Keywords<",
    ">Terakhir diperbarui<": ">Last updated<", " s.d. ": " to ", "(tidak dinyatakan)": "(not stated)",
    "Tercantum dalam Daftar Informasi Publik: ": "Listed in the List of Public Information: ",
    "Unduh CSV (": "Download CSV (", "<dt>Berkas</dt>": "<dt>File</dt>", " baris data</dd>": " data rows</dd>",
    "Kamus data": "Data dictionary", ">Kolom<": ">Column<", ">Judul<": ">Title<", ">Tipe<": ">Type<",
    ">Keterangan<": ">Description<", ">Batasan<": ">Constraints<", "(kunci utama)": "(primary key)",
    "<label>Saring pratinjau <input": "<label>Filter the preview <input",
    'placeholder="kata atau angka"': 'placeholder="word or number"', '<caption class="etl-sr">Pratinjau ': '<caption class="etl-sr">Preview: ',
    ">Pratinjau ": ">Preview: first ", " baris pertama</h3>": " rows</h3>", "Visualisasi": "Charts and maps",
    "Peta dasar OpenStreetMap tidak dapat dimuat (mungkin tidak ada koneksi internet). "
    "Semua titik tetap tercantum di tabel di bawah.": "The OpenStreetMap base map could not be loaded (perhaps "
    "there is no internet connection). Every point is still listed in the table below.",
    "Tabel titik lokasi (": "Table of locations (", " titik)</summary>": " points)</summary>",
    "Titik lokasi: ": "Locations: ", ">Lintang<": ">Latitude<", ">Bujur<": ">Longitude<",
    "Tabel data grafik": "Chart data table", "Data grafik: ": "Chart data: ", 'aria-label="Peta ': 'aria-label="Map ',
    # DIP entry pages
    ">Pejabat/unit yang menguasai informasi<": ">Official or unit holding the information<",
    ">Penanggung jawab pembuatan atau penerbitan<": ">Responsible for creation or publication<",
    ">Waktu pembuatan<": ">Time of creation<", ">Tempat pembuatan<": ">Place of creation<",
    ">Bentuk informasi yang tersedia<": ">Available forms<", ">Jangka waktu penyimpanan (retensi)<": ">Retention period<",
    ">Tanggal pembaruan<": ">Date updated<", ">Dasar hukum pengecualian<": ">Legal basis of the exemption<",
    ">Ringkasan uji konsekuensi<": ">Summary of the consequence test<", ">Jangka waktu pengecualian<": ">Exemption period<",
    ">Dokumen<": ">Document<",
    "Informasi ini dikecualikan berdasarkan uji konsekuensi (UU 14/2008 Pasal 17 dan 19). Anda tetap dapat "
    "mengajukan permohonan; penolakan dapat diajukan keberatan.": "This information is exempted after a consequence "
    "test (Law 14/2008, Articles 17 and 19). You may still request it; a refusal can be appealed.",
    "Informasi ini dapat diminta melalui ": "This information can be requested through ",
    "permohonan informasi publik</a>": "a public information request</a>",
    "Kembali ke Daftar Informasi Publik": "Back to the List of Public Information",
    # home page
    "Cari informasi publik dan dataset": "Search public information and datasets",
    'placeholder="mis. anggaran, sekolah, permohonan"': 'placeholder="e.g. budget, school, request"',
    ">Cari</button>": ">Search</button>", " informasi</span>": " items</span>",
    "Lihat seluruh Daftar Informasi Publik": "See the whole List of Public Information",
    "Lihat katalog dataset": "See the dataset catalogue", "Dataset terbaru": "Latest datasets",
    "Informasi terbaru": "Latest information", "<small>Diperbarui ": "<small>Updated ",
    "Belum ada dataset.": "No datasets yet.", "Belum ada informasi.": "No information yet.",
    "Kontak dan jam layanan": "Contact and service hours", "<li>Telepon: ": "<li>Phone: ", "<li>Surel: ": "<li>Email: ",
    "<li>Situs web: ": "<li>Website: ", ">Hari<": ">Days<", ">Jam layanan<": ">Service hours<",
    ">Pejabat PPID<": ">PPID officials<", ">Jabatan PPID<": ">PPID role<", ">Nama<": ">Name<", ">Jabatan<": ">Position<",
}
PHRASES.update({f">{label}<": f">{FREQUENCIES_EN[key]}<" for key, label in FREQUENCIES.items()})
PHRASES.update({f" · {label} · ": f" · {FREQUENCIES_EN[key]} · " for key, label in FREQUENCIES.items()})
PHRASES.update({f"<td>{label}<": f"<td>{english}<" for label, english in TYPES_EN.items()})
PHRASES.update({f"<td>{label} (": f"<td>{english} (" for label, english in TYPES_EN.items()})
