"""Enrolment, tokens and the protocol gate of the office API."""

from __future__ import annotations

from datetime import timedelta

import httpx
from office_api import NO_TLS, Office
from office_harness import enrolment_code
from sqlalchemy import select, text

from agent_desk.office import admin
from agent_desk.office.auth import secret_hash
from agent_desk.office.models import Device, EnrolmentCode
from agent_desk.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

PROTOCOL = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


def _enroll(office: Office, code: str) -> httpx.Response:
    return httpx.post(f"{office.url}/v1/enroll", json={"code": code, "device_name": "desk"}, headers=PROTOCOL,
                      **NO_TLS)


def test_enrolment_code_works_once_and_only_its_hash_is_kept(office: Office):
    agent = office.new_agent()
    code = enrolment_code(office.db, agent)
    assert len(code) == 14 and code.count("-") == 2

    first = _enroll(office, code.lower().replace("-", " "))  # typed sloppily: still the code
    again = _enroll(office, code)

    assert first.status_code == 200
    assert first.json()["agent_code"] == agent
    assert again.status_code == 403
    assert again.json()["error"] == "bad_code"
    token = first.json()["token"]
    with office.db.read() as session:
        stored = session.scalars(select(EnrolmentCode).where(EnrolmentCode.code_hash == secret_hash(
            code.replace("-", "")))).one()
        device = session.get_one(Device, stored.device_id)
        codes = " ".join(str(value) for row in session.execute(text("SELECT * FROM enrolment_codes"))
                         for value in row)
        devices = " ".join(str(value) for row in session.execute(text("SELECT * FROM devices")) for value in row)
        assert device.token_hash == secret_hash(token)
        assert code.replace("-", "") not in codes and code not in codes
        assert token not in devices


def test_unknown_and_expired_codes_are_refused(office: Office):
    agent = office.new_agent()
    code = enrolment_code(office.db, agent)
    with office.db.write() as session:
        stored = session.get_one(EnrolmentCode, secret_hash(code.replace("-", "")))
        stored.expires_at -= timedelta(days=8)

    assert _enroll(office, code).json()["error"] == "bad_code"
    assert _enroll(office, "ABCD-EFGH-JKMN").status_code == 403


def test_revoked_device_is_refused_and_others_keep_working(office: Office):
    laptop = office.device(name="laptop")
    tablet = office.device(laptop.agent_code, name="tablet")

    revoked = office.admin(admin.revoke_device, laptop.device_id)

    assert revoked.revoked_at is not None
    refused = laptop.http.get("/v1/sync/pull")
    assert refused.status_code == 401
    assert refused.json()["error"] == "revoked"
    assert tablet.pull()["changes"] == []
    listed = {d.name: d for d in office.admin(admin.list_devices, laptop.agent_code)}
    assert listed["laptop"].revoked_at is not None and listed["tablet"].revoked_at is None


def test_unknown_or_missing_token_is_unauthorized(office: Office):
    for headers in ({"Authorization": "Bearer not-a-token"}, {}):
        response = httpx.get(f"{office.url}/v1/sync/pull", headers=PROTOCOL | headers, **NO_TLS)
        assert response.status_code == 401
        assert response.json()["error"] == "unauthorized"


def test_missing_or_old_protocol_is_told_to_update(office: Office):
    device = office.device()
    for header in ({}, {PROTOCOL_HEADER: "0"}):
        response = httpx.get(f"{office.url}/v1/sync/pull", headers={"Authorization": f"Bearer {device.token}"}
                             | header, **NO_TLS)
        body = response.json()
        assert response.status_code == 426
        assert body["error"] == "protocol"
        assert body["server_protocol"] == PROTOCOL_VERSION
        assert f"protocol {PROTOCOL_VERSION}" in body["message"]
        assert "please update Agent Desk; your work stays on this computer" in body["message"]
    assert "'0'" in response.json()["message"]
    assert httpx.get(f"{office.url}/v1/health", **NO_TLS).status_code == 200  # health needs no header


def test_a_device_name_is_kept_for_the_office(office: Office):
    device = office.device(name="Front desk 前台")
    [info] = office.admin(admin.list_devices, device.agent_code)
    assert info.name == "Front desk 前台" and str(info.id) == device.device_id
