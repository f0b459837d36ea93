"""Turning the bytes of a text file into text, whichever Windows program saved it.

Excel's "Unicode Text" and Notepad's "UTF-16" save UTF-16 with a byte-order mark;
some tools leave the mark out, and then every other byte of plain English is a
zero byte. Everything else is read as UTF-8 (with or without its mark), falling
back to Windows-1252, which older Windows programs write and which decodes
almost any byte.
"""

from __future__ import annotations

import codecs

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its mark starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _utf16_without_mark(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when the zero bytes show it, else ``None``."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_zeros = sample[0:pairs * 2:2].count(0)
    odd_zeros = sample[1:pairs * 2:2].count(0)
    # Latin text in UTF-16: nearly every high byte is zero, nearly no low byte is.
    if odd_zeros >= pairs * 0.6 and even_zeros <= pairs * 0.1:
        return "utf-16-le"
    if even_zeros >= pairs * 0.6 and odd_zeros <= pairs * 0.1:
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> str:
    """The text in ``data``; never raises (undecodable bytes become U+FFFD or cp1252)."""
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return data[len(mark):].decode(encoding, errors="replace")
    wide = _utf16_without_mark(data)
    if wide is not None:
        return data[: len(data) // 2 * 2].decode(wide, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return data.decode("latin-1")
