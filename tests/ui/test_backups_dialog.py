"""Book › Backups…, the daily backup, and a restore from the app: real book
files, real backups, real widgets."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from book_files import add_client, names_in
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from agent_desk.store.backups import BackupPolicy, list_backups, load_policy, save_policy, take_backup
from agent_desk.store.book import Book, open_book
from agent_desk.ui.app import build_main_window
from agent_desk.ui.backups.backups_dialog import BackupsDialog
from agent_desk.ui.backups.daily_backup import DailyBackup
from agent_desk.ui.closed_book import restore_with_progress
from agent_desk.ui.context import AppContext


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a, **_k: shown.append(text))
    return shown


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    save_policy(BackupPolicy(folder=str(tmp_path / "backups")))
    return tmp_path / "backups"


@pytest.fixture
def dialog(ctx: AppContext, book: Book, folder: Path, qtbot) -> Iterator[BackupsDialog]:  # noqa: ANN001
    shown = BackupsDialog(ctx.tasks, book.path)
    qtbot.addWidget(shown)
    shown.show()
    yield shown


def press_in_next_message_box(button_text: str) -> QTimer:
    """Click `button_text` in the message box once it is up (it is modal: the test cannot reach it otherwise)."""
    timer = QTimer(interval=20)

    def press() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            for button in box.buttons():
                if button.text().replace("&", "") == button_text:
                    timer.stop()
                    button.click()

    timer.timeout.connect(press)
    timer.start()
    return timer


def test_back_up_now_adds_a_backup_to_the_list(dialog: BackupsDialog, book: Book, folder: Path, qtbot) -> None:  # noqa: ANN001
    add_client(book, "Lin Wei")
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 1).text() == "Taken by hand"
    assert dialog.restore_button.isEnabled() and "Backed up to" in dialog.status.text()
    [backup] = list_backups(folder, book.path)
    assert names_in(backup.path) == ["Lin Wei"]
    assert dialog.folder_label.text() == str(folder)


def test_the_keeping_time_and_folder_chosen_are_kept(dialog: BackupsDialog, tmp_path: Path, warnings) -> None:  # noqa: ANN001
    dialog.keep_days.setValue(9)
    dialog.keep_days.editingFinished.emit()
    assert load_policy().keep_days == 9
    assert dialog.set_folder(tmp_path / "nas")
    assert load_policy() == BackupPolicy(folder=str(tmp_path / "nas"), keep_days=9)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert not dialog.set_folder(blocker / "sub")
    assert warnings and "cannot be used" in warnings[0]
    assert load_policy().folder == str(tmp_path / "nas")  # the refused folder was not saved


def test_restore_asks_first_then_asks_the_window_to_restore(dialog: BackupsDialog, book: Book, qtbot) -> None:  # noqa: ANN001
    add_client(book, "Lin Wei")
    backup, _ = take_backup(book.path, "manual")
    dialog.refresh()
    press_in_next_message_box("Cancel")
    with qtbot.assertNotEmitted(dialog.restore_requested, wait=300):
        dialog.restore_selected()
        qtbot.waitUntil(lambda: dialog.backup_button.isEnabled())
    press_in_next_message_box("Restore")
    with qtbot.waitSignal(dialog.restore_requested) as requested:
        dialog.restore_selected()
    assert requested.args == [str(backup), None]  # the book's own key opens it


def test_a_file_that_is_no_backup_is_refused_before_anything_is_asked(dialog: BackupsDialog, tmp_path: Path,
                                                                      warnings, qtbot) -> None:  # noqa: ANN001
    photo = tmp_path / "photo.sqlite3"
    photo.write_bytes(b"holiday photos")
    with qtbot.assertNotEmitted(dialog.restore_requested):
        dialog.check_then_confirm(photo)
        qtbot.waitUntil(lambda: bool(warnings))
    assert "not an Agent Desk book" in warnings[0]


def test_the_daily_backup_is_taken_once_a_day(ctx: AppContext, book: Book, folder: Path, qtbot) -> None:  # noqa: ANN001
    clock = [datetime(2026, 12, 7, 9, 0)]
    daily = DailyBackup(ctx.tasks, book.path, now=lambda: clock[0])
    with qtbot.waitSignal(daily.backed_up):
        daily.check()
    daily.check()  # taken today already (the backup's name carries the real time: now, not 9:00)
    qtbot.wait(100)
    assert [backup.reason for backup in list_backups(folder, book.path)] == ["daily"]
    clock[0] = datetime.now() + timedelta(days=1, minutes=1)
    with qtbot.waitSignal(daily.backed_up):
        daily.check()
    assert len(list_backups(folder, book.path)) == 2


def test_restoring_with_the_book_closed_replaces_it_and_says_where_the_old_one_is(book: Book, folder: Path,
                                                                                  warnings) -> None:  # noqa: ANN001
    add_client(book, "Lin Wei")
    backup, _ = take_backup(book.path, "manual")
    add_client(book, "Chen Mei")
    book.close()
    message = restore_with_progress(backup, book.path)
    assert names_in(book.path) == ["Lin Wei"]
    assert message.startswith(f"Restored the backup {backup.name}. The book it replaced is at")
    junk = folder / "junk.sqlite3"
    junk.write_bytes(b"junk")
    before = hashlib.sha256(book.path.read_bytes()).hexdigest()
    assert restore_with_progress(junk, book.path) == ""
    assert warnings and "not an Agent Desk book" in warnings[0]
    assert hashlib.sha256(book.path.read_bytes()).hexdigest() == before


def test_the_main_window_closes_to_restore_a_confirmed_backup(book: Book, folder: Path, qtbot) -> None:  # noqa: ANN001
    window = build_main_window(book)
    qtbot.addWidget(window)
    window.show()
    assert window.backups_action in window.menuBar().actions()[0].menu().actions()
    dialog = window.open_backups()
    backup, _ = take_backup(book.path, "manual")
    dialog.restore_requested.emit(str(backup), None)
    assert not window.isVisible() and window.after_close is not None
    qtbot.waitUntil(lambda: window.ctx.tasks.pending == 0)
    window.ctx.tasks.shutdown()


def test_a_stopped_daily_backup_checks_no_more(ctx: AppContext, book: Book, folder: Path, qtbot) -> None:  # noqa: ANN001
    daily = DailyBackup(ctx.tasks, book.path)
    daily.start(first_check_ms=30)
    daily.stop()  # the window closed before the first check
    qtbot.wait(100)
    assert list_backups(folder, book.path) == []
    daily.start(first_check_ms=10)
    qtbot.waitUntil(lambda: len(list_backups(folder, book.path)) == 1)
    daily.stop()


def test_a_protected_backup_from_another_laptop_asks_its_passphrase_and_comes_back_protected(
        dialog: BackupsDialog, book: Book, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    from agent_desk.store.crypto import is_encrypted, new_key
    from agent_desk.store.protection import unlock
    from agent_desk.ui.closed_book import restoring
    from agent_desk.ui.security.unlock_dialog import UnlockDialog

    old_laptop = tmp_path / "old-laptop.sqlite3"
    old = open_book(old_laptop, new_key("the old laptop's passphrase"))
    add_client(old, "Lin Wei")
    old.close()

    def type_passphrase() -> None:
        asked = QApplication.activeModalWidget()
        if isinstance(asked, UnlockDialog):
            passphrase_timer.stop()
            asked.passphrase.setText("the old laptop's passphrase")
            asked.try_unlock()

    passphrase_timer = QTimer(interval=20)
    passphrase_timer.timeout.connect(type_passphrase)
    passphrase_timer.start()
    press_in_next_message_box("Restore")
    with qtbot.waitSignal(dialog.restore_requested) as requested:
        dialog.check_then_confirm(old_laptop)
    backup, backup_key = requested.args
    assert backup == str(old_laptop) and backup_key == unlock(old_laptop, "the old laptop's passphrase")
    qtbot.waitUntil(lambda: dialog._tasks.pending == 0)  # noqa: SLF001
    dialog._tasks.shutdown()  # noqa: SLF001 - as the window closing for the restore does
    book.close()
    key, message = restoring(old_laptop, backup_key)(book.path, None)
    assert key == backup_key and message.startswith("Restored the backup")
    assert is_encrypted(book.path)
    reopened = open_book(book.path, key)
    reopened.close()


def test_a_book_that_cannot_be_opened_offers_to_restore_a_backup(book: Book, folder: Path, qtbot,  # noqa: ANN001
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from agent_desk.errors import BookCorruptError
    from agent_desk.ui.app import offer_restore

    add_client(book, "Lin Wei")
    backup, _ = take_backup(book.path, "daily")
    book.close()
    book.path.write_bytes(b"\x00" * 8192)  # the disk ate it
    error = BookCorruptError(book.path, "file is not a database")
    press_in_next_message_box("Close")
    assert offer_restore(error, book.path) is None  # the agent closed the message: nothing changed
    assert book.path.read_bytes() == b"\x00" * 8192
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kwargs: (str(backup), ""))
    press_in_next_message_box("Restore a backup…")
    key, message = offer_restore(error, book.path)
    assert key is None and message.startswith(f"Restored the backup {backup.name}.")
    assert names_in(book.path) == ["Lin Wei"]
