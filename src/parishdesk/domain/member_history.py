"""A person's history in the member register, told in plain English.

The audit log records each change as a table, an action and the raw field
values (``role create | committee: 2, kind: committee_member``). This module
turns one such entry into a sentence a clerk reads at a glance: field labels
instead of column names, dd/mm/yyyy dates, names instead of ids, role kinds
in words and the time in the council's own time zone.

Pure: the caller passes the entries, the names to use and the time zone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any

from parishdesk.domain.audit_record import AuditRecord
from parishdesk.domain.members import (
    INTEREST_CATEGORY_LABELS,
    JOINED_HOW_LABELS,
    WEEKDAY_LABELS,
    Interest,
    Role,
    SpecialRelationship,
    Training,
    format_date,
)

#: The audit entries the sentences are made from.
HistoryEntry = AuditRecord


@dataclass(frozen=True)
class HistoryNames:
    """What the sentences name: records by id, as they stand now (archived ones included)."""

    committees: Mapping[int, str] = field(default_factory=dict)
    groups: Mapping[int, str] = field(default_factory=dict)
    #: person id → name (for line managers)
    people: Mapping[int, str] = field(default_factory=dict)
    roles: Mapping[int, Role] = field(default_factory=dict)
    interests: Mapping[int, Interest] = field(default_factory=dict)
    relationships: Mapping[int, SpecialRelationship] = field(default_factory=dict)
    training: Mapping[int, Training] = field(default_factory=dict)
    #: Whose history it is: "councillor" or "officer" (how leaving is worded).
    subject_kind: str = "councillor"


@dataclass(frozen=True)
class HistoryLine:
    """One line of a person's History tab."""

    when_local: datetime
    who: str
    what: str


# Field labels, by column name. Columns not listed here are not shown.
FIELD_LABELS: dict[str, str] = {
    "title": "Title", "first_name": "First name", "surname": "Surname",
    "preferred_name": "Known as", "ward": "Ward", "address": "Address",
    "phone": "Telephone", "email": "E-mail", "joined_how": "How they joined",
    "joined_on": "Joined on", "accepted_office_on": "Accepted office on",
    "term_ends_on": "Term ends on", "left_on": "Left on", "left_reason": "Reason for leaving",
    "post": "Post", "post_other": "Post name", "is_proper_officer": "Proper Officer",
    "working_days": "Working days", "hours_from": "Hours from", "hours_to": "Hours to",
    "started_on": "Started on", "ended_on": "Ended on", "line_manager": "Line manager",
    "category": "Kind of interest", "description": "Description",
    "registered_on": "Registered on", "removed_on": "Removed on", "with_whom": "With whom",
    "nature": "Nature", "declared_on": "Declared on", "course": "Course",
    "provider": "Provider", "taken_on": "Date", "certificate_held": "Certificate held",
    "due_on": "Due by", "returned_on": "Came back on",
}
COUNCILLOR_FIELDS = ("title", "first_name", "surname", "preferred_name", "ward", "address",
                     "phone", "email", "joined_how", "joined_on", "accepted_office_on",
                     "term_ends_on", "left_on", "left_reason")
OFFICER_FIELDS = ("title", "first_name", "surname", "post", "post_other", "is_proper_officer",
                  "working_days", "hours_from", "hours_to", "started_on", "ended_on",
                  "line_manager", "email", "phone", "left_reason")


def local_time(at_utc: datetime, zone: tzinfo) -> datetime:
    """A stored UTC time (naive or aware) as the time in ``zone``."""
    aware = at_utc if at_utc.tzinfo is not None else at_utc.replace(tzinfo=UTC)
    return aware.astimezone(zone)


def _date(value: Any) -> str:
    if isinstance(value, date):
        return format_date(value)
    try:
        return format_date(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


def _time(value: Any) -> str:
    if isinstance(value, time):
        return f"{value:%H:%M}"
    return str(value)[:5]


def _value(name: str, value: Any, names: HistoryNames) -> str:
    """A field's value as the clerk reads it."""
    if value is None or value == "":
        return ""
    if name.endswith("_on"):
        return _date(value)
    if name in ("hours_from", "hours_to"):
        return _time(value)
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if name == "joined_how":
        return JOINED_HOW_LABELS.get(str(value), str(value))
    if name == "category":
        return INTEREST_CATEGORY_LABELS.get(str(value), str(value))
    if name == "working_days":
        days = [int(d) for d in str(value).split(",") if d.strip().isdigit()]
        return ", ".join(WEEKDAY_LABELS[d] for d in sorted(days) if 0 <= d <= 6)
    if name == "line_manager":
        return names.people.get(int(value), "an officer no longer on record")
    lines = [line.strip() for line in str(value).splitlines() if line.strip()]
    return ", ".join(lines)  # an address's lines on one line


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else text + "."


def _field_changes(changes: Mapping[str, Any], names: HistoryNames,
                   wanted: tuple[str, ...] | None = None) -> list[str]:
    """One sentence per changed field: "Ward changed from North to South."."""
    out = []
    for name, pair in changes.items():
        if name not in FIELD_LABELS or (wanted is not None and name not in wanted):
            continue
        before, after = (_value(name, v, names) for v in pair)
        label = FIELD_LABELS[name]
        if before == after:
            continue
        if not before:
            out.append(f"{label} set to {after}.")
        elif not after:
            out.append(f"{label} cleared (was {before}).")
        else:
            out.append(f"{label} changed from {before} to {after}.")
    return out


def _facts(changes: Mapping[str, Any], names: HistoryNames, wanted: tuple[str, ...]) -> str:
    """The values a record was created with: "Ward: North; E-mail: …"."""
    parts = []
    for name in wanted:
        pair = changes.get(name)
        if pair is None:
            continue
        shown = _value(name, pair[1], names)
        if shown:
            parts.append(f"{FIELD_LABELS[name]}: {shown}")
    return "; ".join(parts)


def _with_note(text: str, note: str) -> str:
    text = _sentence(text)
    note = note.strip()
    if note and note.casefold() not in text.casefold():
        text += f" Reason: {_sentence(note)}"
    return text


# --- People -------------------------------------------------------------------------------

def _person(entry: HistoryEntry, names: HistoryNames) -> str:
    changes = entry.changes
    kind = str(changes.get("kind", [None, ""])[1] or "")
    if entry.action == "create":
        officer = kind == "officer"
        facts = _facts(changes, names, OFFICER_FIELDS if officer else COUNCILLOR_FIELDS)
        what = "Added to the register as " + ("an officer" if officer else "a councillor")
        return _sentence(what + (f" ({facts})" if facts else ""))
    if entry.action == "archive":
        left = _value("left_on", changes.get("left_on", [None, None])[1], names)
        reason = str(changes.get("left_reason", [None, ""])[1] or "").strip()
        if left or reason:
            text = ("Left the council's employment" if names.subject_kind == "officer"
                    else "Left the council") + (f" on {left}" if left else "")
            return _sentence(text) + (f" Reason: {_sentence(reason)}" if reason else "")
        return _with_note("Archived", entry.note)
    if entry.action == "restore":
        return _with_note("Put back on the register", entry.note)
    if entry.action == "update":
        said = _field_changes(changes, names)
        return _with_note(" ".join(said) if said else "Record saved with no visible change",
                          entry.note)
    return _sentence(entry.note or "Note added")


# --- Roles --------------------------------------------------------------------------------

def _the(name: str) -> str:
    return name if name.casefold().startswith("the ") else f"the {name}"


def _role_phrase(role: Role | None, changes: Mapping[str, Any], names: HistoryNames) -> str:
    """What holding the role means, in words: "Chair of the council", "a member of …"."""
    def created(key: str) -> Any:
        pair = changes.get(key)
        return pair[1] if pair else None

    kind = role.kind if role is not None else str(created("kind") or "")
    committee_id = role.committee_id if role is not None else created("committee")
    group_id = role.group_id if role is not None else created("group")
    committee_name = names.committees.get(committee_id) if committee_id is not None else None
    group_name = names.groups.get(group_id) if group_id is not None else None
    committee = _the(committee_name) if committee_name else "a committee no longer on record"
    group = f"{_the(group_name)} group" if group_name else "a party group no longer on record"
    return {
        "council_chair": "Chair of the council",
        "council_vice_chair": "Vice-Chair of the council",
        "committee_member": f"a member of {committee}",
        "committee_chair": f"chair of {committee}",
        "committee_vice_chair": f"vice-chair of {committee}",
        "group_member": f"a member of {group}",
    }.get(kind, kind.replace("_", " "))


def _last_day(end: Any) -> str:
    """The last day a role was held: the day before its (exclusive) end."""
    try:
        day = end if isinstance(end, date) else date.fromisoformat(str(end)[:10])
    except ValueError:
        return str(end)
    return format_date(date.fromordinal(day.toordinal() - 1))


def _role(entry: HistoryEntry, names: HistoryNames) -> str:
    role = names.roles.get(int(entry.record_id)) if entry.record_id.isdigit() else None
    became = was = _role_phrase(role, entry.changes, names)
    changes = entry.changes
    if entry.action == "create":
        start = _value("start_on", changes.get("start_on", [None, None])[1], names)
        end = changes.get("end_on", [None, None])[1]
        text = f"Became {became}" + (f" from {start}" if start else "")
        if end:
            text += f", last day {_last_day(end)}"
        return _with_note(text, entry.note)
    if entry.action == "update" and "end_on" in changes:
        before, after = changes["end_on"]
        if after:
            return _with_note(f"Stopped being {was}; last day {_last_day(after)}", entry.note)
        if before:
            return _with_note(f"Is {was} again: the end of the role was taken away",
                              entry.note)
    if entry.action == "update" and "start_on" in changes:
        start = _value("start_on", changes["start_on"][1], names)
        return _with_note(f"Start as {was} moved to {start}", entry.note)
    if entry.action == "archive":
        return _with_note(f"Role taken off the register: {was}", entry.note)
    if entry.action == "restore":
        return _with_note(f"Role put back on the register: {was}", entry.note)
    return _with_note(f"Role changed: {was}", entry.note)


# --- Interests, relationships, training, the interests form -------------------------------

def _record_id(entry: HistoryEntry) -> int:
    return int(entry.record_id) if entry.record_id.isdigit() else -1


def _created(changes: Mapping[str, Any], name: str) -> Any:
    pair = changes.get(name)
    return pair[1] if pair else None


def _interest(entry: HistoryEntry, names: HistoryNames) -> str:
    known = names.interests.get(_record_id(entry))
    description = str(_created(entry.changes, "description")
                      or (known.description if known else "an interest"))
    if entry.action == "create":
        category = _value("category", _created(entry.changes, "category"), names)
        registered = _value("registered_on", _created(entry.changes, "registered_on"), names)
        text = f"Interest registered: {description}"
        text += f" ({category}" + (f", registered on {registered})" if registered else ")")
        return _sentence(text)
    if entry.action == "archive":
        return _with_note(f"Interest taken off the register: {description}", entry.note)
    if entry.action == "update":
        said = " ".join(_field_changes(entry.changes, names))
        return _with_note(f"Interest corrected ({description}). {said}".strip(), entry.note)
    return _with_note(f"Interest: {description}", entry.note)


def _relationship(entry: HistoryEntry, names: HistoryNames) -> str:
    known = names.relationships.get(_record_id(entry))
    whom = str(_created(entry.changes, "with_whom") or (known.with_whom if known else "someone"))
    if entry.action == "create":
        nature = str(_created(entry.changes, "nature") or "").strip()
        declared = _value("declared_on", _created(entry.changes, "declared_on"), names)
        text = f"Declared a special relationship with {whom}"
        if declared:
            text += f" on {declared}"
        return _sentence(text) + (f" {_sentence(nature)}" if nature else "")
    if entry.action == "archive":
        return _with_note(f"Special relationship with {whom} taken off the register",
                          entry.note)
    said = " ".join(_field_changes(entry.changes, names))
    return _with_note(f"Special relationship with {whom} corrected. {said}".strip(), entry.note)


def _training(entry: HistoryEntry, names: HistoryNames) -> str:
    known = names.training.get(_record_id(entry))
    course = str(_created(entry.changes, "course") or (known.course if known else "a course"))
    if entry.action == "create":
        provider = str(_created(entry.changes, "provider") or "").strip()
        on = _value("taken_on", _created(entry.changes, "taken_on"), names)
        certificate = bool(_created(entry.changes, "certificate_held"))
        text = f"Training recorded: {course}"
        text += f" with {provider}" if provider else ""
        text += f" on {on}" if on else ""
        return _sentence(text) + (" A certificate is held." if certificate else "")
    if entry.action == "archive":
        return _with_note(f"Training record taken off the register: {course}", entry.note)
    said = " ".join(_field_changes(entry.changes, names))
    return _with_note(f"Training record corrected ({course}). {said}".strip(), entry.note)


def _form(entry: HistoryEntry, names: HistoryNames) -> str:
    due = _value("due_on", _created(entry.changes, "due_on"), names)
    back = _value("returned_on", _created(entry.changes, "returned_on"), names)
    if entry.action == "create":
        text = "Register of interests form expected" + (f" by {due}" if due else "")
        return _sentence(text) + (f" It came back on {back}." if back else "")
    if back:
        return _with_note(f"Register of interests form came back on {back}", entry.note)
    if due:
        return _with_note(f"Register of interests form now due by {due}", entry.note)
    return _with_note("Register of interests form updated", entry.note)


_TELLERS = {"person": _person, "role": _role, "interest": _interest,
            "special_relationship": _relationship, "training_record": _training,
            "interests_form": _form}


def describe(entry: HistoryEntry, names: HistoryNames, zone: tzinfo) -> HistoryLine:
    """One audit entry as a History line: local time, who, and what happened in words."""
    teller = _TELLERS.get(entry.table)
    what = (teller(entry, names) if teller is not None
            else _with_note(f"{entry.table.replace('_', ' ').capitalize()} {entry.action}",
                            entry.note))
    return HistoryLine(when_local=local_time(entry.at, zone), who=entry.actor, what=what)
