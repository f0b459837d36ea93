import pytest


@pytest.fixture
def page(qtbot, ctx, demo):  # type: ignore[no-untyped-def]
    """The Disputes page on (a copy of) the demo council."""
    from parishdesk.gui.disputes.page import DisputesPage

    widget = DisputesPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget
