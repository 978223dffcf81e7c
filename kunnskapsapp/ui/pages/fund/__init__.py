"""Finansiering og fond: the research and innovation fund year by year (appropriation,
allocations, what is left, the four-year budget plan's commitments, over-commitment), and
every funding line across the projects.

Two tabs, each a `ListPage`; `FundPage` holds them and passes the page interface the main
window uses (new, save, delete, search, print, state) to the tab in front. The rows come from
`kunnskapsapp.services.fund`; the modules here only lay them out.
"""

from kunnskapsapp.ui.pages.fund.page import FundPage

__all__ = ["FundPage"]
