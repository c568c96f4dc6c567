"""What a document's bytes are and what can be read in them: type, pages, text, first-page image.

The type is judged by content, never by name: the first bytes (``filetype`` and our own
signatures), then the container (which parts a ZIP holds tells DOCX from XLSX, ODT from ODS).
PDFs are opened with PDFium (``pypdfium2``): page count, password, a text layer per page, and
the first page rendered as a small WebP image. Office files are opened with the format's own
structure (Office Open XML and OpenDocument parts, read with ``defusedxml``; workbooks with
``openpyxl``). Every answer is plain JSON (``facts``), so it is cached by the file's SHA-256
(``FactsStore``) and a rebuild with unchanged documents reads none of them again.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import filetype
from defusedxml import ElementTree

from generator.cache import BlobStore, JsonStore, unit_key
from generator.load.documents import LFS_MAGIC
from generator.load.sniff import sniff

FACTS = "documents"
PREVIEWS = "previews"
HEAD = 8192
MAX_PART = 64 * 1_000_000  # a part of an Office file larger than this when unpacked is not read (zip bomb)
MAX_TEXT = 2_000_000  # characters of text kept per document
TEXT_LAYER = 10  # a page with fewer readable characters has no text layer (a scan)
PREVIEW_WIDTH = 200

OFFICE = {  # the part that tells each Office Open XML type
    "word/document.xml": "DOCX", "xl/workbook.xml": "XLSX", "ppt/presentation.xml": "PPTX"}
OPENDOCUMENT = {"application/vnd.oasis.opendocument.text": "ODT",
                "application/vnd.oasis.opendocument.spreadsheet": "ODS",
                "application/vnd.oasis.opendocument.presentation": "ODP"}
ACTIVE = frozenset({"HTML", "SVG", "XML", "program"})  # a browser or a computer would run these
MEDIA_TYPES = {
    "PDF": "application/pdf",
    "DOCX": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "XLSX": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "PPTX": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "ODT": "application/vnd.oasis.opendocument.text", "ODS": "application/vnd.oasis.opendocument.spreadsheet",
    "ODP": "application/vnd.oasis.opendocument.presentation", "ZIP": "application/zip",
    "CSV": "text/csv", "text": "text/plain", "PNG": "image/png", "JPEG": "image/jpeg", "WebP": "image/webp",
    "OLE": "application/octet-stream",
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE_NS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def sniff_bytes(head: bytes) -> str:
    """The kind the first bytes show: PDF, ZIP, OLE, PNG, JPEG, WebP, SVG, HTML, XML, program, LFS,
    text, or the name ``filetype`` gives another binary type (``gif``, ``mp4``...)."""
    if not head:
        return "empty"
    if head.startswith(LFS_MAGIC):
        return "LFS"
    if head.startswith((b"MZ", b"\x7fELF", b"\xfe\xed\xfa", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe", b"#!")):
        return "program"
    kind = sniff(head)
    if kind != "text":
        return kind
    guess = filetype.guess(head)
    if guess is not None:
        return str(guess.extension)
    return "text" if _looks_textual(head) else "binary"


def _looks_textual(head: bytes) -> bool:
    if b"\x00" in head.lstrip(b"\xff\xfe\xfe\xff")[:1024] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start > len(head) - 4  # a character cut by the end of the head
    return True


def detect(path: Path) -> str:
    """The type of the file at ``path`` by its bytes; a ZIP is told apart by its parts."""
    with path.open("rb") as handle:
        kind = sniff_bytes(handle.read(HEAD))
    if kind == "ZIP":
        return _zip_kind(path)
    return kind


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            for part, kind in OFFICE.items():
                if part in names and "[Content_Types].xml" in names:
                    return kind
            if "mimetype" in names:
                mimetype = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
                return OPENDOCUMENT.get(mimetype, "ZIP")
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return "ZIP-damaged"
    return "ZIP"


def facts(path: Path) -> dict[str, Any]:
    """Everything the checks and the page need of one document, as plain JSON.

    ``kind``, ``pages`` (PDF pages, slides, sheets), ``error`` (``encrypted``, ``damaged``:
    ``detail`` says why), ``title`` (the PDF's own), ``scanned`` (PDF pages without a text
    layer), ``parts`` (``[place, text]`` per page, paragraph or slide) and ``sheets``
    (``[name, [[row, cells]...]]`` of a workbook or CSV).
    """
    kind = detect(path)
    found: dict[str, Any] = {"kind": kind, "pages": None, "error": "", "detail": "", "title": "",
                             "scanned": [], "parts": [], "sheets": []}
    try:
        if kind == "PDF":
            _pdf(path, found)
        elif kind in ("DOCX", "PPTX", "ODT", "ODP"):
            _office_text(path, kind, found)
        elif kind in ("XLSX", "ODS"):
            _workbook(path, kind, found)
        elif kind == "ZIP-damaged":
            found.update(kind="ZIP", error="damaged", detail="bad zip archive")
    except MemoryError:
        raise
    except Exception as exc:  # any reader failure is the file's problem, reported with its reason
        found.update(error="damaged", detail=f"{type(exc).__name__}: {exc}"[:200], parts=[], sheets=[])
    _cap(found)
    return found


def text_rows(path: Path) -> list[list[Any]]:
    """A CSV document as ``[row, cells]`` with the header first (spreadsheet row numbers)."""
    text = path.read_bytes().decode("utf-8-sig", "replace")
    return [[number, cells] for number, cells in enumerate(csv.reader(io.StringIO(text)), start=1)]


def _cap(found: dict[str, Any]) -> None:
    total = 0
    kept = []
    for place, text in found["parts"]:
        if total >= MAX_TEXT:
            break
        kept.append([place, text[: MAX_TEXT - total]])
        total += len(text)
    found["parts"] = kept


def _pdf(path: Path, found: dict[str, Any]) -> None:
    import pypdfium2 as pdfium

    with path.open("rb") as handle:
        handle.seek(max(path.stat().st_size - 2048, 0))
        if b"%%EOF" not in handle.read():
            found.update(error="damaged", detail="%%EOF")  # cut short: the end of the file is missing
            return
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        found.update(error="encrypted" if "password" in str(exc).lower() else "damaged", detail=str(exc)[:200])
        return
    try:
        found["pages"] = len(document)
        found["title"] = str((document.get_metadata_dict() or {}).get("Title") or "").strip()
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            text = textpage.get_text_bounded() or ""
            textpage.close()
            page.close()
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            if len("".join(text.split())) < TEXT_LAYER:
                found["scanned"].append(index + 1)
            if text.strip():
                found["parts"].append([f"halaman {index + 1}", text])
    finally:
        document.close()


def _xml(archive: zipfile.ZipFile, name: str) -> Any:
    info = archive.getinfo(name)
    if info.file_size > MAX_PART:
        raise ValueError(f"{name} is {info.file_size} bytes unpacked")
    return ElementTree.fromstring(archive.read(name), forbid_dtd=True)


def _office_text(path: Path, kind: str, found: dict[str, Any]) -> None:
    with zipfile.ZipFile(path) as archive:
        if kind == "DOCX":
            root = _xml(archive, "word/document.xml")
            paragraphs = ["".join(node.text or "" for node in paragraph.iter(f"{W}t"))
                          for paragraph in root.iter(f"{W}p")]
            found["parts"] = [[f"paragraf {number}", text] for number, text in enumerate(paragraphs, start=1)
                              if text.strip()]
        elif kind == "PPTX":
            slides = sorted((name for name in archive.namelist()
                             if name.startswith("ppt/slides/slide") and name.endswith(".xml")),
                            key=lambda name: int("".join(filter(str.isdigit, name)) or 0))
            found["pages"] = len(slides)
            for number, name in enumerate(slides, start=1):
                text = " ".join(node.text or "" for node in _xml(archive, name).iter(f"{A}t"))
                if text.strip():
                    found["parts"].append([f"slide {number}", text])
        else:  # ODT, ODP: paragraphs and headings of content.xml
            root = _xml(archive, "content.xml")
            paragraphs = [_odf_text(node) for node in root.iter()
                          if node.tag in (f"{TEXT_NS}p", f"{TEXT_NS}h")]
            found["parts"] = [[f"paragraf {number}", text] for number, text in enumerate(paragraphs, start=1)
                              if text.strip()]


def _odf_text(node: Any) -> str:
    return "".join(node.itertext())


def _workbook(path: Path, kind: str, found: dict[str, Any]) -> None:
    sheets: list[list[Any]] = []
    if kind == "XLSX":
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            for sheet in book.worksheets:
                rows = [[number, ["" if value is None else str(value) for value in values]]
                        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)]
                sheets.append([sheet.title, rows])
        finally:
            book.close()
    else:
        with zipfile.ZipFile(path) as archive:
            root = _xml(archive, "content.xml")
        for table in root.iter(f"{TABLE_NS}table"):
            rows = []
            for number, row in enumerate(table.iter(f"{TABLE_NS}table-row"), start=1):
                cells: list[str] = []
                for cell in row:
                    repeat = min(int(cell.get(f"{TABLE_NS}number-columns-repeated", "1") or 1), 100)
                    cells += [_odf_text(cell)] * repeat
                while cells and not cells[-1]:
                    cells.pop()
                rows.append([number, cells])
            sheets.append([table.get(f"{TABLE_NS}name", ""), rows])
    found["pages"] = len(sheets)
    found["sheets"] = sheets
    found["parts"] = [[f"{name}", " ".join(cell for _, cells in rows for cell in cells if cell)]
                      for name, rows in sheets]


def preview(path: Path, kind: str, *, width: int = PREVIEW_WIDTH) -> bytes:
    """The first page (PDF) or the image itself, ``width`` pixels wide, as WebP; b"" if none."""
    from PIL import Image

    if kind == "PDF":
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(str(path))
        try:
            if not len(document):
                return b""
            page = document[0]
            scale = width / max(page.get_width(), 1)
            image = page.render(scale=scale).to_pil()
            page.close()
        finally:
            document.close()
    elif kind in ("PNG", "JPEG", "WebP"):
        with Image.open(path) as original:
            original.thumbnail((width, width * 2))
            image = original.convert("RGB")
    else:
        return b""
    out = io.BytesIO()
    image.convert("RGB").save(out, "WEBP", quality=35, method=6)
    return out.getvalue()


class FactsStore(JsonStore):
    """The facts of each document, by the SHA-256 of its bytes and the generator version."""

    def __init__(self, folder: Path | None) -> None:
        super().__init__(folder or Path("/nonexistent"), FACTS)
        self.enabled = folder is not None
        self.memory: dict[str, dict[str, Any]] = {}
        self.read_files = 0  # documents opened in this run (0 on a warm rebuild)

    def key(self, sha256: str) -> str:
        return unit_key("document-facts", {"sha256": sha256})

    def get_facts(self, sha256: str) -> dict[str, Any] | None:
        if sha256 in self.memory:
            return self.memory[sha256]
        value = self.read(self.key(sha256)) if self.enabled else None
        if isinstance(value, dict) and "kind" in value:
            self.memory[sha256] = value
            return value
        return None

    def put_facts(self, sha256: str, value: dict[str, Any]) -> None:
        self.memory[sha256] = value
        if self.enabled:
            self.write(self.key(sha256), value)

    def facts_of(self, items: Iterable[tuple[str, Path]], *, jobs: int = 1) -> dict[str, dict[str, Any]]:
        """The facts of each (sha256, path), read only when not known; in ``jobs`` processes."""
        result: dict[str, dict[str, Any]] = {}
        pending: dict[str, Path] = {}
        for sha, path in items:
            known = self.get_facts(sha)
            if known is None:
                pending.setdefault(sha, path)
            else:
                result[sha] = known
        self.read_files += len(pending)
        if jobs > 1 and len(pending) > 4:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                computed = dict(zip(pending, pool.map(facts, pending.values(), chunksize=4), strict=True))
        else:
            computed = {sha: facts(path) for sha, path in pending.items()}
        for sha, value in computed.items():
            self.put_facts(sha, value)
            result[sha] = value
        return result


_STORES: dict[str, FactsStore] = {}


def store_for(cache_dir: Path | None) -> FactsStore:
    """One store per cache folder in a process, so validation and rendering share what was read."""
    key = str(cache_dir)
    if key not in _STORES:
        _STORES[key] = FactsStore(cache_dir)
    return _STORES[key]


def preview_store(cache_dir: Path | None) -> BlobStore | None:
    return BlobStore(cache_dir, PREVIEWS) if cache_dir else None
