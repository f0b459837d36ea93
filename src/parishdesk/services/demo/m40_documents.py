"""Demo documents: the model protocol adopted, a few rule links, and who has signed for it.

Version 1.0 was adopted about six months ago at a full council meeting, so
its annual review falls about six months ahead. Most councillors have
signed for their pack; Cllr Marchetti (co-opted twenty days ago) has not yet
been sent one, and Cllr Hollins has been sent one but not returned the form.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from parishdesk.domain.protocol_review import one_year_after
from parishdesk.services import protocol_acks, protocols
from parishdesk.services.demo.council import DemoCouncil

# Clause → rules, each confirmed from the suggestions for the model protocol.
DEMO_LINKS = {
    "2.1": ("ROLE-1",),
    "3.1": ("ENQ-1",),
    "4.1": ("CORR-1",),
    "4.2": ("CORR-2",),
    "6.1": ("ACCESS-1",),
    "6.8": ("ACCESS-8",),
    "9.3": ("PROTO-3",),
}


def populate(demo: DemoCouncil, actor: str, today: dt.date) -> None:
    adopted_on = today - dt.timedelta(days=182)
    version_id = protocols.adopt_model_protocol_as_draft(actor)
    _, draft = protocols.get_version(version_id)
    # The model's note to the clerk ("replace the dashes …") has no place in the adopted text.
    protocols.update_draft(version_id, replace(draft, preamble=()), actor)
    protocols.update_document_control(
        version_id, actor, version_label="1.0", last_reviewed=adopted_on,
        next_review=one_year_after(adopted_on),
        meeting=f"Full Council meeting of {adopted_on.strftime('%d/%m/%Y')}",
        minute_ref=f"{adopted_on.year}/047",
    )
    protocols.adopt(version_id, actor, adopted_on=adopted_on,
                    meeting=f"Full Council meeting of {adopted_on.strftime('%d/%m/%Y')}",
                    minute_ref=f"{adopted_on.year}/047")
    suggested = protocols.suggested_links(version_id)
    for clause, rule_ids in DEMO_LINKS.items():
        if all(r in suggested.get(clause, ()) for r in rule_ids):
            protocols.set_clause_links(version_id, clause, rule_ids, actor)

    issued_on = adopted_on + dt.timedelta(days=7)
    for index, surname in enumerate(sorted(demo.councillors)):
        person_id = demo.councillor_id(surname)
        if surname == "Marchetti":
            continue  # co-opted twenty days ago: her pack has not gone out yet
        protocol_acks.record_issued(person_id, version_id, issued_on, actor)
        if surname == "Hollins":
            continue  # issued, form not yet back
        protocol_acks.record_returned(person_id, version_id,
                                      issued_on + dt.timedelta(days=3 + index % 9), actor)
