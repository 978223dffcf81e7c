"""Shared test helpers."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from kunnskapsapp.domain.base import Base


def snapshot(db: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: compare before and after a refused change."""
    result: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as conn:
        for name, table in Base.metadata.tables.items():
            rows = [tuple(r) for r in conn.execute(select(table))]
            result[name] = sorted(rows, key=repr)
    return result
