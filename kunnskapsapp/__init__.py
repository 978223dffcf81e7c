"""Kunnskapsapp: the research and innovation portfolio of a Norwegian municipality."""

from __future__ import annotations

import linecache
import sys
from types import ModuleType

__version__ = "0.1.0"


def lighten_pyside_import_hook() -> None:
    """Keep PySide6 from holding the source of every module in memory.

    Once PySide6 is imported, its `__feature__` hook asks of each module imported after it
    whether it mentions "PySide6", with `inspect.getsource`, which leaves the module's whole
    source in `linecache` for the rest of the run: some 600 files and 24 MiB here. The same
    question is answered by reading the file's bytes, and nothing is kept. Does nothing
    unless PySide6 is loaded (Qt is never imported from here), nor if its hook has changed.
    """
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or upstream is None or getattr(upstream, "reads_bytes", False):
        return

    def _mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(upstream(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return False

    _mod_uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = _mod_uses_pyside  # type: ignore[attr-defined]
    linecache.clearcache()  # what it read of the modules imported before this


lighten_pyside_import_hook()
