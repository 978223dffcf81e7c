"""Records whose keys are known before they are read, held in slots instead of a hash table.

A list of 20 000 projects is 20 000 records of the same 45 keys. As plain dicts each carries
its own hash table, sized for 85 keys: 1.6 kB before a single value. `record_class(shape)`
makes, once per shape, a `Record` subclass that keeps those keys in slots (8 bytes each, 0.4 kB
a project) and any key added later in the dict it still is. It behaves as the dict it is
everywhere the app looks: `record["title"]`, `record.title`, `get`, `in`, `len`, iteration in
the shape's order, `dict(record)`, `**record`, equality with plain dicts, copies, pickling.
Two differences: C code that reads a dict's own table directly (`json.dumps`, `dict.get`)
sees an empty dict, so such code is given `dict(record)`; and a key of the shape deleted and
set again comes back at its place in the shape, not at the end. Qt-free.
"""

from __future__ import annotations

import keyword
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any, ClassVar

from kunnskapsapp.services.records import Record

_MISSING = object()
# A slot's value without Record.__getattr__ as fallback (that asks self[key] again).
_read = object.__getattribute__


def _has(record: object, key: str) -> bool:
    try:
        _read(record, key)
    except AttributeError:  # deleted
        return False
    return True


class CompactRecord(Record):
    """A `Record` whose `_shape` keys are slots (made by `record_class`), the rest in the dict."""

    __slots__ = ()
    _shape: ClassVar[tuple[str, ...]] = ()
    _in_shape: ClassVar[frozenset[str]] = frozenset()

    # --- reading ---
    def __getitem__(self, key: str) -> Any:
        if key in self._in_shape:
            try:
                return _read(self, key)
            except AttributeError:  # deleted
                raise KeyError(key) from None
        return dict.__getitem__(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        if key in self._in_shape:
            try:
                return _read(self, key)
            except AttributeError:  # deleted
                return default
        return dict.get(self, key, default)

    def __contains__(self, key: object) -> bool:
        if key in self._in_shape:
            return _has(self, key)
        return dict.__contains__(self, key)

    def _present(self) -> list[str]:
        return [k for k in self._shape if _has(self, k)]

    def __iter__(self) -> Iterator[str]:
        yield from self._present()
        yield from dict.__iter__(self)

    def __len__(self) -> int:
        return len(self._present()) + dict.__len__(self)

    def __bool__(self) -> bool:
        return len(self) > 0

    def _as_dict(self) -> dict[str, Any]:
        out = {k: _read(self, k) for k in self._present()}
        out.update(dict.items(self))
        return out

    def keys(self) -> Any:  # dict_keys, as a dict's
        return self._as_dict().keys()

    def values(self) -> Any:
        return self._as_dict().values()

    def items(self) -> Any:
        return self._as_dict().items()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CompactRecord):
            return self._as_dict() == other._as_dict()
        if isinstance(other, dict):
            return self._as_dict() == other
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None  # type: ignore[assignment]  # mutable, as a dict

    def __repr__(self) -> str:
        return f"Record({self._as_dict()!r})"

    # --- writing ---
    def __setitem__(self, key: str, value: Any) -> None:
        if key in self._in_shape:
            setattr(self, key, value)
        else:
            dict.__setitem__(self, key, value)

    def __delitem__(self, key: str) -> None:
        if key in self._in_shape:
            if not _has(self, key):
                raise KeyError(key)
            delattr(self, key)
        else:
            dict.__delitem__(self, key)

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return self[key]

    def pop(self, key: str, default: Any = _MISSING) -> Any:
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is _MISSING:
            raise KeyError(key)
        return default

    def popitem(self) -> tuple[str, Any]:
        for key in reversed(list(self)):
            return key, self.pop(key)
        raise KeyError("popitem(): the record is empty")

    def clear(self) -> None:
        for key in self._present():
            delattr(self, key)
        dict.clear(self)

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def copy(self) -> CompactRecord:
        twin = type(self).__new__(type(self))
        for key in self._present():
            setattr(twin, key, _read(self, key))
        dict.update(twin, dict.items(self))
        return twin

    def __copy__(self) -> CompactRecord:
        return self.copy()

    def __or__(self, other: Any) -> Record:  # type: ignore[override]  # dict's overloads
        merged = Record(self._as_dict())
        merged.update(other)
        return merged

    def __ror__(self, other: Any) -> Record:  # type: ignore[override]
        merged = Record(other)
        merged.update(self._as_dict())
        return merged

    def __ior__(self, other: Any) -> CompactRecord:  # type: ignore[override]
        self.update(other)
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # copy.deepcopy and pickle: a plain Record
        return (Record, (self._as_dict(),))

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return self.__reduce__()


_DICT_NAMES = frozenset(dir(Record)) | {"self"}  # a slot would hide a method; `self` is taken


def _fits_slots(shape: tuple[str, ...]) -> bool:
    return len(set(shape)) == len(shape) and all(
        k.isidentifier()
        and not keyword.iskeyword(k)
        and not k.startswith("_")
        and k not in _DICT_NAMES
        for k in shape
    )


@cache
def record_class(shape: tuple[str, ...]) -> Callable[..., Record]:
    """A maker of records of these keys: `make(v1, v2, …)` gives the first keys their values
    in order and the rest None. A `CompactRecord` class where the keys can be slots; where one
    cannot (not a name, or a dict method's name) a plain `Record` of the same keys."""
    if not _fits_slots(shape):
        template = dict.fromkeys(shape)

        def plain(*values: Any) -> Record:
            record = Record(template)
            record.update(zip(shape, values, strict=False))
            return record

        return plain
    # __init__ written out, one store per key, as dataclasses and namedtuple do: a loop over
    # setattr costs three times as much for each of 20 000 rows.
    args = ", ".join(f"{k}=None" for k in shape)
    body = "".join(f"\n    self.{k} = {k}" for k in shape) or "\n    pass"
    namespace: dict[str, Any] = {}
    exec(f"def __init__(self, {args}):{body}", namespace)  # names checked above
    return type(
        "Record",
        (CompactRecord,),
        {
            "__slots__": shape,
            "__init__": namespace["__init__"],
            "__module__": __name__,
            "_shape": shape,
            "_in_shape": frozenset(shape),
        },
    )
