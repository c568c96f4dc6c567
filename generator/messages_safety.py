"""Messages of the publishing-safety checks (Indonesian, English).

What may reach the site (URLs, logo, documents, data files, published paths, the engine
configuration) and the work folder (.etalase, site/, the build lock). Merged into
``generator.messages.MESSAGES`` like the staff messages.
"""

from __future__ import annotations

SAFETY_MESSAGES: dict[str, tuple[str, str]] = {
    "url-invalid": (
        "Alamat \"{value}\" pada \"{key}\" tidak sah: alamat situs harus lengkap dan diawali https:// (mis. https://ppid.kotacontoh.go.id/), tanpa spasi, tanda kutip atau tanda < >. Tulis alamat lengkapnya.",
        "Address \"{value}\" of \"{key}\" is not valid: a web address must be complete and start with https:// (e.g. https://ppid.kotacontoh.go.id/), without spaces, quotes or < >. Write the full address.",
    ),
    "link-scheme": (
        "Tautan \"{value}\" tidak diizinkan (skema \"{scheme}\"). Tautan dokumen dan tautan di halaman hanya boleh berupa alamat https://, mailto: atau jalur berkas di dalam content/. Ganti dengan alamat https:// atau unggah dokumennya ke content/.",
        "Link \"{value}\" is not allowed (scheme \"{scheme}\"). Document links and links in pages may only be https:// addresses, mailto: or the path of a file inside content/. Use an https:// address or upload the document to content/.",
    ),
    "logo-missing": (
        "Logo \"{value}\" tidak ditemukan sebagai berkas di content/ (tidak ada, atau berupa folder). Unggah berkas gambar logo (PNG, JPEG atau WebP) dan tulis jalurnya relatif terhadap content/, mis. assets/logo.png.",
        "Logo \"{value}\" is not a file in content/ (missing, or a folder). Upload the logo image (PNG, JPEG or WebP) and write its path relative to content/, e.g. assets/logo.png.",
    ),
    "logo-type": (
        "Logo \"{value}\" bukan gambar PNG, JPEG atau WebP ({found}). Logo SVG, HTML atau skrip tidak diterbitkan karena dapat menjalankan skrip di situs resmi. Simpan logo sebagai PNG (mis. ekspor dari aplikasi desain) dengan akhiran .png, .jpg atau .webp.",
        "Logo \"{value}\" is not a PNG, JPEG or WebP image ({found}). SVG, HTML or script logos are not published because they can run script on the official site. Save the logo as PNG (e.g. export it from your design tool) with the extension .png, .jpg or .webp.",
    ),
    "document-type": (
        "Dokumen \"{value}\" berjenis \"{found}\", yang tidak diterbitkan karena peramban dapat menjalankannya sebagai halaman web atau skrip. Terbitkan dokumen informasi publik sebagai PDF, dokumen Office/OpenDocument, CSV, teks, gambar PNG/JPEG/WebP atau ZIP.",
        "Document \"{value}\" is of type \"{found}\", which is not published because a browser could run it as a web page or script. Publish public information documents as PDF, Office/OpenDocument, CSV, text, PNG/JPEG/WebP images or ZIP.",
    ),
    "active-content": (
        "Isi berkas \"{value}\" adalah {found}, bukan {expected} seperti akhiran namanya. Berkas seperti ini dapat menjalankan skrip di situs resmi dan tidak diterbitkan. Unggah berkas aslinya (mis. simpan ulang sebagai {expected}).",
        "The content of \"{value}\" is {found}, not {expected} as its extension says. Such a file can run script on the official site and is not published. Upload the real file (e.g. save it again as {expected}).",
    ),
    "resource-format": (
        "Jalur sumber data \"{value}\" tidak berakhiran .{format}, padahal format sumber data ini \"{format}\". Beri nama berkas dengan akhiran .{format} (mis. data-2025.{format}) atau perbaiki format di datapackage.yaml.",
        "Resource path \"{value}\" does not end in .{format}, though the resource's format is \"{format}\". Name the file with the .{format} extension (e.g. data-2025.{format}) or fix the format in datapackage.yaml.",
    ),
    "path-reserved": (
        "Berkas ini akan diterbitkan di \"{path}\", jalur yang dipakai Etalase sendiri (\"{reserved}\"). Berkas Anda akan menimpa atau tertimpa berkas situs. Ganti nama berkas atau foldernya (mis. tambahkan awalan nama badan publik).",
        "This file would be published at \"{path}\", a path Etalase itself uses (\"{reserved}\"). Your file would overwrite or be overwritten by a file of the site. Rename the file or its folder (e.g. add a prefix).",
    ),
    "path-collision": (
        "Berkas ini dan \"{other}\" akan diterbitkan di jalur yang sama \"{path}\" (huruf besar dan kecil dianggap sama), sehingga salah satunya hilang. Ganti nama salah satu berkas.",
        "This file and \"{other}\" would be published at the same path \"{path}\" (upper and lower case count as equal), so one of them would be lost. Rename one of the files.",
    ),
    "page-extension": (
        "Halaman \"{value}\" tidak berakhiran .md (huruf kecil), sehingga tidak akan diterbitkan. Ganti nama berkasnya menjadi \"{expected}\".",
        "Page \"{value}\" does not end in .md (lower case), so it would not be published. Rename the file to \"{expected}\".",
    ),
    "page-orphan-translation": (
        "Halaman bahasa Inggris \"{value}\" tidak punya halaman bahasa Indonesia \"content/pages/{slug}.md\", sehingga tidak diterbitkan. Buat halaman Indonesianya atau samakan nama berkasnya.",
        "English page \"{value}\" has no Indonesian page \"content/pages/{slug}.md\", so it is not published. Create the Indonesian page or match the file names.",
    ),
    "engine-config-key": (
        "Kunci \"{key}\" di mkdocs.yml tidak diizinkan. Pengaturan itu dapat menambahkan skrip atau program ke setiap halaman situs, jadi hanya Etalase yang mengaturnya. Hapus kunci ini; untuk tampilan gunakan theme.palette dan theme.features.",
        "Key \"{key}\" in mkdocs.yml is not allowed. It could add scripts or programs to every page, so only Etalase sets it. Remove the key; for the look use theme.palette and theme.features.",
    ),
    "work-symlink": (
        "\"{value}\" adalah tautan simbolik (menunjuk ke \"{target}\"). Folder kerja .etalase, isinya dan folder site harus folder biasa, agar Etalase tidak menulis atau menghapus berkas di luar repositori. Hapus tautan itu dari repositori (git rm) lalu bangun ulang; tidak ada yang ditulis atau dihapus.",
        "\"{value}\" is a symbolic link (to \"{target}\"). The work folder .etalase, its contents and the site folder must be plain folders, so Etalase never writes or deletes files outside the repository. Remove the link from the repository (git rm) and build again; nothing was written or deleted.",
    ),
    "build-locked": (
        "Pembangunan lain sedang berjalan di folder ini (proses {pid}, kunci {value}). Tunggu sampai selesai lalu jalankan lagi; dua pembangunan sekaligus dapat merusak situs. Jika tidak ada proses lain, kunci dilepas sendiri saat proses itu berhenti.",
        "Another build is running in this folder (process {pid}, lock {value}). Wait until it has finished and run again; two builds at once could damage the site. If no other process runs, the lock is released by itself when that process ends.",
    ),
}
