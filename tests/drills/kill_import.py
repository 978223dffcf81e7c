"""kill -9 during an import: the database is whole and holds exactly what it held before, or
exactly what a finished import leaves.

The workbook is the demo database's own export with every project's and deadline's title
changed and one organisation added (232 changed rows and 1 new one, in one transaction). The
child is the command line a user runs, `kunnskapsapp --database F import FILE.xlsx --yes`; it
is killed at a random moment, half of the time anywhere in its run (reading the file, the
preview's transaction that is rolled back), half of the time after the preview, while it backs
up the file and writes. Afterwards the file must pass the integrity check and the search
index's own check, and its tables (the audit stamps aside, which are the clock's) must equal
the state before or the state a finished import gave. Every finished backup beside it must be
sound.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import common

NEW_ORGANISATION = ("0d1e11a0-0000-4000-8000-00000000abcd", "Drilltestpartner AS", "DTP")
# Written by the clock, not by the import's content: the same import at another moment
# differs only here.
STAMPS = {"created_at", "updated_at", "at"}
PREVIEW_DONE = re.compile(r"^[\d\s]+ nye?, [\d\s]+ endre")  # "1 ny, 232 endrede"


def workbook(source: Path, dest: Path) -> Path:
    """The source's export with titles changed and a row added."""
    import openpyxl

    command = [sys.executable, "-m", "kunnskapsapp", "--database", str(source), "export"]
    subprocess.run([*command, str(dest)], cwd=common.ROOT, check=True, capture_output=True)
    book = openpyxl.load_workbook(dest)
    for sheet in ("Prosjekter", "Frister"):
        rows = book[sheet]
        for row in range(2, rows.max_row + 1):
            rows.cell(row, 2).value = f"{rows.cell(row, 2).value} (importert)"
    organisations = book["Organisasjoner"]
    kind = organisations.cell(2, 4).value  # the first organisation's type, a valid one
    organisations.append([*NEW_ORGANISATION, kind])
    book.save(dest)
    return dest


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted, the audit stamps masked; raises if the index is unsound."""
    conn = sqlite3.connect(path)
    try:
        # FTS5's own check of the search index against its content table.
        conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts%'"
            )
        ]
        result = {}
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            rows = [
                tuple("*" if n in STAMPS else v for n, v in zip(names, row, strict=True))
                for row in cursor
            ]
            result[table] = sorted(rows, key=repr)
        return result
    finally:
        conn.close()


def _start(database: Path, book: Path, out: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "kunnskapsapp", "--database", str(database), "import"]
    with out.open("wb") as fh:
        return subprocess.Popen(
            [*command, str(book), "--yes"],
            cwd=common.ROOT,
            stdout=fh,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(common.ROOT), "PYTHONUNBUFFERED": "1"},
        )


def _preview_done(out: Path) -> bool:
    text = out.read_text(encoding="utf-8", errors="replace")
    return any(PREVIEW_DONE.match(line) for line in text.splitlines())


def _wait_for_preview(child: subprocess.Popen[bytes], out: Path) -> float:
    """Seconds from now until the preview's summary line; raises if the child ends first."""
    start = time.monotonic()
    while not _preview_done(out):
        if child.poll() is not None:
            raise RuntimeError(f"the import ended before its preview: {out.read_text()}")
        time.sleep(0.01)
    return time.monotonic() - start


def _reference(before: Path, book: Path, folder: Path) -> tuple[float, float, Path]:
    """A finished import on a copy: (its whole time, its time after the preview, the copy)."""
    after = folder / "etter.sqlite3"
    shutil.copyfile(before, after)
    out = folder / "referanse.txt"
    start = time.monotonic()
    child = _start(after, book, out)
    to_preview = _wait_for_preview(child, out)
    if child.wait() != 0:
        raise RuntimeError(f"the reference import failed: {out.read_text()}")
    total = time.monotonic() - start
    common.checkpoint(after)
    return total, total - to_preview, after


def run(times: int, seed: int = 4) -> dict[str, int]:
    from kunnskapsapp import paths

    rng = random.Random(seed)
    folder = common.scratch()
    before = common.demo_database(folder / "før.sqlite3")
    book = workbook(before, folder / "import.xlsx")
    total, writing, after = _reference(before, book, folder)
    states = {"before": dump(before), "after": dump(after)}
    if states["before"] == states["after"]:
        raise RuntimeError("the reference import changed nothing")
    result = {"kills": 0, "finished": 0, "before": 0, "after": 0, "bad": 0}
    result |= {"kills after the preview": 0, "bad backups": 0, "temporary files left": 0}
    target = folder / "mål.sqlite3"
    out = folder / "import.txt"
    for n in range(times):
        for side in folder.glob(target.name + "*"):
            side.unlink()
        shutil.copyfile(before, target)
        child = _start(target, book, out)
        if n % 2:
            _wait_for_preview(child, out)
            delay = rng.uniform(0.0, writing * 1.1)
            result["kills after the preview"] += 1
        else:
            delay = rng.uniform(0.0, total * 1.05)
        try:
            child.wait(delay)
            result["finished"] += 1  # it ended by itself before the kill
            if child.returncode != 0:
                result["bad"] += 1
                print(f"the import failed: {out.read_text()[-500:]}", file=sys.stderr)
        except subprocess.TimeoutExpired:
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            result["kills"] += 1
        problems = common.integrity(target)
        try:
            state = dump(target) if not problems else None
        except sqlite3.Error as exc:
            problems, state = [str(exc)], None
        matched = [name for name, rows in states.items() if rows == state]
        if problems or not matched:
            result["bad"] += 1
            print(f"kill {n} after {delay:.2f} s: {problems or 'neither state'}", file=sys.stderr)
        else:
            result[matched[0]] += 1
    for backup in paths.backup_dir().glob("*.sqlite3"):
        if common.integrity(backup):
            result["bad backups"] += 1
    # A backup killed half-way leaves its temporary file (never a backup's name).
    result["temporary files left"] = len(list(paths.backup_dir().glob(".backup-*")))
    return result


if __name__ == "__main__":
    outcome = run(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
    print(outcome)
    sys.exit(1 if outcome["bad"] or outcome["bad backups"] else 0)
