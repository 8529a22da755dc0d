"""Process start to main window shown (and the client list's first page
loaded) on a 100k-client book, beside a bare PySide6 window; also the time to
open the client list and the process RSS."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _book import bench_home  # noqa: E402

BARE = """
import os, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 760); w.show(); app.processEvents()
print(f"shown {time.time() - float(os.environ['T0']):.3f}")
"""

APP = """
import os, resource, time
from PySide6.QtCore import QTimer
from agent_desk.store.book import open_book
from agent_desk.ui.app import build_main_window, make_application
app = make_application([])
book = open_book()
window = build_main_window(book)
window.show(); app.processEvents()
shown = time.time() - float(os.environ['T0'])
list_started = time.perf_counter()
def loaded(total):
    listed = time.perf_counter() - list_started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"shown {shown:.3f} list {listed * 1000:.0f} rows {total} rss {rss:.0f}")
    app.quit()
window.clients.model.loaded.connect(loaded)
window.clients.model.reload()
app.exec()
window.ctx.tasks.shutdown()
"""


def run(code: str, env: dict[str, str]) -> dict[str, float]:
    env = {**env, "T0": repr(time.time()), "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    words = out.split()
    return {words[i]: float(words[i + 1]) for i in range(0, len(words), 2)}


def main() -> None:
    clients = int(os.environ.get("BENCH_CLIENTS", "100000"))
    env = {**os.environ, "AGENT_DESK_HOME": str(bench_home(clients))}
    runs = int(os.environ.get("BENCH_RUNS", "5"))
    bare = [run(BARE, env)["shown"] for _ in range(runs)]
    app = [run(APP, env) for _ in range(runs)]
    shown = [r["shown"] for r in app]
    print(f"startup over {clients} clients, median of {runs} runs (offscreen)")
    print(f"  bare PySide6 window shown   {statistics.median(bare):.3f} s")
    print(f"  Agent Desk window shown     {statistics.median(shown):.3f} s "
          f"({statistics.median(shown) / statistics.median(bare):.2f}x bare; goal <= 1.5 s and <= 1.5x)")
    print(f"  client list first page      {statistics.median(r['list'] for r in app):.0f} ms (goal <= 200 ms)")
    print(f"  process max RSS             {max(r['rss'] for r in app):.0f} MB (goal <= 300 MB)")


if __name__ == "__main__":
    main()
