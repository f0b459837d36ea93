"""No shortcut means two things: no two actions or shortcuts answer the same key where
both can be active (Qt would then run neither). Keys scoped to one area's page (such as
Ctrl+N for that area's own "New …") may be used again in another area, never next to a
window-wide key."""

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut


def _owner_area(window, action):
    """The area page an action (or shortcut) belongs to, or None for window-wide ones."""
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
    keyed = [(action, action.shortcuts(), action.shortcutContext(), action.text())
             for action in main_window.findChildren(QAction)]
    keyed += [(shortcut, [shortcut.key()], shortcut.context(), shortcut.whatsThis() or "shortcut")
              for shortcut in main_window.findChildren(QShortcut)]
    assert len(keyed) > 60  # every area's own keys are in the window
    for owner, sequences, context, text in keyed:
        for sequence in sequences:
            key = sequence.toString()
            if not key:
                continue
            area = _owner_area(main_window, owner)
            scoped = context in (Qt.ShortcutContext.WidgetShortcut,
                                 Qt.ShortcutContext.WidgetWithChildrenShortcut)
            label = f"{area or 'window'}: {text}"
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


def test_edit_find_takes_over_the_areas_own_ctrl_f(main_window):
    from PySide6.QtGui import QKeySequence

    from parishdesk.gui.areas import AREAS

    for spec in AREAS:
        main_window.page(spec.key)
    find = QKeySequence(QKeySequence.StandardKey.Find)
    holders = [a.text() for a in main_window.findChildren(QAction) if find in a.shortcuts()]
    assert holders == ["&Find"]
