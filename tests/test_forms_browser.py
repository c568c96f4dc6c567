"""The request and objection forms and the tracker in Debian's Chromium: keyboard only at 360 px,
printed on A4, validated in words next to each field, and not one network request once loaded."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser import browsing

pytestmark = pytest.mark.browser
PHONE = {"width": 360, "height": 740}
NIK = "1101015207900001"  # Bakongan (11.01.01), born 12 July 1990 (a woman: day + 40)


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    with browsing(browser, local_only=True, viewport=PHONE) as page:
        yield page


def loaded(page: Page, url: str, *, skip: bool = False) -> list[str]:
    """Open ``url``, wait until its data files are in, then record every request made after that.

    ``skip``: first take the theme's skip link with the keyboard, past the header (whose search box
    loads its index when focused); the browser fetches the favicon again for that change of address,
    so recording starts once that has settled.
    """
    page.goto(url)
    page.wait_for_load_state("networkidle")
    if skip:
        skip_to_content(page)
        page.wait_for_timeout(1000)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    return requests


def skip_to_content(page: Page) -> None:
    """The theme's skip link, the first stop of Tab: past the header (whose search box loads its index)."""
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.classList.contains('md-skip')")
    page.keyboard.press("Enter")


def tab_to(page: Page, name: str, *, limit: int = 120) -> None:
    """Press Tab until the field called ``name`` has the focus (the keyboard is the only input)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement && document.activeElement.name") == name:
            return
    raise AssertionError(f"Tab never reached {name}")


def type_into(page: Page, name: str, text: str) -> None:
    tab_to(page, name)
    page.keyboard.type(text)


def printed_text(page: Page) -> str:
    page.emulate_media(media="print")
    text = page.locator("body").inner_text()
    page.emulate_media(media="screen")
    return text


def test_request_form_by_keyboard_prints_the_filled_letter(page: Page, base_url: str, tmp_path: Path) -> None:
    requests = loaded(page, base_url + "permohonan/?informasi=DIP-B-001+Profil+Dinas", skip=True)
    expect(page.locator("#permohonan-informasi")).to_have_value("DIP-B-001 Profil Dinas")
    tab_to(page, "jenis")
    page.keyboard.press("Space")  # the first choice: perorangan
    type_into(page, "nama", "Siti Aminah")
    type_into(page, "nik", NIK)
    type_into(page, "alamat", "Jl. Mawar 3, Kota Contoh")
    type_into(page, "telepon", "0812 3456 7890")
    type_into(page, "email", "siti@contoh.id")
    type_into(page, "tujuan", "Bahan tugas kuliah")
    tab_to(page, "cara")
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")  # the copy
    tab_to(page, "kirim")
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")  # courier or post
    for _ in range(3):  # from the last choice to the print button
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.dataset.action") == "print":
            break
    page.evaluate("() => addEventListener('beforeprint', () => { document.body.dataset.printed = 'ya'; })")
    page.keyboard.press("Enter")
    expect(page.locator(".etl-error-summary")).to_be_hidden()
    expect(page.locator("body")).to_have_attribute("data-printed", "ya")  # the browser's print was opened
    text = printed_text(page)
    for expected in ("FORMULIR PERMOHONAN INFORMASI PUBLIK", "DINAS KOMUNIKASI DAN INFORMATIKA KOTA CONTOH",
                     "Siti Aminah", NIK, "Jl. Mawar 3, Kota Contoh", "siti@contoh.id", "DIP-B-001 Profil Dinas",
                     "Bahan tugas kuliah", "Mendapatkan salinan informasi", "Kurir atau pos", "Petugas penerima",
                     "Pemohon informasi"):
        assert expected in text, expected
    assert re.search(r"Nomor referensi: PMH-\d{8}-[0-9A-Z]{5}", text)
    assert "Periksa dan cetak" not in text and "Jangka waktu dan biaya" not in text  # the screen parts
    expect(page.locator(".etl-letter-signatures")).to_contain_text("(Siti Aminah)")  # under the signing space
    assert requests == []


def test_objection_form_by_keyboard_prints_to_the_atasan(page: Page, base_url: str) -> None:
    requests = loaded(page, base_url + "keberatan/?nomor=REG-2024-0003", skip=True)
    expect(page.locator("#keberatan-nomor")).to_have_value("REG-2024-0003")
    type_into(page, "tujuan", "Penelitian")
    type_into(page, "nama", "Budi Santoso")
    type_into(page, "alamat", "Jl. Melati 5")
    type_into(page, "email", "budi@contoh.id")
    tab_to(page, "alasan")
    page.keyboard.press("Space")  # a. refusal on grounds of exemption
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # c. not answered
    type_into(page, "kasus", "Permohonan ditolak sebagian tanpa uji konsekuensi.")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the print button follows the last field
    text = printed_text(page)
    for expected in ("FORMULIR KEBERATAN ATAS PERMOHONAN INFORMASI PUBLIK", "Drs. Hendra Wicaksono, M.Si.",
                     "REG-2024-0003", "Budi Santoso", "a. Penolakan atas permohonan informasi",
                     "c. Tidak ditanggapinya permohonan informasi", "tanpa uji konsekuensi", "Pengaju keberatan"):
        assert expected in text, expected
    assert "b. Tidak disediakannya" not in text
    assert re.search(r"Nomor referensi: KBR-\d{8}-[0-9A-Z]{5}", text)
    page.locator("button[data-action=email]").focus()
    page.keyboard.press("Enter")
    href = page.locator("[data-mail-link]").get_attribute("href") or ""
    assert href.startswith("mailto:ppid@kotacontoh.go.id?subject=Keberatan%20atas%20permohonan%20informasi%20publik")
    assert "Hendra%20Wicaksono" in href and "REG-2024-0003" in href
    assert requests == []


def test_invalid_fields_are_named_next_to_the_field_and_in_a_summary(page: Page, base_url: str) -> None:
    requests = loaded(page, base_url + "permohonan/")
    page.locator("#permohonan-nama").fill("Siti")
    page.locator("#permohonan-nik").fill("9999995207900001")
    page.locator("#permohonan-telepon").fill("12")
    page.locator("#permohonan-email").fill("siti@")
    page.locator("button[data-action=print]").click()
    summary = page.locator(".etl-error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("isian yang perlu diperbaiki")
    nik_error = page.locator("#permohonan-nik-error")
    expect(nik_error).to_have_text(re.compile(r"NIK .*enam angka pertama \(999999\) bukan kode kecamatan"))
    assert "permohonan-nik-error" in (page.locator("#permohonan-nik").get_attribute("aria-describedby") or "")
    expect(page.locator("#permohonan-nik")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#permohonan-telepon-error")).to_contain_text("8 sampai 15 angka")
    expect(page.locator("#permohonan-email-error")).to_contain_text("alamat surel yang lengkap")
    expect(page.locator("#permohonan-jenis-error")).to_contain_text("Pilih salah satu: Jenis pemohon")
    expect(page.locator("#permohonan-nama-error")).to_be_hidden()
    assert summary.locator("li").count() == 9  # jenis, nik, alamat, telepon, email, informasi, tujuan, cara, kirim
    page.locator("#permohonan-nik").fill("1101019913900001")  # month 13
    page.locator("button[data-action=print]").click()
    expect(nik_error).to_contain_text("bukan tanggal lahir yang mungkin")
    page.locator("#permohonan-nik").fill("11010152079")
    page.locator("button[data-action=print]").click()
    expect(nik_error).to_contain_text("tepat 16 angka")
    summary.locator("a").first.click()
    assert page.evaluate("() => document.activeElement.name") == "jenis"
    assert requests == []


def test_email_draft_goes_to_the_official_address_and_nothing_is_sent(page: Page, base_url: str) -> None:
    requests = loaded(page, base_url + "permohonan/")
    page.locator("input[name=jenis][value=badan_hukum]").check()
    page.locator("#permohonan-nama").fill("Yayasan Terang")
    page.locator("#permohonan-akta").fill("AHU-0012345.AH.01.04")
    page.locator("#permohonan-alamat").fill("Jl. Kenanga 1")
    page.locator("#permohonan-telepon").fill("+62 271 555 0199")
    page.locator("#permohonan-informasi").fill("Rekap anggaran 2025")
    page.locator("#permohonan-tujuan").fill("Advokasi")
    page.locator("input[name=cara][value=salinan]").check()
    page.locator("input[name=kirim][value=surel]").check()
    page.locator("button[data-action=email]").click()
    expect(page.locator("#permohonan-email-error")).to_contain_text("Alamat surel wajib diisi")  # e-mail delivery
    page.locator("#permohonan-email").fill("info@terang.or.id")
    page.locator("button[data-action=email]").click()
    link = page.locator("[data-mail-link]")
    expect(link).to_be_focused()
    href = link.get_attribute("href") or ""
    assert href.startswith("mailto:ppid@kotacontoh.go.id?subject=Permohonan%20informasi%20publik%20PMH-")
    assert "AHU-0012345.AH.01.04" in href and "Yayasan%20Terang" in href
    pdf = page.pdf(format="A4", prefer_css_page_size=True)  # the letter, filled, as the printer gets it
    assert pdf.startswith(b"%PDF") and 1 <= len(re.findall(rb"/Type\s*/Page\b", pdf)) <= 2
    assert requests == []


def test_tracker_shows_status_deadlines_and_clear_messages(page: Page, base_url: str) -> None:
    requests = loaded(page, base_url + "lacak/")
    field = page.locator("#lacak-nomor")
    result = page.locator(".etl-tracker-result")
    field.fill("reg-2024-0003")
    field.press("Enter")
    row = result.locator("tr", has_text="Batas waktu jawaban (10 hari kerja)")
    expect(row.locator("td")).to_have_text("18 Januari 2024")
    expect(result).to_contain_text("Dikabulkan sebagian")
    expect(result).to_contain_text("Mediasi berhasil")
    field.fill("REG-2026-0487")  # received 2026-10-30, never answered: past its deadline by now
    field.press("Enter")
    expect(result).to_contain_text("Melewati batas waktu: belum dijawab")
    expect(result.locator("a")).to_have_attribute("href", re.compile(r"keberatan/\?nomor=REG-2026-0487$"))
    field.fill("REG-1999-0001")
    field.press("Enter")
    expect(result).to_contain_text("tidak ada di register yang diterbitkan")
    field.fill("<b>123")
    field.press("Enter")
    expect(result).to_contain_text("bukan nomor registrasi yang sah")
    assert result.locator("b").count() == 0
    extended = page.evaluate("() => fetch('status-permohonan.json').then(r => r.json()).then(d => "
                             "Object.keys(d.requests).find(k => d.requests[k].xd))")
    requests.clear()
    field.fill(extended)
    field.press("Enter")
    expect(result).to_contain_text("Batas waktu baru (7 hari kerja berikutnya)")
    assert requests == []


def test_forms_and_tracker_work_offline_once_loaded(browser: Browser, base_url: str) -> None:
    with browsing(browser, local_only=True, viewport=PHONE) as page:
        page.goto(base_url + "lacak/")
        page.wait_for_load_state("networkidle")
        page.context.set_offline(True)
        page.locator("#lacak-nomor").fill("REG-2024-0003")
        page.locator("#lacak-nomor").press("Enter")
        expect(page.locator(".etl-tracker-result")).to_contain_text("Mediasi berhasil")
        page.context.set_offline(False)
        page.goto(base_url + "permohonan/")
        page.wait_for_load_state("networkidle")
        page.context.set_offline(True)
        page.locator("#permohonan-nik").fill("9999995207900001")
        page.locator("button[data-action=print]").click()
        expect(page.locator("#permohonan-nik-error")).to_contain_text("kode kecamatan")


def test_without_javascript_the_blank_form_is_shown_and_prints(browser: Browser, base_url: str) -> None:
    with browsing(browser, local_only=True, viewport=PHONE, java_script_enabled=False) as page:
        page.goto(base_url + "permohonan/")
        expect(page.locator(".etl-letter")).to_be_visible()
        expect(page.locator(".etl-form-live")).to_be_hidden()
        text = printed_text(page)
        assert "FORMULIR PERMOHONAN INFORMASI PUBLIK" in text and "Nama lengkap" in text
        assert "Petugas penerima" in text and "Jangka waktu dan biaya" not in text


def test_forms_keep_the_sites_content_security_policy(sample_site: Path) -> None:
    def policy(page: str) -> str:
        html = (sample_site / page).read_text(encoding="utf-8")
        match = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
        assert match, page
        return re.sub(r" 'sha256-[^']+'", "", match.group(1))
    reference = policy("dip/index.html")
    for page in ("permohonan/index.html", "keberatan/index.html", "lacak/index.html", "en/permohonan/index.html"):
        assert policy(page) == reference, page
        html = (sample_site / page).read_text(encoding="utf-8")
        region = html[html.index("<!-- etalase:content -->"):html.index("<!-- /etalase:content -->")] \
            if "<!-- etalase:content -->" in html else html
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", region), page  # no inline script of ours
        assert not re.search(r"\son[a-z]+=", region), page


def test_english_tree_reads_the_shared_data_and_speaks_english(page: Page, base_url: str) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(base_url + "en/lacak/?nomor=REG-2024-0003")
    result = page.locator(".etl-tracker-result")
    expect(result).to_contain_text("Answer deadline (10 working days)")
    expect(result).to_contain_text("Mediation succeeded")
    page.goto(base_url + "en/permohonan/")
    page.wait_for_load_state("networkidle")
    page.locator("#permohonan-nik").fill("9999995207900001")
    page.locator("button[data-action=print]").click()
    expect(page.locator("#permohonan-nik-error")).to_contain_text("are not a known district (kecamatan) code")
    expect(page.locator(".etl-error-summary")).to_contain_text("fields need correcting")
    data = [url for url in requests if url.endswith(".json")]
    assert data == [base_url + "lacak/status-permohonan.json", base_url + "permohonan/kode-kecamatan.json"]


def test_dip_entry_asks_for_itself_and_an_excluded_entry_says_how_to_object(page: Page, base_url: str) -> None:
    page.goto(base_url + "informasi/DIP-DK-005/")
    expect(page.locator("#mengapa-dikecualikan")).to_be_visible()
    page.locator("a", has_text="mengajukan keberatan").click()
    expect(page).to_have_url(re.compile(r"/keberatan/$"))
    page.goto(base_url + "informasi/DIP-B-001/")
    page.locator("a", has_text="Minta informasi ini").click()
    expect(page.locator("#permohonan-informasi")).to_have_value(re.compile(r"^DIP-B-001 \S"))
