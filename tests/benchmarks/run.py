"""Every speed figure of the app, each beside its goal and a floor measured in the same run.

    python tests/benchmarks/run.py [--scale 5000 20000 80000] [--engine sqlite|postgresql]
                                   [--runs 3] [--pg-url URL] [--json] [--quick]

For each size it makes (once, cached) `demo --scale N`, then measures in fresh processes:
the start to a visible window and to the dashboard's figures (floors: a bare PySide6 window
with a 20 000-row table, and LibreOffice Calc opening the same projects as an XLSX where
`soffice` is installed), peak memory at start and after every page has been opened, the
first open of every page (how long the window is busy, the longest the event loop stalls
while the rows arrive, when every row is there), a keystroke in the projects search (floor:
a bare table of the same rows, read in plain SQL, filtered in Python), opening and saving a
project's form. Unless `--quick`, it then runs the global-search and the
report benchmarks (bench_search.py, bench_reports.py), which print their own floors.

On PostgreSQL (`--engine postgresql`) each size is a database `kunnskapsapp_bench_N` on the
server of `--pg-url` (default $KUNNSKAPSAPP_TEST_PG_URL), filled by the app's own `demo`.
A benchmark, not a test: it never fails on speed. The README's table comes from it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import date
from pathlib import Path
from typing import Any

import bench_ui  # tests/benchmarks/, the script's own folder (sets QT_QPA_PLATFORM, data dirs)
from demo_db import demo_database

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PAGE_IDS = ("projects", "agreements", "deadlines", "fund", "meetings", "lessons", "people")
PAGE_GOAL_S = 0.3
STALL_GOAL_MS = 100.0

# One page opened in a fresh window: busy time, the longest event-loop stall while its rows
# arrive (a 5 ms timer's longest gap), the time until every row is there, peak memory.
PAGE = textwrap.dedent(
    """
    import json, sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from kunnskapsapp.services.database import Database
    from kunnskapsapp.ui.app import make_application
    from kunnskapsapp.ui.main_window import MainWindow
    app = make_application()
    db = Database.open(sys.argv[1])
    from tests.benchmarks.statements import Statements
    counter = Statements(db.engine)
    window = MainWindow(db)
    window.show()
    dashboard = window.current_page()
    done = []
    dashboard.loaded.connect(lambda: done.append(1))
    give_up = time.perf_counter() + 60
    while not done and time.perf_counter() < give_up:
        app.processEvents(); time.sleep(0.002)
    gaps, last = [], [time.perf_counter()]
    def tick():
        now = time.perf_counter(); gaps.append(now - last[0]); last[0] = now
    timer = QTimer(); timer.setInterval(5); timer.timeout.connect(tick); timer.start()
    results = {}
    for page_id in sys.argv[2].split(","):
        gaps.clear(); last[0] = time.perf_counter()
        counter.take()
        t = time.perf_counter()
        page = window.show_page(page_id)
        app.processEvents()
        busy = time.perf_counter() - t
        model = getattr(page, "table_model", None)
        while model is not None and model.total_count() == 0 and time.perf_counter() - t < 60:
            app.processEvents(); time.sleep(0.002)
        rows = time.perf_counter() - t
        settle = time.perf_counter() + 0.3
        while time.perf_counter() < settle:
            app.processEvents(); time.sleep(0.002)
        statements, sessions = counter.take()
        results[page_id] = {"busy": busy, "rows": rows, "stall": max([busy, *gaps]),
                            "statements": statements, "sessions": sessions}
    # VmHWM: this process's own peak; ru_maxrss would carry the parent's, inherited at fork
    results["rss_mib"] = int(open('/proc/self/status').read().split('VmHWM:')[1].split()[0]) / 1024
    print(json.dumps(results))
    """
)


def pg_database(server_url: str, scale: int) -> str:
    import psycopg

    name = f"kunnskapsapp_bench_{scale}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
    url = server_url.rsplit("/", 1)[0] + "/" + name
    if not exists:
        print(f"Lager demodatabase med {scale} prosjekter i {name} …", flush=True)
        command = [sys.executable, "-m", "kunnskapsapp", "--database", url]
        subprocess.run([*command, "demo", "--scale", str(scale)], check=True, cwd=ROOT)
        # A database in use, not one just filled: what autovacuum would do within minutes.
        # Straight after `demo` the search index's pages are not yet marked all-visible and
        # its statistics are a bulk load's; the global search's first letters took 3x longer.
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")
    return url


def calc_floor(url: str, runs: int) -> float | None:
    """LibreOffice Calc opening the same projects as an XLSX (headless, converting it to CSV):
    what a spreadsheet user waits for today before the rows are there. The median of `runs`
    after one run that makes Calc's profile; None where `soffice` is not installed."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    from openpyxl import Workbook
    from sqlalchemy import select

    from kunnskapsapp.domain import models as m
    from kunnskapsapp.services.database import Database

    work = Path(tempfile.mkdtemp(prefix="calc-", dir=bench_ui._HOME))
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Prosjekter")
    db = Database.open(url)
    try:
        table = m.Project.__table__
        with db.engine.connect() as conn:
            sheet.append([column.name for column in table.columns])
            for row in conn.execute(select(table)):
                sheet.append(
                    [v if isinstance(v, str | int | float) or v is None else str(v) for v in row]
                )
    finally:
        db.dispose()
    xlsx = work / "prosjekter.xlsx"
    workbook.save(xlsx)
    command = [
        soffice,
        f"-env:UserInstallation={(work / 'profile').as_uri()}",
        "--headless",
        "--convert-to",
        "csv",
        "--outdir",
        str(work),
        str(xlsx),
    ]
    times = []
    for _ in range(runs + 1):
        t = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, timeout=600)
        times.append(time.perf_counter() - t)
    shutil.rmtree(work, ignore_errors=True)
    return statistics.median(times[1:])


def fresh(code: str, *args: str) -> dict[str, Any]:
    return bench_ui.in_fresh_process(code, *args)


def measure(url: str, runs: int) -> dict[str, Any]:
    starts = [fresh(bench_ui.STARTUP, url) for _ in range(runs)]
    floors = [fresh(bench_ui.FLOOR) for _ in range(runs)]
    pages: dict[str, list[dict[str, float]]] = {p: [] for p in PAGE_IDS}
    for _ in range(runs):
        for page_id in PAGE_IDS:  # the first open of each, each in its own window
            pages[page_id].append(fresh(PAGE, url, page_id)[page_id])
    all_pages = fresh(PAGE, url, ",".join(PAGE_IDS))
    ui = bench_ui.in_process(url, runs)  # type: ignore[arg-type]  # a path or a URL
    keystroke_floor = bench_ui.keystroke_floor(url, runs)
    calc = calc_floor(url, runs)

    def med(values: list[float]) -> float:
        return statistics.median(values)

    return {
        "start_s": med([s["seconds"] for s in starts]),
        "figures_s": med([s["figures"] for s in starts]),
        "usable_s": med([s["usable"] for s in starts]),
        "floor_start_s": med([f["seconds"] for f in floors]),
        "start_rss_mib": med([s["rss_mib"] for s in starts]),
        "floor_rss_mib": med([f["rss_mib"] for f in floors]),
        "all_pages_rss_mib": all_pages["rss_mib"],
        "pages": {
            p: {
                k: med([r[k] for r in pages[p]])
                for k in ("busy", "rows", "stall", "statements", "sessions")
            }
            for p in PAGE_IDS
        },
        "keystroke_floor_p95_ms": keystroke_floor,
        "calc_s": calc,
        **ui,
    }


def met(value: float, goal: float) -> str:
    return "ja" if value <= goal else "nei"


def report(scale: int, engine: str, runs: int, f: dict[str, Any]) -> list[str]:
    rows = [
        (
            "Start til synlig vindu",
            f"{f['start_s']:.2f} s",
            "≤ 0,6 s",
            f"{f['floor_start_s']:.2f} s",
            met(f["start_s"], 0.6),
        ),
        (
            "– mot LibreOffice Calc som åpner de samme prosjektene (xlsx)",
            f"{f['start_s'] / f['calc_s']:.2f} × Calc" if f["calc_s"] else "–",
            "≤ 0,4 × Calc",
            f"Calc {f['calc_s']:.2f} s" if f["calc_s"] else "(soffice mangler)",
            met(f["start_s"] / f["calc_s"], 0.4) if f["calc_s"] else "–",
        ),
        ("– databasen åpen, oversikten i bruk", f"{f['usable_s']:.2f} s", "", "", ""),
        ("– oversiktens tall fylt inn", f"{f['figures_s']:.2f} s", "", "", ""),
        (
            "Minne ved start (maks RSS)",
            f"{f['start_rss_mib']:.0f} MiB",
            "≤ 150 MiB",
            f"{f['floor_rss_mib']:.0f} MiB",
            met(f["start_rss_mib"], 150),
        ),
        (
            "Minne etter at alle sidene er åpnet",
            f"{f['all_pages_rss_mib']:.0f} MiB",
            "≤ 220 MiB",
            "",
            met(f["all_pages_rss_mib"], 220),
        ),
    ]
    for page_id, p in f["pages"].items():
        rows.append(
            (
                f"Første åpning: {page_id} (opptatt / alle rader / lengste stopp)",
                f"{p['busy']:.2f} / {p['rows']:.2f} s / {p['stall'] * 1000:.0f} ms",
                "≤ 0,3 s / – / ≤ 100 ms",
                "",  # met: busy / stall
                f"{met(p['busy'], PAGE_GOAL_S)} / {met(p['stall'] * 1000, STALL_GOAL_MS)}",
            )
        )
    rows.append(
        (
            "– SQL-setninger / økter ved første åpning",
            ", ".join(
                f"{page_id} {p['statements']:.0f}/{p['sessions']:.0f}"
                for page_id, p in f["pages"].items()
            ),
            "",
            "",
            "",
        )
    )
    rows += [
        (
            "Tastetrykk i prosjektsøket, p95",
            f"{f['keystroke_p95_ms']:.1f} ms",
            "≤ 10 ms",
            f"{f['keystroke_floor_p95_ms']:.1f} ms",
            met(f["keystroke_p95_ms"], 10),
        ),
        (
            f"Åpne et prosjektskjema (median av {bench_ui.OPENS - 1} etter det første)",
            f"{f['open_form_median_ms']:.1f} ms",
            "≤ 20 ms",
            "",
            met(f["open_form_median_ms"], 20),
        ),
        ("– det første", f"{f['open_form_first_ms']:.1f} ms", "", "", ""),
        ("– SQL-setninger / økter", f"{f['open_statements']}/{f['open_sessions']}", "", "", ""),
        (
            "Lagre det",
            f"{f['save_form_median_ms']:.1f} ms",
            "≤ 12 ms",
            "",
            met(f["save_form_median_ms"], 12),
        ),
        ("– det første", f"{f['save_form_first_ms']:.1f} ms", "", "", ""),
        ("– SQL-setninger / økter", f"{f['save_statements']}/{f['save_sessions']}", "", "", ""),
    ]
    out = [
        "",
        f"Kunnskapsapp, demo --scale {scale} ({f['rows']} prosjekter), {engine}, "
        f"median av {runs}, {date.today():%d.%m.%Y}, "
        f"QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}",
        "",
        "| Hva | Målt | Mål | Gulv | Nådd? |",
        "|---|---|---|---|---|",
    ]
    out += [f"| {' | '.join(r)} |" for r in rows]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, nargs="+", default=[20000])
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pg-url", default=os.environ.get("KUNNSKAPSAPP_TEST_PG_URL"))
    parser.add_argument("--json", action="store_true", help="skriv tallene som JSON til slutt")
    parser.add_argument("--quick", action="store_true", help="hopp over søk og rapporter")
    args = parser.parse_args()
    if args.engine == "postgresql" and not args.pg_url:
        parser.error("--engine postgresql trenger --pg-url (eller KUNNSKAPSAPP_TEST_PG_URL)")
    everything: dict[str, Any] = {}
    for scale in args.scale:
        if args.engine == "postgresql":
            url = pg_database(args.pg_url, scale)
        else:
            url = str(demo_database(scale))
        figures = measure(url, args.runs)
        everything[str(scale)] = figures
        print("\n".join(report(scale, args.engine, args.runs, figures)), flush=True)
        if not args.quick:
            for script, extra in (
                ("bench_search.py", ["--runs", "1"]),
                ("bench_reports.py", ["--skip-plain"] if args.engine == "sqlite" else None),
            ):
                if extra is None:
                    print(f"\n({script}: bare SQLite)")
                    continue
                command = [sys.executable, str(HERE / script), "--database", url, *extra]
                subprocess.run(command, check=False, cwd=ROOT)
    if args.json:
        print(json.dumps(everything, indent=2))


if __name__ == "__main__":
    main()
