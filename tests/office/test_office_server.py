"""The home-office server runs as a real process on 127.0.0.1; several of
them can serve one PostgreSQL database side by side."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import httpx
import pytest
from office_api import NO_TLS, DeviceClient, hlc, mutation
from office_harness import (
    OfficeProcess,
    OfficeServer,
    enrolment_code,
    free_port,
    need_pg,
    office_subprocess,
    pg_schema,
)


def test_office_serve_answers_health_and_openapi(tmp_path: Path):
    with office_subprocess(f"sqlite:///{tmp_path / 'serve.sqlite3'}") as office:
        health = httpx.get(f"{office.url}/v1/health", timeout=5, **NO_TLS)
        spec = httpx.get(f"{office.url}/openapi.json", timeout=5, **NO_TLS).json()

    assert health.status_code == 200
    assert health.json()["status"] == "ok" and health.json()["protocol"] == 1
    assert {"/v1/health", "/v1/enroll", "/v1/sync/push", "/v1/sync/pull", "/v1/sync/rows/{entity}/{row_id}",
            "/v1/catalogs/current"} <= set(spec["paths"])


def test_admin_commands_use_the_office_data_dir_by_default(office_home: Path):
    result = subprocess.run([sys.executable, "-m", "agent_desk.office", "add-agent", "A7", "Wu Jia", "--json"],
                            capture_output=True, text=True, timeout=60)
    bad = subprocess.run([sys.executable, "-m", "agent_desk.office", "new-code", "NOBODY"],
                         capture_output=True, text=True, timeout=60)

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["agent"] == "A7"
    assert (office_home / "office.sqlite3").exists()
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr == "agent-desk-office: error: There is no agent with code 'NOBODY'.\n"


def test_two_server_processes_share_one_postgresql_database():
    need_pg()
    with pg_schema() as db_url:
        first, second = OfficeProcess(db_url), OfficeProcess(db_url)  # starting side by side
        try:
            first.wait_ready()
            second.wait_ready()
            changes, pushed = _push_through_both(db_url, first.url, second.url)
        finally:
            first.close()
            second.close()

    assert sorted(c["row_id"] for c in changes) == sorted(pushed)
    assert [c["seq"] for c in changes] == list(range(1, 21))


def _push_through_both(db_url: str, first_url: str, second_url: str) -> tuple[list[dict], list[str]]:
    """One device pushing through both servers at once: what it then pulls, and what it pushed."""
    one = DeviceClient.enroll(first_url, enrolment_code(db_url, "A1"), "one")
    two = DeviceClient(second_url, {"token": one.token, "device_id": one.device_id, "agent_code": "A1"})
    pushed: list[str] = []

    def write(device: DeviceClient, node: str) -> None:
        for step in range(10):
            row_id = uuid.uuid4()
            pushed.append(str(row_id))
            device.push(mutation("followups", row_id, {"title": node}, hlc(step, node)))

    threads = [threading.Thread(target=write, args=(d, n)) for d, n in ((one, "one"), (two, "two"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    changes = one.pull()["changes"]
    one.close()
    two.close()
    return changes, pushed


def test_a_restarted_office_answers_on_the_same_address_with_its_data(office_db_url: str):
    with OfficeServer(office_db_url) as office:
        device = DeviceClient.enroll(office.url, enrolment_code(office_db_url, "A1"))
        device.push(mutation("clients", uuid.uuid4(), {"name": "Kept"}, hlc(1)))
        url = office.url
        office.restart()

        assert office.url == url
        assert [c["fields"]["name"] for c in device.pull()["changes"]] == ["Kept"]
        device.close()


def test_an_unreachable_postgresql_skips_loudly_unless_required(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("AGENT_DESK_TEST_PG", f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/test")
    monkeypatch.delenv("AGENT_DESK_REQUIRE_PG", raising=False)  # as on a laptop; CI's .ci/run sets it
    with pytest.raises(pytest.skip.Exception, match="unreachable.*NOT TESTED"):
        need_pg()
    monkeypatch.setenv("AGENT_DESK_REQUIRE_PG", "1")
    with pytest.raises(pytest.fail.Exception, match="AGENT_DESK_REQUIRE_PG=1"):
        need_pg()
