"""Proposals in the app, driven as an agent would: print one from the plan
designer (rendered off the GUI thread with progress), preview it, print it,
save it, open it in the system viewer, and find it again on the client's
page exactly as it was printed."""

from __future__ import annotations

import io
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from agent_desk.domain.clients import ClientDetails, HouseholdRole, Sex
from agent_desk.domain.planner import PlanLine, PlanStatus
from agent_desk.services.agent_profile import AgentDetails, save_agent_details
from agent_desk.services.catalogs import current_catalog
from agent_desk.services.clients import create_client
from agent_desk.services.family import add_member, create_household
from agent_desk.services.plans import PlanDraft, get_plan, save_plan
from agent_desk.services.proposals import proposal_history, stored_proposal
from agent_desk.store.book import Book
from agent_desk.ui.clients.proposals_tab import ProposalsTab
from agent_desk.ui.context import AppContext
from agent_desk.ui.plans.plan_screen import PlanScreen
from agent_desk.ui.proposals.proposal_dialog import ProposalDialog

D = Decimal


@pytest.fixture
def household(book: Book) -> tuple[uuid.UUID, uuid.UUID]:
    with book.session() as s:
        head, _ = create_client(s, ClientDetails(name="Chen Da-wei", name_local="陳大偉", sex=Sex.MALE,
                                                 birth_date=date(1988, 4, 12), annual_income=D(1200000)))
        spouse, _ = create_client(s, ClientDetails(name="Lin Mei-hua", name_local="林美華", sex=Sex.FEMALE,
                                                   birth_date=date(1990, 9, 3), annual_income=D(800000)))
        home, _ = create_household(s, head)
        add_member(s, home, spouse, HouseholdRole.SPOUSE)
        save_agent_details(s, AgentDetails(name="Grace Lin", name_local="林佳恩", licence_number="TW-LA-123456",
                                           phone="0912-345-678"))
    return head, spouse


@pytest.fixture
def plan(book: Book, household: tuple[uuid.UUID, uuid.UUID]) -> uuid.UUID:
    head, spouse = household
    base = uuid.uuid4().hex
    lines = (PlanLine(base, str(head), "TL20", D(5000000), 20, frequency="monthly"),
             PlanLine(uuid.uuid4().hex, str(head), "WP", frequency="monthly", base_key=base),
             PlanLine(uuid.uuid4().hex, str(spouse), "CI20", D(1000000), 20, frequency="monthly"))
    with book.session() as s:
        plan_id, _ = save_plan(s, PlanDraft(head, "Recommended", lines, budget=D(12000), budget_period="monthly"),
                               current_catalog(s), date.today())
    return plan_id


def open_for_plan(qtbot, ctx: AppContext, plan: uuid.UUID, client: uuid.UUID) -> ProposalDialog:  # noqa: ANN001
    dialog = ProposalDialog.for_plan(ctx, plan, client, "陳大偉 Chen Da-wei")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.generate_button.isEnabled)  # the client's language is known
    return dialog


def make(qtbot, dialog: ProposalDialog, language: str = "zh-Hant") -> None:  # noqa: ANN001
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
    progress: list[tuple[int, int]] = []
    dialog._progress.advanced.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(dialog.proposal_recorded, timeout=20000):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
        assert dialog.progress_bar.isVisible() and not dialog.generate_button.isEnabled()
    assert progress and progress[-1][0] == progress[-1][1]  # progress reached the end, on the GUI thread
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0)


def test_making_a_proposal_previews_it_and_keeps_it_in_the_book(qtbot, ctx, book, household, plan) -> None:  # noqa: ANN001
    head, _spouse = household
    dialog = open_for_plan(qtbot, ctx, plan, head)
    assert dialog.language_combo.currentData() == "zh-Hant"  # guessed from the client's Chinese name
    make(qtbot, dialog)
    row = dialog.current_row()
    assert (row.version, row.language, row.plan_name) == (1, "zh-Hant", "Recommended")
    assert dialog.preview.page_count() == row.pages
    assert not dialog.progress_bar.isVisible() and dialog.print_button.isEnabled()
    assert "P-" in dialog.title_label.text() and str(row.pages) in dialog.subtitle_label.text()
    with book.session() as s:
        assert stored_proposal(s, row.id).pdf == dialog.pdf_bytes()
        assert get_plan(s, plan).draft.status is PlanStatus.PROPOSED
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(dialog.pdf_bytes())).pages)
    assert "陳大偉" in text and "TW-LA-123456" in text


def test_a_printed_version_reopens_exactly_as_it_was(qtbot, ctx, book, household, plan) -> None:  # noqa: ANN001
    head, _spouse = household
    first = open_for_plan(qtbot, ctx, plan, head)
    make(qtbot, first, "en")
    printed = first.pdf_bytes()
    again = ProposalDialog.for_stored(ctx, first.current_row().id)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.preview.page_count() > 0)
    assert again.pdf_bytes() == printed
    assert not again.options.isVisible()  # a printed version is not made again from here


def test_printing_sends_every_page_to_the_printer(qtbot, ctx, household, plan, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = open_for_plan(qtbot, ctx, plan, household[0])
    make(qtbot, dialog, "en")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    outcomes: list[tuple[bool, str]] = []
    dialog.print_on(printer).finished.connect(lambda ok, problem: outcomes.append((ok, problem)))
    assert not dialog.print_button.isEnabled()  # one print job at a time
    qtbot.waitUntil(dialog.print_button.isEnabled, timeout=20000)
    assert outcomes == [(True, "")] and not dialog.banner.isVisible()
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == dialog.preview.page_count()


def test_save_as_and_open_in_the_system_viewer_write_the_printed_bytes(qtbot, ctx, household, plan, tmp_path,  # noqa: ANN001
                                                                      monkeypatch) -> None:  # noqa: ANN001
    dialog = open_for_plan(qtbot, ctx, plan, household[0])
    make(qtbot, dialog, "en")
    target = tmp_path / "for-the-client"
    dialog.save_to(target)
    qtbot.waitUntil(lambda: (tmp_path / "for-the-client.pdf").exists())
    assert (tmp_path / "for-the-client.pdf").read_bytes() == dialog.pdf_bytes()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and Path(opened[0].toLocalFile()).read_bytes() == dialog.pdf_bytes()
    assert Path(opened[0].toLocalFile()).name == dialog.current_row().file_name


def test_a_missing_licence_number_says_so_and_offers_my_details(qtbot, ctx, book, household, plan) -> None:  # noqa: ANN001
    with book.session() as s:
        save_agent_details(s, AgentDetails(name="Grace Lin"))
    dialog = open_for_plan(qtbot, ctx, plan, household[0])
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.banner.isVisible)
    assert "licence number" in dialog.banner.text()
    assert dialog.details_button.isVisible() and dialog.generate_button.isEnabled()
    with qtbot.waitSignal(dialog.agent_details_requested):
        qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    with book.session() as s:
        assert proposal_history(s, household[0]) == []


def test_the_client_page_lists_printed_proposals_and_opens_one(qtbot, ctx, household, plan) -> None:  # noqa: ANN001
    tab = ProposalsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.loaded):
        tab.set_client(household[0])
    assert tab.empty_label.isVisible() and not tab.open_button.isEnabled()
    dialog = open_for_plan(qtbot, ctx, plan, household[0])
    with qtbot.waitSignal(tab.loaded, timeout=20000):  # printing announces the plan's change
        make(qtbot, dialog, "zh-Hans")
    assert tab.model.rowCount() == 1 and tab.table.isVisible()
    row = tab.model.row_at(0)
    assert (row.version, row.language) == (1, "zh-Hans")
    assert tab.model.data(tab.model.index(0, 4)) == "简体中文"
    tab.table.selectRow(0)
    with qtbot.waitSignal(tab.proposal_opened) as opened:
        qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [row.id]


def test_the_plan_designer_asks_to_save_then_requests_the_proposal(qtbot, ctx, household, plan,  # noqa: ANN001
                                                                   monkeypatch) -> None:  # noqa: ANN001
    screen = PlanScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1300, 800)
    screen.show()
    screen.open_client(household[0])
    qtbot.waitUntil(lambda: screen.items.table.rowCount() == 3)
    with qtbot.waitSignal(screen.proposal_requested) as requested:
        qtbot.mouseClick(screen.proposal_button, Qt.MouseButton.LeftButton)
    assert requested.args[:2] == [plan, household[0]]
    screen.name_edit.setText("Family plan")
    screen.name_edit.textEdited.emit("Family plan")  # an unsaved edit
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(screen.proposal_requested, timeout=10000) as requested:
        qtbot.mouseClick(screen.proposal_button, Qt.MouseButton.LeftButton)
    assert requested.args[0] == plan and not screen.has_unsaved_changes()
