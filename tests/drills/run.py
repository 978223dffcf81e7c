"""Run every drill and print its figures; exit 1 if any found corruption, loss or a traceback.

python tests/drills/run.py           # the full drills (about an hour on two cores)
python tests/drills/run.py --short   # a few of each, for CI (under two minutes)
"""

from __future__ import annotations

import sys
import time

import damaged_copies
import kill_backup_restore
import kill_import
import kill_saves

FULL = {"saves": 1000, "backup_restore": 100, "import": 100, "damaged": 1000}
SHORT = {"saves": 5, "backup_restore": 3, "import": 3, "damaged": 30}


def main(argv: list[str]) -> int:
    counts = SHORT if "--short" in argv else FULL
    failed = False
    for name, drill, n, bad in (
        ("kill -9 during saves", kill_saves.run, counts["saves"], ("corrupt", "lost")),
        (
            "kill -9 during backup and restore",
            kill_backup_restore.run,
            counts["backup_restore"],
            ("bad backups", "bad restores"),
        ),
        ("kill -9 during an import", kill_import.run, counts["import"], ("bad", "bad backups")),
        ("damaged copies", damaged_copies.run, counts["damaged"], ("tracebacks",)),
    ):
        start = time.monotonic()
        result = drill(n)
        failed = failed or any(result[key] for key in bad)
        figures = ", ".join(f"{key} {value}" for key, value in result.items())
        print(f"{name}: {figures} ({time.monotonic() - start:.0f} s)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
