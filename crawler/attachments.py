"""Text of a call's attachments (PDF, DOCX, ODT), for classification and dates."""

from __future__ import annotations

import io
import logging
import re
import zipfile
from urllib.parse import urlsplit
from xml.etree import ElementTree

from pypdf import PdfReader

MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024  # a call's rules fit; a 200 MB scan is skipped
MAX_ATTACHMENTS_PER_CALL = 3
MAX_PAGES = 30
MAX_TEXT_CHARS = 20_000
MAX_XML_BYTES = 20 * 1024 * 1024  # a document's XML inflated from the zip: no zip bombs
TEXT_EXTENSIONS = (".pdf", ".docx", ".odt")
PARAGRAPH_TAGS = re.compile(r"\}(p|h)$")  # w:p in DOCX; text:p and text:h in ODT

log = logging.getLogger(__name__)


def readable(url: str) -> bool:
    """A PDF, DOCX or ODT by its name, or a document link without extension (Liferay's
    /documents/…/Reglement-2027/…): its content says what it is."""
    path = urlsplit(url.lower()).path
    return path.endswith(TEXT_EXTENSIONS) or "." not in path.rsplit("/", 1)[-1]


def pdf_text(body: bytes) -> str:
    reader = PdfReader(io.BytesIO(body))
    pages = (page.extract_text() or "" for page in reader.pages[:MAX_PAGES])
    return "\n".join(pages)


def office_text(body: bytes, member: str) -> str:
    """Paragraph text of word/document.xml (DOCX) or content.xml (ODT): no library needed."""
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        if archive.getinfo(member).file_size > MAX_XML_BYTES:
            raise ValueError(f"{member} would inflate beyond {MAX_XML_BYTES} bytes")
        with archive.open(member) as stream:  # read bounded, whatever the header claims
            xml = stream.read(MAX_XML_BYTES + 1)
        if len(xml) > MAX_XML_BYTES:
            raise ValueError(f"{member} inflates beyond {MAX_XML_BYTES} bytes")
        root = ElementTree.fromstring(xml)
    paragraphs = (
        "".join(element.itertext()).strip()
        for element in root.iter()
        if PARAGRAPH_TAGS.search(element.tag)
    )
    return "\n".join(text for text in paragraphs if text)


def attachment_text(url: str, body: bytes, content_type: str = "") -> str:
    """Best-effort text of one attachment; '' when it cannot be read."""
    lowered = url.lower().split("?", 1)[0]
    try:
        if body.startswith(b"%PDF") or lowered.endswith(".pdf") or "pdf" in content_type:
            text = pdf_text(body)
        elif lowered.endswith(".docx") or "wordprocessingml" in content_type:
            text = office_text(body, "word/document.xml")
        elif lowered.endswith(".odt") or "opendocument.text" in content_type:
            text = office_text(body, "content.xml")
        else:
            return ""
    except Exception as error:  # untrusted binary formats: any parser failure is "unreadable"
        log.warning("attachment %s cannot be read: %s: %s", url, type(error).__name__, error)
        return ""
    return text[:MAX_TEXT_CHARS]
