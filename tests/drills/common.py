"""What the drills share: a demo database, damaged copies, a child process to kill."""

from __future__ import annotations

import atexit
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def scratch() -> Path:
    """A folder of its own, used as the data folder too (no real backups are touched)."""
    folder = Path(tempfile.mkdtemp(prefix="kunnskapsapp-drill-"))
    atexit.register(shutil.rmtree, folder, True)
    os.environ["KUNNSKAPSAPP_DATA_DIR"] = str(folder / "data")
    os.environ.setdefault("KUNNSKAPSAPP_USER", "drill")
    return folder


def demo_database(path: Path, scale: int = 0) -> Path:
    from kunnskapsapp.services import demo
    from kunnskapsapp.services.database import Database

    db = Database.open(str(path), create=True)
    try:
        demo.create_demo(db, scale=scale)
    finally:
        db.dispose()
    checkpoint(path)
    return path


def checkpoint(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def integrity(path: Path) -> list[str]:
    from kunnskapsapp.storage.backup_files import integrity_problems

    return integrity_problems(path)


def damage(source: Path, dest: Path, rng: random.Random) -> str:
    """A copy of `source` with pages overwritten or the file truncated; what was done."""
    shutil.copyfile(source, dest)
    size = dest.stat().st_size
    page_size = 4096
    pages = size // page_size
    how = rng.choice(["overwrite", "overwrite", "zero", "truncate"])
    if how == "truncate":
        keep = rng.randrange(1, pages) * page_size
        with dest.open("r+b") as fh:
            fh.truncate(keep)
        return f"truncated to {keep // page_size} of {pages} pages"
    chosen = sorted(rng.sample(range(1, pages), k=min(pages - 1, rng.randint(1, 3))))
    with dest.open("r+b") as fh:
        for page in chosen:
            fh.seek(page * page_size)
            data = bytes(page_size) if how == "zero" else rng.randbytes(page_size)
            fh.write(data)
    return f"{how} pages {chosen} of {pages}"


def run_child(code: str, *args: str, stdin: bool = False) -> subprocess.Popen[str]:
    """A Python child running `code` (with the repository on its path), lines on stdout;
    `stdin`: a pipe to its standard input."""
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def kill_after(child: subprocess.Popen[str], ready: str, delay: float) -> list[str]:
    """Wait for the line `ready`, let the child work `delay` seconds, kill -9; its lines."""
    assert child.stdout is not None
    lines = []
    while True:
        line = child.stdout.readline()
        if not line:
            raise RuntimeError(f"child ended before {ready!r}: {child.stderr.read()}")  # type: ignore[union-attr]
        lines.append(line.strip())
        if line.strip() == ready:
            break
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    out, _err = child.communicate()
    lines.extend(x.strip() for x in out.splitlines())
    return lines


def time_to_finish(code: str, *args: str, ready: str = "ready") -> float:
    """Seconds a child left alone takes from the line `ready` to its end (to aim the kills)."""
    child = run_child(code, *args)
    assert child.stdout is not None
    while child.stdout.readline().strip() != ready:
        if child.poll() is not None:
            raise RuntimeError(f"child ended before {ready!r}: {child.communicate()[1]}")
    start = time.monotonic()
    _out, err = child.communicate()
    if child.returncode != 0:
        raise RuntimeError(f"child failed: {err}")
    return time.monotonic() - start
