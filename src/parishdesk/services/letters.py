"""Issuing formal letters through the one letter engine, and reprinting them identically.

Every area (packs, enquiry replies, access decisions, disputes) calls
:func:`issue_letter`. It picks the signatory (the Clerk as Proper Officer by
default; the Chair only where CORR-2 allows), numbers the letter, renders the
PDF, keeps the PDF and the letter's data in the letters register, and audits
it, all in one go: if any step fails nothing is recorded.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from parishdesk.documents.templates import load_template
from parishdesk.domain.letter_register import RegisteredLetter
from parishdesk.domain.letters import (
    REFERENCE_SLOT,
    Letter,
    Letterhead,
    Recipient,
    Signatory,
    TemplateError,
    check_signatory,
    format_reference,
    long_date,
    render_template,
    required_placeholders,
    template_placeholders,
    with_reference,
    without_version_clause,
)
from parishdesk.errors import ParishDeskError
from parishdesk.paths import DataPaths
from parishdesk.store import letters_store, members_store
from parishdesk.store.council_store import get_council
from parishdesk.store.db import database

#: One line of the letters register (the name the Documents area knows it by).
LetterSummary = RegisteredLetter


@dataclass
class _Capture:
    """Letters issued while ``services.letter_preview`` watches: (reference, PDF bytes).
    In a preview (``write`` False) the PDF is kept here instead of in the letters folder."""

    letters: list[tuple[str, bytes]]
    write: bool


_capture: ContextVar[_Capture | None] = ContextVar("_capture", default=None)


@dataclass(frozen=True)
class IssuedLetterInfo:
    id: int
    reference: str
    pdf_path: Path
    letter: Letter


def letterhead() -> Letterhead:
    council = get_council()
    if council is None:
        raise ParishDeskError("Set up the council's details before issuing letters.")
    return Letterhead(council.name, council.address_lines, council.telephone, council.email)


def signatory_for(role: str, on: dt.date) -> Signatory:
    """The Clerk as Proper Officer, the Chair of the Council, or (for a case about the Clerk)
    the chair of the staffing committee."""
    if role == "staffing_chair":
        staffing = next((c for c in members_store.list_committees() if c.is_staffing), None)
        holder = (members_store.holder_of("committee_chair", on, staffing.id)
                  if staffing is not None else None)
        if staffing is None or holder is None:
            raise ParishDeskError("No chair of the staffing committee is recorded, so the "
                                  "letter cannot go out in their name. Record one in Members.")
        return Signatory(holder.display_name, f"Chair of the {staffing.name}", "staffing_chair")
    if role == "chair":
        chair = members_store.holder_of("council_chair", on)
        if chair is None:
            raise ParishDeskError("No Chair is recorded, so the letter cannot go out in the "
                                  "Chair's name. Record the Chair in Members first.")
        return Signatory(chair.display_name, "Chair of the Council", "chair")
    clerk = members_store.clerk()
    if clerk is None:
        raise ParishDeskError("No Clerk is recorded. Record the Clerk in Members first.")
    capacity = "Clerk and Proper Officer" if clerk.is_proper_officer else "Clerk"
    return Signatory(f"{clerk.first_name} {clerk.surname}".strip(), capacity, "clerk")


#: More lines than this are not an address (something else was pasted into the box).
MAX_ADDRESS_LINES = 12


def compose(letter_type: str, recipient: Recipient, subject: str, body: tuple[str, ...],
            on: dt.date, cc: tuple[str, ...] = (), signatory_role: str = "clerk",
            reference: str = "", title: str = "") -> Letter:
    """Build a letter (not yet issued) after checking the signatory rule (CORR-2)."""
    problems = check_signatory(letter_type, signatory_role)
    if problems:
        raise ParishDeskError(" ".join(problems))
    if len(recipient.address_lines) > MAX_ADDRESS_LINES:
        raise ParishDeskError(f"The address has {len(recipient.address_lines)} lines; an "
                              f"address on a letter has at most {MAX_ADDRESS_LINES}. Check "
                              "that only the address was pasted into it.")
    return Letter(reference=reference or "(draft)", date=on, letterhead=letterhead(),
                  recipient=recipient, subject=subject, body=body,
                  signatory=signatory_for(signatory_role, on),
                  cc=tuple(c for c in cc if c.strip()), letter_type=letter_type, title=title)


def from_template(letter_type: str, values: dict[str, str], paths: DataPaths,
                  on: dt.date) -> tuple[str, tuple[str, ...]]:
    """Subject and paragraphs from the (possibly clerk-edited) template for ``letter_type``.

    Raises ``TemplateError`` if the template has lost a field this kind of letter must
    keep (see ``LetterType.required``), so rule-required wording is never left out.

    A ``protocol_version`` given as "" (a protocol with no version number) takes the
    template's version wording out with it (``without_version_clause``).

    Unless ``values`` gives one, ``{reference}`` is left as a slot
    (``REFERENCE_SLOT``) that :func:`issue_letter` fills with the number it hands out.
    """
    text = load_template(letter_type, paths.templates_dir)
    dropped = required_placeholders(letter_type) - template_placeholders(text)
    if dropped:
        raise TemplateError("The template no longer has "
                            + ", ".join("{" + d + "}" for d in sorted(dropped))
                            + ", which brings in wording this letter must contain.")
    if "protocol_version" in values and not values["protocol_version"].strip():
        text = without_version_clause(text)
    council = get_council()
    clerk = members_store.clerk()
    common = {
        "council_name": council.name if council else "",
        "clerk_name": f"{clerk.first_name} {clerk.surname}" if clerk else "",
        "date": long_date(on),
        "reference": values.get("reference", REFERENCE_SLOT),
    }
    return render_template(text, {**common, **values})


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def issue_letter(paths: DataPaths, letter: Letter, actor: str,
                 recipient_person_id: int | None = None,
                 related: tuple[str, object] | None = None) -> IssuedLetterInfo:
    """Number, render, file and register a composed letter. One transaction.

    The number is reserved first, so a ``{reference}`` in the letter's template (left as a
    slot by :func:`from_template`) prints the reference this letter is filed under.
    """
    year = letter.date.year
    with database.atomic():
        number = letters_store.next_number(year)
        reference = format_reference(year, number)
        final = with_reference(letter, reference)
        from parishdesk.documents.letter_pdf import render_letter

        pdf = render_letter(final)
        relative = f"{year}/{reference.replace('/', '-')}.pdf"
        target = paths.confined(relative, paths.letters_dir)
        row = letters_store.save(final, year, number, relative, hashlib.sha256(pdf).hexdigest(),
                                actor, recipient_person_id, related)
        capture = _capture.get()
        if capture is not None:
            capture.letters.append((reference, pdf))
        if capture is None or capture.write:
            _write_atomically(target, pdf)
    return IssuedLetterInfo(row.id, reference, target, final)


def reprint(paths: DataPaths, letter_id: int) -> bytes:
    """The letter exactly as issued: re-rendered from its stored data and checked."""
    row = letters_store.get(letter_id)
    letter = letters_store.get_letter(letter_id)
    if row is None:
        raise ParishDeskError(f"There is no letter number {letter_id} in the register.")
    if letter is None:
        raise ParishDeskError(f"Letter {row.reference} was erased when its record passed its "
                              "retention period: the register keeps only its number and date.")
    from parishdesk.documents.letter_pdf import SIGN_OFF_LAYOUTS, render_letter

    for sign_off in SIGN_OFF_LAYOUTS:  # today's layout first, then earlier ones
        pdf = render_letter(letter, sign_off)
        if hashlib.sha256(pdf).hexdigest() == row.sha256:
            return pdf
    stored = paths.confined(row.pdf_file, paths.letters_dir)
    if stored.exists():
        return stored.read_bytes()
    if "[erased on" in repr(letter):
        # Someone it mentioned was erased: the letter as issued, with their name marked.
        return render_letter(letter)
    raise ParishDeskError(f"Letter {row.reference} can no longer be reproduced exactly.")


def search_letters(text: str = "") -> list[LetterSummary]:
    """The letters register, newest first, narrowed by words in the reference, recipient,
    subject, kind or copies."""
    return letters_store.search(text)


def stored_pdf(paths: DataPaths, letter_id: int) -> Path:
    """Where the letter's PDF is kept. If the file has gone missing (a folder not restored
    with the database, say), it is put back first, identical to the one issued."""
    row = letters_store.get(letter_id)
    if row is None:
        raise ParishDeskError(f"There is no letter number {letter_id} in the register.")
    target = paths.confined(row.pdf_file, paths.letters_dir)
    if not target.is_file():
        pdf = reprint(paths, letter_id)
        try:
            _write_atomically(target, pdf)
        except OSError as exc:
            raise ParishDeskError(f"The PDF of letter {row.reference} is missing and could "
                                  f"not be put back in the letters folder: {exc}") from None
    return target


def councillor_recipient(person_id: int) -> Recipient:
    councillor = members_store.get_councillor(person_id)
    if councillor is None:
        raise ParishDeskError("That councillor is not in the register.")
    return Recipient(name=councillor.display_name,
                     address_lines=tuple(x.strip() for x in councillor.address.splitlines()
                                         if x.strip()),
                     salutation=f"Councillor {councillor.surname}")
