"""Encryption at rest: the book as a SQLCipher file, and the key that opens it.

SQLCipher encrypts every page of the book, its WAL and any copy made with
the backup API, so names, ID numbers and health notes never reach the disk
in plain text. The key is derived once per process from the agent's
passphrase with scrypt (memory-hard, so guessing passphrases on a stolen
laptop is slow) and handed to SQLCipher as a raw key, together with a
random salt that SQLCipher keeps in the file's first 16 bytes. A raw key
spares every new connection SQLCipher's own key derivation, and the salt in
the file means nothing but the passphrase is needed to open it anywhere.

A file whose first bytes are not SQLite's plain header is taken for an
encrypted book; a wrong passphrase and a file that is no book at all look
the same to SQLCipher, and the messages say so.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from agent_desk.errors import BookLockedError

PLAIN_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
# scrypt at n=2**15, r=8: 32 MiB and about 0.1 s a derivation on a laptop.
_SCRYPT = {"n": 2 ** 15, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024, "dklen": 32}
MIN_PASSPHRASE = 8

# What either driver raises for a database problem.
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
DRIVER_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)


@dataclass(frozen=True)
class BookKey:
    key: bytes
    salt: bytes

    def __post_init__(self) -> None:
        if len(self.key) != 32 or len(self.salt) != SALT_BYTES:
            raise ValueError("a book key is 32 bytes of key and 16 of salt")

    @property
    def pragma_value(self) -> str:
        """SQLCipher's raw-key form, x'<key><salt>', for PRAGMA key."""
        return f"x'{self.key.hex()}{self.salt.hex()}'"

    def as_text(self) -> str:
        """The key material as stored in the OS keyring when the agent chose "remember"."""
        return self.key.hex() + self.salt.hex()

    @classmethod
    def from_text(cls, text: str) -> BookKey:
        raw = bytes.fromhex(text)
        return cls(raw[:32], raw[32:])

    def __repr__(self) -> str:  # never in a log or a traceback
        return "BookKey(…)"


def check_passphrase(passphrase: str) -> None:
    """Raises ValueError when a new passphrase is too weak to protect client records."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValueError(f"A passphrase needs at least {MIN_PASSPHRASE} characters")
    if passphrase.strip() != passphrase:
        raise ValueError("A passphrase cannot start or end with a space")


def derive_key(passphrase: str, salt: bytes) -> BookKey:
    return BookKey(hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, **_SCRYPT), salt)


def new_key(passphrase: str) -> BookKey:
    """A key for a book being encrypted now, with a fresh salt."""
    check_passphrase(passphrase)
    return derive_key(passphrase, os.urandom(SALT_BYTES))


def is_encrypted(path: Path) -> bool:
    """True for a file that may be an encrypted book: whole pages (SQLCipher's
    are a power of two from 512 bytes) that do not start with SQLite's plain
    header. Whether it is one, or random bytes, only its key can tell."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
        size = Path(path).stat().st_size
    except FileNotFoundError:
        return False
    return size >= 512 and size % 512 == 0 and head != PLAIN_HEADER


def salt_of(path: Path) -> bytes:
    """The salt SQLCipher keeps in an encrypted file's first bytes (two files
    with the same key share it: a book and the backups it made)."""
    with Path(path).open("rb") as handle:
        return handle.read(SALT_BYTES)


def key_for(path: Path, passphrase: str) -> BookKey:
    """The key of the encrypted book at `path`, from its passphrase (the salt is in the file)."""
    salt = salt_of(path)
    if len(salt) != SALT_BYTES:
        raise BookLockedError(path, "The file is too short to be an encrypted book")
    return derive_key(passphrase, salt)


def connect(path: Path, key: BookKey | None, *, read_only: bool = False, timeout: float = 5.0) -> Any:
    """A DBAPI connection to the book file: plain sqlite3, or SQLCipher keyed
    before its first statement. Read-only connections never create the file."""
    target = f"{Path(path).resolve().as_uri()}?mode=ro" if read_only else str(path)
    if key is None:
        return sqlite3.connect(target, uri=read_only, timeout=timeout)
    connection = sqlcipher.connect(target, uri=read_only, timeout=timeout)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our error to report, not stderr's
        connection.execute(f'PRAGMA key = "{key.pragma_value}"')
    except sqlcipher.Error:
        connection.close()
        raise
    return connection


def copy_book(source: Path, source_key: BookKey | None, target: Path, target_key: BookKey | None) -> None:
    """A consistent copy of a book, encrypted with `target_key` (or plain).
    The same key both sides: SQLite's online backup API, page by page. A
    different key (encrypting, re-keying): SQLCipher's export, which writes
    every table, index and FTS shadow table anew under the target's key."""
    if source_key == target_key:
        reader = connect(source, source_key, read_only=True)
        writer = connect(target, target_key)
        try:
            reader.backup(writer)
        finally:
            writer.close()
            reader.close()
        return
    reader = sqlcipher.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    try:
        reader.execute("PRAGMA cipher_log_level = NONE")
        if source_key is not None:
            reader.execute(f'PRAGMA key = "{source_key.pragma_value}"')
        reader.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a wrong key fails here, not mid-copy
        target_pragma = target_key.pragma_value if target_key is not None else ""
        reader.execute(f'ATTACH DATABASE ? AS target KEY "{target_pragma}"', (str(target),))
        reader.execute("SELECT sqlcipher_export('target')")
        version = reader.execute("PRAGMA main.user_version").fetchone()[0]
        reader.execute(f"PRAGMA target.user_version = {int(version)}")
        reader.execute("DETACH DATABASE target")
    finally:
        reader.close()
