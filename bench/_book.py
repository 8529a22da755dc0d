"""A cached demo book for the benchmarks (made once with `agent-desk demo`)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

CACHE = Path(os.environ.get("AGENT_DESK_BENCH_DIR", Path(tempfile.gettempdir()) / "agent-desk-bench"))


def bench_home(clients: int = 100_000, seed: int = 1) -> Path:
    """An AGENT_DESK_HOME holding a demo book of `clients` clients."""
    home = CACHE / f"home-{clients}-{seed}"
    if not (home / "book.sqlite3").exists() or not (home / "ready").exists():
        home.mkdir(parents=True, exist_ok=True)
        for stale in home.glob("book.sqlite3*"):
            stale.unlink()
        env = {**os.environ, "AGENT_DESK_HOME": str(home)}
        print(f"making a {clients}-client demo book in {home} …", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "agent_desk", "demo", "--clients", str(clients), "--seed", str(seed)],
                       env=env, check=True)
        (home / "ready").touch()
    return home
