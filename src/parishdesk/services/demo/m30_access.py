"""Demo information requests: two or more in most statuses, so the area has something to
show, each decision with the letter that told the councillor."""

from __future__ import annotations

import datetime as dt

from parishdesk.domain.workdays import add_working_days
from parishdesk.services import access
from parishdesk.services.access import DecisionInput, RequestInput
from parishdesk.services.demo.council import DemoCouncil, data_paths


def _ago(today: dt.date, working_days: int) -> dt.date:
    return add_working_days(today, -working_days)


def populate(demo: DemoCouncil, actor: str, today: dt.date) -> None:
    cllr = {name: demo.councillor_id(name) for name in demo.councillors}
    committee = {name: demo.committee_id(name) for name in demo.committees}
    finance = committee["Finance and General Purposes Committee"]
    planning = committee["Planning and Environment Committee"]
    staffing = committee["Staffing Committee"]
    clerk_id = demo.officer_id("clerk")
    paths = data_paths()

    def log(who: str, days_ago: int, documents: str, **fields: object) -> int:
        data = RequestInput(requester_id=cllr[who], received_on=_ago(today, days_ago),
                            documents=documents, decider_id=clerk_id, **fields)  # type: ignore[arg-type]
        return access.log_request(data, actor, today).id

    def decide(request_id: int, decision: str, days_ago: int, **fields: object) -> None:
        record = access.get_request(request_id, today)
        reasons = fields.pop("reasons", record.assessment.reasons)
        access.decide_access(request_id, DecisionInput(
            decision=decision, reasons=tuple(reasons),  # type: ignore[arg-type]
            decided_on=_ago(today, days_ago), **fields),  # type: ignore[arg-type]
            actor, paths, today, issue_letter=True)

    # Received yesterday: a planning committee member asks about the committee's own papers.
    log("Nowak", 1, "the tree survey of the recreation ground commissioned this year",
        holder="Clerk's office", committee_id=planning)

    # Received under the Freedom of Information Act instead: 20 working days, UK-wide.
    log("Marchetti", 3, "correspondence with the district council about the car park lease",
        holder="Clerk's office", committee_id=finance, foi=True,
        reason="I would like to understand the history of the lease.")

    # Being assessed, and overdue: tender evaluation for the grounds maintenance contract.
    tender = log("Carey", 14, "the scoring sheets from the grounds maintenance tender",
                 holder="Clerk's office", committee_id=finance,
                 contents=frozenset({"negotiation"}),
                 reason="Residents have asked me why the cheapest bid was not chosen.")
    access.transition(tender, "assessing", actor, _ago(today, 12), today)

    # Waiting for the councillor's reason: letters from residents (personal data).
    letters_id = log("Fairweather", 9, "letters from residents about allotment plot 14",
                     holder="Allotments officer", contents=frozenset({"personal_data"}))
    decide(letters_id, "justification_requested", 7)

    # Decided: disclosed in full, with the purpose it was given for.
    accounts = log("Patel", 20, "the bank reconciliations for July to September",
                   holder="Responsible Financial Officer", committee_id=finance)
    decide(accounts, "disclosed_full", 18,
           purpose="Preparing for the committee's quarterly review of the accounts.",
           conditions=("Inspect at the council office; no copies to be taken away.",))

    # Decided: refused, with reasons (another group's internal paper).
    group_paper = log("Pritchard", 16, "the Riverside Alliance's briefing note on the precept",
                      holder="Clerk's office", contents=frozenset({"group_internal"}),
                      document_group="Riverside Alliance",
                      reason="I want to see what the other side is planning.")
    decide(group_paper, "refused", 14)

    # Decided: disclosed in part, with the redactions described.
    bookings = log("Blackwood", 15, "the village hall booking diary for October",
                   holder="Bookings secretary", contents=frozenset({"personal_data"}),
                   reason="A resident complains of noise after 11pm; I need the dates of "
                          "late bookings to take it up with the hall committee.",
                   reason_specific=True)
    decide(bookings, "disclosed_part", 12,
           purpose="Looking into a resident's complaint about late-night noise at the hall.",
           redactions="Hirers' names, home addresses and telephone numbers.")

    # Referred to committee: a refusal the councillor disputes.
    appraisal = log("Okafor", 25, "notes of the Clerk's annual appraisal",
                    holder="Chair of the Staffing Committee", committee_id=staffing,
                    contents=frozenset({"employee"}),
                    reason="I like to keep an eye on how our staff are doing.")
    decide(appraisal, "refused", 22)
    access.refer_to_committee(appraisal, actor, _ago(today, 18), today,
                              meeting_on=add_working_days(today, 6))

    # Committee decided: the committee overturned a refusal.
    footpath = log("Ellwood", 40, "the footpath survey notes for Mill Lane",
                   holder="Clerk's office", committee_id=planning,
                   reason="Just curious about what was found.")
    decide(footpath, "refused", 37)
    access.refer_to_committee(footpath, actor, _ago(today, 34), today,
                              meeting_on=_ago(today, 25))
    access.record_committee_outcome(
        footpath, "overturned", actor, _ago(today, 25), today,
        note="The committee found the survey notes are about business due before it, so "
             "any councillor may see them.")

    # Closed: disclosed and finished with.
    minutes = log("Whitlock", 45, "the draft risk assessment for the play area",
                  holder="Clerk's office", committee_id=finance, meeting_business=True,
                  meeting="Finance and General Purposes Committee, October meeting")
    decide(minutes, "disclosed_full", 44,
           purpose="Considering the item on the committee's October agenda.")
    access.close_request(minutes, actor, _ago(today, 30), today)

    # Added after the first ten, so that those keep their references (IR/2026/0001-0010).

    # Being assessed: quotes for the car park, asked for without a reason yet.
    quotes = log("Hollins", 6, "the three quotes for resurfacing the car park",
                 holder="Clerk's office", committee_id=finance)
    access.transition(quotes, "assessing", actor, _ago(today, 5), today)

    # Waiting for the councillor's reason: the allotment tenancy list (personal data).
    tenants = log("Blackwood", 5, "the list of allotment tenants with their addresses",
                  holder="Allotments officer", contents=frozenset({"personal_data"}))
    decide(tenants, "justification_requested", 3)

    # Referred to committee: legal advice, refused for want of a specific need.
    advice = log("Marchetti", 18, "the solicitor's advice on the cemetery boundary dispute",
                 holder="Clerk's office", committee_id=finance,
                 contents=frozenset({"legal_advice"}),
                 reason="As a new councillor I would like to read up on past disputes.")
    decide(advice, "refused", 15)
    access.refer_to_committee(advice, actor, _ago(today, 10), today,
                              meeting_on=add_working_days(today, 8))

    # Committee decided: the Staffing Committee upheld a refusal.
    sickness = log("Nowak", 35, "the sickness absence records of the council's staff",
                   holder="Clerk's office", committee_id=staffing,
                   contents=frozenset({"employee"}),
                   reason="Residents say the office is often closed.")
    decide(sickness, "refused", 32)
    access.refer_to_committee(sickness, actor, _ago(today, 30), today,
                              meeting_on=_ago(today, 20))
    access.record_committee_outcome(
        sickness, "upheld", actor, _ago(today, 20), today,
        note="Staff absence is a matter for the Staffing Committee as a whole; the office "
             "opening hours were put on the next agenda instead.")

    # Decided otherwise than recommended: a published document, so the officer disclosed.
    spec = log("Pritchard", 11, "the grass-cutting contract specification",
               holder="Clerk's office", committee_id=finance,
               reason="Just curious how often the verges are cut.")
    decide(spec, "disclosed_full", 9,
           reasons=("The specification is already published on the council's website, so "
                    "nothing in it is confidential.",),
           purpose="Knowing how often the verges are cut.",
           override_reason="The document is already public: refusing it would serve no "
                           "purpose and the councillor could read it online.")

    # Closed: the papers were never held.
    memorial = log("Carey", 30, "the 1998 condition survey of the war memorial",
                   holder="Clerk's office", committee_id=planning,
                   reason="The memorial needs repair and the old survey would help the "
                          "committee compare.", reason_specific=True)
    decide(memorial, "not_held", 28,
           reasons=("The council's files from before 2005 were passed to the county record "
                    "office, and its catalogue lists no such survey.",))
    access.close_request(memorial, actor, _ago(today, 20), today)
