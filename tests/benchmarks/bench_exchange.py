"""Exchange benchmarks: prints figures, never fails a build.

    python tests/benchmarks/bench_exchange.py [--scale 20000] [--database FILE]

1. The whole-database workbook export of `demo --scale N`, beside its floor: openpyxl's
   write-only mode writing the same cells (goal: export at most 1.5x the floor).
2. Its import into an empty database, beside its floor: openpyxl's read-only mode reading the
   same cells plus a plain bulk insert of the same rows (goal: import at most 3x the floor).
With --memory, peak memory (tracemalloc, in a second run) beside each.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from openpyxl import Workbook, load_workbook
from sqlalchemy import insert, select

from kunnskapsapp.domain.base import Base
from kunnskapsapp.exchange import importer, workbook
from kunnskapsapp.services.database import Database

MEMORY = False  # --memory: a second run under tracemalloc (which slows the first a lot)


def measured(
    fn: Callable[[], Any], again: Callable[[], Any] | None = None
) -> tuple[float, int, Any]:
    """(seconds, peak MB or -1, result); the peak from a second run (`again`, else `fn`)."""
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    peak = -1
    if MEMORY:
        tracemalloc.start()
        try:
            (again or fn)()
            peak = tracemalloc.get_traced_memory()[1] // 2**20
        finally:
            tracemalloc.stop()
    return seconds, peak, result


def mb(peak: int) -> str:
    return f", peak {peak} MB" if peak >= 0 else ""


def all_rows(db: Database) -> dict[str, tuple[Any, list[list[Any]]]]:
    with db.session(audit=False) as s:
        return {
            workbook.sheet_name(spec): (spec, workbook.read_rows(s, spec))
            for spec in workbook.exchange_entities()
        }


def write_floor(sheets: dict[str, tuple[Any, list[list[Any]]]]) -> bytes:
    wb = Workbook(write_only=True)
    for name, (spec, rows) in sheets.items():
        ws = wb.create_sheet(name)
        ws.append([c.header for c in workbook.sheet_columns(spec)])
        for row in rows:
            ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def read_and_insert_floor(path: Path, target: Database, source: Database) -> int:
    wb = load_workbook(path, read_only=True)
    cells = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells += len(row)
    wb.close()
    wanted = {spec.table for spec in workbook.exchange_entities()}
    tables = [t for t in Base.metadata.sorted_tables if t.name in wanted or "id" not in t.c]
    with source.engine.connect() as conn:  # the same rows, as plain dicts
        data = {t.name: [dict(r._mapping) for r in conn.execute(select(t))] for t in tables}
    with target.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # a plain bulk insert: no checks
        for table in tables:
            if "id" in table.c:
                existing = {r[0] for r in conn.execute(select(table.c.id))}
                rows = [r for r in data[table.name] if r["id"] not in existing]
            else:
                conn.execute(table.delete())
                rows = data[table.name]
            if rows:
                conn.execute(insert(table), rows)
    return cells


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=20000)
    parser.add_argument("--database", help="an existing demo database (else one is made)")
    parser.add_argument("--memory", action="store_true", help="also peak memory (second runs)")
    args = parser.parse_args()
    global MEMORY
    MEMORY = args.memory
    folder = Path(tempfile.mkdtemp(prefix="bench-exchange-"))
    if args.database:
        source = Database.open(args.database)
    else:
        from kunnskapsapp.services.demo import create_demo

        source = Database.open(str(folder / "demo.sqlite3"), create=True, user="bench")
        print(f"demo --scale {args.scale} ...", flush=True)
        create_demo(source, scale=args.scale)
    path = folder / "alt.xlsx"
    seconds, peak, counts = measured(
        lambda: workbook.export_workbook(source, path, moment=datetime(2026, 1, 1))
    )
    rows = sum(counts.values())
    sheets = all_rows(source)
    floor_s, floor_peak, _ = measured(lambda: write_floor(sheets))
    print(f"Export: {rows} rows in {seconds:.1f} s{mb(peak)}")
    print(f"  floor (write-only, same cells): {floor_s:.1f} s{mb(floor_peak)}")
    print(f"  ratio {seconds / floor_s:.2f} (goal <= 1.5)")
    empty = Database.open(str(folder / "import.sqlite3"), create=True, user="bench")
    again = Database.open(str(folder / "again.sqlite3"), create=True, user="bench")
    seconds, peak, result = measured(
        lambda: importer.run_import(empty, path, commit=True),
        lambda: importer.run_import(again, path, commit=True),
    )
    print(f"Import: {seconds:.1f} s{mb(peak)} ({result.summary()})")
    plain = Database.open(str(folder / "plain.sqlite3"), create=True, user="bench")
    plain2 = Database.open(str(folder / "plain2.sqlite3"), create=True, user="bench")
    floor_s, floor_peak, cells = measured(
        lambda: read_and_insert_floor(path, plain, source),
        lambda: read_and_insert_floor(path, plain2, source),
    )
    print(f"  floor (read-only {cells} cells + bulk insert): {floor_s:.1f} s{mb(floor_peak)}")
    print(f"  ratio {seconds / floor_s:.2f} (goal <= 3)")


if __name__ == "__main__":
    main()
