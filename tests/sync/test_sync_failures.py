"""The failures users of other sync engines report, each a named test here:
a flaky network, a lost answer, a crash at the wrong moment, a restarted
office. In each, nothing is lost and nothing arrives twice."""

from __future__ import annotations

import uuid
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import func, select

from faultproxy import DELAY_RESPONSE, DROP_REQUEST, DROP_RESPONSE, GARBAGE, GARBAGE_AFTER, STATUS_500, FaultProxy
from sync_devices import differences

from agent_desk.errors import BadAnswerError, DeviceRevokedError, OfflineError
from agent_desk.office import admin
from agent_desk.office.models import RecordedMutation, SyncedRow
from agent_desk.services.clients import ClientDetails, create_client, get_client, search_clients, update_client
from agent_desk.services.sync import sync_status
from agent_desk.store.book import open_book
from agent_desk.store.models import Client
from agent_desk.sync import engine, outbox

TODAY = date(2026, 12, 7)


@contextmanager
def proxied(office):  # noqa: ANN001, ANN201
    with FaultProxy(office.url) as proxy:
        yield proxy


def add_client(device, name: str, phone: str = "0900 000 000") -> uuid.UUID:  # noqa: ANN001
    with device.book.session() as session:
        client_id, _ = create_client(session, ClientDetails(name=name, phone=phone), today=TODAY)
    return client_id


def set_phone(device, client_id: uuid.UUID, phone: str) -> None:  # noqa: ANN001
    with device.book.session() as session:
        details = get_client(session, client_id).details
        update_client(session, client_id, details.__class__(**{**details.__dict__, "phone": phone}), today=TODAY)


def pending(device) -> int:  # noqa: ANN001
    with device.book.session() as session:
        return sync_status(session).pending


def office_rows(office, entity: str = "clients") -> int:  # noqa: ANN001
    with office.db.read() as session:
        return session.scalar(select(func.count()).select_from(SyncedRow).where(SyncedRow.entity == entity))


def cursor(device) -> int:  # noqa: ANN001
    with device.book.session() as session:
        return int(outbox.read_state(session.connection(), outbox.CURSOR).get(outbox.CURSOR) or 0)


def test_the_cursor_is_not_saved_before_the_pulled_rows_are_committed(office, monkeypatch):  # noqa: ANN001
    laptop, tablet = office.device("laptop"), office.device("tablet")
    for number in range(6):
        add_client(laptop, f"Client {number}")
    laptop.sync()
    real_apply, pages = engine.apply_page, []

    def crash_on_the_second_page(session, changes, clock):  # noqa: ANN001, ANN202
        report = real_apply(session, changes, clock)
        pages.append(len(changes))
        if len(pages) == 2:
            raise OSError("the disk went away while the page was being written")
        return report

    monkeypatch.setattr(engine, "apply_page", crash_on_the_second_page)
    with pytest.raises(OSError):
        tablet.sync(pull_limit=2)
    assert len(tablet.snapshot()["clients"]) == 2  # the first page, committed with its cursor
    saved = cursor(tablet)
    monkeypatch.setattr(engine, "apply_page", real_apply)
    tablet.sync(pull_limit=2)
    assert cursor(tablet) > saved
    assert differences(tablet.snapshot(), office.snapshot()) == []


def test_clients_of_a_pull_that_died_before_its_search_rows_are_found_after_the_next_sync(office, monkeypatch):  # noqa: ANN001, E501
    laptop, tablet = office.device("laptop"), office.device("tablet")
    add_client(laptop, "Wu Ting")
    laptop.sync()

    def the_process_dies(*_args):  # noqa: ANN002, ANN202
        raise SystemExit("killed after the pages were committed, before their search rows")

    real_settle = engine.settle_search
    monkeypatch.setattr(engine, "settle_search", lambda session, ids: ids is None or the_process_dies())
    with pytest.raises(SystemExit):
        tablet.sync()
    with tablet.book.session() as session:
        assert len(session.scalars(select(Client)).all()) == 1
        assert search_clients(session, "Wu Ting") == []  # the rows came, their search rows did not
    monkeypatch.setattr(engine, "settle_search", real_settle)
    tablet.sync()  # nothing new to pull; the mark the dead pull left makes good the whole book
    with tablet.book.session() as session:
        assert [row.name for row in search_clients(session, "Wu Ting")] == ["Wu Ting"]


def test_a_lost_checkpoint_restarts_from_zero_without_duplicates(office):  # noqa: ANN001
    laptop, tablet = office.device("laptop"), office.device("tablet")
    for number in range(5):
        add_client(laptop, f"Client {number}")
    laptop.sync()
    tablet.sync()
    before = tablet.snapshot()
    with tablet.book.session() as session:
        outbox.write_state(session.connection(), cursor="0")  # the checkpoint is gone
    report = tablet.sync()
    assert report.pulled == 5
    assert differences(tablet.snapshot(), before) == [] and pending(tablet) == 0


def test_a_write_is_not_reverted_when_the_answer_to_its_push_is_lost(office):  # noqa: ANN001
    with proxied(office) as proxy:
        laptop = office.device("laptop", url=proxy.url)
        client_id = add_client(laptop, "Lost Answer")
        laptop.sync()
        set_phone(laptop, client_id, "0911 222 333")
        proxy.plan(DROP_RESPONSE)  # the office commits; the laptop never hears
        with pytest.raises(OfflineError):
            laptop.sync()
        assert pending(laptop) == 1
        laptop.sync()
    with laptop.book.session() as session:
        assert get_client(session, client_id).details.phone == "0911 222 333"
    assert office.snapshot()["clients"][client_id]["phone"] == "0911 222 333"


def test_a_failed_upload_is_retried_on_the_next_sync(office):  # noqa: ANN001
    with proxied(office) as proxy:
        laptop = office.device("laptop", url=proxy.url)
        add_client(laptop, "Retried")
        proxy.plan(STATUS_500)
        with pytest.raises(OfflineError, match="HTTP 500"):
            laptop.sync()
        assert pending(laptop) == 1 and office_rows(office) == 0
        proxy.plan(DROP_REQUEST)
        with pytest.raises(OfflineError):
            laptop.sync()
        laptop.sync()
    assert pending(laptop) == 0 and office_rows(office) == 1


def test_changes_made_offline_survive_closing_the_app(office):  # noqa: ANN001
    laptop = office.device("laptop")
    office.server.stop()  # the laptop is on a plane
    client_id = add_client(laptop, "Made Offline")
    with pytest.raises(OfflineError):
        laptop.sync()
    path = laptop.book.path
    laptop.book.close()
    laptop.book = open_book(path)  # the app opens again the next morning
    office.server.start()  # same port: the office is back
    laptop.sync()
    assert office.snapshot()["clients"][client_id]["name"] == "Made Offline"


def test_a_retried_push_creates_no_duplicates(office):  # noqa: ANN001
    with proxied(office) as proxy:
        laptop = office.device("laptop", url=proxy.url)
        for number in range(3):
            add_client(laptop, f"Once {number}")
        proxy.plan(GARBAGE_AFTER)  # the office committed; the answer arrives mangled
        with pytest.raises(BadAnswerError):
            laptop.sync()
        laptop.sync()
    assert office_rows(office) == 3
    with office.db.read() as session:
        assert session.scalar(select(func.count()).select_from(RecordedMutation)) == 3
    assert len(laptop.snapshot()["clients"]) == 3


def test_re_enrolling_keeps_changes_not_yet_pushed(office):  # noqa: ANN001
    laptop = office.device("laptop")
    laptop.sync()
    client_id = add_client(laptop, "Before The New Code")
    laptop.enroll(office.code())  # e.g. after the office revoked the old token
    assert pending(laptop) == 1
    laptop.sync()
    assert client_id in office.snapshot()["clients"]


def test_a_revoked_device_is_refused_and_keeps_its_changes(office):  # noqa: ANN001
    laptop = office.device("laptop")
    laptop.sync()
    with laptop.book.session() as session:
        device_id = sync_status(session).device_id
    with office.db.write() as session:
        admin.revoke_device(session, device_id)
    add_client(laptop, "Kept")
    with pytest.raises(DeviceRevokedError):
        laptop.sync()
    assert pending(laptop) == 1


def test_an_office_that_answers_too_late_is_offline_and_tried_again(office):  # noqa: ANN001
    with proxied(office) as proxy:
        laptop = office.device("laptop", url=proxy.url)
        add_client(laptop, "Slow")
        proxy.plan(DELAY_RESPONSE(3))
        with pytest.raises(OfflineError, match="in time"):
            laptop.sync(timeout=0.5)
        laptop.sync()
    assert office_rows(office) == 1 and pending(laptop) == 0


def test_garbage_from_the_office_changes_nothing_here(office):  # noqa: ANN001
    laptop = office.device("laptop")
    add_client(laptop, "Here")
    laptop.sync()
    with proxied(office) as proxy:
        tablet = office.device("tablet", url=proxy.url)
        proxy.plan(GARBAGE)  # the first pull
        with pytest.raises(BadAnswerError):
            tablet.sync()
        assert cursor(tablet) == 0 and tablet.snapshot()["clients"] == {}
        tablet.sync()
    assert differences(tablet.snapshot(), office.snapshot()) == []


def test_a_restarted_office_carries_on_where_it_was(office):  # noqa: ANN001
    laptop, tablet = office.device("laptop"), office.device("tablet")
    add_client(laptop, "Before Restart")
    laptop.sync()
    office.server.restart()
    add_client(laptop, "After Restart")
    laptop.sync()
    tablet.sync()
    assert len(tablet.snapshot()["clients"]) == 2


def test_an_app_too_old_for_the_office_is_told_to_update_and_keeps_working(office, monkeypatch):  # noqa: ANN001
    from office_harness import office_subprocess

    from agent_desk.errors import UpdateRequiredError
    from agent_desk.sync import protocol

    with office_subprocess(office.server.db_url) as separate:
        laptop = office.device("laptop", url=separate.url)
        add_client(laptop, "Waits For The Update")
        monkeypatch.setattr(protocol, "PROTOCOL_VERSION", protocol.PROTOCOL_VERSION - 1)  # this app only
        with pytest.raises(UpdateRequiredError, match="update"):
            laptop.sync()
    assert pending(laptop) == 1
    with laptop.book.session() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == 1


def test_a_restored_backup_gets_back_what_the_device_synced_after_it(office, tmp_path):  # noqa: ANN001
    from agent_desk.store.backups import BackupPolicy, restore_backup, take_backup

    laptop = office.device("laptop")
    kept = add_client(laptop, "Lin Wei")
    laptop.sync()
    policy = BackupPolicy(folder=str(tmp_path / "backups"))
    backup, _ = take_backup(laptop.book.path, "manual", policy)
    later = add_client(laptop, "Chen Mei")  # after the backup, and synced: the office has it
    set_phone(laptop, kept, "0911 222 333")
    laptop.sync()
    path = laptop.book.path
    laptop.book.close()
    restore_backup(backup, path, policy)  # the disk died; last week's backup comes back
    laptop.book = open_book(path)
    with laptop.book.session() as session:
        assert session.get(Client, later) is None
    report = laptop.sync()  # its own rows are pulled too this once, though this device wrote them
    assert report.pulled >= 2
    with laptop.book.session() as session:
        assert session.get(Client, later).name == "Chen Mei"
        assert get_client(session, kept).details.phone == "0911 222 333"
        assert outbox.read_state(session.connection(), outbox.PULL_EVERYTHING)[outbox.PULL_EVERYTHING] == ""
    assert differences(laptop.snapshot(), office.snapshot()) == []
