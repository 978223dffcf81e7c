"""The global search's index: one row per searchable record, kept current with every save.

`search_doc` holds, per record, its words as the search sees them (`name_terms` from its
name or title, `body_terms` from its summaries, notes and minutes), a sort key and the text
itself for snippets. SQLite indexes the words with an FTS5 table (`search_fts`, external
content on `search_doc`); PostgreSQL with generated `tsvector` columns and a GIN index. Both
get the same words from `terms()` below, so a query finds the same records on both: each
word is lower-cased, accents are dropped (é → e, ü → u) except that æ ø å stay letters of
their own (ä → æ, ö → ø, as in Norwegian), and anything that is not a letter or a digit
separates words. Neither engine's own tokenizer or dictionary decides anything.

The index is maintained from Python, in the transaction of the save (`install` hooks every
flush and the ORM's bulk inserts of a sessionmaker), rather than by SQL triggers: triggers
would have to fold text the same way in SQLite and in PL/pgSQL (PostgreSQL's `lower()`
depends on the server's locale and `unaccent` is an extension many servers lack), and a
meeting's minutes live in child rows a trigger on one table cannot see. Writes that bypass
the ORM (the copy in backup and restore, a migration) call `rebuild`.

The tables are not models (they are not in `Base.metadata`): backup and restore copy the
records and rebuild the index; `is_index_table` tells schema comparisons to leave them out.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BindParameter, Connection, bindparam, event, inspect, select, text
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from kunnskapsapp.domain import models as _models  # noqa: F401  (registers every table)
from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.collation import norwegian_key

DOC_TABLE = "search_doc"
FTS_TABLE = "search_fts"
MAX_TOKEN = 60  # longer words are cut (PostgreSQL's lexemes have a size limit)
_CHUNK = 500


def is_index_table(name: str) -> bool:
    """The index's own tables (and FTS5's shadow tables), which are not models."""
    return name in (DOC_TABLE, FTS_TABLE) or name.startswith(FTS_TABLE + "_")


# --- Words ----------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")
_KEEP = {"æ": "æ", "ø": "ø", "å": "å", "ä": "æ", "ö": "ø", "ő": "ø", "œ": "ø", "ǽ": "æ"}


def _fold(word: str) -> str:
    out: list[str] = []
    for char in word.casefold():
        if char.isascii():
            out.append(char)
            continue
        kept = _KEEP.get(char)
        if kept is not None:
            out.append(kept)
            continue
        base = unicodedata.normalize("NFD", char)
        out.append("".join(c for c in base if not unicodedata.combining(c)) or char)
    return "".join(out)[:MAX_TOKEN]


def words(value: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, folded word) of each word of `value` (NFC-normalised first)."""
    for match in _WORD.finditer(value):
        folded = _fold(match.group())
        if folded:
            yield match.start(), match.end(), folded


def terms(*values: str | None) -> list[str]:
    """The distinct folded words of the values, in order of first appearance."""
    seen: dict[str, None] = {}
    for value in values:
        if value:
            for _start, _end, word in words(unicodedata.normalize("NFC", value)):
                seen.setdefault(word, None)
    return list(seen)


def sort_key(name: str) -> str:
    """A text whose binary order is the Norwegian order of `name` (`norwegian_key` joined)."""
    return "\x01".join(norwegian_key(name))


# --- What is indexed ------------------------------------------------------------------------


@dataclass(frozen=True)
class Child:
    """Rows whose text belongs to a parent's document (a meeting's agenda and outcomes)."""

    table: str
    parent_column: str
    columns: tuple[str, ...]
    via: tuple[str, str] | None = None  # (table, column): the parent is two steps away
    order_by: str | None = None


@dataclass(frozen=True)
class Source:
    kind: str  # also the id of the page that shows the record
    table: str
    name_columns: tuple[str, ...]  # the first non-empty one names the row, all are searched
    body_columns: tuple[str, ...]
    children: tuple[Child, ...] = ()


SOURCES: tuple[Source, ...] = (
    Source(
        "projects",
        "project",
        ("short_name", "title"),
        ("summary", "results", "notes", "rcn_project_number"),
    ),
    Source(
        "agreements",
        "agreement",
        ("title",),
        (
            "purpose",
            "notes",
            "political_anchoring",
            "administrative_anchoring",
            "termination_reason",
            "archive_case_number",
            "political_case_ref",
            "administrative_case_ref",
        ),
        (Child("agreement_evaluation", "agreement_id", ("summary", "follow_up")),),
    ),
    Source("organisations", "organisation", ("short_name", "name"), ("org_number", "notes")),
    Source("people", "person", ("name",), ("title", "email", "notes")),
    Source("deadlines", "deadline", ("title",), ("notes",)),
    Source(
        "meetings",
        "meeting",
        ("title",),
        ("place", "notes"),
        (
            Child(
                "agenda_item",
                "meeting_id",
                ("title", "description", "minutes"),
                order_by="position",
            ),
            Child("outcome", "agenda_item_id", ("text",), via=("agenda_item", "meeting_id")),
        ),
    ),
    Source("lessons", "lesson", ("title",), ("description",)),
)
KINDS = tuple(source.kind for source in SOURCES)
_BY_KIND = {source.kind: source for source in SOURCES}
_BY_TABLE = {source.table: source for source in SOURCES}
# table of a child row → (its source, the child declaration)
_CHILD_TABLES = {child.table: (source, child) for source in SOURCES for child in source.children}


@dataclass(frozen=True)
class Doc:
    kind: str
    row_id: str
    sort_key: str
    name_terms: str
    body_terms: str
    content: str

    def values(self) -> dict[str, str]:
        return {
            "kind": self.kind,
            "row_id": self.row_id,
            "sort_key": self.sort_key,
            "name_terms": self.name_terms,
            "body_terms": self.body_terms,
            "content": self.content,
        }


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _docs(conn: Connection, source: Source, ids: list[str] | None) -> list[Doc]:
    """The documents of the rows with `ids` (every row when None) as they are now."""
    table = Base.metadata.tables[source.table]
    query = select(
        table.c.id,
        *(table.c[c] for c in source.name_columns),
        *(table.c[c] for c in source.body_columns),
    )
    if ids is not None:
        query = query.where(table.c.id.in_(ids))
    extra: dict[str, list[str]] = defaultdict(list)
    for child in source.children:
        child_table = Base.metadata.tables[child.table]
        if child.via is None:
            parent = child_table.c[child.parent_column]
            child_query = select(parent, *(child_table.c[c] for c in child.columns))
        else:
            via = Base.metadata.tables[child.via[0]]
            parent = via.c[child.via[1]]
            child_query = select(parent, *(child_table.c[c] for c in child.columns)).join(
                via, via.c.id == child_table.c[child.parent_column]
            )
        if ids is not None:
            child_query = child_query.where(parent.in_(ids))
        if child.order_by:
            child_query = child_query.order_by(parent, child_table.c[child.order_by])
        for row in conn.execute(child_query):
            extra[row[0]].extend(v for v in row[1:] if v)
    n_names = len(source.name_columns)
    result = []
    for row in conn.execute(query):
        names = [v or "" for v in row[1 : 1 + n_names]]
        body = [v for v in row[1 + n_names :] if v] + extra.get(row[0], [])
        name = next((v for v in names if v), "")
        content = unicodedata.normalize("NFC", "\n".join(str(v) for v in body))
        result.append(
            Doc(
                kind=source.kind,
                row_id=row[0],
                sort_key=sort_key(name),
                name_terms=" ".join(terms(*names)),
                body_terms=" ".join(terms(content)),
                content=content,
            )
        )
    return result


# --- Writing --------------------------------------------------------------------------------


def _in(name: str) -> BindParameter[Any]:
    return bindparam(name, expanding=True)


_OLD_WORDS = text(
    f"SELECT id, name_terms, body_terms FROM {DOC_TABLE} WHERE kind = :kind AND row_id IN :ids"
).bindparams(_in("ids"))
_FTS_DELETE = text(
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, name_terms, body_terms) "
    "VALUES ('delete', :id, :name_terms, :body_terms)"
)
_DELETE = text(f"DELETE FROM {DOC_TABLE} WHERE kind = :kind AND row_id IN :ids").bindparams(
    _in("ids")
)
_INSERT = text(
    f"INSERT INTO {DOC_TABLE} (kind, row_id, sort_key, name_terms, body_terms, content) "
    "VALUES (:kind, :row_id, :sort_key, :name_terms, :body_terms, :content)"
)
_FTS_INSERT = text(
    f"INSERT INTO {FTS_TABLE}(rowid, name_terms, body_terms) "
    f"SELECT id, name_terms, body_terms FROM {DOC_TABLE} WHERE kind = :kind AND row_id IN :ids"
).bindparams(_in("ids"))


def _replace_docs(conn: Connection, kind: str, ids: list[str], docs: list[Doc]) -> None:
    """Drop the documents of `ids` and write `docs` (those of the ids that still exist)."""
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        # An external-content FTS5 table forgets a row only when it is told the old words.
        old = conn.execute(_OLD_WORDS, {"kind": kind, "ids": ids}).all()
        if old:
            conn.execute(_FTS_DELETE, [row._asdict() for row in old])
    conn.execute(_DELETE, {"kind": kind, "ids": ids})
    if docs:
        conn.execute(_INSERT, [d.values() for d in docs])
        if sqlite:
            conn.execute(_FTS_INSERT, {"kind": kind, "ids": [d.row_id for d in docs]})


def refresh(conn: Connection, kind: str, ids: Iterable[str]) -> None:
    """Bring the documents of these records up to date; a record that is gone leaves."""
    source = _BY_KIND[kind]
    unique = sorted(set(ids))
    for chunk in _chunks(unique):
        _replace_docs(conn, kind, chunk, _docs(conn, source, chunk))


def rebuild(conn: Connection) -> int:
    """Index every record again (after a migration, a restore or a copy); the count."""
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')"))
    conn.execute(text(f"DELETE FROM {DOC_TABLE}"))
    count = 0
    for source in SOURCES:
        docs = _docs(conn, source, None)
        for start in range(0, len(docs), 2000):
            conn.execute(_INSERT, [d.values() for d in docs[start : start + 2000]])
        count += len(docs)
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"))
    return count


# --- Keeping it current ---------------------------------------------------------------------


def _state_value(obj: Any, key: str) -> Any:
    """An attribute of a row as loaded or set, without loading anything (the row may be gone)."""
    state = inspect(obj)
    if key in state.dict:
        return state.dict[key]
    return state.committed_state.get(key)


def _row_id(obj: Any) -> str | None:
    state = inspect(obj)
    if state.identity is not None:
        return str(state.identity[0])
    value = state.dict.get("id")
    return str(value) if value is not None else None


class _Touched:
    """Per kind, the ids whose document a write may have changed."""

    def __init__(self) -> None:
        self.ids: dict[str, set[str]] = defaultdict(set)
        self._via: dict[Child, set[str]] = defaultdict(set)

    def row(self, table: str | None, values: Any) -> None:
        """A written row of `table`; `values(key)` reads one of its columns."""
        if table in _BY_TABLE:
            row_id = values("id")
            if row_id is not None:
                self.ids[_BY_TABLE[table].kind].add(str(row_id))
        elif table in _CHILD_TABLES:
            source, child = _CHILD_TABLES[table]
            parent = values(child.parent_column)
            if parent is None:
                return
            if child.via is None:
                self.ids[source.kind].add(str(parent))
            else:
                self._via[child].add(str(parent))

    def refresh(self, conn: Connection) -> None:
        if not self.ids and not self._via:
            return
        for child, ids in self._via.items():
            assert child.via is not None
            source, _child = _CHILD_TABLES[child.table]
            table = Base.metadata.tables[child.via[0]]
            column = table.c[child.via[1]]
            for chunk in _chunks(sorted(ids)):
                found = conn.execute(select(column).where(table.c.id.in_(chunk))).scalars()
                self.ids[source.kind].update(str(v) for v in found if v is not None)
        self._via.clear()
        for kind in KINDS:
            if self.ids.get(kind):
                refresh(conn, kind, self.ids[kind])
        self.ids.clear()


def _values_of(obj: Any) -> Any:
    return lambda key: _row_id(obj) if key == "id" else _state_value(obj, key)


def _after_flush(session: Session, _context: Any) -> None:
    touched = _Touched()
    for obj in (*session.new, *session.dirty, *session.deleted):
        touched.row(getattr(obj, "__tablename__", None), _values_of(obj))
    touched.refresh(session.connection())


def _bulk_insert(state: ORMExecuteState) -> Any:
    """ORM bulk inserts (`session.execute(insert(Model), rows)`) are indexed as they land."""
    if not state.is_insert:
        return None
    name = getattr(getattr(state.statement, "table", None), "name", None)
    if name not in _BY_TABLE and name not in _CHILD_TABLES:
        return None
    params = state.parameters
    rows: list[Any] = list(params) if isinstance(params, list) else [params] if params else []
    result = state.invoke_statement()
    touched = _Touched()
    for row in rows:
        touched.row(name, row.get)
    touched.refresh(state.session.connection())
    return result


def install(sessions: sessionmaker[Session]) -> None:
    """Keep the index current in the transaction of every save made by these sessions."""
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _bulk_insert)
