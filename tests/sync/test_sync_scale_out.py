"""Two office processes over one PostgreSQL, as behind a load balancer: two
devices of one agent sync through different processes at the same time and
converge, with no duplicates and no change skipped by a cursor."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest

from office_harness import enrolment_code, need_pg, office_subprocess, pg_schema
from sync_devices import Office, differences

from agent_desk.office.db import open_office_db
from agent_desk.services.clients import ClientDetails, create_client

TODAY = date(2026, 12, 7)


def add_clients(device, prefix: str, count: int) -> None:  # noqa: ANN001
    with device.book.session() as session:
        for number in range(count):
            create_client(session, ClientDetails(name=f"{prefix} {number}"), today=TODAY)


@pytest.mark.slow
def test_two_office_processes_over_one_postgresql_converge(tmp_path: Path) -> None:
    need_pg()
    with pg_schema() as url:
        db = open_office_db(url)  # the tables, before two processes race to make them
        try:
            with office_subprocess(url) as first, office_subprocess(url) as second:
                office = Office(first, db, tmp_path, enrolment_code)
                laptop = office.device("laptop", url=first.url)
                tablet = office.device("tablet", url=second.url)
                try:
                    with ThreadPoolExecutor(max_workers=2) as pool:
                        for round_ in range(4):
                            add_clients(laptop, f"Laptop {round_}", 40)
                            add_clients(tablet, f"Tablet {round_}", 40)
                            # push_batch 10: many interleaved transactions of one agent in two processes
                            for future in [pool.submit(device.sync, push_batch=10, pull_limit=25)
                                           for device in (laptop, tablet)]:
                                future.result()
                    for device in (laptop, tablet, laptop):
                        device.sync()
                    expected = office.snapshot()
                    assert len(expected["clients"]) == 320
                    assert differences(laptop.snapshot(), expected) == []
                    assert differences(tablet.snapshot(), expected) == []
                finally:
                    office.close()
        finally:
            db.dispose()
