"""Damaged copies of a demo database: each opens correctly or is refused in Norwegian.

Random pages overwritten (random bytes or zeros) or the file truncated, from a seeded
generator. For each copy, `db check`, `summary` and `report portfolio` must exit 0, or exit 1
with one line «kunnskapsapp: …»; never a traceback. Where the copy is refused as damaged the
message names what to restore.
"""

from __future__ import annotations

import contextlib
import io
import random
import sys

import common

COMMANDS = (["db", "check"], ["summary"], ["report", "portfolio", "-o"])


def _run(args: list[str]) -> tuple[int, str]:
    from kunnskapsapp.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(args)
        except BaseException as exc:
            return 99, f"{type(exc).__name__}: {exc}"
    return code, err.getvalue()


def run(copies: int, seed: int = 3) -> dict[str, int]:
    rng = random.Random(seed)
    folder = common.scratch()
    source = common.demo_database(folder / "demo.sqlite3")
    result = {"copies": copies, "opened": 0, "refused": 0, "tracebacks": 0}
    for n in range(copies):
        copy = folder / f"skadet-{n}.sqlite3"
        how = common.damage(source, copy, rng)
        refused = False
        for command in COMMANDS:
            args = ["--database", str(copy), *command]
            if command[-1] == "-o":
                args.append(str(folder / f"rapport-{n}.pdf"))
            code, err = _run(args)
            well_refused = (code == 1 and err.startswith("kunnskapsapp: ")) or (
                command[0] == "db" and code == 1 and "Traceback" not in err
            )
            if code != 0 and not well_refused:
                result["tracebacks"] += 1
                print(f"{how}: {' '.join(command)} -> {code}: {err[-300:]}", file=sys.stderr)
            if command == ["summary"]:
                refused = code != 0
        result["refused" if refused else "opened"] += 1
        for side in copy.parent.glob(copy.name + "*"):
            side.unlink()
    return result


if __name__ == "__main__":
    outcome = run(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
    print(outcome)
    sys.exit(1 if outcome["tracebacks"] else 0)
