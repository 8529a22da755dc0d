"""The client's timeline of calls, visits, meetings, messages and gifts, on a real book file."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from sqlalchemy import select

from agent_desk.domain.clients import ActivityKind, ClientDetails
from agent_desk.errors import NotFoundError
from agent_desk.services.activities import delete_activity, log_activity, timeline
from agent_desk.services.changes import Changes
from agent_desk.services.clients import create_client, delete_client
from agent_desk.store.book import Book
from agent_desk.store.models import Activity, utcnow

TODAY = date(2025, 6, 1)


@pytest.fixture
def client_id(book: Book) -> uuid.UUID:
    with book.session() as s:
        created, _ = create_client(s, ClientDetails(name="Ann Smith"), today=TODAY)
    return created


def test_a_logged_activity_appears_on_the_timeline(book: Book, client_id: uuid.UUID) -> None:
    at = datetime(2025, 5, 30, 14, 30)
    with book.session() as s:
        activity_id, changes = log_activity(s, client_id, ActivityKind.CALL, "  Asked about the medical rider ",
                                            occurred_at=at, outcome=" call back next week ")
    assert changes == Changes(timelines=frozenset({client_id}))
    with book.session() as s:
        (row,) = timeline(s, client_id)
    assert (row.id, row.kind, row.occurred_at) == (activity_id, ActivityKind.CALL, at)
    assert (row.note, row.outcome) == ("Asked about the medical rider", "call back next week")


def test_an_activity_without_a_time_happened_now(book: Book, client_id: uuid.UUID) -> None:
    before = utcnow()
    with book.session() as s:
        log_activity(s, client_id, ActivityKind.GIFT, "Mooncakes")
    after = utcnow()
    with book.session() as s:
        (row,) = timeline(s, client_id)
    assert before <= row.occurred_at <= after
    assert row.outcome == ""


def test_the_timeline_is_newest_first_whatever_order_things_were_logged(book: Book, client_id: uuid.UUID) -> None:
    logged = [
        (ActivityKind.MEETING, datetime(2025, 3, 1, 10, 0)),
        (ActivityKind.MESSAGE, datetime(2025, 5, 20, 9, 15)),
        (ActivityKind.VISIT, datetime(2024, 12, 24, 18, 0)),
        (ActivityKind.CALL, datetime(2025, 5, 20, 9, 14)),
    ]
    with book.session() as s:
        for kind, at in logged:
            log_activity(s, client_id, kind, occurred_at=at)
    with book.session() as s:
        kinds = [row.kind for row in timeline(s, client_id)]
    assert kinds == [ActivityKind.MESSAGE, ActivityKind.CALL, ActivityKind.MEETING, ActivityKind.VISIT]


def test_the_timeline_is_cut_at_the_limit_keeping_the_newest(book: Book, client_id: uuid.UUID) -> None:
    with book.session() as s:
        for day in range(1, 11):
            log_activity(s, client_id, ActivityKind.CALL, f"day {day}", occurred_at=datetime(2025, 5, day, 12))
    with book.session() as s:
        assert [row.note for row in timeline(s, client_id, limit=3)] == ["day 10", "day 9", "day 8"]


def test_each_client_has_their_own_timeline(book: Book, client_id: uuid.UUID) -> None:
    with book.session() as s:
        other, _ = create_client(s, ClientDetails(name="Bob Jones"), today=TODAY)
        log_activity(s, client_id, ActivityKind.CALL, "for Ann")
        log_activity(s, other, ActivityKind.VISIT, "for Bob")
    with book.session() as s:
        assert [row.note for row in timeline(s, client_id)] == ["for Ann"]
        assert [row.note for row in timeline(s, other)] == ["for Bob"]


def test_a_deleted_activity_leaves_the_timeline_but_is_kept(book: Book, client_id: uuid.UUID) -> None:
    with book.session() as s:
        keep, _ = log_activity(s, client_id, ActivityKind.CALL, "keep", occurred_at=datetime(2025, 5, 1))
        drop, _ = log_activity(s, client_id, ActivityKind.VISIT, "drop", occurred_at=datetime(2025, 5, 2))
    with book.session() as s:
        changes = delete_activity(s, drop)
    assert changes == Changes(timelines=frozenset({client_id}))
    with book.session() as s:
        assert [row.id for row in timeline(s, client_id)] == [keep]
        tombstone = s.get(Activity, drop)
        assert tombstone is not None and tombstone.deleted_at is not None and tombstone.version == 2


def test_deleting_an_activity_twice_or_an_unknown_one_raises_not_found(book: Book, client_id: uuid.UUID) -> None:
    with book.session() as s:
        activity_id, _ = log_activity(s, client_id, ActivityKind.CALL)
    with book.session() as s:
        delete_activity(s, activity_id)
    with pytest.raises(NotFoundError), book.session() as s:
        delete_activity(s, activity_id)
    with pytest.raises(NotFoundError), book.session() as s:
        delete_activity(s, uuid.uuid4())


def test_logging_for_an_unknown_client_raises_not_found_and_writes_nothing(book: Book) -> None:
    with pytest.raises(NotFoundError), book.session() as s:
        log_activity(s, uuid.uuid4(), ActivityKind.CALL, "who?")
    with book.session() as s:
        assert s.scalars(select(Activity)).all() == []


def test_logging_for_a_deleted_client_raises_not_found(book: Book, client_id: uuid.UUID) -> None:
    with book.session() as s:
        delete_client(s, client_id)
    with pytest.raises(NotFoundError), book.session() as s:
        log_activity(s, client_id, ActivityKind.CALL)


def test_a_client_without_activities_has_an_empty_timeline(book: Book, client_id: uuid.UUID) -> None:
    with book.session() as s:
        assert timeline(s, client_id) == []
