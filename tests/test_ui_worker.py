"""`Latest`: a background fetch whose result arrives after a newer one began is dropped;
`call_on_ui_thread`: work that asks the UI thread."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from kunnskapsapp.ui import worker


@pytest.fixture(autouse=True)
def _on_the_thread_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests need real threads: a fetch that waits while a newer one finishes."""
    monkeypatch.setattr(worker, "_synchronous", False)


def test_a_late_older_result_is_dropped(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    latest = worker.Latest(owner)
    release_first = threading.Event()
    shown: list[str] = []

    def slow() -> str:
        release_first.wait(10)
        return "old"

    first = latest.run(slow, shown.append)
    second = latest.run(lambda: "new", shown.append)
    with qtbot.waitSignal(second.finished, timeout=10_000):
        pass
    with qtbot.waitSignal(first.finished, timeout=10_000):
        release_first.set()
    assert shown == ["new"]


def test_drop_pending_ignores_what_is_running(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    latest = worker.Latest(owner)
    release = threading.Event()
    shown: list[str] = []
    errors: list[BaseException] = []

    def fails() -> str:
        release.wait(10)
        raise RuntimeError("for sent")

    task = latest.run(fails, shown.append, on_error=errors.append)
    latest.drop_pending()
    with qtbot.waitSignal(task.failed, timeout=10_000):
        release.set()
    assert shown == [] and errors == []

    task = latest.run(lambda: "fresh", shown.append)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert shown == ["fresh"] and latest.generation == 3


def test_many_tasks_each_report_once_and_then_go(qtbot: Any) -> None:
    """Hundreds of short tasks, finishing, failing and cancelled on the pool's threads while
    the UI thread handles their outcomes and lets each task go: every outcome arrives once,
    on the UI thread, and no task outlives it (a task deleted while a pool thread was still
    emitting its signal crashed the app, now and then)."""
    import weakref

    from PySide6.QtCore import QThread

    from kunnskapsapp.services.progress import Cancelled

    ui_thread = QThread.currentThread()
    outcomes: list[tuple[str, int]] = []
    threads_seen: set[bool] = set()
    gone: list[weakref.ref[worker.Task]] = []

    def work(n: int) -> int:
        if n % 3 == 1:
            raise ValueError(n)
        if n % 3 == 2:
            raise Cancelled()
        return n

    def on_done(n: int) -> None:
        threads_seen.add(QThread.currentThread() is ui_thread)
        outcomes.append(("finished", n))

    def on_error(exc: BaseException) -> None:
        threads_seen.add(QThread.currentThread() is ui_thread)
        outcomes.append(("failed", int(exc.args[0])))

    def run(n: int) -> None:
        task = worker.run_task(
            None, "", lambda _flag: work(n), on_done, show_progress=False, on_error=on_error
        )
        task.cancelled.connect(lambda n=n: outcomes.append(("cancelled", n)))
        gone.append(weakref.ref(task))

    count = 300
    for n in range(count):
        run(n)
    qtbot.waitUntil(lambda: len(outcomes) == count, timeout=20_000)
    expected = {("finished", n) if n % 3 == 0 else ("failed", n) for n in range(count) if n % 3 < 2}
    expected |= {("cancelled", n) for n in range(count) if n % 3 == 2}
    assert sorted(outcomes) == sorted(expected)
    assert threads_seen == {True}
    qtbot.waitUntil(lambda: all(ref() is None for ref in gone))


def test_work_asks_the_ui_thread_and_waits_for_its_answer(qtbot: Any) -> None:
    """`call_on_ui_thread` from a task: the function runs on the UI thread, its answer (or
    its error) comes back to the work, which went on only then."""
    asked_on: list[bool] = []

    def question() -> str:
        asked_on.append(threading.current_thread() is threading.main_thread())
        return "ja"

    def refusal() -> str:
        raise ValueError("nei")

    def work(_flag: Any) -> tuple[str, str]:
        answer = worker.call_on_ui_thread(question)
        try:
            worker.call_on_ui_thread(refusal)
        except ValueError as exc:
            return answer, str(exc)
        return answer, ""

    results: list[Any] = []
    task = worker.run_task(None, "", work, results.append, show_progress=False)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert results == [("ja", "nei")]
    assert asked_on == [True]
    assert worker.call_on_ui_thread(lambda: "på UI-tråden") == "på UI-tråden"
