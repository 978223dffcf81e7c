"""Long lists read from the database as records: a Core query of a model's table, read in
slices, each record made at its final size with every column, the many-to-many ids, the
display name, the referenced names and what the enrichers derive (granted funding, days
left). The services' list reads and `crud.records` go through `records_from_query`; the
services register their enrichers with `enricher`. Qt-free."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Date, DateTime
from sqlalchemy.orm import Session

from kunnskapsapp import memory
from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.entities import entity
from kunnskapsapp.services.compact import record_class
from kunnskapsapp.services.records import (
    Record,
    add_links,
    add_ref_names,
    display_from_values,
    ref_name_keys,
    streamed,
)

# Extra derived fields for records: (session, records) → None, mutating the records.
Enricher = Callable[[Session, list[Record]], None]
_ENRICHERS: dict[type[Base], list[Enricher]] = {}
_ENRICHED_KEYS: dict[type[Base], tuple[str, ...]] = {}  # the keys each model's enrichers add


def enricher(*models: type[Base], adds: tuple[str, ...] = ()) -> Callable[[Enricher], Enricher]:
    """Register `fn` to add derived fields to every record of these models; `adds` names
    the keys it gives each record, in its order, so long lists make records at their final
    size."""

    def register(fn: Enricher) -> Enricher:
        for model in models:
            _ENRICHERS.setdefault(model, []).append(fn)
            _ENRICHED_KEYS[model] = (*_ENRICHED_KEYS.get(model, ()), *adds)
        return fn

    return register


SET_ASIDE_AT = 2000  # a list of this many records is set aside from the garbage collector


def records_from_query(
    session: Session,
    model: type[Base],
    query: Any,
    keep: set[Any] | None = None,
    rows: int | None = None,
) -> list[Record]:
    """Records straight from a Core query of the model's table: no ORM objects, so long lists
    load fast (20 000 deadlines in a fraction of the time). The same shape as `records()`:
    every column, the many-to-many ids, the display name, referenced names, derived fields.
    `rows`: how many rows the query reads at most, where known (`records.streamed`)."""
    result: list[Record] = []
    # Read in slices: the driver's rows for all of a long list never exist at once beside
    # the records made of them (for 33 000 deadlines that held twice their memory).
    result_rows = session.execute(streamed(query, rows))
    columns = list(result_rows.keys())
    # Each record made at its final size, its keys in the slots of its shape
    # (kunnskapsapp.services.compact): a quarter of a dict's size.
    make = record_class((*columns, *_added_keys(model)))
    # The columns whose values repeat held once each as the rows come: the copies of one
    # date or id never pile up beside the records (33 000 deadlines' dates were 8 MiB).
    repeating = set(_repeating_columns(model))
    shared: list[tuple[int, dict[Any, Any]]] = [
        (i, {}) for i, c in enumerate(columns) if c in repeating
    ]
    for part in result_rows.partitions():
        for row in part:
            if shared:
                values = list(row)
                for i, seen in shared:
                    value = values[i]
                    values[i] = seen.setdefault(value, value)
                record = make(*values)
            else:
                record = make(*row)
            if keep is None or record["id"] in keep:
                result.append(record)
    del shared
    add_links(session, model, result)
    for record in result:
        record["display_name"] = display_from_values(model, record)
    _finish(session, model, result)
    if len(result) > 1:
        _share_repeated(result, _ENRICHED_KEYS.get(model, ()))
    if len(result) >= SET_ASIDE_AT:  # long-lived: out of the collector's way (kunnskapsapp.memory)
        memory.set_aside()
    return result


def _added_keys(model: type[Base]) -> tuple[str, ...]:
    """The keys a model's records get beside their columns, in the order they are added:
    the links', the display name, the referenced names, the enrichers'."""
    links = [link.key for link in entity(model).links]
    return (*links, "display_name", *ref_name_keys(model), *_ENRICHED_KEYS.get(model, ()))


def _repeating_columns(model: type[Base]) -> tuple[str, ...]:
    """The columns whose values repeat across many rows: who created or changed a row and
    when, its dates, and the ids of the rows it refers to (20 000 projects have a few
    hundred managers)."""
    return tuple(
        c.name
        for c in model.__table__.columns
        if isinstance(c.type, Date | DateTime)
        or c.name in ("created_by", "updated_by")
        or c.foreign_keys
    )


def _share_repeated(records: list[Record], keys: tuple[str, ...]) -> None:
    """Hold each value of these keys once: what the enrichers derive (sums, days left,
    partner names) repeats as the columns do. Only values that cannot change in place are
    shared (a key whose values are lists is left as it is)."""
    for key in keys:
        shared: dict[Any, Any] = {}
        try:
            for record in records:
                value = record[key]
                record[key] = shared.setdefault(value, value)
        except TypeError:  # an unhashable (mutable) value: not to be shared
            continue


def _finish(session: Session, model: type[Base], result: list[Record]) -> list[Record]:
    add_ref_names(session, model, result)
    for fn in _ENRICHERS.get(model, []):
        fn(session, result)
    return result
