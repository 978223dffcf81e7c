"""The language the window speaks: Norwegian Bokmål (the default, and the language the source
strings are written in) or English, chosen under Innstillinger → Språk or with `--language`.

The choice is read once, when the application starts (app.install_translations): every
widget takes its texts as it is built, so a new choice shows from the next start.
Norwegian Bokmål is the default whatever the system's locale: the unit works in Norwegian,
and an English desktop is no sign that its user wants the app in English.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP as _QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kunnskapsapp import paths

NB = "nb"
EN = "en"
DEFAULT = NB
# Each language named in itself, as language pickers do: a reader finds their own.
LANGUAGES = {NB: "Norsk bokmål", EN: "English"}

# A text marked for lupdate where it is kept (a page's `title`), translated where it is shown.
# PySide6's stub types QT_TRANSLATE_NOOP as returning object; it returns the text unchanged.
# Imported under this name, so that lupdate finds the texts.
QT_TRANSLATE_NOOP: Callable[[str, str], str] = _QT_TRANSLATE_NOOP  # type: ignore[assignment]

_current = DEFAULT
_requested: str | None = None  # --language, which wins over the setting


class Context:
    """Texts of one translation context outside a QObject: `Exchange = Context("Exchange")`,
    then `Exchange.tr("Tabell")`. lupdate takes the name before `.tr` as the context, so the
    variable has the context's name."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation, n)


def current() -> str:
    """The language the app runs in: "nb" or "en"."""
    return _current


def is_english() -> bool:
    return _current == EN


def request(language: str | None) -> None:
    """`--language` on the command line: used instead of the setting at this start."""
    global _requested
    _requested = language if language in LANGUAGES else None


def chosen() -> str:
    """`--language` if given, else the setting, else Norwegian Bokmål."""
    if _requested is not None:
        return _requested
    from kunnskapsapp.ui import settings

    saved = settings.LANGUAGE.get()
    return saved if saved in LANGUAGES else DEFAULT


def set_current(language: str) -> None:
    """The language the formatting (dates, amounts, counts) and the locale follow."""
    global _current
    _current = language if language in LANGUAGES else DEFAULT
    if _current == EN:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def catalogues(language: str) -> list[str]:
    """The compiled catalogues to load for `language`, in the order they are installed.

    Bokmål: Qt's own strings (PySide6 ships none in Bokmål) and the app's. English: every
    `*_en.qm` there is (the app's, the domain's), and nothing for Qt, whose source strings
    are English."""
    folder = translations_dir()
    if language == EN:
        return sorted(p.stem for p in folder.glob("*_en.qm"))
    return [name for name in ("qtbase_nb", "kunnskapsapp_nb") if (folder / f"{name}.qm").is_file()]


def load_translators(language: str, parent: QCoreApplication) -> list[QTranslator]:
    """A loaded QTranslator per catalogue of `language` (not yet installed)."""
    folder = str(translations_dir())
    loaded = []
    for name in catalogues(language):
        translator = QTranslator(parent)
        if translator.load(name, folder):
            loaded.append(translator)
    return loaded


DOMAIN_HOOK = "kunnskapsapp.domain.translation"  # Qt-free, and light: no models


def _qt_translate(context: str, text: str) -> str:
    """What the domain hook is given: called as QCoreApplication.translate is, (context, text)."""
    return QCoreApplication.translate(context, text)


def install_domain_hook(language: str) -> bool:
    """The domain's labels and messages (kunnskapsapp.domain.i18n, Qt-free) translated through
    Qt's translators in English, or given back as written in Bokmål. False: no such module."""
    try:
        hook = importlib.import_module(DOMAIN_HOOK)
    except ModuleNotFoundError as exc:
        if exc.name != DOMAIN_HOOK:
            raise  # the hook is there but an import of its own is missing
        return False
    install = getattr(hook, "install", None)
    if install is None:
        return False
    install(_qt_translate if language == EN else _as_written)
    return True


def _as_written(_context: str, text: str) -> str:
    return text
