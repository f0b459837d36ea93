"""The details label remembers its height per width, and forgets it when what it shows or
how it is drawn changes: it always answers as a plain word-wrapped QLabel would."""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from parishdesk.gui.members.detail_text import details_html
from parishdesk.gui.members.widgets import WrappedLabel


def test_wrapped_label_answers_as_a_plain_label(qtbot):
    remembering, plain = WrappedLabel(), QLabel()
    plain.setWordWrap(True)
    qtbot.addWidget(remembering)
    qtbot.addWidget(plain)

    def same() -> bool:
        return all(remembering.heightForWidth(w) == plain.heightForWidth(w)
                   for w in (120, 200, 120, 460, 200))

    short = details_html([("Name", "Ann Hale"), ("Ward", "North")])
    long = details_html([("Name", "Ann Hale"), ("Address", "1 A Very Long Road Name\n"
                                                "Somewhere Quite Far Away\nEX1 1AA")] * 3)
    for label in (remembering, plain):
        label.setText(short)
    assert same()
    short_height = remembering.heightForWidth(200)
    for label in (remembering, plain):
        label.setText(long)
    assert same() and remembering.heightForWidth(200) > short_height  # not the old answer
    big = QFont(plain.font())
    big.setPointSize(big.pointSize() + 6)
    for label in (remembering, plain):
        label.setFont(big)
    assert same()
