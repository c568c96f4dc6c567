"""Real documents made from scratch for the tests, the sample site and the benchmark.

Text PDFs are written by hand (PDF 1.4, the standard Helvetica font, one content stream per
page); an image-only PDF holds one grey JPEG per page and no text, as a scan does; DOCX,
PPTX and ODT are the smallest valid packages; XLSX is written by openpyxl. Each function
returns bytes, so the same input always gives the same file.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence

from PIL import Image, ImageDraw

FIXED_DATE = (2026, 1, 15, 9, 0, 0)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _assemble(objects: list[bytes], *, info: bytes = b"") -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, info, xref))
    return out.getvalue()


def text_pdf(pages: Sequence[Sequence[str]], *, title: str = "") -> bytes:
    """A PDF whose page N shows the lines ``pages[N]`` as real text (a text layer)."""
    count = len(pages)
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
                            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        stream = b"BT /F1 11 Tf 14 TL 56 780 Td " + b"".join(
            b"(" + _escape(line).encode("cp1252", "replace") + b") Tj T* " for line in lines) + b"ET"
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents %d 0 R >>" % content)
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (count, b" ".join(b"%d 0 R" % kid for kid in kids))
    info = b""
    if title:
        objects.append(b"<< /Title (" + _escape(title).encode("cp1252", "replace") + b") >>")
        info = b"/Info %d 0 R " % len(objects)
    return _assemble(objects, info=info)


def scanned_pdf(pages: Sequence[str]) -> bytes:
    """An image-only PDF: each page one JPEG picture of its text, no text layer (a scan)."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for text in pages:
        picture = Image.new("L", (300, 424), 235)
        draw = ImageDraw.Draw(picture)
        for number, line in enumerate(text.splitlines()):
            draw.text((20, 20 + 14 * number), line, fill=30)
        data = io.BytesIO()
        picture.save(data, "JPEG", quality=40)
        jpeg = data.getvalue()
        objects.append(b"<< /Type /XObject /Subtype /Image /Width 300 /Height 424 /ColorSpace /DeviceGray "
                       b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % len(jpeg) + jpeg
                       + b"\nendstream")
        image = len(objects)
        stream = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 %d 0 R >>"
                       b" >> /Contents %d 0 R >>" % (image, content))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (len(pages), b" ".join(b"%d 0 R" % kid for kid in kids))
    return _assemble(objects)


def encrypted_pdf(pages: Sequence[Sequence[str]], *, password: str = "rahasia") -> bytes:
    """A text PDF that opens only with ``password`` (pypdf's RC4-128 encryption, no extra library)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf(pages))))
    writer.encrypt(user_password=password, owner_password=password + "-pemilik", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _package(parts: dict[str, str | bytes], *, first: str | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        names = ([first] if first else []) + [name for name in parts if name != first]
        for name in names:
            info = zipfile.ZipInfo(name, FIXED_DATE)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            data = parts[name]
            archive.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return out.getvalue()


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paragraphs: Sequence[str]) -> bytes:
    """A Word document (Office Open XML) with one paragraph per item."""
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_xml_text(text)}</w:t></w:r></w:p>' for text in paragraphs)
    return _package({
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
        'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.'
        f'org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>',
    })


def pptx(slides: Sequence[str]) -> bytes:
    """A presentation whose slides hold one text each (enough for the reader: slide parts)."""
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
        "ppt/presentation.xml": '<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="http://schemas.'
        'openxmlformats.org/presentationml/2006/main"/>'}
    for number, text in enumerate(slides, start=1):
        parts[f"ppt/slides/slide{number}.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?><p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/'
            '2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree><p:sp>'
            f'<p:txBody><a:p><a:r><a:t>{_xml_text(text)}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld>'
            '</p:sld>')
    return _package(parts)


def odt(paragraphs: Sequence[str]) -> bytes:
    """An OpenDocument text with one paragraph per item."""
    body = "".join(f"<text:p>{_xml_text(text)}</text:p>" for text in paragraphs)
    return _package({
        "mimetype": "application/vnd.oasis.opendocument.text",
        "content.xml": '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:'
        'tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        f'<office:text>{body}</office:text></office:body></office:document-content>',
    }, first="mimetype")


def xlsx(sheets: dict[str, Sequence[Sequence[object]]]) -> bytes:
    """A workbook with one sheet per name, rows as given (the first is the header)."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    book.properties.created = book.properties.modified = __import__("datetime").datetime(*FIXED_DATE)
    out = io.BytesIO()
    book.save(out)
    return _normalised_zip(out.getvalue())


def _normalised_zip(data: bytes) -> bytes:
    """The same archive with fixed timestamps, so a regenerated file is byte-identical."""
    source = zipfile.ZipFile(io.BytesIO(data))
    parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    stamp = b"%04d-%02d-%02dT%02d:%02d:%02dZ" % FIXED_DATE
    parts["docProps/core.xml"] = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp,
                                        parts["docProps/core.xml"])  # openpyxl writes the time of saving
    return _package(parts)
