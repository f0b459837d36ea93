"""The embedded fonts every ParishDesk document uses.

DejaVu Serif (body) and DejaVu Sans (letterhead details, small print) ship in
``resources/fonts`` with their licence, so every PDF embeds them and £, curly
quotes and accented names print the same on every machine.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # reportlab is imported where a document is made, not at start
    from reportlab.pdfbase.ttfonts import TTFont

SERIF = "PD-Serif"
SERIF_BOLD = "PD-Serif-Bold"
SERIF_ITALIC = "PD-Serif-Italic"
SERIF_BOLD_ITALIC = "PD-Serif-BoldItalic"
SANS = "PD-Sans"
SANS_BOLD = "PD-Sans-Bold"

FONT_FILES: dict[str, str] = {
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SERIF_ITALIC: "DejaVuSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "DejaVuSerif-BoldItalic.ttf",
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
}


#: Fonts tried, in order, for a letter the body font (DejaVu Serif) lacks. DejaVu Sans has
#: Hebrew and Arabic; the others cover scripts DejaVu has none of.
FALLBACK_FILES: tuple[tuple[str, str], ...] = (
    (SANS, "DejaVuSans.ttf"),
    ("PD-Devanagari", "NotoSansDevanagari-Regular.ttf"),
    ("PD-Bengali", "NotoSansBengali-Regular.ttf"),
    ("PD-Gurmukhi", "NotoSansGurmukhi-Regular.ttf"),
    ("PD-CJK", "DroidSansFallback.ttf"),
)


def bundled_resources_dir() -> Path:
    """The top-level ``resources/`` folder, installed or in a checkout.

    Stand-in until ``parishdesk.resources.resource_path`` exists: an installed
    wheel packages the folder as ``parishdesk/resources``; a checkout keeps it
    beside ``src/``.
    """
    packaged = files("parishdesk") / "resources"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / "resources"


def font_path(filename: str) -> Path:
    """Where a bundled font file lives."""
    return bundled_resources_dir() / "fonts" / filename


def register_fonts() -> None:
    """Register the bundled fonts with reportlab (safe to call many times).

    reportlab is imported here, not at the top: ``bundled_resources_dir`` is used
    while ParishDesk starts, and reportlab is loaded only when a document is made.
    """
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in FONT_FILES.items():
        if name in registered:
            continue
        path = font_path(filename)
        if not path.is_file():
            raise FileNotFoundError(f"Bundled font missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # Let <b> and <i> in paragraphs pick the right face.
    for family, faces in (
        (SERIF, (SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC)),
        (SANS, (SANS, SANS_BOLD, SANS, SANS_BOLD)),
    ):
        regular, bold, italic, bold_italic = faces
        addMapping(family, 0, 0, regular)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, italic)
        addMapping(family, 1, 1, bold_italic)


@cache
def _font(name: str, filename: str) -> TTFont:
    """A bundled font, registered with reportlab on first use (the large fallbacks are read
    only when a document needs one of their letters)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if name in pdfmetrics.getRegisteredFontNames():
        found = pdfmetrics.getFont(name)
        assert isinstance(found, TTFont)
        return found
    path = font_path(filename)
    if not path.is_file():
        raise FileNotFoundError(f"Bundled font missing: {path}")
    font = TTFont(name, str(path))
    pdfmetrics.registerFont(font)
    return font


def _has(font: TTFont, char: str) -> bool:
    return ord(char) in font.face.charToGlyph


@cache
def font_for(char: str) -> str | None:
    """The font to print ``char`` in when the body font lacks it; ``None`` when the body font
    has it (or no bundled font does, in which case the body font's blank shape is used)."""
    if char.isspace() or _has(_font(SERIF, FONT_FILES[SERIF]), char):
        return None
    for name, filename in FALLBACK_FILES:
        if _has(_font(name, filename), char):
            return name
    return None
