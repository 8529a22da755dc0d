"""Client use cases on a real book file: create, read, edit, delete and undo,
the sorted and filtered list, and who referred whom."""

from __future__ import annotations

import time
import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from agent_desk.domain.clients import ClientDetails, LifecycleStage, Sex, Tier
from agent_desk.errors import NotFoundError, ValidationError
from agent_desk.services.changes import Changes
from agent_desk.services.clients import (
    ClientQuery,
    ClientSort,
    count_clients,
    create_client,
    delete_client,
    get_client,
    is_book_empty,
    list_clients,
    referrals_of,
    restore_client,
    search_clients,
    set_referred_by,
    update_client,
)
from agent_desk.store.book import Book
from agent_desk.store.models import Client, ClientSearchDoc

TODAY = date(2025, 6, 1)


def add(book: Book, name: str = "", **fields: object) -> uuid.UUID:
    with book.session() as s:
        client_id, _ = create_client(s, ClientDetails(name=name, **fields), today=TODAY)  # type: ignore[arg-type]
    return client_id


def names(book: Book, query: ClientQuery = ClientQuery(), offset: int = 0, limit: int = 200) -> list[str]:
    with book.session() as s:
        return [row.display_name for row in list_clients(s, query, offset=offset, limit=limit)]


def rows_in_table(book: Book, model: type) -> int:
    with book.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


FULL = ClientDetails(
    name="Wang Xiaoming", name_local="王小明", sex=Sex.MALE, birth_date=date(1985, 2, 28), phone="0912-345-678",
    email="xm.wang@example.com", address="1 Zhongshan Rd, Taipei", occupation="Engineer", occupation_class=2,
    annual_income=Decimal("1200000.50"), smoker=True, stage=LifecycleStage.ACTIVE, tier=Tier.A,
    consent_marketing=True, notes="Two children",
)


# --- create, read, edit --------------------------------------------------------------

def test_a_new_book_is_empty(book: Book) -> None:
    with book.session() as s:
        assert is_book_empty(s)
        assert count_clients(s) == 0
        assert list_clients(s) == []


def test_a_created_client_reads_back_with_every_detail(book: Book) -> None:
    with book.session() as s:
        client_id, changes = create_client(s, FULL, today=TODAY)
    assert changes == Changes(clients=frozenset({client_id}), client_list=True)
    with book.session() as s:
        record = get_client(s, client_id)
        assert not is_book_empty(s)
    assert record.id == client_id
    assert record.details == FULL
    assert record.details.annual_income == Decimal("1200000.50")
    assert record.referred_by is None
    assert record.deleted is False
    assert record.created_at <= record.updated_at


def test_created_details_are_trimmed(book: Book) -> None:
    client_id = add(book, "  Ann Smith ", phone=" 0912345678 ")
    with book.session() as s:
        details = get_client(s, client_id).details
    assert (details.name, details.phone) == ("Ann Smith", "0912345678")


def test_marketing_consent_is_timestamped_when_given(book: Book) -> None:
    without = add(book, "Ann")
    with_consent = add(book, "Bob", consent_marketing=True)
    with book.session() as s:
        assert s.get(Client, without).consent_recorded_at is None  # type: ignore[union-attr]
        assert s.get(Client, with_consent).consent_recorded_at is not None  # type: ignore[union-attr]
    with book.session() as s:
        update_client(s, without, ClientDetails(name="Ann", consent_marketing=True), today=TODAY)
    with book.session() as s:
        assert s.get(Client, without).consent_recorded_at is not None  # type: ignore[union-attr]


def test_an_update_replaces_the_details_and_bumps_the_version(book: Book) -> None:
    client_id = add(book, "Ann Smith", phone="0912345678", tier=Tier.C)
    with book.session() as s:
        before = s.get(Client, client_id)
        version, updated_at = before.version, before.updated_at  # type: ignore[union-attr]
    time.sleep(0.002)
    new = ClientDetails(name="Ann Jones", name_local="安", tier=Tier.A, stage=LifecycleStage.NEW)
    with book.session() as s:
        changes = update_client(s, client_id, new, today=TODAY)
    assert changes == Changes(clients=frozenset({client_id}), client_list=True)
    with book.session() as s:
        record = get_client(s, client_id)
        stored = s.get(Client, client_id)
        assert stored.version == version + 1  # type: ignore[union-attr]
        assert stored.sort_name == "安 ann jones"  # type: ignore[union-attr]
    assert record.details == replace(new, tier=Tier.C)  # the tier is computed: an edit leaves it alone
    assert record.updated_at > updated_at


def test_reading_an_unknown_client_raises_not_found(book: Book) -> None:
    with book.session() as s, pytest.raises(NotFoundError):
        get_client(s, uuid.uuid4())


def test_updating_an_unknown_client_raises_not_found(book: Book) -> None:
    with book.session() as s, pytest.raises(NotFoundError):
        update_client(s, uuid.uuid4(), ClientDetails(name="Ann"), today=TODAY)


# --- validation -----------------------------------------------------------------------

def test_an_invalid_client_is_refused_naming_the_fields_and_nothing_is_written(book: Book) -> None:
    bad = ClientDetails(name="", name_local="", email="nope", phone="12", occupation_class=9,
                        birth_date=date(2030, 1, 1), annual_income=Decimal("-5"))
    with pytest.raises(ValidationError) as caught, book.session() as s:
        create_client(s, bad, today=TODAY)
    assert set(caught.value.problems) == {"name", "email", "phone", "occupation_class", "birth_date",
                                          "annual_income"}
    assert rows_in_table(book, Client) == 0
    assert rows_in_table(book, ClientSearchDoc) == 0


def test_an_invalid_update_is_refused_and_the_client_is_unchanged(book: Book) -> None:
    client_id = add(book, "Ann Smith", email="ann@example.com")
    with pytest.raises(ValidationError) as caught, book.session() as s:
        update_client(s, client_id, ClientDetails(name="Ann Jones", email="not-an-email"), today=TODAY)
    assert set(caught.value.problems) == {"email"}
    with book.session() as s:
        record = get_client(s, client_id)
        assert s.get(Client, client_id).version == 1  # type: ignore[union-attr]
    assert (record.details.name, record.details.email) == ("Ann Smith", "ann@example.com")
    with book.session() as s:
        assert [row.id for row in search_clients(s, "smith")] == [client_id]
        assert search_clients(s, "jones") == []


def test_the_birth_date_is_checked_against_the_given_day(book: Book) -> None:
    with pytest.raises(ValidationError) as caught, book.session() as s:
        create_client(s, ClientDetails(name="Ann", birth_date=date(2025, 6, 2)), today=TODAY)
    assert set(caught.value.problems) == {"birth_date"}


# --- delete and restore ---------------------------------------------------------------

def test_a_deleted_client_leaves_the_list_but_can_still_be_read(book: Book) -> None:
    client_id = add(book, "Ann Smith")
    add(book, "Bob Jones")
    with book.session() as s:
        changes = delete_client(s, client_id)
    assert changes == Changes(clients=frozenset({client_id}), client_list=True)
    assert names(book) == ["Bob Jones"]
    with book.session() as s:
        assert count_clients(s) == 1
        record = get_client(s, client_id)
        stored = s.get(Client, client_id)
        assert stored is not None and stored.deleted_at is not None and stored.version == 2
    assert record.deleted is True


def test_a_deleted_client_cannot_be_edited_or_deleted_again(book: Book) -> None:
    client_id = add(book, "Ann Smith")
    with book.session() as s:
        delete_client(s, client_id)
    with book.session() as s, pytest.raises(NotFoundError):
        update_client(s, client_id, ClientDetails(name="Ann Jones"), today=TODAY)
    with book.session() as s, pytest.raises(NotFoundError):
        delete_client(s, client_id)


def test_restoring_a_deleted_client_brings_it_back(book: Book) -> None:
    client_id = add(book, "Ann Smith")
    with book.session() as s:
        delete_client(s, client_id)
    with book.session() as s:
        changes = restore_client(s, client_id)
    assert changes == Changes(clients=frozenset({client_id}), client_list=True)
    assert names(book) == ["Ann Smith"]
    with book.session() as s:
        assert get_client(s, client_id).deleted is False
        assert s.get(Client, client_id).version == 3  # type: ignore[union-attr]


def test_deleting_or_restoring_an_unknown_client_raises_not_found(book: Book) -> None:
    with book.session() as s, pytest.raises(NotFoundError):
        delete_client(s, uuid.uuid4())
    with book.session() as s, pytest.raises(NotFoundError):
        restore_client(s, uuid.uuid4())


# --- the list: sorting --------------------------------------------------------------

@pytest.fixture
def crowd(book: Book) -> Book:
    """Five clients made one after another (so `updated` follows this order)."""
    add(book, "Carol", birth_date=date(1990, 5, 1), tier=Tier.B, stage=LifecycleStage.ACTIVE)
    time.sleep(0.002)
    add(book, "alice", birth_date=date(1970, 1, 1), tier=Tier.A, stage=LifecycleStage.PROSPECT)
    time.sleep(0.002)
    add(book, "Bob", tier=None, stage=LifecycleStage.LOST)
    time.sleep(0.002)
    add(book, "Dave", birth_date=date(2000, 12, 31), tier=Tier.C, stage=LifecycleStage.NEW)
    time.sleep(0.002)
    add(book, "", name_local="王小明", tier=Tier.A, stage=LifecycleStage.DORMANT)
    return book


def test_the_list_is_sorted_by_name_ignoring_case_by_default(crowd: Book) -> None:
    assert names(crowd) == ["alice", "Bob", "Carol", "Dave", "王小明"]


def test_the_list_sorted_by_name_descending(crowd: Book) -> None:
    assert names(crowd, ClientQuery(sort=ClientSort.NAME, descending=True)) == ["王小明", "Dave", "Carol", "Bob",
                                                                                 "alice"]


def test_sorting_by_age_puts_the_youngest_first_and_unknown_birth_dates_last(crowd: Book) -> None:
    assert names(crowd, ClientQuery(sort=ClientSort.AGE)) == ["Dave", "Carol", "alice", "Bob", "王小明"]


def test_sorting_by_age_descending_puts_the_oldest_first_and_unknown_birth_dates_still_last(crowd: Book) -> None:
    assert names(crowd, ClientQuery(sort=ClientSort.AGE, descending=True)) == ["alice", "Carol", "Dave", "Bob",
                                                                               "王小明"]


def test_sorting_by_tier_puts_a_first_and_clients_without_tier_last(crowd: Book) -> None:
    assert names(crowd, ClientQuery(sort=ClientSort.TIER)) == ["alice", "王小明", "Carol", "Dave", "Bob"]


def test_sorting_by_tier_descending_still_puts_clients_without_tier_last(crowd: Book) -> None:
    assert names(crowd, ClientQuery(sort=ClientSort.TIER, descending=True)) == ["Dave", "Carol", "alice", "王小明",
                                                                                "Bob"]


def test_sorting_by_stage_follows_the_lifecycle(crowd: Book) -> None:
    # prospect → new → active → dormant → lost, whatever the stage codes spell.
    assert names(crowd, ClientQuery(sort=ClientSort.STAGE)) == ["alice", "Dave", "Carol", "王小明", "Bob"]


def test_sorting_by_stage_descending_reverses_the_lifecycle(crowd: Book) -> None:
    assert names(crowd, ClientQuery(sort=ClientSort.STAGE, descending=True)) == ["Bob", "王小明", "Carol", "Dave",
                                                                                 "alice"]


def test_sorting_by_updated_puts_the_least_recently_changed_first(crowd: Book) -> None:
    assert names(crowd, ClientQuery(sort=ClientSort.UPDATED)) == ["Carol", "alice", "Bob", "Dave", "王小明"]


def test_sorting_by_updated_descending_puts_the_latest_change_first(crowd: Book) -> None:
    with crowd.session() as s:
        (carol,) = [row for row in list_clients(s) if row.name == "Carol"]
    time.sleep(0.002)
    with crowd.session() as s:
        update_client(s, carol.id, ClientDetails(name="Carol", notes="called"), today=TODAY)
    assert names(crowd, ClientQuery(sort=ClientSort.UPDATED, descending=True)) == ["Carol", "王小明", "Dave", "Bob",
                                                                                   "alice"]


def test_clients_sorting_equal_are_ordered_by_name(book: Book) -> None:
    for name in ["Cleo", "Abe", "Bea"]:
        add(book, name, tier=Tier.B)
    assert names(book, ClientQuery(sort=ClientSort.TIER)) == ["Abe", "Bea", "Cleo"]


# --- the list: filters and paging -----------------------------------------------------

def test_filtering_by_stage(crowd: Book) -> None:
    assert names(crowd, ClientQuery(stage=LifecycleStage.ACTIVE)) == ["Carol"]
    with crowd.session() as s:
        assert count_clients(s, ClientQuery(stage=LifecycleStage.LOST)) == 1


def test_filtering_by_tier(crowd: Book) -> None:
    assert names(crowd, ClientQuery(tier=Tier.A)) == ["alice", "王小明"]


def test_stage_tier_and_text_filters_combine(book: Book) -> None:
    add(book, "Ann Smith", tier=Tier.A, stage=LifecycleStage.ACTIVE)
    add(book, "Ann Jones", tier=Tier.A, stage=LifecycleStage.PROSPECT)
    add(book, "Bob Smith", tier=Tier.B, stage=LifecycleStage.ACTIVE)
    add(book, "Ann Smithers", tier=Tier.B, stage=LifecycleStage.ACTIVE)
    assert names(book, ClientQuery(text="ann", tier=Tier.A)) == ["Ann Jones", "Ann Smith"]
    assert names(book, ClientQuery(text="smith", stage=LifecycleStage.ACTIVE)) == ["Ann Smith", "Ann Smithers",
                                                                                  "Bob Smith"]
    assert names(book, ClientQuery(text="smith", stage=LifecycleStage.ACTIVE, tier=Tier.B)) == ["Ann Smithers",
                                                                                               "Bob Smith"]
    assert names(book, ClientQuery(text="ann smith", stage=LifecycleStage.ACTIVE, tier=Tier.A)) == ["Ann Smith"]
    with book.session() as s:
        assert count_clients(s, ClientQuery(text="smith", stage=LifecycleStage.ACTIVE, tier=Tier.B)) == 2
        assert count_clients(s, ClientQuery(text="zzz")) == 0


def test_deleted_clients_are_neither_listed_nor_counted(crowd: Book) -> None:
    with crowd.session() as s:
        (bob,) = [row for row in list_clients(s) if row.name == "Bob"]
        delete_client(s, bob.id)
    assert "Bob" not in names(crowd, ClientQuery(sort=ClientSort.TIER))
    with crowd.session() as s:
        assert count_clients(s) == 4
        assert count_clients(s, ClientQuery(stage=LifecycleStage.LOST)) == 0


def test_the_list_is_paged_with_offset_and_limit(crowd: Book) -> None:
    assert names(crowd, limit=2) == ["alice", "Bob"]
    assert names(crowd, offset=2, limit=2) == ["Carol", "Dave"]
    assert names(crowd, offset=4, limit=2) == ["王小明"]
    assert names(crowd, offset=5, limit=2) == []
    with crowd.session() as s:
        assert count_clients(s) == 5


def test_pages_of_a_sorted_list_neither_repeat_nor_skip_clients(book: Book) -> None:
    for index in range(23):
        add(book, f"Client {index:02d}", tier=[Tier.A, Tier.B, None][index % 3],
            birth_date=None if index % 4 == 0 else date(1960 + index, 1, 1))
    for sort in ClientSort:
        for descending in (False, True):
            query = ClientQuery(sort=sort, descending=descending)
            paged = [name for start in range(0, 23, 5) for name in names(book, query, offset=start, limit=5)]
            assert paged == names(book, query), (sort, descending)
            assert sorted(paged) == sorted(f"Client {index:02d}" for index in range(23))


def test_list_rows_carry_what_the_list_shows(book: Book) -> None:
    client_id = add(book, "Wang Xiaoming", name_local="王小明", birth_date=date(1985, 6, 2), phone="0912345678",
                    email="xm@example.com", tier=Tier.B, stage=LifecycleStage.NEW)
    with book.session() as s:
        (row,) = list_clients(s)
    assert row.id == client_id
    assert row.display_name == "王小明 Wang Xiaoming"
    assert (row.phone, row.email, row.tier, row.stage) == ("0912345678", "xm@example.com", Tier.B,
                                                           LifecycleStage.NEW)
    assert row.age(TODAY) == 39
    assert row.age(date(2025, 6, 2)) == 40


def test_a_list_row_without_birth_date_has_no_age(book: Book) -> None:
    add(book, "Ann")
    with book.session() as s:
        (row,) = list_clients(s)
    assert row.age(TODAY) is None


# --- referrals ------------------------------------------------------------------------

def test_a_client_can_be_created_as_referred_by_another(book: Book) -> None:
    ann = add(book, "Ann")
    with book.session() as s:
        bob, _ = create_client(s, ClientDetails(name="Bob"), today=TODAY, referred_by=ann)
    with book.session() as s:
        record = get_client(s, bob)
        assert [row.name for row in referrals_of(s, ann)] == ["Bob"]
    assert record.referred_by is not None and record.referred_by.id == ann


def test_creating_a_client_referred_by_an_unknown_or_deleted_client_is_refused(book: Book) -> None:
    ann = add(book, "Ann")
    with book.session() as s:
        delete_client(s, ann)
    for referrer in (uuid.uuid4(), ann):
        with pytest.raises(NotFoundError), book.session() as s:
            create_client(s, ClientDetails(name="Bob"), today=TODAY, referred_by=referrer)
    with book.session() as s:
        assert s.scalar(select(func.count()).select_from(Client)) == 1


def test_setting_who_referred_a_client(book: Book) -> None:
    ann, bob = add(book, "Ann"), add(book, "Bob")
    with book.session() as s:
        changes = set_referred_by(s, bob, ann)
    assert changes == Changes(clients=frozenset({ann, bob}), relationships=True)
    with book.session() as s:
        assert get_client(s, bob).referred_by.id == ann  # type: ignore[union-attr]
        assert s.get(Client, bob).version == 2  # type: ignore[union-attr]
        assert [row.id for row in referrals_of(s, ann)] == [bob]
        assert referrals_of(s, bob) == []


def test_clearing_who_referred_a_client(book: Book) -> None:
    ann, bob = add(book, "Ann"), add(book, "Bob")
    with book.session() as s:
        set_referred_by(s, bob, ann)
    with book.session() as s:
        changes = set_referred_by(s, bob, None)
    assert changes == Changes(clients=frozenset({bob}), relationships=True)
    with book.session() as s:
        assert get_client(s, bob).referred_by is None
        assert referrals_of(s, ann) == []


def test_a_client_cannot_refer_themselves(book: Book) -> None:
    ann = add(book, "Ann")
    with pytest.raises(ValidationError) as caught, book.session() as s:
        set_referred_by(s, ann, ann)
    assert set(caught.value.problems) == {"referred_by"}


def test_a_referral_chain_may_not_loop_back(book: Book) -> None:
    ann, bob, cleo = add(book, "Ann"), add(book, "Bob"), add(book, "Cleo")
    with book.session() as s:
        set_referred_by(s, bob, ann)  # Ann referred Bob
        set_referred_by(s, cleo, bob)  # Bob referred Cleo
    with pytest.raises(ValidationError) as caught, book.session() as s:
        set_referred_by(s, ann, cleo)  # Cleo referring Ann would close the loop
    assert set(caught.value.problems) == {"referred_by"}
    with book.session() as s:
        assert get_client(s, ann).referred_by is None
        assert s.get(Client, ann).version == 1  # type: ignore[union-attr]


def test_a_longer_chain_without_a_loop_is_accepted(book: Book) -> None:
    ann, bob, cleo, dan = add(book, "Ann"), add(book, "Bob"), add(book, "Cleo"), add(book, "Dan")
    with book.session() as s:
        set_referred_by(s, bob, ann)
        set_referred_by(s, cleo, bob)
        set_referred_by(s, dan, bob)
        set_referred_by(s, cleo, dan)  # Dan now referred Cleo: still no loop
    with book.session() as s:
        assert [row.name for row in referrals_of(s, bob)] == ["Dan"]
        assert [row.name for row in referrals_of(s, dan)] == ["Cleo"]


def test_setting_an_unknown_referrer_raises_not_found(book: Book) -> None:
    ann = add(book, "Ann")
    with pytest.raises(NotFoundError), book.session() as s:
        set_referred_by(s, ann, uuid.uuid4())
    with pytest.raises(NotFoundError), book.session() as s:
        set_referred_by(s, uuid.uuid4(), ann)


def test_a_deleted_client_cannot_be_chosen_as_referrer(book: Book) -> None:
    ann, bob = add(book, "Ann"), add(book, "Bob")
    with book.session() as s:
        delete_client(s, ann)
    with pytest.raises(NotFoundError), book.session() as s:
        set_referred_by(s, bob, ann)
    with book.session() as s:
        assert get_client(s, bob).referred_by is None


def test_referrals_leave_out_deleted_clients_and_are_sorted_by_name(book: Book) -> None:
    ann = add(book, "Ann")
    for name in ["Zed", "Bob", "Cleo"]:
        with book.session() as s:
            create_client(s, ClientDetails(name=name), today=TODAY, referred_by=ann)
    with book.session() as s:
        (cleo,) = [row for row in referrals_of(s, ann) if row.name == "Cleo"]
        delete_client(s, cleo.id)
    with book.session() as s:
        assert [row.name for row in referrals_of(s, ann)] == ["Bob", "Zed"]
