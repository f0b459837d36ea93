"""The clerk never sees a rule ID ("ENQ-6", "ACCESS-10") or the word "seed" on screen.

The main window is opened on the demo council; every area is visited and every row of its
lists chosen in turn (so each detail pane, warning card and recommendation is shown), and
the main dialogs are opened. Every widget's text, tooltip, placeholder, window title and
accessible name, every action and every list, table and tree model's shown data are read.
An enquiry reference such as ENQ-2026-0001 is not a rule ID.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from parishdesk.domain.rules import RULES
from parishdesk.gui.areas import AREAS

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

#: Any rule ID of the catalogue standing alone: "ENQ-2" but not "ENQ-2026-0001".
RULE_ID = re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(
    re.escape(r.id) for r in sorted(RULES, key=lambda r: -len(r.id))) + r")(?![0-9])")
SEED = re.compile(r"\bseeds?\b", re.IGNORECASE)
# Only the roles the clerk reads: each ``data()`` call from Python that answers None loses
# a reference to None in this PySide (Python 3.11), so the scan keeps its calls few.
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
MAX_ROWS = 400


def _count(method, parent: QModelIndex, flat: int) -> int:
    """rowCount/columnCount, which PySide hides on flat models (``flat`` is then the answer
    for the top level, 0 below it)."""
    try:
        return int(method(parent))
    except TypeError:
        return flat if not parent.isValid() else 0


def _model_texts(model: QAbstractItemModel, parent: QModelIndex,
                 budget: list[int]) -> Iterator[str]:
    if parent == QModelIndex():
        for column in range(_count(model.columnCount, parent, 1)):
            for role in ROLES:
                yield str(model.headerData(column, Qt.Orientation.Horizontal, role) or "")
    for row in range(_count(model.rowCount, parent, 0)):
        if budget[0] <= 0:
            return
        budget[0] -= 1
        for column in range(_count(model.columnCount, parent, 1)):
            index = model.index(row, column, parent)
            for role in ROLES:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
            if column == 0 and _count(model.rowCount, index, 0) > 0:
                yield from _model_texts(model, index, budget)


def _widget_texts(widget: QWidget, models: bool = True) -> Iterator[tuple[str, str]]:
    name = f"{type(widget).__name__} {widget.objectName()!r}"
    for what, text in (("window title", widget.windowTitle()), ("tooltip", widget.toolTip()),
                       ("status tip", widget.statusTip()), ("what's this", widget.whatsThis()),
                       ("accessible name", widget.accessibleName()),
                       ("accessible description", widget.accessibleDescription())):
        yield f"{name} {what}", text
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield f"{name} text", widget.text()
    if isinstance(widget, QLineEdit):
        yield f"{name} text", widget.text()
        yield f"{name} placeholder", widget.placeholderText()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield f"{name} text", widget.toPlainText()
        yield f"{name} placeholder", widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield f"{name} title", widget.title()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"{name} item", widget.itemText(i)
            yield f"{name} item tip", str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")
        if widget.lineEdit() is not None:
            yield f"{name} placeholder", widget.lineEdit().placeholderText()
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield f"{name} tab", widget.tabText(i)
            yield f"{name} tab tip", widget.tabToolTip(i)
    if models and isinstance(widget, QAbstractItemView) and widget.model() is not None:
        for text in _model_texts(widget.model(), QModelIndex(), [MAX_ROWS]):
            yield f"{name} model", text
    for action in widget.actions():
        yield from _action_texts(action, name)


def _action_texts(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    for what, text in (("text", action.text()), ("tooltip", action.toolTip()),
                       ("status tip", action.statusTip()), ("what's this", action.whatsThis())):
        yield f"{where} action {what}", text
    menu = action.menu()
    if menu is not None:
        for sub in menu.actions():
            yield from _action_texts(sub, where)


def shown(top: QWidget, models: bool = True) -> list[tuple[str, str]]:
    """Every text ``top`` and the widgets in it show, with where it is (``models=False``:
    leave out what lists and tables hold, already read)."""
    QApplication.processEvents()
    return [(where, text) for widget in [top, *top.findChildren(QWidget)]
            for where, text in _widget_texts(widget, models) if text]


def offences(texts: list[tuple[str, str]]) -> list[str]:
    """The texts holding a rule ID or "seed"."""
    return [f"{where}: {text[:300]!r}" for where, text in texts
            if RULE_ID.search(text) or SEED.search(text)]


def _visit_rows(qtbot, page: QWidget) -> list[tuple[str, str]]:
    """Choose each row of each list in the page in turn; what each shows is read."""
    texts: list[tuple[str, str]] = []
    for view in page.findChildren(QAbstractItemView):
        model, selection = view.model(), view.selectionModel()
        if model is None or selection is None or not view.isVisibleTo(page):
            continue
        for row in range(min(model.rowCount(), 40)):
            view.setCurrentIndex(model.index(row, 0))
            qtbot.wait(1)
            texts += shown(page, models=False)
    return texts + shown(page)


def test_the_rule_id_pattern_spares_enquiry_references() -> None:
    assert RULE_ID.search("Warning – ENQ-6: Respect for free time")
    assert RULE_ID.search("(ACCESS-10).") and RULE_ID.search("[ROLE-1, para 2.1]")
    assert not RULE_ID.search("ENQ-2026-0001 from Cllr Hollins")
    assert not RULE_ID.search("ACCESS-100") and SEED.search("Source: Seed 002 §6")


def test_no_area_shows_a_rule_id_or_seed(qtbot, main_window) -> None:
    main_window.resize(1366, 768)
    texts = shown(main_window)
    for spec in AREAS:
        page = main_window.show_area(spec.key)
        texts += shown(main_window) + _visit_rows(qtbot, page)
    everything = "\n".join(text for _where, text in texts)
    # The scan did read the areas: enquiry references, warning cards with their rules by
    # title and a Why? link, the access register's references.
    assert re.search(r"ENQ-20\d\d-\d{4}", everything)
    assert "Why?" in everything and "Council resources for council business only" in everything
    assert "Information requests" in everything and "Councillors" in everything
    found = sorted(set(offences(texts)))
    assert not found, "\n".join(found)


def _enquiry_dialogs(ctx, main_window) -> list[QWidget]:
    from parishdesk.gui.enquiries.form import EnquiryFormDialog
    from parishdesk.gui.enquiries.group_advice import GroupAdviceDialog, RecordAdviceDialog
    from parishdesk.gui.enquiries.leave_dialog import LeaveEditDialog, OfficerLeaveDialog
    from parishdesk.gui.enquiries.settings_dialog import EnquirySettingsDialog
    from parishdesk.services import enquiries, members

    model = main_window.show_area("enquiries").model
    first = model.row_at(0)
    assert first is not None
    return [EnquiryFormDialog(ctx), EnquiryFormDialog(ctx, enquiries.detail(first.id,
                                                                             ctx.today())),
            EnquirySettingsDialog(ctx), OfficerLeaveDialog(ctx), GroupAdviceDialog(ctx),
            RecordAdviceDialog(ctx), LeaveEditDialog(members.officers(), lambda _i: None)]


def _access_dialogs(ctx) -> list[QWidget]:
    from parishdesk.gui.access.decision_dialog import AccessDecisionDialog
    from parishdesk.gui.access.referral import (
        CommitteeOutcomeDialog,
        ReasonReceivedDialog,
        ReferralDialog,
    )
    from parishdesk.gui.access.request_dialog import AccessRequestDialog
    from parishdesk.services import access

    records = access.list_requests(ctx.today())
    dialogs: list[QWidget] = [AccessRequestDialog(ctx)]
    for record in records:
        dialogs += [AccessRequestDialog(ctx, record=record),
                    AccessDecisionDialog(ctx, record), ReferralDialog(ctx, record),
                    ReasonReceivedDialog(ctx, record), CommitteeOutcomeDialog(ctx, record)]
    return dialogs


def test_the_main_dialogs_show_no_rule_id_or_seed(qtbot, main_window, ctx) -> None:
    from parishdesk.gui.documents.composer import LetterComposer

    dialogs = _enquiry_dialogs(ctx, main_window) + _access_dialogs(ctx) + [LetterComposer(ctx)]
    texts: list[tuple[str, str]] = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.resize(1366, 768)
        dialog.show()
        texts += shown(dialog)
        dialog.close()
    everything = "\n".join(text for _where, text in texts)
    assert len(dialogs) > 10 and "Reasons and the right to refer" in everything
    assert "Set by the Clerk only" in everything and "Letters in the Clerk's name" in everything
    found = sorted(set(offences(texts)))
    assert not found, "\n".join(found)
