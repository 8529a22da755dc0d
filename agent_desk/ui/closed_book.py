"""What the app does to the book while it is closed, between one main
window and the next (ui/app.py runs these): restoring a backup, protecting
the book with a passphrase or changing it. Each gets the book's path and
key, and gives back the key to open it with and a line for the status bar;
a failure is shown and leaves the book as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from agent_desk.errors import AgentDeskError
from agent_desk.store.backups import restore_backup
from agent_desk.store.crypto import BookKey
from agent_desk.store.protection import change_passphrase, encrypt_book, forget_key, remember_key
from agent_desk.ui.background import finish_off_gui

AfterClose = Callable[[Path, BookKey | None], tuple[BookKey | None, str]]


def _tr(text: str) -> str:
    return QApplication.translate("ClosedBook", text)


def _busy(text: str, job: Callable[[], object]) -> object:
    dialog = QProgressDialog(text, "", 0, 0)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    dialog.show()
    try:
        return finish_off_gui(job)
    finally:
        dialog.close()
        dialog.deleteLater()


def _failed(title: str, error: Exception) -> None:
    QMessageBox.warning(None, title, _tr("%1\n\nYour book was left as it was.").replace("%1", str(error)))


def restore_with_progress(backup: Path, book_path: Path, key: BookKey | None = None,
                          backup_key: BookKey | None = None) -> str:
    """Restore `backup` over the closed book (encrypted with `key` when the
    book is protected; the backup opening with `backup_key` when given);
    returns the status line, "" after a failure (shown)."""
    try:
        report = _busy(_tr("Restoring the backup…"),
                       lambda: restore_backup(backup, book_path, key=key, backup_key=backup_key))
    except (AgentDeskError, OSError) as exc:
        _failed(_tr("The backup was not restored"), exc)
        return ""
    if report.previous_book is None:
        return _tr("Restored the backup %1.").replace("%1", report.restored_from.name)
    return _tr("Restored the backup %1. The book it replaced is at %2.").replace(
        "%1", report.restored_from.name).replace("%2", str(report.previous_book))


def restoring(backup: Path, backup_key: BookKey | None = None) -> AfterClose:
    """Restore `backup`; the book keeps its own key, and a plain book takes
    the key of an encrypted backup (its clients stay protected)."""
    def run(book_path: Path, key: BookKey | None) -> tuple[BookKey | None, str]:
        restored_key = key or backup_key
        message = restore_with_progress(backup, book_path, restored_key, backup_key)
        return (restored_key if message else key), message
    return run


def protecting(new_passphrase: str, remember: bool) -> AfterClose:
    """Encrypt a plain book, or give a protected one a new passphrase (its
    current key was checked by the window before it closed)."""
    def run(book_path: Path, key: BookKey | None) -> tuple[BookKey | None, str]:
        try:
            if key is None:
                report = _busy(_tr("Encrypting your book and its backups…"),
                               lambda: encrypt_book(book_path, new_passphrase))
            else:
                report = _busy(_tr("Changing the passphrase of your book and its backups…"),
                               lambda: change_passphrase(book_path, key, new_passphrase))
        except (AgentDeskError, OSError, ValueError) as exc:
            _failed(_tr("The passphrase was not set"), exc)
            return key, ""
        forget_key(book_path)
        if remember:
            remember_key(book_path, report.key)
        done = _tr("Your book and %1 backups are protected with the new passphrase.").replace(
            "%1", str(report.backups_converted))
        if report.backups_left:
            done += " " + _tr("%1 older backups keep the passphrase they were made with.").replace(
                "%1", str(len(report.backups_left)))
        return report.key, done
    return run
