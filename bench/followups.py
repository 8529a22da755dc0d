"""Follow-ups on the 100,000-client demo book: regenerating every rule
follow-up from none (and again, when nothing changed), the daily upkeep
(tiers, then follow-ups), the Today view's query, and the Today screen from
refresh to shown. Works on a copy of the cached bench book."""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _book import bench_home  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
CLIENTS = int(os.environ.get("BENCH_CLIENTS", "100000"))
TODAY = date.today()


def timed(fn):  # noqa: ANN001, ANN201
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def main() -> None:
    source = bench_home(CLIENTS) / "book.sqlite3"
    work = Path(tempfile.mkdtemp(prefix="agent-desk-followups-"))
    os.environ["AGENT_DESK_HOME"] = str(work)
    shutil.copyfile(source, work / "book.sqlite3")

    from sqlalchemy import delete

    from agent_desk.services.followup_regeneration import regenerate_followups
    from agent_desk.services.today import today_view
    from agent_desk.services.upkeep import daily_upkeep
    from agent_desk.store.book import open_book
    from agent_desk.store.models import FollowUp

    book = open_book(work / "book.sqlite3")
    with book.session() as s:  # from none: as on a book that never had follow-ups
        s.execute(delete(FollowUp).where(FollowUp.rule_key.is_not(None), FollowUp.status == "open"))
    with book.session() as s:
        first, (report, _) = timed(lambda: regenerate_followups(s, TODAY))
    print(f"regenerate from none      {first:6.2f} s   ({report.summary()})  goal ≤ 10 s")
    again = []
    for _ in range(RUNS):
        with book.session() as s:
            seconds, (report, _) = timed(lambda: regenerate_followups(s, TODAY))
        again.append(seconds)
    print(f"regenerate, nothing new   {statistics.median(again):6.2f} s median of {RUNS} ({report.summary()})")
    with book.session() as s:
        upkeep, (report, _) = timed(lambda: daily_upkeep(s, TODAY))
    print(f"daily upkeep (tiers + follow-ups) {upkeep:6.2f} s")
    views = []
    for _ in range(RUNS):
        with book.session() as s:
            seconds, view = timed(lambda: today_view(s, TODAY))
        views.append(seconds)
    print(f"today_view                {statistics.median(views) * 1000:6.0f} ms median of {RUNS} "
          f"({view.overdue_count} overdue, {view.due_today_count} today, {view.this_week_count} this week, "
          f"{view.renewal_count} renewals, {len(view.birthdays)} birthdays)")
    screen_times = today_screen_times(book)
    print(f"Today screen, refresh to shown {statistics.median(screen_times) * 1000:6.0f} ms median of {RUNS} "
          f"(first {screen_times[0] * 1000:.0f} ms)  goal ≤ 300 ms")
    book.close()
    shutil.rmtree(work, ignore_errors=True)


def today_screen_times(book) -> list[float]:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    from agent_desk.ui.context import AppContext, Bus
    from agent_desk.ui.settings import Settings
    from agent_desk.ui.tasks import Tasks
    from agent_desk.ui.today.today_screen import TodayScreen

    app = QApplication.instance() or QApplication([])
    tasks = Tasks(book)
    ctx = AppContext(tasks=tasks, bus=Bus(), settings=Settings(str(Path(tempfile.mkdtemp()) / "s.ini")))
    screen = TodayScreen(ctx, today=lambda: TODAY)
    screen.resize(1200, 800)
    screen.show()
    times = []
    for _ in range(RUNS):
        shown = []
        screen.loaded.connect(lambda: shown.append(time.perf_counter()))
        started = time.perf_counter()
        screen.refresh()
        while not shown:
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()  # painted
        times.append(time.perf_counter() - started)
        screen.loaded.disconnect()
    tasks.shutdown()
    return times


if __name__ == "__main__":
    main()
