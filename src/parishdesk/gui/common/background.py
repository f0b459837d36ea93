"""Run long work off the GUI thread, with progress and cancel, and get the result back on it.

The work function receives a :class:`Progress` to report through and to ask
whether the clerk pressed Cancel; it must never touch a widget. ``on_done`` or
``on_error`` is then called on the GUI thread. Tests set ``SYNCHRONOUS = True``
to run the work inline.

Before the database closes (on quit), :func:`wait_for_tasks` cancels the work
that can be cancelled and waits for every worker to end, as Picard's
``wait_for_tasks`` does.
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
        self._hooks: list[Callable[[], None]] = []

    def update(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._report(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()
        for hook in list(self._hooks):
            hook()

    def on_cancel(self, hook: Callable[[], None]) -> None:
        """Call ``hook`` (from any thread) when Cancel is pressed, e.g. to interrupt a query
        that cannot look at :attr:`cancelled` while it runs."""
        self._hooks.append(hook)
        if self._cancel.is_set():
            hook()


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Task:
    """A piece of work that has been started and has not ended yet."""

    def __init__(self, label: str, progress: Progress, cancellable: bool) -> None:
        self.label, self.progress, self.cancellable = label, progress, cancellable
        self.ended = threading.Event()


_tasks: set[_Task] = set()
_tasks_lock = threading.Lock()


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals,
                 task: _Task) -> None:
        super().__init__()
        self.work, self.signals, self.task = work, signals, task

    def run(self) -> None:
        try:
            result = self.work(self.task.progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)
        finally:
            with _tasks_lock:
                _tasks.discard(self.task)
            self.task.ended.set()


_running: set[_Signals] = set()


def running_tasks() -> list[str]:
    """The labels of the work still running."""
    with _tasks_lock:
        return sorted(task.label for task in _tasks)


def wait_for_tasks(timeout: float | None = None) -> bool:
    """Cancel the work that can be cancelled and wait for all of it to end.

    Called before the database closes. Work that cannot be cancelled (a backup)
    is waited for. True if everything ended within ``timeout`` seconds (None: wait
    as long as it takes). Results that arrive after this are not shown.
    """
    with _tasks_lock:
        tasks = list(_tasks)
    for task in tasks:
        if task.cancellable:
            task.progress.cancel()
    return all(task.ended.wait(timeout) for task in tasks)


def run_in_background(parent: QWidget | None, work: Callable[[Progress], Any],
                      on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None] | None = None,
                      label: str = "Working…", cancellable: bool = True,
                      quiet: bool = False) -> Progress:
    """Start ``work`` on a worker thread with a progress dialog; return its Progress.

    ``quiet`` work (a check the clerk did not ask for) shows no progress dialog.
    """
    dialog: QProgressDialog | None = None
    if not quiet:
        dialog = QProgressDialog(label, "Cancel" if cancellable else "", 0, 0, parent)
        dialog.setWindowTitle("ParishDesk")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        if not cancellable:
            dialog.setCancelButton(None)  # type: ignore[arg-type]
    signals = _Signals()
    progress = Progress(lambda d, t, s: signals.progress.emit(d, t, s))
    if dialog is not None:
        dialog.canceled.connect(progress.cancel)

    @Slot(int, int, str)
    def show_progress(done: int, total: int, text: str) -> None:
        if dialog is None:
            return
        dialog.setMaximum(total)
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    def close_dialog() -> None:
        _running.discard(signals)
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()

    def finish(result: Any) -> None:
        close_dialog()
        on_done(result)

    def fail(exc: BaseException) -> None:
        close_dialog()
        if on_error is not None:
            on_error(exc)
        elif not isinstance(exc, Cancelled):
            raise exc

    signals.progress.connect(show_progress)
    signals.finished.connect(finish)
    signals.failed.connect(fail)
    _running.add(signals)
    task = _Task(label, progress, cancellable)
    with _tasks_lock:
        _tasks.add(task)
    job = _Job(work, signals, task)
    if SYNCHRONOUS:
        job.run()
    else:
        QThreadPool.globalInstance().start(job)
    return progress
