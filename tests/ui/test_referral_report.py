"""The referrals report: who brought the most business, a double-click from their page."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from agent_desk.domain.clients import ClientDetails
from agent_desk.services.clients import create_client
from agent_desk.store.book import Book
from agent_desk.store.models import Policy
from agent_desk.ui.context import AppContext
from agent_desk.ui.segments.referral_report import Column, ReferralReport


def add(book: Book, name: str, referred_by: uuid.UUID | None = None, premium: str | None = None) -> uuid.UUID:
    with book.session() as s:
        client_id, _ = create_client(s, ClientDetails(name=name), referred_by=referred_by)
        if premium is not None:
            s.add(Policy(policy_number=f"P-{name}", holder_id=client_id, insured_id=client_id, product_code="LIFE",
                         currency="TWD", annual_premium=Decimal(premium), status="in_force",
                         issue_date=date(2024, 1, 1)))
    return client_id


def shown(report: ReferralReport) -> list[list[str]]:
    table = report.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_referrers_are_listed_by_the_business_down_their_chain(book, ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    ann = add(book, "Ann")
    bob = add(book, "Bob", referred_by=ann, premium="10000")
    add(book, "Cat", referred_by=bob, premium="90000")
    add(book, "Dan", referred_by=ann, premium="5000")
    report = ReferralReport(ctx)
    qtbot.addWidget(report)
    with qtbot.waitSignal(report.loaded):
        report.show()
    assert shown(report) == [
        ["Ann", "No tier", "2", "3", "NT$15,000", "NT$105,000"],
        ["Bob", "No tier", "1", "1", "NT$90,000", "NT$90,000"],
    ]
    table = report.table
    rect = table.visualItemRect(table.item(1, Column.CHAIN))
    with qtbot.waitSignal(report.open_client_requested) as opened:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [bob]


def test_an_empty_book_says_how_referrals_are_recorded(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    report = ReferralReport(ctx)
    qtbot.addWidget(report)
    with qtbot.waitSignal(report.loaded):
        report.show()
    assert report.empty_label.isVisible() and not report.table.isVisible()


def test_the_report_reloads_when_referrals_change(book, ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    from agent_desk.services.clients import set_referred_by

    ann, bob = add(book, "Ann"), add(book, "Bob", premium="1000")
    report = ReferralReport(ctx)
    qtbot.addWidget(report)
    with qtbot.waitSignal(report.loaded):
        report.show()
    assert report.rows == []
    with qtbot.waitSignal(report.loaded):
        ctx.apply(lambda s: set_referred_by(s, bob, ann))
    assert [row.name for row in report.rows] == ["Ann"]
