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
    two younger generations, a quick pass) collected first."""
    global _aside_since_tidy
    with _lock:
        gc.collect(1)
        gc.freeze()
        _aside_since_tidy = True


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
