"""Reading a council's protocol out of a Word, PDF or text file.

:func:`read_protocol_text` turns the file into plain text that
:func:`parishdesk.domain.protocol.parse_protocol` understands:

* ``.txt``/``.md``: UTF-8, UTF-16 (Excel's and Notepad's "Unicode") or
  Windows-1252 (files saved by older Windows programs).
* ``.pdf``: the text of each page, pages separated by form feeds so that
  running headers, footers and page numbers can be recognised and dropped.
* ``.docx``: paragraphs in document order, tables as tab-separated rows (so a
  document-control table reads as "Version Number<TAB>2"), and Word's
  automatic list numbers worked out from the numbering definitions and put in
  front of each paragraph, because python-docx only sees the typed text.

Anything that cannot be read raises :class:`ProtocolReadError` with a message
for the clerk, never a raw traceback. A file far bigger than any protocol is
refused before it is read, so a wrong choice cannot hang the program.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

from parishdesk.domain.protocol import Protocol, parse_protocol
from parishdesk.domain.text_decoding import decode_text
from parishdesk.errors import ParishDeskError
from parishdesk.importers.docx_numbering import Numbering, w_tag

SUPPORTED_SUFFIXES = (".docx", ".pdf", ".txt", ".md")
#: A long protocol is about 100 KB of text; these limits leave room for pictures in a
#: Word file or a PDF, and refuse what cannot be one (a wrong file chosen by mistake).
MAX_TEXT_FILE_BYTES = 5 * 1024 * 1024
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
MAX_TEXT_CHARS = 2_000_000
#: A protocol runs to a few dozen pages; reading text out of thousands would take minutes.
MAX_PDF_PAGES = 500
#: The unpacked XML of a Word file's parts (a zip bomb or a book, not a protocol, beyond it).
MAX_DOCX_UNPACKED_BYTES = 100 * 1024 * 1024


class ProtocolReadError(ParishDeskError):
    """The protocol file could not be read; ``str(exc)`` says why in plain words."""

    title = "The protocol could not be read"


def read_protocol_text(path: Path) -> str:
    """The text of a protocol file, ready for :func:`parse_protocol`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise ProtocolReadError(
            f"{path.name} is an older Word (.doc) file, which ParishDesk cannot read. "
            "Open it in Word and save it as a Word Document (.docx) or as a PDF, then import that."
        )
    if suffix not in SUPPORTED_SUFFIXES:
        raise ProtocolReadError(
            f"{path.name} is not a file ParishDesk can read a protocol from. Please choose a "
            "Word document (.docx), a PDF (.pdf) or a text file (.txt or .md)."
        )
    if not path.is_file():
        raise ProtocolReadError(f"The file {path} could not be found.")
    _check_size(path, MAX_TEXT_FILE_BYTES if suffix in (".txt", ".md") else MAX_DOCUMENT_BYTES)
    if suffix == ".pdf":
        text = _read_pdf(path)
    elif suffix == ".docx":
        text = _read_docx(path)
    else:
        text = _read_plain(path)
    if not text.replace("\f", "").strip():
        hint = (
            " It may be a scanned image: ask for the original Word file or a PDF with text in it."
            if suffix == ".pdf" else ""
        )
        raise ProtocolReadError(f"No text was found in {path.name}.{hint}")
    if len(text) > MAX_TEXT_CHARS:
        raise _too_big(path, f"{len(text):,} characters of text")
    return text


def _too_big(path: Path, what: str) -> ProtocolReadError:
    return ProtocolReadError(
        f"{path.name} holds {what}, far more than a protocol (a long one is about 100,000 "
        "characters). Check it is the right file; a protocol longer than "
        f"{MAX_TEXT_CHARS:,} characters cannot be imported.")


def _check_size(path: Path, limit: int) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ProtocolReadError(f"{path.name} could not be opened ({exc.strerror}).") from exc
    if size > limit:
        raise _too_big(path, f"{size / 1024 / 1024:.0f} MB")


def import_protocol_file(path: Path) -> Protocol:
    """Read a protocol file and parse it."""
    return parse_protocol(read_protocol_text(path))


# --------------------------------------------------------------------------
# Plain text


def _read_plain(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ProtocolReadError(f"{path.name} could not be opened ({exc.strerror}).") from exc
    return decode_text(data)


# --------------------------------------------------------------------------
# PDF


def _read_pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    locked = ProtocolReadError(
        f"{path.name} is protected by a password. Open it, save or print an unprotected copy "
        "(or ask for the Word file) and import that.")
    try:
        reader = PdfReader(str(path))
        # "Restrict editing" PDFs are encrypted with an empty open password: they open.
        if reader.is_encrypted and not reader.decrypt(""):
            raise locked
        if len(reader.pages) > MAX_PDF_PAGES:
            raise _too_big(path, f"{len(reader.pages):,} pages")
        pages = [_page_text(page) for page in reader.pages]
    except ProtocolReadError:
        raise
    except FileNotDecryptedError as exc:
        raise locked from exc
    except (DependencyError, NotImplementedError) as exc:
        # An encryption or compression method pypdf cannot undo (e.g. JBIG2 images, an
        # unknown filter): the file is fine, but not readable here.
        raise ProtocolReadError(
            f"{path.name} uses a PDF feature ParishDesk cannot read ({exc}). Save it again "
            "as a PDF from the program that made it, or import the Word file instead."
        ) from exc
    except (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, zlib.error) as exc:
        raise ProtocolReadError(
            f"{path.name} could not be read as a PDF; the file may be damaged ({exc})."
        ) from exc
    return "\f".join(pages)


def _page_text(page: Any) -> str:
    """A page's text with paragraph gaps kept as blank lines where possible.

    pypdf's layout mode keeps vertical gaps (so paragraphs stay apart) and
    indentation; the page's usual left margin is removed so that body text
    starts at column 0 and only real indents (sub-bullets) remain.
    """
    try:
        text = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # layout mode is experimental in pypdf; plain mode still works
        text = ""
    if not text.strip():
        return str(page.extract_text() or "")
    lines = text.splitlines()
    indents = Counter(len(x) - len(x.lstrip(" ")) for x in lines if x.strip())
    margin = indents.most_common(1)[0][0] if indents else 0
    return "\n".join(
        x[min(margin, len(x) - len(x.lstrip(" "))):].rstrip() for x in lines
    )


# --------------------------------------------------------------------------
# Word


def _read_docx(path: Path) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    # A damaged .docx fails in the zip (BadZipFile, zlib.error, EOFError), in a part's XML
    # (lxml's XMLSyntaxError, also while python-docx reads parts lazily), by a part the
    # package names but lacks (KeyError), or by well-formed XML of the wrong shape, which
    # python-docx's element classes meet as a missing attribute or a None (AttributeError,
    # TypeError, IndexError).
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_DOCX_UNPACKED_BYTES:
            raise _too_big(path, f"{unpacked / 1024 / 1024:,.0f} MB once unpacked")
        document = docx.Document(str(path))
        return "\n".join(_docx_lines(document))
    except (PackageNotFoundError, zipfile.BadZipFile, zlib.error, EOFError, etree.LxmlError,
            KeyError, ValueError, OSError, AttributeError, TypeError, IndexError) as exc:
        raise ProtocolReadError(
            f"{path.name} could not be read as a Word document; the file may be damaged or "
            "not really a .docx file."
        ) from exc


def _body_children(body: Any) -> list[Any]:
    items: list[Any] = []
    for child in body.iterchildren():
        if child.tag == w_tag("w:sdt"):
            content = child.find(w_tag("w:sdtContent"))
            if content is not None:
                items.extend(_body_children(content))
        elif child.tag in (w_tag("w:p"), w_tag("w:tbl")):
            items.append(child)
    return items


def _docx_lines(document: Any) -> list[str]:
    from docx.text.paragraph import Paragraph

    numbering = Numbering(document)
    lines: list[str] = []
    for el in _body_children(document.element.body):
        if el.tag == w_tag("w:tbl"):
            for row in el.findall(w_tag("w:tr")):
                cells: list[str] = []
                for cell in row.findall(w_tag("w:tc")):
                    text = " ".join(
                        Paragraph(p, document).text.strip() for p in cell.findall(w_tag("w:p"))
                    ).strip()
                    cells.append(text)
                if any(cells):
                    lines.append("\t".join(cells))
            lines.append("")
            continue
        paragraph = Paragraph(el, document)
        text = paragraph.text.strip()
        label, ilvl = numbering.label_for(el)
        if not text:
            lines.append("")
            continue
        style_name = (paragraph.style.name if paragraph.style is not None else "") or ""
        if label is not None:
            # Word's built-in "List Bullet 2" etc. are single-level lists of their own.
            named = re.fullmatch(r"List(?: Bullet| Number| Continue)? ([2-9])", style_name)
            indent = "    " * max(ilvl, int(named.group(1)) - 1 if named else 0)
            text = f"{indent}{label} {text}" if label else f"{indent}{text}"
        else:
            if style_name == "Title":
                text = f"# {text}"
            elif re.fullmatch(r"Heading [1-6]", style_name):
                text = f"## {text}"
        lines += [text, ""]
    return lines
