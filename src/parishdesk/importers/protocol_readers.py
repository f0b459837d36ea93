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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parishdesk.domain.protocol import Protocol, parse_protocol
from parishdesk.domain.text_decoding import decode_text
from parishdesk.errors import ParishDeskError

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


def _w(tag: str) -> str:
    from docx.oxml.ns import qn

    return str(qn(tag))


def _val(el: Any, tag: str) -> str | None:
    child = el.find(_w(tag)) if el is not None else None
    return None if child is None else child.get(_w("w:val"))


def _body_children(body: Any) -> list[Any]:
    items: list[Any] = []
    for child in body.iterchildren():
        if child.tag == _w("w:sdt"):
            content = child.find(_w("w:sdtContent"))
            if content is not None:
                items.extend(_body_children(content))
        elif child.tag in (_w("w:p"), _w("w:tbl")):
            items.append(child)
    return items


def _docx_lines(document: Any) -> list[str]:
    from docx.text.paragraph import Paragraph

    numbering = _Numbering(document)
    lines: list[str] = []
    for el in _body_children(document.element.body):
        if el.tag == _w("w:tbl"):
            for row in el.findall(_w("w:tr")):
                cells: list[str] = []
                for cell in row.findall(_w("w:tc")):
                    text = " ".join(
                        Paragraph(p, document).text.strip() for p in cell.findall(_w("w:p"))
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


@dataclass(frozen=True)
class _Level:
    start: int
    fmt: str
    text: str
    is_lgl: bool
    style_id: str | None


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                           (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                           (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _letters(n: int) -> str:
    # Word repeats the letter after z: aa, bb, cc …
    if n <= 0:
        return ""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format(value: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(value)
    if fmt == "upperLetter":
        return _letters(value).upper()
    if fmt == "lowerRoman":
        return _roman(value)
    if fmt == "upperRoman":
        return _roman(value).upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "none":
        return ""
    return str(value)


class _Numbering:
    """Word's list numbering: definitions from numbering.xml and running counters."""

    def __init__(self, document: Any) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.style_links: dict[str, str] = {}  # abstractNumId -> numbering style it links to
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.style_numpr: dict[str, tuple[str | None, int | None]] = {}
        self.based_on: dict[str, str] = {}
        self.default_style: str | None = None
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        self._load_styles(document)
        self._load_numbering(document)

    def _load_styles(self, document: Any) -> None:
        for style in document.styles.element.findall(_w("w:style")):
            sid = style.get(_w("w:styleId"))
            if not sid:
                continue
            if style.get(_w("w:type")) == "paragraph" and style.get(_w("w:default")) in ("1", "true"):
                self.default_style = sid
            based = _val(style, "w:basedOn")
            if based:
                self.based_on[sid] = based
            ppr = style.find(_w("w:pPr"))
            numpr = ppr.find(_w("w:numPr")) if ppr is not None else None
            if numpr is not None:
                ilvl = _val(numpr, "w:ilvl")
                self.style_numpr[sid] = (_val(numpr, "w:numId"), int(ilvl) if ilvl else None)

    def _load_numbering(self, document: Any) -> None:
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        for absnum in root.findall(_w("w:abstractNum")):
            aid = absnum.get(_w("w:abstractNumId"))
            levels: dict[int, _Level] = {}
            for lvl in absnum.findall(_w("w:lvl")):
                ilvl = int(lvl.get(_w("w:ilvl"), "0"))
                start = _val(lvl, "w:start")
                levels[ilvl] = _Level(
                    start=int(start) if start and start.lstrip("-").isdigit() else 1,
                    fmt=_val(lvl, "w:numFmt") or "decimal",
                    text=_val(lvl, "w:lvlText") or "",
                    is_lgl=lvl.find(_w("w:isLgl")) is not None,
                    style_id=_val(lvl, "w:pStyle"),
                )
            link = _val(absnum, "w:numStyleLink")
            if link:
                self.style_links[aid] = link
            self.abstract[aid] = levels
        for num in root.findall(_w("w:num")):
            nid = num.get(_w("w:numId"))
            aid = _val(num, "w:abstractNumId")
            overrides: dict[int, int] = {}
            for ov in num.findall(_w("w:lvlOverride")):
                start = _val(ov, "w:startOverride")
                if start is not None and start.isdigit():
                    overrides[int(ov.get(_w("w:ilvl"), "0"))] = int(start)
            if nid and aid is not None:
                self.nums[nid] = (aid, overrides)

    def _abstract_for(self, num_id: str) -> str | None:
        aid = self.nums.get(num_id, (None, {}))[0]
        seen: set[str] = set()
        while aid is not None and aid in self.style_links and aid not in seen:
            seen.add(aid)
            linked_num = self.style_numpr.get(self.style_links[aid], (None, None))[0]
            if linked_num is None or linked_num not in self.nums:
                break
            aid = self.nums[linked_num][0]
        return aid

    def _num_pr(self, p: Any) -> tuple[str | None, int | None, str | None]:
        ppr = p.find(_w("w:pPr"))
        num_id: str | None = None
        ilvl: int | None = None
        style_id = _val(ppr, "w:pStyle") if ppr is not None else None
        numpr = ppr.find(_w("w:numPr")) if ppr is not None else None
        if numpr is not None:
            num_id = _val(numpr, "w:numId")
            raw = _val(numpr, "w:ilvl")
            ilvl = int(raw) if raw and raw.isdigit() else None
        sid = style_id or self.default_style
        seen: set[str] = set()
        while num_id is None and sid and sid not in seen:
            seen.add(sid)
            style_num, style_lvl = self.style_numpr.get(sid, (None, None))
            if ilvl is None and style_lvl is not None:
                ilvl = style_lvl
            if style_num is not None:
                num_id = style_num
            sid = self.based_on.get(sid)
        return num_id, ilvl, style_id

    def label_for(self, p: Any) -> tuple[str | None, int]:
        """The list label Word shows before this paragraph (None if it is not in a list)."""
        num_id, ilvl, style_id = self._num_pr(p)
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None, 0
        aid = self._abstract_for(num_id)
        levels = self.abstract.get(aid or "", {})
        if not levels:
            return None, 0
        if ilvl is None:
            ilvl = next((k for k, v in levels.items() if style_id and v.style_id == style_id), 0)
        level = levels.get(ilvl)
        if level is None:
            return None, ilvl
        counters = self.counters.setdefault(aid or "", {})
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl_no, start in self.nums[num_id][1].items():
                counters[lvl_no] = start - 1
                for deeper in [k for k in counters if k > lvl_no]:
                    del counters[deeper]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return "•", ilvl

        def value(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            lvl = levels.get(k)
            n = counters.get(k, lvl.start if lvl else 1)
            fmt = "decimal" if level.is_lgl else (lvl.fmt if lvl else "decimal")
            return _format(n, fmt)

        return re.sub(r"%(\d)", value, level.text).strip(), ilvl
