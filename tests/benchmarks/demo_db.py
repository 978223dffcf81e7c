"""The benchmarks' demo databases: `demo --scale N` made once per size and kept in /tmp."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def demo_database(scale: int, tag: str = "bench") -> Path:
    """`/tmp/kunnskapsapp-TAG-SCALE.sqlite3`, made by the app's own `demo --scale` if missing."""
    path = Path(f"/tmp/kunnskapsapp-{tag}-{scale}.sqlite3")
    if not path.exists():
        print(f"Lager demodatabase med {scale} prosjekter i {path} …", flush=True)
        command = [sys.executable, "-m", "kunnskapsapp", "--database", str(path)]
        subprocess.run([*command, "demo", "--scale", str(scale)], check=True, cwd=ROOT)
    return path
