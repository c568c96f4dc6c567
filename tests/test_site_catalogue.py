"""The site's English catalogue: complete, plurals right, shipped texts translated, staff text kept."""

from __future__ import annotations

from generator.compliance.checklist import Item, shipped_items
from generator.i18n import Language, active
from generator.i18n.extract import untranslated
from generator.i18n.languages import ENGLISH, INDONESIAN
from generator.render.compliance.items import item_text
from generator.render.page import html_block


def _card(files: int) -> dict[str, object]:
    return {"title": "Daftar Sekolah", "url": "daftar-sekolah/", "summary": "Data sekolah.", "topic": "Pendidikan",
            "publisher": "Diskominfo", "publisher_unit": "", "frequency": "Tahunan", "updated": "",
            "updated_iso": "", "resource_count": files, "keywords": ()}


def _catalog(language: Language, files: int) -> str:
    with active(language):
        return html_block("catalog.html", datasets=[_card(files)], topics=[], total=1, pager=None,
                          index_url="", page_size=20)


def test_every_site_text_has_an_english_translation() -> None:
    assert untranslated(ENGLISH, "site") == []


def test_counts_take_the_right_plural_form() -> None:
    assert "· 1 file</small>" in _catalog(ENGLISH, 1)
    assert "· 2 files</small>" in _catalog(ENGLISH, 2)
    assert "<p>1 open dataset, with its" in _catalog(ENGLISH, 1)
    assert "· 1 berkas</small>" in _catalog(INDONESIAN, 1)
    assert "· 2 berkas</small>" in _catalog(INDONESIAN, 2)


def test_staff_values_stay_as_written_in_english() -> None:
    page = _catalog(ENGLISH, 1)
    assert "Daftar Sekolah" in page and "Data sekolah." in page and "Pendidikan" in page
    assert "updated (not recorded yet)" in page


def test_shipped_checklist_is_translated_and_a_bodys_own_wording_is_not() -> None:
    shipped = shipped_items()[0]
    item = Item(id=str(shipped["id"]), kind=str(shipped["kategori"]), title=str(shipped["judul"]),
                basis=str(shipped["dasar"]), mandatory=True, monev="jenis-informasi")
    own = Item(id=item.id, kind=item.kind, title="Profil dinas menurut kami", basis="Perbup 1/2024",
               mandatory=True, monev="jenis-informasi")
    with active(ENGLISH):
        assert item_text(item, "title") != item.title
        assert item_text(item, "basis").startswith("Law 14/2008")
        assert item_text(own, "title") == own.title and item_text(own, "basis") == own.basis
    with active(INDONESIAN):
        assert item_text(item, "title") == item.title
