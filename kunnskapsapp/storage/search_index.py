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

import bisect
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
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
    """A text whose binary order is the Norwegian order of `name` (`norwegian_key` joined).

    Joined by a tab: it sorts below every printable character, and unlike the other control
    characters it survives `clean_text`, which every parameter passes on its way to a driver."""
    return "\t".join(part.replace("\t", " ") for part in norwegian_key(name))


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

    def values(self) -> dict[str, Any]:
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


# Every document's id is also its place in the order of results: ids of one kind lie in the
# kind's own range and grow with (sort_key, row_id), with room between them for new ones. So
# FTS5 can hand out a kind's first matches in rowid order and stop, instead of sorting them
# all ("f" matches half of everything); PostgreSQL's GIN index does not need it.
_SPAN = 1 << 56
RANGES = {source.kind: ((n + 1) * _SPAN, (n + 2) * _SPAN) for n, source in enumerate(SOURCES)}
# A document placed after the last (or before the first) of its kind takes this step, not
# half of what is left: rows created in their sort order (an import, a loop) would otherwise
# halve the room each time and renumber the whole kind every 56 rows. 2**24 rows in a row fit
# at each end, with room for 32 halvings between any two of them.
_END_STEP = _SPAN >> 24


def _in(name: str) -> BindParameter[Any]:
    return bindparam(name, expanding=True)


_OLD = text(
    f"SELECT id, row_id, sort_key, name_terms, body_terms FROM {DOC_TABLE} "
    "WHERE kind = :kind AND row_id IN :ids"
).bindparams(_in("ids"))
_FTS_DELETE = text(
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, name_terms, body_terms) "
    "VALUES ('delete', :id, :name_terms, :body_terms)"
)
_DELETE = text(f"DELETE FROM {DOC_TABLE} WHERE id IN :ids").bindparams(_in("ids"))
_INSERT = text(
    f"INSERT INTO {DOC_TABLE} (id, kind, row_id, sort_key, name_terms, body_terms, content) "
    "VALUES (:id, :kind, :row_id, :sort_key, :name_terms, :body_terms, :content)"
)
_FTS_INSERT = text(
    f"INSERT INTO {FTS_TABLE}(rowid, name_terms, body_terms) VALUES (:id, :name_terms, :body_terms)"
)
_BEFORE = text(
    f"SELECT id FROM {DOC_TABLE} WHERE kind = :kind AND (sort_key, row_id) < (:sort_key, :row_id) "
    "ORDER BY sort_key DESC, row_id DESC LIMIT 1"
)
_AFTER = text(
    f"SELECT id FROM {DOC_TABLE} WHERE kind = :kind AND (sort_key, row_id) > (:sort_key, :row_id) "
    "ORDER BY sort_key, row_id LIMIT 1"
)


def _remove(conn: Connection, old: Sequence[Any]) -> None:
    """Take documents out of the index (rows with id, name_terms, body_terms)."""
    if not old:
        return
    if conn.dialect.name == "sqlite":
        # An external-content FTS5 table forgets a row only when it is told the old words.
        conn.execute(
            _FTS_DELETE,
            [{"id": r.id, "name_terms": r.name_terms, "body_terms": r.body_terms} for r in old],
        )
    ids = [r.id for r in old]
    for start in range(0, len(ids), _CHUNK):
        conn.execute(_DELETE, {"ids": ids[start : start + _CHUNK]})


def _add(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Write documents that have their ids."""
    for start in range(0, len(rows), 2000):
        batch = rows[start : start + 2000]
        conn.execute(_INSERT, batch)
        if conn.dialect.name == "sqlite":
            conn.execute(_FTS_INSERT, batch)


def _renumber(conn: Connection, kind: str) -> None:
    """Spread a kind's ids evenly again (when two neighbours have no room left between)."""
    old = conn.execute(
        text(
            f"SELECT id, kind, row_id, sort_key, name_terms, body_terms, content FROM {DOC_TABLE} "
            "WHERE kind = :kind ORDER BY sort_key, row_id"
        ),
        {"kind": kind},
    ).all()
    _remove(conn, old)
    _add(conn, _numbered(kind, [dict(r._mapping) for r in old]))


def _numbered(kind: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows in (sort_key, row_id) order, given evenly spread ids in the kind's range."""
    low, high = RANGES[kind]
    step = (high - low) // (len(rows) + 1)
    return [{**row, "id": low + step * (n + 1)} for n, row in enumerate(rows)]


def _place(conn: Connection, doc: Doc) -> int:
    """An unused id between the neighbours of `doc` in its kind's order."""
    for _attempt in range(2):
        params = {"kind": doc.kind, "sort_key": doc.sort_key, "row_id": doc.row_id}
        before = conn.execute(_BEFORE, params).scalar()
        after = conn.execute(_AFTER, params).scalar()
        low = before if before is not None else RANGES[doc.kind][0]
        high = after if after is not None else RANGES[doc.kind][1]
        if high - low >= 2:
            half = (high - low) // 2
            if after is None and before is not None:  # a new last: rows often come in order
                return int(low + min(half, _END_STEP))
            if before is None and after is not None:  # a new first
                return int(high - min(half, _END_STEP))
            return int(low + half)
        _renumber(conn, doc.kind)
    raise AssertionError("no room in the search index after renumbering")  # pragma: no cover


def refresh(conn: Connection, kind: str, ids: Iterable[str]) -> None:
    """Bring the documents of these records up to date; a record that is gone leaves."""
    source = _BY_KIND[kind]
    for chunk in _chunks(sorted(set(ids))):
        docs = _docs(conn, source, chunk)
        old = conn.execute(_OLD, {"kind": kind, "ids": chunk}).all()
        current = {(d.row_id, d.sort_key) for d in docs}
        kept = {r.row_id: r.id for r in old if (r.row_id, r.sort_key) in current}
        _remove(conn, old)
        placed = [doc for doc in docs if doc.row_id in kept]
        new = sorted(
            (d for d in docs if d.row_id not in kept), key=lambda d: (d.sort_key, d.row_id)
        )
        # The same name keeps its place; a new or renamed one goes between its neighbours.
        _add(conn, [{**d.values(), "id": kept[d.row_id]} for d in placed])
        if len(new) > _FEW:
            _place_many(conn, kind, new)
        else:
            for doc in new:
                _add(conn, [{**doc.values(), "id": _place(conn, doc)}])


_FEW = 20  # more new documents at once than this (a bulk insert): placed in one sweep


def _place_many(conn: Connection, kind: str, docs: list[Doc]) -> None:
    """Write new documents (sorted) between their neighbours, reading the kind's order once."""
    existing = conn.execute(
        text(
            f"SELECT id, sort_key, row_id FROM {DOC_TABLE} WHERE kind = :kind "
            "ORDER BY sort_key, row_id"
        ),
        {"kind": kind},
    ).all()
    low, high = RANGES[kind]
    bounds = [low, *(r.id for r in existing), high]
    keys = [(r.sort_key, r.row_id) for r in existing]
    runs: dict[int, list[Doc]] = defaultdict(list)  # gap n (after bounds[n]) → its new docs
    for doc in docs:
        runs[bisect.bisect_left(keys, (doc.sort_key, doc.row_id))].append(doc)
    rows: list[dict[str, Any]] = []
    for gap, run in runs.items():
        step = (bounds[gap + 1] - bounds[gap]) // (len(run) + 1)
        if step < 1:
            for doc in docs:  # no room: write them anywhere free, then spread the whole kind
                _add(conn, [{**doc.values(), "id": _free_id(conn)}])
            _renumber(conn, kind)
            return
        rows.extend({**d.values(), "id": bounds[gap] + step * (n + 1)} for n, d in enumerate(run))
    _add(conn, rows)


def _free_id(conn: Connection) -> int:
    """An id outside every kind's range (for a moment, until `_renumber`)."""
    lowest = conn.execute(text(f"SELECT min(id) FROM {DOC_TABLE}")).scalar()
    return min(0, int(lowest or 0)) - 1


def rebuild(conn: Connection) -> int:
    """Index every record again (after a migration, a restore or a copy); the count."""
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')"))
    conn.execute(text(f"DELETE FROM {DOC_TABLE}"))
    count = 0
    for source in SOURCES:
        docs = sorted(_docs(conn, source, None), key=lambda d: (d.sort_key, d.row_id))
        rows = _numbered(source.kind, [d.values() for d in docs])
        for start in range(0, len(rows), 2000):
            conn.execute(_INSERT, rows[start : start + 2000])
        count += len(rows)
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
