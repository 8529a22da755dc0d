"""The client list screen: instant search, filters, lazy paging, sorting."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from agent_desk.domain.clients import ClientDetails, LifecycleStage, Tier
from agent_desk.services.clients import ClientSort, create_client, delete_client
from agent_desk.store.book import Book
from agent_desk.ui.clients import list_model
from agent_desk.ui.clients.list_model import Column
from agent_desk.ui.clients.list_screen import ClientListScreen
from agent_desk.ui.context import AppContext


def add(book: Book, name: str, name_local: str = "", phone: str = "", **extra) -> None:  # noqa: ANN003
    with book.session() as s:
        create_client(s, ClientDetails(name=name, name_local=name_local, phone=phone, **extra))


def type_text(qtbot, line_edit, text: str) -> None:  # noqa: ANN001
    """Type as a person would; Chinese arrives committed by the input method,
    not as key events (QTest cannot synthesise non-ASCII keys)."""
    if text.isascii():
        qtbot.keyClicks(line_edit, text)
    else:
        line_edit.insert(text)


def shown_names(screen: ClientListScreen) -> list[str]:
    model = screen.model
    return [model.data(model.index(r, Column.NAME)) for r in range(model.rowCount())]


def settle(qtbot, screen: ClientListScreen) -> None:  # noqa: ANN001
    qtbot.wait(list_screen_delay() + 20)
    qtbot.waitUntil(lambda: screen._ctx.tasks.pending == 0)


def list_screen_delay() -> int:
    from agent_desk.ui.clients.list_screen import SEARCH_DELAY_MS

    return SEARCH_DELAY_MS


@pytest.fixture
def screen(ctx: AppContext, qtbot) -> ClientListScreen:  # noqa: ANN001
    widget = ClientListScreen(ctx)
    qtbot.addWidget(widget)
    return widget


def test_typing_in_the_search_box_narrows_the_list_in_both_scripts(book, screen, qtbot):  # noqa: ANN001
    add(book, "Wang Xiaoming", "王小明", "0912-345-678")
    add(book, "Wang Dawei", "王大偉", "0933-111-222")
    add(book, "John Smith", "", "(415) 555-0123")
    screen.start()
    settle(qtbot, screen)
    assert len(shown_names(screen)) == 3

    for typed, expected in [("王", 2), ("小明", 1), ("王小明", 1), ("0912", 1), ("smith", 1), ("", 3)]:
        screen.search_box.clear()
        type_text(qtbot, screen.search_box, typed)
        settle(qtbot, screen)
        assert len(shown_names(screen)) == expected, typed
    assert screen.count_label.text().startswith("3")


def test_filters_by_stage_and_tier(book, screen, qtbot):  # noqa: ANN001
    add(book, "Ann Active", stage=LifecycleStage.ACTIVE, tier=Tier.A)
    add(book, "Pat Prospect", stage=LifecycleStage.PROSPECT)
    add(book, "Bea Active", stage=LifecycleStage.ACTIVE, tier=Tier.B)
    screen.start()
    settle(qtbot, screen)
    screen.stage_filter.setCurrentIndex(screen.stage_filter.findData(LifecycleStage.ACTIVE.value))
    settle(qtbot, screen)
    assert sorted(shown_names(screen)) == ["Ann Active", "Bea Active"]
    screen.tier_filter.setCurrentIndex(screen.tier_filter.findData("B"))
    settle(qtbot, screen)
    assert shown_names(screen) == ["Bea Active"]


def test_list_fetches_lazily_page_by_page(book, screen, qtbot, monkeypatch):  # noqa: ANN001
    monkeypatch.setattr(list_model, "PAGE_SIZE", 10)
    with book.session() as s:
        for i in range(35):
            create_client(s, ClientDetails(name=f"Client {i:02d}"))
    # Shorter than a page of rows: the view itself fetches only when scrolled
    # (a tall view fetches as soon as it sees the last row, whenever it lays out).
    screen.resize(500, 220)
    screen.show()
    qtbot.waitExposed(screen)
    screen.start()
    settle(qtbot, screen)
    model = screen.model
    assert model.total == 35 and model.rowCount() == 10
    assert model.canFetchMore()
    model.fetchMore()
    settle(qtbot, screen)
    assert model.rowCount() == 20
    screen.table.scrollToBottom()  # the view asks for more as it scrolls
    for _ in range(5):
        settle(qtbot, screen)
        screen.table.scrollToBottom()
    assert model.rowCount() == 35 and not model.canFetchMore()


def test_sorting_by_age_puts_the_oldest_first_when_descending(book, screen, qtbot):  # noqa: ANN001
    add(book, "Young", birth_date=date(2000, 1, 1))
    add(book, "Old", birth_date=date(1950, 1, 1))
    add(book, "Unknown")
    screen.start()
    settle(qtbot, screen)
    screen.table.sortByColumn(Column.AGE, Qt.SortOrder.DescendingOrder)
    settle(qtbot, screen)
    assert screen.model.query.sort == ClientSort.AGE
    assert shown_names(screen) == ["Old", "Young", "Unknown"]


def test_selecting_a_row_announces_the_client_and_deleted_clients_leave_the_list(book, screen, qtbot, ctx):  # noqa: ANN001
    add(book, "Keep Me")
    add(book, "Remove Me")
    screen.start()
    settle(qtbot, screen)
    row = shown_names(screen).index("Remove Me")
    client_id = screen.model.row_at(row).id
    with qtbot.waitSignal(screen.client_selected) as selected:
        screen.table.selectRow(row)
    assert selected.args == [client_id]

    ctx.apply(lambda s: delete_client(s, client_id))
    settle(qtbot, screen)
    assert shown_names(screen) == ["Keep Me"]
