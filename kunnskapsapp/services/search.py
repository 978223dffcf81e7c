"""Find anything: the global search over projects, agreements, organisations, people,
deadlines, meetings and lessons.

Every word of the query must begin a word of the record (its name, summaries, notes, minutes):
"klima bær" finds "Klimatilpasning i Bærum". Results come grouped by kind in a fixed order
(`KINDS`); within a kind, records whose name holds every word come first, then by name in
Norwegian order. The same query gives the same results on SQLite and PostgreSQL: both search
the words `storage.search_index` folded, and sort by the same binary key.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from kunnskapsapp.domain.base import Base
from kunnskapsapp.services.records import name_pairs
from kunnskapsapp.storage.search_index import KINDS, RANGES, SOURCES, terms, words

if TYPE_CHECKING:
    from kunnskapsapp.services.database import Database

__all__ = ["KINDS", "Hit", "search"]

SNIPPET_CHARS = 90
MAX_WORDS = 8  # more words than this in a query: the rest are ignored


@dataclass(frozen=True)
class Hit:
    """One record found: its kind (the id of the page that shows it), id, name and the text
    around the first word that matched outside the name ("" if only the name matched)."""

    kind: str
    id: str
    name: str
    snippet: str


# A kind's first matches in rowid order, which is the order of results (search_index.RANGES).
_SQLITE_FIRST = text(
    "SELECT rowid FROM search_fts WHERE search_fts MATCH :query "
    "AND rowid > :low AND rowid < :high ORDER BY rowid LIMIT :limit"
)
_SQLITE_DOCS = text(
    "SELECT id, kind, row_id, sort_key, content FROM search_doc WHERE id IN :ids"
).bindparams(bindparam("ids", expanding=True))

_POSTGRESQL = text(
    """
    WITH q AS (SELECT CAST(:query AS tsquery) AS q),
    ranked AS (
        SELECT d.kind, d.row_id, d.sort_key, d.content, NOT (d.name_tsv @@ q.q) AS tier,
               row_number() OVER (
                   PARTITION BY d.kind ORDER BY NOT (d.name_tsv @@ q.q), d.sort_key, d.row_id
               ) AS n
        FROM search_doc d, q WHERE d.terms_tsv @@ q.q
    )
    SELECT kind, row_id, sort_key, content, tier FROM ranked WHERE n <= :limit
    """
)

_MODELS: dict[str, type[Base]] = {
    source.kind: next(
        mapper.class_
        for mapper in Base.registry.mappers
        if getattr(mapper.class_, "__tablename__", None) == source.table
    )
    for source in SOURCES
}


def query_words(query: str) -> list[str]:
    """The folded words of what the user typed, as the index holds them."""
    return terms(query)[:MAX_WORDS]


def search(db: Database, query: str, limit_per_kind: int = 5) -> list[Hit]:
    """The records that match every word of `query`, grouped by kind in `KINDS` order."""
    tokens = query_words(query)
    if not tokens or limit_per_kind <= 0:
        return []
    with db.session() as session:
        if db.dialect == "sqlite":
            rows = _sqlite_rows(session, tokens, limit_per_kind)
        else:
            query = " & ".join(f"'{t}':*" for t in tokens)  # words: letters and digits only
            params = {"query": query, "limit": limit_per_kind}
            rows = list(session.execute(_POSTGRESQL, params).all())
        by_kind: dict[str, list[Any]] = {}
        for row in rows:
            by_kind.setdefault(row.kind, []).append(row)
        hits: list[Hit] = []
        for kind in KINDS:
            found = sorted(by_kind.get(kind, []), key=lambda r: (r.tier, r.sort_key, r.row_id))
            if not found:
                continue
            # Names as the rest of the app shows them; a row deleted meanwhile drops out.
            names = dict(name_pairs(session, _MODELS[kind], {r.row_id for r in found}))
            hits.extend(
                Hit(kind, r.row_id, names[r.row_id], snippet(r.content, tokens))
                for r in found
                if r.row_id in names
            )
    return hits


def _sqlite_rows(session: Session, tokens: list[str], limit: int) -> list[Any]:
    words_ = " AND ".join(f'"{t}"*' for t in tokens)  # words: letters and digits only
    in_name = f"name_terms : ({words_})"
    tiers = ((0, in_name), (1, f"({words_}) NOT ({in_name})"))
    found: dict[int, int] = {}  # document id → tier
    for kind in KINDS:
        low, high = RANGES[kind]
        for tier, query in tiers:
            wanted = limit - sum(1 for i in found if low < i < high)
            if wanted <= 0:
                break
            params = {"query": query, "low": low, "high": high, "limit": wanted}
            found.update((i, tier) for i in session.execute(_SQLITE_FIRST, params).scalars())
    if not found:
        return []
    docs = session.execute(_SQLITE_DOCS, {"ids": list(found)}).all()
    return [SimpleNamespace(**r._asdict(), tier=found[r.id]) for r in docs]


def snippet(content: str, tokens: list[str], width: int = SNIPPET_CHARS) -> str:
    """About `width` characters of `content` around the first word that begins with a token."""
    content = unicodedata.normalize("NFC", content)
    first = next((w for w in words(content) if any(w[2].startswith(t) for t in tokens)), None)
    if first is None:
        return ""
    start, end, _word = first
    before = max(0, (width - (end - start)) // 3)
    left = max(0, start - before)
    right = min(len(content), left + width)
    if left > 0:  # start at a word, not inside one
        space = content.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(content):
        space = content.rfind(" ", end, right)
        right = space if space >= 0 else right
    lines = (" ".join(line.split()) for line in content[left:right].splitlines())
    piece = " · ".join(line for line in lines if line)  # one field or agenda item per line
    return ("…" if left > 0 else "") + piece + ("…" if right < len(content) else "")
