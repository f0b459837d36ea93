"""The Qt front end: the only package that imports PySide6.

Loading it first tells PySide which of ParishDesk's modules use it, by name rather
than by reading their source (see :func:`_answer_feature_check_by_name`), and keeps
Qt's painting on the window's own thread (see :data:`SERIAL_PAINTING`).
"""

from __future__ import annotations

import os
import sys
from types import ModuleType

#: Qt's raster engine hands any fill of more than a few dozen spans (a tab page's frame,
#: a table's background) to a pool of helper threads and waits for them. For windows of
#: forms and tables the hand-over costs more than the fill: the first paint of the
#: Members area took 16–25 ms with the pool and 14–15 ms without it (offscreen, demo
#: council, two cores). Qt's own switch turns the pool off; anyone who sets the variable
#: themselves keeps their own setting.
SERIAL_PAINTING = ("QT_NO_GUI_THREADPOOL", "1")


def _answer_feature_check_by_name() -> None:
    """PySide asks of every module imported after it whether it uses PySide (for its
    optional ``__feature__`` switches), and finds out by reading the module's whole source
    file: about 13 ms over the hundred modules the first window loads or names. For
    ParishDesk's own modules the answer is known from the layers (only ``parishdesk.gui``
    imports PySide6, which import-linter enforces), and Python's standard library never
    imports PySide, so those are answered by name; any other module is still asked the
    usual way. If a later PySide drops or renames the hook, nothing changes."""
    import PySide6.QtCore  # noqa: F401 - installs the hook being answered

    try:
        import shibokensupport.feature as feature  # type: ignore[import-not-found]
    except ImportError:
        return
    by_source = getattr(feature, "_mod_uses_pyside", None)
    if by_source is None or getattr(by_source, "by_name", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        top = name.partition(".")[0]
        if top == "parishdesk":
            return name.startswith("parishdesk.gui")
        if top in sys.stdlib_module_names:
            return False
        return bool(by_source(module))

    uses_pyside.by_name = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside


os.environ.setdefault(*SERIAL_PAINTING)  # read by Qt when it first paints
_answer_feature_check_by_name()
