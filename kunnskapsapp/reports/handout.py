"""Møteunderlag: the handout for a meeting, and its minutes (referat) after the meeting.

The user picks the sections; a section that has nothing to show says so. For a
contact-group meeting of a framework agreement the handout also carries the agreement, its
projects, the deadlines around the meeting, this year's fund allocations, the follow-up
items from the previous meeting and the lessons learned. What it says is built once, in
`services.reporting.handout_outline`, which the Word version lays out too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kunnskapsapp.reports.base import Rendered, ReportMeta, build_pdf, slug, start_progress
from kunnskapsapp.reports.outline import flowables
from kunnskapsapp.services import reporting
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.progress import Progress
from kunnskapsapp.services.reporting.handout_outline import SECTIONS, handout_outline, kind_name

__all__ = ["SECTIONS", "HandoutOptions", "build", "filename", "render"]


@dataclass(frozen=True)
class HandoutOptions:
    meeting_id: str
    sections: frozenset[str] = field(default_factory=lambda: frozenset(SECTIONS))
    minutes: bool = False  # the referat variant: minutes, decisions and actions


def render(db: Database, options: HandoutOptions, progress: Progress | None = None) -> Rendered:
    progress = start_progress(progress)
    facts = reporting.handout_facts(db, options.meeting_id)
    return Rendered(
        data=build(facts, options, progress),
        filename=filename(facts, options),
        title=kind_name(options.minutes) + " – " + facts.meeting.title,
    )


def filename(facts: reporting.HandoutFacts, options: HandoutOptions) -> str:
    day = facts.meeting.starts_at.date().isoformat()
    prefix = "referat" if options.minutes else "moteunderlag"
    return f"{prefix}-{day}-{slug(facts.meeting.title, 40)}.pdf"


def build(facts: reporting.HandoutFacts, options: HandoutOptions, progress: Progress) -> bytes:
    outline = handout_outline(facts, options.sections, options.minutes)
    subtitle = list(outline.subtitle)
    if outline.warning:
        subtitle.append(outline.warning)
    meta = ReportMeta(
        title=outline.title,
        subject=outline.subject,
        letterhead=facts.letterhead,
        subtitle=subtitle,
        running_title=outline.running_title,
        keywords=outline.keywords,
    )
    return build_pdf(flowables(outline.blocks), meta, progress)
