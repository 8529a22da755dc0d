"""Print a proposal for the client meeting, or look again at one printed before.

Making one: the book's part (the plan, the household, the agent) runs on the
database worker, the PDF is rendered on the work pool with its progress shown,
and the document is stored in the book as the plan's next version before it
is shown. A stored version is shown exactly as it was printed. Either can be
printed (the system's print dialog), opened in the system's PDF viewer or
saved as a file."""

from __future__ import annotations

import tempfile
import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPageSize, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout,
    QWidget,
)

from agent_desk.errors import ValidationError
from agent_desk.proposals.model import LANGUAGE_NAMES
from agent_desk.proposals.render import RenderedProposal, render_proposal
from agent_desk.services.proposals import (
    ProposalJob, ProposalRow, StoredProposal, prepare_proposal, proposal_language, record_proposal, stored_proposal,
)
from agent_desk.ui import settings as S
from agent_desk.ui.clients.case_forms import alive
from agent_desk.ui.clients.formatting import local_datetime_text
from agent_desk.ui.clients.page_labels import problem_text
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon
from agent_desk.ui.proposals.pdf_preview import PdfPreview
from agent_desk.ui.proposals.printing import PdfPrintJob

PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


class _Progress(QObject):
    """Carries the renderer's progress from the work pool to the GUI thread (a queued signal)."""

    advanced = Signal(int, int)


class ProposalDialog(QDialog):
    agent_details_requested = Signal()  # the agent's name or licence number is missing: open My details
    proposal_recorded = Signal(object)  # ProposalRow of a version just printed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._plan_id: uuid.UUID | None = None
        self._row: ProposalRow | None = None
        self._pdf = b""
        self._print_job: PdfPrintJob | None = None
        self._progress = _Progress(self)
        self.setWindowTitle(self.tr("Proposal"))
        self._build()
        self._progress.advanced.connect(self._advanced)
        self._restore_geometry()

    @classmethod
    def for_plan(cls, ctx: AppContext, plan_id: uuid.UUID, client_id: uuid.UUID, client_name: str = "",
                 parent: QWidget | None = None) -> ProposalDialog:
        """Make a new version of the plan's proposal; the language is the client's, the paper the agent's last."""
        dialog = cls(ctx, parent)
        dialog._plan_id = plan_id
        dialog._show_plan_titles(client_name)
        dialog._select(dialog.paper_combo, ctx.settings.get(S.PROPOSAL_PAPER))
        dialog.generate_button.setEnabled(False)
        ctx.query(lambda s: proposal_language(s, client_id), dialog._language_known,
                  lambda _error: dialog._language_known("en"))
        return dialog

    @classmethod
    def for_stored(cls, ctx: AppContext, proposal_id: uuid.UUID, parent: QWidget | None = None) -> ProposalDialog:
        """Show a version printed before, byte for byte as it was."""
        dialog = cls(ctx, parent)
        dialog.options.hide()
        dialog._show_stored_titles()
        ctx.query(lambda s: stored_proposal(s, proposal_id), dialog._stored_loaded, dialog._failed)
        return dialog

    def _show_plan_titles(self, client_name: str) -> None:
        self.title_label.setText(self.tr("Proposal for {0}").format(client_name) if client_name
                                 else self.tr("Proposal"))
        self.subtitle_label.setText(self.tr("Choose the client's language and the paper, then make the "
                                            "proposal. Each one is kept in the book as a new version."))

    def _show_stored_titles(self) -> None:
        self.title_label.setText(self.tr("Proposal"))
        self.subtitle_label.setText(self.tr("Loading…"))

    # -- assembly ---------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = QLabel(objectName="pageTitle")
        self.subtitle_label = QLabel(objectName="subtle", wordWrap=True)
        self.subtitle_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.language_combo = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setAccessibleName(self.tr("Language of the proposal"))
        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("A4"), "a4")
        self.paper_combo.addItem(self.tr("Letter"), "letter")
        self.paper_combo.setAccessibleName(self.tr("Paper"))
        self.generate_button = QPushButton(icon("proposal"), self.tr("Make proposal"))
        self.generate_button.setToolTip(self.tr("Price the saved plan today and print it to a PDF (Ctrl+G)"))
        self.generate_button.setDefault(True)
        self.options = QWidget()
        options = QHBoxLayout(self.options)
        options.setContentsMargins(0, 0, 0, 0)
        options.addWidget(QLabel(self.tr("Language")))
        options.addWidget(self.language_combo)
        options.addSpacing(12)
        options.addWidget(QLabel(self.tr("Paper")))
        options.addWidget(self.paper_combo)
        options.addStretch(1)
        options.addWidget(self.generate_button)

        self.progress_bar = QProgressBar(textVisible=True)
        self.progress_bar.hide()
        self.banner = QLabel(objectName="fieldError", wordWrap=True)
        self.details_button = QPushButton(icon("agent_details"), self.tr("My details…"))
        self.details_button.hide()
        banner = QHBoxLayout()
        banner.addWidget(self.banner, 1)
        banner.addWidget(self.details_button)
        self.banner.hide()

        self.preview = PdfPreview()
        self.print_button = QPushButton(icon("print"), self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print on paper (Ctrl+P)"))
        self.open_button = QPushButton(icon("open_external"), self.tr("Open in PDF viewer"))
        self.save_button = QPushButton(icon("save_as"), self.tr("Save as…"))
        self.save_button.setToolTip(self.tr("Save the PDF as a file, e.g. to e-mail it (Ctrl+S)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.print_button, self.open_button, self.save_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addWidget(self.options)
        layout.addWidget(self.progress_bar)
        layout.addLayout(banner)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)

        self.generate_button.clicked.connect(self.generate)
        self.details_button.clicked.connect(self.agent_details_requested)
        self.print_button.clicked.connect(self.print_proposal)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.save_button.clicked.connect(self.save_as)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_G), self, self.generate)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_proposal)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as)
        self._set_document_actions_enabled(False)
        self.resize(900, 860)

    def _select(self, combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def _language_known(self, language: str) -> None:
        if not alive(self):
            return
        self._select(self.language_combo, language)
        self.generate_button.setEnabled(True)

    # -- making a proposal --------------------------------------------------------------------------------------
    def generate(self) -> None:
        if self._plan_id is None or not self.generate_button.isEnabled():
            return
        plan_id, language, paper = self._plan_id, self.language_combo.currentData(), self.paper_combo.currentData()
        self._ctx.settings.set(S.PROPOSAL_PAPER, paper)
        self._set_working(True, self.tr("Gathering the plan…"))
        self._ctx.query(lambda s: prepare_proposal(s, plan_id, language, paper, date.today()), self._render,
                        self._failed)

    def _render(self, job: ProposalJob) -> None:
        if not alive(self):
            return  # closed meanwhile: nothing is made
        self.progress_bar.setFormat(self.tr("Laying out the pages… %p%"))
        progress = self._progress
        self._ctx.tasks.run(lambda: render_proposal(job.data, progress.advanced.emit),
                            lambda rendered: self._record(job, rendered), self._failed)

    def _advanced(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _record(self, job: ProposalJob, rendered: RenderedProposal) -> None:
        if not alive(self):
            return  # closed while rendering: the agent did not want it after all
        self.progress_bar.setFormat(self.tr("Keeping it in the book…"))
        self._ctx.apply(lambda s: record_proposal(s, job, rendered.pdf, rendered.pages),
                        lambda result: self._recorded(result[0], rendered.pdf), self._failed)

    def _recorded(self, row: ProposalRow, pdf: bytes) -> None:
        if not alive(self):
            return
        self._set_working(False)
        self._show(row, pdf)
        self.proposal_recorded.emit(row)
        self._ctx.bus.status_message.emit(self.tr("Proposal {0} version {1} printed").format(row.number, row.version))

    def _stored_loaded(self, stored: StoredProposal) -> None:
        if alive(self):
            self._show(stored.row, stored.pdf)

    def _show(self, row: ProposalRow, pdf: bytes) -> None:
        self._row, self._pdf = row, pdf
        self.title_label.setText(self.tr("Proposal {0}, version {1}").format(row.number, row.version))
        self.subtitle_label.setText(self.tr("{0} · {1} · {2} · {3} pages · catalog {4} · printed {5}").format(
            row.plan_name, LANGUAGE_NAMES.get(row.language, row.language), row.paper.upper(), row.pages,
            row.catalog_version, local_datetime_text(row.created_at)))
        self.banner.hide()
        self.details_button.hide()
        self.preview.load(pdf)
        self._set_document_actions_enabled(True)

    def _failed(self, error: BaseException) -> None:
        if not alive(self):
            return
        self._set_working(False)
        if isinstance(error, ValidationError):
            text = " ".join(problem_text(message) for message in error.problems.values())
            self.details_button.setVisible("agent" in error.problems)
        else:
            text = self.tr("The proposal could not be made: {0}").format(error)
            self.details_button.hide()
        self.banner.setText(text)
        self.banner.show()
        if self._row is None:
            self.subtitle_label.clear()

    def _set_working(self, working: bool, text: str = "") -> None:
        self.generate_button.setEnabled(not working)
        self.language_combo.setEnabled(not working)
        self.paper_combo.setEnabled(not working)
        self.progress_bar.setVisible(working)
        if working:
            self.banner.hide()
            self.details_button.hide()
            self.progress_bar.setRange(0, 0)
            self.progress_bar.setFormat(text)

    def _set_document_actions_enabled(self, enabled: bool) -> None:
        for button in (self.print_button, self.open_button, self.save_button):
            button.setEnabled(enabled)

    # -- with the document ---------------------------------------------------------------------------------------
    def current_row(self) -> ProposalRow | None:
        return self._row

    def pdf_bytes(self) -> bytes:
        return self._pdf

    def print_proposal(self) -> None:
        if not self._pdf or self._print_job is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(PAPER_SIZES.get(self._row.paper, QPageSize.PageSizeId.A4)))
        printer.setDocName(self._row.file_name)
        printer.setFromTo(1, self.preview.page_count())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print proposal"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_on(printer)

    def print_on(self, printer: QPrinter) -> PdfPrintJob:
        """Print the shown document on a printer already set up (the print dialog's, or a PDF printer)."""
        job = PdfPrintJob(self.preview.document, printer, self)
        self._print_job = job
        self.print_button.setEnabled(False)
        self.progress_bar.setFormat(self.tr("Printing… %v of %m pages"))
        self.progress_bar.show()
        job.progress.connect(self._print_progress)
        job.finished.connect(self._printed)
        job.start()
        return job

    def _print_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)

    def _printed(self, ok: bool, problem: str) -> None:
        self._print_job = None
        self.print_button.setEnabled(True)
        self.progress_bar.hide()
        if ok:
            self._ctx.bus.status_message.emit(self.tr("Proposal sent to the printer"))
        else:
            self.banner.setText(problem)
            self.banner.show()

    def open_in_viewer(self) -> None:
        """A copy in the temporary folder, opened by the system's PDF viewer."""
        if not self._pdf:
            return
        folder = Path(tempfile.gettempdir()) / "agent-desk-proposals"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / self._row.file_name
        path.write_bytes(self._pdf)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.banner.setText(self.tr("No PDF viewer opened the file. It is at {0}").format(path))
            self.banner.show()

    def save_as(self) -> None:
        if not self._pdf:
            return
        folder = self._ctx.settings.get(S.PROPOSAL_SAVE_DIR) or str(Path.home())
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save proposal"), str(Path(folder) /
                                                    self._row.file_name), self.tr("PDF documents (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        pdf = self._pdf
        self._ctx.settings.set(S.PROPOSAL_SAVE_DIR, str(path.parent))
        self._ctx.tasks.run(lambda: path.write_bytes(pdf),
                            lambda _size: self._ctx.bus.status_message.emit(
                                self.tr("Proposal saved as {0}").format(path)),
                            lambda error: self._failed_to_save(path, error))

    def _failed_to_save(self, path: Path, error: BaseException) -> None:
        reason = getattr(error, "strerror", None) or str(error)
        self.banner.setText(self.tr("The proposal was not saved as {0}: {1}").format(path, reason))
        self.banner.show()

    # -- window state -------------------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._ctx.settings.get(S.PROPOSAL_DIALOG_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)

    def done(self, result: int) -> None:
        if self._print_job is not None:
            self._print_job.cancel()
        self._ctx.settings.set(S.PROPOSAL_DIALOG_GEOMETRY, self.saveGeometry())
        super().done(result)
