"""Plain text made ready for a reportlab Paragraph.

Markup is escaped, line breaks are kept, right-to-left text (Hebrew, Arabic) is put into
display order, and each letter the body font lacks is printed in a bundled font that has
it. Every document's text goes through :func:`text`.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from parishdesk.documents import fonts


def text(value: str) -> str:
    """Plain text made safe for a Paragraph: escapes markup, keeps line breaks, puts
    right-to-left text (Hebrew, Arabic) into display order and prints each letter the body
    font lacks in a bundled font that has it."""
    return "<br/>".join(_with_fallback_fonts(display_order(line))
                        for line in value.split("\n"))


_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def display_order(line: str) -> str:
    """One line of text in the order it is drawn: unchanged unless it holds right-to-left
    letters; Arabic letters take their joined forms first."""
    if not _RTL.search(line):
        return line
    from arabic_reshaper import reshape
    from bidi import get_display

    if _ARABIC.search(line):
        line = reshape(line)
    return str(get_display(line))


def _with_fallback_fonts(line: str) -> str:
    """Escaped markup, with each run of letters the body font lacks wrapped in the bundled
    font that has them."""
    out: list[str] = []
    run_font: str | None = None
    run: list[str] = []

    def flush() -> None:
        piece = escape("".join(run))
        out.append(f'<font name="{run_font}">{piece}</font>' if run_font else piece)
        run.clear()

    for char in line:
        font = fonts.font_for(char) if ord(char) > 0x24F else None
        if font != run_font and run:
            flush()
        run_font = font
        run.append(char)
    if run:
        flush()
    return "".join(out)
