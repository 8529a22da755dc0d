"""Sync over loopback (issue 13): a device pushing 10,000 mutations and a
fresh device pulling 100,000 changes, with the office as a real process
(`python -m agent_desk.office serve`) on 127.0.0.1, over a SQLite file and
over a fresh PostgreSQL schema. Goals (DESIGN §6): push ≤ 3 s, pull ≤ 10 s.

The rows are demo-book rows, the mix an agent's book has (clients, households
and their members, relationships, policies, activities, claims, …), taken in
protocol.ENTITIES order and trimmed to the count:

- push: each run a new demo book (ids never repeat between demo books) made
  in an unenrolled book, enrolled (which queues the whole book, as for an
  agent who worked before enrolling), its outbox trimmed to 10,000; then one
  `sync_once`. "push" is the time until the last batch was recorded; the
  whole sync then pulls (what the office sends back of the device's own
  rows) and recomputes tiers.
- pull: the office filled once (not timed) by inserting the `rows` of one
  agent straight into its database, as its push writes them; each run a new
  empty book enrolled for that agent runs one `sync_once`.
- floor: the same rows' columns written straight into an empty book with one
  executemany per table in one transaction; the ratio is sync / floor.

Every timed operation runs BENCH_RUNS times (3), each on a fresh device, and
the median is shown; fewer when the runs would take more than BENCH_BUDGET
seconds (30). A run is stopped once it takes BENCH_DEADLINE times its goal
(3; 0 never stops) and shown as "> s" with the rows a second it had, so a
missed goal costs seconds, not minutes; BENCH_DEADLINE=0 measures it to the
end (the first rows are clients, the slowest to apply). The app's own batch
and page (engine.PUSH_BATCH, engine.PULL_PAGE), where they differ from the
protocol's largest, are measured when those are within twice their goal, or
with BENCH_ALL=1.

Where the time went is shown for the last run of each (see Stopwatch): the
push's requests, the pull's fetches (on their own thread, overlapping the
rest), applying pulled pages, search rows, tiers, and the rest (reading the
outbox, recording results, waiting for a page, bookkeeping). BENCH_PUSH_ROWS / BENCH_PULL_ROWS change the counts;
BENCH_BACKENDS=sqlite skips PostgreSQL (AGENT_DESK_TEST_PG moves it).
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # office_harness: the office as a process, PostgreSQL schemas

# The device tokens go to a file in the throwaway AGENT_DESK_HOME, never to this user's keyring.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
WORK = Path(tempfile.mkdtemp(prefix="agent-desk-sync-bench-"))
os.environ["AGENT_DESK_HOME"] = str(WORK / "home")

from sqlalchemy import delete, insert, select, update  # noqa: E402

from office_harness import enrolment_code, office_subprocess, pg_schema, pg_unreachable, pg_url  # noqa: E402

from agent_desk.domain.clients import display_name  # noqa: E402
from agent_desk.office.db import OfficeDb, open_office_db  # noqa: E402
from agent_desk.office.models import Agent, SyncedRow  # noqa: E402
from agent_desk.services.demo import create_demo_book  # noqa: E402
from agent_desk.store.book import Book, open_book  # noqa: E402
from agent_desk.store.models import SyncOutbox, utcnow  # noqa: E402
from agent_desk.sync import codec, engine, protocol  # noqa: E402
from agent_desk.sync.client import OfficeClient  # noqa: E402
from agent_desk.sync.engine import SyncReport, enroll, sync_once  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "3"))
PUSH_ROWS = int(os.environ.get("BENCH_PUSH_ROWS", "10000"))
PULL_ROWS = int(os.environ.get("BENCH_PULL_ROWS", "100000"))
BACKENDS = os.environ.get("BENCH_BACKENDS", "sqlite,postgresql").split(",")
BUDGET = float(os.environ.get("BENCH_BUDGET", "30"))  # seconds an operation's repeated runs may take
DEADLINE = float(os.environ.get("BENCH_DEADLINE", "3"))  # a run stops at this many times its goal
ALL = os.environ.get("BENCH_ALL") == "1"
PUSH_GOAL, PULL_GOAL = 3.0, 10.0
ROWS_PER_CLIENT = 5  # a demo book has ~5.3 synced rows a client (before upkeep)
TODAY = date(2026, 12, 7)
PUSH_AGENT, PULL_AGENT = "PUSH", "PULL"

# (entity, row id, fields as they travel)
Row = tuple[str, uuid.UUID, dict[str, Any]]


@dataclass
class Sample:
    seconds: float
    done: int  # rows done in that time
    stopped: bool = False  # at the deadline, before the end


@dataclass
class Line:
    backend: str
    operation: str
    rows: int
    samples: list[Sample]
    floor: float | None = None
    goal: float | None = None

    @property
    def stopped(self) -> bool:
        return any(sample.stopped for sample in self.samples)

    @property
    def seconds(self) -> float:
        return statistics.median(sample.seconds for sample in self.samples)

    @property
    def rate(self) -> float:
        """Rows a second; 0 when not known (stopped with the count unknown)."""
        return statistics.median(sample.done / sample.seconds for sample in self.samples)


# --- books ------------------------------------------------------------------------------------

_counter = iter(range(1, 1_000_000))


def new_book(label: str) -> Book:
    path = WORK / f"{label}-{next(_counter)}.sqlite3"
    shutil.copyfile(WORK / "template.sqlite3", path)
    return open_book(path)


def drop_book(book: Book) -> None:
    book.close()
    for path in book.path.parent.glob(book.path.name + "*"):
        path.unlink()


def demo_book(label: str, rows: int) -> Book:
    book = new_book(label)
    with book.session() as session:
        create_demo_book(session, clients=rows // ROWS_PER_CLIENT + 50, seed=next(_counter), today=TODAY)
    return book


def book_rows(book: Book, limit: int) -> list[Row]:
    """The first `limit` synced rows of a book in ENTITIES order, as they travel."""
    found: list[Row] = []
    with book.session() as session:
        connection = session.connection()
        for entity in protocol.ENTITIES:
            table, names = codec.table(entity), codec.travelling_columns(entity)
            query = select(table.c.id, *(table.c[name] for name in names)).limit(limit - len(found))
            for row in connection.execute(query):
                values = row._mapping
                found.append((entity, values["id"], {name: codec.to_json(entity, name, values[name])
                                                     for name in names}))
            if len(found) >= limit:
                break
    if len(found) < limit:
        raise SystemExit(f"the demo book has only {len(found)} rows, {limit} wanted")
    return found


def outbox_rows(book: Book) -> list[Row]:
    with book.session() as session:
        return [(row.entity, row.row_id, row.fields)
                for row in session.scalars(select(SyncOutbox).order_by(SyncOutbox.seq))]


# --- the floor: the same rows straight into SQLite --------------------------------------------

def book_values(rows: list[Row]) -> dict[str, list[dict[str, Any]]]:
    """Column values per table, as the book holds them (with its local columns)."""
    now = utcnow()
    tables: dict[str, list[dict[str, Any]]] = {}
    for entity, row_id, fields in rows:
        values = {name: codec.from_json(entity, name, value) for name, value in fields.items()}
        values.update(id=row_id, version=1, updated_at=now)
        if entity == "clients":
            values["sort_name"] = display_name(values.get("name") or "", values.get("name_local") or "").casefold()
        tables.setdefault(entity, []).append(values)
    return tables


def floor_seconds(rows: list[Row]) -> list[float]:
    tables = book_values(rows)
    samples = []
    for _ in range(RUNS):
        book = new_book("floor")
        started = time.perf_counter()
        with book.session() as session:
            connection = session.connection()
            for entity, values in tables.items():
                connection.execute(insert(codec.table(entity)), values)
        samples.append(time.perf_counter() - started)
        drop_book(book)
    return samples


# --- the office --------------------------------------------------------------------------------

def fill_office(db: OfficeDb, rows: list[Row]) -> float:
    """Make `rows` the pull agent's book in the office, as its push would have
    written them: one device's stamps, seqs 1…n, each row's owning client."""
    started = time.perf_counter()
    enrolment_code(db, PULL_AGENT, "Pull Agent")
    device = str(uuid.uuid4())
    owners: dict[tuple[str, uuid.UUID], uuid.UUID | None] = {}
    with db.write() as session:
        agent = session.scalars(select(Agent).where(Agent.code == PULL_AGENT)).one()
        batch: list[dict[str, Any]] = []
        for seq, (entity, row_id, fields) in enumerate(rows, start=1):
            owner = None
            if entity in protocol.OWNER_FIELD:
                named_by, parent = protocol.OWNER_FIELD[entity]
                owner = row_id if named_by == "id" else (uuid.UUID(fields[named_by]) if fields.get(named_by) else None)
                if parent is not None and owner is not None:
                    owner = owners.get((parent, owner))
            owners[(entity, row_id)] = owner
            created = datetime.fromisoformat(fields["created_at"]) if fields.get("created_at") else None
            millis = int(created.replace(tzinfo=timezone.utc).timestamp() * 1000) if created else 0
            stamp = {"h": f"{millis:013d}-00000-bench", "s": seq, "d": device}
            batch.append({"entity": entity, "row_id": row_id, "agent_id": agent.id, "owner_client": owner,
                          "data": fields, "stamps": {name: stamp for name in fields}, "seq": seq})
            if len(batch) == 5000:
                session.execute(insert(SyncedRow.__table__), batch)
                batch = []
        if batch:
            session.execute(insert(SyncedRow.__table__), batch)
        session.execute(update(Agent).where(Agent.id == agent.id).values(last_seq=len(rows)))
    return time.perf_counter() - started


class Stopped(Exception):
    """A run reached its deadline."""


class Marks:
    """When each stage of a sync last reported progress, and how far it was;
    stops the sync at the deadline (progress comes after each batch or page)."""

    def __init__(self, deadline: float | None) -> None:
        self.started = time.perf_counter()
        self.deadline = deadline
        self.at: dict[str, float] = {}
        self.done: dict[str, int] = {}

    def __call__(self, stage: str, done: int, _total: int) -> None:
        now = time.perf_counter() - self.started
        self.at[stage], self.done[stage] = now, done
        if self.deadline and now > self.deadline:
            raise Stopped


class Stopwatch:
    """Time spent in a few functions of the sync engine during one sync, by
    wrapping them (nothing else changes): the push's requests (HTTP round
    trips, the office's work and the client's JSON), the pull's fetches,
    applying pulled pages, settling search rows and tiers after the pull.
    The pull fetches the next page on a thread of its own while the current
    one is applied, so "pull fetches" overlaps the rest and "the rest" leaves
    it out (it is the time the sync waited for a page, and bookkeeping)."""

    PARTS = (("push requests", [(OfficeClient, "push")]),
             ("pull fetches (overlapping)", [(OfficeClient, "pull")]),
             ("apply pages", [(engine, "apply_page")]),
             ("search rows", [(engine, "settle_search")]),
             ("tiers", [(engine, "_after_pull")]))
    OVERLAPPING = "pull fetches (overlapping)"

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self._originals: list[tuple[object, str, Callable[..., Any]]] = []

    def __enter__(self) -> Stopwatch:
        for part, targets in self.PARTS:
            for owner, name in targets:
                original = getattr(owner, name)
                self._originals.append((owner, name, original))
                setattr(owner, name, self._timed(part, original))
        return self

    def __exit__(self, *_exc: object) -> None:
        for owner, name, original in reversed(self._originals):
            setattr(owner, name, original)

    def _timed(self, part: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.spent[part] = self.spent.get(part, 0.0) + time.perf_counter() - started
        return timed

    def parts(self, whole: float) -> dict[str, float]:
        found = dict(self.spent)
        found["the rest"] = whole - sum(seconds for part, seconds in found.items() if part != self.OVERLAPPING)
        return found


@dataclass
class Run:
    seconds: float  # the whole sync_once, or until it was stopped
    stopped: bool
    marks: Marks
    report: SyncReport | None  # None when stopped
    parts: dict[str, float]


def timed_sync(book: Book, goal: float, **options: Any) -> Run:
    marks = Marks(DEADLINE * goal if DEADLINE > 0 else None)
    report, stopped = None, False
    with Stopwatch() as watch:
        try:
            report = sync_once(book, progress=marks, today=TODAY, **options)
        except Stopped:
            stopped = True
        seconds = time.perf_counter() - marks.started
    return Run(seconds, stopped, marks, report, watch.parts(seconds))


def enough(samples: list[Sample]) -> bool:
    """RUNS samples, or fewer when another run would take the operation past
    BUDGET; one when it was stopped (its time is only a lower bound)."""
    if not samples:
        return False
    spent = sum(sample.seconds for sample in samples)
    return len(samples) >= RUNS or samples[-1].stopped or spent * (len(samples) + 1) / len(samples) > BUDGET


@dataclass
class Runs:
    main: list[Sample] = field(default_factory=list)  # what the goal is about
    whole: list[Sample] = field(default_factory=list)  # the whole sync_once
    parts: dict[str, float] = field(default_factory=dict)  # where the last run's time went


def push_runs(url: str, db: OfficeDb, batch: int, first_rows: list[list[Row]]) -> Runs:
    """Push phase and whole sync, a new demo book each run."""
    runs = Runs()
    while not enough(runs.whole):
        book = demo_book("push", PUSH_ROWS)
        # An agent of its own: the whole sync finds nothing of earlier runs to pull.
        agent = f"{PUSH_AGENT}-{next(_counter)}"
        enroll(book, url, enrolment_code(db, agent, f"Push Agent {agent}"), "bench push")
        with book.session() as session:
            keep = select(SyncOutbox.seq).order_by(SyncOutbox.seq).limit(PUSH_ROWS).scalar_subquery()
            session.execute(delete(SyncOutbox).where(SyncOutbox.seq.not_in(keep)))
        if not first_rows:
            first_rows.append(outbox_rows(book))
        run = timed_sync(book, PUSH_GOAL, push_batch=batch)
        if run.report is not None and (run.report.pushed != PUSH_ROWS or run.report.refused
                                       or run.report.conflicts):
            raise SystemExit(f"push went wrong: {run.report.summary()}")
        pushed = run.marks.done.get("push", 0)
        push_stopped = run.stopped and "pull" not in run.marks.at and pushed < PUSH_ROWS
        runs.main.append(Sample(run.seconds if push_stopped else run.marks.at["push"], pushed, push_stopped))
        runs.whole.append(Sample(run.seconds, 0 if run.stopped else PUSH_ROWS, run.stopped))
        runs.parts = run.parts
        drop_book(book)
    return runs


def pull_runs(url: str, db: OfficeDb, limit: int) -> Runs:
    """Whole sync (its pull, then tiers), a new empty device each run."""
    runs = Runs()
    while not enough(runs.main):
        book = new_book("pull")
        enroll(book, url, enrolment_code(db, PULL_AGENT, "Pull Agent"), "bench pull")
        run = timed_sync(book, PULL_GOAL, pull_limit=limit)
        if run.report is not None and run.report.pulled != PULL_ROWS:
            raise SystemExit(f"pull went wrong: {run.report.summary()} (wanted {PULL_ROWS})")
        runs.main.append(Sample(run.seconds, run.marks.done.get("pull", 0), run.stopped))
        runs.parts = run.parts
        drop_book(book)
    return runs


def worth_it(main: Line) -> bool:
    """Measure the other batch or page size too: asked, or cheap."""
    return ALL or (not main.stopped and main.goal is not None and main.seconds <= 2 * main.goal)


def bench_backend(backend: str, url: str, pull_rows: list[Row], floors: dict[str, list[float]]) -> list[Line]:
    lines: list[Line] = []
    db = open_office_db(url)
    try:
        filled = fill_office(db, pull_rows)
        say(f"[{backend}] office filled with {len(pull_rows):,} rows for the pull in {filled:.1f} s (not timed)")
        with office_subprocess(url) as office:
            first_rows: list[list[Row]] = []
            push_main: Line | None = None
            for batch in dict.fromkeys((protocol.MAX_PUSH_BATCH, engine.PUSH_BATCH)):
                if push_main is not None and not worth_it(push_main):
                    say(f"[{backend}] push in batches of {batch}: skipped, the push missed its goal by more than "
                        "twice (BENCH_ALL=1 measures it)")
                    continue
                runs = push_runs(office.url, db, batch, first_rows)
                if "push" not in floors:
                    floors["push"] = floor_seconds(first_rows[0])
                floor = statistics.median(floors["push"])
                line = Line(backend, f"push, batches of {batch}", PUSH_ROWS, runs.main, floor, PUSH_GOAL)
                push_main = push_main or line
                lines.append(line)
                lines.append(Line(backend, "  the whole sync (its pull, tiers)", PUSH_ROWS, runs.whole, floor))
                say(f"[{backend}] push in batches of {batch}: {fmt(runs.main)}; whole sync {fmt(runs.whole)}; "
                    f"last run: {parts(runs.parts)}")
            pull_main: Line | None = None
            for limit in dict.fromkeys((protocol.MAX_PULL_LIMIT, engine.PULL_PAGE)):
                if pull_main is not None and not worth_it(pull_main):
                    say(f"[{backend}] pull in pages of {limit}: skipped, the pull missed its goal by more than "
                        "twice (BENCH_ALL=1 measures it)")
                    continue
                runs = pull_runs(office.url, db, limit)
                line = Line(backend, f"pull, pages of {limit} (whole sync)", PULL_ROWS, runs.main,
                            statistics.median(floors["pull"]), PULL_GOAL)
                pull_main = pull_main or line
                lines.append(line)
                say(f"[{backend}] pull in pages of {limit}: {fmt(runs.main)}; last run: {parts(runs.parts)}")
    finally:
        db.dispose()
    return lines


def say(text: str) -> None:
    print(f"  {text}", flush=True)


def fmt(samples: list[Sample]) -> str:
    return ", ".join((f"> {s.seconds:.2f} s (stopped" + (f" at {s.done:,} rows)" if s.done else ")"))
                     if s.stopped else f"{s.seconds:.2f} s" for s in samples)


def parts(spent: dict[str, float]) -> str:
    return ", ".join(f"{part} {seconds:.2f} s" for part, seconds in spent.items() if seconds >= 0.005)


def table(lines: list[Line]) -> None:
    print()
    print(f"{'backend':10s} {'operation':40s} {'rows':>7s} {'runs':>4s} {'seconds':>8s} {'rows/s':>7s} "
          f"{'÷ floor':>8s} {'goal':>7s}  met?")
    for line in lines:
        seconds = f"> {line.seconds:.2f}" if line.stopped else f"{line.seconds:.2f}"
        rate = f"{line.rate:7,.0f}" if line.rate else ""
        ratio = f"{'> ' if line.stopped else ''}{line.seconds / line.floor:.1f}×" if line.floor else ""
        goal = f"≤ {line.goal:.0f} s" if line.goal else ""
        met = ("yes" if line.seconds <= line.goal and not line.stopped else "NO") if line.goal else ""
        print(f"{line.backend:10s} {line.operation:40s} {line.rows:7,d} {len(line.samples):4d} {seconds:>8s} "
              f"{rate:>7s} {ratio:>8s} {goal:>7s}  {met}")
    if any(line.stopped for line in lines):
        print(f"> stopped at {DEADLINE:g}× its goal (BENCH_DEADLINE), rows/s until then (the first rows are "
              "clients, the slowest to apply); BENCH_DEADLINE=0 runs it to the end")


def main() -> None:
    started = time.perf_counter()
    (WORK / "home").mkdir(parents=True)
    open_book(WORK / "template.sqlite3").close()
    print(f"sync over loopback: push {PUSH_ROWS:,} mutations, pull {PULL_ROWS:,} changes; median of up to {RUNS} "
          f"runs (fewer past {BUDGET:.0f} s an operation); the office a process on 127.0.0.1", flush=True)
    source = demo_book("source", PULL_ROWS)
    pull_rows = book_rows(source, PULL_ROWS)
    drop_book(source)
    floors = {"pull": floor_seconds(pull_rows)}
    say(f"floor: {PULL_ROWS:,} rows straight into a book {', '.join(f'{s:.2f} s' for s in floors['pull'])}")
    lines: list[Line] = []
    for backend in BACKENDS:
        if backend == "sqlite":
            lines += bench_backend("sqlite", f"sqlite:///{WORK / 'office.sqlite3'}", pull_rows, floors)
        elif backend == "postgresql":
            problem = pg_unreachable()
            if problem is not None:
                print(f"!!! PostgreSQL at {pg_url()} is unreachable ({problem}): SQLITE ONLY, PostgreSQL NOT MEASURED",
                      flush=True)
                continue
            with pg_schema() as url:
                lines += bench_backend("postgresql", url, pull_rows, floors)
    floor_lines = [Line("book", "floor: the rows straight into SQLite", rows,
                        [Sample(seconds, rows) for seconds in floors[kind]], statistics.median(floors[kind]))
                   for kind, rows in (("push", PUSH_ROWS), ("pull", PULL_ROWS)) if kind in floors]
    table(floor_lines + lines)
    print(f"\n(whole script {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
