"""Many writers at once: every push is one transaction in the agent's order,
so a device pulling meanwhile never skips a change that commits later."""

from __future__ import annotations

import threading
import uuid

from office_api import DeviceClient, Office, hlc, mutation

WRITERS, BATCHES = 4, 12


def test_concurrent_pushes_are_pulled_completely_and_in_order(office: Office):
    agent = office.new_agent()
    writers = [office.device(agent, name=f"writer-{i}") for i in range(WRITERS)]
    reader = office.device(agent, name="reader")
    shared = uuid.uuid4()
    writers[0].push(mutation("clients", shared, {"name": "Shared", "notes": ""}, hlc(0, "writer-0")))
    pushed: list[str] = []
    seen: dict[str, int] = {}
    seqs: list[int] = []
    done = threading.Event()
    errors: list[BaseException] = []

    def write(index: int, device: DeviceClient) -> None:
        try:
            for batch in range(BATCHES):
                ids = [uuid.uuid4(), uuid.uuid4()]
                pushed.extend(str(i) for i in ids)
                stamp = hlc(1 + batch * WRITERS + index, f"writer-{index}")
                device.push(*[mutation("followups", i, {"title": f"{index}/{batch}"}, stamp) for i in ids],
                            mutation("clients", shared, {"notes": stamp}, stamp))
        except BaseException as exc:  # noqa: BLE001 - reported by the test thread
            errors.append(exc)

    def read() -> None:
        cursor = 0
        while True:
            finished = done.is_set()  # read before pulling: a last pull after the writers finished
            page = reader.pull(cursor, limit=7)
            for change in page["changes"]:
                seen[change["row_id"]] = change["seq"]
                seqs.append(change["seq"])
            cursor = page["next_cursor"]
            if finished and not page["has_more"]:
                return

    threads = [threading.Thread(target=write, args=(i, d)) for i, d in enumerate(writers)]
    puller = threading.Thread(target=read)
    for thread in [*threads, puller]:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    puller.join(timeout=60)

    assert not errors, errors
    assert set(pushed) <= set(seen)
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    last = hlc(WRITERS * BATCHES, f"writer-{WRITERS - 1}")
    assert reader.http.get(f"/v1/sync/rows/clients/{shared}").json()["fields"]["notes"] == last
