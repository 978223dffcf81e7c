"""The `kunnskapsapp` command: the GUI by default, and subcommands for the database,
demo data, the portfolio summary and reports.

Expected problems end with one Norwegian line on stderr and exit code 1 (2 for usage errors);
never a traceback.
"""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import date
from pathlib import Path
from types import FrameType
from typing import Any

from kunnskapsapp import __version__
from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.domain.language import count_noun
from kunnskapsapp.domain.progress import Progress

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse in Norwegian: help, headings and usage errors."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "argumenter"
        self._optionals.title = "valg"
        self.add_argument("-h", "--help", action="help", help="vis denne hjelpen og avslutt")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "bruk:", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "bruk:", 1)

    def print_usage(self, file: object = None) -> None:
        self._print_message(self.format_usage(), file)  # type: ignore[arg-type]

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        translated = (
            message.replace("the following arguments are required", "disse argumentene mangler")
            .replace("invalid choice", "ugyldig valg")
            .replace("unrecognized arguments", "ukjente argumenter")
            .replace("expected one argument", "forventer én verdi")
            .replace("invalid", "ugyldig")
            .replace("value", "verdi")
            .replace("choose from", "velg mellom")
        )
        sys.stderr.write(f"kunnskapsapp: feil: {translated}\n")
        raise SystemExit(EXIT_USAGE)


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» er ikke en dato på formen ÅÅÅÅ-MM-DD") from None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» er ikke et heltall") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"«{text}» må være 0 eller større")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kunnskapsapp",
        description="Kunnskapsapp: avtaler, prosjekter, finansiering og frister for kommunens "
        "forsknings- og innovasjonsarbeid. Uten underkommando åpnes programvinduet.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Kunnskapsapp {__version__}",
        help="vis programmets versjon og avslutt",
    )
    parser.add_argument(
        "--database",
        metavar="STI|URL",
        help="databasefil eller SQLAlchemy-adresse (postgresql://...); "
        "standard er KUNNSKAPSAPP_DATABASE, så IT-avdelingens forhåndsinnstilling, "
        "så filen i brukerens datamappe",
    )
    parser.add_argument(
        "--language",
        choices=("nb", "en"),
        default=None,
        help="programvinduets språk ved denne starten: nb (norsk bokmål, standard) eller en "
        "(English); går foran valget under Innstillinger → Språk",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="åpne programmet på en fersk kopi av demodataene i en midlertidig mappe",
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="sjekk at installasjonen virker (database, demodata, rapporter, vindu) "
        "i en midlertidig mappe, og avslutt",
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=_Parser)

    demo = sub.add_parser("demo", help="fyll en ny database med demodata")
    demo.add_argument(
        "--scale",
        type=positive_int,
        default=0,
        metavar="N",
        help="legg til N syntetiske prosjekter",
    )

    db = sub.add_parser("db", help="vedlikehold av databasen")
    db_sub = db.add_subparsers(dest="db_command", metavar="HANDLING", parser_class=_Parser)
    db_sub.required = True
    db_sub.add_parser("upgrade", help="opprett databasen eller oppgrader skjemaet")
    db_sub.add_parser("check", help="sjekk integritet, skjemaversjon og fremmednøkler")
    backup = db_sub.add_parser("backup", help="ta sikkerhetskopi til en fil")
    backup.add_argument("file", metavar="FIL")
    restore = db_sub.add_parser("restore", help="gjenopprett databasen fra en sikkerhetskopi")
    restore.add_argument("file", metavar="FIL")

    summary = sub.add_parser("summary", help="porteføljen på en dato")
    summary.add_argument("--date", type=iso_date, default=None, metavar="ÅÅÅÅ-MM-DD")
    summary.add_argument("--json", action="store_true", help="skriv ett JSON-objekt")

    _add_report_parser(sub)
    from kunnskapsapp.exchange.cli import add_parsers as add_exchange_parsers

    add_exchange_parsers(sub)

    from kunnskapsapp.privacy_cli import add_parser as add_person_parser

    add_person_parser(sub)
    return parser


def _add_report_parser(sub: argparse._SubParsersAction[Any]) -> None:
    try:
        from kunnskapsapp.reports.cli import add_parser
    except ImportError:  # reports not built yet
        return
    add_parser(sub, iso_date)


# --- Commands -------------------------------------------------------------------------------


def _database_url(args: argparse.Namespace) -> tuple[str, bool]:
    """The URL to use and whether it is the default file (which may be created).

    `--database` > KUNNSKAPSAPP_DATABASE > IT's preset file > the default file; a locked preset
    refuses the first two (see kunnskapsapp.presets).
    """
    from kunnskapsapp import presets
    from kunnskapsapp.storage.engine import resolve_url

    value, _origin = presets.resolve_database(args.database)
    return resolve_url(value)


def _open(  # type: ignore[no-untyped-def]
    args: argparse.Namespace, *, create: bool = False, create_default: bool = False
):
    """The database a command works on. `create`: make it where there is none (demo);
    `create_default`: only the default file (import). A report, export or summary on a
    database that does not exist yet says so and how to make one, and creates nothing."""
    from kunnskapsapp.domain.errors import DatabaseError
    from kunnskapsapp.services.database import Database
    from kunnskapsapp.storage.engine import sqlite_path

    url, is_default = _database_url(args)
    path = sqlite_path(url)
    if is_default and not (create or create_default) and path is not None and not path.exists():
        raise DatabaseError(
            f"Det finnes ingen database ennå ({path}). Lag en med demodata med «kunnskapsapp "
            "demo», eller start programmet med «kunnskapsapp» og velg hvordan du vil begynne "
            "(eller bruk --database for en annen database)."
        )
    return Database.open(url, create=create or (create_default and is_default), verify=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from kunnskapsapp.services import demo

    db = _open(args, create=True)
    try:
        counts = demo.create_demo(db, scale=args.scale)
    finally:
        db.dispose()
    print(
        f"Demodata lagt inn i {db.display_url}: "
        f"{count_noun(counts.get('project', 0), 'prosjekt', 'prosjekter')}, "
        f"{count_noun(counts.get('agreement', 0), 'avtale', 'avtaler')}, "
        f"{count_noun(counts.get('deadline', 0), 'frist', 'frister')}."
    )
    return EXIT_OK


def cmd_db(args: argparse.Namespace) -> int:
    from kunnskapsapp.storage import migrations
    from kunnskapsapp.storage.engine import display_url

    url, _default = _database_url(args)
    if args.db_command == "upgrade":
        engine = migrations.open_engine(url, create=True)
        revision = migrations.current_revision(engine)
        engine.dispose()
        print(f"Databasen {display_url(url)} er på skjemaversjon {revision}.")
        return EXIT_OK
    if args.db_command == "restore":
        migrations.restore(Path(args.file), url)
        print(f"Databasen {display_url(url)} er gjenopprettet fra {args.file}.")
        return EXIT_OK
    engine = migrations.open_engine(url, migrate=False)
    try:
        if args.db_command == "check":
            report = migrations.check(engine)
            print(f"Database: {report.url}")
            print(f"Skjemaversjon: {report.revision} (programmet: {report.head})")
            tables = count_noun(len(report.counts), "tabell", "tabeller")
            print(f"Rader: {sum(report.counts.values())} i {tables}")
            if report.ok:
                print("Ingen feil funnet.")
                return EXIT_OK
            for problem in report.problems:
                print(f"Feil: {problem}", file=sys.stderr)
            return EXIT_ERROR
        migrations.backup(engine, Path(args.file))
        print(f"Sikkerhetskopi skrevet til {Path(args.file).resolve()}.")
        return EXIT_OK
    finally:
        engine.dispose()


def cmd_summary(args: argparse.Namespace) -> int:
    from kunnskapsapp.services import clock, summary

    db = _open(args)
    try:
        on = args.date or clock.today()
        result = summary.portfolio_summary(db, on)
    finally:
        db.dispose()
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(summary.summary_text(result))
    return EXIT_OK


def _end_on_signal(signum: int, _frame: FrameType | None) -> None:
    """SIGTERM or SIGINT before the window is up (or after it closed): unwind, so that the
    `finally` blocks still remove the demo folder and close the database."""
    raise SystemExit(128 + signum)


def cmd_gui(args: argparse.Namespace) -> int:
    # Once the window is up, ui.signals closes it as Ctrl+Q does instead.
    previous = {s: signal.signal(s, _end_on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        return _open_gui(args)
    except DomainError as exc:
        # Started from a desktop icon nobody reads stderr: say it in a window too.
        from kunnskapsapp.ui.app import show_startup_error

        show_startup_error(exc.message)
        raise
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _open_gui(args: argparse.Namespace) -> int:
    from kunnskapsapp.ui import i18n

    i18n.request(args.language)  # before the first window, which takes its texts as it is built
    # The window's frame shows first; the database (and the models, SQLAlchemy, a demo's
    # data) is opened behind it, off the UI thread.
    return _run_gui(lambda progress: _gui_database(args, progress))


@contextmanager
def _gui_database(args: argparse.Namespace, progress: Progress) -> Iterator[Any]:
    """The database the window opens on, closed (and a demo's folder removed) after.
    `progress` cancels the demo's data when the window is closed before they are made."""
    from kunnskapsapp.services.database import Database

    if args.demo:
        from kunnskapsapp.services import demo

        folder = Path(tempfile.mkdtemp(prefix="kunnskapsapp-demo-"))
        try:
            db = Database.open(str(folder / "demo.sqlite3"), create=True)
            try:
                demo.create_demo(db, progress=progress)
                yield db
            finally:
                db.dispose()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return
    from kunnskapsapp import presets

    _value, origin = presets.resolve_database(args.database)
    if origin == "default" or (origin == "preset" and not presets.load().locked):
        # Fil → Koble til database …: the user's remembered server comes before IT's
        # unlocked preset and the default file.
        from kunnskapsapp.ui.connect_dialog import open_remembered_server

        # None: nothing remembered, or unreachable (then the user has been told)
        remembered = open_remembered_server(progress)
        if remembered is not None:
            try:
                yield remembered
            finally:
                remembered.dispose()
            return
    url, is_default = _database_url(args)
    db = Database.open(url, create=is_default)
    try:
        presets.apply_to_database(db, presets.load())
        yield db
    finally:
        db.dispose()


def _run_gui(open_database: Callable[[Progress], AbstractContextManager[Any]]) -> int:
    from kunnskapsapp.ui.app import run_window_first

    return run_window_first(open_database)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "db": cmd_db,
    "summary": cmd_summary,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.demo and args.command:
        parser.error("--demo kan ikke kombineres med en underkommando")
    if args.selftest:
        if args.command or args.demo or args.database:
            parser.error("--selftest kan ikke kombineres med andre valg eller underkommandoer")
        from kunnskapsapp import selftest

        return selftest.run()
    try:
        if args.command is None:
            return cmd_gui(args)
        if args.command == "report":
            from kunnskapsapp.reports.cli import run

            return run(args, lambda: _open(args))
        if args.command in ("export", "import"):
            from kunnskapsapp.exchange.cli import run as run_exchange

            # An import may start the default database; an export needs one that exists.
            return run_exchange(args, lambda: _open(args, create_default=args.command == "import"))

        if args.command == "person":
            from kunnskapsapp import privacy_cli

            return privacy_cli.run(args, lambda: _open(args))
        return COMMANDS[args.command](args)
    except DomainError as exc:
        print(f"kunnskapsapp: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("kunnskapsapp: avbrutt.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (| head): nothing more to say
        return EXIT_OK
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(
            f"kunnskapsapp: en fil eller mappe kunne ikke brukes{where}: {exc.strerror or exc}. "
            "Sjekk stien og at du har tilgang.",
            file=sys.stderr,
        )
        return EXIT_ERROR
