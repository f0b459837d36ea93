"""No two actions answer the same key where both can be active (Qt then runs neither)."""

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction


def _owner_area(window, action):
    """The area page an action belongs to, or None for window-wide actions."""
    widget = action.parent()
    while widget is not None:
        for key, page in window.pages.items():
            if widget is page:
                return key
        widget = widget.parent()
    return None


def test_every_shortcut_is_unambiguous(main_window):
    from parishdesk.gui.areas import AREAS

    for spec in AREAS:  # every area built, so its own actions are in the window
        main_window.page(spec.key)
    window_wide = defaultdict(list)
    by_area = defaultdict(lambda: defaultdict(list))
    for action in main_window.findChildren(QAction):
        for sequence in action.shortcuts():
            key = sequence.toString()
            if not key:
                continue
            area = _owner_area(main_window, action)
            scoped = action.shortcutContext() in (Qt.ShortcutContext.WidgetShortcut,
                                                  Qt.ShortcutContext.WidgetWithChildrenShortcut)
            label = f"{area or 'window'}: {action.text()}"
            if scoped and area:
                by_area[area][key].append(label)
            else:
                window_wide[key].append(label)
    clashes = {k: v for k, v in window_wide.items() if len(v) > 1}
    for keys in by_area.values():
        for key, labels in keys.items():
            if len(labels) > 1 or key in window_wide:
                clashes[key] = labels + window_wide.get(key, [])
    assert not clashes, clashes
