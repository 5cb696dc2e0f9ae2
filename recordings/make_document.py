# ruff: noqa: E501  (XML boilerplate reads better unbroken)
"""Write a small text-only PDF or DOCX fixture: `python recordings/make_document.py OUT TEXTFILE`.

Recorded attachments are generated, not downloaded: their text is an invented example.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape


def pdf_bytes(lines: list[str]) -> bytes:
    """One-page PDF with Helvetica text (WinAnsi, so French accents survive)."""

    def literal(text: str) -> bytes:
        raw = text.encode("cp1252", errors="replace")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    stream = (
        b"BT /F1 10 Tf 50 800 Td 14 TL\n"
        + b"".join(b"(" + literal(line) + b") Tj T*\n" for line in lines)
        + b"ET"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def docx_bytes(lines: list[str], path: Path) -> None:
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{escape(line)}</w:t></w:r></w:p>" for line in lines)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            (
                '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                'officedocument.wordprocessingml.document.main+xml"/></Types>'
            ),
        )
        archive.writestr(
            "word/document.xml",
            (
                f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{ns}"><w:body>{body}'
                "</w:body></w:document>"
            ),
        )


def main(out: str, text_file: str) -> None:
    lines = Path(text_file).read_text(encoding="utf-8").splitlines()
    target = Path(out)
    if target.suffix == ".docx":
        docx_bytes(lines, target)
    else:
        target.write_bytes(pdf_bytes(lines))


if __name__ == "__main__":
    main(*sys.argv[1:3])
