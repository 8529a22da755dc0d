"""Protecting a book with a passphrase, changing it, and remembering its key.

Encrypting (or re-keying) writes the whole book anew under the new key next
to it, checks the copy, and only then moves it into place; the book must be
closed. The book's backups are converted too: a plain copy of the client
records left in the backup folder would undo the protection, and one
passphrase for the book and its backups is what an agent can remember.

"Remember on this computer" keeps the key material (never the passphrase)
in the OS keyring. Where there is no real keyring it is not offered: a key
in a file next to the book would protect nothing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from agent_desk.errors import BookError, BookLockedError
from agent_desk.store.backups import BackupPolicy, list_backups, load_policy
from agent_desk.store.book import integrity_problems, read_revision
from agent_desk.store.crypto import DATABASE_ERRORS, BookKey, copy_book, is_encrypted, key_for, new_key

KEYRING_SERVICE = "Agent Desk book key"
PASSPHRASE_ENV = "AGENT_DESK_PASSPHRASE"


@dataclass
class ProtectionReport:
    key: BookKey
    backups_converted: int = 0
    backups_left: list[Path] = field(default_factory=list)  # another passphrase's, or damaged: left as they were


def unlock(path: Path, passphrase: str) -> BookKey:
    """The key of the encrypted book at `path`, checked: BookLockedError when the passphrase is wrong."""
    key = key_for(path, passphrase)
    read_revision(path, key)  # a wrong key fails here, reading nothing else
    return key


def encrypt_book(path: Path, passphrase: str, policy: BackupPolicy | None = None) -> ProtectionReport:
    """Encrypt a plain, closed book and its plain backups with a new passphrase."""
    if is_encrypted(path):
        raise ValueError("The book is already protected with a passphrase")
    if read_revision(path) is None:
        raise ValueError("There is no book to protect yet")
    key = new_key(passphrase)
    _rewrite(path, None, key)
    return _convert_backups(path, None, key, policy or load_policy())


def change_passphrase(path: Path, key: BookKey, new_passphrase: str,
                      policy: BackupPolicy | None = None) -> ProtectionReport:
    """Re-encrypt a closed, encrypted book (and its backups) under a new passphrase."""
    if not is_encrypted(path):
        raise ValueError("The book is not protected with a passphrase yet")
    read_revision(path, key)
    new = new_key(new_passphrase)
    _rewrite(path, key, new)
    return _convert_backups(path, key, new, policy or load_policy())


def _rewrite(path: Path, old: BookKey | None, new: BookKey) -> None:
    staging = path.with_name(path.name + ".protecting")
    for leftover in (staging, Path(f"{staging}-wal"), Path(f"{staging}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        copy_book(path, old, staging, new)
        if integrity_problems(staging, new):
            raise BookLockedError(path, "The encrypted copy of the book came out damaged; the book was left as it was")
        for suffix in ("-wal", "-shm"):  # the plain book's journal must not be replayed into the new file
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(staging, path)
    finally:
        staging.unlink(missing_ok=True)


def _convert_backups(path: Path, old: BookKey | None, new: BookKey, policy: BackupPolicy) -> ProtectionReport:
    report = ProtectionReport(new)
    for backup in list_backups(policy.directory(), path):
        source_key = old if is_encrypted(backup.path) else None
        try:
            read_revision(backup.path, source_key)  # raises for one encrypted under another passphrase
            _rewrite(backup.path, source_key, new)
        except (BookError, *DATABASE_ERRORS):  # another passphrase's (it still restores with it), or damaged
            report.backups_left.append(backup.path)
            continue
        report.backups_converted += 1
    return report


# -- remembering the key ---------------------------------------------------------------------
def can_remember() -> bool:
    """True where the OS has a real keyring to keep the key in."""
    from agent_desk.sync.credentials import _usable_keyring

    return _usable_keyring() is not None


def remember_key(path: Path, key: BookKey) -> bool:
    """Keep the key in the OS keyring; False (and nothing kept) where there is none."""
    from agent_desk.sync.credentials import _usable_keyring

    backend = _usable_keyring()
    if backend is None:
        return False
    backend.set_password(KEYRING_SERVICE, _account(path), key.as_text())
    return True


def remembered_key(path: Path) -> BookKey | None:
    """The key kept for this book, if it still opens it."""
    from agent_desk.sync.credentials import _usable_keyring

    backend = _usable_keyring()
    if backend is None:
        return None
    try:
        text = backend.get_password(KEYRING_SERVICE, _account(path))
        key = BookKey.from_text(text) if text else None
    except Exception:  # noqa: BLE001 - a keyring that fails (or holds garbage) is a keyring without the key
        return None
    if key is None:
        return None
    try:
        read_revision(path, key)
    except BookLockedError:
        return None  # the passphrase changed elsewhere (or the book was replaced)
    return key


def forget_key(path: Path) -> None:
    from agent_desk.sync.credentials import _usable_keyring

    backend = _usable_keyring()
    if backend is None:
        return
    try:
        backend.delete_password(KEYRING_SERVICE, _account(path))
    except Exception:  # noqa: BLE001 - nothing kept is what we wanted
        pass


def _account(path: Path) -> str:
    return str(Path(path).resolve())
