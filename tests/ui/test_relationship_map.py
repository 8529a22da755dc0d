"""The relationship map: a client's family and referrals drawn as boxes and
lines, each person a click away."""

from __future__ import annotations

import os
import uuid
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from agent_desk.domain.clients import ClientDetails, HouseholdRole, RelationKind
from agent_desk.services.clients import create_client, delete_client
from agent_desk.services.family import add_member, add_relationship, create_household
from agent_desk.services.segments import recompute_tiers
from agent_desk.store.book import Book
from agent_desk.store.models import Policy
from agent_desk.ui.clients.relationship_map import NODE_HEIGHT, NODE_WIDTH, RelationshipMap, layout_network
from agent_desk.ui.context import AppContext

TODAY = date(2025, 6, 1)


def add(book: Book, name: str, name_local: str = "", referred_by: uuid.UUID | None = None) -> uuid.UUID:
    with book.session() as s:
        client_id, _ = create_client(s, ClientDetails(name=name, name_local=name_local), today=TODAY,
                                     referred_by=referred_by)
    return client_id


def pay(book: Book, holder: uuid.UUID, premium: str) -> None:
    with book.session() as s:
        s.add(Policy(policy_number=f"P-{uuid.uuid4().hex[:6]}", holder_id=holder, insured_id=holder,
                     product_code="LIFE", currency="TWD", annual_premium=Decimal(premium), status="in_force",
                     issue_date=date(2023, 3, 1)))


@pytest.fixture
def family(book: Book) -> dict[str, uuid.UUID]:
    people = {
        "mum": add(book, "Lin Meiling", "林美玲"),
        "dad": add(book, "Wang Dahua", "王大華"),
        "kid": add(book, "Wang Xiaoming", "王小明"),
        "gran": add(book, "Chen Yu", "陳玉"),
        "boss": add(book, "Peter Ho"),
    }
    people["referrer"] = add(book, "Ann Smith")
    with book.session() as s:
        from agent_desk.services.clients import set_referred_by

        set_referred_by(s, people["mum"], people["referrer"])
        add_relationship(s, people["mum"], people["dad"], RelationKind.SPOUSE)
        add_relationship(s, people["mum"], people["kid"], RelationKind.CHILD)
        add_relationship(s, people["mum"], people["gran"], RelationKind.PARENT)
        add_relationship(s, people["mum"], people["boss"], RelationKind.COLLEAGUE)
        household, _ = create_household(s, people["mum"])
        add_member(s, household, people["dad"], HouseholdRole.SPOUSE)
        add_member(s, household, people["kid"], HouseholdRole.CHILD)
    people["friend"] = add(book, "Jenny Chow", referred_by=people["mum"])
    people["friend2"] = add(book, "Tom Lee", referred_by=people["mum"])
    people["grandfriend"] = add(book, "May Wong", referred_by=people["friend"])
    pay(book, people["mum"], "85000")
    pay(book, people["dad"], "150000")
    pay(book, people["friend"], "30000")
    with book.session() as s:
        recompute_tiers(s, TODAY)
    return people


@pytest.fixture
def network_map(ctx: AppContext, qtbot) -> RelationshipMap:  # noqa: ANN001
    widget = RelationshipMap(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def show(widget: RelationshipMap, qtbot, client_id: uuid.UUID) -> None:  # noqa: ANN001
    with qtbot.waitSignal(widget.loaded):
        widget.set_client(client_id)


def test_each_person_is_drawn_with_name_tier_and_premium(family, network_map, qtbot) -> None:  # noqa: ANN001
    show(network_map, qtbot, family["mum"])
    assert set(network_map.nodes) == {family[k] for k in ("mum", "dad", "kid", "gran", "boss", "referrer", "friend",
                                                          "friend2", "grandfriend")}
    mum = network_map.nodes[family["mum"]]
    assert mum.node.name == "林美玲 Lin Meiling" and mum.node.is_centre
    assert mum.subtitle == "Tier B · NT$85,000"  # value 85,000 + half of Jenny's 30,000: B; the premium is her own
    assert network_map.nodes[family["dad"]].subtitle == "Tier A · NT$150,000"
    assert network_map.nodes[family["kid"]].subtitle == "No tier"
    assert sorted(label.text for label in network_map.labels) == ["Child", "Colleague", "Parent", "Spouse"]
    if os.environ.get("SAVE_MAP_SCREENSHOT"):
        network_map.grab().save(os.environ["SAVE_MAP_SCREENSHOT"])


def test_referrers_are_above_referrals_below_and_no_boxes_overlap(family, network_map, qtbot) -> None:  # noqa: ANN001
    show(network_map, qtbot, family["mum"])
    y = {client_id: item.pos().y() for client_id, item in network_map.nodes.items()}
    assert y[family["referrer"]] < y[family["mum"]] < y[family["friend"]] < y[family["grandfriend"]]
    boxes = [item.sceneBoundingRect() for item in network_map.nodes.values()]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_sixty_people_fit_without_overlapping(family, network_map, qtbot, book) -> None:  # noqa: ANN001
    for index in range(30):
        add(book, f"Referral {index:02d}", referred_by=family["mum"])
    for index in range(12):
        cousin = add(book, f"Cousin {index:02d}")
        with book.session() as s:
            add_relationship(s, family["mum"], cousin, RelationKind.OTHER)
    for index in range(20):
        add(book, f"Second {index:02d}", referred_by=family["friend2"])
    show(network_map, qtbot, family["mum"])
    network = network_map.network()
    assert network is not None and network.truncated and len(network.nodes) == 60
    assert network_map.truncated_label.isVisible() and "60" in network_map.truncated_label.text()
    places = list(layout_network(network).values())
    for i, a in enumerate(places):
        for b in places[i + 1:]:
            assert abs(a.x() - b.x()) >= NODE_WIDTH or abs(a.y() - b.y()) >= NODE_HEIGHT


def test_clicking_a_person_asks_to_open_them_but_clicking_the_client_does_not(family, network_map,  # noqa: ANN001
                                                                              qtbot) -> None:  # noqa: ANN001
    show(network_map, qtbot, family["mum"])
    view = network_map.view
    dad = network_map.nodes[family["dad"]]
    with qtbot.waitSignal(network_map.open_client_requested) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(dad.scenePos()))
    assert opened.args == [family["dad"]]
    with qtbot.assertNotEmitted(network_map.open_client_requested):
        centre = network_map.nodes[family["mum"]]
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(centre.scenePos()))


def test_a_late_answer_for_an_earlier_client_is_ignored(family, network_map, qtbot) -> None:  # noqa: ANN001
    network_map.set_client(family["mum"])
    with qtbot.waitSignal(network_map.loaded):
        network_map.set_client(family["friend"])
    qtbot.waitUntil(lambda: network_map._ctx.tasks.pending == 0)
    assert network_map.network().centre_id == family["friend"]
    assert network_map.nodes[family["friend"]].node.is_centre


def test_the_map_redraws_when_the_family_changes(family, ctx, network_map, qtbot, book) -> None:  # noqa: ANN001
    show(network_map, qtbot, family["mum"])
    with qtbot.waitSignal(network_map.loaded):
        ctx.apply(lambda s: delete_client(s, family["boss"]))
    assert family["boss"] not in network_map.nodes
    cousin = add(book, "Cousin Wu")
    with qtbot.waitSignal(network_map.loaded):
        ctx.apply(lambda s: add_relationship(s, family["mum"], cousin, RelationKind.OTHER))
    assert cousin in network_map.nodes


def test_a_hidden_map_loads_only_once_shown(family, ctx, qtbot) -> None:  # noqa: ANN001
    widget = RelationshipMap(ctx)
    qtbot.addWidget(widget)
    widget.set_client(family["mum"])
    qtbot.wait(50)
    assert widget.network() is None and ctx.tasks.pending == 0
    with qtbot.waitSignal(widget.loaded):
        widget.show()
    assert widget.network().centre_id == family["mum"]


def test_a_change_elsewhere_leaves_the_map_alone(family, ctx, network_map, qtbot, book) -> None:  # noqa: ANN001
    from agent_desk.services.changes import Changes

    show(network_map, qtbot, family["mum"])
    assert not network_map.concerned_by(Changes(timelines=frozenset({family["mum"]})))
    assert network_map.concerned_by(Changes(policies=frozenset({family["dad"]})))
    assert not network_map.concerned_by(Changes(policies=frozenset({uuid.uuid4()})))
    assert network_map.concerned_by(Changes(tiers=True))


def test_a_deleted_client_shows_a_message(family, network_map, qtbot, book) -> None:  # noqa: ANN001
    with book.session() as s:
        delete_client(s, family["gran"])
    network_map.set_client(family["gran"])
    qtbot.waitUntil(lambda: network_map.truncated_label.isVisible())
    assert not network_map.nodes and "not in the book" in network_map.truncated_label.text()
