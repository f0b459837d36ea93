"""Protocol packs for councillors (PROTO-3): one each, or one combined PDF.

Each pack's covering letter is issued through the letter engine, so it has a
reference and sits in the letters register; the pack's issue date is
recorded against the councillor and the adopted version. A run for several
councillors reports progress after each one; if the progress callback raises
(the clerk pressed Cancel) the run stops: packs already finished stay, and a
combined PDF is written only when it is complete (its letters and issue dates
are rolled back with it).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from parishdesk.domain.letter_register import RegisteredLetter
from parishdesk.domain.letters import Letter, TemplateError, long_date
from parishdesk.domain.members import format_date
from parishdesk.domain.pack_summary import SUMMARY
from parishdesk.domain.protocol import Protocol
from parishdesk.errors import ParishDeskError
from parishdesk.paths import DataPaths
from parishdesk.services import letters, protocol_acks, protocols
from parishdesk.services.protocols import VersionInfo
from parishdesk.store import letters_store, members_store
from parishdesk.store.council_store import get_council
from parishdesk.store.db import database

if TYPE_CHECKING:  # reportlab and pypdf are loaded only when a pack is made
    from parishdesk.documents.pack_pdf import Contact

RETURN_DAYS = 14
"""The acknowledgement form is asked back within this many days."""

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class PackResult:
    person_id: int
    path: Path
    letter_reference: str
    reprinted: bool = False  # the councillor's existing pack again, not a new letter


def packs_dir(paths: DataPaths) -> Path:
    return paths.data_dir / "packs"


def _adopted() -> tuple[VersionInfo, Protocol]:
    found = protocols.adopted_protocol()
    if found is None:
        raise ParishDeskError("No protocol has been adopted yet, so there is no pack to print. "
                              "Adopt a version of the protocol first.")
    return found


def _contacts(today: dt.date) -> tuple[tuple[Contact, ...], tuple[str, ...]]:
    council = get_council()
    if council is None:
        raise ParishDeskError("Set up the council's details before printing packs.")
    from parishdesk.documents.pack_pdf import Contact

    contacts: list[Contact] = []
    clerk = members_store.clerk()
    return_to: tuple[str, ...] = (council.name, *council.address_lines)
    if clerk is not None:
        capacity = "Clerk and Proper Officer" if clerk.is_proper_officer else "Clerk"
        name = f"{clerk.title} {clerk.first_name} {clerk.surname}".strip()
        contacts.append(Contact(
            f"{capacity}, {council.name}", name,
            (*council.address_lines,
             *(f"Telephone {x}" for x in (clerk.phone or council.telephone,) if x),
             *(f"E-mail {x}" for x in (clerk.email or council.email,) if x))))
        return_to = (f"{clerk.first_name} {clerk.surname}, Clerk", council.name,
                     *council.address_lines)
    chair = members_store.holder_of("council_chair", today)
    if chair is not None:
        contacts.append(Contact(
            "Chair of the Council", chair.display_name,
            tuple(x for x in (f"Telephone {chair.phone}" if chair.phone else "",
                              f"E-mail {chair.email}" if chair.email else "") if x)))
    else:
        contacts.append(Contact("Chair of the Council", "No Chair is recorded at present",
                                ("Ask the Clerk",)))
    mo_lines = tuple(x.strip() for x in council.mo_address.splitlines() if x.strip())
    principal = council.principal_council or "the principal council"
    contacts.append(Contact(
        f"Monitoring Officer, {principal} (complaints under the Code of Conduct)",
        council.mo_name or "Not recorded: ask the Clerk", mo_lines))
    return tuple(contacts), return_to


def pack_files(paths: DataPaths, reference: str) -> list[Path]:
    """The packs in the packs folder filed under a covering letter's reference."""
    folder = packs_dir(paths)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"protocol-pack-{reference.replace('/', '-')}-*.pdf"))


def _file_name(reference: str, surname: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9-]+", "-", surname).strip("-") or "councillor"
    return f"protocol-pack-{reference.replace('/', '-')}-{safe}.pdf"


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


class _Layout:
    """Where the parts of the last pack fell: a good first guess for the next one."""

    def __init__(self) -> None:
        self.pages: dict[str, int] = {}


def _render(paths: DataPaths, letter: Letter, person_id: int, issued_on: dt.date,
            layout: _Layout | None = None) -> bytes:
    """The pack around its (issued) covering letter, as of the day it was issued."""
    from parishdesk.documents.pack_pdf import PackContent, render_pack_laid_out

    info, protocol = _adopted()
    councillor = members_store.get_councillor(person_id, issued_on)
    if councillor is None:
        raise ParishDeskError("That councillor is not in the register.")
    council = get_council()
    assert council is not None
    contacts, return_to = _contacts(issued_on)
    content = PackContent(
        letter=letter, councillor_name=councillor.display_name,
        council_name=council.name, protocol=protocol, summary=SUMMARY, contacts=contacts,
        return_by=issued_on + dt.timedelta(days=RETURN_DAYS), return_to=return_to,
        rule_links=protocols.rule_to_clause(info.id),
    )
    pdf, pages = render_pack_laid_out(content, layout.pages if layout else None)
    if layout is not None:
        layout.pages = pages
    return pdf


def _issue(paths: DataPaths, person_id: int, actor: str, today: dt.date,
           layout: _Layout | None = None) -> tuple[bytes, str, str]:
    """Issue the cover letter, render the pack, record the issue; (pdf, reference, surname)."""
    info, _ = _adopted()
    councillor = members_store.get_councillor(person_id, today)
    if councillor is None:
        raise ParishDeskError("That councillor is not in the register.")
    title = info.title or "Member/Officer Protocol"
    values = {
        "protocol_title": title,
        "protocol_version": info.version_label,  # "" leaves the version wording out
        "protocol_adopted": long_date(info.adopted_on) if info.adopted_on else "—",
        "return_by": long_date(today + dt.timedelta(days=RETURN_DAYS)),
        "councillor_name": councillor.display_name,
    }
    try:
        subject, body = letters.from_template("pack_cover", values, paths, today)
    except TemplateError as exc:
        raise ParishDeskError("The protocol pack cover letter template needs correcting in "
                              f"Documents > Letter templates before packs can be made. {exc}"
                              ) from None
    letter = letters.compose("pack_cover", letters.councillor_recipient(person_id), subject,
                             body, today, title=f"{title} pack: covering letter")
    issued = letters.issue_letter(paths, letter, actor, recipient_person_id=person_id,
                                  related=("protocol_version", info.id))
    pdf = _render(paths, issued.letter, person_id, today, layout)
    protocol_acks.record_issued(person_id, info.id, today, actor,
                                letter_reference=issued.reference)
    return pdf, issued.reference, councillor.surname


def pack_pdf(paths: DataPaths, person_id: int, actor: str, today: dt.date) -> bytes:
    """Issue one councillor's pack and give its PDF, writing no file (for a preview, run
    inside ``letter_preview.preview``, which undoes the issue)."""
    return _issue(paths, person_id, actor, today)[0]


def existing_cover_letter(person_id: int) -> RegisteredLetter | None:
    """The covering letter of the councillor's latest pack for the adopted version, if any."""
    info, _ = _adopted()
    found = [entry for entry in letters_store.for_record("protocol_version", info.id)
             if entry.letter_type == "pack_cover" and entry.recipient_person_id == person_id]
    return found[-1] if found else None


def make_pack(paths: DataPaths, person_id: int, actor: str, today: dt.date,
              out: Path | None = None, *, reprint: bool = False) -> PackResult:
    """One councillor's pack, written to ``out`` or into the packs folder. One transaction.

    With ``reprint``, a councillor who already has a pack for the adopted version gets
    that pack again (same covering letter, same reference) instead of a newly numbered one.
    """
    previous = existing_cover_letter(person_id) if reprint else None
    if previous is not None:
        letter = letters_store.get_letter(previous.id)
        if letter is None:
            raise ParishDeskError(f"Letter {previous.reference} is missing from the register.")
        pdf = _render(paths, letter, person_id, previous.issued_on)
        councillor = members_store.get_councillor(person_id)
        surname = councillor.surname if councillor else ""
        target = Path(out) if out else packs_dir(paths) / _file_name(previous.reference,
                                                                        surname)
        _write_atomically(target, pdf)
        return PackResult(person_id, target, previous.reference, reprinted=True)
    with database.atomic():
        pdf, reference, surname = _issue(paths, person_id, actor, today)
        target = Path(out) if out else packs_dir(paths) / _file_name(reference, surname)
        _write_atomically(target, pdf)
    return PackResult(person_id, target, reference)


def _name(person_id: int) -> str:
    c = members_store.get_councillor(person_id)
    return c.display_name if c else f"councillor {person_id}"


def make_packs(paths: DataPaths, person_ids: Sequence[int], actor: str, today: dt.date, *,
               combined: bool, out: Path | None = None,
               progress: Progress | None = None) -> list[Path]:
    """Packs for several councillors: one PDF each, or one combined PDF (``out`` file)."""
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        raise ParishDeskError("Choose at least one councillor to print a pack for.")
    _adopted()
    total = len(ids)
    if not combined:
        folder = Path(out) if out else packs_dir(paths)
        layout = _Layout()
        made: list[Path] = []
        for done, person_id in enumerate(ids, start=1):
            with database.atomic():
                pdf, reference, surname = _issue(paths, person_id, actor, today, layout)
                target = folder / _file_name(reference, surname)
                _write_atomically(target, pdf)
            made.append(target)
            if progress:
                progress(done, total, _name(person_id))
        return made

    target = Path(out) if out else packs_dir(paths) / f"protocol-packs-{today.isoformat()}.pdf"
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    layout = _Layout()
    with database.atomic() as txn:
        try:
            for done, person_id in enumerate(ids, start=1):
                pdf, _, _ = _issue(paths, person_id, actor, today, layout)
                writer.append(PdfReader(io.BytesIO(pdf)))
                if progress:
                    progress(done, total, _name(person_id))
        except BaseException:
            txn.rollback()
            raise
        council = get_council()
        writer.add_metadata({
            "/Title": f"Protocol packs, {format_date(today)} ({total} councillors)",
            "/Author": council.name if council else "",
        })
        buffer = io.BytesIO()
        writer.write(buffer)
        _write_atomically(target, buffer.getvalue())
    return [target]
