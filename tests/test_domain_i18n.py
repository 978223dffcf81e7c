"""The domain's own words (enum labels, the entities' nouns and field labels) in English when
the window runs in English, and Norwegian everywhere else: in `.label`, in `parse`, in the
reports."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QTableWidget, QWidget

from kunnskapsapp.domain import i18n as domain_i18n
from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.entities import ENTITIES, entity
from kunnskapsapp.domain.enums import AgreementKind, FundingStatus, ProjectForm, ProjectStatus
from kunnskapsapp.domain.errors import ValidationError
from kunnskapsapp.services import clock, crud
from kunnskapsapp.services.records import ValueStyle, format_value
from kunnskapsapp.ui import i18n
from kunnskapsapp.ui.formatting import ENGLISH, display, domain_message, record_name
from kunnskapsapp.ui.pages.projects import ProjectsPage
from tests.ui_helpers import answer_next_dialog, shown_page, type_into, window_language

ROOT = Path(__file__).resolve().parent.parent


def _tool() -> ModuleType:
    path = ROOT / "tests" / "tools" / "domain_catalogue.py"
    spec = importlib.util.spec_from_file_location("domain_catalogue", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


catalogue = _tool()


# --- The catalogue --------------------------------------------------------------------------


def test_every_label_and_noun_has_its_english_translation() -> None:
    """A new enum member, field, link, derived value or entity fails here until its words
    are translated in kunnskapsapp_domain_en.ts (tests/tools/domain_catalogue.py)."""
    known = catalogue.translations()
    words = catalogue.entries()
    missing = [w for w in words if w not in known]
    assert not missing, "translate in resources/translations/kunnskapsapp_domain_en.ts"
    for spec in ENTITIES:
        for f in spec.fields:
            assert (spec.model.__name__, f.label) in known, f"{spec.model.__name__}.{f.name}"
        assert ("Singular", spec.singular) in known
        assert ("Plural", spec.plural) in known
    assert ("ProjectStatus", "Pågående") in words


def test_the_committed_catalogue_is_what_the_tool_writes(tmp_path: Path) -> None:
    """Nothing in the .ts that the domain no longer has, nothing missing, in the tool's order."""
    committed = catalogue.CATALOGUE.read_text(encoding="utf-8")
    assert catalogue.render(catalogue.entries(), catalogue.translations()) == committed, (
        "run: python tests/tools/domain_catalogue.py"
    )


def test_the_committed_qm_is_the_compiled_ts(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    compiled = tmp_path / "kunnskapsapp_domain_en.qm"
    subprocess.run(
        [lrelease, "-silent", str(catalogue.CATALOGUE), "-qm", str(compiled)], check=True
    )
    assert compiled.read_bytes() == catalogue.CATALOGUE.with_suffix(".qm").read_bytes()


def test_the_english_catalogues_include_the_domains() -> None:
    assert "kunnskapsapp_domain_en" in i18n.catalogues(i18n.EN)
    assert "kunnskapsapp_domain_en" not in i18n.catalogues(i18n.NB)


# --- Words in the window's language, Norwegian underneath -----------------------------------


def test_bokmaal_gives_the_words_as_written(qapp: QApplication) -> None:
    with window_language(qapp, i18n.NB):
        assert domain_i18n.enum_label(ProjectStatus.ONGOING) == "Pågående"
        assert domain_i18n.label_of(m.Project, "start_date") == "Startdato"
        assert domain_i18n.singular(m.Project) == "prosjekt"


def test_english_labels_nouns_and_choices(english: QApplication) -> None:
    assert domain_i18n.enum_label(ProjectStatus.ONGOING) == "Ongoing"
    assert domain_i18n.enum_label(AgreementKind.FRAMEWORK) == "Framework agreement"
    assert domain_i18n.enum_label(ProjectForm.PHD) == "PhD project"
    assert domain_i18n.enum_choices(FundingStatus)[2] == ("granted", "Granted")
    assert domain_i18n.label_of(m.Project, "start_date") == "Start date"
    assert domain_i18n.label_of("project", "priority_area_ids") == "Priority areas"
    assert domain_i18n.label_of(m.Deadline, "days_left") == "Days left"
    assert domain_i18n.field_label(entity(m.Agreement).field("kind")) == "Agreement type"
    assert domain_i18n.label_of(m.Project, "no_such_field") == "no_such_field"
    # The same Norwegian noun for one and many reads as two English nouns.
    assert domain_i18n.singular(m.FundingYear) == "annual amount"
    assert domain_i18n.plural(m.FundingYear) == "annual amounts"
    assert domain_i18n.plural(entity(m.Lesson)) == "lessons learned"


def test_the_domain_stays_norwegian_while_the_window_is_english(english: QApplication) -> None:
    """Reports, exports and imports read `.label` and `parse`: they stay Norwegian."""
    assert ProjectStatus.ONGOING.label == "Pågående"
    assert ProjectStatus.parse("Pågående") is ProjectStatus.ONGOING
    assert ProjectStatus.parse("pågående") is ProjectStatus.ONGOING
    assert ProjectStatus.parse("ongoing") is ProjectStatus.ONGOING  # the code
    assert entity(m.Project).label_of("start_date") == "Startdato"
    assert entity(m.Project).plural == "prosjekter"
    assert format_value(ProjectStatus.ONGOING) == "Pågående"


def test_english_value_style_translates_choices_and_norwegian_does_not(
    english: QApplication,
) -> None:
    assert isinstance(ENGLISH, ValueStyle)
    assert format_value(ProjectStatus.COMPLETED, None, ENGLISH) == "Completed"
    assert display(ProjectStatus.COMPLETED) == "Completed"
    i18n.set_current(i18n.NB)
    assert display(ProjectStatus.COMPLETED) == "Avsluttet"


@pytest.mark.db
def test_a_report_written_while_the_window_is_english_is_norwegian(
    english: QApplication, db: Any
) -> None:
    from kunnskapsapp.reports import portfolio
    from tests import report_fixtures as fx
    from tests.test_reports import all_text

    clock.fix(fx.TODAY)
    try:
        fx.build(db)
        rendered = portfolio.render(db, portfolio.PortfolioOptions(on=date(2022, 1, 1)))
    finally:
        clock.fix(None)
    text = all_text(rendered.data)
    assert "Ph.d.-prosjekter (1)" in text
    assert "PhD" not in text
    assert "Ongoing" not in text


# --- The window in English ------------------------------------------------------------------


def _open(qtbot: Any, cls: Any, db: Any) -> Any:
    return shown_page(qtbot, cls(db))


def _captions(widget: QWidget) -> set[str]:
    return {label.text().removesuffix(" *") for label in widget.findChildren(QLabel)}


def _items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_project_form_and_table_speak_english(
    english: QApplication, qtbot: Any, db: Any
) -> None:
    crud.create(
        db,
        m.Project,
        {"title": "Velferd 2030", "form": ProjectForm.PHD, "status": ProjectStatus.ONGOING},
    )
    page = _open(qtbot, ProjectsPage, db)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    shown = {page.proxy.index(0, c).data() for c in range(page.proxy.columnCount())}
    assert {"Ongoing", "PhD project"} <= shown
    assert "Pågående" not in shown
    status_filter = next(f for f in page.filters if f.name == "status")
    assert "Ongoing" in _items(status_filter) and "Pågående" not in _items(status_filter)

    page.new_record()
    captions = _captions(page.form)
    assert {"Title", "Project type", "Start date", "End date", "Priority areas"} <= captions
    assert "Startdato" not in captions
    assert page.form.rows["start_date"].widget.accessibleName() == "Start date"
    status = page.form.rows["status"].widget
    assert "Ongoing" in _items(status) and "Idea" in _items(status)
    assert "Pågående" not in _items(status)
    assert page.form.heading.text().endswith(": project")  # "Ny: %s" is the window's catalogue


def test_the_project_form_speaks_bokmaal_by_default(qtbot: Any, db: Any) -> None:
    page = _open(qtbot, ProjectsPage, db)
    page.new_record()
    captions = _captions(page.form)
    assert {"Tittel", "Prosjektform", "Startdato"} <= captions
    assert "Pågående" in _items(page.form.rows["status"].widget)


# --- Validation messages --------------------------------------------------------------------


def test_every_message_the_window_shows_is_a_template_in_the_catalogue() -> None:
    """An f-string message cannot be translated: only the command line's look-ups (which stay
    Norwegian) build theirs so."""
    assert all(
        where.startswith("kunnskapsapp/services/lookup.py:")
        for where in catalogue.formatted_messages()
    )
    known = catalogue.translations()
    for pair in catalogue.messages():
        assert pair in known, pair
        source, english = pair[1], known[pair]
        for number in range(1, 10):  # every value the Norwegian names, the English names
            assert (f"%{number}" in source) == (f"%{number}" in english), pair
    assert ("Records", "%1 må fylles ut.") in catalogue.messages()
    assert ("Validation", "%1 (%2) kan ikke være før %3 (%4).") in catalogue.messages()


def test_the_norwegian_message_is_filled_in_as_before(db: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        crud.create(
            db,
            m.Project,
            {"title": "Velferd", "start_date": date(2026, 1, 1), "end_date": date(2025, 12, 31)},
        )
    assert caught.value.field == "end_date"
    assert caught.value.message == (
        "Sluttdato (31.12.2025) kan ikke være før startdato (01.01.2026)."
    )
    assert domain_i18n.message(caught.value) == caught.value.message  # Bokmål: as written


def test_a_refused_save_says_why_in_english_beside_the_field(
    english: QApplication, qtbot: Any, db: Any
) -> None:
    page = _open(qtbot, ProjectsPage, db)
    page.new_record()
    type_into(qtbot, page.form, "title", "Klimatilpasset byutvikling")
    type_into(qtbot, page.form, "start_date", "01/01/2026")
    type_into(qtbot, page.form, "end_date", "31/12/2025")
    page.save()
    error = page.form.rows["end_date"].error
    assert error.isVisible()
    assert error.text() == "End date (31/12/2025) cannot be before the start date (01/01/2026)."
    type_into(qtbot, page.form, "title", "")
    page.save()
    assert page.form.rows["title"].error.text() == "Title must be filled in."
    assert crud.list_rows(db, m.Project) == []


def test_amounts_in_an_english_message_are_written_the_english_way(
    english: QApplication, db: Any
) -> None:
    project = crud.create(db, m.Project, {"title": "Velferd"})
    with pytest.raises(ValidationError) as caught:
        crud.create(
            db,
            m.FundingLine,
            {
                "project_id": project.id,
                "funder_id": _funder(db),
                "granted_amount": 2_000_000,
                "total_cost": 1_250_000,
            },
        )
    assert caught.value.message == (
        "Innvilget beløp (2\u00a0000\u00a0000\u00a0kr) kan ikke være større enn totalkostnaden "
        "(1\u00a0250\u00a0000\u00a0kr)."
    )
    assert domain_message(caught.value) == (
        "The amount granted (NOK\u00a02,000,000) cannot be larger than the total cost "
        "(NOK\u00a01,250,000)."
    )


def _funder(db: Any) -> str:
    from kunnskapsapp.domain.enums import OrganisationKind

    return str(
        crud.create(
            db, m.Organisation, {"name": "Forskningsrådet", "kind": OrganisationKind.FUNDER}
        ).id
    )


def test_what_a_deletion_takes_with_it_is_counted_in_english(english: QApplication) -> None:
    counts = {"prosjekter": 2, "årsbeløp": 1, "frist": 1}
    assert domain_i18n.counts_text(counts) == "2 projects, 1 annual amount and 1 deadline"
    assert domain_i18n.counts_text({"årsbeløp": 3}) == "3 annual amounts"
    i18n.install_domain_hook(i18n.NB)
    assert domain_i18n.counts_text(counts) == crud.describe_counts(counts)


def test_names_with_words_of_their_own_are_translated(english: QApplication, db: Any) -> None:
    """The services' names stay Norwegian (reports, the import); the window's are English."""
    appropriation = crud.create(db, m.FundAppropriation, {"year": 2027, "amount": 5_000_000})
    assert appropriation.display_name == "Bevilgning til fondet 2027"
    assert record_name(m.FundAppropriation, appropriation) == (
        "Appropriation to the research fund 2027"
    )
    project = crud.create(db, m.Project, {"title": "Velferd"})
    allocation = crud.create(
        db, m.FundAllocation, {"project_id": project.id, "year": 2027, "amount": 150_000}
    )
    assert allocation.display_name == "Tildeling 2027: 150\u00a0000\u00a0kr"
    assert record_name(m.FundAllocation, allocation) == "Allocation 2027: NOK\u00a0150,000"
    line = crud.create(db, m.FundingLine, {"project_id": project.id, "funder_id": _funder(db)})
    assert line.display_name == "Finansiering"  # no reference yet: the word alone
    assert record_name(m.FundingLine, line) == "Funding"
    assert record_name(m.Project, project) == "Velferd"


def test_the_change_log_reads_in_english(english: QApplication, qtbot: Any, db: Any) -> None:
    project = crud.create(db, m.Project, {"title": "Velferd", "status": ProjectStatus.IDEA})
    crud.update(
        db,
        m.Project,
        project.id,
        {"status": ProjectStatus.ONGOING, "start_date": date(2027, 1, 14)},
        project.version,
    )
    page = _open(qtbot, ProjectsPage, db)
    assert page.select_id(project.id)
    seen: list[str] = []

    def read_and_close(dialog: Any) -> None:
        table = dialog.findChild(QTableWidget, "historyTable")
        for row in range(table.rowCount()):
            cells = [table.item(row, c).text() for c in (2, 3, 4)]
            seen.append(" | ".join(cells))
        dialog.reject()

    answer_next_dialog(read_and_close)
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert "Changed | Status | Idea → Ongoing" in seen
    assert "Changed | Start date | – → 14/01/2027" in seen


def test_a_typed_percent_number_in_a_value_stays_as_typed(english: QApplication, db: Any) -> None:
    crud.create(db, m.ServiceArea, {"name": "%1 sone"})
    with pytest.raises(ValidationError) as caught:
        crud.create(db, m.ServiceArea, {"name": "%1 sone"})
    assert caught.value.message == "Navn «%1 sone» finnes allerede. Bruk den som er registrert."
    assert domain_message(caught.value) == (
        "Name «%1 sone» already exists. Use the one that is registered."
    )
