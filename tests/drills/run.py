"""Run every drill and print its figures; exit 1 if any found corruption, loss or a traceback.

python tests/drills/run.py           # the full drills (about 40 minutes on two cores)
python tests/drills/run.py --short   # a few of each, for CI (about a minute)

The PostgreSQL editors need an admin URL in KUNNSKAPSAPP_DRILL_PG_URL or
KUNNSKAPSAPP_TEST_PG_URL; without one that drill is skipped with a line saying so.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import concurrent_saves
import damaged_copies
import kill_backup_restore
import kill_import
import kill_saves

FULL = {"saves": 1000, "backup_restore": 100, "import": 100, "damaged": 1000}
FULL |= {"sqlite_editors": (2, 5, 60), "pg_editors": (20, 50, 60)}  # editors, projects, s
SHORT = {"saves": 5, "backup_restore": 3, "import": 3, "damaged": 30}
SHORT |= {"sqlite_editors": (2, 5, 5), "pg_editors": (4, 50, 5)}


def drills(counts: dict[str, Any]) -> list[tuple[str, Callable[[], Any] | None, tuple[str, ...]]]:
    """(name, the drill or None when it cannot run here, the figures that must be 0)."""
    pg = partial(concurrent_saves.postgresql, *counts["pg_editors"])
    return [
        ("kill -9 during saves", partial(kill_saves.run, counts["saves"]), ("corrupt", "lost")),
        (
            "kill -9 during backup and restore",
            partial(kill_backup_restore.run, counts["backup_restore"]),
            ("bad backups", "bad restores"),
        ),
        (
            "kill -9 during an import",
            partial(kill_import.run, counts["import"]),
            ("bad", "bad backups"),
        ),
        (
            "damaged copies",
            partial(damaged_copies.run, counts["damaged"]),
            ("tracebacks",),
        ),
        (
            "two app processes on one SQLite file",
            partial(concurrent_saves.sqlite, *counts["sqlite_editors"]),
            concurrent_saves.BAD,
        ),
        (
            "PostgreSQL editors on shared projects",
            pg if concurrent_saves.pg_admin_url() else None,
            concurrent_saves.BAD,
        ),
    ]


def main(argv: list[str]) -> int:
    counts = SHORT if "--short" in argv else FULL
    failed = False
    for name, drill, bad in drills(counts):
        if drill is None:
            print(
                f"{name}: skipped (no KUNNSKAPSAPP_DRILL_PG_URL or KUNNSKAPSAPP_TEST_PG_URL)",
                flush=True,
            )
            continue
        start = time.monotonic()
        result = drill()
        failed = failed or any(result[key] for key in bad)
        figures = ", ".join(f"{key} {value}" for key, value in result.items())
        print(f"{name}: {figures} ({time.monotonic() - start:.0f} s)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
