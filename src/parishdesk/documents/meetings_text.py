"""The words of the summons and agenda and of the minutes, in one place.

The PDF (``meetings_agenda_pdf``, ``meetings_minutes_pdf``) and the Word copy
(``meetings_docx``) both lay out what these functions return, so the two can never
say different things: a change of wording here changes both. Plain text only: the
PDF escapes it for reportlab, Word takes it as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from parishdesk.documents.meetings_common import MinutesView, SummonsView, clock, long_date
from parishdesk.domain.meetings.minutes import DRAFT_MARK

PUBLIC = "public"
CONFIDENTIAL = "confidential"
INITIALS_MARK = "Initials of the person presiding: ________"
SIGNED = "Signed"  # above the space for a signature
PRESIDING = "Person presiding"
AGENDA = "Agenda"


# --- summons and agenda ----------------------------------------------------------------------

@dataclass(frozen=True)
class AgendaLine:
    number: str  # "3."
    title: str
    notes: tuple[str, ...]  # papers, "For decision.", why the public may be excluded


@dataclass(frozen=True)
class AgendaText:
    heading: str
    to_members: str
    summons: str
    signed_name: str
    signed_post: str
    issued: str
    public_welcome: str
    items: tuple[AgendaLine, ...]
    title: str  # the document's title (PDF properties, Word properties)
    running_header: str


def _when(view: SummonsView) -> str:
    m = view.meeting
    at = clock(m.at)
    return f"on {long_date(m.on)}" + (f" at {at}" if at else "")


def agenda_text(view: SummonsView) -> AgendaText:
    m = view.meeting
    body = "the council" if m.committee_id is None else f"the {m.body}"
    lines = []
    for number, item in enumerate(view.items, start=1):
        notes = []
        if item.papers:
            notes.append("Papers: " + "; ".join(item.papers))
        if item.decision_expected and not item.standard:
            notes.append("For decision.")
        if item.confidential:
            notes.append(
                "The council will be asked to resolve that the press and public be excluded "
                f"for this item because of its confidential nature: {item.confidential_reason}"
                " (Public Bodies (Admission to Meetings) Act 1960, s.1(2)).")
        lines.append(AgendaLine(f"{number}.", item.title, tuple(notes)))
    return AgendaText(
        heading=f"Summons to attend the {m.title.lower()}",
        to_members=f"To the members of {body}"
                   + (": " + ", ".join(view.members) if view.members else "") + ".",
        summons=f"You are summoned to attend the {m.title.lower()}, to be held at {m.place} "
                f"{_when(view)}, to transact the business set out in the agenda below.",
        signed_name=view.proper_officer,
        signed_post=f"{view.proper_officer_post} and Proper Officer",
        issued=f"Issued on {long_date(view.issued_on)}",
        public_welcome="Members of the press and public are welcome to attend, except for any "
                       "item for which the council resolves to exclude them.",
        items=tuple(lines),
        title=f"Summons and agenda: {m.title}, {m.on:%d/%m/%Y}",
        running_header=f"{view.letterhead.council_name}: agenda for {long_date(m.on)}")


# --- minutes ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class MinuteText:
    """A minute (number, title and its paragraphs), or, with no title, a note in the text."""

    number: str
    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class SignatureText:
    approved: str  # "Approved as a correct record at …", or ""
    signed_by: str
    signed_on: str  # "Date: Thursday 10 December 2026", or "Date:"
    seal: str  # "Minute book seal (SHA-256): …", or ""


@dataclass(frozen=True)
class MinutesText:
    draft_mark: str  # DRAFT_MARK while the minutes are a draft, else ""
    heading: str
    held: str
    confidential_note: str  # only in the confidential part
    entries: tuple[MinuteText, ...]
    signature: SignatureText | None
    label: str  # "Minutes" or "Confidential minutes"
    title: str
    running_header: str
    page_mark: str  # the initials box on every page of signed minutes


CONFIDENTIAL_LEAD = "Confidential."
CONFIDENTIAL_NOTE = ("Business taken after the press and public were excluded; not part of "
                     "the public minutes.")
MINUTED_SEPARATELY = ("The business taken after the press and public were excluded is "
                      "minuted separately.")
NOTHING_CONFIDENTIAL = "No confidential business was taken."


def _note(text: str) -> MinuteText:
    return MinuteText("", "", (text,))


def _signature(view: MinutesView) -> SignatureText | None:
    m = view.meeting
    if m.minutes_state != "signed":
        return None
    approved = ""
    if view.approved_on:
        approved = f"Approved as a correct record at the meeting on {long_date(view.approved_on)}"
        approved += f" (minute {view.approved_minute})." if view.approved_minute else "."
    return SignatureText(
        approved=approved, signed_by=m.signed_by,
        signed_on=f"Date: {long_date(m.signed_on)}" if m.signed_on else "Date:",
        seal=f"Minute book seal (SHA-256): {view.chain_hash}" if view.chain_hash else "")


def minutes_text(view: MinutesView, part: str = PUBLIC) -> MinutesText:
    """The public minutes, or (``part="confidential"``) the confidential part alone: the
    public copy never holds a confidential minute, only a line saying it is kept apart."""
    if part not in (PUBLIC, CONFIDENTIAL):
        raise ValueError(f"Unknown part of the minutes: {part}")
    m = view.meeting
    at = clock(m.at)
    draft = m.minutes_state in ("none", "draft")
    label = "Confidential minutes" if part == CONFIDENTIAL else "Minutes"
    entries: list[MinuteText] = []
    confidential = [x for x in view.minutes if x.confidential]
    for minute in view.minutes:
        if minute.confidential != (part == CONFIDENTIAL):
            if part == PUBLIC and minute is confidential[0]:
                entries.append(_note(MINUTED_SEPARATELY))
            continue
        paragraphs = tuple(c.strip() for c in minute.body.split("\n\n") if c.strip())
        entries.append(MinuteText(minute.number, minute.title, paragraphs))
    if part == CONFIDENTIAL and not confidential:
        entries.append(_note(NOTHING_CONFIDENTIAL))
    header = f"{view.letterhead.council_name}: {label.lower()} of {long_date(m.on)}"
    if draft:
        header += f" \u2014 {DRAFT_MARK}"
    if part == CONFIDENTIAL:
        header = "CONFIDENTIAL \u2014 " + header
    return MinutesText(
        draft_mark=DRAFT_MARK if draft else "",
        heading=f"{label} of the {m.title.lower()}",
        held=f"Held at {m.place} on {long_date(m.on)}" + (f" at {at}" if at else "") + ".",
        confidential_note=CONFIDENTIAL_NOTE if part == CONFIDENTIAL else "",
        entries=tuple(entries), signature=_signature(view), label=label,
        title=f"{label}: {m.title}, {m.on:%d/%m/%Y}", running_header=header,
        page_mark=INITIALS_MARK if m.minutes_state == "signed" else "")
