"""The main window only assembles screens and wires their signals."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from agent_desk.errors import ValidationError
from agent_desk.services.changes import Changes
from agent_desk.services.clients import delete_client, restore_client
from agent_desk.services.sync import SyncReport
from agent_desk.store.crypto import BookKey, key_for
from agent_desk.ui import settings as S
from agent_desk.ui.backups.backups_dialog import BackupsDialog
from agent_desk.ui.backups.daily_backup import DailyBackup
from agent_desk.ui.background import finish_off_gui
from agent_desk.ui.clients.case_forms import alive
from agent_desk.ui.closed_book import AfterClose, protecting, restoring
from agent_desk.ui.clients.client_page import ClientPage
from agent_desk.ui.clients.page_labels import problem_text
from agent_desk.ui.clients.export_actions import open_export_dialog
from agent_desk.ui.clients.import_dialog import open_import_dialog
from agent_desk.ui.clients.list_screen import ClientListScreen
from agent_desk.ui.context import AppContext
from agent_desk.ui.dashboard.dashboard_screen import DashboardScreen
from agent_desk.ui.icons import icon
from agent_desk.ui.language_menu import LanguageMenu
from agent_desk.ui.plans.catalog_actions import load_catalog_file
from agent_desk.ui.plans.plan_screen import PlanScreen
from agent_desk.ui.profile.agent_details_dialog import open_agent_details_dialog
from agent_desk.ui.segments.referral_report import ReferralReport
from agent_desk.ui.security.idle_lock import IdleLock
from agent_desk.ui.security.passphrase_dialog import PassphraseDialog
from agent_desk.ui.security.unlock_dialog import UnlockDialog
from agent_desk.ui.segments.tier_rules_dialog import open_tier_rules_dialog
from agent_desk.ui.sync import labels as sync_labels
from agent_desk.ui.sync.enrol_dialog import EnrolDialog, open_enrol_dialog
from agent_desk.ui.sync.scheduler import SyncScheduler
from agent_desk.ui.sync.status_watch import SyncStatusWatch
from agent_desk.ui.sync.status_widget import SyncStatusWidget
from agent_desk.ui.sync.sync_screen import SyncScreen
from agent_desk.ui.today.reminders import Reminders
from agent_desk.ui.today.today_screen import TodayScreen

UNDO_HINT_MS = 10_000


class DeleteClientCommand(QUndoCommand):
    """A soft delete; undo restores the client exactly as it was."""

    def __init__(self, ctx: AppContext, client_id: uuid.UUID, name: str,
                 on_restored: Callable[[uuid.UUID], None]):
        super().__init__(QCoreApplication.translate("MainWindow", "Delete %1").replace("%1", name))
        self._ctx, self._client_id, self._on_restored = ctx, client_id, on_restored

    def redo(self) -> None:
        self._ctx.apply(lambda s: delete_client(s, self._client_id))

    def undo(self) -> None:
        client_id = self._client_id
        self._ctx.apply(lambda s: restore_client(s, client_id), lambda _changes: self._on_restored(client_id))


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Agent Desk"))
        self.setWindowIcon(icon("app"))
        self.undo_stack = QUndoStack(self)

        self.clients = ClientListScreen(ctx)
        self.client_page = ClientPage(ctx)
        self.empty_page = QLabel(self.tr("Select a client on the left, or press Ctrl+N to add one."),
                                 alignment=Qt.AlignmentFlag.AlignCenter, objectName="subtle")
        self.empty_page.setWordWrap(True)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.empty_page)
        self.detail_stack.addWidget(self.client_page)

        self.clients_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.clients_splitter.addWidget(self.clients)
        self.clients_splitter.addWidget(self.detail_stack)
        self.clients_splitter.setStretchFactor(0, 2)
        self.clients_splitter.setStretchFactor(1, 3)
        self.clients_splitter.setChildrenCollapsible(False)

        self.screens = QStackedWidget()
        self.nav = QListWidget(objectName="nav")
        self.nav.setFixedWidth(150)
        self.plans = PlanScreen(ctx)
        self.today = TodayScreen(ctx)
        self.dashboard = DashboardScreen(ctx)
        self.referrals = ReferralReport(ctx)
        self.sync_screen = SyncScreen(ctx, self.undo_stack)
        self.sync_scheduler = SyncScheduler(ctx, parent=self)
        self.sync_watch = SyncStatusWatch(ctx, self)
        self._enrol_dialog: EnrolDialog | None = None
        self._add_screen("today", self.tr("Today"), icon("today"), self.today)
        self._add_screen("clients", self.tr("Clients"), icon("clients"), self.clients_splitter)
        self._add_screen("plans", self.tr("Plans"), icon("plans"), self.plans)
        self._add_screen("dashboard", self.tr("Dashboard"), icon("dashboard"), self.dashboard)
        self._add_screen("referrals", self.tr("Referrals"), icon("referrals"), self.referrals)
        self._add_screen("sync", self.tr("Sync"), icon("sync"), self.sync_screen)
        self.reminders = Reminders(ctx, self, tray_icon=icon("app"))
        self.daily_backup = DailyBackup(ctx.tasks, ctx.tasks.book.path, self)
        self.after_close: AfterClose | None = None  # work on the closed book, then it opens again (ui/app.py)
        self.idle_lock = IdleLock(ctx.settings.get(S.LOCK_AFTER_MINUTES), self)
        self.idle_lock.lock_due.connect(self.lock_now)
        self._locked = False
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.screens, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_status_bar()
        self._wire()
        self.resize(1200, 760)

    # -- assembly -------------------------------------------------------------
    def _add_screen(self, key: str, title: str, screen_icon, widget: QWidget) -> None:  # noqa: ANN001
        item = QListWidgetItem(screen_icon, title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        self.screens.addWidget(widget)

    def _action(self, text: str, icon_name: str | None, shortcut, slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_client_action = self._action(self.tr("New client"), "new_client", QKeySequence.StandardKey.New,
                                              self.new_client)
        self.delete_action = self._action(self.tr("Delete client"), "delete", Qt.Modifier.CTRL | Qt.Key.Key_Delete,
                                          self.delete_selected_client)
        self.find_action = self._action(self.tr("Find client"), "search", QKeySequence.StandardKey.Find,
                                        self.clients.focus_search)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setIcon(icon("redo"))
        self.quit_action = self._action(self.tr("Quit"), None, QKeySequence.StandardKey.Quit, self.close)
        self.load_catalog_action = self._action(self.tr("Load product catalog…"), "load_file", None,
                                                lambda: load_catalog_file(self.ctx, self))
        self.design_plan_action = self._action(self.tr("Design plan"), "plans", Qt.Modifier.CTRL | Qt.Key.Key_P,
                                               self.design_plan_for_current)
        self.today_action = self._action(self.tr("Today"), "today", Qt.Modifier.CTRL | Qt.Key.Key_1,
                                         lambda: self.show_screen("today"))
        self.new_task_action = self._action(self.tr("New task…"), "task", None, self._new_task)
        self.export_calendar_action = self._action(self.tr("Export follow-ups to calendar…"), "export", None,
                                                   self._export_calendar)
        self.tier_rules_action = self._action(self.tr("Tier rules…"), "referrals", None,
                                              lambda: open_tier_rules_dialog(self.ctx, self))
        self.agent_details_action = self._action(self.tr("My details…"), "agent_details", None,
                                                 lambda: self.edit_agent_details(self))
        self.sync_now_action = self._action(self.tr("Sync now"), "sync", Qt.Key.Key_F9, self.sync_now)
        self.sync_now_action.setShortcuts([QKeySequence(Qt.Key.Key_F9),
                                           QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Y)])
        self.enrol_action = self._action(self.tr("Enrol with the office…"), "enrol", None, self.enrol)
        self.backups_action = self._action(self.tr("Backups…"), "backup", None, self.open_backups)
        protected = self.ctx.tasks.book.encrypted
        self.passphrase_action = self._action(
            self.tr("Change passphrase…") if protected else self.tr("Protect with a passphrase…"), "lock", None,
            self.set_passphrase)
        self.lock_action = self._action(self.tr("Lock now"), None, Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_L,
                                        self.lock_now)
        self.lock_action.setEnabled(protected)
        self.import_clients_action = self._action(
            self.tr("Import clients…"), "load_file", Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_I,
            lambda: open_import_dialog(self.ctx, self.undo_stack, self))
        self.export_action = self._action(
            self.tr("Export…"), "export", Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_E,
            lambda: open_export_dialog(self.ctx, self))

        toolbar = QToolBar(self.tr("Main"), objectName="mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_client_action, self.delete_action, self.undo_action, self.find_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

        book_menu = self.menuBar().addMenu(self.tr("&Book"))
        book_menu.addActions([self.new_client_action, self.delete_action, self.design_plan_action])
        book_menu.addSeparator()
        book_menu.addActions([self.import_clients_action, self.export_action])
        book_menu.addSeparator()
        book_menu.addActions([self.today_action, self.new_task_action, self.export_calendar_action])
        book_menu.addSeparator()
        book_menu.addActions([self.load_catalog_action, self.tier_rules_action, self.agent_details_action])
        self.language_menu = LanguageMenu(self.ctx.settings, self)
        book_menu.addMenu(self.language_menu)
        book_menu.addSeparator()
        book_menu.addActions([self.sync_now_action, self.enrol_action, self.backups_action])
        book_menu.addActions([self.passphrase_action, self.lock_action])
        book_menu.addSeparator()
        book_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.undo_button = QPushButton(icon("undo"), self.tr("Undo"))
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.busy = QProgressBar(maximum=0, maximumWidth=90, textVisible=False)
        self.busy.hide()
        self.book_label = QLabel(str(self.ctx.tasks.book.path), objectName="subtle")
        self.sync_status = SyncStatusWidget()
        status.addPermanentWidget(self.undo_button)
        status.addPermanentWidget(self.busy)
        status.addPermanentWidget(self.sync_status)
        status.addPermanentWidget(self.book_label)
        self._undo_hint_timer = QTimer(self, singleShot=True, interval=UNDO_HINT_MS)
        self._undo_hint_timer.timeout.connect(self.undo_button.hide)

    def _wire(self) -> None:
        self.nav.currentRowChanged.connect(self.screens.setCurrentIndex)
        self.clients.client_selected.connect(self.open_client)
        self.client_page.client_created.connect(self._client_created)
        self.client_page.open_client_requested.connect(self.open_client)
        self.client_page.delete_requested.connect(self.delete_client)
        self.client_page.plan_requested.connect(self.design_plan)
        self.client_page.proposal_opened.connect(self.show_proposal)
        self.plans.proposal_requested.connect(self.print_proposal)
        self.today.open_client_requested.connect(self.open_client)
        self.referrals.open_client_requested.connect(self.open_client)
        self.today.due_counts_changed.connect(self._show_due_counts)
        self.reminders.activated.connect(lambda: (self.show_screen("today"), self.raise_(), self.activateWindow()))
        self.ctx.tasks.busy_changed.connect(self.busy.setVisible)
        self.ctx.tasks.error.connect(self.show_error)
        self.ctx.bus.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        for show_state in (self.sync_status.show_state, self.sync_screen.show_state):
            self.sync_scheduler.state_changed.connect(show_state)
        for show_status in (self.sync_status.show_status, self.sync_screen.show_status, self._show_sync_counts):
            self.sync_watch.loaded.connect(show_status)
        self.sync_scheduler.synced.connect(self._synced)
        self.sync_scheduler.enrolment_needed.connect(self.enrol)
        self.sync_status.open_requested.connect(lambda: self.show_screen("sync"))
        self.sync_screen.sync_requested.connect(self.sync_now)
        self.sync_screen.enrol_requested.connect(self.enrol)

    # -- behaviour ------------------------------------------------------------
    def start(self) -> None:
        """Restore the remembered window and load the first screen."""
        settings = self.ctx.settings
        if not settings.get(S.WINDOW_GEOMETRY).isEmpty():
            self.restoreGeometry(settings.get(S.WINDOW_GEOMETRY))
        if not settings.get(S.WINDOW_STATE).isEmpty():
            self.restoreState(settings.get(S.WINDOW_STATE))
        if settings.get(S.CLIENTS_SPLITTER).isEmpty():
            # First start: the list wide enough for names, phones and stages.
            width = self.clients_splitter.width() or self.width()
            self.clients_splitter.setSizes([int(width * 0.45), int(width * 0.55)])
        else:
            self.clients_splitter.restoreState(settings.get(S.CLIENTS_SPLITTER))
        self.clients.restore_header_state(settings.get(S.CLIENT_LIST_HEADER))
        keys = [self.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.nav.count())]
        last = settings.get(S.LAST_SCREEN)
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)
        last_client = settings.get(S.LAST_CLIENT)
        if last_client:
            try:
                self.clients.select_client(uuid.UUID(last_client))
            except ValueError:
                pass
        self.plans.restore_state()
        self.clients.start()
        self.today.start()
        self.reminders.start()
        self.sync_watch.refresh()
        self.sync_scheduler.start()  # the first sync shortly after the window shows
        self.daily_backup.backed_up.connect(
            lambda path: self.statusBar().showMessage(self.tr("Today's backup is at %1").replace("%1", path), 6000))
        self.daily_backup.failed.connect(
            lambda why: self.statusBar().showMessage(self.tr("The daily backup failed: %1").replace("%1", why)))
        self.daily_backup.start()
        if self.ctx.tasks.book.encrypted:
            self.idle_lock.start()

    def _may_discard_edits(self, question: str) -> bool:
        """True when the page holds no unsaved typing, or the agent agrees to lose it."""
        if self.detail_stack.currentWidget() is not self.client_page or not self.client_page.has_unsaved_changes():
            return True
        answer = QMessageBox.question(self, self.tr("Unsaved changes"), question,
                                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def new_client(self) -> None:
        if not self._may_discard_edits(self.tr("The client you are editing has unsaved changes. "
                                               "Start a new client and lose them?")):
            return
        self.show_screen("clients")
        self.detail_stack.setCurrentWidget(self.client_page)
        self.client_page.start_new()

    def open_client(self, client_id: uuid.UUID) -> None:
        same = client_id == self.client_page.current_client_id()
        if not same and not self._may_discard_edits(self.tr("The client you are editing has unsaved changes. "
                                                            "Open another client and lose them?")):
            current = self.client_page.current_client_id()  # the list goes back to the page's client
            if current is None:
                self.clients.clear_selection()
            else:
                self.clients.select_client(current)
            return
        self.show_screen("clients")  # from Today, a report or the map: the client page is there
        self.detail_stack.setCurrentWidget(self.client_page)
        if not same:
            self.client_page.show_client(client_id)  # the same client reloads from its change set
        self.clients.select_client(client_id)
        self.ctx.settings.set(S.LAST_CLIENT, str(client_id))

    def _client_restored(self, client_id: uuid.UUID) -> None:
        """After an undone delete: show the client again, unless that would lose typing."""
        if self.detail_stack.currentWidget() is self.client_page and self.client_page.has_unsaved_changes():
            self.statusBar().showMessage(self.tr("The client is back in the list."), UNDO_HINT_MS)
        else:
            self.open_client(client_id)

    def _client_created(self, client_id: uuid.UUID) -> None:
        self.clients.select_client(client_id)
        self.ctx.settings.set(S.LAST_CLIENT, str(client_id))
        self.statusBar().showMessage(self.tr("Client saved."), 4000)

    def delete_selected_client(self) -> None:
        """Delete the client on screen: the one the page shows, else the list's selection."""
        if self.detail_stack.currentWidget() is self.client_page:
            # None while a new client is typed or the page shows a deleted one.
            client_id = self.client_page.deletable_client_id()
        else:
            client_id = self.clients.selected_client()
        if client_id is not None:
            self.delete_client(client_id)

    def delete_client(self, client_id: uuid.UUID) -> None:
        row = self.clients.model.row_of(client_id)
        client_row = self.clients.model.row_at(row)
        name = client_row.display_name if client_row else self.tr("client")
        self.undo_stack.push(DeleteClientCommand(self.ctx, client_id, name, self._client_restored))
        self.clients.clear_selection()  # until the list reloads, the row must not be deleted again
        if self.client_page.current_client_id() == client_id:
            self.detail_stack.setCurrentWidget(self.empty_page)
        self.statusBar().showMessage(self.tr("Deleted %1. Press Ctrl+Z to undo.").replace("%1", name), UNDO_HINT_MS)
        self.undo_button.show()
        self._undo_hint_timer.start()

    def design_plan(self, client_id: uuid.UUID) -> None:
        """Open the plan designer on the client's household."""
        self.show_screen("plans")
        self.plans.open_client(client_id)

    def print_proposal(self, plan_id: uuid.UUID, client_id: uuid.UUID, client_name: str) -> QDialog:
        """Make a new version of the plan's proposal in a dialog that previews, prints and saves it."""
        from agent_desk.ui.proposals.proposal_dialog import ProposalDialog  # ReportLab and QtPdf: on first use

        return self._open_proposal_dialog(ProposalDialog.for_plan(self.ctx, plan_id, client_id, client_name, self))

    def show_proposal(self, proposal_id: uuid.UUID) -> QDialog:
        """A proposal printed before, as it was printed."""
        from agent_desk.ui.proposals.proposal_dialog import ProposalDialog

        return self._open_proposal_dialog(ProposalDialog.for_stored(self.ctx, proposal_id, self))

    def _open_proposal_dialog(self, dialog) -> QDialog:  # noqa: ANN001
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.agent_details_requested.connect(lambda: self.edit_agent_details(dialog, "licence_number"))
        dialog.show()
        return dialog

    def edit_agent_details(self, parent: QWidget, focus_field: str | None = None) -> QDialog:
        """The agent's name, licence number and contact, as proposals print them."""
        return open_agent_details_dialog(self.ctx, parent, focus_field)

    def design_plan_for_current(self) -> None:
        client_id = self.client_page.current_client_id()
        if client_id is not None:
            self.design_plan(client_id)
        else:
            self.show_screen("plans")

    def show_screen(self, key: str) -> None:
        self.nav.setCurrentRow(self._screen_row(key))

    def _new_task(self) -> None:
        self.show_screen("today")
        self.today.new_task()

    def _export_calendar(self) -> None:
        self.today.export_calendar()

    def _show_due_counts(self, overdue: int, due_today: int) -> None:
        """The Today entry of the navigation says how much is waiting."""
        item = self.nav.item(self._screen_row("today"))
        waiting = overdue + due_today
        item.setText(self.tr("Today (%1)").replace("%1", str(waiting)) if waiting else self.tr("Today"))
        item.setToolTip(self.tr("%1 overdue, %2 due today").replace("%1", str(overdue)).replace("%2", str(due_today)))

    def _show_sync_counts(self, status) -> None:  # noqa: ANN001 - SyncStatus
        """The Sync entry of the navigation says how many conflicts wait for review."""
        item = self.nav.item(self._screen_row("sync"))
        conflicts = status.open_conflicts
        item.setText(self.tr("Sync (%1)").replace("%1", str(conflicts)) if conflicts else self.tr("Sync"))
        item.setToolTip(sync_labels.conflicts_text(conflicts) if conflicts else "")

    def _screen_row(self, key: str) -> int:
        keys = [self.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.nav.count())]
        return keys.index(key)

    def sync_now(self) -> None:
        self.sync_scheduler.sync_now()

    def enrol(self) -> QDialog:
        """The enrolment dialog (one at a time); once enrolled, the first sync starts."""
        if self._enrol_dialog is not None and alive(self._enrol_dialog):
            self._enrol_dialog.raise_()
            self._enrol_dialog.activateWindow()
            return self._enrol_dialog
        dialog = open_enrol_dialog(self.ctx, self.sync_watch.status(), self)
        dialog.enrolled.connect(self._enrolled)
        self._enrol_dialog = dialog
        return dialog

    def open_backups(self) -> BackupsDialog:
        dialog = BackupsDialog(self.ctx.tasks, self.ctx.tasks.book.path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_requested.connect(self.restore_backup)
        dialog.open()
        return dialog

    def restore_backup(self, backup: str, backup_key: BookKey | None = None) -> None:
        """Close the window; the app restores `backup` with the book closed and opens it again."""
        self._close_for(restoring(Path(backup), backup_key))

    def set_passphrase(self) -> None:
        """Protect the book with a passphrase, or change it: done with the book closed."""
        book = self.ctx.tasks.book
        dialog = PassphraseDialog(book.encrypted, self.ctx.settings.get(S.LOCK_AFTER_MINUTES), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        self.ctx.settings.set(S.LOCK_AFTER_MINUTES, choice.lock_after_minutes)
        self.idle_lock.minutes = choice.lock_after_minutes
        if book.encrypted and finish_off_gui(lambda: key_for(book.path, choice.current)) != book.key:
            QMessageBox.warning(self, self.tr("Change passphrase"),
                                self.tr("The current passphrase is not right; nothing was changed."))
            return
        if choice.new == choice.current:
            return  # only the lock time changed
        self._close_for(protecting(choice.new, choice.remember))

    def _close_for(self, work: AfterClose) -> None:
        self.after_close = work
        if not self.close():
            self.after_close = None

    def lock_now(self) -> None:
        """Hide the book behind the passphrase until it is typed again (a protected book only)."""
        book = self.ctx.tasks.book
        if not book.encrypted or self._locked:
            return
        self._locked = True
        content = self.centralWidget()
        content.hide()
        self.menuBar().setEnabled(False)
        dialog = UnlockDialog(book.path, expected=book.key, parent=self)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        unlocked = dialog.exec() == QDialog.DialogCode.Accepted
        self._locked = False
        if not unlocked:
            self.close()  # not unlocked: quit, as a locked laptop would log out
            return
        content.show()
        self.menuBar().setEnabled(True)
        self.idle_lock.used()

    def _enrolled(self, _report) -> None:  # noqa: ANN001 - EnrolmentReport
        self.ctx.bus.changes_applied.emit(Changes(sync=True))
        self.sync_scheduler.sync_now()

    def _synced(self, report: SyncReport) -> None:
        text = sync_labels.report_text(report)
        if text:
            self.statusBar().showMessage(text, 6000)

    def show_error(self, error: BaseException) -> None:
        text = " ".join(problem_text(message) for message in error.problems.values()) \
            if isinstance(error, ValidationError) else str(error)
        QMessageBox.warning(self, self.tr("Agent Desk"), text or type(error).__name__)

    # -- closing --------------------------------------------------------------
    def save_state(self) -> None:
        settings = self.ctx.settings
        settings.set(S.WINDOW_GEOMETRY, self.saveGeometry())
        settings.set(S.WINDOW_STATE, self.saveState())
        settings.set(S.CLIENTS_SPLITTER, self.clients_splitter.saveState())
        settings.set(S.CLIENT_LIST_HEADER, self.clients.header_state())
        self.plans.save_state()
        item = self.nav.currentItem()
        if item is not None:
            settings.set(S.LAST_SCREEN, item.data(Qt.ItemDataRole.UserRole))
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._may_discard_edits(self.tr("The client you are editing has unsaved changes. "
                                               "Close anyway and lose them?")):
            event.ignore()
            return
        if self.plans.has_unsaved_changes() and QMessageBox.question(
                self, self.tr("Unsaved plan"), self.tr("The plan you are designing is not saved. "
                                                       "Close anyway and lose the changes?")
        ) != QMessageBox.StandardButton.Yes:
            event.ignore()
            return
        self.save_state()
        self.reminders.stop()
        self.today.stop()
        self.sync_scheduler.stop()  # a running sync stops at its next step; its answer is dropped
        self.sync_watch.stop()
        self.daily_backup.stop()
        self.idle_lock.stop()
        event.accept()
