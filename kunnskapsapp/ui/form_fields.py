"""The parts a form is built from: what goes where (`FormSpec`, `ChildSpec`), picker choices,
and one field's widget with its error label, chosen by the field's declared kind."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QWidget

from kunnskapsapp.domain import i18n as domain_i18n
from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.entities import FieldKind, entity
from kunnskapsapp.services import crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import FieldInfo, Record, name_pairs, ref_names
from kunnskapsapp.ui import widgets as w
from kunnskapsapp.ui.table import Column

ChoiceSource = Callable[[Database], list[tuple[Any, str]]]

# Bumped whenever saved data changed anywhere in the window (a form saved or deleted, a page
# said so); a form whose pickers were filled under an older number fills them again before
# it shows a record, so a project saved a moment ago is a choice on any page at once.
_choices_generation = 0


def choices_changed() -> None:
    """Saved data changed: every form's picker choices are out of date."""
    global _choices_generation
    _choices_generation += 1


def choices_generation() -> int:
    return _choices_generation


def choices_of(model: type[Base], where: dict[str, Any] | None = None) -> ChoiceSource:
    """Picker choices: every row of `model` (optionally filtered), in the entity's own order
    where it declares one (SDG 1–17, the priority areas as numbered), else by name in
    Norwegian alphabetical order."""

    def load(db: Database) -> list[tuple[Any, str]]:
        order = entity(model).order
        if order:
            rows = crud.list_rows(db, model, where=where, order_by=order)
            return [(r.id, r.display_name) for r in rows]
        with db.session() as session:
            pairs = name_pairs(session, model, where=where)
        return sorted(pairs, key=lambda c: norwegian_key(c[1]))

    return load


def names_of(model: type[Base]) -> Callable[[Database, set[Any]], dict[Any, str]]:
    """The display names of some rows of `model`, by id, in one query."""

    def lookup(db: Database, ids: set[Any]) -> dict[Any, str]:
        with db.session() as session:
            return ref_names(session, model, ids)

    return lookup


@dataclass
class ChildSpec:
    """A table of rows owned by the record (e.g. an agreement's parties)."""

    title: str
    model: type[Base]
    parent_key: str
    columns: list[Column]
    form: FormSpec
    object_name: str
    order_by: tuple[str, ...] = ()
    # What the empty table says (default: "no … yet"), and the text of the button on it that
    # adds a row ("" for Legg til …).
    empty_text: str = ""
    empty_button: str = ""
    tab: str = ""  # a shorter name for the form's tab (the title is its tooltip)
    # A tab shown only where it applies, as FormSpec.shown_when's sections: (field, test of
    # that field's value), e.g. Veiledere for PhD projects. A record that has rows here has
    # the tab whatever the test says, so no row is out of sight.
    shown_when: tuple[str, Callable[[Any], bool]] | None = None


@dataclass
class FormSpec:
    model: type[Base]
    sections: list[tuple[str, list[str]]]
    choices: dict[str, ChoiceSource] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    children: list[ChildSpec] = field(default_factory=list)
    # Custom save: (db, values, record id or None, expected version) → saved record.
    save: Callable[[Database, dict[str, Any], str | None, int | None], Record] | None = None
    defaults: dict[str, Any] = field(default_factory=dict)
    # A section shown only where it applies: title → (field, test of that field's value),
    # e.g. the PhD section for PhD projects. A section whose fields hold values is shown
    # whatever the test says, so a value is never out of sight.
    shown_when: dict[str, tuple[str, Callable[[Any], bool]]] = field(default_factory=dict)
    # Owned rows each on a tab beside the fields (True), or in boxes below them (a meeting:
    # its agenda is read with its fields).
    child_tabs: bool = True


class FieldRow:
    """One field's widget and the error label beside it."""

    def __init__(self, name: str, label: str, widget: QWidget, info: FieldInfo | None) -> None:
        self.name = name
        self.label = label
        self.widget = widget
        self.info = info
        self.error = w.error_label(f"error_{name}")
        self.error.hide()

    def value(self) -> Any:
        return self.widget.value()  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> None:
        self.widget.set_value(value)  # type: ignore[attr-defined]

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()


def make_widget(info: FieldInfo, parent: QWidget | None = None) -> QWidget:
    """The editor for a field, chosen by its declared kind."""
    kind = info.field_kind
    if kind is FieldKind.LONG_TEXT:
        return w.TextEdit(parent)
    if kind is not None and kind.is_number:
        return w.NumberEdit(money=kind is FieldKind.KRONER, parent=parent)
    if kind is FieldKind.DATE:
        return w.DateEdit(parent)
    if kind is FieldKind.DATETIME:
        return w.DateTimeEdit(parent)
    if kind is FieldKind.YES_NO:
        return w.CheckBox(parent)
    if kind is FieldKind.CHOICE:
        combo = w.ChoiceCombo(nullable=info.nullable, parent=parent)
        assert info.enum is not None
        combo.set_choices([(member, domain_i18n.enum_label(member)) for member in info.enum])
        return combo
    if kind is FieldKind.REFERENCE:
        return w.ChoiceCombo(nullable=info.nullable, parent=parent)
    edit = w.LineEdit(parent)
    if info.max_length:
        edit.setMaxLength(info.max_length)
    return edit
