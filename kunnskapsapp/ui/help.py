"""Brukerveiledning: the user guide in a window with its contents, a search and F1 per page.

The guide is Markdown in `resources/help/`, one file per section, named `NN-id.md` (`NN` gives
the order, `id` is the section's anchor). A file's `# heading` is the section's title; its
`## headings` are the entries below it in the contents. Images sit in `resources/help/img/`
and are made by `tests/tools/screenshots.py --guide`, so they show the app as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp import paths
from kunnskapsapp.ui import palette as colours

# The section F1 opens on each page of the main window (`PageEntry.page_id`).
PAGE_SECTIONS = {
    "dashboard": "oversikt",
    "agreements": "avtaler",
    "projects": "prosjekter",
    "fund": "finansiering-og-fond",
    "deadlines": "frister",
    "meetings": "moter",
    "organisations": "organisasjoner-og-personer",
    "people": "organisasjoner-og-personer",
    "lessons": "erfaringer",
}
FIRST_SECTION = "kom-i-gang"
_FILE = re.compile(r"^\d+-([a-z0-9-]+)\.md$")
MIN_SEARCH = 2


def help_dir() -> Path:
    return paths.resources_dir() / "help"


@dataclass
class Part:
    """A stretch of a section: its start (None) or one `##` heading and the text below it."""

    heading: str | None
    text: str


@dataclass
class Section:
    id: str
    title: str
    markdown: str
    parts: list[Part] = field(default_factory=list)

    def matches(self, query: str) -> bool:
        return any(query in part.text.casefold() for part in self.parts)


def _parts(markdown: str) -> tuple[str, list[Part]]:
    """The title and the parts of a section, as plain text the way the window shows it."""
    document = QTextDocument()
    document.setMarkdown(markdown)
    title = ""
    parts = [Part(None, "")]
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        text = block.text()
        if level == 1 and not title:
            title = text
        elif level == 2:
            parts.append(Part(text, ""))
        parts[-1].text += text + "\n"
        block = block.next()
    return title, parts


def load_sections(folder: Path | None = None) -> list[Section]:
    """Every section of the guide, in order (needs the QApplication: Qt lays out the text)."""
    folder = folder or help_dir()
    sections = []
    for path in sorted(folder.glob("*.md")):
        match = _FILE.match(path.name)
        if match is None:
            continue
        markdown = path.read_text(encoding="utf-8")
        title, parts = _parts(markdown)
        sections.append(Section(match.group(1), title or match.group(1), markdown, parts))
    return sections


def image_references(section: Section) -> list[str]:
    """The image files a section shows, relative to the help folder."""
    return re.findall(r"!\[[^\]]*\]\(([^)\s]+)", section.markdown)


# Qt's Markdown headings are very large and sit tight on the text above: one size smaller
# (QTextCharFormat's FontSizeAdjustment: 0 normal, 1 large, 2 x-large) and air above.
_HEADING_SIZE = {1: 2, 2: 1, 3: 0}
_HEADING_SPACE = {1: 4, 2: 16, 3: 10}


def _tidy_headings(document: QTextDocument) -> None:
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            cursor = QTextCursor(block)
            block_format = block.blockFormat()
            block_format.setTopMargin(_HEADING_SPACE.get(level, 8))
            block_format.setBottomMargin(4)
            cursor.setBlockFormat(block_format)
            cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
            size = QTextCharFormat()
            size.setProperty(QTextFormat.Property.FontSizeAdjustment, _HEADING_SIZE.get(level, 0))
            cursor.mergeCharFormat(size)
        block = block.next()


class HelpWindow(QWidget):
    """The guide: contents and search on the left, the section on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Brukerveiledning – Kunnskapsapp"))
        self.sections = {section.id: section for section in load_sections()}
        self.current: Section | None = None

        self.search = QLineEdit()
        self.search.setObjectName("helpSearch")
        self.search.setPlaceholderText(self.tr("Søk i veiledningen …"))
        self.search.setAccessibleName(self.tr("Søk i veiledningen"))
        self.search.setClearButtonEnabled(True)
        self.hits = QLabel()
        self.hits.setObjectName("helpHits")
        self.hits.setWordWrap(True)
        self.hits.hide()
        self.contents = QTreeWidget()
        self.contents.setObjectName("helpContents")
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName(self.tr("Innhold"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName(self.tr("Brukerveiledning"))
        self.browser.setOpenLinks(False)
        self.browser.setSearchPaths([str(help_dir())])
        self.browser.anchorClicked.connect(self._link)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.hits)
        left_layout.addWidget(self.contents, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([290, 790])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

        self._items: dict[tuple[str, str | None], QTreeWidgetItem] = {}
        for section in self.sections.values():
            item = QTreeWidgetItem([section.title])
            item.setData(0, Qt.ItemDataRole.UserRole, (section.id, None))
            self._items[(section.id, None)] = item
            for part in section.parts[1:]:
                child = QTreeWidgetItem(item, [part.heading or ""])
                child.setToolTip(0, part.heading or "")  # a long heading is cut off: all of it
                child.setData(0, Qt.ItemDataRole.UserRole, (section.id, part.heading))
                self._items[(section.id, part.heading)] = child
            self.contents.addTopLevelItem(item)
        self.contents.currentItemChanged.connect(self._item_chosen)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self.next_hit)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self.resize(1100, 760)
        self.show_section(FIRST_SECTION)

    # --- showing a section ---
    def show_section(self, section_id: str, heading: str | None = None) -> None:
        section = self.sections.get(section_id)
        if section is None:
            return
        if section is not self.current:
            self.current = section
            self.browser.setMarkdown(section.markdown)
            _tidy_headings(self.browser.document())
        item = self._items.get((section_id, heading))
        if item is not None and self.contents.currentItem() is not item:
            self.contents.blockSignals(True)
            self.contents.setCurrentItem(item)
            self.contents.blockSignals(False)
        self._highlight()
        self._scroll_to(heading)

    def show_page_help(self, page_id: str | None) -> None:
        self.show_section(PAGE_SECTIONS.get(page_id or "", FIRST_SECTION))

    def _scroll_to(self, heading: str | None) -> None:
        bar = self.browser.verticalScrollBar()
        if heading is None:
            bar.setValue(0)
            return
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 2 and block.text() == heading:
                top = document.documentLayout().blockBoundingRect(block).top()
                bar.setValue(int(top))
                return
            block = block.next()

    def _item_chosen(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        section_id, heading = item.data(0, Qt.ItemDataRole.UserRole)
        self.show_section(section_id, heading)

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = url.toString().lstrip("#").removesuffix(".md")
        self.show_section(re.sub(r"^\d+-", "", target))

    # --- search ---
    def query(self) -> str:
        text = self.search.text().strip().casefold()
        return text if len(text) >= MIN_SEARCH else ""

    def matching_sections(self) -> list[str]:
        query = self.query()
        return [s.id for s in self.sections.values() if query and s.matches(query)]

    def _search(self) -> None:
        query = self.query()
        found = 0
        for section in self.sections.values():
            top = self._items[(section.id, None)]
            hit = not query or section.matches(query)
            found += bool(query and hit)
            top.setHidden(not hit)
            self._bold(top, bool(query and hit))
            for part in section.parts[1:]:
                child = self._items[(section.id, part.heading)]
                inside = bool(query) and query in part.text.casefold()
                self._bold(child, inside)
            top.setExpanded(bool(query and hit))
        if not query:
            self.hits.hide()
        else:
            self.hits.setText(
                self.tr("Funnet i %s avsnitt.") % found
                if found
                else self.tr("Ingen treff på «%s».") % self.search.text().strip()
            )
            self.hits.show()
        matches = self.matching_sections()
        if query and matches and (self.current is None or self.current.id not in matches):
            self.show_section(matches[0])
        else:
            self._highlight()
        if query and matches:
            self._first_hit()

    @staticmethod
    def _bold(item: QTreeWidgetItem, bold: bool) -> None:
        font = item.font(0)
        font.setBold(bold)
        item.setFont(0, font)

    def highlighted(self) -> list[QTextEdit.ExtraSelection]:
        return list(self.browser.extraSelections())

    def _highlight(self) -> None:
        query = self.query()
        selections = []
        if query:
            document = self.browser.document()
            cursor = document.find(query, 0)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format.setBackground(colours.SEARCH_HIT.get())
                selection.format.setForeground(colours.SEARCH_HIT_TEXT.get())
                selections.append(selection)
                cursor = document.find(query, cursor)
        self.browser.setExtraSelections(selections)

    def _first_hit(self) -> None:
        cursor = self.browser.document().find(self.query(), 0)
        if not cursor.isNull():
            self.browser.setTextCursor(cursor)
            self.browser.ensureCursorVisible()

    def next_hit(self) -> None:
        """Enter in the search box: the next place the text occurs, section after section."""
        query = self.query()
        if not query:
            return
        found = self.browser.document().find(query, self.browser.textCursor())
        if not found.isNull():
            self.browser.setTextCursor(found)
            self.browser.ensureCursorVisible()
            return
        matches = self.matching_sections()
        if not matches:
            return
        at = matches.index(self.current.id) if self.current and self.current.id in matches else -1
        self.show_section(matches[(at + 1) % len(matches)])
        self._first_hit()


def show_help(parent: QWidget, page_id: str | None = None) -> HelpWindow:
    """The guide's window (one per main window), at the section for `page_id`."""
    window = parent.findChild(HelpWindow, "helpWindow")
    if window is None:
        window = HelpWindow(parent)
    window.show_page_help(page_id)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
