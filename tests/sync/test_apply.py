"""Applying the office's changes: rows arrive whole, the agent's values still
waiting to be pushed are kept, and nothing applied reaches the outbox."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from agent_desk.services.clients import ClientDetails, create_client, get_client, search_clients, update_client
from agent_desk.store.models import FollowUp, Policy, SyncOutbox
from agent_desk.sync import outbox
from agent_desk.sync.apply import apply_page, settle_search, unchecked_session
from agent_desk.sync.hlc import Stamp
from agent_desk.sync.protocol import Change

TODAY = date(2026, 12, 7)


def office_client(row_id: uuid.UUID, **fields) -> Change:  # noqa: ANN003
    values = {"name": "Lin Wei", "name_local": "林偉", "phone": "0922 000 111", "stage": "active",
              "created_at": "2026-01-02T03:04:05", "deleted_at": None, **fields}
    return Change(seq=1, entity="clients", row_id=row_id, op="upsert", fields=values,
                  hlc=str(Stamp(1_900_000_000_000, 0, "office")))


def apply(book, *changes: Change):  # noqa: ANN001, ANN201
    """One page, then its search rows, as a pull does."""
    with unchecked_session(book) as session:
        connection = session.connection()
        report = apply_page(session, list(changes), outbox.clock_for(connection))
    with book.session() as session:
        settle_search(session, report.searched)
    return report


def outbox_rows(book) -> list[SyncOutbox]:  # noqa: ANN001
    with book.session() as session:
        return list(session.scalars(select(SyncOutbox)))


def test_a_client_from_the_office_is_in_the_book_and_found_by_search(book):  # noqa: ANN001
    with book.session() as session:
        outbox.write_state(session.connection(), server_url="http://office.invalid")
    client_id = uuid.uuid4()
    report = apply(book, office_client(client_id))
    assert report.applied == 1 and client_id in report.changes().clients
    with book.session() as session:
        assert get_client(session, client_id).details.name_local == "林偉"
        assert [row.id for row in search_clients(session, "林偉")] == [client_id]
        assert [row.id for row in search_clients(session, "Lin")] == [client_id]
    assert outbox_rows(book) == []  # what came from the office does not go back up


def test_the_clock_moves_past_every_stamp_it_received(book):  # noqa: ANN001
    apply(book, office_client(uuid.uuid4()))
    with book.session() as session:
        clock = outbox.clock_for(session.connection())
    assert str(clock.now()) > str(Stamp(1_900_000_000_000, 0, "office"))


def test_a_field_waiting_to_be_pushed_keeps_the_agents_value(book):  # noqa: ANN001
    with book.session() as session:
        outbox.write_state(session.connection(), server_url="http://office.invalid")
        client_id, _ = create_client(session, ClientDetails(name="Lin Wei", phone="0900 000 000"), today=TODAY)
    with book.session() as session:
        session.execute(SyncOutbox.__table__.delete())  # as after a push: the office has the new client
        update_client(session, client_id, ClientDetails(name="Lin Wei", phone="0911 111 111"), today=TODAY)
    report = apply(book, office_client(client_id, phone="0922 222 222", notes="from the office"))
    assert report.skipped_fields >= 1
    with book.session() as session:
        details = get_client(session, client_id).details
    assert details.phone == "0911 111 111"  # the agent's, still to be pushed
    assert details.notes == "from the office"


def test_a_page_may_bring_a_policy_before_its_client(book):  # noqa: ANN001
    client_id, policy_id = uuid.uuid4(), uuid.uuid4()
    policy = Change(seq=1, entity="policies", row_id=policy_id, op="upsert", hlc=str(Stamp(1, 0, "x")),
                    fields={"policy_number": "L-1", "holder_id": str(client_id), "insured_id": str(client_id),
                            "product_code": "TERM20", "annual_premium": "12000.50", "status": "in_force"})
    apply(book, policy)
    apply(book, office_client(client_id))
    with book.session() as session:
        stored = session.get(Policy, policy_id)
        assert stored.annual_premium == __import__("decimal").Decimal("12000.50")
        assert [row.id for row in search_clients(session, "L-1")] == [client_id]


def test_a_removed_client_leaves_the_book_and_search(book):  # noqa: ANN001
    client_id = uuid.uuid4()
    apply(book, office_client(client_id))
    report = apply(book, Change(seq=2, entity="clients", row_id=client_id, op="remove"))
    assert report.removed == 1
    with book.session() as session:
        assert search_clients(session, "林偉") == []


def test_unknown_entities_and_fields_from_a_newer_office_are_skipped(book):  # noqa: ANN001
    client_id = uuid.uuid4()
    report = apply(book, office_client(client_id, shoe_size=42),
                   Change(seq=3, entity="spaceships", row_id=uuid.uuid4(), op="upsert", fields={}))
    assert report.applied == 1 and report.unknown == 2


def followup(row_id: uuid.UUID, client_id: uuid.UUID) -> Change:
    return Change(seq=5, entity="followups", row_id=row_id, op="upsert", hlc=str(Stamp(2, 0, "x")),
                  fields={"client_id": str(client_id), "kind": "birthday", "title": "Birthday",
                          "due_date": "2027-01-01", "status": "open", "rule_key": "birthday:abc:2027"})


def test_two_devices_tasks_of_one_rule_occasion_settle_on_the_smaller_id(book):  # noqa: ANN001
    with book.session() as session:
        outbox.write_state(session.connection(), server_url="http://office.invalid")
    client_id = uuid.uuid4()
    apply(book, office_client(client_id))
    low, high = sorted([uuid.uuid4(), uuid.uuid4()], key=str)
    apply(book, followup(high, client_id))
    apply(book, followup(low, client_id))  # arrives second, wins the key
    with book.session() as session:
        keyed = session.scalars(select(FollowUp).where(FollowUp.rule_key.is_not(None))).all()
        retired = session.get(FollowUp, high)
    assert [row.id for row in keyed] == [low]
    assert retired.deleted_at is not None and retired.status == "void"
    assert [row.row_id for row in outbox_rows(book)] == [high]  # the office hears the retirement
    apply(book, followup(high, client_id))  # the office's older view of it comes back: still retired
    with book.session() as session:
        assert [row.id for row in session.scalars(select(FollowUp).where(FollowUp.rule_key.is_not(None)))] == [low]
