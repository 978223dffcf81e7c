"""Editors saving at once on shared projects: 0 lost updates, every refusal counted.

Each editor is a process of its own with its own engine, working as a user does through the
services: it opens a random project (`crud.get`), types for about half a second, and saves
(`crud.update` with the version it opened) its note with one token of its own appended, e.g.
`r3.17`. A save is acknowledged when `crud.update` returns; a refusal is the stale-version
message the form shows. Afterwards, for each project:

- lost: an acknowledged token missing from the final note (a later save started from an
  older version and overwrote it);
- phantom: a token in the final note whose save was refused or never acknowledged;
- the version must have gone up by exactly the number of acknowledged saves.

SQLite: two app processes on one file. PostgreSQL (from `KUNNSKAPSAPP_DRILL_PG_URL` or
`KUNNSKAPSAPP_TEST_PG_URL`, an admin URL: a database of its own is created and dropped):
20 editors on 50 projects for 60 s. Save latency: p50 and p95 of the acknowledged saves.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import common

EDITOR = """
import json, random, sys, time, traceback
from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.errors import DomainError, StaleVersionError
from kunnskapsapp.services import crud
from kunnskapsapp.services.database import Database
url, name, seconds, seed, out = sys.argv[1:6]
seconds = float(seconds)
ids, own = sys.argv[6].split(","), sys.argv[7]
rng = random.Random(seed)
db = Database.open(url, user=name)
# Warm up on a project of its own, as an app that has been open a while is.
for _ in range(2):
    record = crud.get(db, m.Project, own)
    crud.update(db, m.Project, own, {"notes": record.notes + "x"}, record.version)
print("ready", flush=True)
sys.stdin.readline()  # "go": every editor starts at once
deadline = time.monotonic() + seconds
n = 0
with open(out, "w", encoding="utf-8") as log:
    while time.monotonic() < deadline:
        n += 1
        token = f"{name}.{n}"
        project = rng.choice(ids)
        entry = {"token": token, "project": project}
        try:
            record = crud.get(db, m.Project, project)
            time.sleep(rng.uniform(0.25, 0.75))  # the user types
            start = time.perf_counter()
            try:
                crud.update(
                    db, m.Project, project, {"notes": record.notes + token + " "},
                    record.version,
                )
                entry["ok"] = True
            finally:
                entry["ms"] = (time.perf_counter() - start) * 1000
        except StaleVersionError as exc:
            entry["refused"] = str(exc)
        except DomainError as exc:
            entry["error"] = str(exc)
        except Exception:
            entry["crash"] = traceback.format_exc()
        log.write(json.dumps(entry) + "\\n")
        log.flush()
db.dispose()
"""


def pg_admin_url() -> str | None:
    url = os.environ.get("KUNNSKAPSAPP_DRILL_PG_URL") or os.environ.get("KUNNSKAPSAPP_TEST_PG_URL")
    if not url:
        return None
    from kunnskapsapp.storage.engine import normalise_url

    return normalise_url(url)


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1]


def _projects(url: str, count: int, title: str = "Delt prosjekt") -> list[str]:
    from kunnskapsapp.domain import models as m
    from kunnskapsapp.services import crud
    from kunnskapsapp.services.database import Database

    db = Database.open(url, create=True)
    try:
        return [crud.create(db, m.Project, {"title": f"{title} {n + 1}"}).id for n in range(count)]
    finally:
        db.dispose()


def _final(url: str, ids: list[str]) -> dict[str, tuple[str, int]]:
    from kunnskapsapp.domain import models as m
    from kunnskapsapp.services import crud
    from kunnskapsapp.services.database import Database

    db = Database.open(url)
    try:
        return {
            row_id: (record.notes, record.version)
            for row_id in ids
            for record in [crud.get(db, m.Project, row_id)]
        }
    finally:
        db.dispose()


def _edit(url: str, ids: list[str], editors: int, seconds: float, folder: Path) -> list[Any]:
    """Run the editors at once; every save each of them attempted on the shared projects."""
    logs = [folder / f"redaktør-{n}.jsonl" for n in range(editors)]
    own = _projects(url, editors, "Oppvarming")
    children = [
        common.run_child(
            EDITOR, url, f"r{n}", str(seconds), f"{n}", str(log), ",".join(ids), own[n], stdin=True
        )
        for n, log in enumerate(logs)
    ]
    for child in children:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        if line != "ready":
            raise RuntimeError(f"an editor did not start: {line} {child.communicate()[1]}")
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    for child in children:
        _out, err = child.communicate(timeout=seconds + 120)
        if child.returncode != 0:
            raise RuntimeError(f"an editor failed: {err[-2000:]}")
    return [json.loads(line) for log in logs for line in log.read_text("utf-8").splitlines()]


def drill(url: str, editors: int, projects: int, seconds: float, folder: Path) -> dict[str, Any]:
    ids = _projects(url, projects)
    started = time.monotonic()
    saves = _edit(url, ids, editors, seconds, folder)
    wall = time.monotonic() - started  # start-up and warm-up included
    final = _final(url, ids)
    acknowledged = [s for s in saves if s.get("ok")]
    per_project = Counter(s["project"] for s in acknowledged)
    tokens = {row_id: notes.split() for row_id, (notes, _version) in final.items()}
    ok_tokens = {s["token"] for s in acknowledged}
    crashes = [s["crash"] for s in saves if "crash" in s]
    for crash in crashes[:3]:
        print(crash, file=sys.stderr)
    latencies = [s["ms"] for s in acknowledged]
    return {
        "editors": editors,
        "projects": projects,
        "seconds": seconds,
        "wall s (with start-up)": round(wall),
        "attempts": len(saves),
        "acknowledged": len(acknowledged),
        "refused (stale version)": sum("refused" in s for s in saves),
        "other refusals": sum("error" in s for s in saves),
        "crashes": len(crashes),
        "lost": sum(s["token"] not in tokens[s["project"]] for s in acknowledged),
        "phantom": sum(t not in ok_tokens for row in tokens.values() for t in row),
        "wrong versions": sum(
            version != 1 + per_project[row_id] for row_id, (_notes, version) in final.items()
        ),
        "p50 ms": round(_percentile(latencies, 0.50), 1),
        "p95 ms": round(_percentile(latencies, 0.95), 1),
    }


def sqlite(editors: int = 2, projects: int = 5, seconds: float = 60) -> dict[str, Any]:
    folder = common.scratch()
    return drill(str(folder / "delt.sqlite3"), editors, projects, seconds, folder)


def postgresql(editors: int = 20, projects: int = 50, seconds: float = 60) -> dict[str, Any]:
    """On a database of its own on the admin URL's server, dropped afterwards."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    admin_url = pg_admin_url()
    if admin_url is None:
        raise RuntimeError("no PostgreSQL URL")
    folder = common.scratch()
    name = f"kunnskapsapp_drill_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        return drill(url, editors, projects, seconds, folder)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


BAD = ("crashes", "lost", "phantom", "wrong versions")


def _report(name: str, result: dict[str, Any]) -> bool:
    print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in result.items()), flush=True)
    return not any(result[key] for key in BAD)


if __name__ == "__main__":
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60
    good = _report("sqlite", sqlite(seconds=seconds))
    if pg_admin_url():
        good = _report("postgresql", postgresql(seconds=seconds)) and good
    else:
        print("postgresql: skipped (no KUNNSKAPSAPP_DRILL_PG_URL or KUNNSKAPSAPP_TEST_PG_URL)")
    sys.exit(0 if good else 1)
