"""Attachments are untrusted: corrupt, encrypted or inflating files give no text, never a crash."""

import io
import zipfile

from pypdf import PdfWriter

from veille.crawler.attachments import MAX_XML_BYTES, attachment_text


def pdf(password: str | None = None) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    if password:
        writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx(document_xml: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", document_xml)
    return out.getvalue()


def test_readable_docx_gives_its_paragraphs():
    xml = (
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>Date limite : 15 mars 2027</w:t></w:r></w:p></w:body>"
        b"</w:document>"
    )
    assert attachment_text("https://a.example/reglement.docx", docx(xml)) == (
        "Date limite : 15 mars 2027"
    )


def test_corrupt_and_encrypted_files_give_no_text(caplog):
    assert attachment_text("https://a.example/1.pdf", b"%PDF-1.7 garbage \x00\xff") == ""
    assert attachment_text("https://a.example/2.pdf", pdf(password="secret")) == ""
    assert attachment_text("https://a.example/3.docx", b"PK\x03\x04 not a zip") == ""
    assert attachment_text("https://a.example/4.docx", docx(b"<unclosed")) == ""
    unreadable = [r.getMessage() for r in caplog.records if "cannot be read" in r.getMessage()]
    assert [m.split()[1] for m in unreadable] == [
        "https://a.example/1.pdf",
        "https://a.example/2.pdf",
        "https://a.example/3.docx",
        "https://a.example/4.docx",
    ]
    assert "FileNotDecryptedError" in unreadable[1]


def test_a_zip_bomb_is_not_inflated():
    bomb = docx(b"<w:document>" + b" " * (MAX_XML_BYTES + 10) + b"</w:document>")
    assert len(bomb) < 100_000  # tiny on the wire
    assert attachment_text("https://a.example/bomb.docx", bomb) == ""
