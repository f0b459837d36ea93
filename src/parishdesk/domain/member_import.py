"""Importing and exporting councillors as spreadsheet rows (CSV or xlsx).

Reading the file is done elsewhere; this module gets the header row and the
data rows as lists of strings and works out what would be imported, what is
wrong and what looks like a duplicate, without touching the register.

Row numbers are those the clerk sees in a spreadsheet: the header is row 1,
the first data row is row 2.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from parishdesk.domain.member_rules import councillor_problems
from parishdesk.domain.members import JOINED_HOW_LABELS, Councillor, format_date

# Field key -> header used on export (and its own first alias on import).
IMPORT_FIELDS: dict[str, str] = {
    "title": "Title",
    "first_name": "First name",
    "preferred_name": "Preferred name",
    "surname": "Surname",
    "ward": "Ward",
    "email": "E-mail",
    "phone": "Phone",
    "address": "Address",
    "group": "Group",
    "joined_how": "Joined how",
    "joined_on": "Joined on",
    "accepted_office_on": "Accepted office on",
    "term_ends_on": "Term ends on",
    "committees": "Committees",
}
REQUIRED_FIELDS: tuple[str, ...] = ("first_name", "surname")
DATE_FIELDS: tuple[str, ...] = ("joined_on", "accepted_office_on", "term_ends_on")

_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "honorific", "salutation"),
    "first_name": ("firstname", "forename", "forenames", "givenname", "first"),
    "preferred_name": ("preferredname", "knownas", "nickname"),
    "surname": ("surname", "lastname", "familyname"),
    "ward": ("ward",),
    "email": ("email", "emailaddress", "mail"),
    "phone": ("phone", "phonenumber", "telephone", "telephonenumber", "tel", "mobile"),
    "address": ("address", "postaladdress", "homeaddress"),
    "group": ("group", "partygroup", "party", "politicalgroup"),
    "joined_how": ("joinedhow", "howjoined"),
    "joined_on": ("joinedon", "datejoined", "joineddate"),
    "accepted_office_on": (
        "acceptedofficeon", "acceptedoffice", "dateacceptedoffice", "acceptanceofoffice",
        "declarationofacceptance",
    ),
    "term_ends_on": ("termendson", "termends", "termend", "endofterm"),
    "committees": ("committees", "committee", "committeememberships"),
}
_BY_ALIAS: dict[str, str] = {
    alias: key for key, aliases in _ALIASES.items() for alias in aliases
}
COMMITTEE_SEPARATOR = ";"
_INDEPENDENT = {"", "independent", "none", "ind", "ind."}
_JOINED_HOW_WORDS: dict[str, str] = {
    "elected": "elected",
    "coopted": "co-opted",
    "cooption": "co-opted",
    "appointed": "appointed",
}


def normalise_header(text: str) -> str:
    """Lower case, with spaces, underscores, hyphens and full stops removed."""
    return re.sub(r"[\s_\-.]+", "", text.strip().casefold())


def guess_mapping(headers: Sequence[str]) -> dict[int, str | None]:
    """Match each column to a field by its header; ``None`` for columns to ignore.

    A field is matched once: a second column with the same meaning is ignored.
    """
    mapping: dict[int, str | None] = {}
    used: set[str] = set()
    for index, header in enumerate(headers):
        key = _BY_ALIAS.get(normalise_header(header))
        if key is not None and key not in used:
            used.add(key)
            mapping[index] = key
        else:
            mapping[index] = None
    return mapping


class DateFormatError(ValueError):
    """A cell that should hold a date does not."""


_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")


def parse_date(text: str) -> date:
    """Read dd/mm/yyyy (or d/m/yyyy) or yyyy-mm-dd; raise :class:`DateFormatError` otherwise."""
    value = text.strip()
    if m := _DMY.match(value):
        day, month, year = (int(g) for g in m.groups())
    elif m := _ISO.match(value):
        year, month, day = (int(g) for g in m.groups())
    else:
        raise DateFormatError(
            f"\u201c{value}\u201d is not a date: write it as dd/mm/yyyy, for example 04/05/2023."
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise DateFormatError(f"\u201c{value}\u201d is not a real date.") from None


def _column_letter(index: int) -> str:
    letters = ""
    n = index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True)
class RowError:
    """A cell (or a whole row) that stops a row from being imported."""

    row: int
    #: The column's header as it appears in the file (or the field's name if it has no column).
    column: str
    reason: str
    column_index: int | None = None

    @property
    def column_letter(self) -> str:
        return _column_letter(self.column_index) if self.column_index is not None else ""

    def describe(self) -> str:
        """E.g. 'Row 57, column “Joined on” (D): “31/02/2023” is not a real date.'"""
        where = f"Row {self.row}"
        if self.column:
            where += f", column \u201c{self.column}\u201d"
            if self.column_index is not None:
                where += f" ({self.column_letter})"
        return f"{where}: {self.reason}"


class Duplicate(NamedTuple):
    """A row that seems to be someone already in the register or earlier in the file."""

    row: int
    reason: str


@dataclass(frozen=True)
class ImportRow:
    """A row that can be imported: the councillor it makes and their committees."""

    row: int
    councillor: Councillor
    committees: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do. Rows with errors are left out of ``rows``."""

    rows: tuple[ImportRow, ...]
    errors: tuple[RowError, ...]
    duplicates: tuple[Duplicate, ...]
    #: Party groups named in the file but not yet known; importing creates them.
    new_groups: tuple[str, ...] = ()
    #: Column headers that were not matched to any field and will be ignored.
    ignored_columns: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def rows_to_add(self) -> tuple[ImportRow, ...]:
        """Importable rows that are not suspected duplicates."""
        dup_rows = {d.row for d in self.duplicates}
        return tuple(r for r in self.rows if r.row not in dup_rows)


def _name_key(first_name: str, surname: str) -> tuple[str, str]:
    def norm(s: str) -> str:
        return " ".join(s.split()).casefold()

    return norm(first_name), norm(surname)


def _parse_joined_how(text: str) -> str | None:
    if not text.strip():
        return "elected"
    return _JOINED_HOW_WORDS.get(normalise_header(text))


def validate_rows(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    mapping: dict[int, str | None],
    existing: Sequence[Councillor],
    known_groups: Sequence[str],
    known_committees: Sequence[str],
    *,
    today: date | None = None,
) -> ImportPlan:
    """Check every row and say what would be imported.

    Errors (a bad date, an unknown committee, a missing name) stop a row;
    duplicates are reported but do not. Empty rows are skipped. Unknown party
    groups are not errors: they are listed in ``new_groups`` and created on
    import. With ``today``, dates far in the future are reported too.
    """
    column_of: dict[str, int] = {}
    for index, key in sorted(mapping.items()):
        if key is not None and key not in column_of:
            column_of[key] = index

    def header_of(key: str) -> str:
        index = column_of.get(key)
        if index is not None and index < len(headers) and headers[index].strip():
            return headers[index].strip()
        return IMPORT_FIELDS.get(key, key)

    errors: list[RowError] = []
    missing = [k for k in REQUIRED_FIELDS if k not in column_of]
    if missing:
        for key in missing:
            errors.append(RowError(1, IMPORT_FIELDS[key],
                                   f"No column for {IMPORT_FIELDS[key]}: the file needs one."))
        return ImportPlan((), tuple(errors), ())

    groups_by_key = {g.casefold(): g for g in known_groups}
    committees_by_key = {c.strip().casefold(): c for c in known_committees}
    register_by_name: dict[tuple[str, str], list[Councillor]] = {}
    for c in existing:
        register_by_name.setdefault(_name_key(c.first_name, c.surname), []).append(c)

    plan_rows: list[ImportRow] = []
    duplicates: list[Duplicate] = []
    new_groups: list[str] = []
    seen_in_file: dict[tuple[str, str], int] = {}

    for offset, raw in enumerate(rows):
        row_no = offset + 2
        if not any(str(cell).strip() for cell in raw):
            continue
        row_errors: list[RowError] = []

        def cell(key: str, raw: Sequence[str] = raw) -> str:
            index = column_of.get(key)
            if index is None or index >= len(raw):
                return ""
            return str(raw[index]).strip()

        def err(key: str, reason: str, row_errors: list[RowError] = row_errors,
                row_no: int = row_no) -> None:
            row_errors.append(RowError(row_no, header_of(key), reason, column_of.get(key)))

        dates: dict[str, date | None] = {}
        for key in DATE_FIELDS:
            text = cell(key)
            dates[key] = None
            if text:
                try:
                    dates[key] = parse_date(text)
                except DateFormatError as exc:
                    err(key, str(exc))

        joined_how = _parse_joined_how(cell("joined_how"))
        if joined_how is None:
            err("joined_how", f"\u201c{cell('joined_how')}\u201d is not a way of joining: use "
                              "Elected, Co-opted or Appointed.")

        group_text = " ".join(cell("group").split())
        group = groups_by_key.get(group_text.casefold())
        is_new_group = False
        if group is None and group_text.casefold() not in _INDEPENDENT:
            group = group_text
            is_new_group = True

        committees: list[str] = []
        for name in cell("committees").split(COMMITTEE_SEPARATOR):
            if not name.strip():
                continue
            known = committees_by_key.get(name.strip().casefold())
            if known is None:
                err("committees", f"There is no committee called \u201c{name.strip()}\u201d. "
                                  "Add it to the register first, or correct the name.")
            elif known not in committees:
                committees.append(known)

        councillor = Councillor(
            title=cell("title"),
            first_name=cell("first_name"),
            preferred_name=cell("preferred_name"),
            surname=cell("surname"),
            ward=cell("ward"),
            email=cell("email"),
            phone=cell("phone"),
            address=cell("address"),
            group=group,
            joined_how=joined_how or "elected",
            joined_on=dates["joined_on"],
            accepted_office_on=dates["accepted_office_on"],
            term_ends_on=dates["term_ends_on"],
        )
        for problem in councillor_problems(councillor, today):
            if problem.field == "joined_how" and joined_how is None:
                continue
            err(problem.field, problem.message)

        errors.extend(row_errors)
        if row_errors:
            continue
        plan_rows.append(ImportRow(row_no, councillor, tuple(committees)))
        if is_new_group and group is not None:
            groups_by_key[group.casefold()] = group
            new_groups.append(group)

        name_key = _name_key(councillor.first_name, councillor.surname)
        name = f"{councillor.first_name} {councillor.surname}"
        if name_key in seen_in_file:
            duplicates.append(Duplicate(row_no, f"{name} is already in this file at row "
                                                f"{seen_in_file[name_key]}."))
        elif name_key in register_by_name:
            matches = register_by_name[name_key]
            email = councillor.email.casefold()
            same_email = [c for c in matches if email and c.email.strip().casefold() == email]
            if same_email:
                reason = (f"{same_email[0].display_name} is already in the register with the "
                          "same e-mail address.")
            else:
                reason = f"A councillor called {name} is already in the register."
            left = [c.left_on for c in (same_email or matches) if c.left_on is not None]
            if left and len(left) == len(same_email or matches):
                reason += f" (They left on {format_date(max(left))}.)"
            duplicates.append(Duplicate(row_no, reason))
        seen_in_file.setdefault(name_key, row_no)

    ignored = tuple(
        headers[i].strip() for i, key in sorted(mapping.items())
        if key is None and i < len(headers) and headers[i].strip()
    )
    return ImportPlan(tuple(plan_rows), tuple(errors), tuple(duplicates), tuple(new_groups),
                      ignored)


# ---------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------


def export_headers() -> list[str]:
    """The header row of an export file; importing it maps every column."""
    return list(IMPORT_FIELDS.values())


def councillor_to_row(c: Councillor, committees: Sequence[str] = ()) -> list[str]:
    """One councillor as an export row, in :func:`export_headers` order."""
    values: dict[str, str] = {
        "title": c.title,
        "first_name": c.first_name,
        "preferred_name": c.preferred_name,
        "surname": c.surname,
        "ward": c.ward,
        "email": c.email,
        "phone": c.phone,
        "address": c.address,
        "group": c.group or "",
        "joined_how": JOINED_HOW_LABELS.get(c.joined_how, c.joined_how),
        "joined_on": format_date(c.joined_on),
        "accepted_office_on": format_date(c.accepted_office_on),
        "term_ends_on": format_date(c.term_ends_on),
        "committees": f"{COMMITTEE_SEPARATOR} ".join(committees),
    }
    return [values[key] for key in IMPORT_FIELDS]
