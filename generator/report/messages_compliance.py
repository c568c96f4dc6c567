# ruff: noqa: E501
"""Message templates of the compliance problem codes (merged into generator.report.messages.MESSAGES)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "checklist-unknown": (
        "Kode butir kewajiban \"{value}\" tidak dikenal. Pakai kode dari daftar kewajiban (halaman Kepatuhan Keterbukaan Informasi) atau tambahkan butirnya di content/kewajiban.yaml.",
        "Checklist item \"{value}\" is unknown. Use a code from the checklist (compliance page) or add the item in content/kewajiban.yaml.",
    ),
    "checklist-missing": (
        "Informasi wajib \"{title}\" (butir {value}) belum ada di DIP. Tambahkan entrinya dan tulis {value} di kolom butir_kewajiban.",
        "Required information \"{title}\" (item {value}) is missing from the DIP. Add an entry and write {value} in column butir_kewajiban.",
    ),
    "checklist-invalid": (
        "Butir ke-{position} di daftar kewajiban tidak sah (id kosong atau kategori bukan berkala, serta_merta, setiap_saat). Tulis setiap butir sebagai {{id: ..., judul: ..., kategori: ..., wajib: true/false}}.",
        "Item {position} of the checklist is invalid (empty id, or a category other than berkala, serta_merta, setiap_saat). Write each item as {{id: ..., judul: ..., kategori: ..., wajib: true/false}}.",
    ),
    "overdue": (
        "Perlu diperbarui: {reason} (sejak {since}; tanggal acuan {today}). Terbitkan versi baru dan perbarui tanggalnya, atau isi rencana rilis berikutnya.",
        "Needs updating: {reason} (since {since}; reference date {today}). Publish a new version and update its date, or set the next planned release.",
    ),
    "dik-register-missing": (
        "Ada informasi yang dikecualikan ({ids}) tetapi berkas content/dik.csv (register uji konsekuensi) belum ada. Buat berkas itu dengan satu baris per informasi yang dikecualikan.",
        "There is excluded information ({ids}) but content/dik.csv (the consequence-test register) does not exist. Create it with one row per excluded item.",
    ),
    "dik-entry-missing": (
        "Informasi dikecualikan \"{value}\" belum punya baris di content/dik.csv. Tambahkan hasil uji konsekuensinya di sana.",
        "Excluded entry \"{value}\" has no row in content/dik.csv. Add its consequence-test result there.",
    ),
    "dik-unknown-entry": (
        "\"{value}\" bukan nomor entri DIP berkategori dikecualikan. Perbaiki nomornya atau hapus baris ini.",
        "\"{value}\" is not the id of an excluded DIP entry. Fix the id or remove this row.",
    ),
    "dik-expired": (
        "Jangka waktu pengecualian berakhir pada {value} (tanggal acuan {today}). Lakukan uji konsekuensi ulang: buka informasinya atau tetapkan perpanjangan.",
        "The exclusion period ended on {value} (reference date {today}). Review it: publish the information or decide an extension.",
    ),
    "holidays-missing-year": (
        "Permohonan tahun {value} ada di register, tetapi daftar hari libur hanya memuat tahun {years}: hari libur nasional dan cuti bersama {value} terhitung hari kerja. Tambahkan hari libur tahun {value} (SKB tiga menteri) ke content/hari-libur.yaml, atau perbarui Etalase.",
        "The register has requests of {value}, but the holiday list covers only {years}: national holidays and cuti bersama of {value} count as working days. Add the holidays of {value} (the three-minister SKB) to content/hari-libur.yaml, or update Etalase.",
    ),
    "holiday-invalid": (
        "Tanggal libur ke-{position} \"{value}\" bukan tanggal TTTT-BB-HH. Perbaiki tanggalnya.",
        "Holiday {position} \"{value}\" is not a YYYY-MM-DD date. Fix the date.",
    ),
    "register-personal-column": (
        "Kolom \"{field}\" (kolom ke-{position}) tampak berisi data pribadi (nama, NIK, telepon, surel atau alamat). Register permohonan yang diterbitkan tidak boleh memuat data pribadi: hapus kolom ini.",
        "Column \"{field}\" (position {position}) looks like personal data (name, NIK, phone, e-mail or address). The published request register must not hold personal data: remove this column.",
    ),
    "register-column-missing": (
        "Register permohonan memerlukan kolom \"{field}\". Tambahkan kolom itu ke skema dan ke berkas CSV (lihat docs/format.md).",
        "The request register needs column \"{field}\". Add it to the schema and to the CSV file (see docs/format.md).",
    ),
    "register-reason-missing": (
        "Permohonan dengan hasil \"{outcome}\" wajib menyebut alasan penolakan beserta dasar hukumnya (mis. UU 14/2008 Pasal 17 huruf h). Isi sel ini.",
        "A request with outcome \"{outcome}\" must give the reason for refusal with its legal basis (e.g. UU 14/2008 Pasal 17 huruf h). Fill this cell.",
    ),
    "register-inconsistent": (
        "Isi register tidak konsisten: {detail}. Periksa baris ini.",
        "The register row is inconsistent: {detail}. Check this row.",
    ),
    "register-monthly-mismatch": (
        "Jumlah permohonan bulan ini {value}, tetapi register {register} mencatat {expected} permohonan yang diterima pada bulan itu. Samakan kedua angka.",
        "This month's number of requests is {value}, but the register {register} records {expected} requests received that month. Make them agree.",
    ),
    "region-code-unknown": (
        "Kode wilayah \"{value}\" tidak ada di daftar kode wilayah Kemendagri (format PP.KK.CC.DDDD). Perbaiki kodenya, atau bila kode ini ditetapkan sendiri oleh badan publik, catat di content/wilayah-tambahan.csv.",
        "Region code \"{value}\" is not in the Kemendagri region code list (format PP.KK.CC.DDDD). Fix it, or if the body defines this code itself, list it in content/wilayah-tambahan.csv.",
    ),
}
