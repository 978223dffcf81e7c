"""Benchmark of the global search on a large portfolio. Prints figures; never fails on speed.

    python tests/benchmarks/bench_search.py [--scale 20000] [--runs 3] [--database URL]

Builds (once, cached in /tmp) a demo database with N synthetic projects, then types a few
words one letter at a time and times each keystroke's search through the service (the
query, the names, the snippets), beside the floor: a raw FTS5 MATCH of the same words in
the same run, straight on sqlite3. Also times a full rebuild of the index (what the
migration and a restore pay) and a save of a project (which keeps the index current).
`--database` measures another database instead (a PostgreSQL URL: no FTS5 floor).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from demo_db import demo_database  # tests/benchmarks/, the script's own folder

_HOME = tempfile.mkdtemp(prefix="kunnskapsapp-bench-")
os.environ["KUNNSKAPSAPP_DATA_DIR"] = os.path.join(_HOME, "data")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

WORDS = ("klimatilpasning", "bærum kommune", "kontaktgruppemøte", "forskning innovasjon", "ntnu")
GOAL_MS = 30.0


def database(scale: int) -> Path:
    return demo_database(scale, "bench-search")


def keystrokes() -> list[str]:
    return [word[:n] for word in WORDS for n in range(1, len(word) + 1) if word[n - 1] != " "]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def line(label: str, values: list[float], goal: float | None = None) -> str:
    p50, p95 = statistics.median(values), percentile(values, 0.95)
    verdict = "" if goal is None else ("  (mål nådd)" if p95 <= goal else "  (over målet)")
    goal_text = f"  mål p95 ≤ {goal:.0f} ms" if goal is not None else ""
    figures = f"p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  maks {max(values):6.1f} ms"
    return f"{label:<34} {figures}{goal_text}{verdict}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--database", default=None)
    args = parser.parse_args()

    from sqlalchemy import text

    from kunnskapsapp.domain import models as m
    from kunnskapsapp.services import crud
    from kunnskapsapp.services.database import Database
    from kunnskapsapp.services.search import query_words, search
    from kunnskapsapp.storage import search_index

    url = args.database or str(database(args.scale))
    db = Database.open(url)
    with db.engine.connect() as conn:
        docs = conn.exec_driver_sql("SELECT count(*) FROM search_doc").scalar_one()
    typed = keystrokes()
    search(db, "varm opp")

    service: list[float] = []
    counts: list[int] = []
    for _run in range(args.runs):
        for query in typed:
            t0 = time.perf_counter()
            hits = search(db, query, limit_per_kind=5)
            service.append((time.perf_counter() - t0) * 1000)
            counts.append(len(hits))

    floor: list[float] = []
    if db.dialect == "sqlite":
        raw = sqlite3.connect(db.engine.url.database or "")
        for _run in range(args.runs):
            for query in typed:
                phrase = " AND ".join(f'"{t}"*' for t in query_words(query))
                t0 = time.perf_counter()
                raw.execute(
                    "SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT 35", (phrase,)
                ).fetchall()
                floor.append((time.perf_counter() - t0) * 1000)
        raw.close()

    with db.session() as s:
        project_id = s.execute(text("SELECT id FROM project ORDER BY id LIMIT 1")).scalar_one()
    saves: list[float] = []
    for n in range(10):
        record = crud.get(db, m.Project, project_id)
        t0 = time.perf_counter()
        crud.update(db, m.Project, project_id, {"notes": f"Benchmark {n}"}, record.version)
        saves.append((time.perf_counter() - t0) * 1000)

    t0 = time.perf_counter()
    with db.engine.begin() as conn:
        rebuilt = search_index.rebuild(conn)
    rebuild_s = time.perf_counter() - t0
    db.dispose()

    print(
        f"\nGlobalt søk, {db.display_url} ({docs} dokumenter i indeksen, {db.dialect}), "
        f"{len(typed)} tastetrykk × {args.runs}: {', '.join(WORDS)}"
    )
    print(line("Tastetrykk gjennom tjenesten", service, GOAL_MS))
    if floor:
        print(line("Gulv: rå FTS5 MATCH (LIMIT 35)", floor))
    print(line("Lagre et prosjekt (med indeksen)", saves))
    print(f"{'Bygge hele indeksen på nytt':<34} {rebuild_s:6.2f} s ({rebuilt} dokumenter)")
    print(f"{'Treff per tastetrykk':<34} median {statistics.median(counts):.0f}")


if __name__ == "__main__":
    main()
