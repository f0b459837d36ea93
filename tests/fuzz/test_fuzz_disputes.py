"""The Disputes area's forms (a party, a note, a step, a document's title), fed what a clerk
might type or paste: the only exceptions that may escape are the project's own. The
examples share one demo council and one open case, whose file and bundle must still print.
(Opening a case is fuzzed in test_fuzz_forms.py.)"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from parishdesk.domain.dispute_case import PARTY_ROLES
from parishdesk.domain.dispute_steps import ASSESSMENT_OUTCOMES, STEP_LABELS
from parishdesk.services.disputes import bundle, case_file, steps
from parishdesk.services.disputes.cases import NewCase, open_case
from tests.conftest import DEMO_TODAY
from tests.fuzz.conftest import examples
from tests.fuzz.strategies import (
    assert_some_saved,
    form,
    names,
    odd_dates,
    paras,
    pasted,
    recent,
    tolerate,
)

N = examples(40)


def _case(demo):  # type: ignore[no-untyped-def]
    return open_case(NewCase(
        raised_by="officer", about="councillor", nature="behaviour",
        complainant_name="Liam Hartley", subject_name="Cllr Graham Whitlock",
        complainant_person_id=demo.officers["assistant"].id,
        subject_person_id=demo.councillors["Whitlock"].id, account="What happened.",
        events_on=dt.date(2026, 11, 16)), "fuzz", DEMO_TODAY)


def test_case_party_note_and_document(demo, paths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    case = _case(demo)
    people = [None, *(c.id for c in demo.councillors.values())]
    source = tmp_path / "statement.txt"
    source.write_text("A statement.\n", encoding="utf-8")

    @settings(max_examples=N)
    @given(party=form(pasted, name=names, address=paras),
           role=st.sampled_from([*PARTY_ROLES, "bystander"]), person=st.sampled_from(people),
           note=st.one_of(paras, pasted), on=st.one_of(recent, odd_dates),
           title=st.one_of(names, pasted))
    def run(party: dict, role: str, person: int | None, note: str, on: dt.date,  # type: ignore[type-arg]
            title: str) -> None:
        tolerate(steps.add_party, case.id, role, party["name"], "fuzz", DEMO_TODAY,
                 person_id=person, address=party["address"])
        tolerate(steps.add_note, case.id, note, "fuzz", on)
        tolerate(steps.attach_document, paths, case.id, source, title, "fuzz", DEMO_TODAY)

    run()
    cf = case_file.case_file(case.id, DEMO_TODAY)
    bundle.make_bundle(paths, case.id, tmp_path / "bundle.pdf", "fuzz", DEMO_TODAY)
    assert cf.case.id == case.id
    assert_some_saved("add_party", "add_note", "attach_document")


def test_case_step(demo, tmp_path, paths) -> None:  # type: ignore[no-untyped-def]
    case = _case(demo)
    outcomes = ["", *ASSESSMENT_OUTCOMES, "upheld", "dismissal", "made up"]

    @settings(max_examples=N)
    @given(kind=st.sampled_from([*STEP_LABELS, "teatime"]),
           on=st.one_of(st.just(DEMO_TODAY), recent, odd_dates),
           due=st.one_of(st.none(), recent, odd_dates), outcome=st.sampled_from(outcomes),
           detail=st.one_of(paras, pasted),
           sanction=st.sampled_from(["", "no_action", "suspension", "dismissal"]))
    def run(kind: str, on: dt.date, due: dt.date | None, outcome: str, detail: str,  # type: ignore[no-untyped-def]
            sanction: str) -> None:
        tolerate(steps.record_step, case.id, kind, on, "fuzz", DEMO_TODAY, due_on=due,
                 outcome=outcome, detail=detail, sanction=sanction)

    run()
    bundle.make_bundle(paths, case.id, tmp_path / "bundle.pdf", "fuzz", DEMO_TODAY)
    assert_some_saved("record_step")
