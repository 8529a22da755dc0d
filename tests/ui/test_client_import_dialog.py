"""The import dialog end to end, as the agent uses it: a real Big5 file, the
column mapping (remembered for the next file of that layout), the preview's
errors and duplicates, the import through the database worker, and Edit ›
Undo and Redo through the undo stack. Also the Export dialog and the Book
menu's two actions."""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack

from agent_desk.domain.clients import ClientDetails
from agent_desk.services.client_import import ImportOutcome
from agent_desk.services.clients import count_clients, create_client, list_clients
from agent_desk.services.text_files import TextEncoding
from agent_desk.store.book import Book
from agent_desk.ui.app import build_main_window
from agent_desk.ui.clients.export_actions import ExportDialog
from agent_desk.ui.clients.import_dialog import ClientImportDialog
from agent_desk.ui.clients.import_preview import Column
from agent_desk.ui.context import AppContext
from agent_desk.ui.settings import Settings

TODAY = date(2024, 6, 1)
# An older system's export: Big5, its own headers, one bad date, one client the book has.
OLD_SYSTEM = (
    "客戶,手機,Mail,生日,備註\n"
    "王小明,0912-345-678,ming@example.com,1979/11/02,老客戶\n"
    "陳大文,0922-000-111,,1985-13-40,\n"
    "林美玲,0933 222 333,mei@example.com,1990-05-06,\n"
    "Ann Lee,0944-555-666,ann@example.com,,\n"
)


@pytest.fixture
def undo_stack(qtbot) -> Iterator[QUndoStack]:  # noqa: ANN001
    stack = QUndoStack()
    yield stack
    stack.clear()


@pytest.fixture
def dialog(ctx: AppContext, undo_stack: QUndoStack, qtbot) -> ClientImportDialog:  # noqa: ANN001
    dialog = ClientImportDialog(ctx, undo_stack)
    dialog.today = TODAY
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def names_in(book: Book) -> list[str]:
    with book.session() as s:
        return sorted(row.display_name for row in list_clients(s, limit=1000))


def settle(qtbot, dialog: ClientImportDialog) -> None:  # noqa: ANN001
    """Wait until the file is read and checked (or found unfit for checking)."""
    qtbot.waitUntil(lambda: dialog.source is not None and not dialog.is_busy(), timeout=10_000)


def statuses(dialog: ClientImportDialog) -> list[tuple[str, str, str]]:
    model = dialog.model
    return [tuple(model.data(model.index(row, column)) for column in (Column.LINE, Column.STATUS, Column.REMARKS))
            for row in range(model.rowCount())]


def test_import_from_a_big5_file_with_mapping_preview_and_undo(
        book: Book, ctx: AppContext, undo_stack: QUndoStack, dialog: ClientImportDialog, tmp_path: Path,
        qtbot) -> None:  # noqa: ANN001
    with book.session() as s:
        create_client(s, ClientDetails(name="Ann Lee (already)", email="ANN@example.com"), TODAY)
    path = tmp_path / "old-system.csv"
    path.write_bytes(OLD_SYSTEM.encode("big5"))

    dialog.load_file(str(path))
    settle(qtbot, dialog)
    assert "Big5" in dialog.detected_label.text()
    # Only 備註 is a header the app knows: no name column yet, so no preview, and it says why.
    assert dialog.chosen_fields() == [None, None, None, None, "notes"]
    assert dialog.problem_label.text() == "Choose the column that holds the client's name."
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()

    for column, field in enumerate(["姓名", "phone", "email", "birth_date", "notes"]):
        dialog.set_field(column, field)
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.is_busy(), timeout=10_000)
    assert statuses(dialog) == [
        ("2", "Ready", ""),
        ("3", "Error", "生日: '1985-13-40' is not a date (YYYY-MM-DD)"),
        ("4", "Ready", ""),
        ("5", "Duplicate?", "Same e-mail as Ann Lee (already) (in your book)"),
    ]
    assert dialog.summary_label.text() == "4 rows: 2 ready, 1 with errors, 1 likely duplicates."
    # Errors block the import until the agent leaves those rows out: nothing partial by accident.
    assert not dialog.import_button.isEnabled() and dialog.skip_invalid.isVisible()
    assert "Nothing is imported while errors remain" in dialog.problem_label.text()
    dialog.problems_only.setChecked(True)
    assert [row[0] for row in statuses(dialog)] == ["3", "5"]

    dialog.skip_invalid.setFocus()
    qtbot.keyClick(dialog.skip_invalid, Qt.Key.Key_Space)
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Import 2 clients"
    dialog.skip_duplicates.setChecked(False)
    assert dialog.import_button.text() == "&Import 3 clients"
    dialog.skip_duplicates.setChecked(True)

    with qtbot.waitSignal(ctx.bus.status_message) as said, qtbot.waitSignal(dialog.imported) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    outcome: ImportOutcome = done.args[0]
    assert (len(outcome.created), outcome.skipped_invalid, outcome.skipped_duplicates) == (2, 1, 1)
    assert said.args[0] == ("Imported 2 clients. Skipped 1 likely duplicate. Left out 1 row with errors. "
                            "Press Ctrl+Z to undo.")
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0)
    assert names_in(book) == ["Ann Lee (already)", "林美玲", "王小明"]
    assert undo_stack.count() == 1 and undo_stack.undoText() == "Import 2 clients"

    with qtbot.waitSignal(ctx.bus.changes_applied) as undone:
        undo_stack.undo()
    assert undone.args[0].client_list and set(outcome.created) <= undone.args[0].clients
    assert names_in(book) == ["Ann Lee (already)"]
    with qtbot.waitSignal(ctx.bus.changes_applied):
        undo_stack.redo()
    assert names_in(book) == ["Ann Lee (already)", "林美玲", "王小明"]


def test_the_mapping_is_remembered_for_files_of_the_same_layout(
        book: Book, ctx: AppContext, undo_stack: QUndoStack, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    first = tmp_path / "march.csv"
    first.write_text("Client,Tel\nAnn,0912345678\n", encoding="utf-8")
    dialog = ClientImportDialog(ctx, undo_stack)
    qtbot.addWidget(dialog)
    dialog.load_file(str(first))
    settle(qtbot, dialog)
    dialog.set_field(0, "name")
    dialog.set_field(1, "phone")
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(dialog.imported):
        dialog.start_import()

    second = tmp_path / "april.csv"
    second.write_text("client , TEL\nBen,0922345678\n", encoding="utf-8-sig")
    again = ClientImportDialog(ctx, undo_stack)
    qtbot.addWidget(again)
    again.load_file(str(second))
    settle(qtbot, again)
    assert again.chosen_fields() == ["name", "phone"]
    assert again.import_button.isEnabled()
    with qtbot.waitSignal(again.imported):
        qtbot.keyClick(again.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0)
    assert names_in(book) == ["Ann", "Ben"]
    assert undo_stack.count() == 2


def test_an_unreadable_file_is_said_and_a_chosen_encoding_reads_it(
        dialog: ClientImportDialog, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    path = tmp_path / "zurich.csv"
    path.write_bytes("name,city\nAnn,Zürich\n".encode("latin-1"))
    dialog.load_file(str(path))
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.problem_label.text()), timeout=10_000)
    assert "is not text in UTF-8, Big5 or GB18030 (byte 0xfc on line 2)" in dialog.problem_label.text()
    assert dialog.problem_label.isVisible() and not dialog.import_button.isEnabled()

    path.write_bytes("name,city\n張偉,北京\n".encode("gb18030"))
    dialog.set_encoding(TextEncoding.GB18030)
    settle(qtbot, dialog)
    assert dialog.detected_label.text() == "GB18030 (chosen)"
    assert dialog.chosen_fields() == ["name", None]
    assert statuses(dialog) == [("2", "Ready", "")]


def test_a_vcard_file_needs_no_mapping(
        book: Book, ctx: AppContext, dialog: ClientImportDialog, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    path = tmp_path / "phone.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nTEL;TYPE=CELL:0912345678\nEND:VCARD\n"
                    "BEGIN:VCARD\nVERSION:4.0\nFN:王小明\nTEL;VALUE=uri:tel:+886-922-345-678\nEND:VCARD\n",
                    encoding="utf-8")
    dialog.load_file(str(path))
    settle(qtbot, dialog)
    assert dialog.vcard_note.isVisible() and not dialog.mapping_area.isVisible()
    assert [dialog.model.data(dialog.model.index(row, Column.PHONE)) for row in range(2)] == [
        "0912345678", "+886-922-345-678"]
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0)
    assert names_in(book) == ["Ann Lee", "王小明"]


def test_cancel_while_importing_writes_nothing(
        book: Book, ctx: AppContext, undo_stack: QUndoStack, dialog: ClientImportDialog, tmp_path: Path,
        qtbot) -> None:  # noqa: ANN001
    path = tmp_path / "many.csv"
    path.write_text("name\n" + "".join(f"Client {n}\n" for n in range(3000)), encoding="utf-8")
    dialog.load_file(str(path))
    settle(qtbot, dialog)
    release = threading.Event()
    ctx.tasks.run_db(lambda _s: release.wait(10))  # the worker is busy: the import waits in line
    dialog.start_import()
    assert not dialog.path_edit.isEnabled()
    dialog.reject()  # Cancel: the dialog stays until the worker has rolled back
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: dialog.status_label.text() == "Import cancelled; nothing was written.", timeout=10_000)
    with book.session() as s:
        assert count_clients(s) == 0
    assert undo_stack.count() == 0 and dialog.path_edit.isEnabled()


def test_export_dialog_writes_the_chosen_rows_for_excel(
        book: Book, ctx: AppContext, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    with book.session() as s:
        create_client(s, ClientDetails(name="Ming Wang", name_local="王小明"), TODAY)
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "out"
    dialog.path_edit.setText(str(target))  # no suffix: .csv is added
    with qtbot.waitSignal(dialog.exported) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert done.args == ["clients", 1, str(target) + ".csv"]
    with open(str(target) + ".csv", encoding="utf-8-sig", newline="") as handle:
        assert [row["name_local"] for row in csv.DictReader(handle)] == ["王小明"]

    policies = ExportDialog(ctx, what="policies")
    qtbot.addWidget(policies)
    assert policies.path_edit.text().endswith(f"policies-{date.today().isoformat()}.csv")
    policies.choose("followups")
    assert Path(policies.path_edit.text()).parent == tmp_path  # the last export's folder
    policies.path_edit.setText(str(tmp_path / "missing" / "f.csv"))
    policies.start_export()
    qtbot.waitUntil(lambda: policies.error_label.isVisibleTo(policies), timeout=10_000)
    assert policies.error_label.text().startswith("Could not write")


def test_the_book_menu_opens_import_and_export(book: Book, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    window = build_main_window(book, Settings(str(tmp_path / "settings.ini")))
    try:
        actions = {action.text(): action for action in window.menuBar().actions()[0].menu().actions()}
        assert actions["Import clients…"].shortcut() == QKeySequence("Ctrl+Shift+I")
        assert actions["Export…"].shortcut() == QKeySequence("Ctrl+Shift+E")
        actions["Import clients…"].trigger()
        (opened,) = window.findChildren(ClientImportDialog)
        assert opened.isVisible() and opened.windowModality() == Qt.WindowModality.WindowModal
        opened.reject()
        actions["Export…"].trigger()
        (export,) = window.findChildren(ExportDialog)
        export.reject()
    finally:
        qtbot.waitUntil(lambda: window.ctx.tasks.pending == 0)
        window.close()
        window.ctx.tasks.shutdown()
        window.deleteLater()
