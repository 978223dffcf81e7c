"""The errors users may meet, each with a Norwegian message that says what to do.

Everything a user can cause raises a `DomainError`; anything else is a bug and goes to the
crash dialog. Services raise before writing, so a refused change leaves the database as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


class DomainError(Exception):
    """An expected problem with a plain Norwegian message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(DomainError):
    """Invalid input for one field; `field` is the attribute name the form shows it beside.

    The message is a template, `%1`, `%2`, ... filled in from `values`: a field or a link as
    its declaration (`FieldSpec`: its label), an entity as its `EntitySpec` (its noun), a
    choice, a date, an amount as `Kroner(n)`, `Lower(x)` for x in lower case, anything else
    as text. `message` is the Norwegian text; the window shows the template translated in
    `context` and filled in its own language (kunnskapsapp.domain.i18n.message), so the
    template must be a literal string for the catalogue's tool to find it."""

    def __init__(
        self, field: str, template: str, *values: Any, context: str = "Validation"
    ) -> None:
        super().__init__(fill(template, values, norwegian))
        self.field = field
        self.template = template
        self.values = values
        self.context = context


@dataclass(frozen=True)
class Kroner:
    """An amount in a message: `1 250 000 kr`, or `NOK 1,250,000` in an English window."""

    amount: int


@dataclass(frozen=True)
class Lower:
    """A value in a message in lower case (a label inside a sentence)."""

    value: Any


@dataclass(frozen=True)
class Plural:
    """An entity's plural noun in a message (`prosjekter`); `spec` is its `EntitySpec`."""

    spec: Any


@dataclass(frozen=True)
class Number:
    """A count in a message: `1 250`, or `1,250` in an English window."""

    n: int


@dataclass(frozen=True)
class Count:
    """A count with its word in a message: `1 minutt`, `45 minutter`. The window in English
    reads the words as nouns (kunnskapsapp.domain.i18n: contexts `Singular` and `Plural`), so
    they must be literal strings for the catalogue's tool to find them."""

    n: int
    singular: str
    plural: str


@dataclass(frozen=True)
class Percent:
    """A rate (0.5 for 50 %) in a message: `50,0 %`, or `50.0%` in an English window."""

    rate: float


class Phrase(str):
    """A Norwegian text a service gives the window (a warning, why a day is no working day,
    what an import does with a row), made as a `ValidationError`'s message is: the text
    itself is the Norwegian, so reports, exports and the command line read it as they read
    any text; `template`, `values` and `context` let the window show it in its own language
    (kunnskapsapp.domain.i18n.message). A literal template is found by the catalogue's tool;
    a phrase made from data (a field's label) must be in `i18n.catalogue()` already."""

    template: str
    values: tuple[Any, ...]
    context: str

    def __new__(cls, template: str, *values: Any, context: str = "Validation") -> Phrase:
        phrase = super().__new__(cls, fill(template, values, norwegian))
        phrase.template = template
        phrase.values = values
        phrase.context = context
        return phrase

    @classmethod
    def of(cls, error: ValidationError) -> Phrase:
        """A validation error's message as a phrase (the same Norwegian text)."""
        return cls(error.template, *error.values, context=error.context)


def fill(template: str, values: tuple[Any, ...], shown: Any) -> str:
    """`template` with `%1`, `%2`, ... replaced by `shown(value)` in one pass, so that a value
    that itself holds `%2` (a title someone typed) stays as it is."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return shown(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return re.sub(r"%(\d+)", value, template)


def norwegian(value: Any) -> str:
    """A message's value as the Norwegian message writes it."""
    from kunnskapsapp.domain.rules import format_kroner

    if isinstance(value, Lower):
        return norwegian(value.value).lower()
    if isinstance(value, Kroner):
        return format_kroner(value.amount)
    if isinstance(value, Number | Count):
        from kunnskapsapp.domain.language import count_noun, format_count

        if isinstance(value, Number):
            return format_count(value.n)
        return count_noun(value.n, value.singular, value.plural)
    if isinstance(value, Plural):
        return str(value.spec.plural)
    if isinstance(value, Percent):
        from kunnskapsapp.domain.rules import percent_text

        return percent_text(value.rate)
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    label = getattr(value, "label", None)  # a field's declaration, a choice
    if isinstance(label, str):
        return label
    noun = getattr(value, "singular", None)  # an entity's declaration
    if isinstance(noun, str):
        return noun
    return str(value)


class NotFoundError(DomainError):
    pass


class StaleVersionError(DomainError):
    """Somebody else saved the row after this user opened it."""

    def __init__(self, message: str, *, current: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.current = current or {}


class DependencyError(DomainError):
    """A row cannot be deleted because others depend on it."""


class DatabaseError(DomainError):
    """The database file or server cannot be used as it is (missing, damaged, newer, locked)."""
