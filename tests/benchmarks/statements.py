"""How many SQL statements and sessions a step sends to the database: the round trips issue 12
asks to count per page open and per save. On PostgreSQL each statement is a round trip to the
server, and each session adds about three more (the pool's ping, BEGIN, and COMMIT or
ROLLBACK); on SQLite they are calls into the library in the same process."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine


class Statements:
    """Counts, on every thread, the statements executed and the connections taken from the
    pool (one per session) on `engine` since the last `take()`."""

    def __init__(self, engine: Engine) -> None:
        self.statements = 0
        self.sessions = 0
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine.pool, "checkout", self._session)

    def _statement(self, *_args: Any) -> None:
        self.statements += 1

    def _session(self, *_args: Any) -> None:
        self.sessions += 1

    def take(self) -> tuple[int, int]:
        """(statements, sessions) since the last take, and start counting again."""
        counted = (self.statements, self.sessions)
        self.statements = self.sessions = 0
        return counted
