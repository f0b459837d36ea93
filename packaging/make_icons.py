"""Draw the program's icon files from resources/icons/parishdesk.svg.

    .venv/bin/python packaging/make_icons.py

writes packaging/icons/parishdesk.png (256 x 256, for the Linux menu entry),
packaging/icons/parishdesk.ico (16 to 256 pixels, for Windows: the program
file, its shortcuts and the installer), and the window's own icon in four sizes,
resources/icons/parishdesk-16.png to -256.png (PNG, which Qt reads without its SVG
plugin: loading that plugin cost about 2 ms of every start). Run it again after
changing the SVG; a test checks that the files are there and of the right sizes.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "parishdesk.svg"
OUT = Path(__file__).resolve().parent / "icons"
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
#: The window icon's sizes (title bar, task bar, task switcher), in resources/icons.
WINDOW_SIZES = (16, 32, 48, 256)


def render_png(size: int) -> bytes:
    """The SVG drawn on a transparent square of ``size`` pixels, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def main() -> None:
    from PIL import Image

    OUT.mkdir(exist_ok=True)
    png = render_png(256)
    (OUT / "parishdesk.png").write_bytes(png)
    Image.open(io.BytesIO(png)).save(OUT / "parishdesk.ico", sizes=[(s, s) for s in ICO_SIZES])
    for size in WINDOW_SIZES:
        (SVG.parent / f"parishdesk-{size}.png").write_bytes(render_png(size))
    print(f"wrote {OUT / 'parishdesk.png'}, {OUT / 'parishdesk.ico'} and the window icons "
          f"in {SVG.parent}")


if __name__ == "__main__":
    main()
