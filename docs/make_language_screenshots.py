"""The main screens in English, Traditional and Simplified Chinese, for the
README's Languages section: one demo book, the window rebuilt in each language,
offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_language_screenshots.py

Writes docs/screenshots/lang_<code>_<screen>.png (code: en, zh_TW, zh_CN)."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1280, 800)


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="agent-desk-language-shots-"))
    os.environ["AGENT_DESK_HOME"] = str(home)
    from agent_desk.i18n.languages import LANGUAGES
    from agent_desk.i18n.qt import install_language
    from agent_desk.services.demo import create_demo_book
    from agent_desk.store.book import open_book
    from agent_desk.ui.app import build_main_window, make_application

    app = make_application([])
    book = open_book()
    with book.session() as session:
        create_demo_book(session, clients=400, seed=2026, today=date.today())
    client_id, head_id = chosen_clients(book)
    OUT.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        install_language(language)
        window = build_main_window(book)
        window.resize(*SIZE)
        window.show()

        def settle(rounds: int = 40, window=window) -> None:  # noqa: ANN001
            for _ in range(rounds):
                app.processEvents()
                if window.ctx.tasks.pending == 0:
                    break
                window.thread().msleep(25)
            app.processEvents()

        def save(screen: str, window=window, language=language) -> None:  # noqa: ANN001
            window.grab().save(str(OUT / f"lang_{language.value}_{screen}.png"))

        settle()
        settle()  # Today regenerates the follow-ups, then reloads
        window.show_screen("today")
        settle()
        save("today")
        window.open_client(client_id)
        settle()
        settle()
        save("client")
        window.design_plan(head_id)
        settle()
        window.plans.budget_edit.setText("15,000")
        window.plans._budget_edited()  # noqa: SLF001 - as if typed
        window.plans.suggest()
        for _ in range(3):
            settle()
        save("plan")
        window.show_screen("dashboard")
        settle()
        save("dashboard")
        window.plans.has_unsaved_changes = lambda: False  # close without asking about the suggestion
        window.close()  # stops its timers, as quitting does
        settle()
        window.ctx.tasks.shutdown()
        window.deleteLater()
        app.processEvents()
    book.close()
    print(f"saved to {OUT}", file=sys.stderr)


def chosen_clients(book):  # noqa: ANN001, ANN201
    """A client with a Chinese name, policies and a household; the head of a Taiwanese family of four."""
    from sqlalchemy import func, select

    from agent_desk.store.models import Client, HouseholdMember, Policy

    with book.session() as session:
        households = select(HouseholdMember.household_id).group_by(HouseholdMember.household_id).having(
            func.count() == 4)
        head = session.scalars(select(HouseholdMember.client_id).join(Client, Client.id == HouseholdMember.client_id)
                               .where(HouseholdMember.household_id.in_(households), HouseholdMember.role == "head",
                                      Client.name_local != "", Client.address.like("%台%"))).first()
        client = session.scalars(select(Client.id).join(Policy, Policy.holder_id == Client.id)
                                 .where(Client.name_local != "").order_by(Client.sort_name)).first()
    return client or head, head


if __name__ == "__main__":
    main()
