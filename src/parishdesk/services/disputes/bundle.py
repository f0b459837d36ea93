"""The case bundle: the whole case in one confidential PDF (the GUI and ``case-bundle``)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from parishdesk.domain.dispute_case import PARTY_ROLES
from parishdesk.domain.dispute_steps import STEP_DATE_MEANING
from parishdesk.domain.disputes import NATURES, RAISERS, SUBJECTS, TRACKS, rule_in_words
from parishdesk.domain.letters import long_date
from parishdesk.errors import ParishDeskError
from parishdesk.paths import DataPaths
from parishdesk.services import letters
from parishdesk.services.disputes.case_file import CaseFile, case_file
from parishdesk.store import audit, letters_store
from parishdesk.store import disputes_store as store

if TYPE_CHECKING:  # reportlab is loaded only when a bundle is made
    from parishdesk.documents.disputes_bundle_pdf import BundleContent


def _d(day: dt.date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


def content(cf: CaseFile, today: dt.date) -> BundleContent:
    from parishdesk.documents.disputes_bundle_pdf import BundleContent

    case = cf.case
    facts = [("Reference", case.reference), ("Opened", _d(case.opened_on)),
             ("Raised by", RAISERS[case.raised_by]), ("About", SUBJECTS[case.about]),
             ("Nature", NATURES[case.nature]), ("Track", TRACKS[case.track]),
             ("State", cf.state_label), ("Events on", _d(case.events_on) or "Not given"),
             ("Handled by", cf.route.handler)]
    if case.informal_tried:
        facts.append(("Tried informally", case.informal_outcome))
    if case.overridden:
        facts.append(("Route chosen", f"{TRACKS[case.track]} instead of "
                      f"{TRACKS[case.recommended_track]}, because: {case.override_reason}"))
    deadlines = []
    for d in cf.deadlines:
        if d.met_on is not None:
            state = f"Met {_d(d.met_on)}" + (" (late)" if d.met_on > d.due_on else "")
        else:
            left = d.days_left(today, cf.nation)
            state = (f"{left} working day{'s' if left != 1 else ''} left" if left >= 0
                     else f"Overdue by {-left} working day{'s' if left != -1 else ''}")
        deadlines.append((d.label, _d(d.due_on), state))
    chronology = [(_d(e.step.on), e.label + (
        f" ({STEP_DATE_MEANING.get(e.step.kind, 'Date set').lower()} {_d(e.step.due_on)})"
        if e.step.due_on else ""), e.detail) for e in cf.timeline]
    return BundleContent(
        reference=case.reference, title=case.title, facts=tuple(facts),
        parties=tuple((PARTY_ROLES.get(p.role, p.role), p.name) for p in cf.parties),
        chronology=tuple(chronology), deadlines=tuple(deadlines),
        letters=tuple((x.reference, _d(x.issued_on), x.recipient, x.subject)
                      for x in cf.letters),
        notes=tuple((_d(n.on), n.text) for n in cf.notes),
        attachments=tuple((_d(a.added_on), a.title, Path(a.file_name).name)
                          for a in cf.attachments),
        warnings=tuple(w for w in (cf.tribunal_warning, *cf.route.warnings) if w),
        rules=tuple(rule_in_words(r) for r in cf.route.rules), account=case.account,
        letters_in_full=tuple(
            (f"{x.reference}, {long_date(x.date)}, to {x.recipient.name}, in the name of "
             f"{x.signatory.name} ({x.signatory.capacity})", x.subject, x.body)
            for x in letters_store.letters_for_record(store.TABLE, case.id)))


def make_bundle(paths: DataPaths, case_id: int, out: Path, actor: str, today: dt.date) -> Path:
    """Write the case bundle to ``out`` and note in the audit log that it was made."""
    from parishdesk.documents.disputes_bundle_pdf import render_bundle

    cf = case_file(case_id, today)
    pdf = render_bundle(content(cf, today), letters.letterhead(), today)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part")
        tmp.write_bytes(pdf)
        os.replace(tmp, out)
    except OSError as exc:
        raise ParishDeskError(f"The bundle could not be written to {out}: "
                              f"{exc.strerror or exc}.") from None
    audit.note(store.TABLE, case_id, actor, "case bundle made")
    return out
