"""Opening the agent's book: a SQLite file that is checked, upgraded after a
backup when older, refused when newer or damaged, and never overwritten."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from agent_desk import config
from agent_desk.errors import BookCorruptError, BookError, BookTooNewError
from agent_desk.sync.outbox import capture_changes

# The newest migration this code knows; tests check it equals Alembic's head.
# Checked at start without loading Alembic, which only runs when work is due.
SCHEMA_HEAD = "0006_sync"
_SQLITE_MAGIC = b"SQLite format 3\x00"


def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
    # pysqlite begins transactions only before DML, so DDL would autocommit
    # and a failed migration would leave half a schema. Take that job away
    # from the driver; _on_begin starts every transaction instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _on_begin(connection) -> None:  # noqa: ANN001
    # IMMEDIATE: sync writes from its own thread, and a transaction that read
    # before another committed could not then write ("database is locked" at
    # once, past any busy timeout). Taking the write lock up front queues it.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(path: Path) -> Engine:
    # One worker thread does the GUI's database work, but the engine is built
    # on the main thread, hence check_same_thread=False.
    # A writer waits up to 30 s for another (a sync page, a bulk regeneration) to finish.
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 30})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


@dataclass
class Book:
    path: Path
    engine: Engine
    upgraded_from: str | None = None  # schema revision before this start's upgrade
    backup_path: Path | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        capture_changes(self._sessions)  # every edit of a synced row reaches the outbox in its own transaction
        self._damaged = False

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on error.

        Opening checks only the header and the schema revision; a page damaged
        further in shows up when a query reads it, and is reported as the book
        error it is (for the app and the CLI alike)."""
        try:
            with self._sessions.begin() as session:
                yield session
        except DBAPIError as exc:
            if is_damage(exc.orig):
                self._damaged = True
                raise BookCorruptError(self.path, str(exc.orig)) from exc
            raise

    def close(self) -> None:
        """Close the book, first refreshing the query planner's statistics where
        the book has grown (SQLite's advice for long-lived connections); a book
        found damaged is left as it is."""
        if self._damaged:
            self.engine.dispose()
            return
        try:
            with self.engine.connect() as connection:
                # Before the transaction begins, which waits for the write lock: never hold up quitting.
                connection.connection.dbapi_connection.execute("PRAGMA busy_timeout = 200")
                with connection.begin():  # committed: ANALYZE writes sqlite_stat1
                    connection.exec_driver_sql("PRAGMA analysis_limit = 400")
                    connection.exec_driver_sql("PRAGMA optimize")
        except (DBAPIError, sqlite3.OperationalError):
            pass  # only an optimisation; a book that cannot run it is reported where it is used
        self.engine.dispose()


_DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT ("malformed"), SQLITE_NOTADB ("not a database")


def is_damage(error: BaseException | None) -> bool:
    """SQLite saying the file is damaged, as opposed to a locked book, a full
    disk or a broken rule, which are not the file's fault."""
    if not isinstance(error, sqlite3.DatabaseError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    return (code & 0xFF) in _DAMAGE_CODES if code is not None else type(error) is sqlite3.DatabaseError


def _read_error(path: Path, error: sqlite3.DatabaseError) -> BookError:
    if is_damage(error):
        return BookCorruptError(path, str(error))
    return BookError(path, f"The book file could not be read ({error})")


def integrity_problems(path: Path) -> list[str]:
    """What SQLite's quick check finds wrong with the file, read-only; [] when sound.
    Raises BookError when the file cannot be read at all (locked, no access)."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = [row[0] for row in connection.execute("PRAGMA quick_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise _read_error(path, exc) from exc
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def read_revision(path: Path) -> str | None:
    """The book's schema revision; None for a new, empty file.

    Raises BookCorruptError for anything that is not an Agent Desk book, and
    BookError when the file cannot be read (locked, no access)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        if handle.read(16) != _SQLITE_MAGIC:
            raise BookCorruptError(path, "not a SQLite database")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")}
            if "alembic_version" not in tables:
                if tables:
                    raise BookCorruptError(path, "a SQLite file of another program")
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise _read_error(path, exc) from exc
    if row is None:
        if tables - {"alembic_version"}:
            # Tables but no revision: an upgrade cut off by an older, non-transactional tool.
            raise BookCorruptError(path, "its schema is incomplete")
        return None
    return row[0]


def backup_book(path: Path, reason: str, folder: Path | None = None) -> Path:
    """A consistent copy through SQLite's online backup API."""
    folder = folder or config.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite3"
    copy = 1
    while target.exists():  # two backups in one second keep both
        copy += 1
        target = folder / f"{path.stem}-{stamp}-{reason}-{copy}.sqlite3"
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    return target


def open_book(path: Path | None = None) -> Book:
    """Open (creating or upgrading as needed) the book at `path`."""
    path = Path(path or config.book_path())
    path.parent.mkdir(parents=True, exist_ok=True)
    revision = read_revision(path)
    backup = None
    if revision != SCHEMA_HEAD:
        from agent_desk.store import migrations  # Alembic loads only when there is work

        if revision is not None and not migrations.is_known_revision(revision):
            raise BookTooNewError(path, revision)
        if revision is not None:
            from agent_desk.store.backups import load_policy  # it builds on this module

            backup = backup_book(path, f"before-upgrade-from-{revision}", load_policy().directory())
        engine = make_engine(path)
        try:
            migrations.upgrade(engine)
        except SQLAlchemyError as exc:
            # The upgrade ran in one transaction, so the file is as it was.
            engine.dispose()
            raise BookCorruptError(path, f"its schema could not be upgraded: {exc.orig or exc}") from exc
        except Exception:
            engine.dispose()
            raise
    else:
        engine = make_engine(path)
    return Book(path=path, engine=engine, upgraded_from=revision if backup else None, backup_path=backup)
