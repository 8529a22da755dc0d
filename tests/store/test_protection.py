"""A book protected with a passphrase: SQLCipher files read back byte by
byte, so no client's name is on the disk in plain text, in the book, its WAL
or its backups; a wrong passphrase changes nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
from memory_keyring import MemoryKeyring
from memory_keyring import memory_keyring as in_memory_keyring

from agent_desk.domain.clients import ClientDetails
from agent_desk.errors import BookCorruptError, BookLockedError
from agent_desk.services.clients import create_client, list_clients, search_clients
from agent_desk.store.backups import BackupError, BackupPolicy, check_backup, list_backups, restore_backup, take_backup
from agent_desk.store.book import open_book, read_revision
from agent_desk.store.crypto import is_encrypted, new_key
from agent_desk.store.protection import (
    can_remember,
    change_passphrase,
    encrypt_book,
    forget_key,
    remember_key,
    remembered_key,
    unlock,
)

TODAY = date(2026, 12, 7)
SECRET_LATIN, SECRET_LOCAL = "Zebediah Quillfeather", "鍾離秘密"
PASSPHRASE, OTHER = "correct horse battery", "another long passphrase"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with in_memory_keyring() as backend:
        yield backend


def plain_text_anywhere(*paths: Path) -> list[str]:
    """The files among `paths` holding a client's name as bytes (UTF-8 or UTF-16)."""
    found = []
    for path in paths:
        data = path.read_bytes()
        for name in (SECRET_LATIN, SECRET_LOCAL, SECRET_LATIN[:8]):
            if any(name.encode(codec) in data for codec in ("utf-8", "utf-16-le")):
                found.append(f"{path.name}: {name}")
    return found


def add_secret_client(book) -> None:  # noqa: ANN001
    with book.session() as session:
        create_client(session, ClientDetails(name=SECRET_LATIN, name_local=SECRET_LOCAL, phone="0911 000 111",
                                             notes="asthma; diabetic"), today=TODAY)


def test_a_new_encrypted_book_its_wal_and_its_backups_hold_no_plain_name(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    key = new_key(PASSPHRASE)
    book = open_book(path, key)
    add_secret_client(book)
    wal = Path(f"{path}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the rows are in the WAL, not yet in the book
    backup, _ = take_backup(path, "manual", BackupPolicy(folder=str(tmp_path / "backups")), key=key)
    with book.session() as session:  # and the book works as a book: search through the FTS index
        assert [row.name for row in search_clients(session, "Quill")] == [SECRET_LATIN]
        assert [row.name for row in search_clients(session, "鍾離")] == [SECRET_LATIN]
    assert plain_text_anywhere(path, wal, backup) == []
    book.close()
    assert plain_text_anywhere(path, backup) == []
    assert check_backup(backup, key).clients == 1
    # The same test on a plain book finds the name: the check above can see one.
    plain = open_book(tmp_path / "plain.sqlite3")
    add_secret_client(plain)
    plain.close()
    assert plain_text_anywhere(tmp_path / "plain.sqlite3")


def test_a_wrong_passphrase_is_a_clear_error_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    book = open_book(path, new_key(PASSPHRASE))
    add_secret_client(book)
    book.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(BookLockedError, match="passphrase is wrong"):
        unlock(path, "not the passphrase")
    with pytest.raises(BookLockedError, match="opens with its passphrase"):
        open_book(path)
    assert isinstance(BookLockedError(path, "x"), BookCorruptError)  # refused like any unreadable book
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.sqlite3"]
    reopened = open_book(path, unlock(path, PASSPHRASE))
    with reopened.session() as session:
        assert [row.display_name for row in list_clients(session)] == [f"{SECRET_LOCAL} {SECRET_LATIN}"]
    reopened.close()


def test_protecting_a_plain_book_encrypts_it_and_its_backups(book_path: Path, tmp_path: Path) -> None:
    policy = BackupPolicy(folder=str(tmp_path / "backups"))
    book = open_book(book_path)
    add_secret_client(book)
    take_backup(book_path, "daily", policy)
    book.close()
    report = encrypt_book(book_path, PASSPHRASE, policy)
    assert is_encrypted(book_path) and report.backups_converted == 1 and report.backups_left == []
    backups = [backup.path for backup in list_backups(tmp_path / "backups", book_path)]
    assert plain_text_anywhere(book_path, *backups) == []
    key = unlock(book_path, PASSPHRASE)
    assert check_backup(backups[0], key).clients == 1
    reopened = open_book(book_path, key)
    with reopened.session() as session:
        assert [row.name for row in search_clients(session, "Zebediah")] == [SECRET_LATIN]
    reopened.close()
    with pytest.raises(ValueError, match="already protected"):
        encrypt_book(book_path, PASSPHRASE, policy)


def test_a_short_passphrase_is_refused_before_anything_changes(book_path: Path) -> None:
    before = hashlib.sha256(book_path.read_bytes()).hexdigest()
    with pytest.raises(ValueError, match="at least 8 characters"):
        encrypt_book(book_path, "short")
    assert hashlib.sha256(book_path.read_bytes()).hexdigest() == before and not is_encrypted(book_path)


def test_changing_the_passphrase_rekeys_the_book_and_its_backups(tmp_path: Path) -> None:
    path, policy = tmp_path / "book.sqlite3", BackupPolicy(folder=str(tmp_path / "backups"))
    key = new_key(PASSPHRASE)
    book = open_book(path, key)
    add_secret_client(book)
    backup, _ = take_backup(path, "daily", policy, key=key)
    book.close()
    report = change_passphrase(path, key, OTHER, policy)
    assert report.backups_converted == 1
    with pytest.raises(BookLockedError):
        unlock(path, PASSPHRASE)
    new = unlock(path, OTHER)
    assert check_backup(backup, new).clients == 1
    assert plain_text_anywhere(path, backup) == []


def test_a_plain_backup_restored_into_a_protected_book_comes_back_encrypted(tmp_path: Path) -> None:
    path, policy = tmp_path / "book.sqlite3", BackupPolicy(folder=str(tmp_path / "backups"))
    plain = open_book(path)
    add_secret_client(plain)
    old_plain_backup, _ = take_backup(path, "manual", BackupPolicy(folder=str(tmp_path / "elsewhere")))
    plain.close()
    key = encrypt_book(path, PASSPHRASE, policy).key
    restore_backup(old_plain_backup, path, policy, key=key)
    assert is_encrypted(path) and read_revision(path, key) is not None
    assert plain_text_anywhere(path) == []
    assert all(is_encrypted(backup.path) for backup in list_backups(tmp_path / "backups", path))


def test_remember_keeps_the_key_not_the_passphrase_in_the_keyring(tmp_path: Path, memory_keyring) -> None:  # noqa: ANN001
    path = tmp_path / "book.sqlite3"
    key = new_key(PASSPHRASE)
    open_book(path, key).close()
    assert can_remember()
    assert remember_key(path, key)
    assert remembered_key(path) == key
    assert not any(PASSPHRASE in value for value in memory_keyring.kept.values())
    change_passphrase(path, key, OTHER, BackupPolicy(folder=str(tmp_path / "b")))
    assert remembered_key(path) is None  # it no longer opens the book
    forget_key(path)
    assert memory_keyring.kept == {}


def test_without_a_real_keyring_nothing_is_remembered(tmp_path: Path) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not can_remember()
        assert not remember_key(tmp_path / "book.sqlite3", new_key(PASSPHRASE))
        assert remembered_key(tmp_path / "book.sqlite3") is None
    finally:
        keyring.set_keyring(previous)


def test_a_backup_under_another_passphrase_restores_with_it_into_the_books_own(tmp_path: Path) -> None:
    from agent_desk.store.crypto import key_for

    policy = BackupPolicy(folder=str(tmp_path / "backups"))
    elsewhere = tmp_path / "old-laptop.sqlite3"
    old_key = new_key(OTHER)
    old_book = open_book(elsewhere, old_key)
    add_secret_client(old_book)
    old_book.close()
    path = tmp_path / "book.sqlite3"
    open_book(path).close()  # the new laptop's fresh, plain book
    backup_key = key_for(elsewhere, OTHER)
    with pytest.raises(BackupError, match="encrypted"):
        restore_backup(elsewhere, path, policy)  # without the backup's passphrase
    restore_backup(elsewhere, path, policy, key=backup_key, backup_key=backup_key)
    assert is_encrypted(path) and plain_text_anywhere(path) == []  # protected as the backup was
    key = new_key(PASSPHRASE)
    protected = tmp_path / "protected.sqlite3"
    open_book(protected, key).close()
    restore_backup(elsewhere, protected, policy, key=key, backup_key=backup_key)
    assert unlock(protected, PASSPHRASE) == key  # the book keeps its own passphrase
    reopened = open_book(protected, key)
    with reopened.session() as session:
        assert [row.name for row in list_clients(session)] == [SECRET_LATIN]
    reopened.close()
