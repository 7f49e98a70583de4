"""Render the app icon's SVG master into the PNG sizes, .ico and .icns installers need.

Usage: python tools/render_icons.py [OUT_DIR]   (default: build/icons)

resources/icons/netzwerk.svg is the only drawn icon; everything here is generated
from it (with Qt's own SVG renderer, so the pictures match what the app shows) and
is not committed. OUT_DIR gets:
  hicolor/NxN/apps/APP_ID.png, hicolor/scalable/apps/APP_ID.svg  (Linux, freedesktop)
  netzwerk.ico (Windows), netzwerk.icns (macOS), netzwerk-512.png
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO_ROOT = Path(__file__).resolve().parents[1]
MASTER = REPO_ROOT / "resources" / "icons" / "netzwerk.svg"
# The freedesktop id; the .desktop file, the AppStream file and the icon share it.
APP_ID = "org.netzwerk.Netzwerk"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def render_all(out: Path, master: Path = MASTER) -> list[Path]:
    """Write every icon file below ``out``; return the paths written."""
    from PIL import Image

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(master))
    if not renderer.isValid():
        raise SystemExit(f"{master} is not an SVG Qt can draw")
    written: list[Path] = []
    pngs: dict[int, bytes] = {}
    for size in HICOLOR_SIZES:
        pngs[size] = render_png(renderer, size)
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
        written.append(target)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(master, scalable)
    written.append(scalable)

    big = out / "netzwerk-512.png"
    big.write_bytes(pngs[512])
    written.append(big)
    # Each size drawn from the vector, not scaled down from 512: sharper small icons.
    images = {size: Image.open(io.BytesIO(data)) for size, data in pngs.items()}
    ico = out / "netzwerk.ico"
    images[256].save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    written.append(ico)
    icns = out / "netzwerk.icns"
    images[512].save(icns, format="ICNS", append_images=[images[s] for s in (16, 32, 64, 128, 256)])
    written.append(icns)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(REPO_ROOT / "build" / "icons"))
    args = parser.parse_args()
    for path in render_all(Path(args.out)):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
