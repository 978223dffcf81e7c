"""kill -9 during a backup and during a restore: the target is whole, exactly before or after.

Backup: the automatic backup (online backup API, then integrity check, then rename) is killed
at a random moment; every finished backup file in the folder must be sound, and a half-written
one never carries a backup's name. Restore: a database holding «før» is restored from one
holding «etter» and killed at a random moment; it must pass the integrity check and hold
exactly one of the two. The moments are spread over 1.2 times what a run left alone takes,
so some kills come too late and both outcomes are seen.
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

import common

BACKUP_CHILD = """
import sys
from datetime import datetime
from pathlib import Path
from kunnskapsapp.storage import backup_files
print("ready", flush=True)
backup_files.take(Path(sys.argv[1]), "manuell", datetime.now())
print("done", flush=True)
"""

RESTORE_CHILD = """
import sys
from pathlib import Path
from kunnskapsapp.storage import migrations
print("ready", flush=True)
migrations.restore(Path(sys.argv[1]), sys.argv[2])
print("done", flush=True)
"""


def _titles(path: Path) -> set[str]:
    from kunnskapsapp.domain import models as m
    from kunnskapsapp.services import crud
    from kunnskapsapp.services.database import Database

    db = Database.open(str(path))
    try:
        return {r.title for r in crud.list_rows(db, m.Project) if r.title in ("før", "etter")}
    finally:
        db.dispose()


def run(times: int, seed: int = 2, scale: int = 200) -> dict[str, int]:
    from kunnskapsapp import paths
    from kunnskapsapp.domain import models as m
    from kunnskapsapp.services import crud
    from kunnskapsapp.services.database import Database

    rng = random.Random(seed)
    folder = common.scratch()
    source = common.demo_database(folder / "kilde.sqlite3", scale=scale)
    result = {"backup kills": 0, "backup finished": 0, "restore kills": 0, "restore finished": 0}
    result |= {"restored before": 0, "restored after": 0, "bad backups": 0, "bad restores": 0}

    backup_time = common.time_to_finish(BACKUP_CHILD, str(source))
    for _ in range(times):
        child = common.run_child(BACKUP_CHILD, str(source))
        lines = common.kill_after(child, "ready", rng.uniform(0.0, backup_time * 1.2))
        result["backup kills"] += 1
        result["backup finished"] += "done" in lines
    for backup in paths.backup_dir().glob("kilde-*.sqlite3"):
        if common.integrity(backup):
            result["bad backups"] += 1

    before = folder / "før.sqlite3"
    after = folder / "etter.sqlite3"
    for path, title in ((before, "før"), (after, "etter")):
        shutil.copyfile(source, path)
        db = Database.open(str(path))
        crud.create(db, m.Project, {"title": title})
        db.dispose()
        common.checkpoint(path)
    target = folder / "mål.sqlite3"
    shutil.copyfile(before, target)
    restore_time = common.time_to_finish(RESTORE_CHILD, str(after), str(target))
    for _ in range(times):
        shutil.copyfile(before, target)
        child = common.run_child(RESTORE_CHILD, str(after), str(target))
        lines = common.kill_after(child, "ready", rng.uniform(0.0, restore_time * 1.2))
        result["restore kills"] += 1
        result["restore finished"] += "done" in lines
        titles = set() if common.integrity(target) else _titles(target)
        if titles == {"før"}:
            result["restored before"] += 1
        elif titles == {"etter"}:
            result["restored after"] += 1
        else:
            result["bad restores"] += 1
    return result


if __name__ == "__main__":
    outcome = run(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
    print(outcome)
    sys.exit(1 if outcome["bad backups"] or outcome["bad restores"] else 0)
