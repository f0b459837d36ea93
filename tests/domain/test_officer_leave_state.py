"""What the staff leave list says about a period: ended, current, planned or archived."""

import datetime as dt

from parishdesk.domain.officer_leave import LeavePeriod


def _period(starts: dt.date, ends: dt.date, archived: bool = False) -> LeavePeriod:
    return LeavePeriod(id=1, officer_id=2, officer_name="Liam Hartley", starts_on=starts,
                       ends_on=ends, kind="annual", note="", archived=archived)


def test_leave_that_has_ended_says_ended():
    leave = _period(dt.date(2026, 11, 16), dt.date(2026, 11, 18))
    assert leave.state_label(dt.date(2026, 11, 15)) == "Planned"
    assert leave.state_label(dt.date(2026, 11, 16)) == "Current"
    assert leave.state_label(dt.date(2026, 11, 18)) == "Current"  # the last day away
    assert leave.state_label(dt.date(2026, 11, 19)) == "Ended"
    archived = _period(dt.date(2026, 11, 16), dt.date(2026, 11, 18), archived=True)
    assert archived.state_label(dt.date(2026, 11, 17)) == "Archived"
