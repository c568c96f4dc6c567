"""Messages of the DIP documents' checks (checks/documents.py): where a document lives, its
type by content, whether it opens and can be read, and personal data inside it. Merged into
``generator.report.messages.MESSAGES``; every code is documented in docs/problem-codes.md.
"""

from __future__ import annotations

from generator.i18n import N_

DOCUMENT_MESSAGES: dict[str, str] = {
    "document-symlink": N_("Dokumen \"{value}\" dicapai melalui tautan simbolik \"{link}\". Tautan simbolik dapat menerbitkan berkas di luar repositori dan tidak diikuti. Simpan dokumennya sebagai berkas biasa di content/dokumen/ dan tulis jalurnya."),
    "document-empty": N_("Dokumen \"{value}\" kosong (0 bita): warga akan mengunduh berkas tanpa isi. Unggah ulang dokumennya, lalu periksa bahwa berkasnya dapat dibuka."),
    "document-lfs": N_("Dokumen \"{value}\" adalah penunjuk Git LFS, bukan dokumennya: berkas LFS belum diunduh. Jalankan git lfs pull (di CI: aktifkan lfs: true pada checkout) lalu bangun ulang; penunjuk 130 bita tidak diterbitkan."),
    "document-too-large": N_("Dokumen \"{value}\" berukuran {size_mb} MB, lebih besar dari batas {limit_mb} MB. Simpan dokumen besar di luar git dan tulis alamat https:// beserta bytes dan sha256-nya di content/dokumen.csv, pecah dokumennya, atau naikkan batas dengan --max-file-mb."),
    "document-mismatch": N_("Isi dokumen \"{value}\" adalah {found}, bukan {expected} seperti akhiran namanya (mis. berkas .doc lama yang diganti namanya menjadi .docx). Warga tidak dapat membukanya dengan aplikasi yang diharapkan. Buka berkasnya dan simpan ulang sebagai {expected} (atau PDF), lalu unggah hasilnya."),
    "document-damaged": N_("Dokumen \"{value}\" ({kind}) tidak dapat dibuka: berkasnya rusak atau terpotong ({detail}). Ditautkan dari DIP {rows}. Ekspor ulang dokumennya dari aplikasi aslinya dan unggah lagi."),
    "pdf-damaged": N_("PDF \"{value}\" tidak dapat dibuka: berkasnya rusak atau terpotong (mis. unggahan yang terputus; {detail}). Ditautkan dari DIP {rows}. Unggah ulang PDF yang utuh dan pastikan dapat dibuka di pembaca PDF."),
    "pdf-encrypted": N_("PDF \"{value}\" dikunci dengan kata sandi, sehingga warga tidak dapat membukanya. Ditautkan dari DIP {rows}. Simpan ulang PDF tanpa kata sandi (informasi publik harus dapat diakses tanpa syarat) lalu unggah lagi."),
    "pdf-no-text": N_("PDF \"{value}\" tidak memiliki lapisan teks pada halaman {pages} ({count} dari {total} halaman; hasil pindaian). Isinya tidak dapat dicari, tidak terbaca oleh pembaca layar (Perki 1/2021 meminta layanan yang ramah disabilitas), dan data pribadi pada halaman itu TIDAK dapat diperiksa. Ditautkan dari DIP {rows}. Terbitkan PDF asli dari aplikasinya, atau jalankan OCR, dan periksa sendiri halaman itu."),
    "document-old-format": N_("Dokumen \"{value}\" berformat Office lama (.doc/.xls/.ppt): isinya tidak dapat dibaca untuk pencarian maupun pemeriksaan data pribadi. Ditautkan dari DIP {rows}. Simpan ulang sebagai PDF, DOCX, XLSX atau PPTX."),
    "document-unlisted": N_("Berkas \"{value}\" ada di content/dokumen/ tetapi tidak ditautkan dari baris mana pun di DIP (lupa menautkan?). Tulis jalurnya di kolom tautan_dokumen baris DIP yang tepat, atau hapus berkasnya bila tidak diterbitkan."),
    "document-register": N_("Daftar dokumen content/dokumen.csv tidak memiliki kolom \"berkas\". Kolomnya: {columns}."),
    "document-register-duplicate": N_("Dokumen \"{value}\" tercantum dua kali di content/dokumen.csv (pertama di baris {first}). Hapus salah satu baris."),
    "document-register-unknown": N_("Dokumen \"{value}\" tercantum di content/dokumen.csv tetapi tidak ditautkan dari DIP. Tautkan dari kolom tautan_dokumen, atau hapus barisnya."),
    "document-remote-incomplete": N_("Dokumen jarak jauh \"{value}\" di content/dokumen.csv harus beralamat https:// dan menyebut ukuran (kolom bytes) serta SHA-256 (kolom sha256) berkasnya, agar warga dapat memeriksa berkas yang diunduhnya. Lengkapi kedua kolom itu (mis. sha256sum berkas)."),
    "document-remote-checksum": N_("Dokumen jarak jauh \"{value}\" tidak sama dengan yang dinyatakan di content/dokumen.csv: diharapkan {expected_hash}, {expected_bytes} bita, ditemukan {found_hash}, {found_bytes} bita. Bila dokumennya memang diganti, perbarui kolom bytes dan sha256; bila tidak, periksa berkas di alamat itu."),
    "svg-unsafe": N_("Gambar SVG \"{value}\" memuat unsur yang dapat menjalankan skrip atau memuat isi dari luar ({what}) pada baris ini. SVG hanya diterbitkan bila berisi gambar saja (tanpa script, atribut on…=, foreignObject, atau rujukan href/url() ke luar). Hapus unsur itu, atau simpan gambarnya sebagai PNG."),
    "image-type": N_("Isi gambar \"{value}\" adalah {found}, bukan {expected} seperti akhiran namanya. Simpan ulang gambarnya sebagai {expected} (atau PNG) lalu unggah lagi."),
}
