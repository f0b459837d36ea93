"""Run long work off the GUI thread, with progress and cancel, and get the result back on it.

The work function receives a :class:`Progress` to report through and to ask
whether the clerk pressed Cancel; it must never touch a widget. ``on_done`` or
``on_error`` is then called on the GUI thread. Tests set ``SYNCHRONOUS = True``
to run the work inline.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

SYNCHRONOUS = False


class Cancelled(Exception):
    """Raised inside work when the clerk pressed Cancel."""


class Progress:
    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def update(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._report(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals,
                 progress: Progress) -> None:
        super().__init__()
        self.work, self.signals, self.progress = work, signals, progress

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


_running: set[_Signals] = set()


def run_in_background(parent: QWidget | None, work: Callable[[Progress], Any],
                      on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None] | None = None,
                      label: str = "Working…", cancellable: bool = True) -> Progress:
    """Start ``work`` on a worker thread with a progress dialog; return its Progress."""
    dialog = QProgressDialog(label, "Cancel" if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle("ParishDesk")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    if not cancellable:
        dialog.setCancelButton(None)  # type: ignore[arg-type]
    signals = _Signals()
    progress = Progress(lambda d, t, s: signals.progress.emit(d, t, s))
    dialog.canceled.connect(progress.cancel)

    @Slot(int, int, str)
    def show_progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    def finish(result: Any) -> None:
        _running.discard(signals)
        dialog.reset()
        dialog.deleteLater()
        on_done(result)

    def fail(exc: BaseException) -> None:
        _running.discard(signals)
        dialog.reset()
        dialog.deleteLater()
        if on_error is not None:
            on_error(exc)
        elif not isinstance(exc, Cancelled):
            raise exc

    signals.progress.connect(show_progress)
    signals.finished.connect(finish)
    signals.failed.connect(fail)
    _running.add(signals)
    job = _Job(work, signals, progress)
    if SYNCHRONOUS:
        job.run()
    else:
        QThreadPool.globalInstance().start(job)
    return progress
