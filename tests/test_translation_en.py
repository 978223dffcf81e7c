"""The window in English (`--language en`, Innstillinger → Språk): every message of the app's
English catalogue is translated, the committed .qm is the compiled .ts, and no page of the
window shows a text of its own in Norwegian.

What the walk over the pages leaves aside:
- the user's data (the demo portfolio is Norwegian): table cells and field values are not
  read at all, and any text of the demo database is taken out of a label before it is
  looked at ("Ny: Velferd 2030", a heading with a project's title);
- the domain's own words (enum labels such as a project's status, the entities' nouns and
  field labels, the domain's messages): they are translated in kunnskapsapp/domain (another
  slice of issue 11), so they are read from the domain's sources and taken out the same way.
"""

from __future__ import annotations

import ast
import enum
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)
from sqlalchemy import select

import kunnskapsapp.ui
from kunnskapsapp.domain import enums
from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.entities.declarations import ENTITIES
from kunnskapsapp.services import clock
from kunnskapsapp.services.demo import create_demo
from kunnskapsapp.ui import i18n
from kunnskapsapp.ui.main_window import PAGES, MainWindow
from tests.ui_helpers import each_row_dialog, select_first_rows

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "kunnskapsapp_en.ts"
QM = TS.with_suffix(".qm")
DOMAIN = ROOT / "kunnskapsapp" / "domain"
TODAY = date(2026, 11, 26)
NORWEGIAN_LETTERS = re.compile("[æøåÆØÅ]")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str | None
    kind: str | None  # the translation's type: None when finished
    texts: tuple[str | None, ...]  # one, or a numerus form each


def messages(ts: Path = TS) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (name, message.findtext("source"))
            forms = tuple(f.text for f in translation.iter("numerusform"))
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment"),
                    translation.get("type"),
                    forms or (translation.text,),
                )
            )
    return found


def placeholders(text: str) -> list[str]:
    """%1, %s, %n and HTML tags, and the &-accelerator (a literal && is not one)."""
    marks = re.findall(r"%\d|%[sn]|</?[a-zA-Z][^>]*>", text)
    if "&" in text.replace("&&", ""):
        marks.append("&")
    return sorted(marks)


# --- The catalogue ------------------------------------------------------------------------


def test_every_message_has_a_finished_translation_with_its_placeholders() -> None:
    found = messages()
    assert len(found) > 800, "the catalogue lost its messages"
    problems = []
    for m in found:
        where = f"{m.context}: {m.source!r}"
        if m.kind is not None:
            problems.append(f"{where} is {m.kind}")
            continue
        for text in m.texts:
            if not text:
                problems.append(f"{where} has no translation")
            elif placeholders(text) != placeholders(m.source):
                problems.append(f"{where} → {text!r}: placeholders differ")
    assert not problems, "run tests/tools/update_translations.py and translate:\n" + "\n".join(
        problems
    )


def test_the_committed_qm_is_the_compiled_ts(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    compiled = tmp_path / QM.name
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run: tests/tools/update_translations.py"


def test_the_placeholder_check_sees_a_lost_placeholder() -> None:
    assert placeholders("Sum: %1 av %2.") != placeholders("Total: %1.")
    assert placeholders("&Fil") != placeholders("File")
    assert placeholders("I dag %s. <b>%s forfalte</b>") == placeholders("Today %s. <b>%s due</b>")


# --- The window in English ----------------------------------------------------------------


@pytest.fixture(autouse=True)
def _today() -> Iterator[None]:
    clock.fix(TODAY)
    yield
    clock.fix(None)


@pytest.fixture
def window(english: QApplication, qtbot: Any, db: Any) -> MainWindow:
    create_demo(db, today=TODAY)
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


ENGLISH_PAGES = {
    "dashboard": "Overview",
    "agreements": "Agreements",
    "projects": "Projects",
    "fund": "Funding and the fund",
    "deadlines": "Deadlines",
    "meetings": "Meetings",
    "organisations": "Organizations",
    "people": "People",
    "lessons": "Lessons learned",
}


def heading_of(page: QWidget) -> str:
    """The page's title: the first label of the page, in the larger bold type."""
    normal = page.font().pointSizeF()
    for label in page.findChildren(QLabel):
        if label.isVisible() and label.font().bold() and label.font().pointSizeF() > normal:
            return label.text()
    return ""


def test_a_window_started_in_english_shows_english_titles_and_navigation(
    window: MainWindow,
) -> None:
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == list(
        ENGLISH_PAGES.values()
    )
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["&File", "&Edit"], menus
    assert "&Help" in menus
    for entry in PAGES:
        page = window.show_page(entry.page_id)
        QApplication.processEvents()
        assert heading_of(page) == ENGLISH_PAGES[entry.page_id], entry.page_id
    assert window.findChild(QTabWidget, "fundTabs").tabText(0) == "The research fund"


def test_the_dashboard_writes_todays_date_in_english(qtbot: Any, window: MainWindow) -> None:
    page = window.show_page("dashboard")
    date_label = page.findChild(QLabel, "dashboardDate")
    qtbot.waitUntil(lambda: bool(date_label.text()))
    assert date_label.text() == "Thursday 26 November 2026"


# --- Messages the window's code writes itself ---------------------------------------------------


APP_NAME = "Kunnskapsapp"


def untranslated_messages(folder: Path) -> list[str]:
    """`path:line` of each message the window's own code gives as a bare literal or f-string:
    a DomainError's, a ValidationError's (its second argument), a QMessageBox's title and
    text, a progress step's. lupdate cannot see them, so they stay Norwegian in English. A
    message box that shows an error's `.message` (not `domain_message(error)`) is one too."""
    found = []
    for source in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            owner = getattr(getattr(func, "value", None), "id", "")
            texts: list[ast.expr] = []
            if name == "DomainError":
                texts = node.args[:1]
            elif name == "ValidationError":
                texts = node.args[1:2]
            elif owner == "QMessageBox" and name in ("warning", "information", "critical"):
                texts = node.args[1:3]
            elif name == "step":
                texts = node.args[2:3]
            for text in texts:
                literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
                raw = isinstance(text, ast.Attribute) and text.attr == "message"  # not translated
                if isinstance(text, ast.JoinedStr) or raw or (literal and text.value != APP_NAME):
                    found.append(f"{source.relative_to(folder.parent.parent)}:{node.lineno}")
    return found


def test_the_windows_own_messages_go_through_tr() -> None:
    assert untranslated_messages(Path(kunnskapsapp.ui.__file__).parent) == []


def test_the_message_check_sees_a_bare_message(tmp_path: Path) -> None:
    folder = tmp_path / "kunnskapsapp" / "ui"
    folder.mkdir(parents=True)
    (folder / "dialog.py").write_text(
        "def f(self, name):\n"
        "    QMessageBox.warning(self, self.tr('Lagre'), f'Kan ikke lagre {name}')\n"
        "    raise DomainError(self.tr('Velg et møte først.'))\n"
        "    QMessageBox.warning(self, self.tr('Lagre'), error.message)\n",
        encoding="utf-8",
    )
    assert untranslated_messages(folder) == [
        "kunnskapsapp/ui/dialog.py:2",
        "kunnskapsapp/ui/dialog.py:4",
    ]


# --- Every page: no text of the window's own in Norwegian -----------------------------------


def domain_texts() -> set[str]:
    """The domain's own words: enum labels, entity nouns and labels, and every string in the
    domain's sources (its messages, month and weekday names). Another slice translates them."""
    texts: set[str] = set()
    for value in vars(enums).values():
        if isinstance(value, type) and issubclass(value, enum.Enum):
            texts.update(str(getattr(member, "label", "")) for member in value)
    for spec in ENTITIES:
        texts.update((spec.singular, spec.plural))
        texts.update(f.label for f in spec.fields)
        texts.update(link.label for link in spec.links)
        texts.update(d.label for d in spec.derived)
        texts.update(w.message or "" for w in spec.warnings)
    for source in DOMAIN.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                texts.update(part for part in re.split(r"%[sd]|\{\}", node.value))
    variants = {t[:1].upper() + t[1:] for t in texts} | {t.lower() for t in texts}
    return {t.strip() for t in texts | variants if len(t.strip()) >= 2}


def user_texts(db: Any) -> set[str]:
    """Every text the demo database holds: what the user typed, not the window's own."""
    texts: set[str] = set()
    with db.session(audit=False) as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)):
                for value in row:
                    if isinstance(value, str) and len(value.strip()) >= 2:
                        texts.add(value.strip())
                        texts.update(line.strip() for line in value.splitlines() if line.strip())
    return texts


def without(text: str, known: list[str]) -> str:
    """`text` with every known text (longest first) taken out."""
    for part in known:
        if part in text:
            text = text.replace(part, " ")
    return text


def plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ")
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def chrome(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for the visible texts of the window's own under `root`: labels, buttons,
    group boxes, tabs, table headers, placeholders, tooltips and accessible names, menus and
    the toolbar, the navigation. Not cell contents, field values or a picker's choices."""
    yield "window title", root.windowTitle()
    if isinstance(root, MainWindow):
        for i in range(root.nav.count()):
            item = root.nav.item(i)
            yield "navigation", item.text()
            yield "navigation tooltip", item.toolTip()
        for holder in [root.menuBar(), *root.findChildren(QToolBar)]:
            yield from actions(holder, type(holder).__name__)
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__} {widget.objectName()}{field_of(widget)}".strip()
        yield f"{where} tooltip", widget.toolTip()
        yield f"{where} accessible name", widget.accessibleName()
        yield f"{where} accessible description", widget.accessibleDescription()
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            yield f"{where} label of {widget.buddy().objectName()}", widget.text()
        elif isinstance(widget, (QLabel, QAbstractButton)):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox)):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield f"{where} tab", widget.tabText(i)
                yield f"{where} tab tooltip", widget.tabToolTip(i)
        elif isinstance(widget, QTableView) and widget.horizontalHeader().isVisible():
            model = widget.model()
            for section in range(model.columnCount(QModelIndex())):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    header = model.headerData(section, Qt.Orientation.Horizontal, role)
                    yield f"{where} header", str(header or "")


def field_of(widget: QWidget) -> str:
    """ " in field_x" for a part of a form's field (a date field's line edit, a link list's
    list), or ""."""
    while widget is not None:
        if widget.objectName().startswith("field_"):
            return f" in {widget.objectName()}"
        widget = widget.parentWidget()
    return ""


def actions(holder: QWidget, where: str) -> Iterator[tuple[str, str]]:
    for action in holder.actions():
        yield where, action.text()
        yield f"{where} tooltip", action.toolTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from actions(menu, f"{where} / {plain(action.text())}")


def each_tab(root: QWidget) -> Iterator[None]:
    """Show every tab of every tab widget under `root` in turn (hidden tabs hide texts)."""
    yield
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            if not tabs.isVisible():
                break
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield


def norwegian_sources() -> set[str]:
    """The catalogue's Bokmål source texts whose English translation is another text."""
    return {
        plain(m.source)
        for m in messages()
        if m.texts[0] and plain(m.texts[0]) != plain(m.source) and len(plain(m.source)) >= 2
    }


def from_the_domain(where: str) -> bool:
    """A field's label, name or heading: the entity declaration's words (another slice)."""
    return "field_" in where or "formHeading" in where


def still_norwegian(
    texts: Iterator[tuple[str, str]], known: list[str], sources: set[str], domain: set[str]
) -> list[str]:
    """The texts of `texts` still in Bokmål: a catalogue text with another English
    translation, or a text with æ, ø or å once the known texts (the user's data, the
    domain's words) are taken out. A field's label that is the domain's word is left."""
    found = []
    for where, raw in texts:
        text = plain(raw)
        if not text:
            continue
        bare = text.removesuffix(" *").removesuffix(":")
        excused = (from_the_domain(where) and bare in domain) or (
            bare in known and bare not in domain
        )
        if text in sources and not excused:
            found.append(f"{where}: {raw!r} (untranslated catalogue text)")
            continue
        if NORWEGIAN_LETTERS.search(without(text, known)):
            found.append(f"{where}: {raw!r}")
    return found


def test_the_walk_sees_a_norwegian_text() -> None:
    """The check fails on a text left in Bokmål, and passes the user's own data."""
    domain = {"Frister", "Tittel"}
    known = ["Bærum kommune", *domain]
    sources = {"Lagre", "Forfalte frister", "Frister", "Tittel"}
    texts = [
        ("label", "Forfalte frister"),
        ("button", "Lagre"),
        ("heading", "Bærum kommune"),
        ("title", "New: Bærum kommune"),
        ("tooltip", "Save (Ctrl+S)"),
        ("QLabel label of field_title", "Tittel *"),  # the domain's label of a field
        ("QLabel", "Frister"),  # the domain's word, but not a field's: the window's own
    ]
    assert still_norwegian(iter(texts), known, sources, domain) == [
        "label: 'Forfalte frister' (untranslated catalogue text)",
        "button: 'Lagre' (untranslated catalogue text)",
        "QLabel: 'Frister' (untranslated catalogue text)",
    ]
    assert still_norwegian(iter([("label", "Åpne")]), [], set(), set()) == ["label: 'Åpne'"]


def test_no_page_shows_a_text_of_its_own_in_norwegian(window: MainWindow, db: Any) -> None:
    # The language picker names each language in itself (Innstillinger → Språk): on purpose.
    own_names = set(i18n.LANGUAGES.values())
    domain = domain_texts()
    known = sorted(domain | user_texts(db) | own_names, key=len, reverse=True)
    sources = norwegian_sources()
    found: list[str] = []
    seen = 0
    for entry in PAGES:
        page = window.show_page(entry.page_id)
        select_first_rows(page)
        QApplication.processEvents()
        for _ in each_tab(window):
            texts = [(f"{entry.page_id} / {where}", text) for where, text in chrome(window)]
            seen += len(texts)
            found.extend(still_norwegian(iter(texts), known, sources, domain))
    assert seen > 2000, f"only {seen} texts seen"
    unique = list(dict.fromkeys(found))
    assert not unique, "Norwegian in the English window:\n" + "\n".join(unique)


def test_the_report_dialog_knows_every_name_the_reports_give() -> None:
    from kunnskapsapp.reports import REPORT_KINDS
    from kunnskapsapp.reports.handout import SECTIONS
    from kunnskapsapp.ui.reports import SHOWN_NAMES

    names = [*REPORT_KINDS.values(), *SECTIONS.values()]
    assert set(names) <= set(SHOWN_NAMES), set(names) - set(SHOWN_NAMES)


def test_no_dialog_shows_a_text_of_its_own_in_norwegian(
    qtbot: Any, window: MainWindow, db: Any
) -> None:
    """The dialogs of the menus, and the one each form's Legg til opens (a party, a funding
    line, an agenda item, ...)."""
    from kunnskapsapp.ui.first_start import FirstStartWizard
    from tests.ui_helpers import menu_dialogs

    domain = domain_texts()
    known = sorted(domain | user_texts(db), key=len, reverse=True)
    sources = norwegian_sources()
    found: list[str] = []
    dialogs = [*menu_dialogs(window), ("get started", FirstStartWizard(window))]
    for where, dialog in dialogs:
        dialog.show()
        QApplication.processEvents()
        for _ in each_tab(dialog):
            texts = [(f"{where} / {w}", text) for w, text in chrome(dialog)]
            found.extend(still_norwegian(iter(texts), known, sources, domain))
        if isinstance(dialog, FirstStartWizard):  # its second page too
            dialog.next()
            QApplication.processEvents()
            assert dialog.currentId() == FirstStartWizard.PAGE_CHOICE
            texts = [(f"{where} / {w}", text) for w, text in chrome(dialog)]
            found.extend(still_norwegian(iter(texts), known, sources, domain))
        dialog.close()

    def look(dialog: QWidget, where: str) -> None:
        texts = [(f"{where} / {w}", text) for w, text in chrome(dialog)]
        found.extend(still_norwegian(iter(texts), known, sources, domain))
        dialog.reject()  # type: ignore[attr-defined]

    opened = each_row_dialog(qtbot, window, look)
    assert len(opened) >= 8, opened
    unique = list(dict.fromkeys(found))
    assert not unique, "Norwegian in the English dialogs:\n" + "\n".join(unique)
