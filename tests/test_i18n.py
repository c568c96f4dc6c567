"""One way to translate: every interface text comes from a catalogue, staff text never does, and
a language is one catalogue plus one settings entry (proved with a pseudo-language)."""

from __future__ import annotations

import csv
import html
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo  # noqa: F401  (Babel must be installed: it reads the catalogues)
from babel.messages.pofile import write_po

from generator import pipeline
from generator.compliance.dik import load_dik
from generator.i18n import LOCALE_DIR, translator
from generator.i18n.extract import DOMAINS, extract, untranslated
from generator.i18n.languages import DEFAULT, ENGLISH, LANGUAGES, Language
from generator.load import docread
from generator.model import Project
from generator.settings import Settings
from generator.vocab import LICENSES

# Indonesian interface words that must not appear on an English page outside what staff wrote.
INDONESIAN = ("Halaman ini", "Tersedia", "berkas", "Berkas", "Kamus data", "Unduh", "Perlu diperbarui",
              "perlu diperbarui", "Belum ada", "Tampilkan", "Sebelumnya", "Berikutnya", "Cari", "Semua",
              "Tutup", "Bahasa", "Kembali", "Terakhir diperbarui", "Lisensi", "Penerbit", "Kontak",
              "Dasar hukum", "Jumlah", "Sudah dijawab", "Dalam proses", "Ditolak", "tidak dinyatakan",
              "baris", "sejak", "Pratinjau", "Riwayat", "Tanggal", "Keterangan", "Kolom", "Judul",
              "Ringkasan", "Situs contoh", "Telusuri", "Beranda", "Laporan", "Pemohon", "Saring")
PSEUDO = Language("xx", "Pseudo", "xx", "en", "en")
WRAPPED = re.compile(r"\[\[.*?\]\]", re.DOTALL)


class _Text(HTMLParser):
    """Text nodes and the readable attributes of an HTML page, inside ``<body>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "svg", "code"):
            self.skip += 1
        for name, value in attrs:
            if name in ("title", "aria-label", "placeholder", "alt") and value:
                self.parts.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "svg", "code") and self.skip:
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip and data.strip():
            self.parts.append(data.strip())


def page_texts(path: Path) -> list[str]:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.parts


def staff_strings(project: Project) -> list[str]:
    """Every value a person wrote in content/ or datasets/, longest first."""
    found: set[str] = set()
    profile = project.profile
    if profile:
        found |= {profile.name, profile.name.upper(), profile.short_name, profile.tagline, profile.description,
                  profile.address, profile.phone, profile.email, profile.website}
        found |= {part for row in (*profile.service_hours, *profile.officials, *profile.social) for part in row}
    for page in project.pages:
        found |= {page.title, page.description, *page.body.splitlines()}
    for entry in project.dip:
        found |= {entry.id, entry.title, entry.summary, entry.holder, entry.responsible, entry.made_when,
                  entry.made_where, entry.form, entry.retention, entry.document, entry.exclusion_basis,
                  entry.consequence_test, entry.exclusion_period, f"{entry.id} {entry.title}"}
    for document in project.documents:  # staff documents: their titles and their own text
        facts = docread.facts(Path(project.root) / document.source) if not document.remote else {}
        found |= {document.title, str(facts.get("title") or "")}
        found |= {" ".join(str(text).split()) for _place, text in facts.get("parts") or []}
    for record in load_dik(Path(project.root)) or ():
        found |= {str(value) for value in vars(record).values() if isinstance(value, str)}
    found |= {language.name for language in LANGUAGES} | set(LICENSES.values()) | set(LICENSES)
    for dataset in project.datasets:
        first = dataset.description.split("\n")[0]
        found |= {first[:239] + "…" if len(first) > 240 else first}
        found |= {dataset.title, dataset.description, *dataset.description.splitlines(), *dataset.keywords,
                  dataset.topic, dataset.publisher, dataset.publisher_unit, dataset.contact.name,
                  dataset.contact.email, dataset.spatial}
        for view in dataset.descriptor.get("views") or []:
            found.add(str(view.get("title") or ""))
        for resource in dataset.resources:
            found |= {resource.name, resource.title, resource.description, resource.path}
            for field in resource.fields:
                found |= {field.name, field.title, field.description}
            found |= {cell for row in resource.preview for cell in row}
            if "://" not in resource.source:  # the whole file: pages aggregate every row (service report)
                with (Path(project.root) / resource.source).open(encoding="utf-8-sig", newline="") as handle:
                    cells = {cell for row in csv.reader(handle) for cell in row}
                found |= cells | {cell.replace("_", " ") for cell in cells}
    return sorted((text.strip() for text in found if text and len(text.strip()) > 1), key=len, reverse=True)


def without_staff_text(text: str, staff: list[str]) -> str:
    """``text`` with every staff value (as a whole word or phrase) blanked out."""
    for value in staff:
        if value in text:
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", text)
    return text


@pytest.fixture(scope="module")
def sample_project(sample_repo: Path) -> Project:
    return pipeline.check(Settings(root=sample_repo)).project


def test_every_text_has_a_translation_in_every_shipped_catalogue() -> None:
    gaps = {f"{language.code}/{domain}": untranslated(language, domain)
            for language in LANGUAGES if language != DEFAULT for domain in DOMAINS}
    assert {key: texts for key, texts in gaps.items() if texts} == {}


def test_the_extraction_finds_templates_python_scripts_and_overrides() -> None:
    site = extract("site")
    locations = {location[0].split("/")[0] for message in site for location in message.locations}
    assert {"render", "vocab.py", "build"} <= locations
    files = {location[0] for message in site for location in message.locations}
    assert any(name.endswith(".html") and "templates" in name for name in files)
    assert any(name.endswith(".js") for name in files)
    assert any("overrides" in name for name in files)
    assert len(extract("cli")) > 100


def test_plural_forms_are_right_for_one_and_two() -> None:
    for domain in DOMAINS:
        english = translator(ENGLISH, domain)
        indonesian = translator(DEFAULT, domain)
        plurals = [message for message in extract(domain) if isinstance(message.id, tuple)]
        assert plurals, f"no text with a count in the {domain} domain"
        for message in plurals:
            singular, plural = message.id
            one, two = english.ngettext(singular, plural, 1), english.ngettext(singular, plural, 2)
            assert one != two, (singular, one)  # English tells one from many
            assert indonesian.ngettext(singular, plural, 1) == singular
            assert indonesian.ngettext(singular, plural, 2) == plural


def test_english_pages_have_no_indonesian_interface_text(sample_site: Path, sample_project: Project) -> None:
    staff = staff_strings(sample_project)
    staff_pages = {f"{page.slug}/index.html" for page in sample_project.pages}
    found: dict[str, list[str]] = {}
    for path in sorted((sample_site / "en").rglob("*.html")):
        name = path.relative_to(sample_site / "en").as_posix()
        if name in staff_pages:  # a page staff wrote (or its Indonesian text, with a note)
            continue
        for text in page_texts(path):
            rest = without_staff_text(text, staff)
            words = [word for word in INDONESIAN if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", rest)]
            if words:
                found.setdefault(name, []).append(f"{words}: {rest[:80]}")
    assert found == {}


def test_english_scripts_get_their_texts_in_english(sample_site: Path) -> None:
    script = (sample_site / "en" / "assets" / "etalase-strings.js").read_text(encoding="utf-8")
    strings = json.loads(script.removeprefix("window.etalaseStrings = ").rstrip().removesuffix(";"))
    assert strings["Sebelumnya"] == "Previous"
    assert strings["{count} hasil untuk \u201c{query}\u201d"]["one"].startswith("{count} result ")
    assert strings["{count} hasil untuk \u201c{query}\u201d"]["other"].startswith("{count} results ")
    assert not (sample_site / "assets" / "etalase-strings.js").exists()  # Indonesian needs none
    english = (sample_site / "en" / "index.html").read_text(encoding="utf-8")
    assert english.index("assets/etalase-strings.js") < english.index("assets/etalase.js")


def test_staff_text_is_the_same_in_both_trees(sample_site: Path, sample_project: Project) -> None:
    for entry in sample_project.dip:
        indonesian = (sample_site / "informasi" / entry.id / "index.html").read_text(encoding="utf-8")
        english = (sample_site / "en" / "informasi" / entry.id / "index.html").read_text(encoding="utf-8")
        for value in (entry.title, entry.summary, entry.holder, entry.form, entry.retention):
            if value:
                assert html.escape(value, quote=False) in indonesian
                assert html.escape(value, quote=False) in english, (entry.id, value)
    for dataset in sample_project.datasets:
        english = (sample_site / "en" / "dataset" / dataset.name / "index.html").read_text(encoding="utf-8")
        assert html.escape(dataset.title, quote=False) in english
        for resource in dataset.resources:
            for field in resource.fields:
                assert html.escape(field.description, quote=False) in english


def test_a_staff_title_that_looks_like_an_interface_text_stays_as_written(sample_site: Path) -> None:
    """The phrase table of old turned this staff-written title into "List of Public Information ..."."""
    page = (sample_site / "en" / "informasi" / "DIP-SS-001" / "index.html").read_text(encoding="utf-8")
    assert "Daftar Informasi Publik Diskominfo Kota Contoh" in page
    assert "List of Public Information Diskominfo" not in page


def pseudo_locale(folder: Path) -> Path:
    """The shipped catalogues plus a catalogue of the pseudo-language wrapping every text."""
    shutil.copytree(LOCALE_DIR, folder)
    for domain in DOMAINS:
        catalog = extract(domain)
        catalog.locale = PSEUDO.locale  # type: ignore[assignment]
        for message in catalog:
            if not message.id:
                continue
            if isinstance(message.id, tuple):
                message.string = tuple(f"[[{form}]]" for form in message.id)
            else:
                message.string = f"[[{message.id}]]"
        target = folder / PSEUDO.code / "LC_MESSAGES" / f"{domain}.po"
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as handle:
            write_po(handle, catalog)
    return folder


DATES = re.compile(r"\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|"
                   r"December) \d{4}")
FORMATTED = re.compile(
    r"\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}"
    r"|\b[0-9a-f]{10,64}\b|\b\d[\d.,]*\s?(B|KB|MB|GB|%)?\b|https?://\S+|\S+@\S+|\b(CSV|JSON|XLSX|ZIP|SHA-256|DIP|"
    r"PPID|SVG|OpenStreetMap|Leaflet|Etalase|Pagefind|Material for MkDocs|MkDocs|Zensical|Permanent link|"
    r"Frictionless Data Package|required|unique|pattern|minimum|maximum|minLength|maxLength|enum)\b")


def test_a_language_is_one_catalogue_and_one_settings_entry(mini: Path, tmp_path: Path) -> None:
    settings = Settings(root=mini, languages=(*LANGUAGES, PSEUDO), locale_dir=pseudo_locale(tmp_path / "locale"))
    outcome = pipeline.build(settings)
    assert outcome.built, (outcome.problems, outcome.engine_output)
    site = mini / "site" / PSEUDO.folder
    project = outcome.project
    staff = staff_strings(project)
    staff_pages = {f"{page.slug}/index.html" for page in project.pages}
    leftovers: dict[str, list[str]] = {}
    for path in sorted(site.rglob("*.html")):
        name = path.relative_to(site).as_posix()
        page = path.read_text(encoding="utf-8")
        content = page.split("<!-- etalase:content -->", 1)[-1].split("<!-- /etalase:content -->", 1)[0]
        if name in staff_pages or "<!-- etalase:content -->" not in page:
            continue
        text = re.sub(r"<(script|style|svg|code)\b.*?</\1>", " ", content, flags=re.DOTALL)
        attributes = re.findall(r'(?:title|aria-label|placeholder|alt)="([^"]*)"', text)
        text = html.unescape(re.sub(r"<[^>]+>", "\n", text))  # a wrapped text may hold links: it spans tags
        for line in [*WRAPPED.sub(" ", text).splitlines(), *(html.unescape(value) for value in attributes)]:
            unwrapped = WRAPPED.sub(" ", line)
            addresses = DATES.sub(" ", re.sub(r"https?://\S+|\S+@\S+", " ", unwrapped))
            rest = FORMATTED.sub(" ", without_staff_text(addresses.strip(), staff))
            if re.search(r"[A-Za-z]{2,}", rest):
                leftovers.setdefault(name, []).append(line[:80])
    assert leftovers == {}
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "[[Beranda]]" in home and "[[Telusuri]]" in home  # the menu and the theme overrides
    script = (site / "assets" / "etalase-strings.js").read_text(encoding="utf-8")
    values = json.loads(script.removeprefix("window.etalaseStrings = ").rstrip().removesuffix(";")).values()
    for value in values:
        forms = list(value.values()) if isinstance(value, dict) else [value]
        assert all(form.startswith("[[") for form in forms), value
    switcher = (mini / "site" / "index.html").read_text(encoding="utf-8")
    assert 'hreflang="xx"' in switcher  # offered in the language switcher of the other trees


def test_every_marked_text_in_the_sources_is_extracted() -> None:
    """A mark the extractor cannot see (e.g. inside an f-string) would never be translated."""
    marked = re.compile(r"""(?<![\w.])(?:_|N_)\("((?:[^"\\]|\\.)+)"\)""")
    package = Path(__file__).resolve().parent.parent / "generator"
    known = {message.id for domain in DOMAINS for message in extract(domain)}
    known |= {message.id[0] for domain in DOMAINS for message in extract(domain) if isinstance(message.id, tuple)}
    sources = [path for path in package.rglob("*.py") if path.parent.name != "i18n"]  # i18n/ documents the marks
    missed = sorted({(path.relative_to(package).as_posix(), text) for path in sources
                     for text in marked.findall(path.read_text(encoding="utf-8"))
                     if "\\" not in text and text not in known})
    assert missed == []
