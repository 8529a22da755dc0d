"""The office database: SQLite for a small office or a test, PostgreSQL in
production, where several `serve` processes may share one database.

Tables are made with `metadata.create_all` at start (under an advisory lock on
PostgreSQL, so processes starting together do not race); there is no
migration history yet, so a change to models.py needs a fresh database until
the office gets its own Alembic chain.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from agent_desk.office.models import OfficeBase

HOME_ENV = "AGENT_DESK_OFFICE_HOME"
_READ_ONLY = "office_read_only"  # execution option: a transaction that never writes
_SCHEMA_LOCK_KEY = 0x0FF1CE  # pg_advisory_xact_lock key held while creating tables


def office_dir() -> Path:
    """The office's data dir (AGENT_DESK_OFFICE_HOME overrides it), created on first use."""
    override = os.environ.get(HOME_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir("AgentDeskOffice", "AgentDesk"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url() -> str:
    return f"sqlite:///{office_dir() / 'office.sqlite3'}"


def _on_sqlite_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
    # The driver would start transactions lazily, as deferred ones; _on_sqlite_begin does it instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")  # first: even switching to WAL may wait for a lock
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _on_sqlite_begin(connection) -> None:  # noqa: ANN001
    # A deferred transaction that later writes fails at once with SQLITE_BUSY when
    # another writer got in first; IMMEDIATE takes the write lock up front, so
    # concurrent writers queue on busy_timeout instead. Reads stay concurrent.
    read_only = connection.get_execution_options().get(_READ_ONLY, False)
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    """An engine for an office database URL (sqlite:///… or postgresql+psycopg://…)."""
    if url.startswith("sqlite"):
        # Request handlers run on a thread pool; a connection may serve any of them.
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def create_tables(engine: Engine) -> None:
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_SCHEMA_LOCK_KEY})")
        OfficeBase.metadata.create_all(connection)


class OfficeDb:
    """The office database and its units of work: `write()` for a transaction
    that changes something, `read()` for one that only looks."""

    def __init__(self, engine: Engine):
        self.engine = engine
        read_options: dict[str, object] = {_READ_ONLY: True}
        if engine.dialect.name == "postgresql":
            # One snapshot for the whole read: a pull's rows and removals must
            # not come from either side of a commit. (SQLite reads have one anyway.)
            read_options["isolation_level"] = "REPEATABLE READ"
        self._writes = sessionmaker(engine, expire_on_commit=False)
        self._reads = sessionmaker(engine.execution_options(**read_options), expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._writes.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reads.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_office_db(url: str | None = None) -> OfficeDb:
    """Open (and create if new) the office database; None: the default SQLite file."""
    engine = make_engine(url or default_db_url())
    create_tables(engine)
    return OfficeDb(engine)
