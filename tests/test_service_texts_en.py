"""Texts the services make and the window shows (funding and agenda warnings, why a deadline
falls on a day off, a meeting's name, the import's preview) in English when the window runs
in English, and as before in Norwegian Bokmål; what is written to files and reports stays
Norwegian either way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QWizard

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.entities import entity
from kunnskapsapp.domain.enums import (
    DeadlineKind,
    FundingStatus,
    MeetingKind,
    ProjectStatus,
)
from kunnskapsapp.domain.reference import SCHEME_OFFPHD
from kunnskapsapp.domain.rules import non_working_reason
from kunnskapsapp.exchange import importer
from kunnskapsapp.exchange.workbook import sheet_columns
from kunnskapsapp.services import clock, crud, meetings
from kunnskapsapp.services.database import Database
from kunnskapsapp.ui import i18n
from kunnskapsapp.ui.pages.deadlines import DeadlinesPage
from kunnskapsapp.ui.pages.fund.lines import FundingLinesTab
from kunnskapsapp.ui.pages.meetings import MeetingsPage
from kunnskapsapp.ui.pages.projects import DeadlineConfirmDialog
from tests.test_ui_exchange_import import click, open_wizard, preview_texts
from tests.ui_helpers import shown_page, window_language

TODAY = date(2026, 11, 26)


@pytest.fixture(autouse=True)
def _today() -> Iterator[None]:
    clock.fix(TODAY)
    yield
    clock.fix(None)


@pytest.fixture
def bokmaal(qapp: QApplication) -> Iterator[QApplication]:
    with window_language(qapp, i18n.NB) as app:
        yield app


# --- Funding warnings -------------------------------------------------------------------------


def _over_the_maximum(db: Database) -> Any:
    """A line at 60 % support on a 50 % scheme whose parts miss the total by 400 000 kr."""
    project = crud.create(db, m.Project, {"title": "Ph.d. velferdsteknologi"})
    return crud.create(
        db,
        m.FundingLine,
        {
            "project_id": project.id,
            "scheme_id": SCHEME_OFFPHD,
            "status": FundingStatus.GRANTED,
            "granted_amount": 2_400_000,
            "total_cost": 4_000_000,
            "own_cash": 1_000_000,
            "own_in_kind": 200_000,
        },
    )


def _funding_banner(qtbot: Any, db: Database, line: Any) -> str:
    page = shown_page(qtbot, FundingLinesTab(db))
    assert page.select_id(line.id)
    qtbot.waitUntil(lambda: page.form.banner.isVisible())
    return str(page.form.banner.text())


def test_the_funding_forms_warnings_are_english(english: Any, qtbot: Any, db: Database) -> None:
    line = _over_the_maximum(db)
    assert _funding_banner(qtbot, db, line).splitlines() == [
        "The support rate is 60.0%, above the maximum for OFFPHD (50%).",
        "The parts do not add up to the total cost: granted NOK\u00a02,400,000 + own "
        "contribution NOK\u00a01,200,000 = NOK\u00a03,600,000, but the total cost is "
        "NOK\u00a04,000,000.",
    ]
    # The service's text, which a report reads, is Norwegian still.
    assert crud.get(db, m.FundingLine, line.id).support_warning == (
        "Støttegraden er 60,0 %, over maksimum for OFFPHD (50 %)."
    )


def test_the_funding_forms_warnings_are_norwegian_by_default(
    bokmaal: Any, qtbot: Any, db: Database
) -> None:
    line = _over_the_maximum(db)
    assert _funding_banner(qtbot, db, line).splitlines() == [
        "Støttegraden er 60,0 %, over maksimum for OFFPHD (50 %).",
        "Delene går ikke opp i totalkostnaden: innvilget 2\u00a0400\u00a0000\u00a0kr + "
        "egenandel 1\u00a0200\u00a0000\u00a0kr = 3\u00a0600\u00a0000\u00a0kr, men "
        "totalkostnaden er 4\u00a0000\u00a0000\u00a0kr.",
    ]


# --- The agenda's warning and a meeting's name ------------------------------------------------


def _long_meeting(db: Database) -> Any:
    meeting = crud.create(
        db,
        m.Meeting,
        {
            "title": "Kontaktgruppemøte NTNU",
            "kind": MeetingKind.CONTACT_GROUP,
            "starts_at": datetime(2027, 1, 14, 10, 0),
            "duration_minutes": 30,
        },
    )
    for title, minutes in (("Status", 20), ("Eventuelt", 25)):
        meetings.add_agenda_item(db, meeting.id, {"title": title, "duration_minutes": minutes})
    return meeting


def _meeting_form(qtbot: Any, db: Database, meeting: Any) -> Any:
    page = shown_page(qtbot, MeetingsPage(db))
    assert page.select_id(meeting.id)
    qtbot.waitUntil(lambda: page.form.banner.isVisible())
    return page.form


def test_the_agenda_warning_and_the_meetings_name_are_english(
    english: Any, qtbot: Any, db: Database
) -> None:
    meeting = _long_meeting(db)
    form = _meeting_form(qtbot, db, meeting)
    assert form.banner.text() == (
        "The agenda is planned for 45 minutes, but the meeting lasts 30 minutes."
    )
    assert form.heading.text() == "Kontaktgruppemøte NTNU (14/01/2027)"
    saved = crud.get(db, m.Meeting, meeting.id)
    assert saved.display_name == "Kontaktgruppemøte NTNU (14.01.2027)"  # pickers, reports
    assert saved.agenda_warning.startswith("Sakslisten er beregnet til 45 minutter")


def test_the_agenda_warning_and_the_meetings_name_are_norwegian_by_default(
    bokmaal: Any, qtbot: Any, db: Database
) -> None:
    form = _meeting_form(qtbot, db, _long_meeting(db))
    assert form.banner.text() == (
        "Sakslisten er beregnet til 45 minutter, men møtet varer 30 minutter."
    )
    assert form.heading.text() == "Kontaktgruppemøte NTNU (14.01.2027)"


# --- Weekends and public holidays ----------------------------------------------------------


def _deadlines_on_days_off(db: Database) -> dict[str, Any]:
    def deadline(title: str, due: date) -> Any:
        return crud.create(
            db, m.Deadline, {"title": title, "due_date": due, "kind": DeadlineKind.OTHER}
        )

    return {
        "christmas": deadline("Sluttrapport", date(2026, 12, 25)),
        "saturday": deadline("Framdriftsrapport", date(2026, 12, 5)),
        "whit_monday": deadline("Søknad", date(2027, 5, 17)),
    }


def _notes(qtbot: Any, db: Database, rows: dict[str, Any]) -> dict[str, str]:
    page = shown_page(qtbot, DeadlinesPage(db))
    model = page.table_model
    column = [c.key for c in model.columns].index("non_working")
    return {key: model.index(model.row_of(row.id), column).data() for key, row in rows.items()}


def test_holidays_and_weekends_are_named_in_english(english: Any, qtbot: Any, db: Database) -> None:
    rows = _deadlines_on_days_off(db)
    assert _notes(qtbot, db, rows) == {
        "christmas": "Christmas Day",
        "saturday": "Saturday",
        "whit_monday": "Whit Monday and Constitution Day",
    }
    # The rule itself, which the reports read, names them in Norwegian.
    assert non_working_reason(date(2026, 12, 25)) == "Første juledag"


def test_holidays_and_weekends_are_named_in_norwegian_by_default(
    bokmaal: Any, qtbot: Any, db: Database
) -> None:
    assert _notes(qtbot, db, _deadlines_on_days_off(db)) == {
        "christmas": "Første juledag",
        "saturday": "Lørdag",
        "whit_monday": "Andre pinsedag og Grunnlovsdag",
    }


def test_a_proposed_deadline_on_a_holiday_says_so_in_english(english: Any, qtbot: Any) -> None:
    proposals = [
        {"title": "Framdriftsrapport", "due_date": date(2027, 3, 26)},
        {"title": "Sluttrapport", "due_date": date(2027, 12, 6)},
    ]
    for proposal in proposals:
        proposal["non_working"] = non_working_reason(proposal["due_date"]) or ""
    dialog = DeadlineConfirmDialog(proposals, "OFFPHD")
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "proposedDeadlines")
    assert [table.item(row, 2).text() for row in range(2)] == ["Good Friday", ""]


@pytest.mark.db
def test_a_report_written_while_the_window_is_english_names_holidays_in_norwegian(
    english: Any, db: Database
) -> None:
    from kunnskapsapp.reports import deadlines
    from tests.test_reports import all_text

    _deadlines_on_days_off(db)
    text = all_text(deadlines.render(db).data)
    assert "første juledag" in text.lower()
    assert "Christmas" not in text and "Saturday" not in text


# --- The import's preview ----------------------------------------------------------------------


def _project_file(db: Database, folder: Path) -> Path:
    """Prosjekter as the exchange workbook's CSV: one row changed, one new, three refused."""
    known = crud.create(
        db,
        m.Project,
        {"title": "Velferd", "status": ProjectStatus.IDEA, "start_date": date(2026, 1, 1)},
    )
    headers = [c.header for c in sheet_columns(entity(m.Project))]

    def row(**values: str) -> str:
        return ";".join(values.get(h, "") for h in headers)

    lines = [
        ";".join(headers),
        row(ID=known.id, Tittel="Velferd", Status="Pågående", Startdato="01.03.2026"),
        row(Tittel="Helseløft", Status="Idé"),
        row(Tittel="Klima", Startdato="31.02.2026"),
        row(Tittel="Bolig", Prosjektleder="Ola Nordmann"),
        row(Tittel="Skole", Startdato="01.05.2026", Sluttdato="01.01.2026"),
    ]
    path = folder / "prosjekter.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


def _preview(qtbot: Any, db: Database, path: Path, monkeypatch: Any) -> tuple[str, list[Any]]:
    _window, wizard = open_wizard(qtbot, db, path, monkeypatch)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    counts = wizard.findChild(QLabel, "importCounts")
    table = wizard.findChild(QTableWidget, "importPreview")
    qtbot.waitUntil(lambda: table.rowCount() == 5)
    return counts.text(), preview_texts(wizard)


@pytest.fixture
def work_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    monkeypatch.setenv("KUNNSKAPSAPP_DATA_DIR", str(tmp_path / "data"))
    db = Database.open(str(tmp_path / "arbeid.sqlite3"), create=True)
    yield db
    db.dispose()


def test_the_import_preview_is_english(
    english: Any, qtbot: Any, work_db: Database, tmp_path: Path, monkeypatch: Any
) -> None:
    path = _project_file(work_db, tmp_path)
    counts, rows = _preview(qtbot, work_db, path, monkeypatch)
    assert counts.startswith("1 new, 1 changed, 0 unchanged and 3 rejected – 5 rows in all. ")
    assert rows == [
        [
            "Prosjekter",
            "2",
            "Updated",
            "Velferd",
            "Status: Idea → Ongoing; Start date: 01/01/2026 → 01/03/2026",
        ],
        ["Prosjekter", "3", "Added", "Helseløft", ""],
        [
            "Prosjekter",
            "4",
            "Rejected",
            "",
            "Sheet «Prosjekter», row 4, column «Startdato» (N): «31.02.2026» is not a valid "
            "date: February 2026 has 28 days.",
        ],
        [
            "Prosjekter",
            "5",
            "Rejected",
            "",
            "Sheet «Prosjekter», row 5, column «Prosjektleder» (I): There is no person called "
            "«Ola Nordmann».",
        ],
        [
            "Prosjekter",
            "6",
            "Rejected",
            "",
            "Sheet «Prosjekter», row 6, column «Sluttdato» (O): End date (01/01/2026) cannot "
            "be before the start date (01/05/2026).",
        ],
    ]
    # What the command line prints of the same import stays Norwegian.
    result = importer.run_import(work_db, path)
    assert result.summary() == "1 ny, 1 endret, 0 uendrede og 3 avviste – 5 rader i alt."
    assert result.rows[2].line() == (
        "Avvist – Ark «Prosjekter», rad 4, kolonne «Startdato» (N): «31.02.2026» er ikke en "
        "gyldig dato: februar 2026 har 28 dager."
    )


def test_the_import_preview_is_norwegian_by_default(
    bokmaal: Any, qtbot: Any, work_db: Database, tmp_path: Path, monkeypatch: Any
) -> None:
    path = _project_file(work_db, tmp_path)
    counts, rows = _preview(qtbot, work_db, path, monkeypatch)
    assert counts.startswith("1 ny, 1 endret, 0 uendrede og 3 avviste – 5 rader i alt. ")
    assert rows[0][2:] == [
        "Oppdateres",
        "Velferd",
        "Status: Idé → Pågående; Startdato: 01.01.2026 → 01.03.2026",
    ]
    assert rows[2][2:] == [
        "Avvises",
        "",
        "Ark «Prosjekter», rad 4, kolonne «Startdato» (N): «31.02.2026» er ikke en gyldig "
        "dato: februar 2026 har 28 dager.",
    ]
    assert rows[4][4].endswith("Sluttdato (01.01.2026) kan ikke være før startdato (01.05.2026).")


# --- Phrases ------------------------------------------------------------------------------------


def test_a_phrase_is_its_norwegian_text_and_the_window_translates_it(english: Any) -> None:
    from kunnskapsapp.domain import i18n as domain_i18n
    from kunnskapsapp.domain.errors import Count, Phrase

    holiday = non_working_reason(date(2027, 5, 17))
    assert holiday == "Andre pinsedag og Grunnlovsdag" and isinstance(holiday, Phrase)
    assert domain_i18n.message(holiday) == "Whit Monday and Constitution Day"
    one = Phrase(
        "Sakslisten er beregnet til %1, men møtet varer %2.",
        Count(1, "minutt", "minutter"),
        Count(1, "minutt", "minutter"),
        context="Meeting",
    )
    assert one == "Sakslisten er beregnet til 1 minutt, men møtet varer 1 minutt."
    assert domain_i18n.message(one) == (
        "The agenda is planned for 1 minute, but the meeting lasts 1 minute."
    )
    assert domain_i18n.message("Tekst som den er") == "Tekst som den er"


def test_the_catalogue_holds_the_services_phrases_and_their_words() -> None:
    from tests.test_domain_i18n import catalogue

    found = catalogue.messages()
    assert ("Funding", "Støttegraden er %1, over maksimum for %2 (%3 %).") in found
    assert ("Holiday", "Første juledag") in found
    assert ("Import", "Ark «%1», rad %2, kolonne %3") in found
    assert ("Singular", "minutt") in found and ("Plural", "minutter") in found
    # The command line's messages stay Norwegian: not in the window's catalogue.
    assert not any("--table" in source for _context, source in found)


# --- A file the import cannot read ------------------------------------------------------------


def _file_problem(qtbot: Any, db: Database, path: Path, monkeypatch: Any) -> str:
    _window, wizard = open_wizard(qtbot, db, path, monkeypatch)
    return str(wizard.page(0).about.text())


def _damaged_files(folder: Path) -> tuple[Path, Path]:
    damaged = folder / "prosjekter.xlsx"
    damaged.write_bytes(b"PK\x03\x04 cut short")
    too_wide = folder / "frister.csv"
    too_wide.write_text("Tittel;Status\r\nKlima;Idé;ekstra\r\n", encoding="utf-8")
    return damaged, too_wide


@pytest.mark.parametrize(
    ("language", "damaged_says", "too_wide_says"),
    [
        (
            i18n.EN,
            "The file cannot be read: prosjekter.xlsx is not a valid Excel file (.xlsx): the file "
            "is damaged, cut short or of another type.",
            "The file cannot be read: Row 2, column C: The row has 3 cells, but the header row "
            "has only 2 columns (separator: semicolon).",
        ),
        (
            i18n.NB,
            "Filen kan ikke leses: prosjekter.xlsx er ikke en gyldig Excel-fil (.xlsx): filen er "
            "skadet, avkortet eller av en annen type.",
            "Filen kan ikke leses: Rad 2, kolonne C: Raden har 3 celler, men overskriftsraden har "
            "bare 2 kolonner (skilletegn: semikolon).",
        ),
    ],
)
def test_a_file_the_import_cannot_read_says_why_in_the_windows_language(
    language: str,
    damaged_says: str,
    too_wide_says: str,
    qapp: QApplication,
    qtbot: Any,
    work_db: Database,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    damaged, too_wide = _damaged_files(tmp_path)
    with window_language(qapp, language):
        assert _file_problem(qtbot, work_db, damaged, monkeypatch) == damaged_says
        assert _file_problem(qtbot, work_db, too_wide, monkeypatch) == too_wide_says
