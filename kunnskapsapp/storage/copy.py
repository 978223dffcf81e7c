"""Copying every row of ours from one database into another, on any pair of engines.

Tables go parent first (SQLAlchemy's dependency order). A row may also name a row of its own
table (a project's parent project, an agreement's parent agreement), and the server returns
rows in no particular order, so those columns are inserted empty and filled in once every row
of the table is there. Text is cleaned on the way (`clean_text`), so a NUL that SQLite kept
never reaches PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, Enum, String, Table, Text, bindparam, select

from kunnskapsapp.domain import models as _models  # noqa: F401  (registers every table)
from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.text import clean_text
from kunnskapsapp.storage import search_index

Progress = Callable[[int, int], None]

BATCH = 1000


def self_references(table: Table) -> list[str]:
    """The columns of `table` that point at a row of the same table."""
    return sorted(fk.parent.name for fk in table.foreign_keys if fk.column.table is table)


def _text_columns(table: Table) -> list[str]:
    return [
        c.name
        for c in table.columns
        if isinstance(c.type, (String, Text)) and not isinstance(c.type, Enum)
    ]


def _copy_table(src: Connection, dst: Connection, table: Table) -> None:
    own = self_references(table)
    texts = _text_columns(table)
    key = [c.name for c in table.primary_key.columns]
    stamped = [c.name for c in table.columns if c.onupdate is not None]
    pending: list[dict[str, Any]] = []
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        if batch:
            dst.execute(table.insert(), batch)
            batch.clear()

    for row in src.execute(select(table)):
        values = dict(row._mapping)
        for name in texts:
            if isinstance(values[name], str):
                values[name] = clean_text(values[name])
        later = {name: values[name] for name in own if values[name] is not None}
        if later:
            # The update below would otherwise stamp a new time on columns like updated_at.
            later.update({name: values[name] for name in stamped})
            pending.append({**{f"k_{k}": values[k] for k in key}, **later})
            for name in own:
                values[name] = None
        batch.append(values)
        if len(batch) >= BATCH:
            flush()
    flush()
    for name in own:
        rows = [
            {
                **{k: v for k, v in row.items() if k.startswith("k_")},
                **{f"v_{c}": row[c] for c in [name, *stamped]},
            }
            for row in pending
            if name in row
        ]
        if not rows:
            continue
        statement = table.update().values({c: bindparam(f"v_{c}") for c in [name, *stamped]})
        for k in key:
            statement = statement.where(table.c[k] == bindparam(f"k_{k}"))
        for start in range(0, len(rows), BATCH):
            dst.execute(statement, rows[start : start + BATCH])


def copy_rows(source: Engine, target: Engine, progress: Progress | None = None) -> None:
    """Replace every row of ours in `target` (migrated to the same revision) with `source`'s."""
    tables = Base.metadata.sorted_tables
    with source.connect() as src, target.begin() as dst:
        for table in reversed(tables):
            dst.execute(table.delete())
        for index, table in enumerate(tables):
            _copy_table(src, dst, table)
            if progress:
                progress(index + 1, len(tables))
        search_index.rebuild(dst)  # the copy went around the ORM: index what it brought
        if target.dialect.name == "postgresql":
            # Keep the change log's serial counter past the copied ids.
            dst.exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence('change_log', 'id'), "
                "COALESCE((SELECT max(id) FROM change_log), 0) + 1, false)"
            )
