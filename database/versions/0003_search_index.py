"""The global search's index (search_doc, and FTS5 on SQLite or tsvector + GIN on PostgreSQL)

Revision ID: 0003_search
Revises: 0001
Create Date: 2026-12-02 07:10:00

The tables are not models: kunnskapsapp.storage.search_index writes them (and explains why
from Python rather than from triggers). The upgrade indexes the records already there.
"""

from __future__ import annotations

from alembic import op

from kunnskapsapp.storage import search_index

revision = "0003_search"
down_revision = "0001"
branch_labels = None
depends_on = None

_SQLITE = (
    """
    CREATE TABLE search_doc (
        id INTEGER PRIMARY KEY,  -- its place in the results: see search_index.RANGES
        kind VARCHAR(20) NOT NULL,
        row_id VARCHAR(36) NOT NULL,
        sort_key TEXT NOT NULL,
        name_terms TEXT NOT NULL,
        body_terms TEXT NOT NULL,
        content TEXT NOT NULL,
        UNIQUE (kind, row_id)
    )
    """,
    "CREATE INDEX ix_search_doc_order ON search_doc (kind, sort_key, row_id)",
    # The words are folded already (search_index.terms): the tokenizer only splits at spaces.
    """
    CREATE VIRTUAL TABLE search_fts USING fts5(
        name_terms, body_terms,
        content='search_doc', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0', prefix='1 2 3'
    )
    """,
)

_POSTGRESQL = (
    """
    CREATE TABLE search_doc (
        id BIGINT PRIMARY KEY,
        kind VARCHAR(20) NOT NULL,
        row_id VARCHAR(36) COLLATE "C" NOT NULL,
        sort_key TEXT COLLATE "C" NOT NULL,
        name_terms TEXT NOT NULL,
        body_terms TEXT NOT NULL,
        content TEXT NOT NULL,
        name_tsv TSVECTOR GENERATED ALWAYS AS (
            array_to_tsvector(array_remove(string_to_array(name_terms, ' '), ''))
        ) STORED,
        terms_tsv TSVECTOR GENERATED ALWAYS AS (
            array_to_tsvector(
                array_remove(string_to_array(name_terms || ' ' || body_terms, ' '), '')
            )
        ) STORED,
        UNIQUE (kind, row_id)
    )
    """,
    "CREATE INDEX ix_search_doc_order ON search_doc (kind, sort_key, row_id)",
    "CREATE INDEX ix_search_doc_terms ON search_doc USING GIN (terms_tsv)",
)


def upgrade() -> None:
    bind = op.get_bind()
    for statement in _SQLITE if bind.dialect.name == "sqlite" else _POSTGRESQL:
        op.execute(statement)
    search_index.rebuild(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE search_fts")
    op.execute("DROP TABLE search_doc")
