"""The Enquiries windows are tried on the demo council."""

import pytest


@pytest.fixture
def ctx(demo_ctx):
    return demo_ctx


@pytest.fixture
def page(ctx, qtbot):
    from parishdesk.gui.enquiries.page import EnquiriesPage

    widget = EnquiriesPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    return widget
