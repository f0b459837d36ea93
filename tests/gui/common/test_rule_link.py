"""The "Why?" link: a rule by its plain title, and a window with its words and real source.

On the demo council the adopted protocol links paragraph 6.1 to the need-to-know rule, so
its Why? window quotes the council's own paragraph; a rule with no council paragraph shows
ParishDesk's model protocol paragraph or the law it rests on. Never an ID, never "seed".
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from parishdesk.domain.rules import rule
from parishdesk.gui.common.rule_link import RuleLink, WhyDialog, connect_why_links, why_link
from parishdesk.services import protocols
from parishdesk.services.protocol_links import explain_rule, explain_rules

NO_ID_OR_SEED = re.compile(r"(?<![A-Za-z0-9])[A-Z]+-\d+(?![0-9])|\bseed", re.IGNORECASE)


def _why_dialogs() -> list[WhyDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, WhyDialog) and w.isVisible()]


def test_a_linked_rule_cites_the_councils_own_paragraph(demo) -> None:
    info, protocol = protocols.adopted_protocol()
    clause = next(c for s in protocol.sections for c in s.clauses if c.number == "6.1")
    explained = explain_rule("ACCESS-1")
    assert explained.title == rule("ACCESS-1").title and explained.words == rule("ACCESS-1").text
    assert explained.council_source == f"{protocol.title or info.title}, paragraph 6.1"
    assert explained.council_text == clause.text.strip() and explained.council_text
    assert explained.law == "the common-law need to know"
    assert explained.source == f"{explained.council_source}; the common-law need to know"


def test_an_unlinked_rule_cites_the_model_paragraph_and_the_law(demo) -> None:
    free_time, attendance = explain_rules(["ENQ-6", "MEET-9"])
    assert free_time.council_source == "" and free_time.law == ""
    assert free_time.source == "ParishDesk's model protocol, paragraph 3.6"
    assert attendance.council_source == "" and attendance.model_source == ""
    assert attendance.source == "Local Government Act 1972 s.85"


def test_without_an_adopted_protocol_the_model_paragraph_is_the_source(opened) -> None:
    explained = explain_rule("ACCESS-1")
    assert explained.council_source == ""
    assert explained.source == ("ParishDesk's model protocol, paragraph 6.1; "
                                "the common-law need to know")


def test_the_why_link_opens_the_rule_with_the_councils_paragraph(qtbot, demo) -> None:
    link = RuleLink("ACCESS-1")
    qtbot.addWidget(link)
    link.show()
    assert rule("ACCESS-1").title in link.text() and "Why?" in link.text()
    assert not NO_ID_OR_SEED.search(link.text() + link.toolTip() + link.accessibleName())
    link.linkActivated.emit("why:0")  # what a click on "Why?" sends
    [dialog] = _why_dialogs()
    qtbot.addWidget(dialog)
    words = dialog.text.toPlainText()
    assert dialog.windowTitle() == (f"{rule('ACCESS-1').title}: the rule and where it "
                                    "comes from")
    assert rule("ACCESS-1").text in words
    assert "Your council's adopted" in words and "paragraph 6.1" in words
    assert dialog.explanation.council_text in words
    assert not NO_ID_OR_SEED.search(words + dialog.windowTitle())
    dialog.close()


def test_a_why_link_without_a_council_paragraph_gives_the_law(qtbot, demo) -> None:
    link = RuleLink("MEET-9")
    qtbot.addWidget(link)
    dialog = link.open_why()
    qtbot.addWidget(dialog)
    words = dialog.text.toPlainText()
    assert rule("MEET-9").title in dialog.windowTitle() and rule("MEET-9").text in words
    assert "Local Government Act 1972 s.85" in words and "Your council's" not in words
    assert not NO_ID_OR_SEED.search(words.replace("1972 s.85", ""))
    dialog.close()


def test_links_in_rich_text_open_the_rule_at_their_place(qtbot, demo) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel(f"First {why_link(0)}, second {why_link(1)}")
    qtbot.addWidget(label)
    connect_why_links(label, ["ENQ-6", "CORR-1"])
    assert "ENQ" not in label.text() and "CORR" not in label.text()
    label.linkActivated.emit("why:1")
    [dialog] = _why_dialogs()
    qtbot.addWidget(dialog)
    assert dialog.explanation.title == rule("CORR-1").title
    assert "paragraph 4.1" in dialog.text.toPlainText()  # the demo links 4.1 to this rule
    dialog.close()
    connect_why_links(label, ["ENQ-6"])  # new text, new list; a link past its end is ignored
    label.linkActivated.emit("why:1")
    assert _why_dialogs() == []


def test_the_access_decision_names_its_rules_with_why_links(qtbot, demo, demo_ctx) -> None:
    from parishdesk.gui.access.decision_dialog import AccessDecisionDialog
    from parishdesk.services import access

    record = access.list_requests(demo_ctx.today())[0]
    dialog = AccessDecisionDialog(demo_ctx, record)
    qtbot.addWidget(dialog)
    shown = dialog.ui.recommendedValue.text()
    assert all(rule(r).title in shown for r in record.assessment.rules)
    assert shown.count("Why?") == len(record.assessment.rules)
    assert not any(r in shown for r in record.assessment.rules)
    last = len(record.assessment.rules) - 1
    dialog.ui.recommendedValue.linkActivated.emit(f"why:{last}")
    [why] = _why_dialogs()
    qtbot.addWidget(why)
    assert why.explanation.title == rule(record.assessment.rules[last]).title
    why.close()
