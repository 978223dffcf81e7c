"""Alembic environment. The app runs migrations itself (kunnskapsapp.storage.migrations) and
hands a connection in `config.attributes["connection"]`; `alembic` on the command line works
too, with `-x url=...` or KUNNSKAPSAPP_DATABASE."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine

from kunnskapsapp.domain import models  # noqa: F401  (registers every table)
from kunnskapsapp.domain.base import Base
from kunnskapsapp.storage.search_index import is_index_table

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
        # The search index's tables are written by hand, not models: autogenerate leaves them.
        include_name=lambda name, type_, _parent: type_ != "table" or not is_index_table(name),
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = (
        context.get_x_argument(as_dictionary=True).get("url") or os.environ["KUNNSKAPSAPP_DATABASE"]
    )
    from kunnskapsapp.storage.engine import normalise_url

    engine = create_engine(normalise_url(url))
    with engine.begin() as conn:
        _run(conn)
