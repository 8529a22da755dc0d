"""The home-office server for tests: in a thread of the test process
(`OfficeServer`) or as a real process (`office_subprocess`), over SQLite or a
fresh PostgreSQL schema (`pg_schema`, the `office_db_url` fixture).

Import it from a conftest (tests/ is on sys.path, as for every helper here):
    from office_harness import office_db_url  # noqa: F401  (the fixture)
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import uvicorn
from sqlalchemy import create_engine, make_url, text

from agent_desk.office import OfficeError, admin
from agent_desk.office.app import create_app
from agent_desk.office.db import OfficeDb, open_office_db

PG_ENV = "AGENT_DESK_TEST_PG"
REQUIRE_PG_ENV = "AGENT_DESK_REQUIRE_PG"
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
START_TIMEOUT = 20.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_health(url: str, timeout: float = START_TIMEOUT, alive: Callable[[], bool] | None = None) -> None:
    """Wait until the office at `url` answers /v1/health; `alive()` false means it died trying."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{url}/v1/health", timeout=1, verify=False).status_code == 200:  # plain HTTP
                return
        except httpx.TransportError:
            pass
        if alive is not None and not alive():
            raise RuntimeError(f"the office server at {url} stopped while starting")
        if time.monotonic() > deadline:
            raise RuntimeError(f"the office server at {url} did not answer within {timeout:.0f} s")
        time.sleep(0.05)


class OfficeServer:
    """The real office app under uvicorn in a background thread, on 127.0.0.1.

    The first start takes a free port; `restart()` keeps it, so a client that
    remembers the URL finds the office again (as after an office reboot)."""

    def __init__(self, db_url: str, port: int = 0):
        self.db_url = db_url
        self.port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> OfficeServer:
        # IPPROTO_TCP named, or asyncio leaves TCP_NODELAY off on accepted
        # connections and every keep-alive request waits 40 ms for a delayed ACK.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        self.port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(self.db_url), log_level="warning"))
        self._thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True,
                                        name=f"office-{self.port}")
        self._server, self._socket = server, sock
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the office server on port {self.port} did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = None

    def restart(self) -> OfficeServer:
        self.stop()
        return self.start()

    def __enter__(self) -> OfficeServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()


class OfficeProcess:
    """`python -m agent_desk.office --db URL serve --port N` as a real process.
    Its stderr goes to a file, not a pipe, so a chatty server never blocks on it."""

    def __init__(self, db_url: str, port: int | None = None):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "agent_desk.office", "--db", db_url, "serve", "--host", "127.0.0.1",
             "--port", str(self.port)], stdout=subprocess.DEVNULL, stderr=self._log)

    def wait_ready(self) -> OfficeProcess:
        """Wait for /v1/health; a server that cannot start is stopped and its log raised."""
        try:
            wait_for_health(self.url, alive=lambda: self.process.poll() is None)
        except RuntimeError as exc:
            self.stop()
            raise RuntimeError(f"{exc}: {self.log()[-2000:]}") from None
        return self

    def log(self) -> str:
        self._log.seek(0)
        return self._log.read().decode(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def kill(self) -> None:
        """Stop it as a power cut would: no shutdown, no goodbye."""
        self.process.kill()
        self.process.wait()

    def close(self) -> None:
        self.stop()
        self._log.close()


@contextmanager
def office_subprocess(db_url: str, port: int | None = None) -> Iterator[OfficeProcess]:
    """A real office process, yielded once it answers /v1/health; stopped afterwards."""
    office = OfficeProcess(db_url, port)
    try:
        yield office.wait_ready()
    finally:
        office.close()


# --- PostgreSQL -------------------------------------------------------------------------------------

def pg_url() -> str:
    return os.environ.get(PG_ENV, DEFAULT_PG_URL)


_pg_problems: dict[str, str | None] = {}  # pg_unreachable() by URL, asked once per test run


def pg_unreachable(url: str | None = None) -> str | None:
    """Why PostgreSQL at `url` (default: pg_url()) cannot be used, or None when it answers."""
    url = url or pg_url()
    if url not in _pg_problems:
        engine = create_engine(url, connect_args={"connect_timeout": 3})
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            _pg_problems[url] = None
        except Exception as exc:  # noqa: BLE001 - any failure means: not usable here
            lines = str(exc).strip().splitlines()
            _pg_problems[url] = lines[0] if lines else type(exc).__name__
        finally:
            engine.dispose()
    return _pg_problems[url]


def schema_url(base_url: str, schema: str) -> str:
    """`base_url` with the schema as search_path, in the URL itself, so a server
    process given only the URL works in that schema too."""
    url = make_url(base_url).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


@contextmanager
def pg_schema(base_url: str | None = None) -> Iterator[str]:
    """A fresh schema `t_<hex>` for one test: yields a URL whose connections use
    it, and drops it (CASCADE) afterwards."""
    base_url = base_url or pg_url()
    schema = f"t_{uuid.uuid4().hex}"
    engine = create_engine(base_url)
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield schema_url(base_url, schema)
    finally:
        with engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


def need_pg() -> None:
    """Skip the test when PostgreSQL is unreachable, loudly; fail instead under AGENT_DESK_REQUIRE_PG=1."""
    problem = pg_unreachable()
    if problem is None:
        return
    message = f"PostgreSQL at {pg_url()} is unreachable ({problem}); PostgreSQL variants NOT TESTED"
    if os.environ.get(REQUIRE_PG_ENV) == "1":
        pytest.fail(f"{message} and {REQUIRE_PG_ENV}=1", pytrace=False)
    pytest.skip(message)


@contextmanager
def office_database(kind: str, directory: Path) -> Iterator[str]:
    """The URL of an empty office database of `kind` ("sqlite": a file in
    `directory`; "postgresql": a fresh schema, dropped afterwards)."""
    if kind == "sqlite":
        yield f"sqlite:///{directory / 'office.sqlite3'}"
        return
    need_pg()
    with pg_schema() as url:
        yield url


def enrolment_code(db: OfficeDb | str, agent_code: str, agent_name: str = "Test Agent") -> str:
    """A one-time enrolment code for a device of the agent, adding the agent when
    new; `db` is an open office database or its URL."""
    opened = open_office_db(db) if isinstance(db, str) else db
    try:
        with opened.write() as session:
            try:
                return admin.new_code(session, agent_code).enrolment_code
            except OfficeError:
                return admin.add_agent(session, agent_code, agent_name).enrolment_code
    finally:
        if opened is not db:
            opened.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def office_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty office database: a SQLite file in tmp_path, or a fresh PostgreSQL schema."""
    with office_database(request.param, tmp_path) as url:
        yield url
