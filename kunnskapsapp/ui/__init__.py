"""The desktop interface (PySide6)."""

import PySide6.QtCore  # noqa: F401  # loads PySide6's import hook, lightened next

from kunnskapsapp import lighten_pyside_import_hook

lighten_pyside_import_hook()
