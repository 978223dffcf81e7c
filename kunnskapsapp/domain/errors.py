"""The errors users may meet, each with a Norwegian message that says what to do.

Everything a user can cause raises a `DomainError`; anything else is a bug and goes to the
crash dialog. Services raise before writing, so a refused change leaves the database as it was.
"""

from __future__ import annotations


class DomainError(Exception):
    """An expected problem with a plain Norwegian message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(DomainError):
    """Invalid input for one field; `field` is the attribute name the form shows it beside."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


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
