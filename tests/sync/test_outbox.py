"""Every local change of a synced row reaches the outbox in its own
transaction, once the book is enrolled; nothing before that."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from agent_desk.services.clients import ClientDetails, create_client, delete_client, update_client
from agent_desk.services.demo import create_demo_book
from agent_desk.services.followup_regeneration import regenerate_followups, rule_task_id
from agent_desk.store.models import FollowUp, SyncOutbox
from agent_desk.sync import codec, outbox, protocol
from agent_desk.sync.hlc import Stamp

TODAY = date(2026, 12, 7)


def enrol_locally(book) -> None:  # noqa: ANN001
    """What enrolment leaves in the book, without an office."""
    with book.session() as session:
        outbox.write_state(session.connection(), server_url="http://office.invalid", cursor="7")


def queued(book) -> list[SyncOutbox]:  # noqa: ANN001
    with book.session() as session:
        return list(session.scalars(select(SyncOutbox).order_by(SyncOutbox.seq)))


def add_client(book, name: str = "Chen Mei") -> uuid.UUID:  # noqa: ANN001
    with book.session() as session:
        client_id, _ = create_client(session, ClientDetails(name=name, name_local="陳美", phone="0912 345 678"),
                                     today=TODAY)
    return client_id


def test_a_book_not_enrolled_queues_nothing(book):  # noqa: ANN001
    add_client(book)
    assert queued(book) == []


def test_a_new_client_is_queued_whole_without_local_fields(book):  # noqa: ANN001
    enrol_locally(book)
    client_id = add_client(book)
    [mutation] = queued(book)
    assert (mutation.entity, mutation.row_id, mutation.operation) == ("clients", client_id, "upsert")
    assert mutation.fields["name_local"] == "陳美" and mutation.fields["phone"] == "0912 345 678"
    assert not {"sort_name", "tier", "tier_basis", "version", "updated_at", "id"} & mutation.fields.keys()
    assert mutation.base == 7  # the pull cursor when the change was made
    with book.session() as session:
        node = outbox.read_state(session.connection(), outbox.NODE_ID)[outbox.NODE_ID]
    assert Stamp.parse(mutation.hlc).node == node


def test_an_edit_queues_only_the_fields_it_changed(book):  # noqa: ANN001
    enrol_locally(book)
    client_id = add_client(book)
    with book.session() as session:
        update_client(session, client_id, ClientDetails(name="Chen Mei", name_local="陳美", phone="0987 654 321"),
                      today=TODAY)
    first, second = queued(book)
    assert second.fields == {"phone": "0987 654 321"}
    assert second.hlc > first.hlc


def test_a_delete_is_queued_as_a_tombstone(book):  # noqa: ANN001
    enrol_locally(book)
    client_id = add_client(book)
    with book.session() as session:
        delete_client(session, client_id)
    last = queued(book)[-1]
    assert last.operation == "delete" and set(last.fields) == {"deleted_at"} and last.fields["deleted_at"]


def test_a_change_rolled_back_leaves_no_outbox_row(book):  # noqa: ANN001
    enrol_locally(book)
    with pytest.raises(RuntimeError), book.session() as session:
        create_client(session, ClientDetails(name="Never Saved"), today=TODAY)
        raise RuntimeError("the agent's action failed after the write")
    assert queued(book) == []


def test_regenerated_followups_are_queued_with_ids_from_their_rule(book):  # noqa: ANN001
    with book.session() as session:
        create_demo_book(session, clients=15, seed=3, today=TODAY)
    enrol_locally(book)
    with book.session() as session:
        session.execute(FollowUp.__table__.delete())  # all due again: regeneration writes them anew
    with book.session() as session:
        report, _ = regenerate_followups(session, TODAY)
    assert report.created > 0
    rows = [row for row in queued(book) if row.entity == "followups"]
    assert len(rows) == report.created
    for row in rows:
        assert row.row_id == rule_task_id(row.fields["rule_key"])


def test_queueing_the_whole_book_covers_every_synced_row(book):  # noqa: ANN001
    with book.session() as session:
        create_demo_book(session, clients=12, seed=5, today=TODAY)
    with book.session() as session:
        count = outbox.queue_whole_book(session)
        expected = {entity: session.query(codec.table(entity)).count() for entity in protocol.ENTITIES}
    rows = queued(book)
    assert count == len(rows) == sum(expected.values())
    for entity, total in expected.items():
        assert sum(1 for row in rows if row.entity == entity) == total


def test_a_row_stamped_in_the_future_is_queued_no_later_than_now(book):  # noqa: ANN001
    from datetime import timedelta

    from agent_desk.store.models import utcnow
    from agent_desk.sync.hlc import wall_clock_ms

    client_id = add_client(book)
    with book.session() as session:  # e.g. a demo appointment later today, or a clock set wrong
        session.execute(codec.table("clients").update().values(updated_at=utcnow() + timedelta(days=3)))
        outbox.queue_whole_book(session)
    [row] = [row for row in queued(book) if row.row_id == client_id]
    assert Stamp.parse(row.hlc).physical_ms <= wall_clock_ms()
