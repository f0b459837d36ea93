"""What the clerk is told: a full disk in plain words (never "every change is saved"),
and an empty database file kept aside rather than taken for a fresh start."""

from __future__ import annotations

import sqlite3

import peewee
from PySide6.QtWidgets import QMessageBox

from parishdesk.gui.common import errors
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.startup import open_or_recover
from parishdesk.store import db


def _capture(monkeypatch):
    shown: list[tuple[str, str]] = []
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name,
                            lambda parent, title, text, *a, **k: shown.append((title, text)))
    return shown


def _disk_full_error() -> BaseException:
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError as inner:
            raise peewee.OperationalError(inner) from inner
    except peewee.OperationalError as exc:
        return exc


def test_a_write_on_a_full_disk_is_told_in_plain_words(qapp, monkeypatch, opened):
    shown = _capture(monkeypatch)
    opened_dialogs: list[object] = []
    monkeypatch.setattr(errors.ErrorDialog, "exec", lambda self: opened_dialogs.append(self))
    exc = _disk_full_error()
    errors.excepthook(type(exc), exc, exc.__traceback__)
    assert opened_dialogs == []  # not the "something went wrong" dialog
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "The disk is full"
    assert "The disk is full: free some space; nothing was lost" in text
    assert "was not saved" in text and "every change is saved" not in text


def test_the_unexpected_error_dialog_does_not_claim_the_change_was_saved(qapp):
    dialog = errors.ErrorDialog("ValueError: boom", "trace", None)
    words = dialog.findChildren(type(dialog.layout().itemAt(0).widget()))[0].text()
    assert "every change is saved" not in words
    assert "may not have been saved" in words


def test_an_empty_database_with_no_backup_is_kept_aside_and_set_up_starts(
        qapp, monkeypatch, paths):
    shown = _capture(monkeypatch)
    paths.db_file.write_bytes(b"")
    ctx = AppContext(paths)
    try:
        assert open_or_recover(ctx) is True
    finally:
        db.close()
    kept = list(paths.damaged_dir.glob("parishdesk-*.sqlite3"))
    assert len(kept) == 1 and kept[0].stat().st_size == 0
    assert shown and shown[0][0] == "The database file was empty"
    assert paths.db_file.stat().st_size > 0  # a fresh, working database




def test_a_read_only_database_opens_with_a_banner_saying_so(qapp, qtbot, monkeypatch, paths,
                                                             demo_template):
    import datetime as dt
    import os
    import stat

    from parishdesk.gui.startup import start
    from tests.conftest import install_demo

    shown = _capture(monkeypatch)
    install_demo(demo_template, paths.db_file)
    os.chmod(paths.db_file, stat.S_IRUSR)
    try:
        ctx = AppContext(paths, actor="test", today=lambda: dt.date(2026, 11, 22))
        window = start(ctx)
        assert window is not None
        qtbot.addWidget(window)
        window.show()
        window.resize(1366, 768)
        window.grab().save("/tmp/safety-read-only-window.png")
        banner = window.ui.alertBanner.text()
        assert "Open for reading only" in banner and "read-only" in banner
        assert shown and shown[0][0] == "The data is read-only"
        window.close()
    finally:
        db.close()
        os.chmod(paths.db_file, stat.S_IRUSR | stat.S_IWUSR)
