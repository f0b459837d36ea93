"""Demo dispute cases: a few fictional cases on different tracks and in different states, one
of them overdue, so the Disputes area has something to show."""

from __future__ import annotations

import datetime as dt

from parishdesk.domain.workdays import add_working_days
from parishdesk.services.demo.council import DemoCouncil, data_paths
from parishdesk.services.disputes import cases, steps
from parishdesk.services.disputes.case_letters import (
    LetterRequest,
    issue_case_letter,
    step_with_letter,
)
from parishdesk.services.disputes.cases import NewCase


def populate(demo: DemoCouncil, actor: str, today: dt.date) -> None:
    paths = data_paths()

    def ago(n: int) -> dt.date:
        return add_working_days(today, -n)

    def name(surname: str) -> str:
        person = demo.councillors[surname]
        return f"Cllr {person.first_name} {person.surname}"

    assistant, clerk = demo.officers["assistant"], demo.officers["clerk"]

    # 1. A grievance by the Assistant about a councillor's behaviour: hearing arranged.
    opened = ago(9)
    grievance = cases.open_case(NewCase(
        raised_by="officer", about="councillor", nature="behaviour",
        complainant_name="Liam Hartley", complainant_person_id=assistant.id,
        subject_name=name("Whitlock"), subject_person_id=demo.councillors["Whitlock"].id,
        title="Comments made to the Assistant after a committee meeting",
        account="After the finance committee the councillor told the Assistant, in front of "
                "residents, that the minutes were 'a shambles' and that he would 'see about "
                "his hours'.",
        events_on=ago(14), informal_tried=True,
        informal_outcome="The Chair spoke to the councillor; a similar remark followed a week "
                         "later.",
        formal_requested=True), actor, opened)
    step_with_letter(paths, grievance.id, "acknowledged", LetterRequest("case_ack", ago(8)),
                     actor, today)
    steps.add_party(grievance.id, "decision_maker", "Eleanor Fairweather", actor, today,
                    "councillor", demo.councillors["Fairweather"].id)
    steps.add_party(grievance.id, "decision_maker", "Rajesh Patel", actor, today,
                    "councillor", demo.councillors["Patel"].id)
    steps.add_party(grievance.id, "companion", "A trade union representative", actor, today)
    hearing = add_working_days(today, 2)
    step_with_letter(paths, grievance.id, "hearing_invited", LetterRequest(
        "case_hearing_invite", ago(3), meeting_on=hearing, time="10.00 am",
        place="the committee room, The Village Hall",
        panel="Councillors Fairweather and Patel of the Staffing Committee",
        matter="your grievance about remarks made to you after the finance committee",
        evidence="Your written grievance, the note of the Chair's informal conversation with "
                 "the councillor, and the account of a resident who was present."),
        actor, today, due_on=hearing)
    steps.add_note(grievance.id, "Risk assessment done with the Assistant: he will not lock "
                   "up alone after evening meetings for now.", actor, ago(7))

    # 2. A Code of Conduct complaint sent to the Monitoring Officer, not yet acknowledged.
    code = cases.open_case(NewCase(
        raised_by="councillor", about="councillor", nature="code_breach",
        complainant_name=name("Carey"), complainant_person_id=demo.councillors["Carey"].id,
        subject_name=name("Okafor"), subject_person_id=demo.councillors["Okafor"].id,
        title="Resident's letter shared on social media",
        account="A resident's letter of complaint, with her address, was shared in a public "
                "social media group by the councillor.",
        events_on=ago(16), formal_requested=True), actor, ago(12))
    step_with_letter(paths, code.id, "sent_to_mo", LetterRequest("case_mo_referral", ago(8)),
                     actor, today)

    # 3. A councillor's formal concern about the Clerk: letters in the Chair's name.
    about_clerk = cases.open_case(NewCase(
        raised_by="councillor", about="clerk", nature="performance",
        complainant_name=name("Nowak"), complainant_person_id=demo.councillors["Nowak"].id,
        subject_name="Catherine Brooks", subject_person_id=clerk.id,
        title="Delays in publishing the planning committee's minutes",
        account="Minutes of three planning committee meetings were published later than the "
                "month the standing orders allow.",
        events_on=ago(20), informal_tried=True,
        informal_outcome="Raised with the Chair, who spoke to the Clerk; the delays went on.",
        formal_requested=True), actor, ago(4))
    issue_case_letter(paths, about_clerk.id, LetterRequest("case_ack", ago(3)), actor, today)
    steps.add_party(about_clerk.id, "investigator", "Hannah Blackwood", actor, today,
                    "councillor", demo.councillors["Blackwood"].id)
    steps.record_step(about_clerk.id, "investigation", ago(2), actor, today)

    # 4. The Clerk's informal concern about a councillor: discussed, a note agreed.
    informal = cases.open_case(NewCase(
        raised_by="clerk", about="councillor", nature="behaviour",
        complainant_name="Catherine Brooks", complainant_person_id=clerk.id,
        subject_name=name("Pritchard"), subject_person_id=demo.councillors["Pritchard"].id,
        title="Evening and weekend telephone calls",
        account="Several calls to the Clerk's own telephone late in the evening and at "
                "weekends, about routine matters.",
        events_on=ago(15)), actor, ago(10))
    steps.record_step(informal.id, "discussed", ago(6), actor, today,
                      detail="Met with the Chair present; the councillor apologised.")
    issue_case_letter(paths, informal.id, LetterRequest(
        "case_informal_note", ago(6),
        summary="Routine matters will go by e-mail to the council's address in office hours; "
                "urgent matters by telephone to the office."), actor, today)

    # 5. A protocol question, answered and closed.
    question = cases.open_case(NewCase(
        raised_by="councillor", about="councillor", nature="protocol_question",
        complainant_name=name("Blackwood"), complainant_person_id=demo.councillors[
            "Blackwood"].id, subject_name=name("Blackwood"),
        subject_person_id=demo.councillors["Blackwood"].id,
        title="Copying other councillors into e-mails to staff",
        account="May a councillor copy an e-mail to staff to the whole council without "
                "saying so?", events_on=ago(30)), actor, ago(25))
    steps.record_step(question.id, "answered", ago(22), actor, today,
                      detail="No silent copies: any copy is shown on the e-mail itself.")
    steps.record_step(question.id, "closed", ago(22), actor, today)
