"""Demo enquiries for Ashcombe Parish Council: a realistic inbox in every state.

Everything here is invented. Dates count back in working days from the day
the demo is made, so the inbox always has work overdue, work due soon, one
enquiry waiting for the councillor, some with protocol warnings, a party-group
advice record with a group still to be told, and a few issued replies. The
assistant is on annual leave when a councillor writes to him direct, so that
enquiry also shows the ENQ-6 warning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from parishdesk.domain.workdays import add_working_days
from parishdesk.paths import DataPaths
from parishdesk.services import enquiries as svc
from parishdesk.services import officer_leave
from parishdesk.services.demo.council import DemoCouncil, data_paths
from parishdesk.services.enquiries import CopyInput, EnquiryInput
from parishdesk.store import enquiry_store


@dataclass(frozen=True)
class _Demo:
    surname: str
    back: int  # working days before today it arrived
    hour: float
    channel: str
    kind: str
    subject: str
    text: str
    steps: tuple[tuple[str, int], ...] = ()  # (status, working days back) in order
    to_assistant: bool = False
    copies: tuple[tuple[str, bool], ...] = ()
    priority_demanded: bool = False
    resident: tuple[str, str] = ("", "")
    requested_in: int | None = None  # working days after receipt
    reply: str = ""
    reply_as: str = ""  # letter | email
    reply_back: int = 0
    late_reason: str = ""
    acknowledge: bool = False
    for_assistant: bool = False  # the Clerk passes it to the assistant
    extra: dict[str, str] = field(default_factory=dict)


INBOX: tuple[_Demo, ...] = (
    _Demo("Nowak", 30, 11.5, "email", "work", "Christmas tree lights on the green",
          "Last year two strings of lights failed. Could they be tested before the switch-on?",
          (("acknowledged", 29), ("in_progress", 27), ("answered", 17), ("closed", 15)),
          reply="The lights were tested on Tuesday and one string has been replaced.",
          reply_as="letter", reply_back=17, late_reason="The electrician could not come "
          "until the week after the deadline."),
    _Demo("Blackwood", 26, 14, "phone", "resident_case", "Drain blocked outside the shop",
          "A resident says the drain by the post office floods the pavement after rain.",
          (("acknowledged", 25), ("answered", 19)), resident=("Mr Alan Price", "01632 960 233")),
    _Demo("Pritchard", 25, 9.75, "email", "factual", "Date of the annual parish meeting",
          "When is the annual parish meeting next year, and where will it be held?",
          (("answered", 24), ("closed", 20)), for_assistant=True),
    _Demo("Carey", 22, 10, "letter", "work", "Replacement noticeboard at the bus stop",
          "The noticeboard glass is cracked. Can the council replace it?",
          (("acknowledged", 21), ("in_progress", 18), ("answered", 6)),
          late_reason="We waited for the second quotation the council's standing orders "
          "require."),
    _Demo("Fairweather", 20, 13.5, "email", "factual", "Allotment waiting list numbers",
          "How many people are on the allotment waiting list, and how long is the wait?",
          (("acknowledged", 19),), copies=(("Blackwood", True),),
          reply="There are 14 people on the list. The usual wait is about eighteen months.\n\n"
          "Two plots fall vacant in March, and the next two applicants have been told.",
          reply_as="letter", reply_back=16),
    _Demo("Ellwood", 18, 11, "email", "work", "Village hall hire charges",
          "Please could the hire charges for next year be drafted for the Finance and "
          "General Purposes Committee?",
          (("acknowledged", 17), ("in_progress", 16)),
          reply="Draft charges are attached for the committee. They rise by 3% in line with "
          "the budget assumption.", reply_as="email", reply_back=12,
          copies=(("Whitlock", True),)),
    _Demo("Pritchard", 17, 15, "in_person", "work", "Footpath sign at Long Meadow",
          "The fingerpost at the Long Meadow stile has fallen over.",
          (("in_progress", 16), ("answered", 9)), for_assistant=True),
    _Demo("Hollins", 16, 10.5, "email", "complaint", "Noise from the skate park",
          "Residents on Orchard Close complain about late-night noise from the skate park.",
          (("acknowledged", 15), ("in_progress", 14), ("answered", 8))),
    _Demo("Patel", 15, 9.5, "email", "factual", "Insurance cover for the summer fete",
          "Is the fete covered by the council's public liability insurance?",
          (("answered", 13), ("closed", 10))),
    _Demo("Pritchard", 14, 10.25, "email", "work", "Broken bench on the village green",
          "The bench by the war memorial has a broken slat. Could it be mended?",
          (("acknowledged", 13), ("in_progress", 11))),
    _Demo("Fairweather", 13, 16, "email", "work", "Assistant's appraisal and contract",
          "When is Liam's appraisal, and is his contract going to be renewed in the spring?",
          (("in_progress", 12),)),
    _Demo("Blackwood", 12, 14.5, "phone", "resident_case", "Street light out on Church Lane",
          "Mrs Fletcher reports that the light outside number 12 has been out for a week.",
          (("acknowledged", 11),), resident=("Mrs June Fletcher", "12 Church Lane, Ashcombe")),
    _Demo("Whitlock", 11, 11, "meeting", "group_advice", "Precept options for next year",
          "The Community First group would like to understand the options for next "
          "year's precept before the budget meeting.", (("in_progress", 10),)),
    _Demo("Ellwood", 10, 10, "email", "work", "Remembrance Sunday road closure",
          "Could the road closure notice for the parade be checked with the district council?",
          (("acknowledged", 9),)),
    _Demo("Nowak", 9, 11, "email", "factual", "Dates of next year's council meetings",
          "Could I have the dates of next year's council and committee meetings?"),
    _Demo("Carey", 8, 9.66, "letter", "work", "Overgrown hedge by the school footpath",
          "Parents say the hedge by the school footpath is pushing children into the road.",
          (("acknowledged", 7),), acknowledge=True),
    _Demo("Okafor", 7, 13, "email", "work", "Defibrillator battery checks",
          "Who checks the defibrillator at the village hall, and when was it last done?",
          (("in_progress", 6),)),
    _Demo("Okafor", 6, 11.5, "email", "complaint", "Grass cutting missed the playing field",
          "The contractor skipped the playing field again this month.",
          (("acknowledged", 5),), copies=(("Patel", False),)),
    _Demo("Whitlock", 5, 10, "email", "work", "Footpath survey forms for my ward walk",
          "Liam, I want you to photocopy 40 footpath survey forms for my ward walk and drop "
          "them at my house.", to_assistant=True, requested_in=1),
    _Demo("Patel", 4, 12, "email", "factual", "Planning application at the old mill",
          "What did the council say about the application at the old mill?",
          (("waiting", 3),)),
    _Demo("Hollins", 3, 15.33, "email", "work", "Leaflets for the spring campaign",
          "Could the office print 300 leaflets for my party's spring campaign? Community "
          "First will pay for the paper."),
    _Demo("Nowak", 3, 9.25, "phone", "factual", "Christmas lights switch-on insurance",
          "Does the insurance cover the switch-on event if the school choir performs?"),
    _Demo("Carey", 2, 14, "email", "factual", "Bus shelter cleaning rota",
          "How often is the Mill End bus shelter cleaned? I need the answer for a residents' "
          "meeting.", requested_in=1),
    _Demo("Marchetti", 2, 10.5, "in_person", "factual", "Induction pack and protocol copy",
          "As a newly co-opted member, could I have the induction pack and the Member/"
          "Officer Protocol?"),
    _Demo("Blackwood", 1, 16.9, "phone", "work", "Fly-tipping in the Mill Lane lay-by",
          "Mattresses dumped in the lay-by. This needs dealing with urgently, please put it "
          "before everything else.", priority_demanded=True),
)


def _at(today: dt.date, back: int, hour: float, nation: str) -> dt.datetime:
    day = add_working_days(today, -back, nation) if back else today
    minutes = round(hour * 60)
    return dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60))


def populate(demo: DemoCouncil, actor: str, today: dt.date) -> None:
    nation = demo.council.nation
    clerk_id = demo.officer_id("clerk")
    assistant_id = demo.officer_id("assistant")
    paths = data_paths()
    ids: dict[str, int] = {}
    _leave(assistant_id, today, nation, actor)
    for item in sorted(INBOX, key=lambda i: (-i.back, i.hour)):
        received = _at(today, item.back, item.hour, nation)
        requested = (add_working_days(received.date(), item.requested_in, nation)
                     if item.requested_in is not None else None)
        saved = svc.log_enquiry(EnquiryInput(
            councillor_id=demo.councillor_id(item.surname), received_at=received,
            subject=item.subject, text=item.text, channel=item.channel, kind=item.kind,
            requested_by=requested, addressed_to_id=assistant_id if item.to_assistant else None,
            priority_demanded=item.priority_demanded,
            copies=tuple(CopyInput(demo.councillor_id(s), ok) for s, ok in item.copies),
            resident_name=item.resident[0], resident_contact=item.resident[1]), actor)
        ids[item.subject] = saved.id
        if item.for_assistant:
            svc.assign(saved.id, assistant_id, clerk_id, actor)
        if item.acknowledge:
            svc.acknowledge(paths, saved.id, actor, _at(today, item.back - 1, 9.5, nation))
        replied = False
        for status, back in item.steps:
            if item.acknowledge and status == "acknowledged":
                continue
            if status == "answered" and item.reply:
                _reply(paths, saved.id, item, actor, _at(today, back, 14, nation))
                replied = True
                continue
            svc.transition(saved.id, status, actor, _at(today, back, 15, nation),
                           late_reason=item.late_reason if status == "answered" else "")
        if item.reply and not replied:
            _reply(paths, saved.id, item, actor, _at(today, item.reply_back, 14, nation))
    fast = ids["Fly-tipping in the Mill Lane lay-by"]
    svc.set_priority(fast, "high", clerk_id, actor)
    svc.assign(ids["Defibrillator battery checks"], assistant_id, clerk_id, actor)
    shelter = ids["Bus shelter cleaning rota"]
    if _has(shelter, "short-deadline"):
        svc.dismiss_warning(shelter, "short-deadline", "The answer is a one-line fact from the "
                            "contract; quick to give.", actor, _at(today, 1, 9, nation))
    community = demo.group_id("Community First")
    riverside = demo.group_id("Riverside Alliance")
    svc.record_group_advice(community, "Precept options for next year",
                            "Three options were set out with their effect on a Band D bill; "
                            "no option was recommended.",
                            add_working_days(today, -8, nation), actor,
                            enquiry_id=ids["Precept options for next year"])
    done, _ = svc.record_group_advice(riverside, "Allotment rent review",
                                      "The current rents, the neighbouring councils' rents "
                                      "and the notice period were explained.",
                                      add_working_days(today, -20, nation), actor)
    svc.mark_group_told(done, community, add_working_days(today, -18, nation), actor)


def _leave(assistant_id: int, today: dt.date, nation: str, actor: str) -> None:
    """Three working days of annual leave, starting the day the ward-walk request arrives."""
    item = next(i for i in INBOX if i.to_assistant)
    first = _at(today, item.back, item.hour, nation).date()
    officer_leave.add_leave(officer_leave.LeaveInput(
        assistant_id, first, add_working_days(first, 2, nation), "annual",
        "A week away, booked in September."), actor)


def _reply(paths: DataPaths, enquiry_id: int, item: _Demo, actor: str, when: dt.datetime
           ) -> None:
    reply_id = svc.write_reply(enquiry_id, item.reply, actor, when)
    if item.reply_as == "letter":
        svc.issue_reply_letter(paths, reply_id, actor, when, item.late_reason)
    else:
        svc.save_reply_email(paths, reply_id, actor, when, item.late_reason)


def _has(enquiry_id: int, code: str) -> bool:
    return enquiry_store.warning(enquiry_id, code) is not None
