"""What a protocol pack is made of (its content and contacts), the pack's own paragraph
styles, and the invisible markers that tell the contents page where each part begins."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
)

from parishdesk.documents import fonts
from parishdesk.documents.style import (
    styles,
)
from parishdesk.domain.letters import Letter
from parishdesk.domain.pack_summary import PackSummary
from parishdesk.domain.protocol import Protocol


@dataclass(frozen=True)
class Contact:
    """One entry on the key-contacts page."""

    role: str
    name: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class PackContent:
    """Everything one councillor's pack shows."""

    letter: Letter
    councillor_name: str
    council_name: str
    protocol: Protocol  # its metadata carries the document control
    summary: PackSummary
    contacts: tuple[Contact, ...]
    return_by: date
    return_to: tuple[str, ...]  # the Clerk's name and address
    rule_links: Mapping[str, str] = field(default_factory=dict)  # rule ID → clause number

    @property
    def protocol_name(self) -> str:
        return self.protocol.title or "Member/Officer Protocol"

    @property
    def version_label(self) -> str:
        return self.protocol.metadata.version or "—"

    @property
    def version_suffix(self) -> str:
        """", version 1.0" after the protocol's name, or "" for a protocol with no number."""
        version = (self.protocol.metadata.version or "").strip()
        return f", version {version}" if version else ""

    @property
    def name_with_version(self) -> str:
        return f"{self.protocol_name}{self.version_suffix}"


def short_date(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else "—"


# --- Styles particular to the pack ------------------------------------------------------------

NUMBER_WIDTH = 14 * mm  # the hanging column for "6.10"
DEPTH_STEP = 8 * mm  # "2.3.1" sits this much further in than "2.3"
BULLET_STEP = 6 * mm
ITEM_LABEL = 9 * mm


class _Styles:
    def __init__(self) -> None:
        st = styles()
        self.clause = st.body.clone("pk-clause", fontSize=10.5, leading=14.5, spaceAfter=6,
                                    bulletFontName=fonts.SERIF_BOLD, bulletFontSize=10.5,
                                    allowWidows=0, allowOrphans=0)
        self.title = st.heading1.clone("pk-title", fontSize=17, leading=22, spaceBefore=0,
                                       spaceAfter=10)
        self.section = st.heading2.clone("pk-section", spaceBefore=10, spaceAfter=6)
        self.subheading = st.body.clone("pk-subheading", fontName=fonts.SERIF_BOLD,
                                        fontSize=10.5, leading=14.5, spaceBefore=4,
                                        spaceAfter=4, keepWithNext=1)
        self.summary = st.body.clone("pk-summary", fontSize=10, leading=13.5, spaceAfter=4,
                                     leftIndent=5 * mm, bulletIndent=0,
                                     bulletFontName=fonts.SERIF)
        self.toc = st.body.clone("pk-toc", spaceAfter=0, leading=14)
        self.toc_sub = st.body.clone("pk-toc-sub", spaceAfter=0, fontSize=10, leading=13,
                                     leftIndent=6 * mm)
        self.toc_page = st.body.clone("pk-toc-page", spaceAfter=0, alignment=2, leading=14)


_STYLES: _Styles | None = None


def pack_styles() -> _Styles:
    global _STYLES
    if _STYLES is None:
        _STYLES = _Styles()
    return _STYLES


# --- Page markers for the contents page ------------------------------------------------------

class Marker(Flowable):
    """Invisible: notes the page it lands on, and adds a PDF bookmark there."""

    def __init__(self, key: str, title: str, level: int, pages: dict[str, int]) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.level = level
        self.pages = pages
        self.keepWithNext = 1  # travel with the heading that follows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages[self.key] = self.canv.getPageNumber()
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=True)
