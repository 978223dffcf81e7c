"""Frister: every deadline in a table beside a month calendar.

Overdue deadlines are red, the next 30 days highlighted, done ones grey. The calendar marks
the days that have deadlines (overdue in red) and flags weekends and public holidays; a click
on a day shows only that day's deadlines. "Marker som utført" closes a deadline, and a
recurring one gets its next occurrence.
"""

from kunnskapsapp.ui.pages.deadlines.page import DeadlinesPage

__all__ = ["DeadlinesPage"]
