"""One sync with the office: push the outbox, pull the office's changes,
fetch a newer catalog. Enrolment of a book with a one-time code.

Every step commits locally only after the office answered, and the office
applies each mutation at most once, so a sync cut off anywhere is simply run
again: the outbox row stays until its result is recorded, and the cursor
moves only in the transaction that applies its page.
"""

from __future__ import annotations

import gc
import socket
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

import httpx
from sqlalchemy import delete, insert, select

from agent_desk.domain.catalog import CatalogError
from agent_desk.errors import BadAnswerError, NotEnrolledError, SyncError
from agent_desk.services.catalogs import install_catalog
from agent_desk.services.changes import Changes
from agent_desk.store.book import Book
from agent_desk.store.models import SyncConflict, SyncOutbox, utcnow
from agent_desk.sync import credentials, outbox, protocol
from agent_desk.sync.apply import PageReport, apply_page, settle_search, unchecked_session
from agent_desk.sync.client import DEFAULT_TIMEOUT, OfficeClient
from agent_desk.sync.outbox import CURSOR, PULL_EVERYTHING, SERVER_URL, read_state, write_state
from agent_desk.sync.protocol import Mutation, MutationResult

# sync_state keys besides the outbox's
DEVICE_ID = "device_id"
AGENT_CODE = "agent_code"
AGENT_NAME = "agent_name"
TOKEN_STORE = "token_store"
CATALOG_ETAG = "catalog_etag"
LAST_SYNC_AT = "last_sync_at"
LAST_ATTEMPT_AT = "last_attempt_at"
LAST_ERROR = "last_error"
LAST_ERROR_KIND = "last_error_kind"

# Mutations a push sends and changes a pull asks for at a time. Large enough
# that per-request costs stay small (pages of 500 made a 100,000-change pull
# about a quarter slower), small enough that a batch or page is done in a
# fraction of a second, so progress moves and a cancel is prompt.
PUSH_BATCH = protocol.MAX_PUSH_BATCH
PULL_PAGE = 2000

# Fields the agent never edits: two devices that each made the same rule
# follow-up differ only in when, which is not worth the agent's attention.
_BOOKKEEPING = frozenset({"created_at"})

# stage, done, total (total 0 when not known yet)
SyncProgress = Callable[[str, int, int], None]


@dataclass
class SyncReport:
    pushed: int = 0
    refused: int = 0
    conflicts: int = 0
    pulled: int = 0
    removed: int = 0
    catalog: str = ""  # "demo-2026 2026.2" when a newer catalog was installed
    catalog_problem: str = ""  # why a published catalog was not installed
    changes: Changes = field(default_factory=lambda: Changes(sync=True))

    def summary(self) -> str:
        parts = [f"{self.pushed} sent", f"{self.pulled} received"]
        if self.removed:
            parts.append(f"{self.removed} moved to another agent")
        if self.conflicts:
            parts.append(f"{self.conflicts} conflicts to review")
        if self.refused:
            parts.append(f"{self.refused} not accepted")
        if self.catalog:
            parts.append(f"catalog {self.catalog} installed")
        if self.catalog_problem:
            parts.append(f"catalog not installed: {self.catalog_problem}")
        return ", ".join(parts)


@dataclass(frozen=True)
class EnrolmentReport:
    agent_code: str
    agent_name: str
    device_id: str
    token_kept: str  # where the token is kept, in words
    queued: int  # rows of the book queued for upload


def enroll(book: Book, server_url: str, code: str, device_name: str = "", *,
           timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
           progress: Callable[[int, int], None] | None = None) -> EnrolmentReport:
    """Exchange a one-time code for this device's token. A book enrolled for
    the first time (or with another office or agent) is queued whole for
    upload; changes already waiting in the outbox are kept either way."""
    server_url = server_url.strip().rstrip("/")
    if not server_url.startswith(("http://", "https://")):
        raise SyncError(f"The office address must start with http:// or https:// (got {server_url!r})")
    with book.session() as session:
        connection = session.connection()
        node = outbox.node_id(connection)
        previous = read_state(connection, SERVER_URL, AGENT_CODE, DEVICE_ID)
    with OfficeClient(server_url, timeout=timeout) as client:
        answer = client.enroll(code, device_name or socket.gethostname(), node)
    device_id = str(answer.device_id)
    kept = credentials.save_token(device_id, answer.token)
    same_book = previous.get(SERVER_URL) == server_url and previous.get(AGENT_CODE) == answer.agent_code
    with book.session() as session:
        connection = session.connection()
        values = {SERVER_URL: server_url, DEVICE_ID: device_id, AGENT_CODE: answer.agent_code,
                  AGENT_NAME: answer.agent_name, TOKEN_STORE: kept, LAST_ERROR: ""}
        if not same_book:
            values.update({CURSOR: "0", CATALOG_ETAG: ""})
        write_state(connection, **values)
        queued = 0 if same_book else outbox.queue_whole_book(session, progress)
    if previous.get(DEVICE_ID) and previous[DEVICE_ID] != device_id:
        credentials.forget_token(previous[DEVICE_ID])
    return EnrolmentReport(answer.agent_code, answer.agent_name, device_id, kept, queued)


def sync_once(book: Book, *, timeout: httpx.Timeout | float = DEFAULT_TIMEOUT, push_batch: int = PUSH_BATCH,
              pull_limit: int = PULL_PAGE, progress: SyncProgress | None = None,
              today: date | None = None) -> SyncReport:
    """Push, pull and fetch the catalog. Raises a SyncError when the office
    cannot be reached or refuses; what was done before that stays done."""
    report_progress = progress or (lambda _stage, _done, _total: None)
    with book.session() as session:
        connection = session.connection()
        state = read_state(connection, SERVER_URL, DEVICE_ID)
        write_state(connection, **{LAST_ATTEMPT_AT: utcnow().isoformat(timespec="seconds")})
    if not state.get(SERVER_URL):
        raise NotEnrolledError("This book is not enrolled with an office yet: enrol it with a one-time code "
                               "(agent-desk enroll --server URL --code CODE)")
    token = credentials.load_token(state.get(DEVICE_ID, ""))
    if not token:
        raise NotEnrolledError("This computer has no device token for the book's office: enrol it again with a "
                               "new code from the office; changes waiting here are kept")
    report = SyncReport()
    try:
        with OfficeClient(state[SERVER_URL], token, timeout=timeout) as client:
            _push_all(book, client, push_batch, report, report_progress)
            _pull_all(book, client, pull_limit, report, report_progress)
            _fetch_catalog(book, client, report)
    except SyncError as exc:
        with book.session() as session:
            write_state(session.connection(), **{LAST_ERROR: str(exc), LAST_ERROR_KIND: type(exc).__name__})
        raise
    _after_pull(book, report, today or date.today())
    with book.session() as session:
        write_state(session.connection(), **{LAST_SYNC_AT: utcnow().isoformat(timespec="seconds"), LAST_ERROR: "",
                                                LAST_ERROR_KIND: ""})
    return report


# -- push ------------------------------------------------------------------------------
def _push_all(book: Book, client: OfficeClient, batch: int, report: SyncReport, progress: SyncProgress) -> None:
    with book.session() as session:
        total = outbox.pending_count(session)
    while True:
        with book.session() as session:
            rows = session.scalars(select(SyncOutbox).order_by(SyncOutbox.seq).limit(batch)).all()
        if not rows:
            return
        mutations = [Mutation(mutation_id=row.mutation_id, entity=row.entity, row_id=row.row_id, op=row.operation,
                              fields=row.fields, hlc=row.hlc, base=row.base) for row in rows]
        answer = client.push(mutations)
        with book.session() as session:
            connection = session.connection()
            connection.execute(delete(SyncOutbox).where(SyncOutbox.seq.in_([row.seq for row in rows])))
            _record_results(connection, rows, answer.results, report)
        report.pushed += len(rows)
        progress("push", report.pushed, max(total, report.pushed))


def _record_results(connection, rows: list[SyncOutbox], results: list[MutationResult],  # noqa: ANN001
                    report: SyncReport) -> None:
    conflicts = []
    for row, result in zip(rows, results, strict=True):
        if result.status == "refused":
            report.refused += 1
            conflicts.append({"id": uuid.uuid4(), "entity": row.entity, "row_id": row.row_id, "field": "*",
                              "kept_value": None, "lost_value": row.fields, "lost_hlc": row.hlc,
                              "winner": "refused", "created_at": utcnow()})
        for conflict in result.conflicts:
            if conflict.field in _BOOKKEEPING:
                continue
            conflicts.append({"id": uuid.uuid4(), "entity": row.entity, "row_id": row.row_id,
                              "field": conflict.field, "kept_value": conflict.kept, "lost_value": conflict.lost,
                              "lost_hlc": conflict.lost_hlc, "winner": conflict.winner, "created_at": utcnow()})
    if conflicts:
        connection.execute(insert(SyncConflict.__table__), conflicts)
        report.conflicts += len(conflicts)


# -- pull ------------------------------------------------------------------------------
def _pull_all(book: Book, client: OfficeClient, limit: int, report: SyncReport, progress: SyncProgress) -> None:
    """Pages in the office's order, each applied in its own transaction. The
    next page is fetched while this one is applied (the office and the wire
    take about a third of a long pull); it is used only once this one is
    committed, and dropped if anything goes wrong."""
    with book.session() as session:
        settle_search(session, None)
        state = read_state(session.connection(), CURSOR, PULL_EVERYTHING)
    cursor = int(state.get(CURSOR) or 0)
    # After a restore the book lacks what this device sent since the backup: take its own rows too.
    skip_own = state.get(PULL_EVERYTHING) != "1"
    searched: set[uuid.UUID] = set()
    fetcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull")
    try:
        upcoming = fetcher.submit(client.pull, cursor, limit, skip_own)
        while True:
            page = upcoming.result()
            if page.has_more and page.next_cursor > cursor:
                upcoming = fetcher.submit(client.pull, page.next_cursor, limit, skip_own)
            with _collector_paused(), unchecked_session(book) as session:
                connection = session.connection()
                applied: PageReport = apply_page(session, page.changes, outbox.clock_for(connection))
                # The cursor moves in the transaction that applied its rows, never before.
                write_state(connection, **{CURSOR: str(page.next_cursor)})
                if not page.has_more and not skip_own:
                    write_state(connection, **{PULL_EVERYTHING: ""})
            searched |= applied.searched
            report.pulled += applied.applied
            report.removed += applied.removed
            report.changes = report.changes | applied.changes()
            progress("pull", report.pulled + report.removed, 0)
            if not page.has_more:
                return
            if page.next_cursor <= cursor:
                raise BadAnswerError("The office said more changes wait but gave none; will try again later")
            cursor = page.next_cursor
    finally:
        fetcher.shutdown(wait=False, cancel_futures=True)  # a fetch under way ends with the office client
        with _collector_paused(), book.session() as session:  # the pages that came are searchable, whatever broke
            settle_search(session, searched)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic collector off while a page is read and applied (or
    search rows and tiers are worked out after a pull). A page
    is thousands of short-lived objects, and the collector walked them again
    and again: a third of the time of pulling 100,000 changes from the
    command line. They hold few cycles; those wait for the next collection.
    (In the app the collector already runs only on the GUI thread's timer,
    ui/gc_timer.py, and this changes nothing.)"""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _after_pull(book: Book, report: SyncReport, today: date) -> None:
    """Tiers are worked out on each device from the rows that came down."""
    if not report.changes.clients:
        return
    from agent_desk.services.segments import recompute_tiers

    with _collector_paused(), book.session() as session:
        report.changes = report.changes | recompute_tiers(session, today, client_ids=report.changes.clients)


# -- catalog ---------------------------------------------------------------------------
def _fetch_catalog(book: Book, client: OfficeClient, report: SyncReport) -> None:
    with book.session() as session:
        etag = read_state(session.connection(), CATALOG_ETAG).get(CATALOG_ETAG, "")
    fetched = client.current_catalog(etag)
    if fetched is None:
        return
    content, new_etag = fetched
    try:
        with book.session() as session:
            info = install_catalog(session, content, new_etag)
            write_state(session.connection(), **{CATALOG_ETAG: new_etag})
    except CatalogError as exc:
        report.catalog_problem = str(exc)
        return
    report.catalog = f"{info.catalog_id} {info.version}"
    report.changes = report.changes | Changes(catalogs=True)
