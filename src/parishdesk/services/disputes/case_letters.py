"""A case's letters, through the one letter engine, from the council's editable templates.

The signatory follows CORR-2 as the case needs it (``case_signer``): the Clerk, or for a
case about the Clerk the Chair or the staffing committee's chair, never a party. Every page
says "Confidential" and the letter stays out of the letters register (DISP-12).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from parishdesk.domain.dispute_case import (
    ACK_NEXT_STEP,
    companion_right,
    letter_recipient_role,
)
from parishdesk.domain.dispute_steps import STEP_LABELS
from parishdesk.domain.disputes import COUNCILLORS, EMPLOYEE_OUTCOMES, companion_latest
from parishdesk.domain.letters import LETTER_TYPES, Recipient, long_date
from parishdesk.domain.text_fields import text_problems
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.paths import DataPaths
from parishdesk.services import letters
from parishdesk.services.disputes import gate
from parishdesk.services.disputes.case_file import CASE_TABLE, CaseFile, case_file
from parishdesk.services.disputes.steps import GRIEVANCE_OUTCOMES, record_step
from parishdesk.store import council_store
from parishdesk.store import disputes_store as store
from parishdesk.store.db import database

CASE_LETTERS: dict[str, str] = {
    k: t.label.removeprefix("Case: ")[:1].upper() + t.label.removeprefix("Case: ")[1:]
    for k, t in LETTER_TYPES.items() if t.confidential}
#: The step a letter goes with, when it is issued as that step happens.
LETTER_STEP: dict[str, str] = {"case_ack": "acknowledged",
                               "case_hearing_invite": "hearing_invited",
                               "case_outcome": "outcome_sent",
                               "case_appeal_outcome": "appeal_outcome",
                               "case_mo_referral": "sent_to_mo"}


@dataclass(frozen=True)
class LetterRequest:
    """What the clerk fills in for a case letter; empty fields take the case's own facts."""

    letter_type: str
    on: dt.date
    recipient_party_id: int | None = None
    matter: str = ""
    evidence: str = ""
    meeting_on: dt.date | None = None
    time: str = ""
    place: str = ""
    panel: str = ""
    outcome: str = ""
    reasons: str = ""
    summary: str = ""
    investigator: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def _recipient(cf: CaseFile, req: LetterRequest) -> tuple[Recipient, int | None]:
    role = letter_recipient_role(req.letter_type, cf.case.track, cf.case.about,
                                 cf.case.raised_by)
    if role == "mo":
        council = council_store.get_council()
        if council is None or not council.mo_name.strip():
            raise ParishDeskError("The Monitoring Officer's name and address are not in the "
                                  "council's details yet: add them under File, Council "
                                  "details.")
        lines = tuple(x.strip() for x in council.mo_address.splitlines() if x.strip())
        return Recipient(council.mo_name, lines, council.mo_name), None
    party = next((p for p in cf.parties if p.id == req.recipient_party_id), None) \
        or cf.party(role)
    if party is None:
        raise ParishDeskError("Add the person this letter goes to before issuing it.")
    lines = tuple(x.strip() for x in party.address.splitlines() if x.strip())
    salutation = f"Councillor {party.name.split()[-1]}" if party.kind in COUNCILLORS else ""
    return Recipient(party.name, lines, salutation), party.person_id


def _values(cf: CaseFile, req: LetterRequest) -> dict[str, str]:
    case = cf.case
    complainant = cf.party("complainant")
    subject = cf.party("subject")
    raiser = complainant.name if complainant else "a member of staff"
    matter = req.matter.strip() or f"the concern raised by {raiser}"
    values = {
        "case_reference": case.reference,
        "councillor_name": "",
        "received_on": long_date(case.opened_on),
        "handler": cf.route.handler[0].lower() + cf.route.handler[1:],
        "next_step": ACK_NEXT_STEP[case.track],
        "matter": matter,
        "evidence": req.evidence.strip(),
        "panel": req.panel.strip() or "a panel of the staffing committee",
        "hearing_time": req.time.strip(), "meeting_time": req.time.strip(),
        "hearing_place": req.place.strip(), "meeting_place": req.place.strip(),
        "investigator": req.investigator.strip() or "the investigating officer",
        "reasons": req.reasons.strip(),
        "summary": req.summary.strip() or case.account,
        "complainant": complainant.name if complainant else "",
        "subject_name": subject.name if subject else "",
        "events_on": long_date(case.events_on) if case.events_on else "the dates given",
        "principal_council": gate.principal_council() or "the principal council",
        "appeal_to": "the Clerk" if cf.signer == "clerk" else "the Chair of the council",
    }
    if req.meeting_on is not None:
        day = long_date(req.meeting_on)
        values.update(hearing_date=day, meeting_date=day,
                      companion_right=companion_right(
                          req.meeting_on, companion_latest(req.meeting_on, cf.nation)))
    label = {**GRIEVANCE_OUTCOMES, **EMPLOYEE_OUTCOMES}.get(req.outcome, req.outcome)
    values["outcome"] = label.lower() if label else ""
    appeal_by = letters_appeal_by(req.on, cf.nation)
    values["appeal_by"] = long_date(appeal_by)
    values.update(req.extra)
    return values


def letters_appeal_by(on: dt.date, nation: str) -> dt.date:
    from parishdesk.domain.workdays import add_working_days

    return add_working_days(on, gate.load_settings().appeal_days, nation)


def _check(req: LetterRequest) -> None:
    problems: dict[str, str] = {}
    if req.letter_type not in CASE_LETTERS:
        problems["letter_type"] = "Choose one of the case letters."
    needs_date = req.letter_type in ("case_hearing_invite", "case_appeal_invite",
                                     "case_investigation_invite")
    if needs_date and req.meeting_on is None:
        problems["meeting_on"] = "Give the date of the meeting."
    if needs_date and (not req.time.strip() or not req.place.strip()):
        problems["place"] = "Give the time and the place of the meeting."
    if req.letter_type == "case_hearing_invite" and not req.evidence.strip():
        problems["evidence"] = "State the case and the evidence the hearing will consider."
    if req.letter_type in ("case_outcome", "case_appeal_outcome") and not req.outcome:
        problems["outcome"] = "Choose the outcome."
    for name, message in text_problems(
            {"time": req.time, "place": req.place, "investigator": req.investigator,
             "matter": req.matter, "evidence": req.evidence, "panel": req.panel,
             "reasons": req.reasons, "summary": req.summary},
            {"time": "The time", "place": "The place", "investigator": "The investigator"},
            {"matter": "The matter", "evidence": "The evidence", "panel": "The panel",
             "reasons": "The reasons", "summary": "The summary"}).items():
        problems.setdefault(name, message)
    if problems:
        raise ValidationError(problems)


def issue_case_letter(paths: DataPaths, case_id: int, req: LetterRequest, actor: str,
                      today: dt.date, step_id: int | None = None) -> letters.IssuedLetterInfo:
    """Fill the template, check the signatory, number, render and file the letter, and tie it
    to the case (and to a step), in one transaction."""
    _check(req)
    cf = case_file(case_id, today)
    if not cf.signer:
        raise ParishDeskError(cf.signer_problem)
    recipient, person_id = _recipient(cf, req)
    values = _values(cf, req)
    subject, body = letters.from_template(req.letter_type, values, paths, req.on)
    letter = letters.compose(req.letter_type, recipient, subject, body, req.on,
                             signatory_role=cf.signer, title=f"{CASE_LETTERS[req.letter_type]} "
                             f"({cf.case.reference})")
    with database.atomic():
        info = letters.issue_letter(paths, letter, actor, recipient_person_id=person_id,
                                    related=(CASE_TABLE, case_id))
        if step_id is not None:
            store.set_step_letter(actor, step_id, info.id)
    return info


def step_with_letter(paths: DataPaths, case_id: int, kind: str, req: LetterRequest,
                     actor: str, today: dt.date, due_on: dt.date | None = None,
                     outcome: str = "", detail: str = "", sanction: str = "",
                     ) -> letters.IssuedLetterInfo:
    """Record a step and issue the letter that goes with it, together or not at all
    (e.g. "invited to a hearing" with the invitation)."""
    if kind not in STEP_LABELS:
        raise ValidationError({"kind": "Unknown step."})
    with database.atomic():
        step = record_step(case_id, kind, req.on, actor, today, due_on=due_on,
                           outcome=outcome, detail=detail, sanction=sanction)
        return issue_case_letter(paths, case_id, req, actor, today, step.id)
