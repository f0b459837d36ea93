"""The demo council itself: its details, councillors, officers, groups and committees.

Every name, address and party here is invented. :func:`populate_register`
makes the register the area modules build on; :func:`load_demo_council` reads
it back from a copy of a demo database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from parishdesk.domain.council import CouncilDetails
from parishdesk.domain.members import Committee, Councillor, Officer, PartyGroup, Role
from parishdesk.errors import ParishDeskError
from parishdesk.paths import DataPaths
from parishdesk.store import council_store, members_store, register_store
from parishdesk.store.db import database_file

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


@dataclass
class DemoCouncil:
    """What the demo was made of, as register records, by the names the data uses."""

    council: CouncilDetails
    councillors: dict[str, Councillor] = field(default_factory=dict)  # by surname
    officers: dict[str, Officer] = field(default_factory=dict)  # "clerk", "assistant"
    committees: dict[str, Committee] = field(default_factory=dict)
    groups: dict[str, PartyGroup] = field(default_factory=dict)

    def councillor_id(self, surname: str) -> int:
        return _id(self.councillors[surname].id)

    def officer_id(self, key: str) -> int:
        return _id(self.officers[key].id)

    def committee_id(self, name: str) -> int:
        return _id(self.committees[name].id)

    def group_id(self, name: str) -> int:
        return _id(self.groups[name].id)


def _id(value: int | None) -> int:
    assert value is not None, "a demo record read back from the database has an id"
    return value


def _officer(person_id: int) -> Officer:
    found = members_store.get_officer(person_id)
    assert found is not None, "an officer just added is in the register"
    return found


def data_paths() -> DataPaths:
    """The data folder of the database being filled in (letters and drafts go beside it)."""
    data_dir = database_file().parent
    return DataPaths(data_dir, data_dir / "logs")


def elected_on(council: CouncilDetails) -> dt.date:
    """The day of the last ordinary election (every demo area counts from it)."""
    return dt.date(council.election_year - 4, 5, 4)


def populate_register(demo: DemoCouncil, actor: str, today: dt.date) -> None:
    """The officers, party groups, councillors, offices and committees."""
    elected = elected_on(demo.council)
    clerk = register_store.add_person(
        actor, kind="officer", title="Mrs", first_name="Catherine", surname="Brooks",
        post="Clerk", post_other="Responsible Financial Officer", is_proper_officer=True,
        email="clerk@ashcombe-pc.example", phone="01632 960 417",
        working_days="0,1,2,3,4", hours_from=dt.time(9), hours_to=dt.time(17),
        started_on=dt.date(2019, 9, 2),
    )
    assistant = register_store.add_person(
        actor, kind="officer", title="Mr", first_name="Liam", surname="Hartley",
        post="Assistant", email="assistant@ashcombe-pc.example",
        working_days="0,1,2", hours_from=dt.time(9), hours_to=dt.time(13),
        started_on=dt.date(2024, 1, 8), line_manager=clerk,
    )
    demo.officers = {"clerk": _officer(clerk), "assistant": _officer(assistant)}
    group_ids = {name: register_store.add_group(actor, name) for name in GROUPS}
    person_ids: dict[str, int] = {}
    for index, (title, first, surname, group, ward) in enumerate(COUNCILLORS):
        co_opted = surname == "Marchetti"
        joined = today - dt.timedelta(days=20) if co_opted else elected
        person_ids[surname] = register_store.add_person(
            actor, kind="councillor", title=title, first_name=first, surname=surname,
            ward=ward, email=f"{first[0].lower()}.{surname.lower()}@ashcombe-pc.example",
            phone=f"07700 900{index:03d}",
            address=f"{10 + index * 3} {ward} Road\nAshcombe\nEX9 4P{chr(65 + index)}",
            joined_how="co-opted" if co_opted else "elected",
            joined_on=joined, accepted_office_on=joined,
        )
        if group:
            register_store.add_role(actor, Role(person_id=person_ids[surname],
                                                kind="group_member", start=joined,
                                                group_id=group_ids[group]))
    year_of_office = dt.date(today.year if today.month > 5 else today.year - 1, 5, 15)
    register_store.add_role(actor, Role(person_id=person_ids["Ellwood"], kind="council_chair",
                                        start=year_of_office))
    register_store.add_role(actor, Role(person_id=person_ids["Patel"],
                                        kind="council_vice_chair", start=year_of_office))
    for name, functions, powers, staffing, subjects in COMMITTEES:
        committee_id = register_store.add_committee(actor, Committee(
            name=name, functions=functions, delegated_powers=powers, is_staffing=staffing,
            subjects=tuple(subjects.split("; "))))
        chair, members = MEMBERSHIPS[name]
        for surname in members:
            register_store.add_role(actor, Role(person_id=person_ids[surname],
                                                kind="committee_member", start=elected,
                                                committee_id=committee_id))
        register_store.add_role(actor, Role(person_id=person_ids[chair], kind="committee_chair",
                                            start=elected, committee_id=committee_id))
    _read_back(demo, today, set(person_ids.values()))


def _read_back(demo: DemoCouncil, on: dt.date, councillor_ids: set[int] | None = None) -> None:
    """Fill the demo's dictionaries from the register (councillors current on ``on``)."""
    for councillor in members_store.list_councillors(on=on):
        if councillor_ids is None or councillor.id in councillor_ids:
            demo.councillors.setdefault(councillor.surname, councillor)
    demo.committees = {c.name: c for c in members_store.list_committees()}
    demo.groups = {g.name: g for g in members_store.list_groups()}


def load_demo_council(on: dt.date | None = None) -> DemoCouncil:
    """The demo council as :func:`create_demo_council` returned it, read back from the database.

    Lets a copy of a demo database be used as if it had just been made. Former
    councillors are left out, as they are from a demo just made.
    """
    council = council_store.get_council()
    if council is None or not council.is_demo:
        raise ParishDeskError("This database does not hold the demo council.")
    demo = DemoCouncil(council)
    for officer in members_store.list_officers():
        if officer.post == "Clerk":
            demo.officers.setdefault("clerk", officer)
        elif officer.post == "Assistant":
            demo.officers.setdefault("assistant", officer)
    _read_back(demo, on or dt.date.today())
    return demo
