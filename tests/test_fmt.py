import datetime as dt

from generator.i18n.format import date_label, number_label, size_label
from generator.render.routes import relative


def test_relative_links_between_directory_pages() -> None:
    assert relative("index.md", "dip/berkala/") == "dip/berkala/"
    assert relative("dataset/a/index.md", "informasi/X-1/") == "../../informasi/X-1/"
    assert relative("dip/index.md", "") == "../"
    assert relative("index.md", "") == "./"
    assert relative("dataset/a/index.md", "dataset/a/data.csv") == "data.csv"


def test_indonesian_formats() -> None:
    assert date_label(dt.date(2025, 3, 4)) == "4 Maret 2025"
    assert date_label("2024-12-31") == "31 Desember 2024"
    assert date_label(None) == ""
    assert size_label(999) == "999 B"
    assert size_label(12_800) == "12,5 KB"
    assert size_label(3 * 1024 * 1024) == "3,0 MB"
    assert number_label(1234567) == "1.234.567"
