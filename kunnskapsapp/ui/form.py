"""Forms for every entity, built from the entity's declaration.

A `FormSpec` says which fields go in which section and how pickers are filled; `EntityForm`
builds the widgets (one per field, chosen by the field's declared kind), loads a record,
tracks unsaved changes, saves through the services, and shows a `ValidationError` beside the
field it names. Rows owned by the record (parties, partners, funding lines, agenda items, ...)
are edited in `ChildTable`s inside the form. The parts live beside this module:
`form_fields` (specs, pickers, field widgets) and `form_dialogs` (delete, conflict, history).
"""

from __future__ import annotations

import functools
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.domain import i18n as domain_i18n
from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.entities import FieldKind, entity
from kunnskapsapp.domain.errors import DomainError, StaleVersionError, ValidationError
from kunnskapsapp.services import crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import FieldInfo, Record, field_info
from kunnskapsapp.ui import palette as colours
from kunnskapsapp.ui import status_chip
from kunnskapsapp.ui import widgets as w
from kunnskapsapp.ui.empty_state import EmptyState
from kunnskapsapp.ui.form_dialogs import ConflictDialog, HistoryDialog, confirm_delete
from kunnskapsapp.ui.form_fields import (
    ChildSpec,
    ChoiceSource,
    FieldRow,
    FormSpec,
    choices_changed,
    choices_generation,
    choices_of,
    make_widget,
    names_of,
)
from kunnskapsapp.ui.formatting import domain_message, record_name
from kunnskapsapp.ui.icons import set_icon
from kunnskapsapp.ui.link_list import LinkList
from kunnskapsapp.ui.table import RecordTableModel, size_columns_from_first_rows


def heading_of(model: type[Base], record: dict[str, Any]) -> str:
    """A form's heading: the row's name, and whose row it is where its name does not say
    (`Finansiering 269866 – Digitalt tilsyn`)."""
    name = record_name(model, record)
    owner = entity(model).owner_name(record)
    return f"{name} – {owner}" if owner and owner not in name else name


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value is False


class EntityForm(QWidget):
    """The editor of one record; also used inside dialogs for owned rows."""

    saved = Signal(object)  # Record
    deleted = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(self, db: Database, spec: FormSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.spec = spec
        self.model = spec.model
        self.entity = entity(spec.model)
        self.record: Record | None = None
        self._dirty = False
        self._loading = False
        self._choices_seen = -1
        self.rows: dict[str, FieldRow] = {}
        self.child_tables: list[ChildTable] = []
        self._captions: list[QLabel] = []
        self._conditional: list[tuple[QGroupBox, list[str], str, Any]] = []
        self._conditional_tabs: list[tuple[ChildTable, str, Any]] = []
        table = spec.model.__tablename__
        self.setObjectName(f"form_{table}")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("formHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.banner = QLabel()
        self.banner.setObjectName("formBanner")
        self.banner.setWordWrap(True)
        colours.set_colour_style(self.banner, "color: {};", colours.WARNING)
        self.banner.hide()
        outer.addWidget(self.banner)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 6, 0)
        for title, names in spec.sections:
            box = QGroupBox(title, body)
            box.setObjectName(f"section_{table}_{self.body_layout.count()}")
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for name in names:
                self._add_field(form, name)
            self.body_layout.addWidget(box)
            if title in spec.shown_when:
                self._conditional.append((box, names, *spec.shown_when[title]))
        if not spec.child_tabs:
            for child in spec.children:
                table_widget = ChildTable(db, child, body)
                self.child_tables.append(table_widget)
                self.body_layout.addWidget(table_widget)
        self.body_layout.addStretch(1)
        scroll.setWidget(body)
        # One label column for the whole form: each section's labels would otherwise align
        # only among themselves, and the fields start at a different place in every box.
        # A long label wraps onto two lines rather than push every field to the right.
        cap = self.fontMetrics().horizontalAdvance("M") * 13
        width = min(max((c.sizeHint().width() for c in self._captions), default=0), cap)
        for caption in self._captions:
            if caption.sizeHint().width() > width:
                caption.setWordWrap(True)
                caption.setFixedWidth(width)
            else:
                caption.setMinimumWidth(width)
        # A record's owned rows (funding, deadlines, parties, ...) are one click away, each on
        # a tab of its own beside the fields, instead of far below them; a tab's rows are read
        # when it is first shown, so opening a record reads only what is on screen.
        self.tabs: QTabWidget | None = None
        if spec.children and spec.child_tabs:
            self.tabs = QTabWidget(self)
            self.tabs.setObjectName(f"tabs_{table}")
            self.tabs.setDocumentMode(True)
            bar = self.tabs.tabBar()
            bar.setObjectName("formTabs")
            bar.setAccessibleName(self.tr("Deler av skjemaet"))
            self.tabs.addTab(scroll, self.tr("Opplysninger"))
            for child in spec.children:
                table_widget = ChildTable(db, child, self.tabs)
                table_widget.counted.connect(functools.partial(self._show_count, table_widget))
                table_widget.setTitle("")  # the tab says it
                table_widget.setFlat(True)
                self.child_tables.append(table_widget)
                index = self.tabs.addTab(table_widget, child.tab or child.title)
                self.tabs.setTabToolTip(index, child.title)
                if child.shown_when is not None:
                    self._conditional_tabs.append((table_widget, *child.shown_when))
            outer.addWidget(self.tabs, 1)
        else:
            outer.addWidget(scroll, 1)
        keys = {key for _box, _names, key, _test in self._conditional}
        keys |= {key for _table, key, _test in self._conditional_tabs}
        for key in sorted(keys):
            self.rows[key].widget.edited.connect(self._show_sections)  # type: ignore[attr-defined]
        self.reload_choices()
        self.clear()

    def _show_sections(self) -> None:
        """The sections that apply to the record as it is now in the form."""
        for box, names, key, test in self._conditional:
            shown = bool(test(self.rows[key].value())) or any(
                not _empty(self.rows[name].value()) for name in names
            )
            box.setVisible(shown)
        if self.tabs is None:
            return
        for table, key, test in self._conditional_tabs:
            shown = bool(test(self.rows[key].value())) or table.has_rows()
            self.tabs.setTabVisible(self.tabs.indexOf(table), shown)

    def _show_count(self, table: ChildTable, count: int | None) -> None:
        """A child tab's title with its number of rows once they are read: `Frister (3)`."""
        assert self.tabs is not None
        index = self.tabs.indexOf(table)
        name = table.spec.tab or table.spec.title
        title = name if count is None else f"{name} ({count})"
        self.tabs.setTabText(index, title)

    # --- building ---
    def _add_field(self, form: QFormLayout, name: str) -> None:
        info: FieldInfo | None
        if self.entity.has_link(name):
            info = None
            label = self.spec.labels.get(name, domain_i18n.label_of(self.entity, name))
            # A reference list (SDGs, priority areas) is ticked in full; a long list
            # (projects, agreements) is chosen by typing.
            target = entity(self.entity.link(name).target)
            widget: QWidget = w.CheckList(self) if target.order else LinkList(self)
        else:
            info = field_info(self.model, name)
            label = self.spec.labels.get(name, domain_i18n.label_of(self.entity, name))
            widget = make_widget(info, self)
        widget.setObjectName(f"field_{name}")
        widget.setAccessibleName(label)
        widget.edited.connect(self._mark_dirty)  # type: ignore[attr-defined]
        row = FieldRow(name, label, widget, info)
        self.rows[name] = row
        required = info is not None and info.required
        caption = QLabel(label + (" *" if required else ""))
        caption.setBuddy(widget)
        self._captions.append(caption)
        container = QWidget(self)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(widget)
        layout.addWidget(row.error)
        form.addRow(caption, container)

    def reload_choices(self, *, eager: bool = True) -> None:
        """Fill pickers from the database (after rows elsewhere changed). Not `eager`: only
        tell the pickers that read their choices when first used that theirs are stale, and
        leave the lists shown in full (reference data a save of this form does not change)
        and the generation seen, so that the next record shown reads everything again."""
        if eager:
            self._choices_seen = choices_generation()
        for name, row in self.rows.items():
            source = self.spec.choices.get(name)
            if source is None and self.entity.has_link(name):
                source = choices_of(self.entity.link(name).target)
            if (
                source is None
                and row.info is not None
                and row.info.field_kind is FieldKind.REFERENCE
                and row.info.target
            ):
                source = choices_of(row.info.target)
            if source is None:
                continue
            widget = row.widget
            if isinstance(widget, w.ChoiceCombo):
                widget.set_source(functools.partial(source, self.db))
            elif isinstance(widget, LinkList):
                lookup = names_of(self.entity.link(name).target)
                widget.set_source(
                    functools.partial(source, self.db), functools.partial(lookup, self.db)
                )
            elif eager:
                widget.set_choices(source(self.db))  # type: ignore[attr-defined]

    # --- state ---
    @property
    def dirty(self) -> bool:
        return self._dirty

    def _mark_dirty(self) -> None:
        if self._loading:
            return
        if not self._dirty:
            self._dirty = True
            self.dirty_changed.emit(True)

    def _set_clean(self) -> None:
        if self._dirty:
            self._dirty = False
            self.dirty_changed.emit(False)

    def _fresh_choices(self) -> None:
        if self._choices_seen != choices_generation():
            self.reload_choices()

    def clear(self, defaults: dict[str, Any] | None = None) -> None:
        """An empty form for a new record."""
        self._fresh_choices()
        self._loading = True
        self.record = None
        values = {**self.spec.defaults, **(defaults or {})}
        for name, row in self.rows.items():
            row.clear_error()
            if name in values:
                row.set_value(values[name])
            elif row.info is not None:
                row.set_value(self._default_of(row.info))
            else:
                row.set_value([])
        self._loading = False
        self._set_clean()
        self.heading.setText(self.tr("Ny: %s") % domain_i18n.singular(self.model))
        self.banner.hide()
        for child in self.child_tables:
            child.set_parent(None)
        self._show_sections()

    def _default_of(self, info: FieldInfo) -> Any:
        column = self.model.__table__.columns[info.name]
        default = column.default
        if default is not None and default.is_scalar:
            return default.arg
        return None

    def load(
        self, record: Record, *, refresh_children: bool = True, fresh_choices: bool = True
    ) -> None:
        if fresh_choices:
            self._fresh_choices()
        self._loading = True
        self.record = record
        for name, row in self.rows.items():
            row.clear_error()
            if row.info is not None and row.info.field_kind is FieldKind.REFERENCE:
                label = record.get(name[:-3] + "_name" if name.endswith("_id") else name + "_name")
                row.widget.set_value(record.get(name), label)  # type: ignore[attr-defined]
            else:
                row.set_value(record.get(name))
        self._loading = False
        self._set_clean()
        self.heading.setText(heading_of(self.model, record))
        self.show_warnings(record)
        if refresh_children:
            for child in self.child_tables:
                child.set_parent(record["id"])
        self._show_sections()  # after the children: a tab with rows stays

    def load_id(self, record_id: str) -> None:
        self.load(crud.get(self.db, self.model, record_id))

    def show_warnings(self, record: Record) -> None:
        """The entity's declared warnings that the record carries, above the fields."""
        warnings = [
            domain_i18n.entity_text(self.entity, warning.message)
            if warning.message
            else domain_message(record.get(warning.key))
            for warning in self.entity.warnings
            if record.get(warning.key)
        ]
        if warnings:
            self.banner.setText("\n".join(str(x) for x in warnings))
            self.banner.show()
        else:
            self.banner.hide()

    def values(self) -> dict[str, Any]:
        return {name: row.value() for name, row in self.rows.items()}

    def changed_values(self) -> dict[str, Any]:
        if self.record is None:
            return self.values()
        return {k: v for k, v in self.values().items() if not self._same(k, v)}

    def _same(self, name: str, value: Any) -> bool:
        assert self.record is not None
        saved = self.record.get(name)
        if self.entity.has_link(name):  # a set of links: the order does not matter
            return set(value or []) == set(saved or [])
        return bool(value == saved)

    # --- actions ---
    def save(self) -> Record | None:
        """Save; on a refused value show the message beside the field. Returns the record."""
        for row in self.rows.values():
            row.clear_error()
        record_id = self.record["id"] if self.record else None
        version = self.record["version"] if self.record else None
        values = self.changed_values() if record_id else self.values()
        try:
            if self.spec.save is not None:
                saved = self.spec.save(self.db, values, record_id, version)
            elif record_id is None:
                saved = crud.create(self.db, self.model, values)
            else:
                saved = crud.update(self.db, self.model, record_id, values, version)
        except ValidationError as exc:
            self.show_error(exc.field, domain_message(exc))
            return None
        except StaleVersionError as exc:
            return self._resolve_conflict(exc, values)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Kan ikke lagre"), domain_message(exc))
            return None
        choices_changed()
        # Saving the record itself leaves its owned rows as they are: no need to reload them.
        # Its pickers that read their choices when used are told to read them again (a name
        # this save changed); the rest are read before the next record is shown (the window
        # says data changed, once more, right after this save: reading them now as well was
        # a second read of every list for each save).
        same_row = record_id is not None and saved.get("id") == record_id
        self.reload_choices(eager=False)
        self.load(saved, refresh_children=not same_row, fresh_choices=False)
        self.saved.emit(saved)
        return saved

    def show_error(self, field_name: str, message: str) -> None:
        row = self.rows.get(field_name)
        if row is None:
            QMessageBox.warning(self, self.tr("Kan ikke lagre"), message)
            return
        row.show_error(message)
        if self.tabs is not None:  # the field may be on the first tab, behind a child tab
            self.tabs.setCurrentIndex(0)
        row.widget.setFocus()

    def _resolve_conflict(self, exc: StaleVersionError, mine: dict[str, Any]) -> Record | None:
        current = Record(exc.current)
        if not current and self.record is not None:
            try:  # the race was caught at commit time: read the saved version now
                current = crud.get(self.db, self.model, self.record["id"])
            except DomainError:
                current = Record()
        if not current:
            QMessageBox.warning(self, self.tr("Kan ikke lagre"), domain_message(exc))
            return None
        dialog = ConflictDialog(self.model, mine, current, domain_message(exc), self)
        choice = dialog.exec()
        if choice == ConflictDialog.USE_THEIRS:
            self.load(current)
            return None
        if choice == ConflictDialog.KEEP_MINE:
            # Start from the saved version and put only this user's own changes on top, so
            # the other user's changes to fields this user never touched are kept.
            self.load(current, refresh_children=False)
            self._loading = True
            for name, value in mine.items():
                self.rows[name].set_value(value)
            self._loading = False
            self._dirty = True
            return self.save()
        return None

    def delete(self) -> bool:
        if self.record is None:
            return False
        if not confirm_delete(self, self.db, self.model, self.record):
            return False
        try:
            crud.delete(self.db, self.model, self.record["id"], self.record["version"])
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Kan ikke slette"), domain_message(exc))
            return False
        record_id = self.record["id"]
        choices_changed()
        self.clear()
        self.deleted.emit(record_id)
        return True

    def show_history(self) -> None:
        if self.record is None:
            return
        HistoryDialog(self.db, self.model, self.record, self).exec()

    def maybe_discard(self) -> bool:
        """True when it is fine to leave this record (saved, discarded or unchanged)."""
        if not self._dirty:
            return True
        if self.record:
            name = record_name(self.model, self.record)
        else:
            name = domain_i18n.singular(self.model)
        answer = w.ask_unsaved(
            self,
            self.tr("Du har endringer i «%s» som ikke er lagret.") % name,
            self.tr("Vil du lagre dem før du går videre?"),
        )
        if answer == "save":
            return self.save() is not None
        if answer == "discard":
            if self.record is not None:
                self.load(self.record)
            else:
                self.clear()
            return True
        return False


class EntityDialog(QDialog):
    """A modal form for one owned row (a party, a funding line, an agenda item, ...)."""

    def __init__(
        self,
        db: Database,
        spec: FormSpec,
        record: Record | None = None,
        defaults: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"dialog_{spec.model.__tablename__}")
        self.form = EntityForm(db, spec, self)
        self.result_record: Record | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(
            w.accept_cancel_buttons(
                self, self.tr("Lagre"), self._save, QDialogButtonBox.StandardButton.Save
            )
        )
        if record is not None:
            self.form.load(record)
            self.setWindowTitle(record_name(spec.model, record))
        else:
            self.form.clear(defaults)
            self.setWindowTitle(self.tr("Ny: %s") % domain_i18n.singular(spec.model))
        self.resize(560, 520)

    def _save(self) -> None:
        saved = self.form.save()
        if saved is not None:
            self.result_record = saved
            self.accept()

    def reject(self) -> None:
        if self.form.maybe_discard():
            super().reject()


class ChildTable(QGroupBox):
    """Owned rows: a table with Legg til, Endre and Fjern, on a tab of its own in a form (or
    in a box of a page of its own, as the meeting's agenda).

    The rows are read when the table is shown, not when the form loads a record: a record
    opened on the first tab reads none of its child tables."""

    changed = Signal()
    counted = Signal(object)  # the number of rows once read, None when not read yet

    def __init__(self, db: Database, spec: ChildSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec.title, parent)
        self.db = db
        self.spec = spec
        self.parent_id: str | None = None
        self._stale = False
        self._counted_for: tuple[str, bool] | None = None  # (parent, has rows)
        self.setObjectName(spec.object_name)
        layout = QVBoxLayout(self)
        self.model = RecordTableModel(spec.columns, parent=self, entity=entity(spec.model))
        self.view = QTableView(self)
        size_columns_from_first_rows(self.view)
        self.view.setObjectName(f"{spec.object_name}Table")
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setAccessibleName(spec.title)
        self.view.setModel(self.model)
        status_chip.install(self.view, self.model.columns)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setMinimumHeight(90)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Legg til …"))
        self.edit_button = QPushButton(self.tr("Endre …"))
        self.remove_button = QPushButton(self.tr("Fjern"))
        for button, name, icon_name in (
            (self.add_button, "Add", "plus"),
            (self.edit_button, "Edit", "pencil"),
            (self.remove_button, "Remove", "minus"),
        ):
            button.setObjectName(f"{spec.object_name}{name}")
            set_icon(button, icon_name)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.hint = QLabel(self.tr("Lagre først, så kan du legge til her."))
        colours.set_colour_style(self.hint, "color: {};", colours.MUTED)
        buttons.addWidget(self.hint)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.empty_state = EmptyState(self.view, f"{spec.object_name}Empty")
        self.set_parent(None)

    def set_parent(self, parent_id: str | None) -> None:
        self.parent_id = parent_id
        self._counted_for = None
        enabled = parent_id is not None
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setEnabled(enabled)
        self.hint.setVisible(not enabled)
        if parent_id is None or self.isVisible():
            self.refresh()
        else:  # read when shown
            self._stale = True
            self.model.set_rows([])
            self.counted.emit(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def has_rows(self) -> bool:
        """Whether the record has rows here: those read, or a count of those not read yet
        (counted once per record shown: a save of the record itself does not count again)."""
        if self.parent_id is None:
            return False
        if not self._stale:
            return self.model.rowCount() > 0
        if self._counted_for is None or self._counted_for[0] != self.parent_id:
            where = {self.spec.parent_key: self.parent_id}
            found = crud.count(self.db, self.spec.model, where=where) > 0
            self._counted_for = (self.parent_id, found)
        return self._counted_for[1]

    def refresh(self) -> None:
        self._stale = False
        if self.parent_id is None:
            self.model.set_rows([])
            self.counted.emit(None)
            self.show_empty_state()
            return
        rows = crud.list_rows(
            self.db,
            self.spec.model,
            where={self.spec.parent_key: self.parent_id},
            order_by=self.spec.order_by,
        )
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.counted.emit(len(rows))
        self.show_empty_state()

    def show_empty_state(self) -> None:
        """An empty table of a saved record says so, with a button that adds the first row."""
        if self.parent_id is None or self.model.rowCount():
            self.empty_state.hide()
            return
        text = self.spec.empty_text or self.tr("Ingen %s ennå.") % domain_i18n.plural(
            self.spec.model
        )
        self.empty_state.show_message(
            text, self.spec.empty_button or self.tr("Legg til …"), self.add
        )

    def selected(self) -> Record | None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.record(indexes[0].row())

    def add(self) -> None:
        if self.parent_id is None:
            return
        dialog = EntityDialog(
            self.db, self.spec.form, defaults={self.spec.parent_key: self.parent_id}, parent=self
        )
        self._hide_parent_field(dialog)
        if self._run(dialog):
            self.refresh()
            self.changed.emit()

    def edit(self) -> None:
        record = self.selected()
        if record is None:
            return
        dialog = EntityDialog(self.db, self.spec.form, record=record, parent=self)
        self._hide_parent_field(dialog)
        if self._run(dialog):
            self.refresh()
            self.changed.emit()

    def remove(self) -> None:
        record = self.selected()
        if record is None:
            return
        if not confirm_delete(self, self.db, self.spec.model, record):
            return
        try:
            crud.delete(self.db, self.spec.model, record["id"], record["version"])
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Kan ikke fjerne"), domain_message(exc))
            return
        choices_changed()
        self.refresh()
        self.changed.emit()

    def _run(self, dialog: EntityDialog) -> bool:
        """The dialog, modal; then the keyboard back where it was (Legg til, Endre, the table)
        instead of wherever Qt moves it when a dialog inside the window closes."""
        before = QApplication.focusWidget()
        accepted = bool(dialog.exec())
        if (
            before is not None
            and shiboken6.isValid(before)  # not deleted while the dialog was open
            and self.isAncestorOf(before)
            and before.isVisible()
        ):
            before.setFocus(Qt.FocusReason.PopupFocusReason)
        return accepted

    def _hide_parent_field(self, dialog: EntityDialog) -> None:
        row = dialog.form.rows.get(self.spec.parent_key)
        if row is not None:
            row.widget.setEnabled(False)


__all__ = [
    "ChildSpec",
    "ChildTable",
    "ChoiceSource",
    "ConflictDialog",
    "EntityDialog",
    "EntityForm",
    "FieldRow",
    "FormSpec",
    "HistoryDialog",
    "Qt",
    "choices_of",
    "confirm_delete",
    "make_widget",
]
