"""Validation messages in quick capture and the information request form are never cut off."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from parishdesk.gui.access.request_dialog import AccessRequestDialog
from parishdesk.gui.common.labels import fit_wrapped_labels
from parishdesk.gui.enquiries.capture import QuickCaptureDialog
from parishdesk.store import members_store

NOW = dt.datetime(2026, 11, 22, 10, 5)


def _whole_text_fits(label: QLabel) -> bool:
    return label.height() >= label.heightForWidth(label.width()) > 0


def _show_and_wait(dialog: QDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_quick_capture_messages_have_the_height_their_text_needs(demo, qtbot) -> None:
    dialog = QuickCaptureDialog(members_store.list_councillors(on=NOW.date()), NOW)
    _show_and_wait(dialog, qtbot)
    dialog.try_save()
    for label in (dialog.ui.councillorError, dialog.ui.subjectError):
        assert label.isVisible() and _whole_text_fits(label)
        # As wide as the field it is about, so it wraps only when it must.
        assert label.width() >= dialog.ui.subjectEdit.width() - 2
    # A message that needs several lines gets them all.
    label = dialog.ui.subjectError
    label.setText("A short subject is needed. " * 8)
    fit_wrapped_labels(dialog, [label])
    assert label.heightForWidth(label.width()) > 2 * label.fontMetrics().height()
    assert _whole_text_fits(label)
    # Narrower dialog, more lines: the height follows the width.
    before = label.height()
    dialog.resize(dialog.minimumSizeHint().width(), dialog.height())
    qtbot.waitUntil(lambda: label.height() != before or _whole_text_fits(label))
    assert _whole_text_fits(label)


def test_request_form_messages_have_the_height_their_text_needs(ctx, demo, qtbot) -> None:
    dialog = AccessRequestDialog(ctx)
    _show_and_wait(dialog, qtbot)
    dialog.ui.councillorCombo.setCurrentIndex(0)
    dialog.ui.meetingCheck.setChecked(True)
    dialog.save()
    shown = [dialog.ui.documentsError, dialog.ui.meetingError]
    for label in shown:
        assert label.isVisible() and _whole_text_fits(label)
    assert dialog.ui.groupError.isHidden()
