"""Backups of the book, and restoring one.

A backup is a consistent copy made with SQLite's online backup API (see
book.backup_book), named `<book>-<YYYYmmdd-HHMMSS>-<reason>.sqlite3`. The app
takes one a day and one before every migration; they are kept `keep_days`
days, and the newest is never deleted, however old. A restore checks the
backup first, keeps a copy of the book it replaces, and never leaves a
half-written book behind.

Where backups go and how long they stay is the agent's choice, kept in
`backups.json` in the data dir (not in the Qt settings: the command line
reads it too).
"""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from agent_desk import config
from agent_desk.errors import BookCorruptError, BookError, BookLockedError
from agent_desk.store.book import backup_book, integrity_problems, read_revision
from agent_desk.store.crypto import DATABASE_ERRORS, BookKey, connect, copy_book, is_encrypted

DEFAULT_KEEP_DAYS = 30
DAILY = "daily"
BEFORE_RESTORE = "before-restore"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9_.-]+?)(?:-(?P<copy>\d+))?\.sqlite3$")


class BackupError(BookError):
    """A backup that cannot be restored, or a restore that could not finish."""


@dataclass(frozen=True)
class BackupPolicy:
    folder: str = ""  # "" means the backups folder in the data dir
    keep_days: int = DEFAULT_KEEP_DAYS

    def directory(self) -> Path:
        return Path(self.folder).expanduser() if self.folder else config.backups_dir()


def _policy_path() -> Path:
    return config.data_dir() / "backups.json"


def load_policy() -> BackupPolicy:
    """The agent's backup settings; the defaults when none were saved or the
    file cannot be read (a damaged settings file must not stop backups)."""
    try:
        saved = json.loads(_policy_path().read_text(encoding="utf-8"))
        keep_days = int(saved.get("keep_days", DEFAULT_KEEP_DAYS))
        folder = str(saved.get("folder", ""))
    except (OSError, ValueError, TypeError, AttributeError):
        return BackupPolicy()
    return BackupPolicy(folder=folder, keep_days=max(1, keep_days))


def save_policy(policy: BackupPolicy) -> None:
    if policy.keep_days < 1:
        raise ValueError("Backups must be kept at least one day")
    if policy.folder:
        folder = Path(policy.folder).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ValueError(f"The backup folder {folder} cannot be used: {exc.strerror or exc}") from exc
        if not os.access(folder, os.W_OK):
            raise ValueError(f"The backup folder {folder} cannot be written to")
    _policy_path().write_text(json.dumps(asdict(policy), ensure_ascii=False, indent=2), encoding="utf-8")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def list_backups(folder: Path, book: Path) -> list[BackupFile]:
    """The book's backups in `folder`, newest first."""
    found: list[tuple[datetime, int, BackupFile]] = []
    if not folder.is_dir():
        return []
    for path in folder.glob(f"{book.stem}-*.sqlite3"):
        match = _NAME.match(path.name)
        if match is None or match["stem"] != book.stem:
            continue
        try:
            taken_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append((taken_at, int(match["copy"] or 1), BackupFile(path, taken_at, match["reason"], size)))
    # Two backups in one second: the second is named "-2" (see book.backup_book), and is the newer.
    return [backup for _when, _copy, backup in sorted(found, key=lambda entry: entry[:2], reverse=True)]


def daily_backup_due(folder: Path, book: Path, now: datetime) -> bool:
    """True when the book has no backup of the last 24 hours (of any kind)."""
    backups = list_backups(folder, book)
    return not backups or now - backups[0].taken_at >= timedelta(days=1)


def take_backup(book: Path, reason: str, policy: BackupPolicy | None = None,
                now: datetime | None = None, key: BookKey | None = None) -> tuple[Path, list[Path]]:
    """Back the book up into the policy's folder (encrypted as the book is,
    with its key), then let go of backups older than its keep_days; returns
    the new backup and the removed ones."""
    policy = policy or load_policy()
    if read_revision(book, key) is None:
        raise BackupError(book, "There is no book to back up yet")
    target = backup_book(book, reason, policy.directory(), key if is_encrypted(book) else None)
    removed = prune_backups(policy.directory(), book, policy.keep_days, now or datetime.now())
    return target, removed


def prune_backups(folder: Path, book: Path, keep_days: int, now: datetime) -> list[Path]:
    """Delete backups older than keep_days, but never the newest one."""
    backups = list_backups(folder, book)
    cutoff = now - timedelta(days=keep_days)
    removed = []
    for backup in backups[1:]:
        if backup.taken_at < cutoff:
            try:
                backup.path.unlink()
            except OSError:
                continue  # a locked or read-only file stays; the next prune tries again
            removed.append(backup.path)
    return removed


@dataclass(frozen=True)
class CheckedBackup:
    path: Path
    revision: str
    clients: int


def check_backup(path: Path, key: BookKey | None = None) -> CheckedBackup:
    """Whether `path` is a sound Agent Desk book this version can open (with
    `key` when it is encrypted): a BackupError saying what is wrong
    otherwise. Reads only."""
    from agent_desk.store import migrations

    path = Path(path)
    if not path.is_file():
        raise BackupError(path, "There is no file there")
    key = key if is_encrypted(path) else None
    try:
        revision = read_revision(path, key)
    except BookLockedError as exc:
        raise BackupError(path, "It is encrypted with another passphrase, or it is not an Agent Desk book"
                          if key is not None else "It is encrypted, or it is not an Agent Desk book at all; "
                          "an encrypted backup restores with its passphrase") from exc
    except BookCorruptError as exc:
        raise BackupError(path, f"It is not an Agent Desk book ({exc.detail})" if exc.detail else
                          "It is not an Agent Desk book") from exc
    if revision is None:
        raise BackupError(path, "It is an empty book: there is nothing to restore")
    if not migrations.is_known_revision(revision):
        raise BackupError(path, "It was written by a newer version of Agent Desk; update the app to restore it")
    problems = integrity_problems(path, key)
    if problems:
        raise BackupError(path, "It is damaged: " + "; ".join(problems[:3]))
    connection = connect(path, key, read_only=True)
    try:
        clients = connection.execute("SELECT count(*) FROM clients WHERE deleted_at IS NULL").fetchone()[0]
    except DATABASE_ERRORS as exc:
        raise BackupError(path, f"It could not be read ({exc})") from exc
    finally:
        connection.close()
    return CheckedBackup(path, revision, clients)


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    revision: str
    clients: int
    previous_book: Path | None  # the copy of the book that was replaced


def restore_backup(backup: Path, book: Path, policy: BackupPolicy | None = None, *,
                   key: BookKey | None = None, current_key: BookKey | None = None,
                   backup_key: BookKey | None = None) -> RestoreReport:
    """Replace the book with `backup`. The book must be closed. Checked before
    anything changes; the book replaced is first backed up ("before-restore",
    with `current_key`, its own); the backup is copied next to the book,
    checked again and only then moved into place, so an interrupted restore
    leaves the old book as it was.

    `key` is the restored book's: a plain backup is encrypted with it on the
    way in (an agent who protected the book never gets a plain one back). An
    encrypted backup opens with `backup_key` (one made under an earlier
    passphrase, or on another laptop), else with `key`. An enrolled book is marked to pull
    everything again at its next sync: what it had sent the office after the
    backup was taken comes back."""
    opens_with = (backup_key or key) if is_encrypted(backup) else None
    checked = check_backup(backup, opens_with)
    policy = policy or load_policy()
    current_key = current_key or (key if is_encrypted(book) else None)
    previous = _keep_current(book, current_key, policy.directory())
    staging = book.with_name(book.name + ".restoring")
    for leftover in (staging, staging.with_name(staging.name + "-wal"), staging.with_name(staging.name + "-shm")):
        leftover.unlink(missing_ok=True)
    copy_book(checked.path, opens_with, staging, key)
    target = connect(staging, key)
    try:
        _mark_for_full_pull(target)
    finally:
        target.close()
    try:
        if integrity_problems(staging, key):
            raise BackupError(backup, "The copy of it came out damaged; the book was not replaced")
        for suffix in ("-wal", "-shm"):  # the old book's journal must not be replayed into the new one
            book.with_name(book.name + suffix).unlink(missing_ok=True)
        os.replace(staging, book)
    finally:
        staging.unlink(missing_ok=True)
    return RestoreReport(checked.path, checked.revision, checked.clients, previous)


def _keep_current(book: Path, key: BookKey | None, folder: Path) -> Path | None:
    """A copy of the book a restore replaces: a backup when it opens, else the
    file as it is (a damaged book, or one whose passphrase is lost, may still
    be worth something to someone who can mend it)."""
    if not book.exists() or book.stat().st_size == 0:
        return None
    try:
        if read_revision(book, key) is None:
            return None
        return backup_book(book, BEFORE_RESTORE, folder, key)
    except (BookError, *DATABASE_ERRORS):
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{book.stem}-{datetime.now():%Y%m%d-%H%M%S}-unreadable-{BEFORE_RESTORE}.sqlite3"
        shutil.copyfile(book, target)
        return target


def _mark_for_full_pull(connection: Any) -> None:
    from agent_desk.sync.outbox import CURSOR, PULL_EVERYTHING, SERVER_URL

    has_state = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'").fetchone()
    if not has_state:
        return
    enrolled = connection.execute("SELECT value FROM sync_state WHERE key = ?", (SERVER_URL,)).fetchone()
    if not enrolled or not enrolled[0]:
        return
    with connection:
        for key, value in ((CURSOR, "0"), (PULL_EVERYTHING, "1")):
            connection.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))
