"""The text of a Word document's page headers (and footers), where many councils write a
protocol's version and adoption date.

Read apart from the body (:mod:`.protocol_readers` reads the body), so that a header
that cannot be read never stops an import: the clerk then fills in document control
by hand, as for any protocol that does not state it.
"""

from __future__ import annotations

import logging
import zipfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def _part_lines(part: Any) -> list[str]:
    """The paragraphs and table cells of one header or footer, in order."""
    lines = [p.text.strip() for p in part.paragraphs]
    for table in part.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text.strip() for cell in row.cells))
    return [line for line in lines if line.strip()]


def read_docx_header_text(path: Path) -> str:
    """Every distinct line of the document's headers and footers (first-page, even-page
    and default), one per line; "" when it has none or they cannot be read."""
    import docx

    try:
        document = docx.Document(str(path))
        seen: list[str] = []
        for section in document.sections:
            parts = [section.first_page_header, section.header, section.even_page_header,
                     section.first_page_footer, section.footer, section.even_page_footer]
            for part in parts:
                if part.is_linked_to_previous:
                    continue
                for line in _part_lines(part):
                    if line not in seen:
                        seen.append(line)
        return "\n".join(seen)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, AttributeError, TypeError,
            IndexError) as exc:
        log.info("Headers of %s not read (%s)", Path(path).name, type(exc).__name__)
        return ""
