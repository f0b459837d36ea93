from datetime import date, timedelta

from parishdesk.domain.protocol_review import annual_review_due, one_year_after, review_status


def status(today, **kw):
    return review_status(today, adopted=True, version_label="1.0", **kw)


def test_nothing_adopted_means_no_review():
    s = review_status(date(2026, 11, 22), adopted=False)
    assert s.state == "none" and s.due_on is None


def test_next_review_date_boundaries_thirty_days_before_and_overdue_after():
    due = date(2027, 5, 24)
    kw = {"next_review": due, "last_reviewed": date(2026, 11, 1)}
    assert status(due - timedelta(days=31), **kw).state == "ok"
    first_due = status(due - timedelta(days=30), **kw)
    assert first_due.state == "due" and "in 30 days" in first_due.message
    assert status(due, **kw).state == "due" and "today" in status(due, **kw).message
    late = status(due + timedelta(days=1), **kw)
    assert late.state == "overdue" and "1 day overdue" in late.message
    assert "24/05/2027" in late.message and late.due_on == due


def test_annual_review_counts_when_it_comes_first():
    # PROTO-2: a year after the last review, even if the written next review is later.
    s = status(date(2027, 6, 2), next_review=date(2028, 1, 1), last_reviewed=date(2026, 6, 1))
    assert s.state == "overdue" and s.due_on == date(2027, 6, 1)
    assert "annual review" in s.message


def test_annual_review_runs_from_adoption_when_never_reviewed():
    assert annual_review_due(None, date(2026, 3, 1)) == date(2027, 3, 1)
    assert status(date(2027, 2, 1), adopted_on=date(2026, 3, 1)).state == "due"
    assert status(date(2027, 1, 29), adopted_on=date(2026, 3, 1)).state == "ok"


def test_no_dates_at_all_asks_for_document_control():
    s = status(date(2026, 11, 22))
    assert s.state == "due" and "has no review date" in s.message
    assert "PROTO-1" not in s.message


def test_leap_day_anniversary():
    assert one_year_after(date(2024, 2, 29)) == date(2025, 2, 28)
