"""`kunnskapsapp export ...` and `kunnskapsapp import ...`: the exchange files from the
command line. The file's suffix picks the format: `.ics` (deadlines and meetings), `.xlsx`
(the whole database, or one table with `--table`) or `.csv` (one table)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kunnskapsapp.domain.errors import DomainError, ValidationError
from kunnskapsapp.domain.language import count_noun


def add_parsers(subparsers: argparse._SubParsersAction[Any]) -> None:
    export = subparsers.add_parser(
        "export", help="eksporter til Excel (.xlsx), CSV (.csv) eller kalender (.ics)"
    )
    export.add_argument(
        "file",
        metavar="FIL",
        help="FIL.xlsx (hele databasen eller --table), FIL.csv (--table) eller FIL.ics",
    )
    export.add_argument(
        "--table",
        metavar="NAVN",
        help="bare én tabell: arkets navn (Prosjekter) eller tabellens navn (project)",
    )
    export.add_argument(
        "--template",
        action="store_true",
        help="en tom importmal (.xlsx): overskrifter og dokumentasjon, ingen rader",
    )
    scope = export.add_mutually_exclusive_group()
    scope.add_argument("--agreement", metavar="ID", help="kalender: bare denne avtalen (.ics)")
    scope.add_argument("--project", metavar="ID", help="kalender: bare dette prosjektet (.ics)")

    imp = subparsers.add_parser(
        "import", help="importer en arbeidsbok (.xlsx) eller en tabell (.csv)"
    )
    imp.add_argument("file", metavar="FIL", help="FIL.xlsx (eksportert arbeidsbok) eller FIL.csv")
    imp.add_argument(
        "--table",
        metavar="NAVN",
        help="tabellen filen holder (CSV), eller det ene arket som skal importeres",
    )
    imp.add_argument(
        "--sheet",
        metavar="ARK",
        help="bare dette arket i en arbeidsbok med flere ark (--table: tabellen det hører til)",
    )
    imp.add_argument(
        "--map",
        metavar="MAP.json",
        help='filens overskrifter til kolonnene, f.eks. {"Prosjektnavn": "Tittel", "Notat": null}',
    )
    imp.add_argument(
        "--dry-run", action="store_true", help="vis bare hva som ville skjedd; skriv ingenting"
    )
    imp.add_argument(
        "--yes", action="store_true", help="svar ja på spørsmålet om endringene skal skrives"
    )
    imp.add_argument(
        "--skip-invalid",
        action="store_true",
        help="hopp over avviste rader og skriv resten (ellers skrives ingenting)",
    )
    imp.add_argument(
        "--create-missing",
        action="store_true",
        help="opprett organisasjoner og personer som filen nevner ved navn, men som ikke finnes",
    )


def run(args: argparse.Namespace, open_db: Callable[[], Any]) -> int:
    if args.command == "import":
        return run_import(args, open_db)
    return run_export(args, open_db)


def run_import(
    args: argparse.Namespace,
    open_db: Callable[[], Any],
    ask: Callable[[str], str] = input,
) -> int:
    from kunnskapsapp.exchange import importer

    path = Path(args.file)
    if not path.is_file():
        raise DomainError(f"Fant ikke filen {path}.")
    from kunnskapsapp.exchange.import_file import load_mapping

    mapping = load_mapping(args.map) if args.map else None
    db = open_db()
    try:
        create = bool(getattr(args, "create_missing", False))
        preview = importer.run_import(
            db,
            path,
            table=args.table,
            sheet=getattr(args, "sheet", None),
            skip_invalid=args.skip_invalid,
            mapping=mapping,
            create_missing=create,
        )
        for row in preview.rows:
            if row.action != "unchanged":
                print(row.line())
        print(preview.summary())
        refused = bool(preview.refused)
        if args.dry_run:
            print("Prøvekjøring: ingenting er skrevet.")
            return 1 if refused else 0
        if refused and not args.skip_invalid:
            print(
                f"Ingenting er skrevet: {count_noun(len(preview.refused), 'rad', 'rader')} "
                "er avvist. Rett filen, "
                "eller bruk --skip-invalid for å skrive resten."
            )
            return 1
        if not preview.has_changes:
            print("Ingen endringer å skrive.")
            return 0
        if not args.yes:
            try:
                answer = ask("Skrive endringene til databasen? [j/N] ")
            except EOFError:
                answer = ""
            if answer.strip().lower() not in ("j", "ja", "y", "yes"):
                print("Avbrutt: ingenting er skrevet.")
                return 1
        result, copy = importer.apply_import(
            db,
            path,
            table=args.table,
            sheet=getattr(args, "sheet", None),
            skip_invalid=args.skip_invalid,
            mapping=mapping,
            create_missing=create,
        )
    finally:
        db.dispose()
    if copy is not None:
        print(f"Sikkerhetskopi før importen: {copy}")
    if not result.written:
        print("Ingenting er skrevet: databasen er endret siden forhåndsvisningen. Prøv igjen.")
        return 1
    print(f"Importert: {result.summary()}")
    return 0


def run_export(args: argparse.Namespace, open_db: Callable[[], Any]) -> int:
    path = Path(args.file)
    suffix = path.suffix.lower()
    if suffix not in (".ics", ".xlsx", ".csv"):
        raise ValidationError(
            "file", f"«{path.name}»: velg en fil som slutter på .xlsx, .csv eller .ics."
        )
    if suffix != ".ics" and (args.agreement or args.project):
        raise ValidationError("--agreement", "--agreement og --project gjelder bare .ics-filer.")
    if suffix == ".ics" and args.table:
        raise ValidationError("--table", "--table gjelder bare .xlsx- og .csv-filer.")
    if args.template and suffix != ".xlsx":
        raise ValidationError("--template", "Importmalen er en arbeidsbok: velg en .xlsx-fil.")
    if suffix == ".csv" and not args.table:
        raise ValidationError(
            "--table",
            "En CSV-fil holder én tabell: velg den med --table, f.eks. --table Prosjekter.",
        )
    _check_target(path)
    db = open_db()
    try:
        if suffix == ".ics":
            message = _export_calendar(db, path, args)
        else:
            message = _export_tables(db, path, args.table, args.template)
    finally:
        db.dispose()
    print(message)
    return 0


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise DomainError(
            f"{path} er en mappe. Oppgi et filnavn, for eksempel {path}/eksport.xlsx."
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise DomainError(f"Mappen {folder} finnes ikke.")


def _export_calendar(db: Any, path: Path, args: argparse.Namespace) -> str:
    from icalendar import Calendar

    from kunnskapsapp.domain import models as m
    from kunnskapsapp.exchange.calendar import export_calendar, save_calendar
    from kunnskapsapp.services.lookup import resolve_id

    agreement_id = (
        resolve_id(db, m.Agreement, args.agreement, "--agreement") if args.agreement else None
    )
    project_id = resolve_id(db, m.Project, args.project, "--project") if args.project else None
    data = export_calendar(db, agreement_id=agreement_id, project_id=project_id)
    save_calendar(path, data)
    count = len(Calendar.from_ical(data).walk("VEVENT"))
    return (
        f"Kalender med {count_noun(count, 'hendelse', 'hendelser')}: skrevet til {path.resolve()}"
    )


def _export_tables(db: Any, path: Path, table: str | None, template: bool) -> str:
    from kunnskapsapp.exchange import workbook

    return workbook.export_file(db, path, table, template)
