"""Book › Backups…: the book's backups, where they go and how long they stay,
a backup now, and a restore (of a listed backup or any file), checked before
the agent is asked to confirm it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desk.store.backups import (
    BackupFile,
    BackupPolicy,
    CheckedBackup,
    check_backup,
    list_backups,
    load_policy,
    save_policy,
    take_backup,
)
from agent_desk.store.crypto import BookKey, is_encrypted, salt_of
from agent_desk.ui.clients.case_forms import intro_header
from agent_desk.ui.security.unlock_dialog import UnlockDialog
from agent_desk.ui.tasks import Tasks
from agent_desk.ui.theme import heading_font


class BackupsDialog(QDialog):
    # A checked backup the agent confirmed, and the key it opens with when that is not the
    # book's own (None): the window closes and restores it.
    restore_requested = Signal(str, object)

    def __init__(self, tasks: Tasks, book_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self._tasks, self._book_path = tasks, book_path
        self._policy = load_policy()
        self._backups: list[BackupFile] = []
        self._backup_key: BookKey | None = None  # the backup being restored opens with it, not the book's

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        self.folder_label = QLabel(textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.change_folder_button = QPushButton(self.tr("Change…"))
        self.change_folder_button.clicked.connect(self.choose_folder)
        self.open_folder_button = QPushButton(self.tr("Open"))
        self.open_folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._policy.directory()))))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.change_folder_button)
        folder_row.addWidget(self.open_folder_button)
        self.keep_days = QSpinBox(minimum=1, maximum=3650, value=self._policy.keep_days)
        self.keep_days.setSuffix(self.tr(" days"))
        self.keep_days.setMaximumWidth(self.keep_days.fontMetrics().horizontalAdvance("0000 days") + 48)
        self.keep_days.editingFinished.connect(self._save_keep_days)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("Keep backups for:"), self.keep_days)

        self.status = QLabel(objectName="subtle")
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from file…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        for button in (self.change_folder_button, self.open_folder_button):
            button.setAutoDefault(False)  # Enter in the dialog must not pick a folder
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_file_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Backups of your book"))
        title.setFont(heading_font(13.0))
        intro = QLabel(self.tr("A copy of the book is taken every day and before every upgrade. Restoring one "
                               "replaces the book; the book it replaces is backed up first."), objectName="subtle")
        intro.setWordWrap(True)
        layout.addLayout(intro_header("backup", title, intro))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(640, 460)
        self.refresh()

    # -- the list ---------------------------------------------------------------
    def refresh(self) -> None:
        self.folder_label.setText(str(self._policy.directory()))
        self._backups = list_backups(self._policy.directory(), self._book_path)
        self.table.setRowCount(len(self._backups))
        locale = QLocale()
        for row, backup in enumerate(self._backups):
            taken = QTableWidgetItem(locale.toString(backup.taken_at, QLocale.FormatType.ShortFormat))
            taken.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            taken.setToolTip(str(backup.path))
            size = QTableWidgetItem(locale.formattedDataSize(backup.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, taken)
            self.table.setItem(row, 1, QTableWidgetItem(self.kind_label(backup.reason)))
            self.table.setItem(row, 2, size)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        if self._backups:
            self.table.selectRow(0)
        self._update_buttons()

    def kind_label(self, reason: str) -> str:
        if reason == "daily":
            return self.tr("Daily")
        if reason == "manual":
            return self.tr("Taken by hand")
        if reason.endswith("before-restore"):  # also the file as it was, when the book could not be opened
            return self.tr("Before a restore")
        if reason.startswith("before-upgrade"):
            return self.tr("Before an upgrade")
        return reason

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectedItems()))

    def selected_backup(self) -> Path | None:
        items = self.table.selectedItems()
        return Path(items[0].tableWidget().item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole)) if items else None

    # -- settings -----------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"), str(self._policy.directory()))
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path) -> bool:
        return self._save(replace(self._policy, folder=str(folder)))

    def _save_keep_days(self) -> None:
        if self.keep_days.value() != self._policy.keep_days:
            self._save(replace(self._policy, keep_days=self.keep_days.value()))

    def _save(self, policy: BackupPolicy) -> bool:
        try:
            save_policy(policy)
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Backups"), str(exc))
            return False
        self._policy = policy
        self.refresh()
        return True

    # -- backing up and restoring ------------------------------------------------
    def back_up_now(self) -> None:
        self._busy(self.tr("Backing up…"))
        key = self._tasks.book.key
        self._tasks.run(lambda: take_backup(self._book_path, "manual", self._policy, key=key), self._backed_up,
                        self._failed)

    def _backed_up(self, result: tuple[Path, list[Path]]) -> None:
        self._idle(self.tr("Backed up to %1").replace("%1", result[0].name))
        self.refresh()

    def restore_selected(self) -> None:
        chosen = self.selected_backup()
        if chosen is not None:
            self.check_then_confirm(chosen)

    def restore_from_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"), str(self._policy.directory()),
                                                    self.tr("Agent Desk books (*.sqlite3);;All files (*)"))
        if name:
            self.check_then_confirm(Path(name))

    def check_then_confirm(self, backup: Path) -> None:
        """Check the backup off the GUI thread, then ask before anything is replaced.
        A backup encrypted under another passphrase than the book's asks for it first."""
        book_key, backup_key = self._tasks.book.key, None
        if is_encrypted(backup) and (book_key is None or salt_of(backup) != book_key.salt):
            asked = UnlockDialog(backup, parent=self, backup=True)
            if asked.exec() != QDialog.DialogCode.Accepted or asked.key is None:
                return
            backup_key = asked.key
        self._backup_key = backup_key
        self._busy(self.tr("Checking the backup…"))
        self._tasks.run(lambda: check_backup(backup, backup_key or book_key), self._confirm, self._failed)

    def _confirm(self, checked: CheckedBackup) -> None:
        self._idle("")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore this backup?"), self.tr(
            "Replace your book with %1? It holds %2 clients.").replace("%1", checked.path.name).replace(
            "%2", QLocale().toString(checked.clients)), parent=self)
        box.setInformativeText(self.tr(
            "Agent Desk closes the book, backs it up, restores the backup and opens it again. Changes made since "
            "the backup are in the copy of the current book; what was synced comes back from the office."))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is restore:
            self.restore_requested.emit(str(checked.path), self._backup_key)
            self.accept()

    def _busy(self, message: str) -> None:
        self.status.setText(message)
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            button.setEnabled(False)

    def _idle(self, message: str) -> None:
        self.status.setText(message)
        self.backup_button.setEnabled(True)
        self.restore_file_button.setEnabled(True)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self._idle("")
        QMessageBox.warning(self, self.tr("Backups"), str(error) or type(error).__name__)
