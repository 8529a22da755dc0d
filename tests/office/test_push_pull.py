"""Push and pull: round trips, replays, per-field last-writer-wins with its
conflict reports, deletes, office-owned fields, paging and isolation."""

from __future__ import annotations

import uuid

from office_api import DeviceClient, Office, hlc, mutation

from agent_desk.office import admin
from agent_desk.sync.protocol import MAX_PULL_LIMIT


def _client(device: DeviceClient, stamp: str, **fields: object) -> uuid.UUID:
    row_id = uuid.uuid4()
    [result] = device.push(mutation("clients", row_id, {"name": "Chen Mei", "phone": "0911", **fields}, stamp))
    assert result["status"] == "applied", result
    return row_id


def _row(device: DeviceClient, entity: str, row_id: uuid.UUID) -> dict:
    response = device.http.get(f"/v1/sync/rows/{entity}/{row_id}")
    assert response.status_code == 200, response.text
    return response.json()


def test_a_pushed_row_reaches_the_agents_other_device(office: Office):
    laptop = office.device(name="laptop")
    tablet = office.device(laptop.agent_code, name="tablet")
    client_id = _client(laptop, hlc(1), birth_date="1980-02-29")
    policy_id = uuid.uuid4()
    laptop.push(mutation("policies", policy_id, {"policy_number": "P-1", "holder_id": str(client_id),
                                                 "annual_premium": "1234.50"}, hlc(2)))

    page = tablet.pull()

    assert [c["entity"] for c in page["changes"]] == ["clients", "policies"]
    client, policy = page["changes"]
    assert client["fields"] == {"name": "Chen Mei", "phone": "0911", "birth_date": "1980-02-29"}
    assert client["op"] == "upsert" and client["hlc"] == hlc(1)
    assert policy["fields"]["annual_premium"] == "1234.50"
    assert page["next_cursor"] == policy["seq"] > client["seq"] and page["has_more"] is False
    assert _row(tablet, "policies", policy_id)["fields"]["holder_id"] == str(client_id)
    assert tablet.pull(page["next_cursor"]) == {"changes": [], "next_cursor": page["next_cursor"],
                                                "has_more": False}


def test_a_device_asking_to_skip_its_own_rows_is_not_sent_back_what_it_pushed(office: Office):
    laptop = office.device(name="laptop")
    tablet = office.device(laptop.agent_code, name="tablet")
    mine, shared = _client(laptop, hlc(1)), _client(laptop, hlc(2))
    tablet.push(mutation("clients", shared, {"notes": "seen by the tablet"}, hlc(3, node="dev-b")))

    def skipping(device: DeviceClient) -> dict:
        response = device.http.get("/v1/sync/pull", params={"cursor": 0, "skip_own": "true"})
        assert response.status_code == 200, response.text
        return response.json()

    page = skipping(laptop)
    assert [change["row_id"] for change in page["changes"]] == [str(shared)]  # the tablet wrote a field of it
    assert page["next_cursor"] == laptop.pull()["next_cursor"]  # the cursor passes the skipped row
    assert {change["row_id"] for change in skipping(tablet)["changes"]} == {str(mine), str(shared)}
    assert str(mine) in {change["row_id"] for change in laptop.pull()["changes"]}  # without the flag: all


def test_a_replayed_batch_gets_the_same_results_and_changes_nothing(office: Office):
    device = office.device()
    other = office.device(device.agent_code, name="other")
    client_id = _client(other, hlc(10))
    batch = [mutation("clients", client_id, {"phone": "0922"}, hlc(5)),  # older: loses, reported
             mutation("clients", uuid.uuid4(), {"name": "Lin"}, hlc(6))]

    first = device.push(*batch)
    cursor = device.pull()["next_cursor"]
    again = device.push(*batch)

    assert again == first
    assert first[0]["conflicts"][0]["winner"] == "server"
    assert device.pull()["next_cursor"] == cursor
    assert len(device.book()) == 2


def test_a_mutation_repeated_within_a_batch_is_applied_once(office: Office):
    device = office.device()
    once = mutation("clients", uuid.uuid4(), {"name": "Wang"}, hlc(1))

    results = device.push(once, once)

    assert results[0] == results[1]
    assert len(device.pull()["changes"]) == 1


def test_fields_merge_independently_and_the_later_stamp_wins(office: Office):
    laptop = office.device(name="laptop")
    tablet = office.device(laptop.agent_code, name="tablet")
    client_id = _client(laptop, hlc(1, "laptop"))
    base = laptop.pull()["next_cursor"]

    phone = laptop.push(mutation("clients", client_id, {"phone": "0933"}, hlc(5, "laptop"), base=base))
    email = tablet.push(mutation("clients", client_id, {"email": "mei@example.com"}, hlc(3, "tablet"), base=base))
    stale = tablet.push(mutation("clients", client_id, {"phone": "0944"}, hlc(4, "tablet"), base=base))

    assert phone[0]["conflicts"] == [] and email[0]["conflicts"] == []
    assert stale[0]["status"] == "applied"
    assert stale[0]["conflicts"] == [{"field": "phone", "kept": "0933", "lost": "0944", "lost_hlc": hlc(4, "tablet"),
                                      "winner": "server"}]
    fields = _row(laptop, "clients", client_id)["fields"]
    assert fields["phone"] == "0933" and fields["email"] == "mei@example.com"


def test_a_later_edit_over_an_unseen_one_wins_and_reports_what_it_replaced(office: Office):
    laptop = office.device(name="laptop")
    tablet = office.device(laptop.agent_code, name="tablet")
    client_id = _client(laptop, hlc(1, "laptop"))
    seen = laptop.pull()["next_cursor"]
    laptop.push(mutation("clients", client_id, {"phone": "0955"}, hlc(2, "laptop"), base=seen))

    # The tablet edited offline later, having pulled only the creation.
    unseen = tablet.push(mutation("clients", client_id, {"phone": "0966"}, hlc(3, "tablet"), base=seen))
    # After pulling the tablet's write, the laptop's next edit is no conflict.
    after = laptop.pull()["next_cursor"]
    informed = laptop.push(mutation("clients", client_id, {"phone": "0977"}, hlc(4, "laptop"), base=after))
    # Its own earlier write is never a conflict either.
    own = laptop.push(mutation("clients", client_id, {"phone": "0988"}, hlc(5, "laptop"), base=seen))

    assert unseen[0]["conflicts"] == [{"field": "phone", "kept": "0966", "lost": "0955",
                                       "lost_hlc": hlc(2, "laptop"), "winner": "device"}]
    assert informed[0]["conflicts"] == [] and own[0]["conflicts"] == []
    assert _row(tablet, "clients", client_id)["fields"]["phone"] == "0988"


def test_json_equality_decides_what_differs(office: Office):
    device = office.device()
    other = office.device(device.agent_code, name="other")
    client_id = _client(other, hlc(10), smoker=True)

    same = device.push(mutation("clients", client_id, {"smoker": True}, hlc(5)))
    one = device.push(mutation("clients", client_id, {"smoker": 1}, hlc(6)))

    assert same[0]["conflicts"] == []
    assert one[0]["conflicts"][0]["kept"] is True and one[0]["conflicts"][0]["lost"] == 1


def test_office_owned_fields_are_taken_at_creation_then_only_the_office_changes_them(office: Office):
    device = office.device()
    client_id = _client(device, hlc(1))
    policy_id = uuid.uuid4()
    device.push(mutation("policies", policy_id, {"policy_number": "P-9", "holder_id": str(client_id),
                                                 "status": "pending"}, hlc(2)))
    cursor = device.pull()["next_cursor"]

    pushed = device.push(mutation("policies", policy_id, {"status": "lapsed", "frequency": "monthly"}, hlc(3),
                                  base=cursor))
    change = office.admin(admin.set_policy_status, str(policy_id), "in_force")
    later = device.push(mutation("policies", policy_id, {"status": "pending"}, hlc(99_000_000), base=cursor))

    assert pushed[0]["conflicts"] == [{"field": "status", "kept": "pending", "lost": "lapsed", "lost_hlc": hlc(3),
                                       "winner": "office"}]
    assert change.changed and change.old_status == "pending" and change.agent == device.agent_code
    assert later[0]["conflicts"][0]["winner"] == "office" and later[0]["conflicts"][0]["kept"] == "in_force"
    policy = device.pull(cursor)["changes"][-1]
    assert policy["fields"]["status"] == "in_force" and policy["fields"]["frequency"] == "monthly"
    assert policy["hlc"].endswith("-office") and policy["hlc"] > hlc(3)


def test_a_delete_wins_over_older_edits_and_a_newer_edit_brings_the_row_back(office: Office):
    device = office.device()
    client_id = _client(device, hlc(1))

    device.push(mutation("clients", client_id, {"deleted_at": "2026-01-02T03:04:05"}, hlc(10), op="delete"))
    older = device.push(mutation("clients", client_id, {"phone": "0999"}, hlc(5, "tablet")))
    deleted = _row(device, "clients", client_id)["fields"]
    device.push(mutation("clients", client_id, {"notes": "back again"}, hlc(20)))
    revived = _row(device, "clients", client_id)["fields"]
    late_delete = device.push(mutation("clients", client_id, {"deleted_at": "2026-01-01T00:00:00"}, hlc(15),
                                       op="delete"))

    assert older[0]["status"] == "applied" and older[0]["conflicts"] == []
    assert deleted["deleted_at"] == "2026-01-02T03:04:05" and deleted["phone"] == "0999"
    assert revived["deleted_at"] is None and revived["notes"] == "back again"
    assert late_delete[0]["conflicts"][0]["winner"] == "server"
    assert _row(device, "clients", client_id)["fields"]["deleted_at"] is None


def test_mutations_the_book_does_not_allow_are_refused_as_invalid(office: Office):
    device = office.device()
    row_id = uuid.uuid4()
    bad = [mutation("secrets", row_id, {"name": "x"}, hlc(1)),
           mutation("clients", row_id, {"sort_name": "x"}, hlc(1)),  # derived on each device
           mutation("clients", row_id, {"version": 3}, hlc(1)),  # local bookkeeping
           mutation("clients", row_id, {"id": str(row_id)}, hlc(1)),
           mutation("clients", row_id, {"favourite_colour": "red"}, hlc(1)),
           mutation("clients", row_id, {"name": "x"}, "yesterday"),
           mutation("clients", row_id, {"name": "x"}, hlc(1), op="delete"),
           mutation("clients", row_id, {}, hlc(1))]

    results = device.push(*bad)

    assert [(r["status"], r["reason"]) for r in results] == [("refused", "invalid")] * len(bad)
    assert device.pull()["changes"] == []


def test_pull_pages_and_resumes_from_its_cursor(office: Office):
    device = office.device()
    device.push(*[mutation("followups", uuid.uuid4(), {"title": f"call {i}"}, hlc(i)) for i in range(25)])

    pages, cursor, more = [], 0, True
    while more:
        page = device.pull(cursor, limit=10)
        pages.append(len(page["changes"]))
        cursor, more = page["next_cursor"], page["has_more"]
    device.push(mutation("followups", uuid.uuid4(), {"title": "call 25"}, hlc(25)))
    resumed = device.pull(cursor, limit=10)

    assert pages == [10, 10, 5]
    assert [c["fields"]["title"] for c in resumed["changes"]] == ["call 25"]
    for params in ({"limit": MAX_PULL_LIMIT + 1}, {"limit": 0}, {"cursor": -1}, {"cursor": "soon"}):
        response = device.http.get("/v1/sync/pull", params=params)
        assert response.status_code == 422 and response.json()["error"] == "invalid"


def test_an_agent_can_neither_read_nor_write_another_agents_book(office: Office):
    alice = office.device()
    bob = office.device()
    client_id = _client(alice, hlc(1))

    read = bob.http.get(f"/v1/sync/rows/clients/{client_id}")
    write = bob.push(mutation("clients", client_id, {"name": "Bob's now"}, hlc(50, "bob")))

    assert read.status_code == 404 and read.json()["error"] == "not_found"
    assert (write[0]["status"], write[0]["reason"]) == ("refused", "not_found")
    assert bob.pull()["changes"] == []
    assert _row(alice, "clients", client_id)["fields"]["name"] == "Chen Mei"
    for path in ("/v1/sync/rows/secrets/x", f"/v1/sync/rows/policies/{client_id}", "/v1/sync/rows/clients/42"):
        assert alice.http.get(path).status_code == 404
