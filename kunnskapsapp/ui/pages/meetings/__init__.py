"""Møter: contact-group and project meetings with their participants, an agenda in the order
the user sets, a warning when the agenda runs longer than the meeting, and outcomes whose
follow-up items become deadlines."""

from kunnskapsapp.ui.pages.meetings.page import MeetingsPage

__all__ = ["MeetingsPage"]
