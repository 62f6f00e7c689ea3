"""Render the app icon SVG into the PNG, ICO and ICNS files the installers need.

    .venv/bin/python packaging/make_icons.py

Reads ``resources/icons/app/gemeinsam.svg`` and writes into ``packaging/icons/``:
``gemeinsam-desktop-<size>.png`` for every size in ``SIZES``, ``gemeinsam-desktop.png``
(256 px, for the Linux .desktop file), and with Pillow (installed with reportlab) also
``gemeinsam-desktop.ico`` (Windows) and ``gemeinsam-desktop.icns`` (macOS). Renders with
QSvgRenderer on the offscreen platform, so it runs without a display.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app" / "gemeinsam.svg"
OUT = ROOT / "packaging" / "icons"
NAME = "gemeinsam-desktop"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def write_pngs(renderer: QSvgRenderer) -> dict[int, Path]:
    written: dict[int, Path] = {}
    for size in sorted(set(SIZES) | set(ICO_SIZES)):
        path = OUT / f"{NAME}-{size}.png"
        if not render(renderer, size).save(str(path), "PNG"):
            raise SystemExit(f"Could not write {path}")
        written[size] = path
    render(renderer, 256).save(str(OUT / f"{NAME}.png"), "PNG")
    return written


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_ico_icns(renderer: QSvgRenderer, pngs: dict[int, Path]) -> None:
    try:
        from PIL import Image
    except ImportError:
        print("Pillow is not installed: skipping the .ico and .icns files.")
        return
    images = [Image.open(pngs[size]).convert("RGBA") for size in ICO_SIZES]
    largest = images[-1]
    largest.save(
        OUT / f"{NAME}.ico",
        format="ICO",
        sizes=[im.size for im in images],
        append_images=images[:-1],
    )
    print(f"wrote {OUT / f'{NAME}.ico'}")
    try:
        # ICNS holds up to 1024 px (512 @2x): render that size instead of scaling up.
        big = Image.open(io.BytesIO(png_bytes(render(renderer, 1024)))).convert("RGBA")
        big.save(OUT / f"{NAME}.icns", format="ICNS")
        print(f"wrote {OUT / f'{NAME}.icns'}")
    except (OSError, ValueError, KeyError) as exc:
        print(f"Pillow could not write the .icns file ({exc}): skipping it.")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage/QPainter need an application
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"Not a valid SVG: {SOURCE}", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = write_pngs(renderer)
    print(f"wrote {len(pngs) + 1} PNG files to {OUT}")
    write_ico_icns(renderer, pngs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
