"""Every form's service call fed what a clerk might type or paste: the only exceptions
that may escape are the project's own (a ParishDeskError, e.g. a ValidationError whose
message the form shows). Each test shares one demo council across its examples."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from parishdesk.domain.access import CONTENT_CATEGORIES
from parishdesk.domain.members import POSTS, Committee, Councillor, Officer, PartyGroup
from parishdesk.services import (
    access,
    enquiries,
    inbox,
    letters,
    member_io,
    members,
    officer_leave,
)
from tests.conftest import DEMO_TODAY
from tests.fuzz.conftest import examples
from tests.fuzz.strategies import (
    OUTCOMES,
    N,
    emails,
    form,
    lines,
    names,
    paras,
    phones,
    recent,
    tolerate,
    typed,
)


def _exports(folder) -> None:  # type: ignore[no-untyped-def]
    """What was saved must still export: a stray control code used to break the .xlsx."""
    member_io.write_xlsx(folder / "register.xlsx", DEMO_TODAY)
    member_io.write_csv(folder / "register.csv", DEMO_TODAY)


def test_add_councillor(demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    groups = st.sampled_from([None, *demo.groups])

    @settings(max_examples=N)
    @given(f=form(title=st.sampled_from(["", "Cllr", "Mrs", "Dr"]), first_name=names,
                  surname=names, preferred_name=st.one_of(st.just(""), names), ward=lines,
                  email=emails, phone=phones, address=paras, group=groups, joined_on=recent,
                  accepted_office_on=st.none(), term_ends_on=st.none(),
                  joined_how=st.sampled_from(["elected", "co-opted", "appointed"])))
    def run(f: dict) -> None:  # type: ignore[type-arg]
        added = tolerate(members.add_councillor, Councillor(**f), "fuzz", DEMO_TODAY)
        if added is not None:
            tolerate(members.update_councillor, added, "fuzz", DEMO_TODAY)
            _exports(tmp_path)

    run()


def test_add_officer(demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    @settings(max_examples=N)
    @given(f=form(title=st.sampled_from(["", "Mr", "Ms"]), first_name=names, surname=names,
                  post=st.sampled_from([p for p in POSTS if p != "Clerk"]), post_other=lines,
                  email=emails, phone=phones, started_on=recent,
                  working_days=st.frozensets(st.integers(0, 6), min_size=1),
                  line_manager_id=st.just(demo.officers["clerk"].id)))
    def run(f: dict) -> None:  # type: ignore[type-arg]
        if tolerate(members.add_officer, Officer(**f), "fuzz", DEMO_TODAY) is not None:
            _exports(tmp_path)

    run()


def test_committee_and_group(demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    @settings(max_examples=N)
    @given(f=form(name=names, functions=paras, delegated_powers=paras,
                  subjects=st.lists(lines, max_size=3).map(tuple)),
           group=st.one_of(names, typed))
    def run(f: dict, group: str) -> None:  # type: ignore[type-arg]
        saved = [tolerate(members.save_group, PartyGroup(name=group), "fuzz"),
                 tolerate(members.save_committee, Committee(**f), "fuzz")]
        if any(saved):
            _exports(tmp_path)

    run()


def test_log_enquiry_reply_and_search(demo, paths) -> None:  # type: ignore[no-untyped-def]
    councillor_ids = [p.id for p in demo.councillors.values()]
    from parishdesk.domain.enquiry import Channel, Kind

    channels = [c.value for c in Channel]

    @settings(max_examples=N)
    @given(f=form(councillor_id=st.sampled_from(councillor_ids), subject=names, text=paras,
                  channel=st.sampled_from(channels),
                  kind=st.sampled_from([k.value for k in Kind]),
                  resident_name=st.one_of(st.just(""), names), resident_contact=lines,
                  requested_by=st.one_of(st.none(), recent)),
           received=st.datetimes(dt.datetime(2020, 1, 1), dt.datetime(2026, 11, 1)),
           reply=st.one_of(paras, typed), search=typed)
    def run(f: dict, received: dt.datetime, reply: str, search: str) -> None:  # type: ignore[type-arg]
        data = enquiries.EnquiryInput(received_at=received, **f)
        saved = tolerate(enquiries.save_enquiry, paths, None, data, "fuzz")
        if saved is not None:
            tolerate(enquiries.detail, saved.id, DEMO_TODAY)
            reply_id = tolerate(enquiries.write_reply, saved.id, reply, "fuzz", received)
            if reply_id is not None:
                # The e-mail draft: a line break in the subject used to break its headers.
                enquiries.build_email(paths, reply_id, DEMO_TODAY).as_bytes()
        query = enquiries.inbox_query(DEMO_TODAY, search=search)
        inbox.page(query, 0, 50)
        inbox.count(query)
        letters.search_letters(search)

    run()


def test_access_request(demo) -> None:  # type: ignore[no-untyped-def]
    councillor_ids = [p.id for p in demo.councillors.values()]

    @settings(max_examples=N)
    @given(f=form(requester_id=st.sampled_from(councillor_ids), documents=paras, holder=lines,
                  meeting_business=st.booleans(), meeting=names, document_group=names,
                  reason=paras, foi=st.booleans(),
                  contents=st.frozensets(st.sampled_from(sorted(CONTENT_CATEGORIES)),
                                         max_size=2),
                  received_on=recent))
    def run(f: dict) -> None:  # type: ignore[type-arg]
        saved = tolerate(access.log_request, access.AccessRecord(**f), "fuzz", DEMO_TODAY)
        if saved is not None:
            access.list_requests(DEMO_TODAY)

    run()


def test_officer_leave_and_group_advice(demo) -> None:  # type: ignore[no-untyped-def]
    officer_ids = [p.id for p in demo.officers.values()]
    group_ids = [g.id for g in demo.groups.values()]

    @settings(max_examples=N)
    @given(leave=form(officer_id=st.sampled_from(officer_ids), starts_on=recent,
                      ends_on=recent, kind=st.sampled_from(["annual", "sick", "other"]),
                      note=paras),
           advice=form(advised_group_id=st.sampled_from(group_ids), matter=names,
                       summary=paras))
    def run(leave: dict, advice: dict) -> None:  # type: ignore[type-arg]
        tolerate(officer_leave.add_leave, officer_leave.LeaveInput(**leave), "fuzz")
        tolerate(enquiries.record_group_advice, on=DEMO_TODAY, actor="fuzz", **advice)

    run()


def test_zz_the_examples_reached_the_store() -> None:
    """Runs last: every service above saved some examples, so the fuzzing went past the
    first validation into the store, the exports and the e-mail draft."""
    called = {key.split(":")[0] for key in OUTCOMES}
    never_saved = sorted(name for name in called if not OUTCOMES[f"{name}: saved"])
    assert not never_saved, f"no example got through: {never_saved} ({dict(OUTCOMES)})"


def test_issue_a_general_letter(demo, paths) -> None:  # type: ignore[no-untyped-def]
    """The Letters area's Issue button: template, compose, number, render the PDF, file it."""
    from parishdesk.domain.letters import Recipient

    @settings(max_examples=examples(120))
    @given(f=form(name=names, address=paras, subject=names, body=paras, cc=lines),
           chair=st.booleans())
    def run(f: dict, chair: bool) -> None:  # type: ignore[type-arg]
        recipient = Recipient(f["name"].strip(), tuple(
            x.strip() for x in f["address"].splitlines() if x.strip()))
        if not (f["subject"].strip() and f["body"].strip() and recipient.name):
            return  # the dialog asks for these before it calls the service
        made = tolerate(letters.from_template, "general",
                         {"subject": f["subject"].strip(), "body": f["body"].strip(),
                          "councillor_name": recipient.name}, paths, DEMO_TODAY)
        if made is None:
            return
        subject, paragraphs = made
        letter = tolerate(letters.compose, "general", recipient, subject, paragraphs,
                           DEMO_TODAY, cc=(f["cc"],), signatory_role="chair" if chair else "clerk")
        if letter is not None:
            tolerate(letters.issue_letter, paths, letter, "fuzz")

    run()


def test_council_details(demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Settings ▸ Council details: what is saved there heads every letter and register."""
    from dataclasses import replace

    from parishdesk.services import council

    @settings(max_examples=N)
    @given(f=form(name=names, address=paras, telephone=phones, email=emails,
                  principal_council=lines, mo_name=names, mo_address=paras))
    def run(f: dict) -> None:  # type: ignore[type-arg]
        current = council.current_council()
        assert current is not None
        if tolerate(council.update_council, replace(current, **f), "fuzz") is not None:
            member_io.write_pdf(tmp_path / "register.pdf", DEMO_TODAY)  # the letterhead

    run()


def test_open_a_dispute_case(demo) -> None:  # type: ignore[no-untyped-def]
    """The new-concern wizard's last step: open the case on its route."""
    from parishdesk.domain.disputes import NATURES, RAISERS, SUBJECTS, TRACKS
    from parishdesk.services.disputes.cases import NewCase, open_case

    @settings(max_examples=N)
    @given(f=form(raised_by=st.sampled_from(sorted(RAISERS)), about=st.sampled_from(sorted(SUBJECTS)),
                  nature=st.sampled_from(sorted(NATURES)), complainant_name=names,
                  subject_name=names, account=paras, events_on=st.one_of(st.none(), recent),
                  informal_tried=st.booleans(), informal_outcome=paras,
                  formal_requested=st.booleans(), title=lines,
                  track=st.sampled_from(["", *sorted(TRACKS)]), override_reason=paras))
    def run(f: dict) -> None:  # type: ignore[type-arg]
        tolerate(open_case, NewCase(**f), "fuzz", DEMO_TODAY)

    run()
