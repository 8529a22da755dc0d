"""A push is worked a batch at a time (read up front, written at the end):
later mutations of a batch see what the earlier ones did, exactly as when
each is pushed alone. And the columns a pull reads instead of the stamps
(`last_hlc`, `sole_writer`) follow every write of the stamps."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from typing import Any

from office_api import DeviceClient, Office, hlc, mutation
from sqlalchemy import select

from agent_desk.office import admin
from agent_desk.office.models import Agent, SyncedRow
from agent_desk.sync.protocol import PullResponse


def _skipping(device: DeviceClient, cursor: int = 0) -> list[str]:
    """The row ids of a pull that leaves out the device's own rows."""
    response = device.http.get("/v1/sync/pull", params={"cursor": cursor, "skip_own": "true"})
    assert response.status_code == 200, response.text
    return [change["row_id"] for change in response.json()["changes"]]


def _office_rows(office: Office, agent_code: str) -> dict[tuple[str, uuid.UUID], SyncedRow]:
    with office.db.read() as session:
        agent_id = session.scalar(select(Agent.id).where(Agent.code == agent_code))
        return {(row.entity, row.row_id): row
                for row in session.scalars(select(SyncedRow).where(SyncedRow.agent_id == agent_id))}


def assert_summaries_follow_the_stamps(office: Office) -> None:
    """Every row's `last_hlc` and `sole_writer` are what its stamps say."""
    with office.db.read() as session:
        rows = session.scalars(select(SyncedRow)).all()
    assert rows
    for row in rows:
        writers = {stamp["d"] for stamp in row.stamps.values()}
        assert row.last_hlc == max(stamp["h"] for stamp in row.stamps.values()), (row.entity, row.row_id)
        assert row.sole_writer == (writers.pop() if len(writers) == 1 else None), (row.entity, row.row_id)


def test_a_row_created_and_edited_in_one_batch_ends_with_the_later_seq(office: Office):
    device = office.device()
    client_id = uuid.uuid4()

    results = device.push(mutation("clients", client_id, {"name": "Chen", "phone": "0911"}, hlc(1)),
                          mutation("clients", client_id, {"phone": "0922", "notes": "met"}, hlc(2)),
                          mutation("clients", client_id, {"phone": "0900"}, hlc(1, "dev-b")))  # older: loses
    [change] = device.pull()["changes"]
    later = device.push(mutation("followups", uuid.uuid4(), {"client_id": str(client_id)}, hlc(3)))

    assert [(r["status"], r["conflicts"]) for r in results[:2]] == [("applied", [])] * 2
    assert results[2]["conflicts"] == [{"field": "phone", "kept": "0922", "lost": "0900",
                                        "lost_hlc": hlc(1, "dev-b"), "winner": "server"}]
    assert change["fields"] == {"name": "Chen", "phone": "0922", "notes": "met"}
    assert change["seq"] == 2 and change["hlc"] == hlc(2)  # the losing edit took no seq
    assert later[0]["status"] == "applied" and device.pull(2)["changes"][0]["seq"] == 3
    stamps = _office_rows(office, device.agent_code)[("clients", client_id)].stamps
    assert {field: stamp["s"] for field, stamp in stamps.items()} == {"name": 1, "phone": 2, "notes": 2}


def test_a_mutation_id_repeated_within_a_batch_gets_the_first_result_and_is_applied_once(office: Office):
    device = office.device()
    client_id, first_id, bad_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    first = mutation("clients", client_id, {"name": "Wang"}, hlc(1), mutation_id=first_id)
    edit = mutation("clients", client_id, {"phone": "0933"}, hlc(2))
    # The same id again, with other content and a later stamp: still the first's result, not applied.
    again = mutation("clients", client_id, {"name": "Wang again", "notes": "x"}, hlc(3), mutation_id=first_id)
    bad = mutation("clients", client_id, {"favourite_colour": "red"}, hlc(4), mutation_id=bad_id)

    results = device.push(first, edit, again, bad, bad)
    replayed = device.push(first, bad)

    assert results[2] == results[0] == replayed[0] == {"mutation_id": str(first_id), "status": "applied",
                                                       "reason": "", "conflicts": []}
    assert results[3] == results[4] == replayed[1] and results[3]["reason"] == "invalid"
    [change] = device.pull()["changes"]
    assert change["fields"] == {"name": "Wang", "phone": "0933"} and change["seq"] == 2


def test_a_child_finds_its_parent_created_earlier_in_the_same_batch(office: Office):
    alice, bob = office.device(), office.device()
    theirs = uuid.uuid4()
    bob.push(mutation("policies", theirs, {"policy_number": "P-B", "holder_id": str(uuid.uuid4())}, hlc(1)))
    client_id, policy, old_policy, claim = uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    alice.push(mutation("clients", client_id, {"name": "Lee"}, hlc(1)),
               mutation("policies", old_policy, {"holder_id": str(client_id)}, hlc(2)))
    early, child, later_child, step, foreign, old_child = (uuid.uuid4() for _ in range(6))

    alice.push(
        mutation("beneficiaries", early, {"policy_id": str(policy)}, hlc(3)),  # before its parent: no owner
        mutation("policies", policy, {"policy_number": "P-A", "holder_id": str(client_id)}, hlc(4)),
        mutation("beneficiaries", child, {"policy_id": str(policy)}, hlc(5)),
        mutation("claims", claim, {"client_id": str(client_id)}, hlc(6)),
        mutation("claim_steps", step, {"claim_id": str(claim), "step": "filed"}, hlc(7)),
        mutation("beneficiaries", foreign, {"policy_id": str(theirs)}, hlc(8)),  # another agent's parent
        mutation("beneficiaries", old_child, {"policy_id": str(old_policy)}, hlc(9)),  # parent of an earlier push
        mutation("beneficiaries", later_child, {"name": "no policy yet"}, hlc(10)),
        mutation("beneficiaries", later_child, {"policy_id": str(policy)}, hlc(11)),  # given one by an edit
        mutation("beneficiaries", early, {"name": "still the same policy"}, hlc(12)),  # owner found now
    )

    owners = {key[1]: row.owner_client for key, row in _office_rows(office, alice.agent_code).items()}
    assert owners[policy] == owners[child] == owners[claim] == owners[step] == client_id
    assert owners[old_child] == owners[later_child] == owners[early] == client_id
    assert owners[foreign] is None
    moved = office.admin(admin.reassign_client, str(client_id), bob.agent_code)
    assert moved.rows_moved == 9  # the client, two policies, four beneficiaries, the claim and its step
    assert str(foreign) in {row_id for _entity, row_id in alice.book()}


def test_a_batch_mixing_another_agents_rows_with_its_own(office: Office):
    alice, bob = office.device(), office.device()
    theirs, mine, new = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    bob.push(mutation("clients", theirs, {"name": "Bob's"}, hlc(1, "bob")))
    alice.push(mutation("clients", mine, {"name": "Alice's"}, hlc(1)))

    results = alice.push(mutation("clients", theirs, {"name": "taken"}, hlc(5)),
                         mutation("clients", mine, {"phone": "0911"}, hlc(6)),
                         mutation("followups", new, {"client_id": str(theirs), "title": "t"}, hlc(7)),
                         mutation("clients", theirs, {"deleted_at": "2026-01-01T00:00:00"}, hlc(8), op="delete"),
                         mutation("clients", mine, {"notes": "n"}, hlc(9)))

    assert [(r["status"], r["reason"]) for r in results] == [
        ("refused", "not_found"), ("applied", ""), ("applied", ""), ("refused", "not_found"), ("applied", "")]
    page = alice.pull()
    assert [(c["row_id"], c["seq"]) for c in page["changes"]] == [(str(new), 3), (str(mine), 4)]
    assert page["changes"][1]["fields"] == {"name": "Alice's", "phone": "0911", "notes": "n"}
    [bobs] = bob.pull()["changes"]
    assert bobs["fields"] == {"name": "Bob's"} and bobs["seq"] == 1
    assert _office_rows(office, alice.agent_code)[("followups", new)].owner_client == theirs  # named directly


def test_skip_own_follows_office_edits_and_other_devices(office: Office):
    laptop = office.device(name="laptop")
    tablet = office.device(laptop.agent_code, name="tablet")
    client_id, policy = uuid.uuid4(), uuid.uuid4()
    laptop.push(mutation("clients", client_id, {"name": "Ho", "phone": "0911"}, hlc(1, "laptop")),
                mutation("policies", policy, {"policy_number": f"P-{policy.hex[:8]}", "holder_id": str(client_id),
                                              "status": "pending"}, hlc(2, "laptop")))
    assert _skipping(laptop) == []

    office.admin(admin.set_policy_status, str(policy), "in_force")
    assert _skipping(laptop) == [str(policy)]  # the office wrote a field of it
    assert set(_skipping(tablet)) == {str(client_id), str(policy)}

    seen = laptop.pull()["next_cursor"]
    tablet.push(mutation("clients", client_id, {"phone": "0922"}, hlc(3, "tablet"), base=seen))
    assert set(_skipping(laptop)) == {str(client_id), str(policy)}
    assert set(_skipping(tablet)) == {str(client_id), str(policy)}  # the laptop wrote the name

    seen = laptop.pull()["next_cursor"]
    laptop.push(mutation("clients", client_id, {"phone": "0933"}, hlc(4, "laptop"), base=seen))
    assert _skipping(laptop) == [str(policy)]  # every field of the client is the laptop's again
    assert _skipping(laptop, seen) == []  # nor does its own edit come back
    assert_summaries_follow_the_stamps(office)


def test_the_columns_a_pull_reads_follow_the_stamps_through_edits_and_moves(office: Office):
    alice, bob = office.device(), office.device()
    client_id, household, member = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    alice.push(mutation("clients", client_id, {"name": "Mover", "phone": "1"}, hlc(1)),
               mutation("households", household, {"name": "Home"}, hlc(2)),
               mutation("household_members", member, {"household_id": str(household),
                                                       "client_id": str(client_id)}, hlc(3)),
               mutation("clients", client_id, {"phone": "2"}, hlc(9, "dev-b")))
    office.admin(admin.reassign_client, str(client_id), bob.agent_code)

    [*_, client] = [c for c in bob.pull()["changes"] if c["row_id"] == str(client_id)]
    row = _office_rows(office, bob.agent_code)[("clients", client_id)]
    assert client["hlc"] == row.last_hlc and row.last_hlc.endswith("-office") and row.sole_writer is None
    assert_summaries_follow_the_stamps(office)


def test_pulled_rows_come_back_exactly_as_pushed(office: Office):
    device = office.device()
    other = office.device(device.agent_code, name="other")
    fields = {"name": 'Lin "Mei" \\ 林美玲 😀', "phone": "\u2028", "smoker": True, "notes": None,
              "birth_date": "1980-02-29", "assigned_agent": "x" * 300}
    later = {"annual_premium": "1234.50", "sum_assured": 10**30, "modal_premium": [1.5, -0.0, 1e300],
             "product_name": {"nested": ["a", {"b": None}], "zh": "終身壽險"}}
    client_id, policy = uuid.uuid4(), uuid.uuid4()
    device.push(mutation("clients", client_id, fields, hlc(1, 'dev "é"\\')),
                mutation("policies", policy, {"policy_number": "P-1"}, hlc(2)),
                mutation("policies", policy, later, hlc(3)))

    page = other.pull()
    parsed = PullResponse.model_validate(page)  # what the app's client checks

    assert [c.op for c in parsed.changes] == ["upsert", "upsert"]
    client, pushed_policy = page["changes"]
    assert client["fields"] == fields and client["hlc"] == hlc(1, 'dev "é"\\')
    assert pushed_policy["fields"] == {"policy_number": "P-1", **later}
    assert other.http.get(f"/v1/sync/rows/clients/{client_id}").json() == client


def test_a_value_equal_in_python_but_not_in_json_is_written(office: Office):
    """True is not 1 (protocol.py); the row is written as merged, not compared
    with what was stored by Python's `==` (1 == True == 1.0)."""
    device = office.device()
    client_id = uuid.uuid4()
    device.push(mutation("clients", client_id, {"smoker": 1, "annual_income": 5}, hlc(1)))

    device.push(mutation("clients", client_id, {"smoker": True, "annual_income": 5.0}, hlc(2)))

    [change] = device.pull()["changes"]
    assert change["fields"] == {"smoker": True, "annual_income": 5.0} and change["seq"] == 2
    assert change["fields"]["smoker"] is True and isinstance(change["fields"]["annual_income"], float)


def test_a_stamp_that_is_not_text_never_reaches_the_rows(office: Office):
    """`last_hlc` is a text column: a lone surrogate in a stamp is turned away with the request."""
    device = office.device()
    body = {"mutations": [mutation("clients", uuid.uuid4(), {"name": "x"}, hlc(1, "dev-\ud800"))]}

    response = device.http.post("/v1/sync/push", content=json.dumps(body).encode(),
                                headers={"Content-Type": "application/json"})

    assert response.status_code == 422 and response.json()["error"] == "invalid"
    assert device.pull()["changes"] == []


# --- one batch against one mutation a push ------------------------------------------------------

def _scenario(ids: dict[str, uuid.UUID]) -> list[dict[str, Any]]:
    """Mutations by name (row and mutation ids from `ids`): creations and edits
    of the same rows, repeats, conflicts, deletes, children and parents."""
    def m(mid: str, entity: str, row: str, fields: dict[str, Any], step: int, node: str = "dev-a",
          **options: Any) -> dict[str, Any]:
        return mutation(entity, ids[row], fields, hlc(step, node), mutation_id=ids[mid], **options)

    def ref(name: str) -> str:
        return str(ids[name])

    return [
        m("m1", "beneficiaries", "ben-early", {"policy_id": ref("pol"), "name": "before its policy"}, 1),
        m("m2", "clients", "cli", {"name": "林美玲", "phone": "0911", "assigned_agent": "X"}, 2),
        m("m3", "clients", "cli", {"phone": "0922", "notes": "same batch"}, 3),
        m("m4", "clients", "cli", {"phone": "0900", "email": "e@x"}, 1, "dev-b"),  # phone loses, email wins
        m("m2", "clients", "cli", {"phone": "replayed"}, 99),
        m("m5", "policies", "pol", {"policy_number": "P-1", "holder_id": ref("cli"), "status": "pending"}, 4),
        m("m6", "beneficiaries", "ben", {"policy_id": ref("pol"), "name": "after its policy"}, 5),
        m("m7", "policies", "pol", {"status": "lapsed", "frequency": "monthly"}, 6),  # office-owned status
        m("m8", "clients", "elsewhere", {"name": "not mine"}, 7),
        m("m9", "beneficiaries", "ben-foreign", {"policy_id": ref("their-policy")}, 7),
        m("m10", "followups", "fu", {"client_id": ref("cli"), "title": "call"}, 8),
        m("m11", "followups", "fu", {"deleted_at": "2026-01-02T03:04:05"}, 10, op="delete"),
        m("m12", "followups", "fu", {"title": "older than the delete"}, 9),
        m("m13", "followups", "fu", {"title": "back again"}, 11),
        m("m14", "clients", "cli", {"favourite_colour": "red"}, 12),
        m("m14", "clients", "cli", {"favourite_colour": "red"}, 12),
        m("m15", "claims", "claim", {"client_id": ref("cli"), "policy_id": ref("pol")}, 13),
        m("m16", "claim_steps", "step", {"claim_id": ref("claim"), "step": "filed"}, 14),
        m("m17", "beneficiaries", "ben", {"policy_id": ref("pol2")}, 15),  # to a policy not there yet
        m("m18", "policies", "pol2", {"holder_id": ref("cli2")}, 16),
        m("m19", "clients", "cli2", {"name": "second"}, 17),
        m("m20", "beneficiaries", "ben", {"name": "renamed"}, 18),  # its owner found again
        m("m21", "beneficiaries", "ben-early", {"name": "renamed too"}, 19),
        m("m22", "clients", "cli", {"phone": "0944", "smoker": True}, 20, "dev-b", base=0),
        m("m23", "clients", "cli", {"smoker": 1}, 21),
    ]


def _normalised(value: Any, names: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {key: _normalised(item, names) for key, item in value.items()}
    if isinstance(value, list):
        return [_normalised(item, names) for item in value]
    if isinstance(value, uuid.UUID):
        value = str(value)
    return names.get(value, value) if isinstance(value, str) else value


def _outcome(office: Office, device: DeviceClient, ids: dict[str, uuid.UUID], results: list[dict[str, Any]]
             ) -> tuple[Any, ...]:
    names = {str(value): name for name, value in ids.items()} | {device.device_id: "device"}
    rows = {(entity, names[str(row_id)]): (row.seq, names.get(str(row.owner_client)), row.last_hlc,
                                           names.get(row.sole_writer), _normalised(row.stamps, names))
            for (entity, row_id), row in _office_rows(office, device.agent_code).items()}
    return (_normalised(results, names), _normalised(device.pull()["changes"], names), rows)


def test_one_batch_does_what_the_same_mutations_pushed_one_at_a_time_do(office: Office):
    owner = office.device()
    shared = {"elsewhere": uuid.uuid4(), "their-policy": uuid.uuid4()}
    owner.push(mutation("clients", shared["elsewhere"], {"name": "theirs"}, hlc(1)),
               mutation("policies", shared["their-policy"], {"holder_id": str(shared["elsewhere"])}, hlc(2)))
    outcomes = []
    for batched in (True, False):
        device = office.device()
        ids: dict[str, uuid.UUID] = defaultdict(uuid.uuid4, shared)
        mutations = _scenario(ids)
        results = device.push(*mutations) if batched else [r for m in mutations for r in device.push(m)]
        outcomes.append(_outcome(office, device, ids, results))

    assert outcomes[0] == outcomes[1]
    results, changes, rows = outcomes[0]
    assert {name for _entity, name in rows} == {"ben-early", "cli", "pol", "ben", "ben-foreign", "fu", "claim",
                                                "step", "pol2", "cli2"}
    assert rows[("beneficiaries", "ben")][1] == "cli2" and rows[("beneficiaries", "ben-early")][1] == "cli"
    assert rows[("beneficiaries", "ben-foreign")][1] is None
    assert [change["seq"] for change in changes] == sorted(row[0] for row in rows.values())
    assert results[4] == results[1] and results[15]["reason"] == "invalid" and results[8]["reason"] == "not_found"
    assert_summaries_follow_the_stamps(office)
