"""`kunnskapsapp --selftest`: check that an installation works, without touching user data.

IT runs it after deploying, CI runs it on the built bundle. In a temporary folder it creates a
database, migrates it, loads the demo data, checks it, renders every report through the same
code the `report` command uses, exports the whole database to the exchange workbook and
imports that into a fresh, empty database (the functions `export`/`import` use), and opens the
main window offscreen and closes it. Each check prints one Norwegian line; the first failure
stops the run with exit code 1.

Qt is imported only by the window check, so everything before it works without a display.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from kunnskapsapp import __version__
from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.domain.language import count_noun

EXIT_OK = 0
EXIT_FAILED = 1

# (argument list after `report`, what the line says): every report the app can make.
REPORTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("portfolio",), "Porteføljeoversikt"),
    (("deadlines",), "Fristliste"),
    (("agreements",), "Avtaleregister"),
    (("fund",), "FoU-fondet"),
    (("handout",), "Møteunderlag"),
    (("project", "--project", "{project}"), "Prosjektark"),
)


class CheckFailed(Exception):
    """A check found something wrong; the message is the Norwegian line to print."""


@dataclass
class _Context:
    folder: Path
    database: Path = field(init=False)
    facts: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.database = self.folder / "selvtest.sqlite3"


def check_files(ctx: _Context) -> str:
    from kunnskapsapp import paths

    needed = [
        paths.database_dir() / "env.py",
        paths.font_path("DejaVuSans.ttf"),
        paths.resources_dir() / "demo" / "portfolio.toml",
        paths.icon_path("kunnskapsapp-256.png"),
        paths.resources_dir() / "translations" / "qtbase_nb.qm",  # Qt's dialogs in Bokmål
    ]
    missing = [str(p) for p in needed if not p.is_file()]
    if missing:
        raise CheckFailed("Disse programfilene mangler: " + ", ".join(missing))
    compiled = (paths.resources_dir() / "translations" / "kunnskapsapp_nb.qm").is_file()
    return "oversettelsene er kompilert" if compiled else "uten kompilerte oversettelser"


def check_presets(ctx: _Context) -> str:
    """IT's preset file, if there is one, can be read and names a usable database."""
    from kunnskapsapp import presets
    from kunnskapsapp.storage.engine import normalise_url

    found = presets.load(ctx.facts["environ"])
    if not found.any:
        return "ingen fil; brukerens egne valg gjelder"
    if found.database:
        normalise_url(found.database)
    parts = [f"fra {found.source}"]
    if found.database:
        parts.append(f"database {found.database}")
    if found.municipality:
        parts.append(f"kommune {found.municipality}")
    if found.locked:
        parts.append("låst")
    return ", ".join(parts)


def check_database(ctx: _Context) -> str:
    from kunnskapsapp.storage import migrations

    engine = migrations.open_engine(str(ctx.database), create=True)
    try:
        revision = migrations.current_revision(engine)
    finally:
        engine.dispose()
    head = migrations.head_revision()
    if revision != head:
        raise CheckFailed(f"Skjemaversjonen er {revision}, men programmet venter {head}.")
    return f"skjemaversjon {revision}"


def check_demo(ctx: _Context) -> str:
    from sqlalchemy import select

    from kunnskapsapp.domain import models as m
    from kunnskapsapp.services import demo
    from kunnskapsapp.services.database import Database

    db = Database.open(str(ctx.database), user="selvtest")
    try:
        counts = demo.create_demo(db)
        with db.session(audit=False) as s:
            ctx.facts["project"] = s.scalars(select(m.Project.id).limit(1)).first()
    finally:
        db.dispose()
    projects, agreements = counts.get("project", 0), counts.get("agreement", 0)
    if not projects or not agreements:
        raise CheckFailed(
            f"Demodataene ga {count_noun(projects, 'prosjekt', 'prosjekter')} og "
            f"{count_noun(agreements, 'avtale', 'avtaler')}."
        )
    return (
        f"{count_noun(projects, 'prosjekt', 'prosjekter')}, "
        f"{count_noun(agreements, 'avtale', 'avtaler')}, "
        f"{count_noun(counts.get('deadline', 0), 'frist', 'frister')}"
    )


def check_integrity(ctx: _Context) -> str:
    from kunnskapsapp.storage import migrations

    engine = migrations.open_engine(str(ctx.database), migrate=False)
    try:
        report = migrations.check(engine)
    finally:
        engine.dispose()
    if not report.ok:
        raise CheckFailed("; ".join(report.problems))
    rows = count_noun(sum(report.counts.values()), "rad", "rader")
    return f"{rows} i {count_noun(len(report.counts), 'tabell', 'tabeller')}"


def report_check(arguments: tuple[str, ...]) -> Callable[[_Context], str]:
    def check(ctx: _Context) -> str:
        from kunnskapsapp.cli import main

        filled = [a.format(**ctx.facts) for a in arguments]
        out = ctx.folder / f"{arguments[0]}.pdf"
        argv = ["--database", str(ctx.database), "report", *filled, "--output", str(out)]
        stderr = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(stderr):
            code = main(argv)
        if code != 0:
            said = stderr.getvalue().strip().removeprefix("kunnskapsapp: ")
            raise CheckFailed(said or f"rapportkommandoen avsluttet med kode {code}")
        return _pdf_facts(out)

    return check


def _pdf_facts(path: Path) -> str:
    """Open the PDF as the preview does (pdfium) and draw its first page."""
    import pypdfium2

    data = path.read_bytes()
    if not data.startswith(b"%PDF"):
        raise CheckFailed(f"{path.name} er ikke en PDF-fil.")
    pdf = pypdfium2.PdfDocument(data)
    try:
        pages = len(pdf)
        if pages == 0:
            raise CheckFailed(f"{path.name} har ingen sider.")
        page = pdf[0]
        try:
            page.render(scale=0.25).close()
        finally:
            page.close()
    finally:
        pdf.close()
    return f"{count_noun(pages, 'side', 'sider')}, {len(data) // 1024} kB"


def check_workbook_export(ctx: _Context) -> str:
    """The whole database to the exchange workbook, as `kunnskapsapp export FILE.xlsx`."""
    from kunnskapsapp.exchange.workbook import export_workbook
    from kunnskapsapp.services.database import Database

    target = ctx.folder / "selvtest.xlsx"
    db = Database.open(str(ctx.database), user="selvtest")
    try:
        counts = export_workbook(db, target)
    finally:
        db.dispose()
    if not target.is_file() or not target.read_bytes().startswith(b"PK"):
        raise CheckFailed(f"{target.name} ble ikke skrevet som en arbeidsbok.")
    rows = sum(counts.values())
    if rows == 0:
        raise CheckFailed("Arbeidsboken fikk ingen rader.")
    ctx.facts["workbook"] = target
    return f"{rows} rader i {len(counts)} ark, {target.stat().st_size // 1024} kB"


def check_workbook_import(ctx: _Context) -> str:
    """The workbook into a new, empty database, as `kunnskapsapp import FILE.xlsx --yes`; the
    new database then holds the same rows, sheet by sheet."""
    from kunnskapsapp.exchange import importer
    from kunnskapsapp.exchange.workbook import exchange_entities, read_rows, sheet_name
    from kunnskapsapp.services.database import Database

    source = ctx.facts.get("workbook")
    if source is None:
        raise CheckFailed("Ingen arbeidsbok å importere: eksporten ble ikke kjørt.")
    fresh = Database.open(str(ctx.folder / "importert.sqlite3"), create=True, user="selvtest")
    original = Database.open(str(ctx.database), user="selvtest")
    try:
        result, _copy = importer.apply_import(fresh, source)
        if result.refused:
            first = result.refused[0].line()
            raise CheckFailed(f"{len(result.refused)} rader ble avvist, først: {first}")
        if not result.written:
            raise CheckFailed("Importen skrev ingenting til den tomme databasen.")
        with original.session(audit=False) as a, fresh.session(audit=False) as b:
            differ = [
                sheet_name(spec)
                for spec in exchange_entities()
                if read_rows(a, spec) != read_rows(b, spec)
            ]
    finally:
        original.dispose()
        fresh.dispose()
    if differ:
        raise CheckFailed("Etter importen er disse arkene ulike: " + ", ".join(differ))
    added, changed, kept = (result.count(a) for a in ("add", "update", "unchanged"))
    return (
        f"{count_noun(added, 'ny', 'nye')}, {count_noun(changed, 'endret', 'endrede')} og "
        f"{count_noun(kept, 'uendret', 'uendrede')} rader, "
        f"alle {len(exchange_entities())} ark like"
    )


def check_postgresql_driver(ctx: _Context) -> str:
    """The driver for a shared server loads (its libpq comes with the app)."""
    import psycopg
    from sqlalchemy import create_engine

    # Building an engine loads SQLAlchemy's psycopg dialect too; it connects to nothing.
    create_engine("postgresql+psycopg://selvtest@localhost/selvtest").dispose()
    version = psycopg.pq.version()
    minor = version % 10000 if version >= 100000 else version // 100 % 100  # 180006, 90624
    return f"psycopg {psycopg.__version__}, {psycopg.pq.__impl__}, libpq {version // 10000}.{minor}"


def check_window(ctx: _Context) -> str:
    """Open the main window on the demo database, visit every page, close it."""
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from kunnskapsapp.services.database import Database
    from kunnskapsapp.ui.app import make_application
    from kunnskapsapp.ui.main_window import MainWindow

    # The window remembers its size and last page: keep that out of the user's settings.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(ctx.folder))
    # Qt's notes (the offscreen plugin's "does not support ...") would clutter the lines;
    # only its critical messages count, as a failure.
    critical: list[str] = []

    def on_message(kind: QtMsgType, _context: object, message: str) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            critical.append(message)

    previous = qInstallMessageHandler(on_message)
    app = make_application()
    db = Database.open(str(ctx.database), user="selvtest")
    try:
        window = MainWindow(db)
        window.show()
        app.processEvents()
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            app.processEvents()
        pages = len(window.pages)
        # Hjelp → Om Kunnskapsapp reads every component's metadata and licence file.
        from kunnskapsapp.ui.about import AboutDialog

        about = AboutDialog(db, window)
        unlicensed = [c.name for c in about.components if not c.files]
        components = len(about.components)
        about.deleteLater()
        if not window.close():
            raise CheckFailed("Vinduet ville ikke lukkes.")
        window.deleteLater()
        app.processEvents()
    finally:
        db.dispose()
        qInstallMessageHandler(previous)
    if critical:
        raise CheckFailed("Qt meldte en feil: " + critical[0])
    missing = f", uten lisenstekst: {', '.join(unlicensed)}" if unlicensed else ""
    return (
        f"{count_noun(pages, 'side', 'sider')} vist, Om-dialogen med "
        f"{count_noun(components, 'komponent', 'komponenter')}{missing}, "
        f"plattform {QApplication.platformName()}"
    )


def checks(*, window: bool = True) -> list[tuple[str, Callable[[_Context], str]]]:
    found: list[tuple[str, Callable[[_Context], str]]] = [
        ("Programfiler funnet", check_files),
        ("Forhåndsinnstillinger lest", check_presets),
        ("Database opprettet og migrert", check_database),
        ("Demodata lagt inn", check_demo),
        ("Databasen kontrollert", check_integrity),
        ("PostgreSQL-driveren lastet", check_postgresql_driver),
    ]
    found += [(f"Rapport laget: {title}", report_check(args)) for args, title in REPORTS]
    found += [
        ("Arbeidsbok eksportert", check_workbook_export),
        ("Arbeidsbok importert i en tom database", check_workbook_import),
    ]
    if window:
        found.append(("Programvinduet åpnet og lukket", check_window))
    return found


@contextlib.contextmanager
def _isolated_environment(folder: Path) -> Iterator[None]:
    """No user data, logs or database settings from outside leak into the test."""
    saved = dict(os.environ)
    os.environ["KUNNSKAPSAPP_DATA_DIR"] = str(folder / "data")
    os.environ["KUNNSKAPSAPP_PRESETS"] = ""  # IT's presets are checked, not used, here
    os.environ.pop("KUNNSKAPSAPP_DATABASE", None)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def run(
    out: TextIO | None = None,
    *,
    window: bool = True,
    only: list[tuple[str, Callable[[_Context], str]]] | None = None,
) -> int:
    """Run every check; print one line each. Returns the exit code."""
    out = out or sys.stdout
    started = time.perf_counter()
    print(f"Selvtest av Kunnskapsapp {__version__} (Python {sys.version.split()[0]})", file=out)
    todo = only if only is not None else checks(window=window)
    with tempfile.TemporaryDirectory(prefix="kunnskapsapp-selvtest-") as tmp:
        ctx = _Context(Path(tmp))
        ctx.facts["environ"] = dict(os.environ)
        with _isolated_environment(ctx.folder):
            for label, check in todo:
                try:
                    detail = check(ctx)
                except (CheckFailed, DomainError) as exc:
                    message = exc.message if isinstance(exc, DomainError) else str(exc)
                    print(f"FEIL {label}: {message}", file=out)
                    return _failed(out)
                except Exception as exc:
                    print(f"FEIL {label}: uventet feil: {type(exc).__name__}: {exc}", file=out)
                    traceback.print_exc(file=sys.stderr)
                    return _failed(out)
                print(f"OK   {label} ({detail})" if detail else f"OK   {label}", file=out)
    seconds = time.perf_counter() - started
    seconds_text = f"{seconds:.1f}".replace(".", ",")
    passed = "Sjekken" if len(todo) == 1 else f"Alle {len(todo)} sjekker"
    print(f"{passed} bestått på {seconds_text} s.", file=out)
    return EXIT_OK


def _failed(out: TextIO) -> int:
    print(
        "Selvtesten feilte. Installasjonen er ikke i orden: send linjene over til brukerstøtte.",
        file=out,
    )
    return EXIT_FAILED
