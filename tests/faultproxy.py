"""A fault-injecting HTTP proxy for sync tests.

The app's sync must survive a flaky network: requests that never arrive,
answers lost after the office committed, timeouts, 500s and junk. Faults made
with real sockets are honest (httpx raises exactly what it would raise in the
field), so a test puts this proxy between the app and a real office server and
tells it, request by request, how to misbehave:

    with FaultProxy(office_url) as proxy:
        proxy.plan(DROP_RESPONSE, PASS, STATUS_500)   # the next three requests
        ...                                           # sync through proxy.url
        assert [e.action for e in proxy.log] == ["DROP_RESPONSE", "PASS", ...]

or, for randomised schedules, ``proxy.policy = lambda index, method, path: ...``.

The proxy answers one request per connection and always says
``Connection: close``, so every request gets a fresh connection and a fault
can never leak into the next request. Stdlib only: it is test plumbing and
must not depend on the code it tests.
"""

from __future__ import annotations

import enum
import http.client
import json
import socket
import socketserver
import struct
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from types import TracebackType
from typing import NamedTuple
from urllib.parse import urlsplit

__all__ = [
    "DELAY",
    "DELAY_RESPONSE",
    "DROP_REQUEST",
    "DROP_RESPONSE",
    "GARBAGE",
    "GARBAGE_AFTER",
    "OFFLINE",
    "PASS",
    "STATUS_500",
    "Action",
    "Exchange",
    "FaultProxy",
    "Kind",
    "Policy",
]


class Kind(enum.Enum):
    """What the proxy does with one request; the comments say what the office
    and the client each see, which is what a sync test reasons about."""

    PASS = enum.auto()  # forwarded and answered faithfully
    DROP_REQUEST = enum.auto()  # office: nothing; client: clean close, no answer
    OFFLINE = enum.auto()  # office: nothing; client: connection reset
    DROP_RESPONSE = enum.auto()  # office: did the work; client: clean close, no answer
    DELAY = enum.auto()  # wait, then PASS (the office sees it late, even if the client gave up)
    DELAY_RESPONSE = enum.auto()  # office: did the work at once; client: answer comes late
    STATUS_500 = enum.auto()  # office: nothing; client: 500
    GARBAGE = enum.auto()  # office: nothing; client: 200 application/json that is not JSON
    GARBAGE_AFTER = enum.auto()  # office: did the work; client: 200 with the body cut in half


_DELAYING = frozenset({Kind.DELAY, Kind.DELAY_RESPONSE})


@dataclass(frozen=True)
class Action:
    """One request's fate: a kind, plus how long to wait for the delaying kinds."""

    kind: Kind
    seconds: float = 0.0

    def __post_init__(self) -> None:
        if self.seconds < 0:
            raise ValueError(f"a delay cannot be negative: {self.seconds}")

    @property
    def name(self) -> str:
        """The kind's name ("DELAY", not "DELAY(0.5)"), as the log records it."""
        return self.kind.name

    def __str__(self) -> str:
        return f"{self.name}({self.seconds:g})" if self.kind in _DELAYING else self.name


PASS = Action(Kind.PASS)
DROP_REQUEST = Action(Kind.DROP_REQUEST)
OFFLINE = Action(Kind.OFFLINE)
DROP_RESPONSE = Action(Kind.DROP_RESPONSE)
STATUS_500 = Action(Kind.STATUS_500)
GARBAGE = Action(Kind.GARBAGE)
GARBAGE_AFTER = Action(Kind.GARBAGE_AFTER)


def DELAY(seconds: float) -> Action:  # noqa: N802 - reads like the other actions
    """Wait, then forward: with a shorter client timeout, the client times out
    and the office still gets the request afterwards, as on a slow network."""
    return Action(Kind.DELAY, seconds)


def DELAY_RESPONSE(seconds: float) -> Action:  # noqa: N802 - reads like the other actions
    """Forward at once, then hold the answer: a timeout after the office
    committed, deterministically."""
    return Action(Kind.DELAY_RESPONSE, seconds)


Policy = Callable[[int, str, str], Action]
"""Chooses the action for a request from (index, method, path+query)."""


class Exchange(NamedTuple):
    """One log entry: which request, what the proxy did, what the office answered."""

    index: int
    method: str
    path: str  # path and query, as the client sent them
    action: str  # Action.name
    status: int | None  # the office's status; None while pending or if it never answered


class _Ledger:
    """Chooses each request's action and records what happened, across threads."""

    def __init__(self) -> None:
        # Reentrant, so a policy may call plan() on the proxy.
        self._lock = threading.RLock()
        self._planned: deque[Action] = deque()
        self._log: list[Exchange] = []
        self._forwarded = 0
        self._errors: list[BaseException] = []
        self.policy: Policy | None = None

    def plan(self, actions: tuple[Action, ...]) -> None:
        for action in actions:
            if not isinstance(action, Action):
                raise TypeError(f"not an Action: {action!r} (DELAY needs its seconds)")
        with self._lock:
            self._planned.extend(actions)

    @property
    def planned(self) -> tuple[Action, ...]:
        with self._lock:
            return tuple(self._planned)

    def choose(self, method: str, path: str) -> tuple[int, Action]:
        """Numbers the request and picks its action under one lock, so seeded
        policies see requests in a stable order and the log stays in index order."""
        with self._lock:
            index = len(self._log)
            if self._planned:
                action = self._planned.popleft()
            elif self.policy is not None:
                action = self.policy(index, method, path)
                if not isinstance(action, Action):
                    raise TypeError(f"policy returned {action!r}, not an Action")
            else:
                action = PASS
            self._log.append(Exchange(index, method, path, action.name, None))
            return index, action

    def settle(self, index: int, status: int) -> None:
        with self._lock:
            self._log[index] = self._log[index]._replace(status=status)

    def count_forwarded(self) -> None:
        with self._lock:
            self._forwarded += 1

    def fail(self, error: BaseException) -> None:
        with self._lock:
            self._errors.append(error)

    @property
    def log(self) -> list[Exchange]:
        with self._lock:
            return list(self._log)

    @property
    def forwarded(self) -> int:
        with self._lock:
            return self._forwarded

    @property
    def errors(self) -> list[BaseException]:
        with self._lock:
            return list(self._errors)


class _Reply(NamedTuple):
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes


_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "trailers",
        "transfer-encoding",
        "upgrade",
    }
)


def _end_to_end(headers: list[tuple[str, str]], drop: frozenset[str]) -> list[tuple[str, str]]:
    """The headers a proxy passes on: hop-by-hop ones (and those the Connection
    header names) belong to one connection, not to the exchange."""
    named = {
        token.strip().lower()
        for name, value in headers
        if name.lower() == "connection"
        for token in value.split(",")
    }
    skip = _HOP_BY_HOP | named | drop
    return [(name, value) for name, value in headers if name.lower() not in skip]


class _Upstream:
    """Sends requests to the office; retargetable because a restarted office
    gets a new port. Live connections can be cut so close() never waits on it."""

    def __init__(self, url: str, timeout: float) -> None:
        self._lock = threading.Lock()
        self._timeout = timeout
        self._live: set[http.client.HTTPConnection] = set()
        self._url = ""
        self._host = ""
        self._port = 0
        self._prefix = ""
        self.retarget(url)

    def retarget(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme != "http" or not parts.hostname:
            raise ValueError(f"FaultProxy forwards to a plain http:// URL, not {url!r}")
        with self._lock:
            self._url = url
            self._host = parts.hostname
            self._port = parts.port or 80
            self._prefix = parts.path.rstrip("/")

    @property
    def url(self) -> str:
        with self._lock:
            return self._url

    def send(
        self,
        method: str,
        target: str,
        headers: list[tuple[str, str]],
        body: bytes,
        on_sent: Callable[[], None],
    ) -> _Reply:
        """Forwards one request on a fresh connection and reads the whole answer
        (Content-Length, chunked or close-delimited: http.client decodes them all).
        Raises OSError or http.client.HTTPException when the office is unreachable."""
        with self._lock:
            host, port, prefix = self._host, self._port, self._prefix
        conn = http.client.HTTPConnection(host, port, timeout=self._timeout)
        with self._lock:
            self._live.add(conn)
        try:
            conn.putrequest(method, prefix + target, skip_accept_encoding=True)
            for name, value in headers:
                conn.putheader(name, value)
            if body or method in {"POST", "PUT", "PATCH"}:
                conn.putheader("Content-Length", str(len(body)))
            conn.endheaders(body or None)
            on_sent()
            response = conn.getresponse()
            return _Reply(response.status, response.reason, response.getheaders(), response.read())
        finally:
            with self._lock:
                self._live.discard(conn)
            conn.close()

    def cut_all(self) -> None:
        with self._lock:
            live = list(self._live)
        for conn in live:
            if conn.sock is not None:
                try:
                    conn.sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


def _truncate(body: bytes) -> bytes:
    """The first half of the office's body; if that half still parses (a bare
    number), junk instead, so the client is sure to get something undecodable."""
    cut = body[: len(body) // 2]
    try:
        json.loads(cut)
    except ValueError:
        return cut
    return b"<html>oops"


class _Handler(BaseHTTPRequestHandler):
    """Serves one client connection: reads its request and plays its action."""

    protocol_version = "HTTP/1.1"
    server: _Listener

    def handle(self) -> None:
        # One request per connection: every answer says Connection: close.
        self.close_connection = True
        self.handle_one_request()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        """Quiet: the test reads proxy.log, not stderr."""

    def _serve(self) -> None:
        ledger, upstream, closing = self.server.ledger, self.server.upstream, self.server.closing
        body = self._read_body()
        index, action = ledger.choose(self.command, self.path)
        kind = action.kind

        if kind is Kind.DELAY:
            if closing.wait(action.seconds):
                self._reset()
                return
        if kind is Kind.DROP_REQUEST:
            return  # the connection closes cleanly, unanswered
        if kind is Kind.OFFLINE:
            self._reset()
            return
        if kind is Kind.STATUS_500:
            self._answer(500, "Internal Server Error", [("Content-Type", "text/plain")], b"Internal Server Error")
            return
        if kind is Kind.GARBAGE:
            self._answer(200, "OK", [("Content-Type", "application/json")], b"<html>oops")
            return

        sent = _end_to_end(self.headers.items(), frozenset({"host", "content-length", "expect"}))
        try:
            reply = upstream.send(self.command, self.path, sent, body, ledger.count_forwarded)
        except (OSError, http.client.HTTPException):
            # The office is down: fail as the network would without a proxy.
            self._reset()
            return
        ledger.settle(index, reply.status)

        if kind is Kind.DROP_RESPONSE:
            return
        if kind is Kind.DELAY_RESPONSE and closing.wait(action.seconds):
            self._reset()
            return
        if kind is Kind.GARBAGE_AFTER:
            self._answer(200, "OK", reply.headers, _truncate(reply.body))
            return
        self._answer(reply.status, reply.reason, reply.headers, reply.body)

    do_GET = do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = _serve

    def _read_body(self) -> bytes:
        """Reads the whole request body first, so even a dropped request leaves
        nothing unread (unread bytes would turn a clean close into a reset)."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _read_chunked(self) -> bytes:
        chunks = []
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip(), 16)
            if size == 0:
                while self.rfile.readline().strip():
                    pass  # trailers
                return b"".join(chunks)
            chunks.append(self.rfile.read(size))
            self.rfile.readline()

    def _answer(self, status: int, reason: str, headers: list[tuple[str, str]], body: bytes) -> None:
        """Writes a complete answer with an exact Content-Length; a client that
        already gave up (after a timeout) is not an error."""
        bodyless = 100 <= status < 200 or status in (204, 304)
        lines = [f"HTTP/1.1 {status} {reason}"]
        lines += [f"{name}: {value}" for name, value in _end_to_end(headers, frozenset({"content-length"}))]
        if self.command == "HEAD":
            lines += [f"Content-Length: {value}" for name, value in headers if name.lower() == "content-length"]
            body = b""
        elif bodyless:
            body = b""
        else:
            lines.append(f"Content-Length: {len(body)}")
        lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        try:
            self.wfile.write(head + body)
        except OSError:
            pass

    def _reset(self) -> None:
        """Aborts the connection with a TCP reset, as a dead link does."""
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        self.connection.close()  # really closes once finish() closes rfile


class _Listener(socketserver.ThreadingTCPServer):
    """Accepts client connections on 127.0.0.1, one daemon thread each, and
    keeps track of them so close() can cut them and wait for their threads."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, ledger: _Ledger, upstream: _Upstream, closing: threading.Event) -> None:
        self.ledger = ledger
        self.upstream = upstream
        self.closing = closing
        self._lock = threading.Lock()
        self._open: dict[socket.socket, threading.Thread] = {}
        super().__init__(("127.0.0.1", 0), _Handler)

    def process_request(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        thread = threading.Thread(
            target=self.process_request_thread,
            args=(request, client_address),
            name="faultproxy-connection",
            daemon=True,
        )
        with self._lock:
            self._open[request] = thread
        thread.start()

    def shutdown_request(self, request: socket.socket) -> None:  # type: ignore[override]
        with self._lock:
            self._open.pop(request, None)
        super().shutdown_request(request)

    def handle_error(self, request: object, client_address: object) -> None:
        """A bug in the proxy or an error in a policy is kept for FaultProxy to
        raise at exit; a client or office that hung up is just the network."""
        error = sys.exc_info()[1]
        if error is not None and not isinstance(error, ConnectionError) and not self.closing.is_set():
            self.ledger.fail(error)

    def cut_and_wait(self, timeout: float) -> None:
        with self._lock:
            open_now = dict(self._open)
        for sock in open_now:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        deadline = time.monotonic() + timeout
        for thread in open_now.values():
            thread.join(max(0.0, deadline - time.monotonic()))


class FaultProxy:
    """A local HTTP proxy to one office server that fails requests on command.

    Planned actions (plan()) go first, in order; when none are left the policy
    chooses, and without a policy every request passes.
    """

    def __init__(self, target_url: str, *, upstream_timeout: float = 30.0) -> None:
        self._ledger = _Ledger()
        self._upstream = _Upstream(target_url, upstream_timeout)
        self._closing = threading.Event()
        self._listener: _Listener | None = None
        self._serving: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------

    def start(self) -> FaultProxy:
        """Binds a free port on 127.0.0.1 and starts serving (the with statement calls it)."""
        if self._listener is not None:
            raise RuntimeError("FaultProxy is already started")
        self._listener = _Listener(self._ledger, self._upstream, self._closing)
        self._serving = threading.Thread(
            target=self._listener.serve_forever,
            kwargs={"poll_interval": 0.02},  # shutdown() waits up to one poll
            name="faultproxy-listener",
            daemon=True,
        )
        self._serving.start()
        return self

    def close(self) -> None:
        """Stops promptly: wakes pending delays, refuses new connections, cuts
        open ones (client and office side) and waits briefly for their threads."""
        listener, self._listener = self._listener, None
        if listener is None:
            return
        self._closing.set()
        listener.shutdown()
        listener.server_close()
        if self._serving is not None:
            self._serving.join()
        self._upstream.cut_all()
        listener.cut_and_wait(timeout=2.0)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
        errors = self._ledger.errors
        if exc_type is None and errors:
            raise RuntimeError(f"FaultProxy failed while serving: {errors[0]!r}") from errors[0]

    @property
    def url(self) -> str:
        """The base URL to give the client instead of the office's, e.g. http://127.0.0.1:41234."""
        if self._listener is None:
            raise RuntimeError("FaultProxy is not running; use it in a with statement")
        host, port = self._listener.server_address[:2]
        return f"http://{host}:{port}"

    # -- control -----------------------------------------------------------

    def plan(self, *actions: Action) -> None:
        """Queues actions for the next requests, in order (after any already planned)."""
        self._ledger.plan(actions)

    @property
    def planned(self) -> tuple[Action, ...]:
        """The planned actions not used yet: empty once every planned fault fired."""
        return self._ledger.planned

    @property
    def policy(self) -> Policy | None:
        """Chooses (index, method, path) -> Action once the plan is used up; None passes."""
        return self._ledger.policy

    @policy.setter
    def policy(self, policy: Policy | None) -> None:
        self._ledger.policy = policy

    def set_target(self, url: str) -> None:
        """Points later requests at another office URL (a restart on a new port)."""
        self._upstream.retarget(url)

    @property
    def target(self) -> str:
        return self._upstream.url

    # -- record ------------------------------------------------------------

    @property
    def log(self) -> list[Exchange]:
        """Every request so far, in arrival order (log[i].index == i); a snapshot."""
        return self._ledger.log

    @property
    def forwarded_count(self) -> int:
        """How many requests were sent to the office (it received them; it may
        or may not have answered)."""
        return self._ledger.forwarded

    @property
    def errors(self) -> list[BaseException]:
        """Failures inside the proxy or its policy; __exit__ raises the first."""
        return self._ledger.errors
