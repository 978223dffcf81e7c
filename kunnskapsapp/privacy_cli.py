"""`kunnskapsapp person ...`: personal data from the command line.

    kunnskapsapp person export ID -o FIL.json|FIL.pdf
    kunnskapsapp person anonymise ID [--yes]

ID is the person's id or a unique prefix of at least 6 characters. Without `--yes`,
anonymise asks on the terminal first. Expected problems raise `DomainError`, which the main
command prints as one Norwegian line (exit code 1).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.domain.language import count_noun


def add_parser(subparsers: Any) -> None:
    """Add `person` to the main command's subcommands (an argparse `_SubParsersAction`)."""
    person = subparsers.add_parser("person", help="personopplysninger: innsyn og anonymisering")
    sub = person.add_subparsers(dest="person_command", metavar="HANDLING")
    sub.required = True
    export = sub.add_parser(
        "export", help="skriv alt som er lagret om en person til en fil (.json eller .pdf)"
    )
    export.add_argument("id", metavar="ID", help="personens id eller minst 6 tegn av den")
    export.add_argument(
        "-o", "--output", metavar="FIL", required=True, help="filen: .json eller .pdf"
    )
    anonymise = sub.add_parser(
        "anonymise",
        help="erstatt navn og kontaktopplysninger med «Anonymisert person N», også i "
        "endringsloggen",
    )
    anonymise.add_argument("id", metavar="ID", help="personens id eller minst 6 tegn av den")
    anonymise.add_argument("--yes", action="store_true", help="ikke spør før anonymisering")


def run(
    args: argparse.Namespace,
    open_db: Callable[[], Any],
    ask: Callable[[str], str] | None = None,
) -> int:
    from kunnskapsapp.domain import models as m
    from kunnskapsapp.services import crud, privacy
    from kunnskapsapp.services.lookup import resolve_id

    db = open_db()
    try:
        person_id = resolve_id(db, m.Person, args.id, "ID")
        if args.person_command == "export":
            from kunnskapsapp.reports.personal_data import write_export

            path = Path(args.output)
            export = write_export(db, person_id, path)
            print(
                f"Personopplysninger om {export.name} "
                f"({count_noun(len(export.named_in), 'kobling', 'koblinger')}, "
                f"{count_noun(len(export.change_log), 'logginnslag', 'logginnslag')}): "
                f"skrevet til {path.resolve()}"
            )
            return 0
        name = crud.get(db, m.Person, person_id)["name"]
        if not args.yes and not _confirmed(name, ask):
            print("Ingenting er endret.")
            return 1
        done = privacy.anonymise(db, person_id)
        print(
            f"{name} er anonymisert og heter nå «{done.name}». Koblinger og tall er beholdt; "
            "navn og kontaktopplysninger er fjernet, også fra endringsloggen."
        )
        return 0
    finally:
        db.dispose()


def _confirmed(name: str, ask: Callable[[str], str] | None) -> bool:
    if ask is None:
        if not sys.stdin.isatty():
            raise DomainError(
                "Anonymisering må bekreftes. Kjør kommandoen i et terminalvindu, eller legg "
                "til --yes."
            )
        ask = input
    try:
        answer = ask(
            f"Navn, tittel, e-post, telefon og merknader for {name} fjernes for godt, også fra "
            "endringsloggen. Koblingene til prosjekter, møter og avtaler beholdes. "
            "Skriv «ja» for å anonymisere: "
        )
    except EOFError:
        return False
    return answer.strip().lower() in ("ja", "j", "yes", "y")
