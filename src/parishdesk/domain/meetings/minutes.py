"""Minutes drafted from what was recorded, numbered in the council's style, and hashed.

The wording follows the usual English parish style: each item under its
minute number, "RESOLVED that …" for a resolution, votes given where counted,
declarations with what the member did, and confidential business apart.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from parishdesk.domain.meetings.checks import DECLARATION_ACTIONS, DECLARATION_KINDS
from parishdesk.domain.meetings.records import (
    AgendaItem,
    Attendance,
    Declaration,
    Meeting,
    Minute,
    Motion,
    Signature,
)

DRAFT_MARK = "Draft, subject to approval"
GENESIS = "0" * 64


def minute_number(year: int, sequence: int) -> str:
    """The council's minute number: two-digit year and a running number, e.g. ``26/101``."""
    return f"{year % 100:02d}/{sequence}"


def next_sequence(numbers: Sequence[str], year: int) -> int:
    """The next running number for ``year`` after the minute numbers already used."""
    prefix = f"{year % 100:02d}/"
    used = [int(n[len(prefix):]) for n in numbers
            if n.startswith(prefix) and n[len(prefix):].isdigit()]
    return max(used, default=0) + 1


def _names(ids: Sequence[int], names: Mapping[int, str]) -> str:
    listed = [names.get(i, f"member {i}") for i in ids]
    if len(listed) <= 1:
        return "".join(listed)
    return ", ".join(listed[:-1]) + " and " + listed[-1]


def presence_text(meeting: Meeting, attendance: Sequence[Attendance],
                  names: Mapping[int, str]) -> str:
    present = [a for a in attendance if a.status == "present"]
    lines = []
    chair = meeting.presiding_id
    listed = [names.get(a.person_id, a.name) + (" (in the chair)" if a.person_id == chair else "")
              for a in present]
    lines.append("Present: " + (", ".join(listed) if listed else "none recorded") + ".")
    for a in present:
        if a.arrived_at:
            lines.append(f"{names.get(a.person_id, a.name)} arrived at {a.arrived_at}.")
        if a.left_at:
            lines.append(f"{names.get(a.person_id, a.name)} left the meeting at {a.left_at}.")
    apologies = [a for a in attendance if a.status == "apologies"]
    if apologies:
        parts = []
        for a in apologies:
            text = names.get(a.person_id, a.name)
            if a.reason:
                text += f" ({a.reason}"
                if a.reason_accepted is True:
                    text += "; reason accepted"
                elif a.reason_accepted is False:
                    text += "; reason not accepted"
                text += ")"
            parts.append(text)
        lines.append("Apologies: " + "; ".join(parts) + ".")
    absent = [names.get(a.person_id, a.name) for a in attendance if a.status == "absent"]
    if absent:
        lines.append("Absent: " + ", ".join(absent) + ".")
    return "\n".join(lines)


def declaration_text(d: Declaration, names: Mapping[int, str], item_title: str = "") -> str:
    who = names.get(d.person_id, d.name)
    kind = DECLARATION_KINDS.get(d.kind, d.kind).lower()
    about = f" in item \u201c{item_title}\u201d" if item_title else ""
    what = f" ({d.description})" if d.description else ""
    action = {
        "left": "left the room for the item",
        "no-part": "stayed but took no part in the discussion or vote",
        "dispensation": f"stayed under dispensation {d.dispensation_ref or '(reference not given)'}",
        "took-part": "stayed and took part",
    }.get(d.action, DECLARATION_ACTIONS.get(d.action, d.action))
    return f"{who} declared a {kind}{about}{what} and {action}."


def vote_text(m: Motion, names: Mapping[int, str], presiding_name: str) -> str:
    if m.outcome in ("", "withdrawn"):
        return ""
    if not (m.in_favour or m.against or m.abstentions or m.votes):
        return ""  # agreed without a vote (by consent): there is no count to minute
    text = f"For {m.in_favour}, against {m.against}, abstentions {m.abstentions}"
    if m.casting_vote and m.in_favour == m.against:
        who = names.get(m.casting_by_id or -1, presiding_name) or "the person presiding"
        text += f"; {who}, presiding, gave a casting vote {m.casting_vote} the motion"
    text += "."
    if m.recorded and m.votes:
        groups = {"for": [], "against": [], "abstain": []}  # type: dict[str, list[int]]
        for person_id, choice in m.votes:
            groups.setdefault(choice, []).append(person_id)
        parts = [f"{label}: {_names(groups[key], names) or 'none'}"
                 for key, label in (("for", "For"), ("against", "Against"),
                                    ("abstain", "Abstained"))]
        text += " Recorded vote \u2014 " + "; ".join(parts) + "."
    return text


def motion_text(m: Motion, names: Mapping[int, str], presiding_name: str) -> str:
    lines = []
    moved = []
    if m.proposer_id:
        moved.append(f"Proposed by {names.get(m.proposer_id, '?')}")
    if m.seconder_id:
        moved.append(f"seconded by {names.get(m.seconder_id, '?')}")
    lead = ", ".join(moved)
    kind = "An amendment" if m.amends_id else "A motion"
    body = m.text.strip().rstrip(".")
    if m.excludes_public:
        body = (f"the press and public be excluded for the following business because "
                f"{m.exclusion_reason.strip().rstrip('.') or '(no reason given)'}")
    if m.outcome == "carried":
        statement = f"RESOLVED that {body}."
    elif m.outcome == "not carried":
        statement = f"{kind} that {body} was not carried."
    elif m.outcome == "withdrawn":
        statement = f"{kind} that {body} was withdrawn."
    else:
        statement = f"{kind} that {body} was put."
    lines.append(f"{lead}: {statement}" if lead else statement)
    votes = vote_text(m, names, presiding_name)
    if votes:
        lines.append(votes)
    if m.delegate_kind and m.outcome == "carried":
        lines.append(f"Delegated to: {m.delegate_to or m.delegate_kind}.")
    if m.action_owner:
        due = f" by {m.action_due:%d/%m/%Y}" if m.action_due else ""
        lines.append(f"Action: {m.action_owner}{due}.")
    return "\n".join(lines)


@dataclass(frozen=True)
class MeetingRecord:
    """Everything recorded at one meeting, as the minutes are drafted from it."""

    meeting: Meeting
    items: tuple[AgendaItem, ...]
    attendance: tuple[Attendance, ...]
    declarations: tuple[Declaration, ...]
    motions: tuple[Motion, ...]
    names: Mapping[int, str]
    presiding_name: str = ""


def draft_minutes(record: MeetingRecord, first_sequence: int) -> tuple[Minute, ...]:
    """The minutes of a meeting, numbered from ``first_sequence`` in the meeting's year."""
    meeting, names = record.meeting, record.names
    assert meeting.id is not None
    minutes = [Minute(meeting_id=meeting.id, position=0, title="Attendance",
                      body=presence_text(meeting, record.attendance, names))]
    sequence = first_sequence
    for item in sorted(record.items, key=lambda i: i.position):
        paragraphs: list[str] = []
        if item.standard == "apologies":
            apologies = [a for a in record.attendance if a.status == "apologies"]
            paragraphs.append(
                "Apologies were received from " + _names([a.person_id for a in apologies], names)
                + "." if apologies else "No apologies were received.")
        if item.standard == "declarations":
            declared = [d for d in record.declarations]
            titles = {i.id: i.title for i in record.items}
            paragraphs.extend(declaration_text(d, names, titles.get(d.item_id, ""))
                              for d in declared)
            if not declared:
                paragraphs.append("No interests were declared.")
        else:
            paragraphs.extend(declaration_text(d, names) for d in record.declarations
                              if d.item_id == item.id)
        if item.notes.strip():
            paragraphs.append(item.notes.strip())
        exclusions = [m for m in record.motions if m.item_id == item.id and m.excludes_public]
        if item.confidential and exclusions:
            # The resolution to exclude is public business: it goes in the public minutes.
            minutes.append(Minute(
                meeting_id=meeting.id, item_id=None, position=len(minutes),
                number=minute_number(meeting.on.year, sequence),
                title="Exclusion of the press and public",
                body="\n\n".join(motion_text(m, names, record.presiding_name)
                                   for m in exclusions)))
            sequence += 1
        for motion in record.motions:
            if motion.item_id == item.id and not (item.confidential and motion.excludes_public):
                paragraphs.append(motion_text(motion, names, record.presiding_name))
        if item.confidential and item.confidential_reason:
            paragraphs.insert(0, f"Confidential: {item.confidential_reason.strip()}")
        minutes.append(Minute(
            meeting_id=meeting.id, item_id=item.id, position=len(minutes),
            number=minute_number(meeting.on.year, sequence), title=item.title,
            body="\n\n".join(paragraphs) if paragraphs else "Noted.",
            confidential=item.confidential))
        sequence += 1
    return tuple(minutes)


# --- tamper evidence -------------------------------------------------------------------------

def _digest(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def minute_hash(m: Minute) -> str:
    """The SHA-256 of one minute's words as signed."""
    return _digest({"meeting": m.meeting_id, "number": m.number, "title": m.title,
                    "body": m.body, "confidential": m.confidential, "corrects": m.corrects_id,
                    "position": m.position})


def set_hash(meeting_id: int, signed_by: str, signed_on: date,
             minutes: Sequence[Minute]) -> str:
    """The SHA-256 of a signed set: who signed, when, and each minute's hash in order."""
    return _digest({"meeting": meeting_id, "signed_by": signed_by,
                    "signed_on": signed_on.isoformat(),
                    "minutes": [minute_hash(m) for m in minutes]})


def chain_hash(previous_hash: str, content_hash: str) -> str:
    return hashlib.sha256(f"{previous_hash}:{content_hash}".encode("ascii")).hexdigest()


def sign(minutes: Sequence[Minute], signed_by: str, signed_on: date,
         previous_hash: str = GENESIS) -> tuple[tuple[Minute, ...], Signature]:
    """The minutes with their own hashes, and the signature chained to the previous set."""
    if not minutes:
        raise ValueError("There are no minutes to sign")
    meeting_id = minutes[0].meeting_id
    hashed = tuple(replace(m, signed_hash=minute_hash(m)) for m in minutes)
    content = set_hash(meeting_id, signed_by, signed_on, hashed)
    return hashed, Signature(meeting_id=meeting_id, signed_by=signed_by, signed_on=signed_on,
                             content_hash=content, previous_hash=previous_hash,
                             chain_hash=chain_hash(previous_hash, content))


@dataclass(frozen=True)
class ChainProblem:
    meeting_id: int
    minute_number: str  # "" when the problem is with the set, not one minute
    message: str


def verify_chain(sets: Sequence[tuple[Signature, Sequence[Minute]]],
                 describe: Mapping[int, str]) -> tuple[ChainProblem, ...]:
    """Check every signed set in signing order; ``describe`` names each meeting."""
    problems: list[ChainProblem] = []
    previous = GENESIS
    for signature, minutes in sets:
        where = describe.get(signature.meeting_id, f"meeting {signature.meeting_id}")
        for m in minutes:
            if minute_hash(m) != m.signed_hash:
                label = f"Minute {m.number}" if m.number else f"The \u201c{m.title}\u201d minute"
                problems.append(ChainProblem(signature.meeting_id, m.number or m.title,
                                             f"{label} of the {where} has changed since it "
                                             "was signed."))
        content = set_hash(signature.meeting_id, signature.signed_by, signature.signed_on,
                           minutes)
        if content != signature.content_hash and not any(
                p.meeting_id == signature.meeting_id for p in problems):
            problems.append(ChainProblem(signature.meeting_id, "",
                                         f"The signed minutes of the {where} do not match "
                                         "their signature: a minute was added, removed or "
                                         "re-signed."))
        if signature.previous_hash != previous or chain_hash(
                previous, signature.content_hash) != signature.chain_hash:
            problems.append(ChainProblem(signature.meeting_id, "",
                                         f"The minute book's chain is broken at the {where}."))
        previous = signature.chain_hash
    return tuple(problems)
