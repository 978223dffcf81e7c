"""The colours of the charts Oversikt shows and the reports print, by role: set aside,
taken, over or overdue. The reports (reports/style.py, reports/charts.py) and the screen's
light palette (ui/palette.py) read them from here, so a chart looks the same on screen and
on paper; a module of its own so that the window need not import ReportLab to start."""

CHART_HEX = {"planned": "#7a8793", "used": "#1d4f73", "warning": "#a4262c"}
