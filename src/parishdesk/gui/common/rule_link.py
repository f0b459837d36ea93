"""A rule named on screen: its plain title with a "Why?" link, never its ID.

Clicking "Why?" opens a small window with the rule in plain words and its real source:
the council's own adopted protocol paragraph where the clerk has linked one (with that
paragraph's words), else the paragraph of ParishDesk's model protocol that states it,
and the law or national guidance it rests on. The words come from
:func:`parishdesk.services.protocol_links.explain_rule`.

Three ways in:

* :class:`RuleLink`, a label for one rule ("Officers serve the whole council  Why?");
* :func:`why_link` and :func:`connect_why_links` for rich text naming several rules
  (a recommendation, a warning card): the links carry only a position in a list kept
  beside the widget, so no ID is written into the text;
* :func:`show_why` to open the window from code.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.rule_links import RuleExplanation
from parishdesk.domain.rules import rule
from parishdesk.services.protocol_links import explain_rule

WHY = "Why?"
_SCHEME = "why:"


def why_link(index: int, text: str = WHY) -> str:
    """A rich-text "Why?" link for the ``index``-th rule of the list given to
    :func:`connect_why_links`."""
    return f"<a href='{_SCHEME}{index}'>{escape(text)}</a>"


def explanation_html(explanation: RuleExplanation) -> str:
    """The Why? window's text: the rule's words, then where it comes from."""
    parts = [f"<h3>{escape(explanation.title)}</h3>", f"<p>{escape(explanation.words)}</p>",
             "<p><b>Where this comes from</b></p><ul>"]
    if explanation.council_source:
        parts.append(f"<li>Your council's adopted {escape(explanation.council_source)}")
        if explanation.council_text:
            parts.append(f"<blockquote>{escape(explanation.council_text)}</blockquote>")
        parts.append("</li>")
    elif explanation.model_source:
        parts.append(f"<li>{escape(explanation.model_source)} (your council has not linked a "
                     "paragraph of its own protocol to this rule)</li>")
    if explanation.law:
        parts.append(f"<li>The law and guidance it rests on: {escape(explanation.law)}</li>")
    parts.append("</ul>")
    return "".join(parts)


class WhyDialog(QDialog):
    """The rule in plain words and its source, with a Close button."""

    def __init__(self, explanation: RuleExplanation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explanation = explanation
        self.setWindowTitle(f"{explanation.title}: the rule and where it comes from")
        self.setAccessibleName(f"Why: {explanation.title}")
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setHtml(explanation_html(explanation))
        self.text.setAccessibleName("The rule and where it comes from")
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 360)


def show_why(parent: QWidget | None, rule_id: str) -> WhyDialog:
    """Open the Why? window for a rule (not modal, so the clerk can read on)."""
    dialog = WhyDialog(explain_rule(rule_id), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _index(link: str) -> int | None:
    if not link.startswith(_SCHEME):
        return None
    try:
        return int(link[len(_SCHEME):])
    except ValueError:
        return None


def connect_why_links(widget: QLabel | QTextBrowser, rule_ids: Sequence[str]) -> None:
    """Make the :func:`why_link` links in a label's or browser's text open the Why? window
    for ``rule_ids[index]``. Call again with the new list whenever the text changes."""
    widget.setProperty("_why_rules", list(rule_ids))
    if widget.property("_why_connected"):
        return
    widget.setProperty("_why_connected", True)

    def open_link(link: str) -> None:
        index = _index(link)
        rules = widget.property("_why_rules") or []
        if index is not None and 0 <= index < len(rules):
            show_why(widget, rules[index])

    if isinstance(widget, QTextBrowser):
        widget.setOpenLinks(False)
        widget.anchorClicked.connect(lambda url: open_link(QUrl(url).toString()))
    else:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        widget.setOpenExternalLinks(False)
        widget.linkActivated.connect(open_link)


def rule_titles_html(titles: Sequence[str], start: int = 0) -> str:
    """Several rules in a line of rich text: "Title (Why?); Title (Why?)", links numbered
    from ``start`` in the order of ``titles``."""
    return "; ".join(f"{escape(t)} ({why_link(start + i)})" for i, t in enumerate(titles))


class RuleLink(QLabel):
    """One rule on screen: its plain title (bold), then a "Why?" link."""

    def __init__(self, rule_id: str, parent: QWidget | None = None, *, prefix: str = "",
                 bold: bool = True) -> None:
        super().__init__(parent)
        self.rule_id = rule_id
        plain = rule(rule_id)
        title = escape(prefix + plain.title)
        self.setText((f"<b>{title}</b>" if bold else title) + f" &nbsp;{why_link(0)}")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setToolTip(plain.text)
        self.setAccessibleName(f"{plain.title}. Why? link")
        connect_why_links(self, [rule_id])

    def open_why(self) -> WhyDialog:
        """What clicking "Why?" does (also for tests and the keyboard)."""
        return show_why(self, self.rule_id)
