"""Many random schedules of edits, syncs, network faults and office restarts
on two devices of one agent: afterwards everyone holds the same book, with no
row lost and none twice."""

from __future__ import annotations

import random
import shutil
import uuid
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faultproxy import DROP_REQUEST, DROP_RESPONSE, GARBAGE, GARBAGE_AFTER, PASS, STATUS_500, FaultProxy
from office_harness import OfficeServer, enrolment_code
from sync_devices import Device, book_snapshot, differences

from agent_desk.errors import SyncError
from agent_desk.office.db import open_office_db
from agent_desk.services.clients import (
    ClientDetails,
    create_client,
    delete_client,
    get_client,
    restore_client,
    update_client,
)
from agent_desk.services.sync import sync_status
from agent_desk.store.book import open_book
from agent_desk.store.models import Client

TODAY = date(2026, 12, 7)
FAULTS = [PASS] * 5 + [DROP_REQUEST, DROP_RESPONSE, STATUS_500, GARBAGE, GARBAGE_AFTER]

step = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 1)),
    st.tuples(st.just("phone"), st.integers(0, 1), st.integers(0, 50)),
    st.tuples(st.just("notes"), st.integers(0, 1), st.integers(0, 50)),
    st.tuples(st.just("delete"), st.integers(0, 1), st.integers(0, 50)),
    st.tuples(st.just("restore"), st.integers(0, 1), st.integers(0, 50)),
    st.tuples(st.just("sync"), st.integers(0, 1)),
    st.tuples(st.just("restart")),
)


def _pick(device: Device, index: int, deleted: bool | None = None) -> uuid.UUID | None:
    with device.book.session() as session:
        query = session.query(Client.id).order_by(Client.id)
        if deleted is not None:
            query = query.filter(Client.deleted_at.is_not(None) if deleted else Client.deleted_at.is_(None))
        ids = [row.id for row in query]
    return ids[index % len(ids)] if ids else None


def _edit(device: Device, client_id: uuid.UUID, **changes: str) -> None:
    with device.book.session() as session:
        details = get_client(session, client_id).details
        update_client(session, client_id, details.__class__(**{**details.__dict__, **changes}), today=TODAY)


def _run(step_: tuple, devices: list[Device], server: OfficeServer, added: list[uuid.UUID]) -> None:
    kind = step_[0]
    if kind == "restart":
        server.restart()
        return
    device = devices[step_[1]]
    if kind == "sync":
        try:
            device.sync(timeout=2.0)
        except SyncError:
            pass  # the network failed: nothing is lost, the next sync carries on
        return
    if kind == "add":
        with device.book.session() as session:
            client_id, _ = create_client(session, ClientDetails(name=f"Client {len(added)}"), today=TODAY)
        added.append(client_id)
        return
    client_id = _pick(device, step_[2], deleted=(kind == "restore") if kind in ("delete", "restore") else False)
    if client_id is None:
        return
    with device.book.session() as session:
        if kind == "delete":
            delete_client(session, client_id)
        elif kind == "restore":
            restore_client(session, client_id)
    if kind == "phone":
        _edit(device, client_id, phone=f"09{step_[2]:02d} {step_[1]}00 000")
    elif kind == "notes":
        _edit(device, client_id, notes=f"note {step_[2]} from device {step_[1]}")


@pytest.mark.slow
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(schedule=st.lists(step, min_size=4, max_size=30), seed=st.integers(0, 2**16))
def test_random_schedules_converge_with_nothing_lost_or_doubled(schedule, seed, tmp_path_factory,  # noqa: ANN001
                                                                migrated_template: Path) -> None:
    folder = tmp_path_factory.mktemp("schedule")
    url = f"sqlite:///{folder / 'office.sqlite3'}"
    office_db = open_office_db(url)
    faults = random.Random(seed)
    devices: list[Device] = []
    with OfficeServer(url) as server, FaultProxy(server.url) as proxy:
        try:
            for name in ("laptop", "tablet"):
                shutil.copyfile(migrated_template, folder / f"{name}.sqlite3")
                device = Device(name, open_book(folder / f"{name}.sqlite3"), proxy.url)
                device.enroll(enrolment_code(office_db, "A001"))
                devices.append(device)
            proxy.policy = lambda _index, _method, _path: faults.choice(FAULTS)
            added: list[uuid.UUID] = []
            for step_ in schedule:
                _run(step_, devices, server, added)
                proxy.set_target(server.url)
            proxy.policy = None  # the network heals
            for _round in range(3):
                for device in devices:
                    device.sync(timeout=5.0)
            laptop, tablet = (book_snapshot(device.book) for device in devices)
            for device in devices:
                with device.book.session() as session:
                    assert sync_status(session).pending == 0
            assert differences(laptop, tablet) == []
            from sync_devices import Office

            office = Office(server, office_db, folder, enrolment_code)
            assert differences(laptop, office.snapshot()) == []
            assert sorted(laptop["clients"], key=str) == sorted(added, key=str)  # none lost, none twice
        finally:
            for device in devices:
                device.close()
            office_db.dispose()
