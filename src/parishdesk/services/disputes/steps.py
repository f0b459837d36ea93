"""Recording what happens in a case: steps, people, notes, documents, links, a change of track.

Each function is one use case in one transaction, audited without case text. The rules are
the domain's: the flow (``check_step``), fair panels (``panel_problems``), lawful outcomes
(``sanction_problems``) and the companion's limit (``companion_latest``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
from pathlib import Path

from parishdesk.domain.dispute_case import PARTY_ROLES, PARTY_SIDES, CaseNote, Party
from parishdesk.domain.dispute_steps import (
    ASSESSMENT_OUTCOMES,
    FIRST_STEP,
    Step,
    check_step,
)
from parishdesk.domain.disputes import (
    COUNCILLORS,
    EMPLOYEE_OUTCOMES,
    TRACKS,
    companion_latest,
    panel_problems,
    rule_in_words,
    sanction_problems,
)
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.paths import DataPaths
from parishdesk.services.disputes import fields, gate
from parishdesk.store import disputes_store as store
from parishdesk.store import members_store, register_store
from parishdesk.store.db import database

GRIEVANCE_OUTCOMES: dict[str, str] = {
    "upheld": "Upheld",
    "partly_upheld": "Partly upheld",
    "not_upheld": "Not upheld",
}
JUDGING_ROLES = frozenset({"investigator", "decision_maker", "appeal_panel"})


def _case(case_id: int):  # type: ignore[no-untyped-def]
    case = store.get_case(case_id)
    if case is None:
        raise ParishDeskError("That case is not in the Disputes area any more.")
    return case


def _steps(case_id: int) -> list[Step]:
    return store.steps_by_case([case_id]).get(case_id, [])


def record_step(case_id: int, kind: str, on: dt.date, actor: str, today: dt.date,
                due_on: dt.date | None = None, outcome: str = "", detail: str = "",
                sanction: str = "") -> Step:
    """Record a dated step after checking that it may come now and that what it decides is
    lawful (an outcome on the list, no sanction on a councillor, the companion's limit)."""
    case = _case(case_id)
    steps = _steps(case_id)
    problems: dict[str, str] = {}
    order = check_step(case.track, steps, kind)
    if order:
        problems["kind"] = order
    if on > today:
        problems["on"] = "A step is recorded once it has happened: the date cannot be later " \
                         "than today."
    elif steps and on < steps[-1].on:
        problems["on"] = (f"The date cannot be before the case's last step "
                          f"({steps[-1].on:%d/%m/%Y}): the timeline keeps its order.")
    if kind in ("hearing_invited", "postponed", "warning_live") and due_on is None:
        problems["due_on"] = "Give the date this step sets."
    if kind == "postponed" and due_on is not None:
        proposed = next((s.due_on for s in reversed(steps) if s.kind == "hearing_invited"),
                        None)
        if proposed is not None and due_on > companion_latest(proposed, gate.nation()):
            latest = companion_latest(proposed, gate.nation())
            problems["due_on"] = (f"The new date must be no later than {latest:%d/%m/%Y}. "
                                  + rule_in_words("DISP-10"))
    if kind == "outcome_sent" and case.track == "disciplinary":
        refused = sanction_problems(case.about, outcome)
        if refused:
            problems["outcome"] = " ".join(refused)
    if kind == "outcome_sent" and case.track == "grievance" and outcome not in \
            GRIEVANCE_OUTCOMES:
        problems["outcome"] = "Choose whether the grievance was upheld, partly upheld or not."
    if kind == "assessment" and outcome not in ASSESSMENT_OUTCOMES:
        problems["outcome"] = "Choose what the Monitoring Officer decided."
    if sanction and sanction != "no_action":
        refused = sanction_problems(case.about, sanction)
        if refused:
            problems["sanction"] = " ".join(refused)
    problems.update(fields.problems({"detail": detail}))
    if problems:
        raise ValidationError(problems)
    return store.add_step(actor, case_id, kind, on, due_on, outcome, detail.strip())


def escalate(case_id: int, track: str, reason: str, actor: str, today: dt.date) -> None:
    """Move an informal case to a formal track: the informal step, the new track with the
    reason (audited) and the new track's first step, together."""
    case = _case(case_id)
    if track not in TRACKS or track in ("informal", case.track):
        raise ValidationError({"track": "Choose the formal track the case moves to."})
    if not reason.strip():
        raise ValidationError({"override_reason": "Say why the case moves to a formal track."})
    fields.check({"override_reason": reason})
    if case.about in COUNCILLORS and track == "disciplinary":
        raise ValidationError({"track": "A councillor cannot be put through the council's "
                               "disciplinary procedure. " + rule_in_words("DISP-8")})
    with database.atomic():
        if case.track == "informal":
            record_step(case_id, "escalated", today, actor, today)
        store.update_case(case_id, actor, "track changed", track=track,
                          override_reason=reason.strip())
        store.add_step(actor, case_id, FIRST_STEP[track], today)


# --- people -------------------------------------------------------------------------------------

def _offices(on: dt.date) -> dict[str, str]:
    offices = {}
    for kind, office in (("council_chair", "chair"), ("council_vice_chair", "vice_chair")):
        holder = members_store.holder_of(kind, on)
        if holder is not None:
            offices[f"{holder.first_name} {holder.surname}"] = office
    return offices


def _declared(person_id: int | None, name: str) -> dict[str, list[str]]:
    if person_id is None:
        return {}
    return {name: [r.with_whom for r in register_store.list_relationships(person_id)]}


def add_party(case_id: int, role: str, name: str, actor: str, today: dt.date,
              kind: str = "", person_id: int | None = None, address: str = "") -> Party:
    """Add someone to the case in a role; a judge of the case (investigator, decision-maker,
    appeal panel) must pass the fair-panel checks (DISP-11, CONDUCT-1)."""
    _case(case_id)
    if role not in PARTY_ROLES:
        raise ValidationError({"role": "Choose the person's role in the case."})
    if not name.strip():
        raise ValidationError({"name": "Give the person's name."})
    fields.check({"name": name, "address": address})
    if role in JUDGING_ROLES:
        people = store.parties([case_id])
        problems = panel_problems(
            [name], parties=[p.name for p in people if p.role in PARTY_SIDES],
            witnesses=[p.name for p in people if p.role == "witness"],
            relationships=_declared(person_id, name),
            first_panel=[p.name for p in people if p.role == "decision_maker"]
            if role == "appeal_panel" else (),
            offices=_offices(today))
        if problems:
            raise ValidationError({"panel": " ".join(problems) + " "
                                   + rule_in_words("DISP-11")})
    from parishdesk.services.disputes.cases import register_address

    return store.add_party(actor, case_id, role, name.strip(), kind, person_id,
                           address.strip() or register_address(person_id))


def remove_party(party_id: int, actor: str, reason: str) -> None:
    """Take someone off the case (kept, archived, with the reason)."""
    party = next((p for p in store.parties() if p.id == party_id), None)
    if party is None:
        raise ParishDeskError("That person is no longer on the case.")
    if party.role in PARTY_SIDES:
        raise ValidationError({"role": "The person who raised the concern and the person it "
                               "is about stay on the case; add a note if something changed."})
    if not reason.strip():
        raise ValidationError({"reason": "Say why this person is taken off the case."})
    fields.check({"reason": reason})
    store.archive_party(actor, party_id, reason.strip())


# --- notes, documents, links --------------------------------------------------------------------

def add_note(case_id: int, text: str, actor: str, on: dt.date) -> CaseNote:
    _case(case_id)
    if not text.strip():
        raise ValidationError({"text": "Write the note first."})
    fields.check({"text": text})
    return store.add_note(actor, case_id, on, text.strip())


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-") or "document"


def attach_document(paths: DataPaths, case_id: int, source: Path, title: str, actor: str,
                    today: dt.date) -> None:
    """Copy a document into the data folder beside the case, and list it on the case."""
    case = _case(case_id)
    if not source.is_file():
        raise ParishDeskError(f"The file {source.name} could not be found.")
    fields.check({"title": title})
    folder_rel = Path("disputes") / _safe(case.reference)
    folder = paths.attachments_dir / folder_rel
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / _safe(source.name)
    stem, n = target.stem, 1
    while target.exists():
        n += 1
        target = folder / f"{stem}-{n}{target.suffix}"
    data = source.read_bytes()
    with database.atomic():
        store.add_attachment(actor, case_id, title.strip() or source.name,
                             str(folder_rel / target.name), hashlib.sha256(data).hexdigest(),
                             today)
        shutil.copyfile(source, target)


def link_record(case_id: int, kind: str, record_id: int, label: str, actor: str) -> None:
    _case(case_id)
    fields.check({"link_label": label})
    store.add_link(actor, case_id, kind, record_id, label)


def employee_outcome_labels() -> dict[str, str]:
    return dict(EMPLOYEE_OUTCOMES)
