"""Devices (real book files) syncing with a real office on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from office_harness import OfficeServer, enrolment_code, office_database
from sync_devices import Office

from agent_desk.office.db import open_office_db


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    """An office over a SQLite file, served in this process."""
    with office_database("sqlite", tmp_path) as url:
        db = open_office_db(url)
        with OfficeServer(url) as server:
            office = Office(server, db, tmp_path, enrolment_code)
            yield office
            office.close()
        db.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Office]:
    """The same, over SQLite and over a fresh PostgreSQL schema."""
    with office_database(request.param, tmp_path) as url:
        db = open_office_db(url)
        with OfficeServer(url) as server:
            office = Office(server, db, tmp_path, enrolment_code)
            yield office
            office.close()
        db.dispose()


@pytest.fixture(autouse=True)
def _devices_copy_the_template(monkeypatch: pytest.MonkeyPatch, migrated_template: Path) -> None:
    monkeypatch.setattr("sync_devices.TEMPLATE", migrated_template)
