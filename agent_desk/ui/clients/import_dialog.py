"""Import clients from a CSV or vCard file: pick the file, check its encoding
(detected, can be overridden), say which column holds what (remembered per
file layout), look at the preview — each row ready, with errors, or a likely
duplicate of whom — and import in one transaction, which Edit › Undo takes
back (import_command.py).

Reading and checking run on the work pool, the duplicate search and the
writing on the database worker, each with progress; the GUI never waits. A
newer read or check supersedes an older one, which stops at its next progress
report. Cancel during the writing rolls it back: nothing is written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agent_desk.domain.client_csv_rules import IMPORT_FIELDS, NAME_BY_SCRIPT
from agent_desk.errors import ImportFileError
from agent_desk.i18n.qt import TranslationContext
from agent_desk.services.client_import import (
    ImportOutcome,
    ImportPlan,
    ImportSource,
    SourceKind,
    apply_import,
    columns_for,
    plan_import,
    read_source,
    with_duplicates,
)
from agent_desk.services.text_files import TextEncoding
from agent_desk.ui import settings as S
from agent_desk.ui.clients.case_forms import alive, rows_table
from agent_desk.ui.clients.import_command import ImportClientsCommand
from agent_desk.ui.clients.import_preview import Column, ImportPreviewModel
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon
from agent_desk.ui.settings import Settings

REMEMBERED_LAYOUTS = 30  # column mappings kept; the oldest goes first
ImportMessages = TranslationContext("ImportMessages")  # the name is the context: see TranslationContext


class _Superseded(Exception):
    """Raised in a worker by the progress callback of a job nobody waits for any more."""


class _Job:
    """One read, check or import; the worker sees only this, never the dialog."""

    def __init__(self, report: Callable[[int, int], None]):
        self.stopped = False
        self._report = report

    def progress(self, done: int, total: int) -> None:
        if self.stopped:
            raise _Superseded
        self._report(done, total)


def remembered_fields(settings: Settings, layout: str, width: int) -> list[str | None] | None:
    """The mapping last used for files with these headers, if it still fits."""
    try:
        fields = json.loads(settings.get(S.CLIENT_IMPORT_MAPPINGS)).get(layout)
    except (ValueError, AttributeError):
        return None
    if not isinstance(fields, list) or len(fields) != width:
        return None
    return [field if field in IMPORT_FIELDS else None for field in fields]


def remember_fields(settings: Settings, layout: str, fields: Sequence[str | None]) -> None:
    try:
        kept = json.loads(settings.get(S.CLIENT_IMPORT_MAPPINGS))
        if not isinstance(kept, dict):
            kept = {}
    except ValueError:
        kept = {}
    kept.pop(layout, None)
    kept[layout] = list(fields)  # last used last: the oldest are dropped first
    while len(kept) > REMEMBERED_LAYOUTS:
        kept.pop(next(iter(kept)))
    settings.set(S.CLIENT_IMPORT_MAPPINGS, json.dumps(kept))  # ASCII: the .ini stays plain


class ClientImportDialog(QDialog):
    imported = Signal(object)  # ImportOutcome, once committed and on the undo stack
    _progressed = Signal(int, int)  # from a worker, delivered on the GUI thread

    def __init__(self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import clients"))
        self.setWindowIcon(icon("load_file"))
        self._ctx, self._undo_stack = ctx, undo_stack
        self.today = date.today()
        self.source: ImportSource | None = None
        self.plan: ImportPlan | None = None
        self._job: _Job | None = None
        self._importing = False
        self._problem = ""  # what stops the check: an unreadable file, no name column…
        self._note = ""  # said below the progress when idle (a cancelled import)
        self._combos: list[QComboBox] = []
        self._build()
        self._progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._replan_timer = QTimer(self, singleShot=True, interval=250)  # a burst of combo changes, one check
        self._replan_timer.timeout.connect(self._check)
        self._set_state()

    # -- construction ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.path_edit = QLineEdit(placeholderText=self.tr("A .csv or .vcf file"))
        self.path_edit.returnPressed.connect(lambda: self.load_file(self.path_edit.text().strip()))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self._browse)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)

        self.encoding_combo = QComboBox()
        self.encoding_combo.addItem(self.tr("Detect automatically"), None)
        for encoding in TextEncoding:
            self.encoding_combo.addItem(encoding.label, encoding)
        self.encoding_combo.currentIndexChanged.connect(lambda _i: self._read())
        encoding_label = QLabel(self.tr("&Encoding:"))
        encoding_label.setBuddy(self.encoding_combo)
        self.detected_label = QLabel(objectName="subtle")

        top = QGridLayout()
        top.addWidget(file_label, 0, 0)
        top.addWidget(self.path_edit, 0, 1)
        top.addWidget(self.browse_button, 0, 2)
        top.addWidget(encoding_label, 1, 0)
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(self.encoding_combo)
        encoding_row.addWidget(self.detected_label, 1)
        top.addLayout(encoding_row, 1, 1, 1, 2)

        self.mapping_title = QLabel(self.tr("Which column holds what"))
        self.mapping_box = QWidget()
        self.mapping_grid = QGridLayout(self.mapping_box)
        self.mapping_grid.setColumnStretch(1, 1)
        self.mapping_area = QScrollArea()
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setWidget(self.mapping_box)
        self.vcard_note = QLabel(self.tr("Contacts from a vCard file: names, phones, e-mails, birthdays, addresses, "
                                         "job titles and notes are read as the card has them."), objectName="subtle")
        self.vcard_note.setWordWrap(True)
        mapping_panel = QWidget()
        mapping_column = QVBoxLayout(mapping_panel)
        mapping_column.setContentsMargins(0, 0, 0, 0)
        mapping_column.addWidget(self.mapping_title)
        mapping_column.addWidget(self.mapping_area)
        mapping_column.addWidget(self.vcard_note)

        self.model = ImportPreviewModel(self)
        self.preview = rows_table(self.model)
        for column, width in ((Column.LINE, 56), (Column.STATUS, 90), (Column.NAME, 130), (Column.EMAIL, 150),
                              (Column.BIRTH_DATE, 100), (Column.ID_NUMBER, 100)):
            self.preview.setColumnWidth(column, width)
        self.problems_only = QCheckBox(self.tr("Show only rows with &errors or likely duplicates"))
        self.problems_only.toggled.connect(self.model.set_problems_only)
        preview_panel = QWidget()
        preview_column = QVBoxLayout(preview_panel)
        preview_column.setContentsMargins(0, 0, 0, 0)
        preview_column.addWidget(QLabel(self.tr("Preview")))
        preview_column.addWidget(self.preview, 1)
        preview_column.addWidget(self.problems_only)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(mapping_panel)
        splitter.addWidget(preview_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([240, 360])  # room to map six columns without scrolling

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.problem_label = QLabel(objectName="fieldError")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.skip_duplicates = QCheckBox(self.tr("&Skip likely duplicates"))
        self.skip_duplicates.setChecked(True)
        self.skip_invalid = QCheckBox(self.tr("&Leave out rows with errors and import the rest"))
        for box in (self.skip_duplicates, self.skip_invalid):
            box.toggled.connect(lambda _on: self._set_state())
        self.progress = QProgressBar(maximumHeight=10, textVisible=False)
        self.status_label = QLabel(objectName="subtle")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setIcon(icon("load_file"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_O), self, self._browse)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.skip_duplicates)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(900, 680)
        self.path_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the file -------------------------------------------------------------------------------
    def _browse(self) -> None:
        if self._importing:
            return
        folder = self._ctx.settings.get(S.IMPORT_DIR) or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import clients"), folder, self.tr(
            "Client files (*.csv *.vcf *.vcard *.txt);;CSV files (*.csv *.txt);;vCard files (*.vcf *.vcard);;"
            "All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Read the file (detecting its encoding unless one is chosen) and check it."""
        if self._importing or not path:
            return
        self.path_edit.setText(path)
        self._ctx.settings.set(S.IMPORT_DIR, str(Path(path).parent))
        self._read()

    def set_encoding(self, encoding: TextEncoding | None) -> None:
        self.encoding_combo.setCurrentIndex(self.encoding_combo.findData(encoding))

    def _read(self) -> None:
        path = self.path_edit.text().strip()
        if not path or self._importing:
            return
        chosen = self.encoding_combo.currentData()  # the combo hands the enum back as its text
        encoding = TextEncoding(chosen) if chosen else None
        job = self._start_job(self.tr("Reading the file…"))
        self._ctx.tasks.run(lambda: read_source(Path(path), encoding),
                            lambda source: self._source_read(job, source), lambda error: self._failed(job, error))

    def _source_read(self, job: _Job, source: ImportSource) -> None:
        if not alive(self) or job is not self._job:
            return
        self.source = source
        how = self.tr("detected") if source.encoding_detected else self.tr("chosen")
        self.detected_label.setText(self.tr("%1 (%2)").replace("%1", source.encoding.label).replace("%2", how))
        self._fill_mapping(source)
        self._check()

    # -- the mapping ----------------------------------------------------------------------------
    def field_names(self) -> dict[str | None, str]:
        return {
            None: self.tr("(do not import)"),
            "name": self.tr("Name (Latin script)"),
            "name_local": self.tr("Name (Chinese)"),
            NAME_BY_SCRIPT: self.tr("Name (either script)"),
            "sex": self.tr("Sex"),
            "birth_date": self.tr("Birth date"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "address": self.tr("Address"),
            "occupation": self.tr("Occupation"),
            "annual_income": self.tr("Annual income"),
            "notes": self.tr("Notes"),
            "id_number": self.tr("ID number"),
        }

    def _fill_mapping(self, source: ImportSource | None) -> None:
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._combos = []
        is_vcard = source is not None and source.kind is SourceKind.VCARD
        self.mapping_title.setVisible(not is_vcard)
        self.mapping_area.setVisible(not is_vcard)
        self.vcard_note.setVisible(is_vcard)
        if source is None or is_vcard:
            return
        fields = remembered_fields(self._ctx.settings, source.layout, len(source.headers)) or \
            source.suggested_fields()
        names = self.field_names()
        for column, header in enumerate(source.headers):
            label = QLabel(header.strip() or self.tr("(column %1 has no name)").replace("%1", str(column + 1)))
            samples = QLabel(" · ".join(source.samples(column)), objectName="subtle")
            combo = QComboBox()
            combo.addItem(names[None], None)
            for field in IMPORT_FIELDS:
                combo.addItem(names[field], field)
            combo.setCurrentIndex(combo.findData(fields[column] if column < len(fields) else None))
            combo.currentIndexChanged.connect(lambda _i: self._replan_timer.start())
            combo.setAccessibleName(self.tr("Import column %1 as").replace("%1", header.strip()))
            label.setBuddy(combo)
            self.mapping_grid.addWidget(label, column, 0)
            self.mapping_grid.addWidget(samples, column, 1)
            self.mapping_grid.addWidget(combo, column, 2)
            self._combos.append(combo)

    def chosen_fields(self) -> list[str | None]:
        return [combo.currentData() for combo in self._combos]

    def set_field(self, column: int, field: str | None) -> None:
        """Map a file column to a field (or to nothing), as its combo does."""
        combo = self._combos[column]
        combo.setCurrentIndex(combo.findData(field))

    # -- the check ------------------------------------------------------------------------------
    def _check(self) -> None:
        source = self.source
        if source is None or self._importing:
            return
        fields = self.chosen_fields() if source.kind is SourceKind.CSV else None
        try:
            columns_for(source, fields)  # a missing name column is said at once, not after a pass
        except ImportFileError as exc:
            self._stop_job()
            self._show_plan(None, self._mapping_problem(fields, str(exc)))
            return
        job = self._start_job(self.tr("Checking %1 rows…").replace("%1", self.locale().toString(
            len(source.records))))
        today = self.today

        def checked(plan: ImportPlan) -> None:
            if alive(self) and job is self._job:
                self._ctx.query(lambda s: with_duplicates(s, plan), lambda found: self._planned(job, found),
                                lambda error: self._failed(job, error))

        self._ctx.tasks.run(lambda: plan_import(source, fields, today=today, progress=job.progress), checked,
                            lambda error: self._failed(job, error))

    def _mapping_problem(self, fields: list[str | None] | None, detail: str) -> str:
        if fields is not None and not {"name", "name_local", NAME_BY_SCRIPT} & set(fields):
            return self.tr("Choose the column that holds the client's name.")
        if fields is not None:
            chosen = [field for field in fields if field is not None]
            twice = next((field for field in chosen if chosen.count(field) > 1), None)
            if twice is not None:
                return self.tr("Two columns are imported as %1; choose one.").replace("%1", self.field_names()[twice])
        return detail

    def _planned(self, job: _Job, plan: ImportPlan) -> None:
        if not alive(self) or job is not self._job:
            return
        self._job = None
        self._show_plan(plan, "")

    def _show_plan(self, plan: ImportPlan | None, problem: str) -> None:
        self.plan = plan
        self.model.set_plan(plan)
        self._problem = problem
        if plan is not None:
            locale = self.locale()
            rows, errors, duplicates = len(plan.rows), plan.rows_with_errors, len(plan.duplicates)
            self.summary_label.setText(self.tr("%1 rows: %2 ready, %3 with errors, %4 likely duplicates.").replace(
                "%1", locale.toString(rows)).replace("%2", locale.toString(rows - errors - duplicates)).replace(
                "%3", locale.toString(errors)).replace("%4", locale.toString(duplicates)))
        else:
            self.summary_label.clear()
        self._set_state()

    def to_import(self) -> int:
        """How many clients Import would create now."""
        plan = self.plan
        if plan is None or (plan.rows_with_errors and not self.skip_invalid.isChecked()):
            return 0
        return len(plan.chosen(skip_invalid=True, skip_duplicates=self.skip_duplicates.isChecked()))

    # -- busy state -----------------------------------------------------------------------------
    def _start_job(self, status: str) -> _Job:
        self._stop_job()
        self._job = _Job(self._progressed.emit)
        self._note = ""
        self.status_label.setText(status)
        self.progress.setRange(0, 0)
        self._set_state()
        return self._job

    def _stop_job(self) -> None:
        if self._job is not None:
            self._job.stopped = True
            self._job = None
        self._set_state()

    def is_busy(self) -> bool:
        return self._job is not None

    def _on_progress(self, done: int, total: int) -> None:
        if self._job is None:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        if self._importing:
            self.status_label.setText(self.tr("Importing: %1 of %2").replace(
                "%1", self.locale().toString(done)).replace("%2", self.locale().toString(total)))

    def _set_state(self) -> None:
        busy = self._job is not None
        self.progress.setVisible(busy)
        if not busy:
            self.status_label.setText(self._note)
        self.status_label.setVisible(bool(self.status_label.text()))
        for widget in (self.path_edit, self.browse_button, self.encoding_combo, self.mapping_box,
                       self.skip_duplicates, self.skip_invalid):
            widget.setEnabled(not self._importing)
        plan = self.plan
        has_errors = plan is not None and plan.rows_with_errors > 0
        self.skip_invalid.setVisible(has_errors)
        count = 0 if busy else self.to_import()
        self.import_button.setEnabled(count > 0 and not self._importing)
        if count:
            self.import_button.setText(self.tr("&Import 1 client") if count == 1 else self.tr(
                "&Import %1 clients").replace("%1", self.locale().toString(count)))
        else:
            self.import_button.setText(self.tr("&Import"))
        problem = self._problem
        if not problem and has_errors and not self.skip_invalid.isChecked():
            problem = self.tr("Rows with errors are marked in the preview: correct the file, or leave those rows "
                              "out. Nothing is imported while errors remain.")
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))

    def _failed(self, job: _Job, error: BaseException) -> None:
        if not alive(self) or job is not self._job or isinstance(error, _Superseded):
            return
        self._job = None
        if isinstance(error, ImportFileError):  # from reading: the mapping was checked before the rows
            self.source = None
            self.detected_label.clear()
            self._fill_mapping(None)
            self._show_plan(None, str(error))
        else:
            self._set_state()
            self._ctx.tasks.error.emit(error)

    # -- importing ------------------------------------------------------------------------------
    def start_import(self) -> None:
        plan = self.plan
        if plan is None or self._importing or self.is_busy() or self.to_import() == 0:
            return
        skip_invalid, skip_duplicates, today = self.skip_invalid.isChecked(), self.skip_duplicates.isChecked(), \
            self.today
        job = self._start_job(self.tr("Importing…"))
        self._importing = True
        self._set_state()

        def work(session):  # noqa: ANN001, ANN202 - on the database worker
            outcome = apply_import(session, plan, skip_invalid=skip_invalid, skip_duplicates=skip_duplicates,
                                   today=today, progress=job.progress)
            return outcome, outcome.changes

        self._ctx.apply(work, lambda result: self._imported(job, result[0]),
                        lambda error: self._import_failed(job, error))

    def _imported(self, job: _Job, outcome: ImportOutcome) -> None:
        # Committed: on the undo stack and said, even if the dialog is gone by now.
        if outcome.created:
            self._undo_stack.push(ImportClientsCommand(self._ctx, outcome.created))
        self._ctx.bus.status_message.emit(imported_text(outcome))
        if not alive(self):
            return
        if self.source is not None and self.source.kind is SourceKind.CSV:
            remember_fields(self._ctx.settings, self.source.layout, self.chosen_fields())
        self._importing = False
        self._job = None
        self.imported.emit(outcome)
        self.accept()

    def _import_failed(self, job: _Job, error: BaseException) -> None:
        if not alive(self):
            return
        self._importing = False
        self._job = None
        if isinstance(error, _Superseded):  # cancelled: the transaction was rolled back
            self._note = self.tr("Import cancelled; nothing was written.")
            self._set_state()
            return
        self._set_state()
        self._ctx.tasks.error.emit(error)

    def reject(self) -> None:
        if self._importing:  # stop at the next batch; the rollback then writes nothing
            if self._job is not None:
                self._job.stopped = True
            self.status_label.setText(self.tr("Cancelling…"))
            return
        self._stop_job()
        super().reject()


def imported_text(outcome: ImportOutcome) -> str:
    """"Imported 12 clients. …", for the status bar (the dialog may be gone by then)."""
    count, duplicates, invalid = len(outcome.created), outcome.skipped_duplicates, outcome.skipped_invalid
    number = QLocale().toString
    parts = [ImportMessages.tr("Imported 1 client.") if count == 1 else
             ImportMessages.tr("Imported %1 clients.").replace("%1", number(count))]
    if duplicates:
        parts.append(ImportMessages.tr("Skipped 1 likely duplicate.") if duplicates == 1 else
                     ImportMessages.tr("Skipped %1 likely duplicates.").replace("%1", number(duplicates)))
    if invalid:
        parts.append(ImportMessages.tr("Left out 1 row with errors.") if invalid == 1 else
                     ImportMessages.tr("Left out %1 rows with errors.").replace("%1", number(invalid)))
    if count:
        parts.append(ImportMessages.tr("Press Ctrl+Z to undo."))
    return " ".join(parts)


def open_import_dialog(ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None) -> ClientImportDialog:
    """Open the dialog (window-modal, not blocking); it deletes itself when closed."""
    dialog = ClientImportDialog(ctx, undo_stack, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
