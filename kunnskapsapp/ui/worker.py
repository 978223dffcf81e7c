"""Running long work off the UI thread, with progress and cancel.

`run_task(parent, title, fn, on_done)` runs `fn(progress)` on the global QThreadPool, shows a
progress dialog with Avbryt, and calls `on_done(result)` on the UI thread. Errors the user can
act on (DomainError) are shown as a plain message; anything else goes to the crash handler.
Tests call `set_synchronous(True)` to run tasks inline. `Latest` runs fetches of which only the
newest result is shown. `call_on_ui_thread(fn)`, from a task, runs `fn` on the UI thread (a
question to the user) and waits for its answer.

Importing this module is light (Qt and the domain's errors, no services or models): the
window's start uses it to open the database behind its frame.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.domain.progress import CancelFlag, Cancelled

log = logging.getLogger(__name__)
_synchronous = False

T = TypeVar("T")


def set_synchronous(value: bool) -> None:
    """Run tasks inline on the calling thread (tests)."""
    global _synchronous
    _synchronous = value


class _Outcomes(QObject):
    """Carries each task's outcome from the pool's threads to the UI thread.

    One for the whole app, made on the UI thread and never deleted while work runs: a
    sender that the UI thread deletes while a pool thread is still inside its emit() is a
    crash, and a task's own QObject goes as soon as its outcome has been handled. The pool
    thread sends the task's number, not the task: its last reference must not be dropped
    there."""

    outcome = Signal(int, str, object)  # the task's number, what happened, the result
    call = Signal(object)  # a job from a pool thread (call_on_ui_thread), to run here

    def deliver(self, number: int, kind: str, value: object) -> None:
        Task.deliver(number, kind, value)

    def run(self, job: Callable[[], None]) -> None:
        job()


_outcomes: _Outcomes | None = None


def _outcome_channel() -> _Outcomes:
    global _outcomes
    if _outcomes is None or not shiboken6.isValid(_outcomes):
        _outcomes = _Outcomes()
        _outcomes.outcome.connect(_outcomes.deliver, Qt.ConnectionType.QueuedConnection)
        _outcomes.call.connect(_outcomes.run, Qt.ConnectionType.QueuedConnection)
    return _outcomes


def _on_ui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is None or QThread.currentThread() is app.thread()


def call_on_ui_thread(fn: Callable[[], T]) -> T:
    """`fn()` on the UI thread, its result (or its exception) back to the caller: from a
    task's work, for what only the UI thread may do (a message box, a question). The task
    waits meanwhile; the UI thread must keep processing events until the task has ended
    (it does: every waiter on a task runs an event loop). On the UI thread: `fn()` at once.

    `fn` is let go of on the UI thread (it may hold widgets); what it returns or raises
    should be plain data, as a task's result is."""
    if _on_ui_thread():
        return fn()
    channel = _outcomes
    if channel is None:  # only a task's thread calls this, and starting a task made it
        raise RuntimeError("call_on_ui_thread outside a task")
    answered = threading.Event()
    answer: list[tuple[bool, Any]] = []
    pending = [fn]
    del fn  # from here on only the UI thread has it

    def job() -> None:
        work = pending.pop()
        try:
            answer.append((True, work()))
        except BaseException as exc:  # handed back to the task, never lost
            answer.append((False, exc))
        finally:
            del work
            answered.set()

    channel.call.emit(job)
    answered.wait()
    ok, value = answer.pop()
    if not ok:
        raise value
    return value


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[CancelFlag], Any], flag: CancelFlag, number: int) -> None:
        super().__init__()
        self.fn = fn
        self.flag = flag
        self.number = number
        self.channel = _outcome_channel()  # on the UI thread, where start() runs

    def outcome(self) -> tuple[str, object]:
        try:
            return "finished", self.fn(self.flag)
        except Cancelled:
            return "cancelled", None
        except BaseException as exc:  # handed to the UI thread, never lost
            return "failed", exc

    def run(self) -> None:
        kind, value = self.outcome()
        try:
            self.channel.outcome.emit(self.number, kind, value)
        except RuntimeError:
            # The app quit while the work ran: nobody is left to tell, and Qt would print a
            # traceback on the way out.
            log.debug("Bakgrunnsarbeid ferdig etter at vinduet ble lukket")


class Task(QObject):
    """One piece of background work; keeps itself alive until it ends."""

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    _running: dict[int, Task] = {}  # by number: alive until their outcome is handled
    _numbers = itertools.count(1)

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        fn: Callable[[CancelFlag], Any],
        *,
        show_progress: bool = True,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        super().__init__(None)
        self._on_error = on_error
        self.flag = CancelFlag()
        self._fn = fn
        self._parent = parent
        self._dialog: QProgressDialog | None = None
        if show_progress and parent is not None:
            dialog = QProgressDialog(title, self.tr("Avbryt"), 0, 0, parent)
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.flag.cancel)
            self._dialog = dialog
            self._timer = QTimer(self)
            self._timer.setInterval(100)
            self._timer.timeout.connect(self._update_progress)

    def start(self) -> Task:
        self._number = next(Task._numbers)
        Task._running[self._number] = self
        runnable = _Runnable(self._fn, self.flag, self._number)
        if _synchronous:
            Task.deliver(self._number, *runnable.outcome())
            return self
        if self._dialog is not None:
            self._timer.start()
        QThreadPool.globalInstance().start(runnable)
        return self

    @staticmethod
    def deliver(number: int, kind: str, value: object) -> None:
        """On the UI thread: the outcome of task `number`, to the task."""
        task = Task._running.get(number)
        if task is None or not shiboken6.isValid(task):
            return
        if kind == "finished":
            task._on_finished(value)
        elif kind == "failed":
            task._on_failed(value)
        else:
            task._on_cancelled()

    def _update_progress(self) -> None:
        if self._dialog is None:
            return
        if self.flag.total:
            self._dialog.setMaximum(self.flag.total)
            self._dialog.setValue(min(self.flag.done, self.flag.total))
        if self.flag.text:  # a service's phrase in the window's language
            from kunnskapsapp.ui.formatting import domain_message  # the domain's words

            self._dialog.setLabelText(domain_message(self.flag.text))

    def _close(self) -> None:
        if self._dialog is not None:
            self._timer.stop()
            self._dialog.reset()
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        Task._running.pop(self._number, None)

    def _on_finished(self, result: object) -> None:
        self._close()
        self.finished.emit(result)

    def _on_failed(self, exc: object) -> None:
        self._close()
        assert isinstance(exc, BaseException)
        self.failed.emit(exc)
        if self._on_error is not None:
            self._on_error(exc)
            return
        from kunnskapsapp.ui.backups import offer_for_damage

        if offer_for_damage(exc):  # a damaged database: a restore offered
            return
        if isinstance(exc, DomainError):
            from kunnskapsapp.ui.formatting import domain_message  # the domain's words

            QMessageBox.warning(self._parent, self.tr("Kunnskapsapp"), domain_message(exc))
            return
        from kunnskapsapp.ui.errors import report_exception

        report_exception(type(exc), exc, exc.__traceback__)

    def _on_cancelled(self) -> None:
        self._close()
        self.cancelled.emit()


def run_task(
    parent: QWidget | None,
    title: str,
    fn: Callable[[CancelFlag], Any],
    on_done: Callable[[Any], None],
    *,
    show_progress: bool = True,
    on_error: Callable[[BaseException], None] | None = None,
) -> Task:
    task = Task(parent, title, fn, show_progress=show_progress, on_error=on_error)
    task.finished.connect(on_done)
    return task.start()


class Latest:
    """Fetches off the UI thread of which only the newest counts.

    `run(fn, on_done)` runs `fn()` on the thread pool and calls `on_done(result)` on the UI
    thread, unless a newer fetch was started (or `drop_pending()` was called, e.g. after a
    load on the UI thread) in between, or the owner widget was deleted meanwhile: a late,
    older result never overwrites a newer one. Used by the list pages' background loads and
    the dashboard's refresh.
    """

    def __init__(self, owner: QObject) -> None:
        self._owner = owner
        self.generation = 0  # fetches started (and drops); 0 until the first

    def drop_pending(self) -> None:
        """Ignore the result of every fetch still running."""
        self.generation += 1

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        *,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        self.generation += 1
        generation = self.generation

        def current() -> bool:
            return generation == self.generation and shiboken6.isValid(self._owner)

        def done(result: object) -> None:
            if current():
                on_done(result)  # type: ignore[arg-type]  # the T that fn returned

        def failed(exc: BaseException) -> None:
            if on_error is not None and current():
                on_error(exc)

        task = Task(
            None,
            "",
            lambda _flag: fn(),
            show_progress=False,
            on_error=failed if on_error is not None else None,
        )
        task.finished.connect(done)
        return task.start()
