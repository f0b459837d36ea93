"""Advice to one party group, and telling the others (GROUP-1, GROUP-2)."""

from __future__ import annotations

import datetime as dt

from parishdesk.services import enquiries as svc


def test_group_advice_lists_the_other_groups_until_told(demo) -> None:
    first = demo.groups["Community First"].id
    riverside = demo.groups["Riverside Alliance"].id
    advice_id, warning = svc.record_group_advice(first, "Allotment rents", "The options are A "
                                                 "and B.", dt.date(2026, 11, 2), "clerk")
    assert warning is None
    [view] = svc.group_advice_log(outstanding_only=True)
    assert view.outstanding == ("Riverside Alliance",)
    svc.mark_group_told(advice_id, riverside, dt.date(2026, 11, 3), "clerk")
    assert svc.group_advice_log(outstanding_only=True) == []
    [view] = svc.group_advice_log()
    assert view.told == (("Riverside Alliance", dt.date(2026, 11, 3)),)
    _, warning = svc.record_group_advice(first, "Precept", "We recommend option B.",
                                         dt.date(2026, 11, 2), "clerk")
    assert warning is not None and warning.rule_ids == ("GROUP-1",)
