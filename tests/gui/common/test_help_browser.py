"""The guide: F1 opens it at the current area's page, links between pages work, every page
renders and every link in resources/help leads somewhere; About claims only what is built."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextDocument

from parishdesk.gui.areas import AREAS, AreaSpec
from parishdesk.gui.common.help_browser import HelpBrowser, help_dir, page_path, pages

LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_every_area_has_its_page() -> None:
    for spec in AREAS:
        assert page_path(spec.key).name == f"{spec.key}.md"
    assert page_path("").name == "index.md"


@pytest.mark.parametrize("path", pages(), ids=lambda p: p.stem)
def test_every_page_renders_and_every_link_resolves(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    document = QTextDocument()
    document.setMarkdown(text)
    plain = document.toPlainText()
    assert plain.strip() and "**" not in plain and "](" not in plain  # Markdown understood
    for target in LINK.findall(text):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        file_part = target.split("#", 1)[0]
        assert file_part, f"{path.name}: a link to {target} leads nowhere"
        assert (help_dir() / file_part).is_file(), f"{path.name}: {target} is missing"


def test_the_glossary_explains_the_words_the_issue_names() -> None:
    glossary = (help_dir() / "glossary.md").read_text(encoding="utf-8").lower()
    for word in ("need to know", "proper officer", "clock stopped", "special relationship",
                 "disclosable pecuniary interest", "dispensation", "casting vote"):
        assert word in glossary, word


def test_links_navigate_and_back_returns(qtbot) -> None:
    browser = HelpBrowser()
    qtbot.addWidget(browser)
    browser.show()
    browser.show_page("index")
    assert browser.current_page() == "index"
    assert browser.text.toPlainText().startswith("ParishDesk guide")
    assert not browser.back_button.isEnabled()
    # Click the Members link.
    browser.resize(1000, 700)
    found = browser.text.document().find("Members")
    assert found.charFormat().isAnchor()
    found.clearSelection()
    found.movePosition(found.MoveOperation.Left)
    where = browser.text.cursorRect(found).center() + QPoint(4, 0)
    qtbot.mouseClick(browser.text.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert browser.current_page() == "members"
    assert browser.text.toPlainText().startswith("Members")
    assert browser.contents.currentItem().text() == "Members"
    assert browser.windowTitle() == "Members – ParishDesk guide"
    assert browser.back_button.isEnabled()
    qtbot.mouseClick(browser.back_button, Qt.MouseButton.LeftButton)
    assert browser.current_page() == "index"
    # The contents list opens a page too.
    row = next(i for i in range(browser.contents.count())
               if browser.contents.item(i).text() == "Glossary")
    browser.contents.itemClicked.emit(browser.contents.item(row))
    assert browser.current_page() == "glossary"
    assert "Casting vote" in browser.text.toPlainText()


def test_every_link_in_the_guide_opens_its_page_in_the_browser(qtbot) -> None:
    browser = HelpBrowser()
    qtbot.addWidget(browser)
    for path in pages():
        for target in LINK.findall(path.read_text(encoding="utf-8")):
            browser.show_page(path.stem)
            browser.text.setSource(QUrl(target), QTextDocument.ResourceType.MarkdownResource)
            assert browser.current_page() == Path(target).stem
            assert browser.text.toPlainText().strip()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing",
                           "does not support activateWindow")
def test_f1_opens_the_guide_at_the_current_area(main_window, qtbot) -> None:
    assert main_window.ui.actionGuide.shortcut().toString() == "F1"
    assert main_window.ui.actionAbout.shortcut().toString() == "Ctrl+F1"
    help_menu = [a.text() for a in main_window.ui.menuHelp.actions()]
    assert "ParishDesk &guide" in help_menu and "&About ParishDesk" in help_menu
    for key in ("members", "enquiries", "documents"):
        main_window.show_area(key)
        qtbot.keyClick(main_window, Qt.Key.Key_F1)
        browser = main_window.findChild(HelpBrowser)
        assert browser is not None and browser.isVisible()
        assert browser.current_page() == key
    assert len(main_window.findChildren(HelpBrowser)) == 1


def test_about_names_only_the_areas_that_are_built(main_window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from parishdesk.gui.common import dialogs

    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda p, t, m: seen.append(m)))
    main_window.ui.actionAbout.trigger()
    for spec in AREAS:
        assert spec.label in seen[0]
    ghost = AreaSpec("ghost", "Ghost area", "parishdesk.gui.no_such_area", "Not real")
    monkeypatch.setattr("parishdesk.gui.areas.AREAS", (*AREAS, ghost))
    assert "Ghost area" not in dialogs.about_text(Path("/data"))
