"""`kunnskapsapp report ...`: every report from the command line, written to a PDF file.

Rows are named by their id or a unique prefix of at least 6 characters. Expected problems
raise `DomainError`, which the main command prints as one Norwegian line (exit code 1).
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from kunnskapsapp.domain.errors import DomainError, ValidationError

SECTION_HELP = "deltakere, saksliste, oppfolging, avtale, prosjekter, frister, fond, erfaringer"


def add_parser(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    iso_date: Callable[[str], date],
) -> None:
    report = subparsers.add_parser("report", help="skriv en rapport til PDF")
    sub = report.add_subparsers(dest="report_kind", metavar="RAPPORT")
    sub.required = True

    def output(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "-o",
            "--output",
            metavar="FIL.pdf",
            help="filen rapporten skrives til (standard: et beskrivende navn i gjeldende mappe); "
            "møteunderlaget også som Word: FIL.docx",
        )

    handout = sub.add_parser("handout", help="møteunderlag (eller referat) for et møte")
    handout.add_argument(
        "--meeting",
        metavar="ID",
        help="møtets id eller minst 6 tegn av den (standard: neste kommende møte)",
    )
    handout.add_argument(
        "--referat",
        action="store_true",
        help="skriv referatet etter møtet: referat, vedtak og oppfølgingspunkter",
    )
    handout.add_argument(
        "--sections",
        metavar="LISTE",
        help=f"bare disse delene, kommaseparert: {SECTION_HELP}",
    )
    output(handout)

    portfolio = sub.add_parser("portfolio", help="porteføljeoversikt på en dato")
    portfolio.add_argument(
        "--date", type=iso_date, metavar="ÅÅÅÅ-MM-DD", help="datoen (standard: i dag)"
    )
    output(portfolio)

    deadlines = sub.add_parser("deadlines", help="fristliste for en periode")
    deadlines.add_argument(
        "--from",
        dest="date_from",
        type=iso_date,
        metavar="ÅÅÅÅ-MM-DD",
        help="første dato (standard: alt som er forfalt, og fra i dag)",
    )
    deadlines.add_argument(
        "--to",
        dest="date_to",
        type=iso_date,
        metavar="ÅÅÅÅ-MM-DD",
        help="siste dato (standard: 90 dager fram)",
    )
    deadlines.add_argument(
        "--group",
        choices=["week", "month"],
        default="week",
        help="grupper per uke (standard) eller per måned",
    )
    deadlines.add_argument("--done", action="store_true", help="ta med utførte og avlyste frister")
    output(deadlines)

    agreements = sub.add_parser("agreements", help="avtaleregister")
    output(agreements)

    fund = sub.add_parser("fund", help="FoU-fondet: bevilgninger, tildelinger, forpliktelser")
    fund.add_argument(
        "--from-year",
        type=int,
        metavar="ÅÅÅÅ",
        help="første år i budsjettplanen (standard: i år)",
    )
    output(fund)

    project = sub.add_parser("project", help="prosjektark for ett eller flere prosjekter")
    project.add_argument(
        "--project",
        metavar="ID",
        action="append",
        required=True,
        help="prosjektets id eller minst 6 tegn av den; kan gjentas",
    )
    output(project)


def run(args: argparse.Namespace, open_db: Callable[[], Any]) -> int:
    db = open_db()
    try:
        rendered = _render(args, db)
    finally:
        db.dispose()
    path = Path(args.output) if args.output else Path.cwd() / rendered.filename
    write_atomically(path, rendered.data)
    print(f"{rendered.title}: skrevet til {path.resolve()}")
    return 0


def write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or nothing: a half-written PDF never replaces a good one."""
    if path.is_dir():
        raise DomainError(f"{path} er en mappe. Oppgi et filnavn, for eksempel {path}/rapport.pdf.")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise DomainError(f"Mappen {folder} finnes ikke.")
    handle, temp = tempfile.mkstemp(prefix=".kunnskapsapp-", suffix=path.suffix, dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _render(args: argparse.Namespace, db: Any) -> Any:
    from kunnskapsapp.domain import models as m
    from kunnskapsapp.services.lookup import resolve_id

    kind = args.report_kind
    if kind == "handout":
        from kunnskapsapp.reports import handout
        from kunnskapsapp.services import reporting

        if args.meeting:
            meeting_id = resolve_id(db, m.Meeting, args.meeting, "--meeting")
        else:
            found = reporting.next_meeting_id(db)
            if found is None:
                raise DomainError("Det finnes ingen kommende møter. Velg et møte med --meeting ID.")
            meeting_id = found
        sections = frozenset(handout.SECTIONS)
        if args.sections:
            chosen = {s.strip().lower() for s in args.sections.split(",") if s.strip()}
            unknown = sorted(chosen - set(handout.SECTIONS))
            if unknown:
                raise ValidationError(
                    "--sections",
                    f"Ukjent del av møteunderlaget: {', '.join(unknown)}. "
                    f"Velg blant: {SECTION_HELP}.",
                )
            sections = frozenset(chosen)
        if str(args.output or "").lower().endswith(".docx"):  # Word, for the secretary to adjust
            from kunnskapsapp.exchange import docx_handout

            return docx_handout.render(db, meeting_id, sections=sections, minutes=args.referat)
        return handout.render(
            db,
            handout.HandoutOptions(meeting_id, sections=sections, minutes=args.referat),
        )
    if kind == "portfolio":
        from kunnskapsapp.reports import portfolio

        return portfolio.render(db, portfolio.PortfolioOptions(on=args.date))
    if kind == "deadlines":
        from kunnskapsapp.domain.enums import DeadlineStatus
        from kunnskapsapp.reports import deadlines
        from kunnskapsapp.services import reporting

        if args.date_from and args.date_to and args.date_from > args.date_to:
            raise ValidationError("--from", "--from kan ikke være etter --to.")
        statuses = frozenset() if args.done else frozenset({DeadlineStatus.OPEN})
        return deadlines.render(
            db,
            reporting.DeadlineFilter(
                start=args.date_from,
                end=args.date_to,
                statuses=statuses,
                group_by=args.group,
            ),
        )
    if kind == "agreements":
        from kunnskapsapp.reports import agreements

        return agreements.render(db)
    if kind == "fund":
        from kunnskapsapp.reports import fund

        if args.from_year is not None and not 1900 <= args.from_year <= 2200:
            raise ValidationError("--from-year", f"«{args.from_year}» er ikke et gyldig år.")
        return fund.render(db, fund.FundOptions(from_year=args.from_year))
    if kind == "project":
        from kunnskapsapp.reports import project_sheet

        ids = tuple(
            dict.fromkeys(resolve_id(db, m.Project, text, "--project") for text in args.project)
        )
        return project_sheet.render(db, project_sheet.ProjectSheetOptions(ids))
    raise DomainError(f"Ukjent rapport: {kind}")  # pragma: no cover - argparse prevents it
