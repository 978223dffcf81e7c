"""Oversikt: what needs attention today, and the portfolio at a glance.

Overdue deadlines, the next 30 days, agreements due for evaluation, project agreements that
must be fulfilled after their framework agreement was terminated, this year's fund and the
portfolio summary. Every listed item opens its record (Enter or double-click).

It is the first page shown, so its figures are fetched off the UI thread: the window is up at
once and the sections fill in when the services answer.
"""

from kunnskapsapp.ui.pages.dashboard.page import DashboardPage

__all__ = ["DashboardPage"]
