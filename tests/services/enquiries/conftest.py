"""Shared by the enquiry service tests: the demo council with an empty inbox."""

from __future__ import annotations

import datetime as dt

import pytest

from parishdesk.services.enquiries import EnquiryInput

# Monday 02/11/2026, mid-morning: inside the Clerk's hours.
MONDAY = dt.datetime(2026, 11, 2, 10, 0)


@pytest.fixture
def demo(opened, monkeypatch):  # type: ignore[no-untyped-def]
    """The demo council without its demo inbox, so references and counts start from scratch."""
    from parishdesk.services.demo import create_demo_council, m20_enquiries

    monkeypatch.setattr(m20_enquiries, "populate", lambda *args: None)
    return create_demo_council("test", dt.date(2026, 11, 22))


def plain(demo, **changes) -> EnquiryInput:  # type: ignore[no-untyped-def]
    """A plain enquiry from Cllr Pritchard that raises no warning, with ``changes``."""
    base = dict(councillor_id=demo.councillors["Pritchard"].id, received_at=MONDAY,
                subject="Bench on the green",
                text="Could you tell me when the broken bench on the green will be mended?")
    base.update(changes)
    return EnquiryInput(**base)  # type: ignore[arg-type]
