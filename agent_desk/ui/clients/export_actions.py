"""Export clients, policies or follow-ups to a CSV file that Excel opens with
Chinese intact (UTF-8 with BOM). The writing runs on the database worker; the
dialog stays until it is done and then says how many rows went where."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from agent_desk.i18n.qt import TranslationContext
from agent_desk.services.client_csv import export_clients
from agent_desk.services.csv_export import export_followups, export_policies
from agent_desk.ui import settings as S
from agent_desk.ui.clients.case_forms import alive
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon

ExportMessages = TranslationContext("ExportMessages")  # the name is the context: see TranslationContext
# What can be exported: the service that writes it and the file name it is offered under.
EXPORTS: dict[str, tuple[Callable[[Session, Path], int], str]] = {
    "clients": (export_clients, "clients"),
    "policies": (export_policies, "policies"),
    "followups": (export_followups, "follow-ups"),
}


def exported_text(what: str, count: int, path: str) -> str:
    """"Exported 12 policies to …", for the status bar (the dialog may be gone by then)."""
    one = count == 1
    text = {
        "clients": ExportMessages.tr("Exported 1 client to %2.") if one else
        ExportMessages.tr("Exported %1 clients to %2."),
        "policies": ExportMessages.tr("Exported 1 policy to %2.") if one else
        ExportMessages.tr("Exported %1 policies to %2."),
        "followups": ExportMessages.tr("Exported 1 follow-up to %2.") if one else
        ExportMessages.tr("Exported %1 follow-ups to %2."),
    }[what]
    return text.replace("%1", QLocale().toString(count)).replace("%2", path)


class ExportDialog(QDialog):
    exported = Signal(str, int, str)  # what, how many rows, the file

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, what: str = "clients"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to CSV"))
        self.setWindowIcon(icon("export"))
        self._ctx = ctx
        self._running = False
        self.today = date.today()
        self._build()
        self.choose(what)

    def _build(self) -> None:
        intro = QLabel(self.tr("A CSV file that Excel opens with Chinese intact (UTF-8 with BOM)."),
                       objectName="subtle")
        intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        texts = {"clients": self.tr("&Clients"), "policies": self.tr("&Policies"),
                 "followups": self.tr("&Follow-ups")}
        radio_row = QHBoxLayout()
        for what, text in texts.items():
            radio = QRadioButton(text)
            radio.toggled.connect(lambda on, what=what: on and self._offer_name(what))
            self.group.addButton(radio)
            self.radios[what] = radio
            radio_row.addWidget(radio)
        radio_row.addStretch(1)

        self.path_edit = QLineEdit()
        self.path_edit.textEdited.connect(lambda _text: self.error_label.hide())
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        file_label = QLabel(self.tr("Sa&ve as:"))
        file_label.setBuddy(self.path_edit)
        grid = QGridLayout()
        grid.addWidget(file_label, 0, 0)
        grid.addWidget(self.path_edit, 0, 1)
        grid.addWidget(browse, 0, 2)

        self.error_label = QLabel(objectName="fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.progress = QProgressBar(maximumHeight=10, textVisible=False)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        self.export_button.setIcon(icon("export"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(radio_row)
        layout.addLayout(grid)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def choose(self, what: str) -> None:
        self.radios[what].setChecked(True)

    def chosen(self) -> str:
        return next(what for what, radio in self.radios.items() if radio.isChecked())

    def _offer_name(self, what: str) -> None:
        """A dated file name in the last export folder, keeping a folder the agent typed."""
        current = self.path_edit.text().strip()
        folder = Path(current).parent if current else Path(self._ctx.settings.get(S.EXPORT_DIR) or Path.home())
        self.path_edit.setText(str(folder / f"{EXPORTS[what][1]}-{self.today.isoformat()}.csv"))

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to CSV"), self.path_edit.text(),
                                                    self.tr("CSV files (*.csv)"))
        if path:
            self.path_edit.setText(path)

    def start_export(self) -> None:
        if self._running:
            return
        text = self.path_edit.text().strip()
        if not text:
            self._show_error(self.tr("Choose where to save the file."))
            return
        path = Path(text) if text.lower().endswith(".csv") else Path(text + ".csv")
        what = self.chosen()
        export = EXPORTS[what][0]
        self._set_running(True)
        self._ctx.query(lambda s: export(s, path), lambda count: self._done(what, count, path),
                        self._failed)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.progress.setVisible(running)
        self.export_button.setEnabled(not running)
        for radio in self.radios.values():
            radio.setEnabled(not running)
        self.path_edit.setEnabled(not running)

    def _done(self, what: str, count: int, path: Path) -> None:
        self._ctx.settings.set(S.EXPORT_DIR, str(path.parent))
        self._ctx.bus.status_message.emit(exported_text(what, count, str(path)))
        if not alive(self):
            return
        self._set_running(False)
        self.exported.emit(what, count, str(path))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not alive(self):
            return
        self._set_running(False)
        if isinstance(error, OSError):
            self._show_error(self.tr("Could not write %1: %2").replace("%1", self.path_edit.text().strip()).replace(
                "%2", error.strerror or str(error)))
        else:
            self._ctx.tasks.error.emit(error)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.path_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        if self._running:  # the file is being written; it is moved into place whole or not at all
            return
        super().reject()


def open_export_dialog(ctx: AppContext, parent: QWidget | None = None, what: str = "clients") -> ExportDialog:
    """Open the dialog (window-modal, not blocking); it deletes itself when closed."""
    dialog = ExportDialog(ctx, parent, what)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
