"""The Members windows are tried on the demo council on the day it was made."""

import datetime as dt

import pytest


@pytest.fixture
def demo_today() -> dt.date:
    return dt.date(2026, 11, 22)


@pytest.fixture
def page(demo_ctx, qtbot):
    from parishdesk.gui.members.page import create

    widget = create(demo_ctx, None)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    return widget
