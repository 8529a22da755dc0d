"""Opening the agent's book: a SQLite file that is checked, upgraded after a
backup when older, refused when newer or damaged, and never overwritten."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, Engine, QueuePool, create_engine, event
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from agent_desk import config
from agent_desk.errors import BookCorruptError, BookError, BookLockedError, BookTooNewError
from agent_desk.store.crypto import DATABASE_ERRORS, DRIVER_ERRORS, BookKey, connect, copy_book, is_encrypted
from agent_desk.sync.outbox import capture_changes

# The newest migration this code knows; tests check it equals Alembic's head.
# Checked at start without loading Alembic, which only runs when work is due.
SCHEMA_HEAD = "0006_sync"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_WRONG_KEY = "The passphrase is wrong, or the file is damaged or is not an Agent Desk book; it was left untouched"


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


def make_engine(path: Path, key: BookKey | None = None) -> Engine:
    # One worker thread does the GUI's database work, but the engine is built
    # on the main thread, hence check_same_thread=False.
    # A writer waits up to 30 s for another (a sync page, a bulk regeneration) to finish.
    connect_args = {"check_same_thread": False, "timeout": 30}
    if key is None:
        engine = create_engine(f"sqlite:///{path}", connect_args=connect_args)
    else:
        # SQLAlchemy's SQLCipher dialect sends PRAGMA key first on every connection;
        # the pool is the plain book's, so both behave alike under threads.
        url = URL.create("sqlite+pysqlcipher", password=key.pragma_value, database=str(path))
        engine = create_engine(url, connect_args=connect_args, poolclass=QueuePool)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


@dataclass
class Book:
    path: Path
    engine: Engine
    upgraded_from: str | None = None  # schema revision before this start's upgrade
    backup_path: Path | None = None
    key: BookKey | None = None  # None: a plain book

    @property
    def encrypted(self) -> bool:
        return self.key is not None

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
        except (DBAPIError, *DRIVER_ERRORS):
            pass  # only an optimisation; a book that cannot run it is reported where it is used
        self.engine.dispose()


_DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT ("malformed"), SQLITE_NOTADB ("not a database")


def is_damage(error: BaseException | None) -> bool:
    """SQLite saying the file is damaged, as opposed to a locked book, a full
    disk or a broken rule, which are not the file's fault."""
    if not isinstance(error, DATABASE_ERRORS):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    return (code & 0xFF) in _DAMAGE_CODES if code is not None else type(error) in DATABASE_ERRORS


def _read_error(path: Path, error: Exception, key: BookKey | None = None) -> BookError:
    if key is not None and getattr(error, "sqlite_errorcode", None) == 26:  # SQLITE_NOTADB: SQLCipher's wrong key
        return BookLockedError(path, _WRONG_KEY)
    if is_damage(error):
        return BookCorruptError(path, str(error))
    return BookError(path, f"The book file could not be read ({error})")


def integrity_problems(path: Path, key: BookKey | None = None) -> list[str]:
    """What SQLite's quick check finds wrong with the file, read-only; [] when sound.
    Raises BookError when the file cannot be read at all (locked, no access, a wrong key)."""
    if _is_plain(path):
        key = None  # a plain file (a backup from before the book was protected) needs none
    try:
        connection = connect(path, key, read_only=True)
        try:
            rows = [row[0] for row in connection.execute("PRAGMA quick_check")]
        finally:
            connection.close()
    except DATABASE_ERRORS as exc:
        if key is not None and getattr(exc, "sqlite_errorcode", None) == 26:
            raise _read_error(path, exc, key) from exc
        if not is_damage(exc):
            raise _read_error(path, exc) from exc
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def read_revision(path: Path, key: BookKey | None = None) -> str | None:
    """The book's schema revision; None for a new, empty file.

    Raises BookLockedError for an encrypted book without its key (or with a
    wrong one), BookCorruptError for anything that is not an Agent Desk
    book, and BookError when the file cannot be read (locked, no access)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        plain = handle.read(16) == _SQLITE_MAGIC
    if not plain and not is_encrypted(path):
        raise BookCorruptError(path, "not a SQLite database")
    if not plain and key is None:
        raise BookLockedError(path, "The book is encrypted and opens with its passphrase, or it is damaged or is "
                                    "not an Agent Desk book; it was left untouched")
    if plain:
        key = None  # a plain file opens without one (a key given for it is simply not needed)
    try:
        connection = connect(path, key, read_only=True)
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
    except DATABASE_ERRORS as exc:
        raise _read_error(path, exc, key) from exc
    if row is None:
        if tables - {"alembic_version"}:
            # Tables but no revision: an upgrade cut off by an older, non-transactional tool.
            raise BookCorruptError(path, "its schema is incomplete")
        return None
    return row[0]


def backup_book(path: Path, reason: str, folder: Path | None = None, key: BookKey | None = None) -> Path:
    """A consistent copy through SQLite's online backup API, encrypted as the book is."""
    folder = folder or config.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite3"
    copy = 1
    while target.exists():  # two backups in one second keep both
        copy += 1
        target = folder / f"{path.stem}-{stamp}-{reason}-{copy}.sqlite3"
    copy_book(path, key, target, key)
    return target


def open_book(path: Path | None = None, key: BookKey | None = None) -> Book:
    """Open (creating or upgrading as needed) the book at `path`; an
    encrypted book needs its key, and a new book is made encrypted when a
    key is given."""
    path = Path(path or config.book_path())
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.stat().st_size and _is_plain(path):
        key = None  # a plain book stays plain until the agent protects it (store/protection.py)
    revision = read_revision(path, key)
    backup = None
    if revision != SCHEMA_HEAD:
        from agent_desk.store import migrations  # Alembic loads only when there is work

        if revision is not None and not migrations.is_known_revision(revision):
            raise BookTooNewError(path, revision)
        if revision is not None:
            from agent_desk.store.backups import load_policy  # it builds on this module

            backup = backup_book(path, f"before-upgrade-from-{revision}", load_policy().directory(), key)
        engine = make_engine(path, key)
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
        engine = make_engine(path, key)
    return Book(path=path, engine=engine, upgraded_from=revision if backup else None, backup_path=backup, key=key)


def _is_plain(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == _SQLITE_MAGIC
    except FileNotFoundError:
        return False
