"""How long work reports progress and learns it was cancelled, without knowing about Qt.

A service that takes time accepts a `Progress` and calls `step(done, total, text)` now and
then; when the user has pressed Cancel, `step` raises `Cancelled`, the service's transaction
rolls back and nothing is half-written.
"""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """The user cancelled the work."""


class Progress(Protocol):
    def step(self, done: int, total: int, text: str = "") -> None: ...


class NoProgress:
    """Progress nobody watches (command line, tests)."""

    def step(self, done: int, total: int, text: str = "") -> None:
        return None


class CancelFlag:
    """Progress that records the last step and raises once cancelled (thread-safe enough:
    one writer sets the flag, the worker reads it)."""

    def __init__(self) -> None:
        self.cancelled = False
        self.done = 0
        self.total = 0
        self.text = ""

    def cancel(self) -> None:
        self.cancelled = True

    def step(self, done: int, total: int, text: str = "") -> None:
        if self.cancelled:
            raise Cancelled()
        self.done, self.total, self.text = done, total, text
