"""The ParishDesk guide: the Markdown pages in ``resources/help/`` in a window of their own.

F1 opens it at the page of the area the clerk is in. Links between pages work as in a web
browser, with Back and Forward; the list on the left names every page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from parishdesk.resources import resource_path

#: The order of the contents list; any other page in the folder follows these.
CONTENTS = ("index", "members", "enquiries", "access", "disputes", "meetings", "documents",
            "data", "glossary")
_PAGE_ROLE = 256


def help_dir() -> Path:
    return resource_path("help")


def page_path(key: str) -> Path:
    """The guide's page for an area key (``members``, ``enquiries``…); the start page for
    anything without one."""
    path = help_dir() / f"{key}.md"
    return path if key and path.is_file() else help_dir() / "index.md"


def page_title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem.capitalize()


def pages() -> list[Path]:
    found = {path.stem: path for path in help_dir().glob("*.md")}
    ordered = [found.pop(stem) for stem in CONTENTS if stem in found]
    return ordered + sorted(found.values())


class HelpBrowser(QWidget):
    """The guide's window."""

    page_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle("ParishDesk guide")
        self.setAccessibleName("ParishDesk guide")

        self.back_button = QPushButton("\N{LEFTWARDS ARROW} &Back")
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.forward_button = QPushButton("&Forward \N{RIGHTWARDS ARROW}")
        self.forward_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.home_button = QPushButton("&Start page")
        self.close_button = QPushButton("&Close")
        buttons = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        self.contents = QListWidget()
        self.contents.setAccessibleName("Contents")
        for path in pages():
            item = QListWidgetItem(page_title(path))
            item.setData(_PAGE_ROLE, path.stem)
            self.contents.addItem(item)
        self.contents.setMaximumWidth(240)
        self.contents.setSpacing(3)

        self.text = QTextBrowser()
        self.text.setAccessibleName("Guide page")
        self.text.setOpenLinks(True)
        self.text.setOpenExternalLinks(True)
        self.text.setSearchPaths([str(help_dir())])
        self.text.document().setDocumentMargin(16)
        self.text.setStyleSheet("QTextBrowser { font-size: 11pt; }")

        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self.back_button.clicked.connect(self.text.backward)
        self.forward_button.clicked.connect(self.text.forward)
        self.home_button.clicked.connect(lambda: self.show_page("index"))
        self.close_button.clicked.connect(self.close)
        self.text.backwardAvailable.connect(self.back_button.setEnabled)
        self.text.forwardAvailable.connect(self.forward_button.setEnabled)
        self.text.sourceChanged.connect(self._source_changed)
        self.contents.itemActivated.connect(self._chosen)
        self.contents.itemClicked.connect(self._chosen)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.resize(1000, 680)

    def show_page(self, key: str) -> None:
        """Show the guide's page for ``key`` (an area key or a page's name)."""
        url = QUrl.fromLocalFile(str(page_path(key)))
        if url != self.text.source():
            self.text.setSource(url, QTextDocument.ResourceType.MarkdownResource)

    def current_page(self) -> str:
        return Path(self.text.source().path()).stem

    def _source_changed(self, url: QUrl) -> None:
        stem = Path(url.path()).stem
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(_PAGE_ROLE) == stem:
                self.contents.setCurrentRow(row)
                self.setWindowTitle(f"{item.text()} – ParishDesk guide")
                break
        self.page_shown.emit(stem)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.show_page(str(item.data(_PAGE_ROLE)))


def open_guide(owner: QWidget, key: str) -> HelpBrowser:
    """Open (or bring forward) the guide of ``owner``'s window at the page for ``key``."""
    browser = owner.findChild(HelpBrowser)
    if browser is None:
        browser = HelpBrowser(owner)
    browser.show_page(key)
    browser.show()
    browser.raise_()
    browser.activateWindow()
    return browser
