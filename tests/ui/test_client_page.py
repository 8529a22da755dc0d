"""The client page: details form with validation, family, policies, timeline,
driven as an agent would, on a real book through the database worker."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from agent_desk.domain.clients import ActivityKind, ClientDetails, HouseholdRole, LifecycleStage, Tier
from agent_desk.services.activities import log_activity, timeline
from agent_desk.services.clients import count_clients, create_client, get_client, update_client
from agent_desk.services.family import add_relationship, household_of
from agent_desk.store.book import Book
from agent_desk.store.models import Policy
from agent_desk.ui.clients import timeline_tab
from agent_desk.ui.clients.client_page import ClientPage
from agent_desk.ui.clients.client_picker import ClientPickerDialog
from agent_desk.ui.clients.family_tab import FamilyTab
from agent_desk.ui.clients.policies_tab import Column
from agent_desk.ui.context import AppContext


@pytest.fixture
def page(ctx: AppContext, qtbot) -> ClientPage:  # noqa: ANN001
    widget = ClientPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def settle(qtbot, ctx: AppContext) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0)


def add(book: Book, name: str, **extra) -> uuid.UUID:  # noqa: ANN003
    with book.session() as s:
        client_id, _ = create_client(s, ClientDetails(name=name, **extra))
    return client_id


def record(book: Book, client_id: uuid.UUID):  # noqa: ANN201
    with book.session() as s:
        return get_client(s, client_id)


def open_client(page: ClientPage, qtbot, client_id: uuid.UUID) -> None:  # noqa: ANN001
    with qtbot.waitSignal(page.record_loaded):
        page.show_client(client_id)
    settle(qtbot, page._ctx)


def pick(page_or_tab, qtbot, typed: str, shown: str, choice=None) -> None:  # noqa: ANN001
    """Drive the open client picker: type, wait for the search, choose."""
    dialog = page_or_tab.findChild(ClientPickerDialog)
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.results_loaded):
        qtbot.keyClicks(dialog.search_box, typed)
    assert dialog.select_name(shown), dialog.shown_names()
    if choice is not None:
        dialog.choice_combo.setCurrentIndex(dialog.choice_combo.findData(choice))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def click(qtbot, button) -> None:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# -- details ------------------------------------------------------------------

def test_a_new_client_typed_into_the_form_is_created_on_save(book, ctx, page, qtbot):  # noqa: ANN001
    page.start_new()
    form = page.form
    assert page.window().focusWidget() is form.name_edit
    assert not form.save_button.isEnabled()
    assert page.current_client_id() is None

    qtbot.keyClicks(form.name_edit, "Ann Lee")
    form.name_local_edit.insert("李安")  # Chinese arrives committed by the input method
    qtbot.keyClicks(form.birth_date_edit, "1990-02-03")
    qtbot.keyClicks(form.phone_edit, "0912-345-678")
    qtbot.keyClicks(form.income_edit, "1200000")
    form.tier_combo.setCurrentIndex(form.tier_combo.findData("B"))
    assert form.save_button.isEnabled() and page.has_unsaved_changes()

    with qtbot.waitSignal(page.client_created) as created:
        click(qtbot, form.save_button)
    settle(qtbot, ctx)

    client_id = created.args[0]
    assert page.current_client_id() == client_id
    saved = record(book, client_id).details
    assert (saved.name, saved.name_local, saved.birth_date, saved.phone) == (
        "Ann Lee", "李安", date(1990, 2, 3), "0912-345-678")
    assert saved.annual_income == Decimal("1200000") and saved.tier is Tier.B
    assert not page.has_unsaved_changes() and not form.save_button.isEnabled()
    assert page.title_label.text() == "李安 Ann Lee"
    assert form.income_edit.text() == "1,200,000"
    assert page.tabs.isTabEnabled(page.tabs.indexOf(page.timeline))


def test_invalid_details_show_a_message_by_each_field_and_write_nothing(book, ctx, page, qtbot):  # noqa: ANN001
    page.start_new()
    form = page.form
    qtbot.keyClicks(form.birth_date_edit, (date.today() + timedelta(days=3)).isoformat())
    qtbot.keyClicks(form.email_edit, "ann.example.com")
    qtbot.keyClicks(form.income_edit, "-5,000")

    click(qtbot, form.save_button)
    settle(qtbot, ctx)

    problems = form.visible_problems()
    assert set(problems) == {"name", "birth_date", "email", "annual_income"}
    assert all(form.errors[key].objectName() == "fieldError" for key in problems)
    assert "future" in problems["birth_date"] and "negative" in problems["annual_income"]
    assert form.email_edit.text() == "ann.example.com"  # the input stays as typed
    assert form.income_edit.text() == "-5,000"
    assert page.has_unsaved_changes()
    with book.session() as s:
        assert count_clients(s) == 0

    qtbot.keyClicks(form.email_edit, "x")  # editing a field clears its message
    assert "email" not in form.visible_problems()


def test_a_date_that_is_not_yyyy_mm_dd_is_refused(ctx, page, qtbot):  # noqa: ANN001
    page.start_new()
    qtbot.keyClicks(page.form.name_edit, "Ann")
    qtbot.keyClicks(page.form.birth_date_edit, "3 May 90")
    click(qtbot, page.form.save_button)
    assert set(page.form.visible_problems()) == {"birth_date"}


def test_an_edit_saved_with_ctrl_s_persists_and_revert_goes_back(book, ctx, page, qtbot):  # noqa: ANN001
    client_id = add(book, "Bob Chen", phone="0912-000-111")
    open_client(page, qtbot, client_id)
    form = page.form
    assert form.name_edit.text() == "Bob Chen" and not form.save_button.isEnabled()
    assert page.subtitle_label.text().startswith("Prospect")

    form.phone_edit.clear()
    qtbot.keyClicks(form.phone_edit, "0933-222-333")
    form.stage_combo.setCurrentIndex(form.stage_combo.findData(LifecycleStage.ACTIVE.value))
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    with qtbot.waitSignal(page.client_saved) as saved:
        qtbot.keyClick(form.phone_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    assert saved.args == [client_id]
    details = record(book, client_id).details
    assert details.phone == "0933-222-333" and details.stage is LifecycleStage.ACTIVE
    assert not page.has_unsaved_changes()
    assert "Active" in page.subtitle_label.text()

    qtbot.keyClicks(form.name_edit, " Jr")
    assert form.revert_button.isEnabled()
    click(qtbot, form.revert_button)
    assert form.name_edit.text() == "Bob Chen" and not page.has_unsaved_changes()


def test_a_change_made_elsewhere_reloads_the_page_but_keeps_what_is_being_typed(book, ctx, page, qtbot):  # noqa: ANN001
    client_id = add(book, "Cara Wu")
    open_client(page, qtbot, client_id)
    with qtbot.waitSignal(page.record_loaded):
        ctx.apply(lambda s: update_client(s, client_id, ClientDetails(name="Cara Wu", stage=LifecycleStage.ACTIVE)))
    assert "Active" in page.subtitle_label.text()
    assert page.form.stage_combo.currentData() == "active"

    qtbot.keyClicks(page.form.notes_edit, "typing...")
    with qtbot.waitSignal(page.record_loaded):
        ctx.apply(lambda s: update_client(s, client_id, ClientDetails(name="Cara Wu", stage=LifecycleStage.DORMANT)))
    assert "Dormant" in page.subtitle_label.text()
    assert page.form.notes_edit.toPlainText() == "typing..." and page.has_unsaved_changes()


def test_delete_button_asks_the_main_window_to_delete(book, page, qtbot):  # noqa: ANN001
    client_id = add(book, "Dan Ho")
    open_client(page, qtbot, client_id)
    with qtbot.waitSignal(page.delete_requested) as asked:
        click(qtbot, page.delete_button)
    assert asked.args == [client_id]


# -- referred by -----------------------------------------------------------------

def test_referred_by_is_chosen_in_the_picker_and_the_referrer_lists_the_referral(book, ctx, page, qtbot):  # noqa: ANN001
    referrer = add(book, "Rita Referrer", name_local="林美華")
    add(book, "Rick Other")
    client_id = add(book, "Carl Client")
    open_client(page, qtbot, client_id)

    click(qtbot, page.form.referrer.choose_button)
    pick(page, qtbot, "Rita", "林美華 Rita Referrer")
    qtbot.waitUntil(lambda: page.form.referrer_id() == referrer)
    settle(qtbot, ctx)
    assert record(book, client_id).referred_by.id == referrer
    assert "Rita Referrer" in page.form.referrer.label.text()
    assert page.findChild(ClientPickerDialog) is None  # closed and gone

    with qtbot.waitSignal(page.open_client_requested) as opened:
        page.form.referrer.label.linkActivated.emit(str(referrer))
    assert opened.args == [referrer]

    with qtbot.waitSignal(page.family.loaded):
        page.show_client(referrer)
    settle(qtbot, ctx)
    assert FamilyTab.rows_of(page.family.referrals_tree) == [("Carl Client",)]

    # A referral loop is refused by the service, and said next to the field.
    click(qtbot, page.form.referrer.choose_button)
    pick(page, qtbot, "Carl", "Carl Client")
    qtbot.waitUntil(lambda: "referred_by" in page.form.visible_problems())
    assert record(book, referrer).referred_by is None


def test_a_new_client_is_created_with_the_referrer_chosen_before_saving(book, ctx, page, qtbot):  # noqa: ANN001
    referrer = add(book, "Rita Referrer")
    page.start_new()
    qtbot.keyClicks(page.form.name_edit, "Nina New")
    click(qtbot, page.form.referrer.choose_button)
    pick(page, qtbot, "Rita", "Rita Referrer")
    assert page.form.referrer_id() == referrer
    with qtbot.waitSignal(page.client_created) as created:
        click(qtbot, page.form.save_button)
    settle(qtbot, ctx)
    assert record(book, created.args[0]).referred_by.id == referrer


# -- family -------------------------------------------------------------------

def test_household_is_created_members_added_with_roles_and_roles_changed(book, ctx, page, qtbot):  # noqa: ANN001
    head = add(book, "Hank Head")
    spouse = add(book, "Sue Spouse")
    open_client(page, qtbot, head)
    family = page.family
    page.tabs.setCurrentWidget(family)
    assert family.create_household_button.isVisible() and not family.members_tree.isVisible()

    click(qtbot, family.create_household_button)
    qtbot.waitUntil(lambda: FamilyTab.rows_of(family.members_tree) == [("Hank Head", "Head")])
    assert not family.create_household_button.isVisible()

    click(qtbot, family.add_member_button)
    pick(family, qtbot, "Sue", "Sue Spouse", choice=HouseholdRole.CHILD.value)
    qtbot.waitUntil(lambda: ("Sue Spouse", "Child") in FamilyTab.rows_of(family.members_tree))

    family.members_tree.setCurrentItem(family.item_for(family.members_tree, spouse))
    assert family.role_combo.isEnabled() and family.role_combo.currentData() == "child"
    family.role_combo.setCurrentIndex(family.role_combo.findData(HouseholdRole.SPOUSE.value))
    family.role_combo.activated.emit(family.role_combo.currentIndex())  # as a user's choice does
    qtbot.waitUntil(lambda: ("Sue Spouse", "Spouse") in FamilyTab.rows_of(family.members_tree))
    settle(qtbot, ctx)
    with book.session() as s:
        roles = {m.client_id: m.role for m in household_of(s, spouse).members}
    assert roles == {head: HouseholdRole.HEAD, spouse: HouseholdRole.SPOUSE}

    family.members_tree.setCurrentItem(family.item_for(family.members_tree, spouse))
    click(qtbot, family.remove_member_button)
    qtbot.waitUntil(lambda: FamilyTab.rows_of(family.members_tree) == [("Hank Head", "Head")])


def test_a_relationship_shows_each_clients_own_perspective(book, ctx, page, qtbot):  # noqa: ANN001
    child = add(book, "Cathy Child")
    parent = add(book, "Paul Parent")
    open_client(page, qtbot, child)
    family = page.family
    page.tabs.setCurrentWidget(family)
    assert family.no_relations_label.isVisible()

    click(qtbot, family.add_relation_button)
    pick(family, qtbot, "Paul", "Paul Parent", choice="parent")
    qtbot.waitUntil(lambda: FamilyTab.rows_of(family.relations_tree) == [("Paul Parent", "Parent")])

    with qtbot.waitSignal(family.loaded):
        page.show_client(parent)
    assert FamilyTab.rows_of(family.relations_tree) == [("Cathy Child", "Child")]


def test_activating_a_relative_asks_to_open_them(book, ctx, page, qtbot):  # noqa: ANN001
    me, sibling = add(book, "Mia Me"), add(book, "Sam Sibling")
    with book.session() as s:
        from agent_desk.domain.clients import RelationKind

        add_relationship(s, me, sibling, RelationKind.SIBLING)
    open_client(page, qtbot, me)
    family = page.family
    page.tabs.setCurrentWidget(family)
    qtbot.waitUntil(lambda: family.item_for(family.relations_tree, sibling) is not None)
    item = family.item_for(family.relations_tree, sibling)
    tree = family.relations_tree
    rect = tree.visualItemRect(item)
    with qtbot.waitSignal(page.open_client_requested) as opened:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [sibling]


# -- policies -----------------------------------------------------------------

def test_policies_tab_lists_the_clients_policies_with_money_in_words(book, ctx, page, qtbot):  # noqa: ANN001
    holder = add(book, "Holly Holder")
    insured = add(book, "Ian Insured")
    with book.session() as s:
        s.add(Policy(policy_number="TL-000381", holder_id=holder, insured_id=insured, product_code="TL20",
                     product_name="Term Life 20", currency="TWD", sum_assured=Decimal("5000000"),
                     annual_premium=Decimal("18500"), modal_premium=Decimal("1665.50"), frequency="monthly",
                     issue_date=date(2021, 4, 1), status="in_force", next_due_date=date(2026, 12, 1)))
    with qtbot.waitSignal(page.policies.loaded):
        page.show_client(insured)
    model = page.policies.model
    assert model.rowCount() == 1

    def cell(column: Column) -> str:
        return model.data(model.index(0, column))

    assert cell(Column.NUMBER) == "TL-000381" and cell(Column.PRODUCT) == "Term Life 20"
    assert (cell(Column.HOLDER), cell(Column.INSURED)) == ("Holly Holder", "Ian Insured")
    assert "5,000,000" in cell(Column.SUM_ASSURED)
    assert "1,665.50" in cell(Column.PREMIUM) and "per month" in cell(Column.PREMIUM)
    assert cell(Column.STATUS) == "In force"
    assert "2026" in cell(Column.NEXT_DUE)
    assert not page.policies.table.isHidden() and page.policies.empty_label.isHidden()


# -- timeline -----------------------------------------------------------------

def test_a_call_is_logged_in_two_clicks_and_an_entry_deleted_after_confirming(book, ctx, page, qtbot, monkeypatch):  # noqa: ANN001
    client_id = add(book, "Tina Timeline")
    with book.session() as s:
        log_activity(s, client_id, ActivityKind.GIFT, "Moon cakes")
    open_client(page, qtbot, client_id)
    tab = page.timeline

    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(page.tabs.indexOf(tab)).center())
    assert page.tabs.currentWidget() is tab
    click(qtbot, tab.log_buttons[ActivityKind.CALL])  # one click: logged
    qtbot.waitUntil(lambda: len(tab.shown_rows()) == 2)
    assert tab.shown_rows()[0].kind is ActivityKind.CALL  # newest first

    qtbot.keyClicks(tab.note_edit, "Asked about the education fund")
    click(qtbot, tab.log_buttons[ActivityKind.VISIT])
    qtbot.waitUntil(lambda: len(tab.shown_rows()) == 3)
    newest = tab.shown_rows()[0]
    assert (newest.kind, newest.note) == (ActivityKind.VISIT, "Asked about the education fund")
    assert tab.list.topLevelItem(0).text(0) == "Visit" and tab.note_edit.text() == ""

    asked = []
    monkeypatch.setattr(timeline_tab.QMessageBox, "question",
                        lambda *args, **kw: asked.append(args) or QMessageBox.StandardButton.Yes)
    gift = next(i for i in range(3) if tab.shown_rows()[i].kind is ActivityKind.GIFT)
    tab.list.setCurrentItem(tab.list.topLevelItem(gift))
    click(qtbot, tab.delete_button)
    qtbot.waitUntil(lambda: len(tab.shown_rows()) == 2)
    assert len(asked) == 1
    settle(qtbot, ctx)
    with book.session() as s:
        assert [a.kind for a in timeline(s, client_id)] == [ActivityKind.VISIT, ActivityKind.CALL]


def test_cancelling_the_confirmation_keeps_the_entry(book, ctx, page, qtbot, monkeypatch):  # noqa: ANN001
    client_id = add(book, "Tom Keep")
    with book.session() as s:
        log_activity(s, client_id, ActivityKind.CALL)
    open_client(page, qtbot, client_id)
    tab = page.timeline
    monkeypatch.setattr(timeline_tab.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    click(qtbot, tab.delete_button)
    settle(qtbot, ctx)
    assert len(tab.shown_rows()) == 1


# -- moving between clients ------------------------------------------------------

def test_a_late_answer_for_the_previous_client_is_not_shown(book, ctx, page, qtbot):  # noqa: ANN001
    first, second = add(book, "First Client"), add(book, "Second Client")
    page.show_client(first)
    with qtbot.waitSignal(page.record_loaded):
        page.show_client(second)
    settle(qtbot, ctx)
    assert page.current_client_id() == second
    assert page.form.name_edit.text() == "Second Client" and page.title_label.text() == "Second Client"
