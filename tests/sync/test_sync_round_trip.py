"""A book goes up whole and comes down whole on another device of the agent;
edits on both and at the office converge, field by field."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from sync_devices import differences

from agent_desk.office import admin
from agent_desk.services.clients import ClientDetails, create_client, get_client, update_client
from agent_desk.services.demo import create_demo_book
from agent_desk.services.sync import open_conflicts, restore_conflict, sync_status
from agent_desk.store.models import Policy
from agent_desk.sync import protocol

TODAY = date(2026, 12, 7)


def demo(device, clients: int = 12) -> None:  # noqa: ANN001
    with device.book.session() as session:
        create_demo_book(session, clients=clients, seed=11, today=TODAY)


def test_a_book_made_offline_before_enrolling_goes_up_whole(office):  # noqa: ANN001
    laptop = office.device("laptop", agent=None)
    demo(laptop)
    laptop.enroll(office.code())
    with laptop.book.session() as session:
        assert sync_status(session).pending > 0
    report = laptop.sync()
    assert report.pushed > 0 and report.refused == 0 and report.conflicts == 0
    mine = laptop.snapshot()
    assert differences(mine, office.snapshot()) == []
    assert all(mine[entity] for entity in ("clients", "policies", "households", "activities", "claims"))
    with laptop.book.session() as session:
        assert sync_status(session).pending == 0


def test_a_second_device_of_the_agent_receives_every_entity(any_office):  # noqa: ANN001
    laptop = any_office.device("laptop", agent=None)
    demo(laptop)
    laptop.enroll(any_office.code())
    laptop.sync()
    tablet = any_office.device("tablet")
    report = tablet.sync(pull_limit=50)  # many pages
    assert report.pulled == sum(len(rows) for rows in laptop.snapshot().values())
    assert differences(tablet.snapshot(), laptop.snapshot()) == []
    with tablet.book.session() as session:
        some = session.scalars(select(Policy)).first()
        assert get_client(session, some.holder_id).details.name  # joined up: client pages came too


def add_client(device, name: str, phone: str) -> uuid.UUID:  # noqa: ANN001
    with device.book.session() as session:
        client_id, _ = create_client(session, ClientDetails(name=name, phone=phone), today=TODAY)
    return client_id


def set_phone(device, client_id: uuid.UUID, phone: str, notes: str | None = None) -> None:  # noqa: ANN001
    with device.book.session() as session:
        details = get_client(session, client_id).details
        changed = details.__class__(**{**details.__dict__, "phone": phone,
                                       **({"notes": notes} if notes is not None else {})})
        update_client(session, client_id, changed, today=TODAY)


def converge(office, *devices) -> None:  # noqa: ANN001
    for _ in range(2):
        for device in devices:
            device.sync()
    expected = office.snapshot()
    for device in devices:
        assert differences(device.snapshot(), expected) == []


def test_edits_on_two_devices_and_at_the_office_converge(any_office):  # noqa: ANN001
    laptop, tablet = any_office.device("laptop"), any_office.device("tablet")
    demo(laptop, clients=6)
    converge(any_office, laptop, tablet)
    with laptop.book.session() as session:
        policy = session.scalars(select(Policy).order_by(Policy.policy_number)).first()
        client_id = policy.holder_id
    set_phone(laptop, client_id, "0911 000 001")
    set_phone(tablet, client_id, "0911 000 001", notes="prefers mornings")  # another field: both kept
    with any_office.db.write() as session:
        admin.set_policy_status(session, str(policy.id), "lapsed")
    new_on_tablet = add_client(tablet, "Wang Fang", "0933 333 333")
    converge(any_office, laptop, tablet)
    with laptop.book.session() as session:
        details = get_client(session, client_id).details
        assert (details.phone, details.notes) == ("0911 000 001", "prefers mornings")
        assert session.get(Policy, policy.id).status == "lapsed"
        assert get_client(session, new_on_tablet).details.name == "Wang Fang"


def test_the_later_edit_wins_and_the_other_is_kept_in_the_conflict_log(office):  # noqa: ANN001
    laptop, tablet = office.device("laptop"), office.device("tablet")
    client_id = add_client(laptop, "Chen Jie", "0900 000 000")
    converge(office, laptop, tablet)
    set_phone(laptop, client_id, "0911 111 111")  # earlier
    set_phone(tablet, client_id, "0922 222 222")  # later, without having seen the laptop's
    laptop.sync()
    report = tablet.sync()
    assert report.conflicts == 1
    converge(office, laptop, tablet)
    with laptop.book.session() as session:
        assert get_client(session, client_id).details.phone == "0922 222 222"
    with tablet.book.session() as session:
        [conflict] = open_conflicts(session)
        assert (conflict.field, conflict.kept, conflict.lost) == ("phone", "0922 222 222", "0911 111 111")
        assert conflict.client_name == "Chen Jie" and conflict.restorable
        restore_conflict(session, conflict.id)  # the agent prefers the one that lost
    converge(office, laptop, tablet)
    with laptop.book.session() as session:
        assert get_client(session, client_id).details.phone == "0911 111 111"


def test_the_office_decides_policy_status(office):  # noqa: ANN001
    laptop = office.device("laptop")
    demo(laptop, clients=4)
    laptop.sync()
    with laptop.book.session() as session:
        policy = session.scalars(select(Policy).order_by(Policy.policy_number)).first()
        policy_id = policy.id
    with office.db.write() as session:
        admin.set_policy_status(session, str(policy_id), "grace")
    with laptop.book.session() as session:
        session.get(Policy, policy_id).status = "surrendered"  # the agent's idea, written before the pull
    report = laptop.sync()
    assert report.conflicts == 1
    with laptop.book.session() as session:
        assert session.get(Policy, policy_id).status == "grace"
        [conflict] = open_conflicts(session)
        assert (conflict.winner, conflict.lost, conflict.restorable) == ("office", "surrendered", False)


def test_a_delete_wins_over_an_older_edit_and_loses_to_a_newer_one(office):  # noqa: ANN001
    from agent_desk.services.clients import delete_client, restore_client

    laptop, tablet = office.device("laptop"), office.device("tablet")
    first = add_client(laptop, "Old Edit", "0900 000 001")
    second = add_client(laptop, "New Edit", "0900 000 002")
    converge(office, laptop, tablet)
    set_phone(tablet, first, "0977 000 001")  # edit, then the delete on the other device
    with laptop.book.session() as session:
        delete_client(session, first)
        delete_client(session, second)
    set_phone(tablet, second, "0977 000 002")  # an edit after the delete
    converge(office, laptop, tablet)
    with laptop.book.session() as session:
        from agent_desk.store.models import Client

        assert session.get(Client, first).deleted_at is not None
        assert session.get(Client, second).deleted_at is None
        assert session.get(Client, second).phone == "0977 000 002"
        restore_client(session, first)
    converge(office, laptop, tablet)
    with tablet.book.session() as session:
        assert get_client(session, first).details.phone == "0977 000 001"


def test_another_agents_book_never_reaches_a_device(office):  # noqa: ANN001
    mine = office.device("mine", agent="A001")
    theirs = office.device("theirs", agent="B002")
    demo(mine, clients=5)
    add_client(theirs, "Only Theirs", "0955 555 555")
    converge(office, mine)
    theirs.sync()
    assert differences(theirs.snapshot(), office.snapshot("B002")) == []
    assert not set(theirs.snapshot()["clients"]) & set(mine.snapshot()["clients"])
    assert len(theirs.snapshot()["clients"]) == 1


def test_a_catalog_published_at_the_office_is_installed_once(office):  # noqa: ANN001
    import json

    from agent_desk.services.catalogs import current_catalog, demo_catalog_path

    laptop = office.device("laptop")
    catalog = json.loads(demo_catalog_path().read_text(encoding="utf-8"))
    catalog["version"] = "2027.1"
    with office.db.write() as session:
        admin.publish_catalog(session, json.dumps(catalog).encode())
    report = laptop.sync()
    assert report.catalog.endswith("2027.1")
    with laptop.book.session() as session:
        assert current_catalog(session).version == "2027.1"
    assert laptop.sync().catalog == ""  # unchanged: the ETag says so


def test_entities_cover_every_synced_table():
    from agent_desk.store.models import Base, Synced

    synced = {mapper.class_.__tablename__ for mapper in Base.registry.mappers if issubclass(mapper.class_, Synced)}
    assert synced - {"catalogs"} == set(protocol.ENTITIES)


def test_follow_ups_made_by_the_rules_on_two_devices_are_one_row_each(office):  # noqa: ANN001
    from agent_desk.services.followup_regeneration import regenerate_followups

    laptop, tablet = office.device("laptop"), office.device("tablet")
    demo(laptop, clients=10)
    converge(office, laptop, tablet)
    made = []
    for device in (laptop, tablet):  # each regenerates on its own, offline
        with device.book.session() as session:
            made.append(regenerate_followups(session, TODAY)[0].created)
    assert made[0] == made[1] > 0
    converge(office, laptop, tablet)
    assert len(laptop.snapshot()["followups"]) == made[0]
    for device in (laptop, tablet):
        with device.book.session() as session:
            assert open_conflicts(session) == []


def test_a_client_reassigned_by_the_office_moves_from_one_agents_book_to_the_other(office):  # noqa: ANN001
    from agent_desk.services.clients import search_clients

    mine, theirs = office.device("mine", agent="A001"), office.device("theirs", agent="B002")
    demo(mine, clients=6)
    mine.sync()
    with mine.book.session() as session:
        policy = session.scalars(select(Policy).order_by(Policy.policy_number)).first()
        client_id = policy.holder_id
        name = get_client(session, client_id).details.name
    set_phone(mine, client_id, "0966 666 666")  # made before the agent hears of the move
    with office.db.write() as session:
        moved = admin.reassign_client(session, str(client_id), "B002")
    assert moved.rows_moved >= 2
    report = mine.sync()
    assert report.removed == moved.rows_moved and report.refused == 1
    with mine.book.session() as session:
        assert client_id not in {row.id for row in search_clients(session, name)}
        [refused] = open_conflicts(session)
        assert (refused.winner, refused.field, refused.restorable) == ("refused", "*", False)
    assert client_id not in mine.snapshot()["clients"]
    theirs.sync()
    with theirs.book.session() as session:
        assert get_client(session, client_id).details.name == name
        assert session.get(Policy, policy.id) is not None
        assert client_id in {row.id for row in search_clients(session, name)}
    assert differences(theirs.snapshot(), office.snapshot("B002")) == []
    assert differences(mine.snapshot(), office.snapshot("A001")) == []
