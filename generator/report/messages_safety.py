"""Messages of the publishing-safety checks (Indonesian, English).

What may reach the site (URLs, logo, documents, data files, published paths, the engine
configuration) and the work folder (.etalase, site/, the build lock). Merged into
``generator.report.messages.MESSAGES`` like the staff messages.
"""

from __future__ import annotations

from generator.i18n import N_

SAFETY_MESSAGES: dict[str, str] = {
    "url-invalid": N_("Alamat \"{value}\" pada \"{key}\" tidak sah: alamat situs harus lengkap dan diawali https:// (mis. https://ppid.kotacontoh.go.id/), tanpa spasi, tanda kutip atau tanda < >. Tulis alamat lengkapnya."),
    "link-scheme": N_("Tautan \"{value}\" tidak diizinkan (skema \"{scheme}\"). Tautan dokumen dan tautan di halaman hanya boleh berupa alamat https://, mailto: atau jalur berkas di dalam content/. Ganti dengan alamat https:// atau unggah dokumennya ke content/."),
    "logo-missing": N_("Logo \"{value}\" tidak ditemukan sebagai berkas di content/ (tidak ada, atau berupa folder). Unggah berkas gambar logo (PNG, JPEG atau WebP) dan tulis jalurnya relatif terhadap content/, mis. assets/logo.png."),
    "logo-type": N_("Logo \"{value}\" bukan gambar PNG, JPEG, WebP atau SVG gambar saja ({found}). Logo HTML, skrip, atau SVG berisi skrip, atribut on…= atau rujukan ke luar tidak diterbitkan karena dapat menjalankan skrip di situs resmi. Simpan logo sebagai PNG (mis. ekspor dari aplikasi desain) dengan akhiran .png, .jpg atau .webp."),
    "document-type": N_("Dokumen \"{value}\" berjenis \"{found}\", yang tidak diterbitkan karena peramban dapat menjalankannya sebagai halaman web atau skrip. Terbitkan dokumen informasi publik sebagai PDF, dokumen Office/OpenDocument, CSV, teks, gambar PNG/JPEG/WebP atau ZIP; isi halaman web ditulis sebagai halaman Markdown di content/pages/, atau dicetak ke PDF."),
    "active-content": N_("Isi berkas \"{value}\" adalah {found}, bukan {expected} seperti akhiran namanya. Berkas seperti ini dapat menjalankan skrip di situs resmi dan tidak diterbitkan. Unggah berkas aslinya (mis. simpan ulang sebagai {expected})."),
    "resource-format": N_("Jalur sumber data \"{value}\" tidak berakhiran .{format}, padahal format sumber data ini \"{format}\". Beri nama berkas dengan akhiran .{format} (mis. data-2025.{format}) atau perbaiki format di datapackage.yaml."),
    "path-reserved": N_("Berkas ini akan diterbitkan di \"{path}\", jalur yang dipakai Etalase sendiri (\"{reserved}\"). Berkas Anda akan menimpa atau tertimpa berkas situs. Ganti nama berkas atau foldernya (mis. tambahkan awalan nama badan publik)."),
    "path-collision": N_("Berkas ini dan \"{other}\" akan diterbitkan di jalur yang sama \"{path}\" (huruf besar dan kecil dianggap sama), sehingga salah satunya hilang. Ganti nama salah satu berkas."),
    "page-extension": N_("Halaman \"{value}\" tidak berakhiran .md (huruf kecil), sehingga tidak akan diterbitkan. Ganti nama berkasnya menjadi \"{expected}\"."),
    "page-orphan-translation": N_("Halaman bahasa Inggris \"{value}\" tidak punya halaman bahasa Indonesia \"content/pages/{slug}.md\", sehingga tidak diterbitkan. Buat halaman Indonesianya atau samakan nama berkasnya."),
    "engine-config-key": N_("Kunci \"{key}\" di mkdocs.yml tidak diizinkan. Pengaturan itu dapat menambahkan skrip atau program ke setiap halaman situs, jadi hanya Etalase yang mengaturnya. Hapus kunci ini; untuk tampilan gunakan theme.palette dan theme.features."),
    "work-symlink": N_("\"{value}\" adalah tautan simbolik (menunjuk ke \"{target}\"). Folder kerja .etalase, isinya dan folder site harus folder biasa, agar Etalase tidak menulis atau menghapus berkas di luar repositori. Hapus tautan itu dari repositori (git rm) lalu bangun ulang; tidak ada yang ditulis atau dihapus."),
    "build-locked": N_("Pembangunan lain sedang berjalan di folder ini (proses {pid}, kunci {value}). Tunggu sampai selesai lalu jalankan lagi; dua pembangunan sekaligus dapat merusak situs. Jika tidak ada proses lain, kunci dilepas sendiri saat proses itu berhenti."),
    "work-not-folder": N_("\"{value}\" adalah berkas, padahal Etalase memakainya sebagai folder kerja (.etalase) atau folder situs (site). Hapus berkas itu dari repositori; folder ini dibuat oleh Etalase dan tidak disimpan di git."),
}
