"""The claims tab, driven as an agent would on a real book through the
database worker: report a claim through the dialog, move it on, tick a
document off, take a wrong step back, and see an old claim flagged stalled."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QStyle

from agent_desk.domain.claims import ClaimDocumentCode, ClaimKind, ClaimStage
from agent_desk.domain.clients import ClientDetails
from agent_desk.services.changes import Changes
from agent_desk.services.claims import claim_detail, open_claim, record_claim_step
from agent_desk.services.clients import create_client
from agent_desk.store.book import Book
from agent_desk.store.models import Claim, ClaimDocument, Policy
from agent_desk.ui.clients import claims_tab
from agent_desk.ui.clients.case_forms import ALERT_COLOUR
from agent_desk.ui.clients.claims_tab import ClaimColumn, ClaimsTab, NextStepDialog, ReportClaimDialog
from agent_desk.ui.context import AppContext

S = ClaimStage


@pytest.fixture
def tab(ctx: AppContext, qtbot) -> ClaimsTab:  # noqa: ANN001
    widget = ClaimsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def add_client_with_policy(book: Book, name: str = "Ann Lee") -> tuple[uuid.UUID, uuid.UUID]:
    with book.session() as s:
        client_id, _ = create_client(s, ClientDetails(name=name))
        policy = Policy(policy_number="TW-2019-0012345", holder_id=client_id, insured_id=client_id,
                        product_code="MED10", product_name="Hospital Care 10", currency="TWD",
                        issue_date=date(2019, 3, 1), status="in_force")
        s.add(policy)
        s.flush()
        return client_id, policy.id


def show(tab: ClaimsTab, qtbot, client_id: uuid.UUID) -> None:  # noqa: ANN001
    with qtbot.waitSignal(tab.loaded):
        tab.set_client(client_id)
    settle(qtbot, tab)


def settle(qtbot, tab: ClaimsTab) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: tab._ctx.tasks.pending == 0)


def click(qtbot, button) -> None:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_dialog(tab: ClaimsTab, qtbot, button, kind):  # noqa: ANN001, ANN201
    click(qtbot, button)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in tab.findChildren(kind)))
    return next(d for d in tab.findChildren(kind) if d.isVisible())


def current_stage(tab: ClaimsTab) -> ClaimStage | None:
    detail = tab.shown_detail()
    return detail.claim.stage if detail else None


def take_step(tab: ClaimsTab, qtbot, stage: ClaimStage, amount: str = "") -> None:  # noqa: ANN001
    dialog = open_dialog(tab, qtbot, tab.next_button, NextStepDialog)
    dialog.select_stage(stage)
    if amount:
        qtbot.keyClicks(dialog.amount_edit, amount)
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: current_stage(tab) is stage)
    settle(qtbot, tab)


def test_a_claim_reported_through_the_dialog_moves_on_and_gets_its_documents(book, ctx, tab, qtbot):  # noqa: ANN001
    client_id, policy_id = add_client_with_policy(book)
    show(tab, qtbot, client_id)
    assert not tab.empty_label.isHidden() and tab.splitter.isHidden()
    assert not tab.next_button.isEnabled() and not tab.undo_button.isEnabled()

    dialog = open_dialog(tab, qtbot, tab.report_button, ReportClaimDialog)
    assert dialog.policy_combo.currentData() == policy_id
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(ClaimKind.ACCIDENT))
    incident = date.today() - timedelta(days=3)
    dialog.incident_edit.setDate(QDate(incident.year, incident.month, incident.day))
    qtbot.keyClicks(dialog.amount_edit, "12,800")
    dialog.notes_edit.setPlainText("Fractured wrist in a scooter fall")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: len(tab.shown_rows()) == 1 and tab.shown_detail() is not None)
    settle(qtbot, tab)
    assert not any(d.isVisible() for d in tab.findChildren(ReportClaimDialog))  # closed once it succeeded

    (row,) = tab.shown_rows()
    assert (row.kind, row.stage, row.amount_claimed, row.incident_date) == (
        ClaimKind.ACCIDENT, S.REPORTED, Decimal("12800"), incident)
    model = tab.model
    assert model.data(model.index(0, ClaimColumn.KIND)) == "Accident"
    assert model.data(model.index(0, ClaimColumn.STAGE)) == "Reported"
    assert "12,800" in model.data(model.index(0, ClaimColumn.CLAIMED))
    assert tab.table.currentIndex().row() == 0  # the new claim is selected and its detail shown
    assert tab.documents.count() == 6 and tab.documents.item(0).text() == "Claim form"
    assert tab.steps.topLevelItem(0).text(0) == "Reported"
    assert tab.next_button.isEnabled() and not tab.undo_button.isEnabled()

    take_step(tab, qtbot, S.DOCUMENTS_COLLECTED)
    take_step(tab, qtbot, S.SUBMITTED)
    assert [tab.steps.topLevelItem(i).text(0) for i in range(tab.steps.topLevelItemCount())] == [
        "Reported", "Documents collected", "Submitted"]
    assert tab.model.data(tab.model.index(0, ClaimColumn.STAGE)) == "Submitted"

    item = tab.document_item(ClaimDocumentCode.POLICE_REPORT.value)
    rect = tab.documents.visualItemRect(item)
    box = QPoint(rect.left() + tab.documents.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) // 2 + 4,
                 rect.center().y())
    qtbot.mouseClick(tab.documents.viewport(), Qt.MouseButton.LeftButton, pos=box)  # tick its box
    qtbot.waitUntil(lambda: any(d.name == "police_report" and d.received_on == date.today()
                                for d in tab.shown_detail().documents))
    settle(qtbot, tab)
    assert "received" in tab.document_item("police_report").text()
    with book.session() as s:
        stored = s.query(ClaimDocument).filter_by(name="police_report").one()
        assert stored.received_on == date.today()
        assert s.query(Claim).one().status == "submitted"


def test_an_old_claim_is_flagged_stalled_in_red(book, ctx, tab, qtbot):  # noqa: ANN001
    client_id, policy_id = add_client_with_policy(book)
    reported = date.today() - timedelta(days=40)
    with book.session() as s:
        open_claim(s, policy_id, ClaimKind.MEDICAL, reported - timedelta(days=1), reported)
        fresh, _ = open_claim(s, policy_id, ClaimKind.MEDICAL, date.today(), date.today())
    show(tab, qtbot, client_id)
    model = tab.model
    flags = [model.data(model.index(row, ClaimColumn.ATTENTION)) for row in range(model.rowCount())]
    assert flags == ["Stalled: 26 days over", ""]  # reported may last 14 days; stalled ones come first
    assert model.data(model.index(0, ClaimColumn.ATTENTION), Qt.ItemDataRole.ForegroundRole) == ALERT_COLOUR
    assert model.data(model.index(0, ClaimColumn.DAYS)) == "40"
    assert tab.summary_label.text() == "Claims: 2  ·  open: 2  ·  stalled: 1"
    assert "Stalled: 26 days over" in tab.detail_facts.text()
    assert tab.steps.topLevelItem(0).foreground(2).color() == ALERT_COLOUR
    assert tab.select_claim(fresh)
    qtbot.waitUntil(lambda: tab.shown_detail() is not None and tab.shown_detail().claim.id == fresh)
    assert "Stalled" not in tab.detail_facts.text()


def test_paying_without_an_amount_keeps_the_dialog_open_with_the_reason(book, ctx, tab, qtbot):  # noqa: ANN001
    client_id, policy_id = add_client_with_policy(book)
    with book.session() as s:
        claim_id, _ = open_claim(s, policy_id, ClaimKind.MEDICAL, date.today(), date.today())
        for stage in (S.DOCUMENTS_COLLECTED, S.SUBMITTED, S.APPROVED):
            record_claim_step(s, claim_id, stage, date.today())
    show(tab, qtbot, client_id)
    dialog = open_dialog(tab, qtbot, tab.next_button, NextStepDialog)
    assert [dialog.stage_combo.itemData(i) for i in range(dialog.stage_combo.count())] == [S.PAID]
    assert dialog.amount_edit.isVisibleTo(dialog)
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: "amount_paid" in dialog.visible_problems())
    assert dialog.isVisible() and dialog.visible_problems()["amount_paid"] == "Enter the amount paid."
    qtbot.keyClicks(dialog.amount_edit, "abc")
    click(qtbot, dialog.ok_button)
    assert "amount" in dialog.visible_problems()["amount_paid"]  # read in the dialog: nothing was sent
    dialog.amount_edit.setText("9,500.50")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: current_stage(tab) is S.PAID)
    settle(qtbot, tab)
    assert tab.shown_rows()[0].amount_paid == Decimal("9500.50")
    assert not tab.next_button.isEnabled()  # a paid claim takes no further step
    assert "9,500.50" in tab.model.data(tab.model.index(0, ClaimColumn.PAID))


def test_a_wrong_step_is_taken_back_after_confirming(book, ctx, tab, qtbot, monkeypatch):  # noqa: ANN001
    client_id, policy_id = add_client_with_policy(book)
    with book.session() as s:
        claim_id, _ = open_claim(s, policy_id, ClaimKind.MEDICAL, date.today(), date.today())
        record_claim_step(s, claim_id, S.DOCUMENTS_COLLECTED, date.today())
    show(tab, qtbot, client_id)
    assert tab.undo_button.isEnabled()
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(claims_tab.QMessageBox, "question", lambda *args, **kw: asked.append(args) or answers.pop(0))
    click(qtbot, tab.undo_button)
    settle(qtbot, tab)
    assert current_stage(tab) is S.DOCUMENTS_COLLECTED  # cancelled: nothing changed
    click(qtbot, tab.undo_button)
    qtbot.waitUntil(lambda: current_stage(tab) is S.REPORTED)
    assert "Documents collected" in asked[0][2]
    assert not tab.undo_button.isEnabled()


def test_a_document_the_insurer_asks_for_is_added(book, ctx, tab, qtbot):  # noqa: ANN001
    client_id, policy_id = add_client_with_policy(book)
    with book.session() as s:
        claim_id, _ = open_claim(s, policy_id, ClaimKind.OTHER, date.today(), date.today())
    show(tab, qtbot, client_id)
    click(qtbot, tab.add_document_button)
    dialog = tab.findChild(QInputDialog)
    dialog.setTextValue("Hospital stay certificate")
    dialog.accept()
    qtbot.waitUntil(lambda: tab.document_item("Hospital stay certificate") is not None)
    with book.session() as s:
        assert [d.name for d in claim_detail(s, claim_id, date.today()).documents][-1] == "Hospital stay certificate"


def test_the_tab_reloads_for_its_own_client_only(book, ctx, tab, qtbot):  # noqa: ANN001
    client_id, policy_id = add_client_with_policy(book)
    show(tab, qtbot, client_id)
    with book.session() as s:
        open_claim(s, policy_id, ClaimKind.MEDICAL, date.today(), date.today())
    ctx.bus.changes_applied.emit(Changes(claims=frozenset({uuid.uuid4()})))
    assert ctx.tasks.pending == 0 and tab.shown_rows() == []
    with qtbot.waitSignal(tab.loaded):
        ctx.bus.changes_applied.emit(Changes(claims=frozenset({client_id})))
    settle(qtbot, tab)  # the new claim's detail follows the list
    assert len(tab.shown_rows()) == 1 and tab.shown_detail() is not None
