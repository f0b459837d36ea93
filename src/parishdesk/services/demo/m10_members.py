"""Demo records for the member register: committee vice-chairs, interests, a relationship,
training and a leaver.

All fictional. Run inside the demo transaction by ``services.demo`` (see its docstring).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from parishdesk.domain.members import (
    Interest,
    Role,
    SpecialRelationship,
    Training,
    interests_form_due,
)
from parishdesk.services import members
from parishdesk.services.demo.council import elected_on
from parishdesk.store import register_store

if TYPE_CHECKING:
    from parishdesk.services.demo.council import DemoCouncil

# surname -> (category, description) entries on their register of interests
INTERESTS: dict[str, tuple[tuple[str, str], ...]] = {
    "Ellwood": (("disclosable_pecuniary", "Owner of a holiday let at Mill Cottage, Ashcombe"),
                ("other_registerable", "Trustee of the Ashcombe Village Hall charity")),
    "Patel": (("disclosable_pecuniary", "Director of Patel Pharmacy Ltd, High Street"),),
    "Whitlock": (("other_registerable", "Member of the Exampleshire Ramblers committee"),),
    "Okafor": (("non_registerable", "Season ticket holder at Exampleton Rovers"),),
    "Fairweather": (("disclosable_pecuniary", "Partner in Fairweather & Lowe, solicitors"),),
    "Pritchard": (("disclosable_pecuniary",
                   "Employed as a surveyor by Harlow Brothers Ltd, Exampleton"),),
    "Blackwood": (("other_registerable", "Governor of Exampleton Sixth Form College"),),
    "Nowak": (("disclosable_pecuniary", "Owner of Nowak Joinery, Unit 4, Quarry Lane"),),
    "Carey": (("other_registerable", "Treasurer of the Exampleshire Beekeepers' Association"),),
    "Hollins": (("non_registerable", "Member of Ashcombe Cricket Club"),),
}

# committee -> its vice-chair (a member of it), from the annual meeting after the election
VICE_CHAIRS: dict[str, str] = {
    "Finance and General Purposes Committee": "Okafor",
    "Planning and Environment Committee": "Blackwood",
    "Staffing Committee": "Ellwood",
}

TRAINING: tuple[tuple[str, str, str, int, bool], ...] = (
    # surname or officer key, course, provider, days ago, certificate held
    ("Ellwood", "Chairing meetings effectively", "Exampleshire Association of Local Councils",
     420, True),
    ("Patel", "New councillor induction", "Exampleshire Association of Local Councils",
     1200, True),
    ("Fairweather", "Employment law for staffing committees", "Local Council Skills Network",
     300, False),
    ("Marchetti", "New councillor induction", "Exampleshire Association of Local Councils",
     6, False),
    ("Pritchard", "Planning for councillors", "Exampleshire Association of Local Councils",
     540, True),
    ("Blackwood", "Code of conduct refresher", "Local Council Skills Network", 380, True),
    ("Nowak", "New councillor induction", "Exampleshire Association of Local Councils",
     1200, True),
    ("Whitlock", "Understanding council finance", "Local Council Skills Network", 610, True),
    ("Carey", "Code of conduct refresher", "Local Council Skills Network", 380, False),
    ("Okafor", "Understanding council finance", "Local Council Skills Network", 610, False),
    ("Hollins", "New councillor induction", "Exampleshire Association of Local Councils",
     1200, True),
    ("clerk", "Certificate in Local Council Administration", "Local Council Skills Network",
     1500, True),
    ("assistant", "Working with councillors: the member/officer protocol",
     "Local Council Skills Network", 200, True),
)


def populate(demo: DemoCouncil, actor: str, today: dt.date) -> None:
    people = {**{s: demo.councillor_id(s) for s in demo.councillors},
              **{k: demo.officer_id(k) for k in demo.officers}}
    elected = elected_on(demo.council)
    # Every elected councillor's form came back within the 28 days; Marchetti's is still due.
    for surname in demo.councillors:
        if surname == "Marchetti":
            continue
        register_store.add_interests_form(actor, demo.councillor_id(surname), interests_form_due(elected),
                                          elected + dt.timedelta(days=12 + len(surname)))
    for surname, entries in INTERESTS.items():
        for category, description in entries:
            members.save_interest(Interest(
                councillor_id=demo.councillor_id(surname), category=category, description=description,
                registered_on=elected + dt.timedelta(days=10),
            ), actor)
    members.save_relationship(SpecialRelationship(
        councillor_id=demo.councillor_id("Hollins"),
        with_whom="Mr Liam Hartley (the council's Assistant)",
        nature="Brother-in-law: married to his sister.",
        declared_on=elected + dt.timedelta(days=9),
    ), actor)
    for committee, surname in VICE_CHAIRS.items():
        members.add_role(Role(
            person_id=demo.councillor_id(surname), kind="committee_vice_chair",
            committee_id=demo.committee_id(committee), start=elected), actor)
    for key, course, provider, days_ago, certificate in TRAINING:
        members.save_training(Training(
            person_id=people[key], course=course, provider=provider,
            on=today - dt.timedelta(days=days_ago), certificate_held=certificate,
        ), actor)
    # A former councillor: served from the last election, resigned in the spring.
    former = register_store.add_person(
        actor, kind="councillor", title="Mr", first_name="Arthur", surname="Penhaligon",
        ward="Mill End", email="a.penhaligon@ashcombe-pc.example",
        address="3 Mill End Road\nAshcombe\nEX9 4PZ", joined_how="elected",
        joined_on=elected, accepted_office_on=elected,
    )
    register_store.add_interests_form(actor, former, interests_form_due(elected),
                                      elected + dt.timedelta(days=20))
    register_store.add_role(actor, Role(
        person_id=former, kind="committee_member",
        committee_id=demo.committee_id("Planning and Environment Committee"),
        start=elected))
    members.archive_councillor(former, today - dt.timedelta(days=150),
                               "Resigned: moved away from the parish", actor, today)
