"""The app's composition root: QApplication, font and theme, the book, the
main window. Nothing else creates these."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from agent_desk import __version__
from agent_desk.errors import BookError
from agent_desk.services.clients import is_book_empty
from agent_desk.store.book import Book, open_book
from agent_desk.ui import theme
from agent_desk.ui.context import AppContext, Bus
from agent_desk.ui.gc_timer import GuiThreadCollector
from agent_desk.ui.main_window import MainWindow
from agent_desk.ui.settings import Settings
from agent_desk.ui.tasks import Tasks

DEMO_SEED = 2026


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Agent Desk")
    app.setOrganizationName("AgentDesk")
    app.setApplicationVersion(__version__)
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

    dialog = QProgressDialog(window.tr("Creating a demo book…"), "", 0, clients, window)
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
        window, window.tr("Your book is empty"),
        window.tr("Your client book is empty. Create a demo book with sample clients, households and "
                  "policies to explore Agent Desk? You can start your own book any time in another profile."),
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


def run_app(create_demo_if_empty: bool = False, demo_clients: int = 2000) -> int:
    app = make_application()
    try:
        book = open_book()
        with book.session() as session:  # one indexed lookup: cheap enough before the loop starts
            empty = is_book_empty(session)
    except BookError as exc:
        book_error_box(exc).exec()
        return 2
    window = build_main_window(book)
    window.show()
    if book.upgraded_from:
        window.statusBar().showMessage(
            window.tr("The book was upgraded; a backup of the old one is at %1").replace("%1", str(book.backup_path)))
    if empty:
        # After the first paint, so the agent sees the window behind the question.
        if create_demo_if_empty:
            QTimer.singleShot(0, lambda: create_demo_book_async(window, demo_clients))
        else:
            QTimer.singleShot(0, lambda: offer_demo_book(window, demo_clients))
    collector = GuiThreadCollector(app)
    collector.start()
    try:
        return app.exec()
    finally:
        window.ctx.tasks.shutdown()  # queued database work finishes: nothing is lost on quit
        collector.stop()
        book.close()
