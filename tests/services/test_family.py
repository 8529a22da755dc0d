"""Households and relationships between clients, on a real book file."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from agent_desk.domain.clients import ClientDetails, HouseholdRole, RelationKind
from agent_desk.errors import NotFoundError, ValidationError
from agent_desk.services.changes import Changes
from agent_desk.services.clients import create_client, delete_client, restore_client
from agent_desk.services.family import (
    add_member,
    add_relationship,
    create_household,
    household_of,
    relationships_of,
    remove_member,
    remove_relationship,
)
from agent_desk.store.book import Book
from agent_desk.store.models import Household, HouseholdMember, Relationship

TODAY = date(2025, 6, 1)


def add(book: Book, name: str, name_local: str = "") -> uuid.UUID:
    with book.session() as s:
        client_id, _ = create_client(s, ClientDetails(name=name, name_local=name_local), today=TODAY)
    return client_id


def members(book: Book, client_id: uuid.UUID) -> list[tuple[str, HouseholdRole]]:
    with book.session() as s:
        view = household_of(s, client_id)
    assert view is not None
    return [(m.name, m.role) for m in view.members]


def ties(book: Book, client_id: uuid.UUID) -> list[tuple[str, RelationKind]]:
    with book.session() as s:
        return [(row.other_name, row.kind) for row in relationships_of(s, client_id)]


@pytest.fixture
def family(book: Book) -> dict[str, uuid.UUID]:
    return {
        "dad": add(book, "Wang Dahua", "王大華"),
        "mum": add(book, "Lin Meiling", "林美玲"),
        "kid": add(book, "Wang Xiaoming", "王小明"),
        "grandma": add(book, "Chen Yu", "陳玉"),
        "neighbour": add(book, "Ann Smith"),
    }


# --- households -------------------------------------------------------------------------

def test_creating_a_household_makes_the_client_its_head(book: Book, family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        household_id, changes = create_household(s, family["dad"], "  The Wangs ")
    assert changes == Changes(clients=frozenset({family["dad"]}), households=True)
    with book.session() as s:
        view = household_of(s, family["dad"])
    assert view is not None
    assert (view.id, view.name) == (household_id, "The Wangs")
    assert [(m.client_id, m.name, m.role) for m in view.members] == [
        (family["dad"], "王大華 Wang Dahua", HouseholdRole.HEAD)]


def test_a_household_without_a_name_is_named_after_its_head(book: Book, family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        create_household(s, family["dad"], "   ")
    with book.session() as s:
        assert household_of(s, family["dad"]).name == "王大華 Wang Dahua"  # type: ignore[union-attr]


def test_members_are_added_with_their_roles_in_the_order_they_joined(book: Book,
                                                                      family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        household_id, _ = create_household(s, family["dad"])
    for who, role in [("mum", HouseholdRole.SPOUSE), ("kid", HouseholdRole.CHILD),
                      ("grandma", HouseholdRole.PARENT)]:
        with book.session() as s:
            changes = add_member(s, household_id, family[who], role)
        assert changes == Changes(clients=frozenset({family[who]}), households=True)
    expected = [("王大華 Wang Dahua", HouseholdRole.HEAD), ("林美玲 Lin Meiling", HouseholdRole.SPOUSE),
                ("王小明 Wang Xiaoming", HouseholdRole.CHILD), ("陳玉 Chen Yu", HouseholdRole.PARENT)]
    assert members(book, family["dad"]) == expected
    assert members(book, family["kid"]) == expected  # the same household, seen from any member


def test_a_client_outside_any_household_has_none(book: Book, family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        assert household_of(s, family["neighbour"]) is None


def test_adding_a_member_again_changes_their_role(book: Book, family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        household_id, _ = create_household(s, family["dad"])
        add_member(s, household_id, family["grandma"], HouseholdRole.OTHER)
    with book.session() as s:
        add_member(s, household_id, family["grandma"], HouseholdRole.PARENT)
    assert members(book, family["dad"])[1:] == [("陳玉 Chen Yu", HouseholdRole.PARENT)]
    with book.session() as s:
        rows = s.scalars(select(HouseholdMember).where(HouseholdMember.client_id == family["grandma"])).all()
    assert len(rows) == 1 and rows[0].version == 2


def test_a_client_cannot_be_in_two_households(book: Book, family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        wangs, _ = create_household(s, family["dad"])
        add_member(s, wangs, family["kid"], HouseholdRole.CHILD)
        smiths, _ = create_household(s, family["neighbour"])
    with pytest.raises(ValidationError) as caught, book.session() as s:
        add_member(s, smiths, family["kid"], HouseholdRole.CHILD)
    assert set(caught.value.problems) == {"household"}
    with pytest.raises(ValidationError) as caught, book.session() as s:
        create_household(s, family["kid"])
    assert set(caught.value.problems) == {"household"}
    with book.session() as s:
        assert household_of(s, family["kid"]).id == wangs  # type: ignore[union-attr]
        assert len(s.scalars(select(Household)).all()) == 2


def test_a_head_cannot_start_a_second_household(book: Book, family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        create_household(s, family["dad"])
    with pytest.raises(ValidationError), book.session() as s:
        create_household(s, family["dad"], "Another")


def test_a_removed_member_leaves_and_may_join_another_household(book: Book, family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        wangs, _ = create_household(s, family["dad"])
        add_member(s, wangs, family["kid"], HouseholdRole.CHILD)
    with book.session() as s:
        (kid_member,) = [m for m in household_of(s, family["dad"]).members  # type: ignore[union-attr]
                         if m.client_id == family["kid"]]
        changes = remove_member(s, kid_member.member_id)
    assert changes == Changes(clients=frozenset({family["kid"]}), households=True)
    assert members(book, family["dad"]) == [("王大華 Wang Dahua", HouseholdRole.HEAD)]
    with book.session() as s:
        assert household_of(s, family["kid"]) is None
        own, _ = create_household(s, family["kid"])
    with book.session() as s:
        assert household_of(s, family["kid"]).id == own  # type: ignore[union-attr]


def test_removing_a_member_twice_or_an_unknown_member_raises_not_found(book: Book,
                                                                        family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        create_household(s, family["dad"])
    with book.session() as s:
        (head,) = household_of(s, family["dad"]).members  # type: ignore[union-attr]
        remove_member(s, head.member_id)
    with pytest.raises(NotFoundError), book.session() as s:
        remove_member(s, head.member_id)
    with pytest.raises(NotFoundError), book.session() as s:
        remove_member(s, uuid.uuid4())


def test_a_household_for_an_unknown_or_deleted_client_is_refused(book: Book, family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        delete_client(s, family["neighbour"])
    for who in (uuid.uuid4(), family["neighbour"]):
        with pytest.raises(NotFoundError), book.session() as s:
            create_household(s, who)


def test_adding_to_an_unknown_household_raises_not_found(book: Book, family: dict[str, uuid.UUID]) -> None:
    with pytest.raises(NotFoundError), book.session() as s:
        add_member(s, uuid.uuid4(), family["kid"], HouseholdRole.CHILD)


def test_adding_an_unknown_client_to_a_household_raises_not_found(book: Book, family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        household_id, _ = create_household(s, family["dad"])
    with pytest.raises(NotFoundError), book.session() as s:
        add_member(s, household_id, uuid.uuid4(), HouseholdRole.CHILD)


def test_adding_a_deleted_client_to_a_household_raises_not_found(book: Book, family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        household_id, _ = create_household(s, family["dad"])
        delete_client(s, family["kid"])
    with pytest.raises(NotFoundError), book.session() as s:
        add_member(s, household_id, family["kid"], HouseholdRole.CHILD)
    with book.session() as s:
        assert household_of(s, family["kid"]) is None


def test_deleted_clients_are_hidden_from_their_household_until_restored(book: Book,
                                                                         family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        household_id, _ = create_household(s, family["dad"])
        add_member(s, household_id, family["kid"], HouseholdRole.CHILD)
    with book.session() as s:
        delete_client(s, family["kid"])
    assert members(book, family["dad"]) == [("王大華 Wang Dahua", HouseholdRole.HEAD)]
    with book.session() as s:
        restore_client(s, family["kid"])
    assert [role for _, role in members(book, family["dad"])] == [HouseholdRole.HEAD, HouseholdRole.CHILD]


# --- relationships ----------------------------------------------------------------------

def test_a_parent_is_seen_as_a_parent_and_the_client_as_their_child(book: Book,
                                                                     family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        changes = add_relationship(s, family["kid"], family["dad"], RelationKind.PARENT)  # dad is kid's parent
    assert changes == Changes(clients=frozenset({family["kid"], family["dad"]}), relationships=True)
    assert ties(book, family["kid"]) == [("王大華 Wang Dahua", RelationKind.PARENT)]
    assert ties(book, family["dad"]) == [("王小明 Wang Xiaoming", RelationKind.CHILD)]


def test_a_child_is_seen_as_a_child_and_the_client_as_their_parent(book: Book,
                                                                   family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        add_relationship(s, family["dad"], family["kid"], RelationKind.CHILD)  # kid is dad's child
    assert ties(book, family["dad"]) == [("王小明 Wang Xiaoming", RelationKind.CHILD)]
    assert ties(book, family["kid"]) == [("王大華 Wang Dahua", RelationKind.PARENT)]


def test_symmetric_relationships_read_the_same_from_both_sides(book: Book, family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        add_relationship(s, family["dad"], family["mum"], RelationKind.SPOUSE)
        add_relationship(s, family["dad"], family["neighbour"], RelationKind.FRIEND)
    assert ties(book, family["dad"]) == [("Ann Smith", RelationKind.FRIEND),
                                         ("林美玲 Lin Meiling", RelationKind.SPOUSE)]
    assert ties(book, family["mum"]) == [("王大華 Wang Dahua", RelationKind.SPOUSE)]
    assert ties(book, family["neighbour"]) == [("王大華 Wang Dahua", RelationKind.FRIEND)]


def test_a_client_cannot_be_related_to_themselves(book: Book, family: dict[str, uuid.UUID]) -> None:
    with pytest.raises(ValidationError) as caught, book.session() as s:
        add_relationship(s, family["kid"], family["kid"], RelationKind.SIBLING)
    assert set(caught.value.problems) == {"relationship"}
    assert ties(book, family["kid"]) == []


def test_adding_the_same_relationship_twice_is_a_no_op(book: Book, family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        add_relationship(s, family["kid"], family["dad"], RelationKind.PARENT)
    with book.session() as s:
        changes = add_relationship(s, family["kid"], family["dad"], RelationKind.PARENT)
    assert changes == Changes()
    with book.session() as s:
        assert len(s.scalars(select(Relationship)).all()) == 1


def test_adding_the_same_relationship_twice_in_one_unit_of_work_is_a_no_op(book: Book,
                                                                          family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        add_relationship(s, family["dad"], family["mum"], RelationKind.SPOUSE)
        assert add_relationship(s, family["dad"], family["mum"], RelationKind.SPOUSE) == Changes()
    with book.session() as s:
        assert len(s.scalars(select(Relationship)).all()) == 1


def test_the_same_fact_told_from_the_other_side_is_a_no_op(book: Book, family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        add_relationship(s, family["kid"], family["dad"], RelationKind.PARENT)
    with book.session() as s:
        assert add_relationship(s, family["dad"], family["kid"], RelationKind.CHILD) == Changes()
        assert add_relationship(s, family["mum"], family["dad"], RelationKind.SPOUSE) != Changes()
        assert add_relationship(s, family["dad"], family["mum"], RelationKind.SPOUSE) == Changes()
    with book.session() as s:
        assert len(s.scalars(select(Relationship)).all()) == 2


def test_removing_a_relationship_hides_it_from_both_sides(book: Book, family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        add_relationship(s, family["kid"], family["dad"], RelationKind.PARENT)
        add_relationship(s, family["kid"], family["mum"], RelationKind.PARENT)
    with book.session() as s:
        (dad_tie,) = [row for row in relationships_of(s, family["kid"]) if row.other_id == family["dad"]]
        changes = remove_relationship(s, dad_tie.id)
    assert changes == Changes(clients=frozenset({family["kid"], family["dad"]}), relationships=True)
    assert ties(book, family["kid"]) == [("林美玲 Lin Meiling", RelationKind.PARENT)]
    assert ties(book, family["dad"]) == []
    with book.session() as s:
        link = s.get(Relationship, dad_tie.id)
        assert link is not None and link.deleted_at is not None and link.version == 2


def test_a_removed_relationship_can_be_added_again(book: Book, family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        add_relationship(s, family["kid"], family["dad"], RelationKind.PARENT)
    with book.session() as s:
        (tie,) = relationships_of(s, family["kid"])
        remove_relationship(s, tie.id)
    with book.session() as s:
        assert add_relationship(s, family["kid"], family["dad"], RelationKind.PARENT) != Changes()
    assert ties(book, family["kid"]) == [("王大華 Wang Dahua", RelationKind.PARENT)]


def test_removing_an_unknown_or_removed_relationship_raises_not_found(book: Book,
                                                                      family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        add_relationship(s, family["dad"], family["mum"], RelationKind.SPOUSE)
    with book.session() as s:
        (tie,) = relationships_of(s, family["dad"])
        remove_relationship(s, tie.id)
    with pytest.raises(NotFoundError), book.session() as s:
        remove_relationship(s, tie.id)
    with pytest.raises(NotFoundError), book.session() as s:
        remove_relationship(s, uuid.uuid4())


def test_relationships_with_unknown_or_deleted_clients_are_refused(book: Book,
                                                                   family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        delete_client(s, family["neighbour"])
    for client_id, other_id in [(family["dad"], uuid.uuid4()), (uuid.uuid4(), family["dad"]),
                                (family["dad"], family["neighbour"]), (family["neighbour"], family["dad"])]:
        with pytest.raises(NotFoundError), book.session() as s:
            add_relationship(s, client_id, other_id, RelationKind.FRIEND)


def test_deleted_clients_are_hidden_from_relationships_until_restored(book: Book,
                                                                      family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        add_relationship(s, family["kid"], family["dad"], RelationKind.PARENT)
        add_relationship(s, family["kid"], family["grandma"], RelationKind.OTHER)
    with book.session() as s:
        delete_client(s, family["dad"])
    assert ties(book, family["kid"]) == [("陳玉 Chen Yu", RelationKind.OTHER)]
    with book.session() as s:
        restore_client(s, family["dad"])
    assert ties(book, family["kid"]) == [("陳玉 Chen Yu", RelationKind.OTHER),
                                         ("王大華 Wang Dahua", RelationKind.PARENT)]


def test_relationships_are_sorted_by_kind_then_name(book: Book, family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        add_relationship(s, family["kid"], family["mum"], RelationKind.PARENT)
        add_relationship(s, family["kid"], family["dad"], RelationKind.PARENT)
        add_relationship(s, family["kid"], family["neighbour"], RelationKind.FRIEND)
    assert ties(book, family["kid"]) == [("Ann Smith", RelationKind.FRIEND),
                                         ("林美玲 Lin Meiling", RelationKind.PARENT),
                                         ("王大華 Wang Dahua", RelationKind.PARENT)]
