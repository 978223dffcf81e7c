"""A place in a window's tab order kept for widgets made later.

Qt puts each widget it makes at the end of its window's focus chain: a form built a turn
after its page would come after everything else, where Tab from the list should go into it.
`TabPlace` is made where the widgets belong; `make()` builds them and moves them there, in
the order they were made."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def _next(widget: QWidget) -> QWidget:
    following = widget.nextInFocusChain()
    assert following is not None  # (the chain is a ring)
    return following


class TabPlace:
    """Made among `parent`'s widgets where later ones belong in the tab order."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.mark = QWidget(parent)  # never shown
        self.mark.hide()

    def make(self, build: Callable[[], W]) -> W:
        """`build()`'s widget, with everything in it put at this place in the tab order."""
        # Marked before and after: the walk asks only what lies between the marks for its
        # next (PySide ties what nextInFocusChain returns to the widget asked: a walk past
        # them kept a dialog alive and freed a widget still in use).
        start = QWidget(self.parent)
        start.hide()
        made = build()
        end = QWidget(made)
        end.hide()
        block: list[QWidget] = []
        widget = _next(start)
        while widget is not end and widget is not start:
            if widget is made or made.isAncestorOf(widget):
                block.append(widget)
            widget = _next(widget)
        # All of them, also those that take no focus (one may pass it on to its focus proxy,
        # a date field to its text box): setTabOrder passes over those, so each is moved as
        # one that takes the focus, and given back its own policy after.
        policies = [(w, w.focusPolicy()) for w in block]
        for w in [self.mark, *block]:
            w.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for before, after in itertools.pairwise([self.mark, *block]):
            QWidget.setTabOrder(before, after)
        self.mark.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for w, policy in policies:
            w.setFocusPolicy(policy)
        # (a widget's policy is also given to its focus proxy: a table's viewport gave the
        # table its own NoFocus; those that take the focus are set once more)
        for w, policy in policies:
            if policy != Qt.FocusPolicy.NoFocus:
                w.setFocusPolicy(policy)
        return made
