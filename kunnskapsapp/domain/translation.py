"""The function every word of the domain passes through on its way to the window:
(context, text) -> text. The window's start-up (ui.i18n.install_domain_hook) installs Qt's
translators here in English; in Bokmål, and until then, every word is given back as written.

A module of its own, with no imports: the window installs it before the database and the
models (SQLAlchemy) are imported. kunnskapsapp.domain.i18n asks the words through `tr`.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]


def _as_written(_context: str, text: str) -> str:
    return text


_translate: Translate = _as_written


def install(translate: Translate) -> None:
    """The function every word of the window passes through: (context, text) -> text."""
    global _translate
    _translate = translate


def tr(context: str, text: str) -> str:
    """`text` of `context` in the window's language."""
    return _translate(context, text) if text else text
