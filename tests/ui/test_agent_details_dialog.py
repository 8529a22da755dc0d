""""My details": the agent's stored details shown, edited and saved on the
database worker, problems named under their fields with nothing saved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from agent_desk.services.agent_profile import AgentDetails, agent_details, save_agent_details
from agent_desk.services.changes import Changes
from agent_desk.store.book import Book
from agent_desk.store.models import AgentProfile
from agent_desk.ui.context import AppContext
from agent_desk.ui.profile.agent_details_dialog import AgentDetailsDialog, open_agent_details_dialog

GRACE = AgentDetails(name="Grace Lin", name_local="林佳恩", licence_number="TW-LA-123456", phone="0912-345-678",
                     email="grace.lin@example.com", company="Evergreen Mutual Life")


def open_dialog(ctx: AppContext, qtbot, focus_field: str | None = None) -> AgentDetailsDialog:  # noqa: ANN001
    dialog = AgentDetailsDialog(ctx, focus_field=focus_field)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.details_loaded):
        dialog.show()
    return dialog


def retype(qtbot, edit, text: str) -> None:  # noqa: ANN001
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest types Latin-1 only; Chinese comes through an input method, as one string
        edit.insert(text)


def stored(book: Book) -> AgentDetails:
    with book.session() as s:
        return agent_details(s)


def test_the_stored_details_are_shown(book: Book, ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    with book.session() as s:
        save_agent_details(s, GRACE)
    dialog = open_dialog(ctx, qtbot)
    assert dialog.windowTitle() == "My details"
    assert dialog.details() == GRACE
    assert {key: edit.text() for key, edit in dialog.edits.items()}["licence_number"] == "TW-LA-123456"
    assert dialog.fields_box.isEnabled() and dialog.save_button.isEnabled()
    assert dialog.visible_problems() == {}


def test_edited_details_are_saved_and_shown_when_opened_again(
        book: Book, ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    dialog = open_dialog(ctx, qtbot)
    assert dialog.details() == AgentDetails()
    for key in ("name", "name_local", "licence_number", "phone", "email", "company"):
        retype(qtbot, dialog.edits[key], getattr(GRACE, key))
    announced: list[Changes] = []
    ctx.bus.changes_applied.connect(announced.append)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.save_button.isEnabled()  # no second save while this one runs
    assert saved.args[0] == GRACE
    assert announced == [Changes(agent=True)]
    assert dialog.result() == AgentDetailsDialog.DialogCode.Accepted
    assert stored(book) == GRACE

    again = open_dialog(ctx, qtbot)
    assert again.details() == GRACE
    retype(qtbot, again.edits["phone"], "02-2345-6789")
    with qtbot.waitSignal(again.saved):
        qtbot.keyClick(again.edits["phone"], Qt.Key.Key_Return)  # Enter saves
    assert stored(book).phone == "02-2345-6789"
    with book.session() as s:
        assert s.query(AgentProfile).one().version == 2


def test_an_invalid_email_is_named_under_its_field_and_nothing_is_saved(
        book: Book, ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    dialog = open_dialog(ctx, qtbot)
    retype(qtbot, dialog.edits["name"], "Grace Lin")
    retype(qtbot, dialog.edits["email"], "grace.lin@example")
    with qtbot.waitSignal(dialog.buttons.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.visible_problems()))
    assert dialog.visible_problems() == {"email": "This is not an e-mail address (name@example.com)."}
    assert dialog.isVisible() and dialog.result() != AgentDetailsDialog.DialogCode.Accepted
    assert dialog.save_button.isEnabled() and dialog.edits["email"].hasFocus()
    assert dialog.edits["email"].text() == "grace.lin@example"  # kept as typed, to correct
    with book.session() as s:
        assert s.query(AgentProfile).count() == 0

    qtbot.keyClicks(dialog.edits["email"], ".com")  # typing clears that field's message
    assert dialog.visible_problems() == {}
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.edits["email"], Qt.Key.Key_Return)  # Enter still saves, not cancels
    assert stored(book).email == "grace.lin@example.com"


def test_without_a_name_every_problem_shows_at_once(book: Book, ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    dialog = open_dialog(ctx, qtbot)
    retype(qtbot, dialog.edits["phone"], "call me")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.visible_problems()))
    assert set(dialog.visible_problems()) == {"name", "phone"}
    assert dialog.edits["name"].hasFocus()  # the topmost problem


def test_the_cursor_starts_on_what_a_proposal_lacks(book: Book, ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    with book.session() as s:
        save_agent_details(s, AgentDetails(name="Grace Lin"))
    dialog = open_dialog(ctx, qtbot)
    qtbot.waitUntil(lambda: dialog.edits["licence_number"].hasFocus())
    dialog.close()
    asked = open_dialog(ctx, qtbot, focus_field="email")
    qtbot.waitUntil(lambda: asked.edits["email"].hasFocus())


def test_cancel_closes_without_saving(book: Book, ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    dialog = open_dialog(ctx, qtbot)
    retype(qtbot, dialog.edits["name"], "Grace Lin")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == AgentDetailsDialog.DialogCode.Rejected
    qtbot.wait(50)
    assert stored(book) == AgentDetails()


def test_a_dialog_closed_before_the_book_answers_is_left_alone(
        book: Book, ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    dialog = open_agent_details_dialog(ctx)
    dialog.close()  # deletes itself; the load still answers, to nobody
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0)
    errors: list[BaseException] = []
    ctx.tasks.error.connect(errors.append)
    qtbot.wait(20)
    assert errors == []
