"""Make the sample database of the current schema version for upgrade tests.

    python tests/tools/make_snapshot.py

Writes database/snapshots/<revision>.sqlite3: the demo data at this schema revision, so
that tests/test_migrations.py can check that every released version upgrades to head.
Run it once per released schema version, and commit the file.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from kunnskapsapp.services import demo
    from kunnskapsapp.services.database import Database
    from kunnskapsapp.storage import migrations

    revision = migrations.head_revision()
    target = ROOT / "database" / "snapshots" / f"{revision}.sqlite3"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "snapshot.sqlite3"
        db = Database.open(str(path), create=True)
        demo.create_demo(db, today=date(2026, 11, 26))
        db.dispose()
        connection = sqlite3.connect(path)
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("VACUUM")
        connection.close()
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    print(f"{target} ({target.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
