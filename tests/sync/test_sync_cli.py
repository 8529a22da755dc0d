"""`agent-desk enroll` and `agent-desk sync` from the command line, including
a sync process killed in the middle of a batch."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date

from faultproxy import DELAY_RESPONSE, PASS, FaultProxy
from sync_devices import book_snapshot, differences

from agent_desk import cli
from agent_desk.services.clients import ClientDetails, create_client
from agent_desk.services.demo import create_demo_book
from agent_desk.store.book import open_book

TODAY = date(2026, 12, 7)


def run(capsys, *argv: str) -> tuple[int, str, str]:  # noqa: ANN001
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_enroll_then_sync_from_the_command_line(office, book_path, capsys):  # noqa: ANN001
    book = open_book(book_path)
    with book.session() as session:
        create_client(session, ClientDetails(name="Huang Li", name_local="黃麗"), today=TODAY)
    book.close()
    code, out, _ = run(capsys, "enroll", "--server", office.url, "--code", office.code(), "--json")
    assert code == 0
    enrolled = json.loads(out)
    assert enrolled["agent"] == "A001" and enrolled["queued"] >= 1
    assert "readable only by you" in enrolled["token_kept"] or "keyring" in enrolled["token_kept"]
    code, out, _ = run(capsys, "sync", "--json")
    assert code == 0 and json.loads(out)["pushed"] == enrolled["queued"]
    code, out, _ = run(capsys, "sync", "--status")
    assert code == 0 and "0 changes waiting" in out
    assert any(row["name_local"] == "黃麗" for row in office.snapshot()["clients"].values())


def test_sync_without_the_office_exits_2_and_says_what_waits(office, book_path, capsys):  # noqa: ANN001
    assert run(capsys, "enroll", "--server", office.url, "--code", office.code())[0] == 0
    office.server.stop()
    book = open_book(book_path)
    with book.session() as session:
        create_client(session, ClientDetails(name="Waiting"), today=TODAY)
    book.close()
    code, out, err = run(capsys, "sync")
    assert code == 2 and out == ""
    assert err.startswith("agent-desk: error: Cannot reach the office") and "1 change waits on this computer" in err
    office.server.start()
    assert run(capsys, "sync")[0] == 0


def test_a_bad_code_is_refused_in_one_line(office, book_path, capsys):  # noqa: ANN001
    code, _, err = run(capsys, "enroll", "--server", office.url, "--code", "NOPE-NOPE-NOPE")
    assert code == 2 and err.count("\n") == 1 and "code" in err.lower()


def test_a_sync_killed_mid_batch_loses_and_duplicates_nothing(office, book_path, agent_home, capsys):  # noqa: ANN001
    book = open_book(book_path)
    with book.session() as session:
        create_demo_book(session, clients=150, seed=2, today=TODAY)  # several push batches
    book.close()
    with FaultProxy(office.url) as proxy:
        assert run(capsys, "enroll", "--server", proxy.url, "--code", office.code())[0] == 0
        pushes: list[int] = []

        def hold_the_second_push(index: int, method: str, path: str):  # noqa: ANN202
            if path.startswith("/v1/sync/push"):
                pushes.append(index)
                if len(pushes) == 2:
                    return DELAY_RESPONSE(60)  # the office commits it; the answer never comes in time
            return PASS

        proxy.policy = hold_the_second_push
        process = subprocess.Popen([sys.executable, "-m", "agent_desk", "sync"],
                                   env={**os.environ, "AGENT_DESK_HOME": str(agent_home)},
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while len(pushes) < 2 or proxy.log[pushes[1]].status is None:
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "the second push never reached the office"
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)  # mid-batch: the office has it, the laptop does not know
        process.wait()
        process.stderr.close()
        proxy.policy = None
        assert run(capsys, "sync")[0] == 0
    book = open_book(book_path)
    try:
        mine = book_snapshot(book)
    finally:
        book.close()
    assert differences(mine, office.snapshot()) == []
    assert sum(len(rows) for rows in office.snapshot().values()) == sum(len(rows) for rows in mine.values())
