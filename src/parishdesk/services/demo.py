"""The demo council: a clearly labelled, wholly fictional council to explore with.

Every name, address and party here is invented. Other areas add their own demo
records (enquiries, requests …) in modules named ``parishdesk.services.demo_NN_area``
(run in name order), each with ``populate(demo: DemoCouncil, actor: str, today: date)``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from dataclasses import dataclass, field

from parishdesk.domain.council import CouncilDetails
from parishdesk.errors import ParishDeskError
from parishdesk.store import council_store, register_repo
from parishdesk.store.db import database
from parishdesk.store.models import Committee, PartyGroup, Person

DEMO_COUNCIL = CouncilDetails(
    name="Ashcombe Parish Council",
    kind="parish",
    nation="england-and-wales",
    address="The Village Hall\nChurch Lane\nAshcombe\nExampleshire\nEX9 4PD",
    telephone="01632 960 417",
    email="clerk@ashcombe-pc.example",
    principal_council="Exampleshire District Council",
    mo_name="Ms Priya Natarajan",
    mo_address="Monitoring Officer\nExampleshire District Council\nCouncil Offices\n"
               "Market Street\nExampleton\nEX1 1AA",
    election_year=2027,
    is_demo=True,
)

GROUPS = ("Community First", "Riverside Alliance")

# (title, first, surname, group or None, ward)
COUNCILLORS = (
    ("Mrs", "Margaret", "Ellwood", "Community First", "North"),
    ("Mr", "Rajesh", "Patel", "Riverside Alliance", "South"),
    ("Mr", "Owen", "Pritchard", None, "North"),
    ("Ms", "Hannah", "Blackwood", "Community First", "South"),
    ("Mr", "Tomasz", "Nowak", "Riverside Alliance", "Mill End"),
    ("Dr", "Eleanor", "Fairweather", None, "Mill End"),
    ("Mr", "Graham", "Whitlock", "Community First", "North"),
    ("Ms", "Siobhan", "Carey", None, "South"),
    ("Mr", "David", "Okafor", "Riverside Alliance", "Mill End"),
    ("Mrs", "Fiona", "Marchetti", None, "North"),
    ("Mr", "Peter", "Hollins", "Community First", "South"),
)

COMMITTEES = (
    ("Finance and General Purposes Committee",
     "Budget, precept, accounts, insurance, contracts and the council's property.",
     "To approve spending within the budget up to £5,000.", False,
     "finance; budget; precept; accounts; insurance; contracts; property"),
    ("Planning and Environment Committee",
     "Comments on planning applications, footpaths, open spaces and the environment.",
     "To respond to planning consultations on the council's behalf.", False,
     "planning; footpaths; open spaces; trees; environment"),
    ("Staffing Committee",
     "Employment matters: appraisal, grievance, discipline, pay and recruitment of staff.",
     "To act for the council as employer, including hearing grievances.", True,
     "staff; employment; grievance; discipline; appraisal; recruitment; pay"),
)

MEMBERSHIPS = {
    "Finance and General Purposes Committee": ("Whitlock", ["Whitlock", "Ellwood", "Patel",
                                                            "Okafor", "Carey"]),
    "Planning and Environment Committee": ("Pritchard", ["Pritchard", "Blackwood", "Nowak",
                                                         "Marchetti", "Hollins"]),
    "Staffing Committee": ("Fairweather", ["Fairweather", "Ellwood", "Patel"]),
}



def extra_steps() -> list[str]:
    """The other areas' demo modules, in name order."""
    import parishdesk.services as services_pkg

    return sorted(f"parishdesk.services.{info.name}"
                  for info in pkgutil.iter_modules(services_pkg.__path__)
                  if info.name.startswith("demo_"))


@dataclass
class DemoCouncil:
    council: CouncilDetails
    councillors: dict[str, Person] = field(default_factory=dict)  # by surname
    officers: dict[str, Person] = field(default_factory=dict)  # "clerk", "assistant"
    committees: dict[str, Committee] = field(default_factory=dict)
    groups: dict[str, PartyGroup] = field(default_factory=dict)


def create_demo_council(actor: str, today: dt.date) -> DemoCouncil:
    """Fill an empty database with the demo council, in one transaction."""
    if council_store.get_council() is not None:
        raise ParishDeskError(
            "This data folder already holds a council, so the demo was not created. "
            "Use an empty data folder for the demo (parishdesk --data-dir NEW_FOLDER demo)."
        )
    elected = dt.date(DEMO_COUNCIL.election_year - 4, 5, 4)
    with database.atomic():
        demo = DemoCouncil(council_store.save_council(DEMO_COUNCIL, actor))
        clerk = register_repo.add_person(
            actor, kind="officer", title="Mrs", first_name="Catherine", surname="Brooks",
            post="Clerk", post_other="Responsible Financial Officer", is_proper_officer=True,
            email="clerk@ashcombe-pc.example", phone="01632 960 417",
            working_days="0,1,2,3,4", hours_from=dt.time(9), hours_to=dt.time(17),
            started_on=dt.date(2019, 9, 2),
        )
        assistant = register_repo.add_person(
            actor, kind="officer", title="Mr", first_name="Liam", surname="Hartley",
            post="Assistant", email="assistant@ashcombe-pc.example",
            working_days="0,1,2", hours_from=dt.time(9), hours_to=dt.time(13),
            started_on=dt.date(2024, 1, 8), line_manager=clerk,
        )
        demo.officers = {"clerk": clerk, "assistant": assistant}
        for name in GROUPS:
            demo.groups[name] = register_repo.add_group(actor, name)
        for index, (title, first, surname, group, ward) in enumerate(COUNCILLORS):
            co_opted = surname == "Marchetti"
            joined = today - dt.timedelta(days=20) if co_opted else elected
            person = register_repo.add_person(
                actor, kind="councillor", title=title, first_name=first, surname=surname,
                ward=ward, email=f"{first[0].lower()}.{surname.lower()}@ashcombe-pc.example",
                phone=f"07700 900{index:03d}",
                address=f"{10 + index * 3} {ward} Road\nAshcombe\nEX9 4P{chr(65 + index)}",
                joined_how="co-opted" if co_opted else "elected",
                joined_on=joined, accepted_office_on=joined,
            )
            demo.councillors[surname] = person
            if group:
                register_repo.add_role(actor, person, "group_member", joined,
                                       group=demo.groups[group])
        register_repo.add_role(actor, demo.councillors["Ellwood"], "council_chair",
                               dt.date(today.year if today.month > 5 else today.year - 1, 5, 15))
        register_repo.add_role(actor, demo.councillors["Patel"], "council_vice_chair",
                               dt.date(today.year if today.month > 5 else today.year - 1, 5, 15))
        for name, functions, powers, staffing, subjects in COMMITTEES:
            committee = register_repo.add_committee(
                actor, name=name, functions=functions, delegated_powers=powers,
                is_staffing=staffing, subjects=subjects,
            )
            demo.committees[name] = committee
            chair, members = MEMBERSHIPS[name]
            for surname in members:
                register_repo.add_role(actor, demo.councillors[surname], "committee_member",
                                       elected, committee=committee)
            register_repo.add_role(actor, demo.councillors[chair], "committee_chair", elected,
                                   committee=committee)
        for step in extra_steps():
            importlib.import_module(step).populate(demo, actor, today)
    return demo


def load_demo_council() -> DemoCouncil:
    """The demo council as :func:`create_demo_council` returned it, read back from the database.

    Lets a copy of a demo database be used as if it had just been made.
    """
    council = council_store.get_council()
    if council is None or not council.is_demo:
        raise ParishDeskError("This database does not hold the demo council.")
    demo = DemoCouncil(council)
    for person in Person.select().order_by(Person.id):
        if person.kind == "councillor":
            if person.archived_at is None:  # as made: former members are not in the dict
                demo.councillors.setdefault(person.surname, person)
        elif person.post == "Clerk":
            demo.officers.setdefault("clerk", person)
        elif person.post == "Assistant":
            demo.officers.setdefault("assistant", person)
    demo.committees = {c.name: c for c in Committee.select().order_by(Committee.id)}
    demo.groups = {g.name: g for g in PartyGroup.select().order_by(PartyGroup.id)}
    return demo
