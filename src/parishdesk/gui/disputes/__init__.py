"""The Disputes area: the case list with filters, the case file beside it, the new-concern
wizard and the dialogs for steps, people, notes, documents, letters and settings."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from parishdesk.gui.common.context import AppContext


def create(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    from parishdesk.gui.disputes.page import DisputesPage

    return DisputesPage(ctx, parent)
