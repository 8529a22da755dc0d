"""Screenshots of the main screens for the README, from a demo book, offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="agent-desk-shots-"))
    os.environ["AGENT_DESK_HOME"] = str(home)
    from agent_desk.i18n.languages import Language
    from agent_desk.services.demo import create_demo_book
    from agent_desk.store.book import open_book
    from agent_desk.ui.app import build_main_window, make_application

    app = make_application([], Language.ENGLISH)  # the README's screenshots are in English
    book = open_book()
    with book.session() as session:
        create_demo_book(session, clients=400, seed=2026)
    window = build_main_window(book)
    window.resize(1280, 800)
    window.show()

    def settle() -> None:
        for _ in range(40):
            app.processEvents()
            if window.ctx.tasks.pending == 0:
                break
            window.thread().msleep(25)
        app.processEvents()

    settle()
    settle()  # the Today screen regenerates the follow-ups, then reloads
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / "today.png"))
    window.show_screen("dashboard")
    settle()
    window.grab().save(str(OUT / "dashboard.png"))
    window.show_screen("clients")
    window.clients.search_box.setText("王")
    window.clients._apply_filters()  # noqa: SLF001 - skip the typing delay
    settle()
    window.clients.table.selectRow(0)
    settle()
    window.grab().save(str(OUT / "main_window.png"))
    tabs = window.client_page.tabs
    for name in ["family", "policies", "timeline", "network"]:  # the details tab is main_window.png
        tabs.setCurrentIndex([tabs.tabText(i).lower() for i in range(tabs.count())].index(name))
        settle()
        window.grab().save(str(OUT / f"client_{name}.png"))
    open_client_with_claim(window, book, settle)
    tabs.setCurrentIndex([tabs.tabText(i).lower() for i in range(tabs.count())].index("claims"))
    settle()
    window.grab().save(str(OUT / "client_claims.png"))
    design_plan(window, book, settle)
    window.grab().save(str(OUT / "plan_designer.png"))
    print_proposal(window, settle).grab().save(str(OUT / "proposal_dialog.png"))
    window.ctx.tasks.shutdown()
    print(f"saved to {OUT}", file=sys.stderr)


def open_client_with_claim(window, book, settle) -> None:  # noqa: ANN001
    """A client whose claim is still open."""
    from sqlalchemy import select

    from agent_desk.store.models import Claim

    with book.session() as session:
        client_id = session.scalar(select(Claim.client_id).where(Claim.status == "submitted").limit(1)) or \
            session.scalar(select(Claim.client_id).limit(1))
    window.open_client(client_id)
    settle()


def design_plan(window, book, settle) -> None:  # noqa: ANN001
    """A Taiwanese family of four with a suggested plan on a 15,000 a month budget."""
    from sqlalchemy import func, select

    from agent_desk.store.models import Client, HouseholdMember

    with book.session() as session:
        households = select(HouseholdMember.household_id).group_by(HouseholdMember.household_id).having(
            func.count() == 4)
        head = session.scalars(select(HouseholdMember.client_id).join(Client, Client.id == HouseholdMember.client_id)
                               .where(HouseholdMember.household_id.in_(households), HouseholdMember.role == "head",
                                      Client.name_local != "", Client.address.like("%台%"))).first()
    window.resize(1440, 900)  # the designer is a wide screen: a common laptop size
    window.design_plan(head)
    settle()
    screen = window.plans
    screen.budget_edit.setText("15,000")
    screen._budget_edited()  # noqa: SLF001 - as if typed
    screen.suggest()
    for _ in range(3):
        settle()


def print_proposal(window, settle):  # noqa: ANN001, ANN201
    """The suggested plan saved, its proposal made in Traditional Chinese and previewed."""
    screen = window.plans
    screen.save()
    settle()
    alt = screen._current()  # noqa: SLF001
    dialog = window.print_proposal(alt.id, screen._client_id, screen._facts.members[0].name)  # noqa: SLF001
    dialog.resize(1000, 900)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh-Hant"))
    settle()
    dialog.generate()
    for _ in range(200):  # rendering runs on the work pool
        settle()
        if dialog.preview.page_count():
            break
    for _ in range(20):  # QPdfView paints its pages asynchronously
        window.thread().msleep(50)
        settle()
    return dialog


if __name__ == "__main__":
    main()
