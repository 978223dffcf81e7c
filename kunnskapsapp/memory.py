"""Keeping Python's cyclic garbage collector out of the window's way. Qt-free.

A full pass of the collector walks every container object in the process and holds the
interpreter meanwhile: the window's thread waits for it even when the pass runs on a
background read. With 20 000 projects and 33 500 deadlines held as records that is 75–90 ms,
with 80 000 projects 0.3–0.7 s, and the thousands of records a long read makes are what set
the passes off. What start-up made, and the records of a long read, live long: `set_aside`
moves every object there is now out of the collector's passes (`gc.freeze`), so later passes
walk only what is new. Records freed by a refresh are freed as before (reference counts do
that, not the collector); what `set_aside` keeps back is garbage in reference cycles among
the objects set aside, which `tidy` frees with one full pass when the window is idle.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_aside_since_tidy = False
_long_reads = 0  # long reads under way (`long_read`)
_threshold: tuple[int, int, int] = gc.get_threshold()  # the collector's, outside long reads
_NO_FULL_PASS = 1 << 30  # a third threshold no count reaches


@contextmanager
def long_read() -> Iterator[None]:
    """No full pass of the collector while thousands of records are read (the young
    generations are still collected): each record a read keeps raises the count that sets
    off a full pass, so a read of 20 000 projects ran four of them, 120–190 ms each, over
    records about to be set aside, and the window waited for each. What is read is set aside
    at its end (`set_aside`); the full passes as before once no long read is under way."""
    global _long_reads, _threshold
    with _lock:
        if _long_reads == 0:
            _threshold = gc.get_threshold()
            gc.set_threshold(_threshold[0], _threshold[1], _NO_FULL_PASS)
        _long_reads += 1
    try:
        yield
    finally:
        with _lock:
            _long_reads -= 1
            if _long_reads == 0:
                gc.set_threshold(*_threshold)


def set_aside() -> None:
    """Every object there is now out of the collector's passes; the young garbage (the
    two younger generations, a quick pass) collected first on the main thread (elsewhere it
    is set aside too, and freed by the next `tidy`: see `collect_due`)."""
    global _aside_since_tidy
    with _lock:
        if threading.current_thread() is threading.main_thread():
            gc.collect(1)
        gc.freeze()
        _aside_since_tidy = True


def collect_on_main_thread_only() -> None:
    """Turn the collector's own passes off: `collect_due`, called on the main thread, does
    them. A pass frees whatever garbage it finds on the thread that runs it, and the window's
    widgets must be freed on the window's thread: a pass set off by a background read freed
    a widget in a reference cycle there, its parent's event filter ran on that thread, and
    the process crashed."""
    gc.disable()


_FULL_PASS_EVERY_S = 10.0  # at most one full pass this often (see collect_due)
_last_full_pass = 0.0


def collect_due() -> None:
    """The pass the collector would have run by now, by its thresholds (`gc.get_threshold`):
    the youngest generation, or the older ones when their turn has come; no full pass during
    a `long_read`. CPython also holds a full pass back until a quarter of what it would walk
    is new, which Python cannot see: here a full pass waits at least `_FULL_PASS_EVERY_S`.
    For a timer on the main thread, after `collect_on_main_thread_only`."""
    global _last_full_pass
    (young, middle, old), (allocated, young_passes, middle_passes) = (
        gc.get_threshold(),
        gc.get_count(),
    )
    if allocated <= young:
        return
    if young_passes <= middle:
        gc.collect(0)
        return
    now = time.monotonic()
    if middle_passes > old and now - _last_full_pass >= _FULL_PASS_EVERY_S:
        _last_full_pass = now
        gc.collect(2)
    else:
        gc.collect(1)


def tidy() -> bool:
    """One full pass over everything, the objects set aside included, then all that is left
    set aside again: the garbage cycles set aside meanwhile are freed. Costs what a full pass
    costs (0.1–0.7 s with large lists): for when nobody is waiting. False when nothing has
    been set aside since the last tidy (nothing to do)."""
    global _aside_since_tidy
    with _lock:
        if not _aside_since_tidy:
            return False
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        _aside_since_tidy = False
        return True
