"""Settings are declared once in ui/settings.py: each key once, and the fund page remembers
the tab in front and its split through the declared settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from kunnskapsapp.ui import settings
from kunnskapsapp.ui.pages.fund import FundPage


def test_every_declared_setting_has_its_own_key() -> None:
    declared = [v for v in vars(settings).values() if isinstance(v, settings.Setting)]
    keys = [s.key for s in declared]
    assert len(declared) >= 6
    assert len(keys) == len(set(keys))
    for setting in declared:
        assert isinstance(setting.default, setting.type)


def test_the_fund_page_remembers_its_tab_and_split(qtbot: Any, db: Any) -> None:
    QSettings().remove("pages/fund")
    QSettings().remove("pages/fund_years")
    page = FundPage(db)
    qtbot.addWidget(page)
    page.restore_state()
    assert page.tabs.currentIndex() == 0  # the default
    page.tabs.setCurrentIndex(1)
    page.save_state()
    assert settings.FUND_TAB.get() == 1
    assert isinstance(settings.FUND_YEARS_LEFT_SPLITTER.get(), QByteArray)
    assert not settings.FUND_YEARS_LEFT_SPLITTER.get().isEmpty()

    again = FundPage(db)
    qtbot.addWidget(again)
    again.restore_state()
    assert again.tabs.currentIndex() == 1
