"""Write the sample site's documents (content/dokumen/): fictional, marked as sample content.

    python -m tests.sample_documents        # rewrites the files and content/dip.csv links

Text PDFs for most entries, one image-only PDF (a scan, to show the warning), one DOCX, one
XLSX and one PDF in a subfolder, all from ``tests/documents.py`` so the bytes are reproducible;
the register ``content/dokumen.csv`` titles the three that have no title of their own.
Every word a citizen might search for is in the documents' own text: "pustakawan" appears
only inside the LKjIP PDF (tests/test_documents.py searches for it).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests import documents

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "content" / "dokumen"
MARK = "CONTOH - dokumen fiktif untuk situs contoh Etalase, bukan dokumen resmi."


def _pdf(title: str, *pages: list[str]) -> bytes:
    return documents.text_pdf([[title, MARK, "", *lines] for lines in pages], title=title)


SAMPLES: dict[str, tuple[str, bytes]] = {  # DIP id: (path under content/, bytes)
    "DIP-B-001": ("dokumen/profil-diskominfo-2025.pdf", _pdf(
        "Profil Diskominfo Kota Contoh 2025",
        ["Kedudukan: Jl. Merdeka Utara No. 17, Kota Contoh.", "Tugas: urusan komunikasi, informatika,",
         "statistik dan persandian."],
        ["Struktur organisasi: Sekretariat, Bidang Informasi dan Komunikasi Publik,",
         "Bidang Aplikasi Informatika, Bidang Statistik dan Persandian."])),
    "DIP-B-003": ("dokumen/lkjip-diskominfo-2025.pdf", _pdf(
        "LKjIP Diskominfo Kota Contoh 2025",
        ["Capaian indikator kinerja utama tahun 2025:", "Indeks SPBE 3,4 (target 3,2).",
         "Persentase layanan publik daring 78 persen."],
        ["Kendala: kekurangan pustakawan arsip digital dan jaringan di kelurahan.",
         "Rencana tindak lanjut: pelatihan pengelola arsip digital."],
        ["Lampiran: tabel capaian per sasaran strategis."])),
    "DIP-B-004": ("dokumen/lra-diskominfo-2025.pdf", _pdf(
        "Ringkasan LRA Diskominfo 2025", ["Pendapatan: Rp 0.", "Belanja operasi: Rp 14.250.000.000.",
                                          "Belanja modal: Rp 3.100.000.000. Realisasi 93,1 persen."])),
    "DIP-B-005": ("dokumen/neraca-calk-diskominfo-2025.pdf", _pdf(
        "Neraca dan CaLK Diskominfo 2025", ["Aset tetap: Rp 21.400.000.000.", "Kewajiban jangka pendek: Rp 0."])),
    "DIP-B-006": ("dokumen/laporan-layanan-informasi-2025.pdf", _pdf(
        "Laporan Layanan Informasi Publik 2025", ["Permohonan informasi: 128, dikabulkan 117.",
                                                  "Keberatan: 3. Sengketa ke Komisi Informasi: 0."])),
    "DIP-B-007": ("dokumen/renja-diskominfo-2027.pdf", _pdf(
        "Renja Diskominfo 2027", ["Program prioritas: perluasan jaringan pita lebar kelurahan."])),
    "DIP-B-008": ("dokumen/rup-diskominfo-2026.xlsx", documents.xlsx({"RUP 2026": [
        ["paket", "metode", "pagu_rupiah", "bulan"],
        ["Sewa jaringan internet kelurahan", "E-purchasing", 1200000000, "Januari"],
        ["Pemeliharaan pusat data", "Tender", 850000000, "Maret"],
        ["Pengadaan perangkat videotron", "Tender", 640000000, "Mei"]]})),
    "DIP-B-010": ("dokumen/prosedur-evakuasi-gedung.pdf", documents.scanned_pdf([
        "PROSEDUR EVAKUASI GEDUNG\n(CONTOH - hasil pindaian)\n1. Tetap tenang\n2. Ikuti jalur hijau",
        "3. Berkumpul di titik kumpul\nhalaman depan gedung"])),
    "DIP-B-018": ("dokumen/tata-cara-pengaduan.docx", documents.docx([
        "Tata Cara Pengaduan Penyalahgunaan Wewenang", MARK,
        "1. Sampaikan pengaduan melalui kanal resmi atau datang langsung ke loket PPID.",
        "2. Identitas pelapor dirahasiakan oleh unit pengelola pengaduan.",
        "3. Pengaduan ditindaklanjuti paling lambat 14 hari kerja."])),
    "DIP-SM-001": ("dokumen/peringatan-dini-banjir.pdf", _pdf(
        "Peringatan Dini Banjir dan Genangan", ["Pantau tinggi muka air di pintu air Kali Contoh.",
                                                "Siaga 1: lebih dari 250 cm. Segera mengungsi ke posko."])),
    "DIP-SS-002": ("dokumen/regulasi/daftar-regulasi-kominfo.pdf", _pdf(
        "Daftar Regulasi Bidang Kominfo", ["Perwali Kota Contoh No. 12 Tahun 2023 tentang SPBE.",
                                           "Keputusan Wali Kota No. 480/2024 tentang PPID."])),
    "DIP-SS-006": ("dokumen/renstra-diskominfo-2025-2029.pdf", _pdf(
        "Renstra Diskominfo 2025-2029", ["Visi: Kota Contoh yang terhubung, cerdas dan terbuka."],
        ["Misi 1: tata kelola pemerintahan berbasis elektronik."])),
}


REGISTER = (  # content/dokumen.csv: titles for the documents that carry none of their own
    "berkas,judul,bytes,sha256,data_pribadi_diizinkan\n"
    "dokumen/rup-diskominfo-2026.xlsx,Rencana Umum Pengadaan 2026 (tabel),,,\n"
    "dokumen/prosedur-evakuasi-gedung.pdf,Prosedur Evakuasi Gedung (hasil pindaian),,,\n"
    "dokumen/tata-cara-pengaduan.docx,Tata Cara Pengaduan,,,\n"
)


def write() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for path, data in SAMPLES.values():
        target = ROOT / "content" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    (ROOT / "content" / "dokumen.csv").write_text(REGISTER, encoding="utf-8")
    dip = ROOT / "content" / "dip.csv"
    rows = list(csv.reader(io.StringIO(dip.read_text(encoding="utf-8"))))
    column = rows[0].index("tautan_dokumen")
    for row in rows[1:]:
        if row and row[0] in SAMPLES:
            row[column] = SAMPLES[row[0]][0]
        elif row and row[column].startswith("https://kotacontoh.go.id/"):
            row[column] = ""  # a document the sample does not have: no dead link
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    dip.write_text(out.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    write()
