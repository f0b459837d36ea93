import datetime as dt

import pytest

from parishdesk.gui import background


@pytest.fixture(autouse=True)
def _synchronous_background(monkeypatch):
    monkeypatch.setattr(background, "SYNCHRONOUS", True)


@pytest.fixture
def ctx(paths):
    from parishdesk.gui.context import AppContext

    return AppContext(paths, actor="test", today=lambda: dt.date(2026, 11, 22))


@pytest.fixture
def main_window(qtbot, ctx, monkeypatch):
    """The main window on the demo council, chosen through the first-run dialog."""
    from parishdesk.app import start
    from parishdesk.gui.setup_dialog import SetupChoice, SetupDialog
    from parishdesk.store import db

    monkeypatch.setattr(SetupDialog, "ask", classmethod(lambda cls, parent=None:
                                                        SetupChoice(demo=True)))
    window = start(ctx)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    db.close()
