"""The shared page layout, checked by reading the PDF back."""

from __future__ import annotations

import io
import re
import struct
import subprocess
import sys
import zlib
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from gemeinsam_desktop.printing.layout import (
    HeaderInfo,
    build_pdf,
    document_styles,
    format_date_de,
    format_datetime_de,
    heading,
    make_table,
    paragraph,
    register_fonts,
)

PRINTED_AT = datetime(2026, 11, 25, 9, 5)
NAME = "Jülide Şahin-Groß"


def _read(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(pdf))


def _font_names(reader: PdfReader) -> set[str]:
    names: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


def _simple_pdf(**kwargs: object) -> bytes:
    styles = document_styles()
    story: list[Flowable] = [
        paragraph("Teilnahmebescheinigung", styles.title),
        paragraph(f"{NAME} hat teilgenommen. Gebühr: 0 € – Straße", styles.body),
    ]
    options: dict[str, object] = {
        "title": "Teilnahmebescheinigung",
        "author": NAME,
        "header": HeaderInfo(document_title="Teilnahmebescheinigung"),
        "printed_at": PRINTED_AT,
    }
    options.update(kwargs)
    return build_pdf(story, **options)  # type: ignore[arg-type]


def test_german_dates() -> None:
    assert format_date_de(date(2026, 11, 25)) == "25.11.2026"
    assert format_date_de(date(2027, 1, 5)) == "05.01.2027"
    assert format_date_de(datetime(2026, 3, 4, 23, 59)) == "04.03.2026"
    assert format_datetime_de(datetime(2026, 11, 25, 9, 5)) == "25.11.2026, 09:05 Uhr"


def test_register_fonts_is_idempotent() -> None:
    register_fonts()
    register_fonts()


def test_single_page_text_metadata_and_footer() -> None:
    reader = _read(_simple_pdf(subject="Abschluss"))

    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert NAME in text
    assert "0 € – Straße" in text
    assert "Gemeinsam in Wetzlar" in text  # header
    assert "Seite 1 von 1" in text
    assert "Gedruckt am 25.11.2026" in text
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Teilnahmebescheinigung"
    assert meta.author == NAME
    assert meta.subject == "Abschluss"


def test_without_header_no_project_name() -> None:
    text = _read(_simple_pdf(header=None)).pages[0].extract_text()
    assert "Gemeinsam in Wetzlar" not in text
    assert "Seite 1 von 1" in text


def test_shipped_font_is_embedded_not_helvetica() -> None:
    reader = _read(_simple_pdf())

    names = _font_names(reader)
    assert names, "no fonts in the PDF"
    assert all("NotoSans" in name for name in names), names
    assert not any("Helvetica" in name for name in names)
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            assert "/FontFile2" in descendant["/FontDescriptor"], "TrueType font not embedded"


def test_paragraph_escapes_markup_characters() -> None:
    story: list[Flowable] = [paragraph("Müller & Söhne <GmbH>\nzweite Zeile")]
    text = _read(build_pdf(story, title="t", author="a")).pages[0].extract_text()
    assert "Müller & Söhne <GmbH>" in text
    assert "zweite Zeile" in text


def _long_table_pdf(rows: int) -> bytes:
    styles = document_styles()
    story: list[Flowable] = [
        paragraph("Anwesenheitsliste", styles.title),
        *heading("Teilnehmende"),
        make_table(
            ["Nr.", "Name", "Unterschrift"],
            [[f"Z{i:03d}", f"{NAME} {i}", None] for i in range(1, rows + 1)],
            col_widths=[20 * mm, 90 * mm, 55 * mm],
        ),
    ]
    return build_pdf(
        story,
        title="Anwesenheitsliste",
        author="Anna Beispiel",
        header=HeaderInfo(document_title="Anwesenheitsliste Workshop"),
        printed_at=PRINTED_AT,
    )


def test_long_table_spans_pages_with_repeated_header_and_page_x_of_y() -> None:
    rows = 90
    reader = _read(_long_table_pdf(rows))

    total = len(reader.pages)
    assert total >= 2
    seen: list[str] = []
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"Seite {number} von {total}" in text
        assert "Gedruckt am 25.11.2026" in text
        assert "Anwesenheitsliste Workshop" in text  # page header
        assert "Unterschrift" in text, f"table header row missing on page {number}"
        page_rows = re.findall(r"\bZ\d{3}\b", text)
        assert page_rows, f"no table rows on page {number}"
        seen.extend(page_rows)
    # Every row once, in order: nothing lost or doubled at the page breaks.
    assert seen == [f"Z{i:03d}" for i in range(1, rows + 1)]
    assert f"{NAME} {rows}" in reader.pages[-1].extract_text()


def test_table_after_heading_starts_on_the_first_page() -> None:
    # keepWithNext on a heading would push a long table to page 2 and leave page 1 empty.
    first = _read(_long_table_pdf(90)).pages[0].extract_text()
    assert "Z001" in first


def _tiny_png(path: Path) -> Path:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    width, height = 40, 20
    raw = b"".join(b"\x00" + b"\x2f\x5d\x7c" * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return path


def test_header_logos_are_drawn(tmp_path: Path) -> None:
    logo = _tiny_png(tmp_path / "logo.png")
    header = HeaderInfo("Bericht", logo_left=logo, logo_right=logo)
    reader = _read(_simple_pdf(header=header))

    xobjects = reader.pages[0]["/Resources"]["/XObject"]
    images = [x for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"]
    assert images
    assert "Gemeinsam in Wetzlar" in reader.pages[0].extract_text()


def test_unreadable_logo_is_left_out(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    broken = tmp_path / "kaputt.png"
    broken.write_bytes(b"not an image")
    reader = _read(_simple_pdf(header=HeaderInfo("Bericht", logo_left=broken)))
    assert "Seite 1 von 1" in reader.pages[0].extract_text()
    assert "/XObject" not in reader.pages[0]["/Resources"]
    assert "kaputt.png" in caplog.text


def test_printing_imports_no_qt() -> None:
    code = (
        "import sys, gemeinsam_desktop.printing.layout, gemeinsam_desktop.printing.recovery_sheet;"
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_plain_cells_are_not_paragraphs_and_rows_keep_a_minimum_height() -> None:
    from reportlab.platypus import Paragraph

    from gemeinsam_desktop.printing.layout import Plain

    table = make_table(
        ["Nr.", "Name"],
        [[Plain("1."), "Jülide Şahin-Groß"], [Plain("2."), None]],
        col_widths=[20 * mm, 60 * mm],
        min_row_height=10 * mm,
    )
    cells = table._cellvalues
    assert cells[1][0] == "1." and not isinstance(cells[1][0], Paragraph)
    assert isinstance(cells[1][1], Paragraph)
    table.wrap(80 * mm, 1000)
    assert all(h >= 10 * mm - 0.01 for h in table._rowHeights[1:])
    text = _read(build_pdf([table], title="t", author="a")).pages[0].extract_text()
    assert "1." in text and "Jülide Şahin-Groß" in text
