"""`agent-desk demo --clients 100000` end to end, as a person runs it: a fresh
process in an empty AGENT_DESK_HOME (so the time includes starting Python and
creating the book). Prints the elapsed seconds, the book's size and what it
holds. BENCH_CLIENTS, BENCH_SEED and BENCH_RUNS change the defaults."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_SECONDS = 15


def run_demo(clients: int, seed: int) -> tuple[float, int, dict]:
    """Elapsed seconds, bytes on disk and the command's JSON report."""
    with tempfile.TemporaryDirectory(prefix="agent-desk-demo-") as home:
        env = {**os.environ, "AGENT_DESK_HOME": home}
        command = [sys.executable, "-m", "agent_desk", "demo", "--clients", str(clients), "--seed", str(seed),
                   "--json"]
        start = time.perf_counter()
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        elapsed = time.perf_counter() - start
        size = sum(path.stat().st_size for path in Path(home).glob("book.sqlite3*"))  # with any WAL left
        return elapsed, size, json.loads(result.stdout)


def main() -> None:
    clients = int(os.environ.get("BENCH_CLIENTS", "100000"))
    seed = int(os.environ.get("BENCH_SEED", "1"))
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    print(f"agent-desk demo --clients {clients} --seed {seed}, {runs} runs, each a new process and book")
    results = []
    for number in range(1, runs + 1):
        elapsed, size, report = run_demo(clients, seed)
        results.append((elapsed, size, report))
        print(f"  run {number}: {elapsed:6.2f} s   {size / 1e6:6.1f} MB   {clients / elapsed:,.0f} clients/s")
    times = [elapsed for elapsed, _, _ in results]
    _, size, report = results[-1]
    print(f"  median {statistics.median(times):.2f} s, worst {max(times):.2f} s (goal <= {GOAL_SECONDS} s)")
    print(f"  book {size / 1e6:.1f} MB: " + ", ".join(f"{report[key]:,} {key}" for key in
                                                     ("clients", "households", "relationships", "policies",
                                                      "activities")))


if __name__ == "__main__":
    main()
