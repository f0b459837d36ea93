"""Fixtures every GUI test folder shares: background work run in line, contexts, windows."""

import datetime as dt

import pytest

from parishdesk.gui.common import background


@pytest.fixture(autouse=True)
def _wheel_guard(qapp):
    """As in the desktop app: controls answer the wheel only when they have the focus."""
    from parishdesk.gui.common import wheel_guard

    wheel_guard.install(qapp)


@pytest.fixture(autouse=True)
def _synchronous_background(monkeypatch):
    monkeypatch.setattr(background, "SYNCHRONOUS", True)


@pytest.fixture
def ctx(paths):
    from parishdesk.gui.common.context import AppContext

    return AppContext(paths, actor="test", today=lambda: dt.date(2026, 11, 22))


@pytest.fixture
def demo_today() -> dt.date:
    """The day the demo-council windows think it is (a folder's conftest may change it)."""
    return dt.date(2026, 11, 23)


@pytest.fixture
def demo_ctx(demo, paths, demo_today):
    """The context of a window on the demo council, used by the clerk at 10:05."""
    from parishdesk.gui.common.context import AppContext

    now = dt.datetime.combine(demo_today, dt.time(10, 5))
    return AppContext(paths, demo.council, "clerk", lambda: demo_today, lambda: now)


@pytest.fixture
def main_window(qtbot, ctx, demo_template):
    """The main window on (a copy of) the demo council."""
    from parishdesk.gui.startup import check_in_background, start
    from parishdesk.store import db
    from tests.conftest import install_demo

    install_demo(demo_template, ctx.paths.db_file)
    window = start(ctx)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    check_in_background(window)  # as the app does once the window shows (inline in tests)
    yield window
    window.close()
    db.close()


class PreviewAnswers:
    """What the clerk does in each PDF preview a test opens: ``choices`` are used in turn
    (Issue when none are left, Close for a letter only shown); ``shown`` keeps each dialog.
    ``real`` lets the dialog run for real (for tests that click its buttons)."""

    def __init__(self) -> None:
        self.choices: list = []
        self.shown: list = []
        self.real = False


@pytest.fixture(autouse=True)
def previews(monkeypatch):
    from parishdesk.gui.common import pdf_preview

    answers = PreviewAnswers()
    real_exec = pdf_preview.PdfPreviewDialog.exec

    def answer(dialog):  # type: ignore[no-untyped-def]
        answers.shown.append(dialog)
        if answers.real:
            return real_exec(dialog)
        if dialog.issue_button is None:
            choice = pdf_preview.Choice.CANCEL
        else:
            choice = answers.choices.pop(0) if answers.choices else pdf_preview.Choice.ISSUE
        dialog._finish(choice)
        return dialog.result()

    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "exec", answer)
    return answers
