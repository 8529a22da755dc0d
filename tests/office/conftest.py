"""The office under test: a real server on 127.0.0.1 over SQLite and over
PostgreSQL. Tests share one server per module and backend, each with agents
of its own (agents cannot see each other, which the isolation tests prove)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from office_api import Office
from office_harness import OfficeServer, office_database, office_db_url  # noqa: F401

from agent_desk.office.db import open_office_db


@pytest.fixture(autouse=True)
def office_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real office data dir."""
    home = tmp_path / "office-home"
    monkeypatch.setenv("AGENT_DESK_OFFICE_HOME", str(home))
    return home


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def office(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    with office_database(request.param, tmp_path_factory.mktemp("office")) as url, OfficeServer(url) as server:
        db = open_office_db(url)
        running = Office(server.url, url, db)
        yield running
        for device in running.devices:
            device.close()
        db.dispose()
