import datetime as dt

from generator.fmt import angka, relative, tanggal, ukuran


def test_relative_links_between_directory_pages() -> None:
    assert relative("index.md", "dip/berkala/") == "dip/berkala/"
    assert relative("dataset/a/index.md", "informasi/X-1/") == "../../informasi/X-1/"
    assert relative("dip/index.md", "") == "../"
    assert relative("index.md", "") == "./"
    assert relative("dataset/a/index.md", "dataset/a/data.csv") == "data.csv"


def test_indonesian_formats() -> None:
    assert tanggal(dt.date(2025, 3, 4)) == "4 Maret 2025"
    assert tanggal("2024-12-31") == "31 Desember 2024"
    assert tanggal(None) == ""
    assert ukuran(999) == "999 B"
    assert ukuran(12_800) == "12,5 KB"
    assert ukuran(3 * 1024 * 1024) == "3,0 MB"
    assert angka(1234567) == "1.234.567"
