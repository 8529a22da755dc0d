"""The app's composition root: QApplication, font and theme, the book, the
main window. Nothing else creates these."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from agent_desk import __version__, config
from agent_desk.errors import BookError, BookLockedError
from agent_desk.i18n.languages import Language
from agent_desk.i18n.qt import install_language
from agent_desk.services.clients import is_book_empty
from agent_desk.store.backups import load_policy
from agent_desk.store.book import Book, open_book
from agent_desk.store.crypto import BookKey, is_encrypted
from agent_desk.store.protection import remembered_key
from agent_desk.ui import theme
from agent_desk.ui.background import finish_off_gui
from agent_desk.ui.closed_book import restore_with_progress
from agent_desk.ui.context import AppContext, Bus
from agent_desk.ui.gc_timer import GuiThreadCollector
from agent_desk.ui.language_menu import stored_language
from agent_desk.ui.main_window import MainWindow
from agent_desk.ui.security.unlock_dialog import UnlockDialog
from agent_desk.ui.settings import Settings
from agent_desk.ui.tasks import Tasks

DEMO_SEED = 2026


def make_application(argv: list[str] | None = None, language: Language | None = None) -> QApplication:
    """The application, speaking `language`, or the one the agent chose in Language (else the system's)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Agent Desk")
    app.setOrganizationName("AgentDesk")
    app.setApplicationVersion(__version__)
    install_language(language or stored_language(Settings()))  # before any widget takes its texts
    theme.register_cjk_font()
    theme.apply_theme(app)
    theme.follow_system_scheme(app)  # icons take the palette's colour as they paint
    return app


def build_main_window(book: Book, settings: Settings | None = None) -> MainWindow:
    """The main window on an open book, restored to how the agent left it."""
    tasks = Tasks(book)
    ctx = AppContext(tasks=tasks, bus=Bus(), settings=settings or Settings())
    window = MainWindow(ctx)
    tasks.setParent(window)
    window.start()
    return window


class _ProgressRelay(QObject):
    """Carries progress from the database worker to the GUI thread."""

    progress = Signal(int, int)


def create_demo_book_async(window: MainWindow, clients: int, on_done: Callable[[], None] | None = None) -> None:
    """Fill the empty book with demo clients off the GUI thread, with progress."""
    from agent_desk.services.changes import Changes
    from agent_desk.services.demo import create_demo_book

    dialog = QProgressDialog(QApplication.translate("app", "Creating a demo book…"), "", 0, clients, window)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    relay = _ProgressRelay(dialog)
    relay.progress.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))

    def finished(_report) -> None:  # noqa: ANN001
        dialog.close()
        dialog.deleteLater()
        window.ctx.bus.changes_applied.emit(Changes(client_list=True))
        if on_done is not None:
            on_done()

    def failed(error: BaseException) -> None:
        dialog.close()
        dialog.deleteLater()
        window.show_error(error)

    window.ctx.tasks.run_db(
        lambda session: create_demo_book(session, clients=clients, seed=DEMO_SEED, progress=relay.progress.emit),
        finished, failed)


def offer_demo_book(window: MainWindow, clients: int) -> None:
    answer = QMessageBox.question(
        window, QApplication.translate("app", "Your book is empty"),
        QApplication.translate("app", "Your client book is empty. Create a demo book with sample clients, "
                               "households and policies to explore Agent Desk? You can start your own book any "
                               "time in another profile."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer == QMessageBox.StandardButton.Yes:
        create_demo_book_async(window, clients)


def book_error_box(error: BookError) -> QMessageBox:
    """The message for a book that cannot be opened: what, which file, and that
    it was left untouched."""
    box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("app", "Agent Desk cannot open the book"),
                      str(error))
    box.setInformativeText(QApplication.translate(
        "app", "Nothing was changed. Keep the file, and restore a backup or update Agent Desk."))
    box.setDetailedText(str(error.path))
    return box


def offer_restore(error: BookError, path: Path) -> tuple[BookKey | None, str] | None:
    """The book cannot be opened (damaged, from a newer version): say so, and
    offer to restore a backup in its place. Returns the key and the status
    line to open the book with, or None when the agent closes the message."""
    box = book_error_box(error)
    restore = box.addButton(QApplication.translate("app", "Restore a backup…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    name, _filter = QFileDialog.getOpenFileName(
        None, QApplication.translate("app", "Restore a backup…"), str(load_policy().directory()),
        QApplication.translate("app", "Agent Desk books (*.sqlite3);;All files (*)"))
    if not name:
        return None
    backup, backup_key = Path(name), None
    if is_encrypted(backup):
        asked = UnlockDialog(backup, backup=True)
        if asked.exec() != UnlockDialog.DialogCode.Accepted:
            return None
        backup_key = asked.key
    message = restore_with_progress(backup, path, backup_key, backup_key)
    return (backup_key, message) if message else (None, "")


def unlock_at_start(path: Path) -> BookKey | None:
    """The key of a protected book: remembered on this computer, or asked for.
    Raises BookLockedError when the agent gives up; None for a plain book."""
    if not is_encrypted(path):
        return None
    remembered = finish_off_gui(lambda: remembered_key(path))
    if remembered is not None:
        return remembered
    dialog = UnlockDialog(path)
    if dialog.exec() != UnlockDialog.DialogCode.Accepted or dialog.key is None:
        raise BookLockedError(path, QApplication.translate("app", "The book stays locked: it opens with its passphrase"))
    return dialog.key


def run_app(create_demo_if_empty: bool = False, demo_clients: int = 2000) -> int:
    app = make_application()
    offer_demo, message = True, ""
    path = config.book_path()
    try:
        key = unlock_at_start(path)
    except BookLockedError as exc:  # not unlocked (a forgotten passphrase, or a damaged file): a backup may do
        restored = offer_restore(exc, path)
        if restored is None:
            return 0  # the agent chose to leave it locked: nothing went wrong
        key, message = restored
    while True:
        try:
            book = open_book(path, key)
            with book.session() as session:  # one indexed lookup: cheap enough before the loop starts
                empty = is_book_empty(session)
        except BookError as exc:
            restored = offer_restore(exc, path)
            if restored is None:
                return 2
            key, message = restored  # open the book again (the restored one, or the same error and offer)
            continue
        window = build_main_window(book)
        window.show()
        if book.upgraded_from:
            message = (message + " " if message else "") + QApplication.translate(
                "app", "The book was upgraded; a backup of the old one is at %1").replace("%1", str(book.backup_path))
        if message:
            window.statusBar().showMessage(message)
        if empty and offer_demo:
            # After the first paint, so the agent sees the window behind the question.
            if create_demo_if_empty:
                QTimer.singleShot(0, lambda: create_demo_book_async(window, demo_clients))
            else:
                QTimer.singleShot(0, lambda: offer_demo_book(window, demo_clients))
        collector = GuiThreadCollector(app)
        collector.start()
        try:
            code = app.exec()
        finally:
            window.ctx.tasks.shutdown()  # queued database work finishes: nothing is lost on quit
            collector.stop()
            book.close()
        after_close = window.after_close
        window.deleteLater()
        if after_close is None:
            return code
        # A restore or a new passphrase closed the window: done with the book closed, then it opens again.
        offer_demo = False
        key, message = after_close(path, key)


SMOKE_DEMO_CLIENTS = 200  # enough to fill the list; few, so the smoke run times start-up, not the demo


def run_smoke(timeout_s: float = 60.0) -> int:
    """`agent-desk gui --smoke`, an installed build's self-test: the main window on
    the data dir's book (made a demo book when empty), shown, its client list
    loaded, then quit. Prints one line starting "agent-desk smoke: ok" and
    returns 0; else says on stderr what went wrong and returns 1. The caller
    picks the data dir (cli.py uses a throwaway one)."""
    import time

    # Loaded on a proposal's first preview in the app: a build missing QtPdf or
    # ReportLab should fail here, not in front of a client.
    import agent_desk.ui.proposals.proposal_dialog  # noqa: F401

    app = make_application()
    book = open_book()
    with book.session() as session:
        empty = is_book_empty(session)
    window = build_main_window(book)
    window.show()
    if empty:
        QTimer.singleShot(0, lambda: create_demo_book_async(window, SMOKE_DEMO_CLIENTS))
    deadline = time.monotonic() + timeout_s

    def check() -> None:
        handle = window.windowHandle()
        shown = window.isVisible() and handle is not None and handle.isExposed()
        listed = window.clients.model.total
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):  # an error the agent would have seen: the build is broken
            print(f"agent-desk smoke: failed: {box.text()} {box.informativeText()}".rstrip(), file=sys.stderr)
            app.exit(1)
        elif shown and listed and (listed == SMOKE_DEMO_CLIENTS or not empty) and not window.ctx.tasks.pending:
            screens = ", ".join(window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count()))
            print(f"agent-desk smoke: ok: main window shown on a book of {listed} clients at {book.path}; "
                  f"screens: {screens}", flush=True)
            app.exit(0)
        elif time.monotonic() > deadline:
            print(f"agent-desk smoke: failed: after {timeout_s:.0f} s the window is {'' if shown else 'not '}shown "
                  f"and lists {listed} clients", file=sys.stderr)
            app.exit(1)
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)
    collector = GuiThreadCollector(app)
    collector.start()
    try:
        return app.exec()
    finally:
        window.close()  # as on quit: its timers and the sync scheduler stop
        window.ctx.tasks.shutdown()
        collector.stop()
        book.close()
