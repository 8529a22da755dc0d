"""The Sync screen for the README: a demo book enrolled with a real office on
127.0.0.1, synced, and a phone number edited on two devices, offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_sync_screenshot.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT / "tests"))  # the office test harness runs the real server in a thread


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="agent-desk-sync-shot-"))
    os.environ["AGENT_DESK_HOME"] = str(home)
    from office_harness import OfficeServer, enrolment_code

    from agent_desk.i18n.languages import Language
    from agent_desk.services.clients import get_client, update_client
    from agent_desk.services.demo import create_demo_book
    from agent_desk.store.book import open_book
    from agent_desk.store.models import Client
    from agent_desk.sync.engine import enroll, sync_once
    from agent_desk.ui.app import build_main_window, make_application

    url = f"sqlite:///{home / 'office.sqlite3'}"
    with OfficeServer(url) as office:
        book = open_book()
        with book.session() as session:
            create_demo_book(session, clients=200, seed=2026, today=date.today())
        enroll(book, office.url, enrolment_code(url, "TW-0427", "Lin Yi-Chen"), "Laptop")
        sync_once(book)
        tablet = open_book(home / "tablet.sqlite3")  # a second device of the agent
        enroll(tablet, office.url, enrolment_code(url, "TW-0427"), "Tablet")
        sync_once(tablet)
        with book.session() as session:
            client = session.query(Client).filter(Client.name_local != "").order_by(Client.sort_name).first()
            client_id = client.id
        for device, phone in ((book, "0912 345 678"), (tablet, "0988 765 432")):
            with device.session() as session:
                details = get_client(session, client_id).details
                update_client(session, client_id, replace(details, phone=phone))
        sync_once(tablet)  # the later edit reaches the office first
        tablet.close()

        app = make_application([], Language.ENGLISH)  # the README's screenshots are in English
        window = build_main_window(book)
        window.resize(1280, 800)
        window.show()

        def settle(rounds: int = 60) -> None:
            for _ in range(rounds):
                app.processEvents()
                window.thread().msleep(25)

        window.sync_now()
        settle(120)
        window.show_screen("sync")
        settle()
        OUT.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUT / "sync_screen.png"))
        window.sync_scheduler.stop()
        window.ctx.tasks.shutdown()
    print(f"saved {OUT / 'sync_screen.png'}", file=sys.stderr)


if __name__ == "__main__":
    main()
