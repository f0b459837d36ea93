"""Validation messages under fields (see :mod:`.field_errors`), at the height they need.

A form layout gives a word-wrapped label the height of one line unless the
dialog grows by itself, so a two-line message was cut in half. Each error label
here is given the height worked out from ``heightForWidth`` at its actual width:
when its text is set, and again whenever its width changes.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: The one colour of every problem shown beside a field, in every dialog (always with
#: a warning sign and words: never colour alone).
ERROR_COLOUR = "#a4262c"
ERROR_STYLE = f"color: {ERROR_COLOUR};"


def _fit(label: QLabel) -> bool:
    """Make the label exactly as tall as its text needs at its width (a wrapped label's
    size hint is a narrow, tall guess that would otherwise set the row's height);
    True if the height changed."""
    if not (label.isVisibleTo(label.window()) and label.text()):
        return False
    needed = max(label.heightForWidth(label.width()), 0)
    if needed == label.minimumHeight() == label.maximumHeight():
        return False
    label.setFixedHeight(needed)
    return True


class _KeepHeight(QObject):
    """Re-fit a label whenever its width changes (the clerk resized the dialog)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            _fit(watched)
        return False


def prepare_error_label(label: QLabel) -> None:
    """A wrapped message as wide as its field, keeping the height its text needs."""
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
    label.installEventFilter(_KeepHeight(label))


def fit_wrapped_labels(dialog: QWidget, labels: Iterable[QLabel]) -> None:
    """After setting the messages: lay the dialog out and give each label the height its
    text needs at the width it got (a few rounds, as a taller label can change widths)."""
    labels = list(labels)
    layout = dialog.layout()
    for _round in range(3):
        if layout is not None:
            layout.activate()
        changed = [_fit(label) for label in labels]
        if not any(changed):
            break
