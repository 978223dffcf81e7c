"""kill -9 during saves: 0 corruption, 0 lost acknowledged saves.

A child saves one project's title over and over, printing each number after its commit; it
is killed at a random moment. The file must pass the integrity check and hold the last
acknowledged number (or the one after it, committed but not yet printed).
"""

from __future__ import annotations

import random
import sys

import common

CHILD = """
import sys
from kunnskapsapp.domain import models as m
from kunnskapsapp.services import crud
from kunnskapsapp.services.database import Database
db = Database.open(sys.argv[1])
record = crud.get(db, m.Project, sys.argv[2])
n = int(record.title.split()[-1])
print("ready", flush=True)
while True:
    n += 1
    record = crud.update(db, m.Project, record.id, {"title": f"lagring {n}"}, record.version)
    print(n, flush=True)
"""


def run(times: int, seed: int = 1) -> dict[str, int]:
    from kunnskapsapp.domain import models as m
    from kunnskapsapp.services import crud
    from kunnskapsapp.services.database import Database

    rng = random.Random(seed)
    folder = common.scratch()
    path = folder / "lagring.sqlite3"
    db = Database.open(str(path), create=True)
    project = crud.create(db, m.Project, {"title": "lagring 0"})
    db.dispose()
    acknowledged = corrupt = lost = 0
    for _ in range(times):
        child = common.run_child(CHILD, str(path), project.id)
        lines = common.kill_after(child, "ready", rng.uniform(0.01, 0.3))
        acks = [int(x) for x in lines if x.isdigit()]
        acknowledged += len(acks)
        if common.integrity(path):
            corrupt += 1
            continue
        db = Database.open(str(path))
        saved = int(crud.get(db, m.Project, project.id).title.split()[-1])
        db.dispose()
        if acks and saved < acks[-1]:
            lost += 1
    return {"kills": times, "acknowledged": acknowledged, "corrupt": corrupt, "lost": lost}


if __name__ == "__main__":
    result = run(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
    print(result)
    sys.exit(1 if result["corrupt"] or result["lost"] else 0)
