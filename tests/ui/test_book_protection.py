"""Protecting the book from the app: the passphrase asked at start, Book ›
Protect with a passphrase…, the lock after a while unused. Real encrypted
book files, real dialogs answered as an agent would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from memory_keyring import memory_keyring
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from agent_desk.domain.clients import ClientDetails
from agent_desk.errors import BookLockedError
from agent_desk.services.clients import create_client
from agent_desk.store.backups import BackupPolicy, list_backups, save_policy, take_backup
from agent_desk.store.book import Book, open_book
from agent_desk.store.crypto import is_encrypted, new_key
from agent_desk.store.protection import remember_key, unlock
from agent_desk.ui import settings as S
from agent_desk.ui.app import build_main_window, unlock_at_start
from agent_desk.ui.security.idle_lock import IdleLock
from agent_desk.ui.security.passphrase_dialog import PassphraseDialog
from agent_desk.ui.security.unlock_dialog import UnlockDialog
from agent_desk.ui.settings import Settings

PASSPHRASE = "plum blossom season"


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> QTimer:
    """Act on the modal `kind` once it is up (the test cannot reach it otherwise)."""
    timer = QTimer(interval=20)

    def look() -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, kind):
            timer.stop()
            act(shown)

    timer.timeout.connect(look)
    timer.start()
    return timer


def type_and_unlock(passphrase: str) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        dialog.passphrase.setText(passphrase)
        dialog.try_unlock()
    return act


@pytest.fixture
def protected_book(tmp_path: Path) -> Iterator[Book]:
    path = tmp_path / "agent-home" / "book.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    book = open_book(path, new_key(PASSPHRASE))
    with book.session() as session:
        create_client(session, ClientDetails(name="Lin Wei", phone="0911 000 111"))
    yield book
    book.close()


def test_the_unlock_dialog_says_a_wrong_passphrase_and_waits_for_the_right_one(protected_book: Book,
                                                                               qtbot) -> None:  # noqa: ANN001
    dialog = UnlockDialog(protected_book.path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText("not it at all")
    dialog.try_unlock()
    assert dialog.problem.isVisible() and "does not open" in dialog.problem.text()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.key is None
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.key == protected_book.key


def test_at_start_a_remembered_key_opens_the_book_without_asking(protected_book: Book, qtbot) -> None:  # noqa: ANN001
    with memory_keyring():
        assert remember_key(protected_book.path, protected_book.key)
        assert unlock_at_start(protected_book.path) == protected_book.key


def test_at_start_the_passphrase_is_asked_and_giving_up_leaves_the_book_locked(protected_book: Book,
                                                                               qtbot) -> None:  # noqa: ANN001
    when_shown(UnlockDialog, type_and_unlock(PASSPHRASE))
    assert unlock_at_start(protected_book.path) == protected_book.key
    when_shown(UnlockDialog, lambda dialog: dialog.reject())
    with pytest.raises(BookLockedError):
        unlock_at_start(protected_book.path)
    assert unlock_at_start(protected_book.path.with_name("plain.sqlite3")) is None  # no book yet: plain


def test_the_window_locks_hides_the_book_and_opens_again_with_the_passphrase(protected_book: Book,
                                                                             qtbot) -> None:  # noqa: ANN001
    window = build_main_window(protected_book)
    qtbot.addWidget(window)
    window.show()
    assert window.lock_action.isEnabled()
    hidden_while_locked = []

    def check_then_unlock(dialog: QWidget) -> None:
        hidden_while_locked.append(not window.centralWidget().isVisible())
        dialog.passphrase.setText("wrong guess here")
        dialog.try_unlock()
        hidden_while_locked.append(dialog.isVisible())  # still asking
        type_and_unlock(PASSPHRASE)(dialog)

    when_shown(UnlockDialog, check_then_unlock)
    window.lock_action.trigger()
    assert hidden_while_locked == [True, True]
    assert window.centralWidget().isVisible() and window.menuBar().isEnabled() and window.isVisible()
    qtbot.waitUntil(lambda: window.ctx.tasks.pending == 0)
    window.close()
    window.ctx.tasks.shutdown()


def test_not_unlocking_closes_the_window(protected_book: Book, qtbot) -> None:  # noqa: ANN001
    window = build_main_window(protected_book)
    qtbot.addWidget(window)
    window.show()
    when_shown(UnlockDialog, lambda dialog: dialog.reject())
    window.lock_now()
    assert not window.isVisible()
    window.ctx.tasks.shutdown()


def test_the_idle_lock_fires_after_the_minutes_unused_and_use_resets_it(qtbot) -> None:  # noqa: ANN001
    lock = IdleLock(minutes=5, check_every_ms=10)
    lock.start()
    try:
        with qtbot.assertNotEmitted(lock.lock_due, wait=60):
            pass
        lock._last_use -= 5 * 60  # five minutes without a key press
        with qtbot.waitSignal(lock.lock_due, timeout=1000):
            pass
        lock._last_use -= 4 * 60
        widget = QWidget()
        qtbot.addWidget(widget)
        qtbot.keyClick(widget, Qt.Key.Key_A)  # use of the app
        assert lock.idle_seconds() < 5
        lock.minutes = 0  # never
        lock._last_use -= 3600
        with qtbot.assertNotEmitted(lock.lock_due, wait=60):
            pass
    finally:
        lock.stop()


def test_protect_with_a_passphrase_encrypts_the_book_and_its_backups_with_it_closed(book: Book, tmp_path: Path,
                                                                                     ctx, qtbot) -> None:  # noqa: ANN001
    save_policy(BackupPolicy(folder=str(tmp_path / "backups")))
    with book.session() as session:
        create_client(session, ClientDetails(name="Lin Wei", phone="0911 000 111"))
    take_backup(book.path, "daily")
    window = build_main_window(book, Settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    window.show()
    assert window.passphrase_action.text() == "Protect with a passphrase…" and not window.lock_action.isEnabled()

    def choose(dialog: QWidget) -> None:
        dialog.new.setText("short")
        dialog.again.setText("short")
        dialog._check()
        assert dialog.problem.isVisible() and dialog.isVisible()
        dialog.new.setText(PASSPHRASE)
        dialog.again.setText(PASSPHRASE + "!")
        dialog._check()
        assert "differ" in dialog.problem.text()
        dialog.again.setText(PASSPHRASE)
        dialog.lock_after.setValue(3)
        dialog._check()

    when_shown(PassphraseDialog, choose)
    window.passphrase_action.trigger()
    assert not window.isVisible() and window.after_close is not None
    assert window.ctx.settings.get(S.LOCK_AFTER_MINUTES) == 3
    qtbot.waitUntil(lambda: window.ctx.tasks.pending == 0)
    window.ctx.tasks.shutdown()
    book.close()
    key, message = window.after_close(book.path, None)  # what the app does once the book is closed
    assert key is not None and is_encrypted(book.path) and unlock(book.path, PASSPHRASE) == key
    assert "1 backups are protected" in message
    assert all(is_encrypted(backup.path) for backup in list_backups(tmp_path / "backups", book.path))
