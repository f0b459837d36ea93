"""Entry point of the bundled program (both ParishDesk and parishdesk-cli).

PyInstaller starts here; it is the same as the ``parishdesk`` command.

With ``PARISHDESK_QUIT_WHEN_SHOWN=1`` in the environment, the desktop program
quits as soon as its main window has been shown: the smoke test of the bundle
(packaging/smoke_bundle.sh) uses it where the program has no
``--quit-when-shown`` option.
"""

import os
import sys

from parishdesk.app import main


def _quit_when_main_window_shown() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from parishdesk.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])

    class QuitWhenShown(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Show and isinstance(watched, MainWindow):
                QTimer.singleShot(0, app.quit)
            return False

    app.installEventFilter(QuitWhenShown(app))


if __name__ == "__main__":
    if os.environ.get("PARISHDESK_QUIT_WHEN_SHOWN"):
        _quit_when_main_window_shown()
    raise SystemExit(main())
