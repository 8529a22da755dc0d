"""The office's own edits, through `agent-desk-office`: a policy's status and
moving a client to another agent, seen by both agents' devices as they pull."""

from __future__ import annotations

import json
import uuid

import pytest
from office_api import BASE_MS, DeviceClient, Office, hlc, mutation

from agent_desk.office.cli import main
from agent_desk.office.sync_store import office_stamp


def _office_cli(office: Office, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, object, str]:
    code = main(["--db", office.db_url, *argv, "--json"])
    out, err = capsys.readouterr()
    return code, json.loads(out) if out else None, err


def _rows(device: DeviceClient) -> dict[str, str]:
    """The device's pulled book as {row id: entity}."""
    return {row_id: entity for entity, row_id in device.book()}


def test_a_policy_status_set_by_the_office_reaches_the_agent(office: Office, capsys):  # noqa: ANN001
    device = office.device()
    holder, policy = uuid.uuid4(), uuid.uuid4()
    number = f"P-{uuid.uuid4().hex[:8]}"
    device.push(mutation("clients", holder, {"name": "Ho"}, hlc(1)),
                mutation("policies", policy, {"policy_number": number, "holder_id": str(holder),
                                              "status": "pending"}, hlc(2)))
    cursor = device.pull()["next_cursor"]

    code, change, _ = _office_cli(office, capsys, "set-policy-status", number, "lapsed")
    again, unchanged, _ = _office_cli(office, capsys, "set-policy-status", str(policy), "lapsed")

    assert code == 0 and again == 0
    assert change == {"policy_id": str(policy), "policy_number": number, "agent": device.agent_code,
                      "old_status": "pending", "status": "lapsed", "changed": True}
    assert unchanged["changed"] is False
    [pulled] = device.pull(cursor)["changes"]
    assert pulled["row_id"] == str(policy) and pulled["fields"]["status"] == "lapsed"


def test_policy_status_refusals_name_the_problem(office: Office, capsys):  # noqa: ANN001
    device = office.device()
    number = f"P-{uuid.uuid4().hex[:8]}"
    twins = [mutation("policies", uuid.uuid4(), {"policy_number": number}, hlc(i)) for i in range(2)]
    device.push(*twins)

    for argv, named in ((["set-policy-status", number, "lapsed"], "2 policies have number"),
                        (["set-policy-status", twins[0]["row_id"], "asleep"], "one of pending, in_force"),
                        (["set-policy-status", "P-none", "lapsed"], "No policy has the id or number")):
        code, out, err = _office_cli(office, capsys, *argv)
        assert (code, out) == (2, None)
        assert err.startswith("agent-desk-office: error: ") and named in err and err.count("\n") == 1


def test_a_reassigned_client_moves_with_everything_of_theirs(office: Office, capsys):  # noqa: ANN001
    alice = office.device()
    bob = office.device()
    mover, stayer = uuid.uuid4(), uuid.uuid4()
    own_home, shared_home = uuid.uuid4(), uuid.uuid4()
    policy, claim, plan = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    early_beneficiary = uuid.uuid4()
    moving = {
        "clients": [mover], "households": [own_home],
        "household_members": [uuid.uuid4(), uuid.uuid4()],  # in both homes
        "relationships": [uuid.uuid4()], "policies": [policy], "beneficiaries": [uuid.uuid4(), early_beneficiary],
        "claims": [claim], "claim_steps": [uuid.uuid4()], "plans": [plan], "plan_items": [uuid.uuid4()],
        "followups": [uuid.uuid4()],
    }
    staying = {"clients": [stayer], "households": [shared_home], "household_members": [uuid.uuid4()]}
    m, s = moving, staying
    alice.push(
        mutation("beneficiaries", early_beneficiary, {"policy_id": str(policy), "name": "pushed first"}, hlc(1)),
        mutation("clients", mover, {"name": "Mover", "assigned_agent": alice.agent_code}, hlc(2)),
        mutation("clients", stayer, {"name": "Stayer"}, hlc(3)),
        mutation("households", own_home, {"name": "Mover's flat"}, hlc(4)),
        mutation("households", shared_home, {"name": "Family home"}, hlc(5)),
        mutation("household_members", m["household_members"][0], {"household_id": str(own_home),
                                                                   "client_id": str(mover)}, hlc(6)),
        mutation("household_members", m["household_members"][1], {"household_id": str(shared_home),
                                                                   "client_id": str(mover)}, hlc(7)),
        mutation("household_members", s["household_members"][0], {"household_id": str(shared_home),
                                                                  "client_id": str(stayer)}, hlc(8)),
        mutation("relationships", m["relationships"][0], {"from_client_id": str(mover),
                                                          "to_client_id": str(stayer), "kind": "sibling"}, hlc(9)),
        mutation("policies", policy, {"policy_number": "P-M", "holder_id": str(mover)}, hlc(10)),
        mutation("beneficiaries", m["beneficiaries"][0], {"policy_id": str(policy)}, hlc(11)),
        mutation("claims", claim, {"client_id": str(mover), "policy_id": str(policy)}, hlc(12)),
        mutation("claim_steps", m["claim_steps"][0], {"claim_id": str(claim), "step": "filed"}, hlc(13)),
        mutation("plans", plan, {"client_id": str(mover)}, hlc(14)),
        mutation("plan_items", m["plan_items"][0], {"plan_id": str(plan)}, hlc(15)),
        mutation("followups", m["followups"][0], {"client_id": str(mover), "title": "call"}, hlc(16)),
    )
    alice_cursor = alice.pull()["next_cursor"]

    code, moved, _ = _office_cli(office, capsys, "reassign-client", str(mover), bob.agent_code)

    assert code == 0
    assert moved == {"client_id": str(mover), "from_agent": alice.agent_code, "to_agent": bob.agent_code,
                     "rows_moved": sum(len(ids) for ids in moving.values())}
    removed = alice.pull(alice_cursor)["changes"]
    assert {c["op"] for c in removed} == {"remove"}
    assert {c["row_id"] for c in removed} == {str(i) for ids in moving.values() for i in ids}
    assert removed[-1]["row_id"] == str(mover)  # children leave before their client
    assert _rows(alice) == {str(i): entity for entity, ids in staying.items() for i in ids}
    assert _rows(bob) == {str(i): entity for entity, ids in moving.items() for i in ids}
    client = bob.http.get(f"/v1/sync/rows/clients/{mover}").json()
    assert client["fields"]["assigned_agent"] == bob.agent_code and client["hlc"].endswith("-office")

    stale = alice.push(mutation("clients", mover, {"phone": "0900"}, hlc(30)))
    fresh = bob.push(mutation("clients", mover, {"phone": "0911"}, hlc(31, "bob")))
    assert (stale[0]["status"], stale[0]["reason"]) == ("refused", "not_found")
    assert fresh[0]["status"] == "applied"
    assert alice.http.get(f"/v1/sync/rows/clients/{mover}").status_code == 404

    code, back, _ = _office_cli(office, capsys, "reassign-client", str(mover), alice.agent_code)
    assert code == 0 and back["rows_moved"] == moved["rows_moved"]
    assert _rows(alice)[str(mover)] == "clients" and str(mover) not in _rows(bob)


def test_reassign_refusals_name_the_problem(office: Office, capsys):  # noqa: ANN001
    device = office.device()
    client = uuid.uuid4()
    device.push(mutation("clients", client, {"name": "Kept"}, hlc(1)))

    for argv, named in ((["reassign-client", str(client), "NOBODY"], "no agent with code 'NOBODY'"),
                        (["reassign-client", str(uuid.uuid4()), device.agent_code], "There is no clients row"),
                        (["reassign-client", "client-7", device.agent_code], "must be a UUID")):
        code, out, err = _office_cli(office, capsys, *argv)
        assert (code, out) == (2, None) and named in err


def test_agents_and_devices_are_administered_from_the_command_line(office: Office, capsys):  # noqa: ANN001
    agent = f"A{uuid.uuid4().hex[:8]}"

    code, added, _ = _office_cli(office, capsys, "add-agent", agent, "林美玲")
    laptop = DeviceClient.enroll(office.url, added["enrolment_code"], "laptop")
    _, second, _ = _office_cli(office, capsys, "new-code", agent)
    DeviceClient.enroll(office.url, second["enrolment_code"], "phone").close()
    _, listed, _ = _office_cli(office, capsys, "list-devices", agent)
    _, revoked, _ = _office_cli(office, capsys, "revoke-device", laptop.device_id)
    duplicate = _office_cli(office, capsys, "add-agent", agent, "Again")

    assert code == 0 and added["agent"] == agent and second["agent"] == agent
    assert added["enrolment_code"] != second["enrolment_code"]
    assert [(d["name"], d["revoked_at"]) for d in listed] == [("laptop", None), ("phone", None)]
    assert revoked["id"] == laptop.device_id and revoked["revoked_at"]
    assert laptop.http.get("/v1/sync/pull").json()["error"] == "revoked"
    assert duplicate[0] == 2 and "exists already" in duplicate[2]
    laptop.close()

    assert main(["--db", office.db_url, "list-devices", agent]) == 0
    plain = capsys.readouterr().out.splitlines()
    assert len(plain) == 2 and "revoked" in plain[0] and "active" in plain[1]


def test_an_office_stamp_sorts_after_every_stamp_even_a_clock_that_runs_ahead():
    ahead = f"{BASE_MS + 60_000:013d}-00007-zz-device"

    behind_device = office_stamp([hlc(1), ahead], now_ms=BASE_MS)
    after_device = office_stamp([hlc(1)], now_ms=BASE_MS + 5)

    assert behind_device == f"{BASE_MS + 60_000:013d}-00008-office" and behind_device > ahead
    assert after_device == f"{BASE_MS + 5:013d}-00000-office" > hlc(1)
    assert office_stamp([], now_ms=BASE_MS) == f"{BASE_MS:013d}-00000-office"
