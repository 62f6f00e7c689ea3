"""Reading printed documents back: text per page, metadata, and rendering to PNG."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader


def reader(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in reader(pdf).pages]


def render_pages(pdf: bytes, folder: Path, dpi: int = 40) -> list[Path]:
    """Render every page with poppler's pdftoppm and check each one shows ink.

    Proves the PDF is valid for a real renderer (not only for pypdf's text extraction).
    """
    tool = shutil.which("pdftoppm")
    if tool is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    source = folder / "document.pdf"
    source.write_bytes(pdf)
    subprocess.run([tool, "-png", "-r", str(dpi), str(source), str(folder / "page")], check=True)
    pages = sorted(folder.glob("page-*.png"))
    assert len(pages) == len(reader(pdf).pages)
    for path in pages:
        with Image.open(path) as image:
            histogram = image.convert("L").histogram()
            inked = sum(histogram[:200])  # pixels clearly darker than the white paper
            assert inked > 50, f"{path.name} is (nearly) blank"
    return pages


def font_names(pdf: bytes) -> set[str]:
    names: set[str] = set()
    for page in reader(pdf).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            names.add(str(ref.get_object()["/BaseFont"]).split("+")[-1])
    return names
