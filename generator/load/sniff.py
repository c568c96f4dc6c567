"""The kind of file the first bytes show, by signature: the one list of the generator's own
signatures (images, PDF, ZIP, OLE) and of the markup a browser would run (SVG, HTML, XML).
Used by the checks of what may be published and by the document readers (load/docread.py).
"""

from __future__ import annotations


def sniff(head: bytes) -> str:
    """The kind of file the first bytes show: PNG, JPEG, WebP, PDF, ZIP, OLE, SVG, HTML, XML or text."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    if head.startswith(b"%PDF-"):
        return "PDF"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "ZIP"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "OLE"
    return _markup(head)


def _markup(head: bytes) -> str:
    """Markup that starts the file (a browser would run it; a cell quoting a tag is text)."""
    text = head.lstrip(b"\xef\xbb\xbf\xff\xfe\xfe\xff").replace(b"\x00", b"").lstrip().lower()
    if text.startswith(b"<svg") or (text.startswith((b"<?xml", b"<!doctype svg", b"<!--")) and b"<svg" in text):
        return "SVG"
    if text.startswith(b"<?xml") or (text.startswith(b"<!doctype") and b"html" not in text[:20]):
        return "XML"
    if (text.startswith(b"<") and text[1:2].isalpha()) or text.startswith((b"<!", b"<?")):
        return "HTML"
    return "text"
