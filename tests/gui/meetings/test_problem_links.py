"""Meetings problems on screen: each rule by its plain title with a Why? link, no IDs."""

from __future__ import annotations

from parishdesk.domain.meetings import delegation_problems, rule_ids
from parishdesk.domain.rules import rule
from parishdesk.gui.common.rule_link import WhyDialog
from parishdesk.gui.meetings.widgets import ProblemsLabel


def test_a_problem_names_its_rule_by_title_and_the_link_opens_its_source(qtbot, demo) -> None:
    problem = delegation_problems("councillor")[0]
    ids = rule_ids(problem)
    assert ids, "the domain names the rule in the code"
    label = ProblemsLabel()
    qtbot.addWidget(label)
    label.show_problems([problem])
    text = label.text()
    assert rule(ids[0]).title in text and "Why?" in text
    assert not any(i in text for i in ids)
    label.linkActivated.emit("why:0")
    dialogs = label.findChildren(WhyDialog)
    assert dialogs and dialogs[0].explanation.title == rule(ids[0]).title
    assert ids[0] not in dialogs[0].text.toPlainText()


def test_no_problems_shows_the_all_clear_in_plain_text(qtbot) -> None:
    label = ProblemsLabel(ok_text="Quorate <3 of 9>")
    qtbot.addWidget(label)
    label.show_problems([])
    assert "Quorate &lt;3 of 9&gt;" in label.text()


def test_the_decisions_register_reads_as_sentences(qtbot, demo) -> None:
    from parishdesk.gui.meetings.register_view import RegisterModel
    from parishdesk.services.meetings import register

    rows = register.resolutions()
    assert any(r.decision[:1].islower() for r in rows), "the demo has 'RESOLVED that the…'"
    model = RegisterModel()
    model.set_rows(rows)
    for row in range(model.rowCount()):
        decision = model.data(model.index(row, 2))
        outcome = model.data(model.index(row, 3))
        assert decision[:1] == decision[:1].upper()
        assert outcome[:1] == outcome[:1].upper()
