"""Claims on a real book: reported on a policy, moved on step by step (and a
wrong step taken back), documents ticked off, and the book-wide facts the
Today screen, the follow-up engine and the dashboard read."""

from __future__ import annotations

import time
import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from agent_desk.domain.claims import (
    REQUIRED_DOCUMENTS,
    STALL_DAYS,
    ClaimDocumentCode,
    ClaimKind,
    ClaimStage,
    ServiceRules,
)
from agent_desk.domain.clients import ClientDetails
from agent_desk.errors import NotFoundError, ValidationError
from agent_desk.services.changes import Changes
from agent_desk.services.claims import (
    add_claim_document,
    claim_detail,
    claims_of,
    delete_claim,
    open_claim,
    open_claim_facts,
    paid_claim_durations,
    record_claim_step,
    service_rules,
    set_document_received,
    set_service_rules,
    stalled_claims,
    undo_last_claim_step,
)
from agent_desk.services.clients import create_client, delete_client
from agent_desk.store.book import Book
from agent_desk.store.models import Claim, ClaimDocument, ClaimStep, Policy

TODAY = date(2026, 3, 10)
S = ClaimStage


def add_client(book: Book, name: str) -> uuid.UUID:
    with book.session() as s:
        client_id, _ = create_client(s, ClientDetails(name=name), today=TODAY)
    return client_id


def add_policy(book: Book, holder: uuid.UUID, insured: uuid.UUID | None = None, number: str = "TW-2020-0000001",
               issued: date | None = date(2020, 5, 1), product: str = "Hospital Care 10") -> uuid.UUID:
    with book.session() as s:
        policy = Policy(policy_number=number, holder_id=holder, insured_id=insured or holder, product_code="MED10",
                        product_name=product, currency="TWD", issue_date=issued,
                        status="in_force" if issued else "pending")
        s.add(policy)
        s.flush()
        return policy.id


@pytest.fixture
def ann(book: Book) -> uuid.UUID:
    return add_client(book, "Ann Insured")


@pytest.fixture
def policy_id(book: Book, ann: uuid.UUID) -> uuid.UUID:
    return add_policy(book, ann)


def report(book: Book, policy_id: uuid.UUID, reported_on: date = date(2026, 3, 1),
           kind: ClaimKind = ClaimKind.MEDICAL, **extra) -> uuid.UUID:  # noqa: ANN003
    with book.session() as s:
        claim_id, _ = open_claim(s, policy_id, kind, reported_on - timedelta(days=2), reported_on, today=TODAY,
                                 **extra)
    return claim_id


def step(book: Book, claim_id: uuid.UUID, stage: ClaimStage, on: date, **extra) -> Changes:  # noqa: ANN003
    with book.session() as s:
        return record_claim_step(s, claim_id, stage, on, today=TODAY, **extra)


def detail(book: Book, claim_id: uuid.UUID, today: date = TODAY):  # noqa: ANN201
    with book.session() as s:
        return claim_detail(s, claim_id, today)


# -- reporting ------------------------------------------------------------------

def test_a_reported_claim_is_the_insureds_with_its_reported_step_and_checklist(book: Book, ann: uuid.UUID) -> None:
    parent = add_client(book, "Pat Parent")
    policy = add_policy(book, holder=parent, insured=ann, number="TW-2020-0000042", product="Education Savings")
    with book.session() as s:
        claim_id, changes = open_claim(s, policy, ClaimKind.ACCIDENT, date(2026, 2, 27), date(2026, 3, 1),
                                       amount_claimed=Decimal("45000.50"), notes=" Broke an arm skiing ",
                                       today=TODAY)
    assert changes == Changes(claims=frozenset({ann, parent}), followup_list=True)
    shown = detail(book, claim_id)
    claim = shown.claim
    assert (claim.client_id, claim.policy_number, claim.product_name, claim.kind) == (
        ann, "TW-2020-0000042", "Education Savings", ClaimKind.ACCIDENT)
    assert (claim.stage, claim.reported_on, claim.entered_on, claim.days_in_stage) == (
        S.REPORTED, date(2026, 3, 1), date(2026, 3, 1), 9)
    assert claim.amount_claimed == Decimal("45000.50") and claim.amount_paid is None
    assert shown.notes == "Broke an arm skiing"
    assert [(st.stage, st.on_date, st.days) for st in shown.steps] == [(S.REPORTED, date(2026, 3, 1), 9)]
    assert [d.name for d in shown.documents] == [c.value for c in REQUIRED_DOCUMENTS[ClaimKind.ACCIDENT]]
    assert all(d.required and d.received_on is None for d in shown.documents)
    assert claim.documents_missing == len(REQUIRED_DOCUMENTS[ClaimKind.ACCIDENT])
    assert shown.next_stages == (S.DOCUMENTS_COLLECTED,)
    with book.session() as s:  # both the insured and the holder see it
        assert [r.id for r in claims_of(s, ann, TODAY)] == [claim_id]
        assert [r.id for r in claims_of(s, parent, TODAY)] == [claim_id]


def test_a_claim_breaking_the_rules_names_each_field_and_writes_nothing(book: Book, policy_id: uuid.UUID) -> None:
    with pytest.raises(ValidationError) as raised, book.session() as s:
        open_claim(s, policy_id, ClaimKind.MEDICAL, date(2019, 1, 1), date(2018, 12, 1), Decimal("-5"), today=TODAY)
    assert set(raised.value.problems) == {"incident_date", "reported_on", "amount_claimed"}
    with book.session() as s:
        assert s.scalars(select(Claim)).all() == [] and s.scalars(select(ClaimStep)).all() == []


def test_a_pending_or_unknown_policy_takes_no_claim(book: Book, ann: uuid.UUID) -> None:
    pending = add_policy(book, ann, number="TW-2026-0000009", issued=None)
    with pytest.raises(ValidationError) as raised, book.session() as s:
        open_claim(s, pending, ClaimKind.MEDICAL, date(2026, 3, 1), date(2026, 3, 1), today=TODAY)
    assert set(raised.value.problems) == {"policy_id"}
    with pytest.raises(NotFoundError), book.session() as s:
        open_claim(s, uuid.uuid4(), ClaimKind.MEDICAL, date(2026, 3, 1), date(2026, 3, 1), today=TODAY)


# -- steps ----------------------------------------------------------------------

def test_a_claim_moves_on_step_by_step_to_payment(book: Book, ann: uuid.UUID, policy_id: uuid.UUID) -> None:
    claim_id = report(book, policy_id, date(2026, 1, 5))
    changes = step(book, claim_id, S.DOCUMENTS_COLLECTED, date(2026, 1, 12))
    assert changes == Changes(claims=frozenset({ann}), followup_list=True)
    step(book, claim_id, S.SUBMITTED, date(2026, 1, 12), note="Sent by courier")
    step(book, claim_id, S.UNDER_REVIEW, date(2026, 1, 20))
    step(book, claim_id, S.APPROVED, date(2026, 2, 27))
    assert detail(book, claim_id).next_stages == (S.PAID,)
    step(book, claim_id, S.PAID, date(2026, 3, 2), amount_paid=Decimal("38200.00"))

    shown = detail(book, claim_id)
    assert [(st.stage, st.days) for st in shown.steps] == [
        (S.REPORTED, 7), (S.DOCUMENTS_COLLECTED, 0), (S.SUBMITTED, 8), (S.UNDER_REVIEW, 38), (S.APPROVED, 3),
        (S.PAID, None)]
    assert shown.steps[2].note == "Sent by courier"
    assert shown.claim.stage is S.PAID and shown.claim.amount_paid == Decimal("38200.00")
    assert shown.claim.total_days == 56 and not shown.claim.is_open and shown.next_stages == ()
    with book.session() as s:
        assert s.get(Claim, claim_id).status == "paid"
        assert paid_claim_durations(s) == [56]


def test_an_illegal_step_is_refused_and_changes_nothing(book: Book, policy_id: uuid.UUID) -> None:
    claim_id = report(book, policy_id)
    with pytest.raises(ValidationError) as raised:
        step(book, claim_id, S.APPROVED, date(2026, 2, 1))
    assert set(raised.value.problems) == {"stage", "on_date"}
    with pytest.raises(ValidationError) as raised:
        step(book, claim_id, S.DOCUMENTS_COLLECTED, TODAY + timedelta(days=1))
    assert set(raised.value.problems) == {"on_date"}
    with book.session() as s:
        assert s.get(Claim, claim_id).version == 1
    assert [st.stage for st in detail(book, claim_id).steps] == [S.REPORTED]


def test_paying_needs_the_amount(book: Book, policy_id: uuid.UUID) -> None:
    claim_id = report(book, policy_id)
    for stage in (S.DOCUMENTS_COLLECTED, S.SUBMITTED, S.APPROVED):
        step(book, claim_id, stage, date(2026, 3, 5))
    with pytest.raises(ValidationError) as raised:
        step(book, claim_id, S.PAID, date(2026, 3, 6))
    assert set(raised.value.problems) == {"amount_paid"}


def test_the_last_step_can_be_taken_back_but_not_the_report(book: Book, ann: uuid.UUID,
                                                            policy_id: uuid.UUID) -> None:
    claim_id = report(book, policy_id)
    for stage in (S.DOCUMENTS_COLLECTED, S.SUBMITTED, S.APPROVED):
        step(book, claim_id, stage, date(2026, 3, 5))
    step(book, claim_id, S.PAID, date(2026, 3, 6), amount_paid=Decimal("1000"))
    with book.session() as s:
        changes = undo_last_claim_step(s, claim_id)
    assert changes == Changes(claims=frozenset({ann}), followup_list=True)
    shown = detail(book, claim_id)
    assert shown.claim.stage is S.APPROVED and shown.claim.amount_paid is None
    assert shown.next_stages == (S.PAID,)
    with book.session() as s:
        undone = s.scalars(select(ClaimStep).where(ClaimStep.step == "paid")).one()
        assert undone.deleted_at is not None and undone.version == 2  # kept as a tombstone for sync
        assert paid_claim_durations(s) == []
    step(book, claim_id, S.PAID, date(2026, 3, 7), amount_paid=Decimal("900"))  # redone with the right figures
    assert detail(book, claim_id).claim.amount_paid == Decimal("900")

    for _ in range(4):
        with book.session() as s:
            undo_last_claim_step(s, claim_id)
    assert [st.stage for st in detail(book, claim_id).steps] == [S.REPORTED]
    with pytest.raises(ValidationError), book.session() as s:
        undo_last_claim_step(s, claim_id)


def test_a_deleted_claim_leaves_every_list(book: Book, ann: uuid.UUID, policy_id: uuid.UUID) -> None:
    claim_id = report(book, policy_id, date(2025, 12, 1))  # stalled
    with book.session() as s:
        assert delete_claim(s, claim_id) == Changes(claims=frozenset({ann}), followup_list=True)
    with book.session() as s:
        assert claims_of(s, ann, TODAY) == [] and stalled_claims(s, TODAY) == [] and open_claim_facts(s) == []
        assert all(d.deleted_at is not None for d in s.scalars(select(ClaimDocument)))
    with pytest.raises(NotFoundError):
        detail(book, claim_id)
    with pytest.raises(NotFoundError):
        step(book, claim_id, S.DOCUMENTS_COLLECTED, TODAY)


# -- documents ------------------------------------------------------------------

def test_documents_are_ticked_off_and_back_without_touching_follow_ups(book: Book, ann: uuid.UUID,
                                                                        policy_id: uuid.UUID) -> None:
    claim_id = report(book, policy_id)
    form = detail(book, claim_id).documents[0]
    assert form.name == ClaimDocumentCode.CLAIM_FORM
    with book.session() as s:
        changes = set_document_received(s, form.id, date(2026, 3, 2), today=TODAY)
    assert changes == Changes(claims=frozenset({ann}))
    shown = detail(book, claim_id)
    assert shown.documents[0].received_on == date(2026, 3, 2)
    assert shown.claim.documents_missing == len(REQUIRED_DOCUMENTS[ClaimKind.MEDICAL]) - 1
    with book.session() as s:
        set_document_received(s, form.id, None, today=TODAY)
        assert s.get(ClaimDocument, form.id).version == 3
    assert detail(book, claim_id).documents[0].received_on is None
    with pytest.raises(ValidationError), book.session() as s:
        set_document_received(s, form.id, TODAY + timedelta(days=1), today=TODAY)
    with pytest.raises(NotFoundError), book.session() as s:
        set_document_received(s, uuid.uuid4(), TODAY, today=TODAY)


def test_a_document_the_insurer_asks_for_is_added_to_the_checklist(book: Book, policy_id: uuid.UUID) -> None:
    claim_id = report(book, policy_id)
    with book.session() as s:
        doc_id, _ = add_claim_document(s, claim_id, " Hospital stay certificate ")
        add_claim_document(s, claim_id, "Photos of the car", required=False)
    shown = detail(book, claim_id)
    assert [d.name for d in shown.documents][-2:] == ["Hospital stay certificate", "Photos of the car"]
    assert shown.documents[-2].id == doc_id and not shown.documents[-1].required
    assert shown.claim.documents_missing == len(REQUIRED_DOCUMENTS[ClaimKind.MEDICAL]) + 1  # optional ones don't count
    with pytest.raises(ValidationError), book.session() as s:
        add_claim_document(s, claim_id, "hospital stay certificate")


# -- lists ----------------------------------------------------------------------

def test_a_clients_claims_put_open_and_stalled_ones_first(book: Book, ann: uuid.UUID, policy_id: uuid.UUID) -> None:
    paid = report(book, policy_id, date(2025, 6, 1))
    for stage in (S.DOCUMENTS_COLLECTED, S.SUBMITTED, S.APPROVED):
        step(book, paid, stage, date(2025, 6, 10))
    step(book, paid, S.PAID, date(2025, 6, 20), amount_paid=Decimal(100))
    fresh = report(book, policy_id, date(2026, 3, 8))
    stuck = report(book, policy_id, date(2026, 1, 2))
    with book.session() as s:
        rows = claims_of(s, ann, TODAY)
    assert [r.id for r in rows] == [stuck, fresh, paid]
    assert rows[0].stalled and rows[0].days_overdue == (TODAY - date(2026, 1, 2)).days - STALL_DAYS[S.REPORTED]
    assert not rows[1].stalled and rows[1].days_in_stage == 2
    assert not rows[2].is_open and rows[2].total_days == 19


def test_stalled_claims_are_listed_book_wide_with_their_client(book: Book, ann: uuid.UUID,
                                                               policy_id: uuid.UUID) -> None:
    bob = add_client(book, "Bob Other")
    bobs_policy = add_policy(book, bob, number="HK-2019-0000007")
    on_time = report(book, policy_id, TODAY - timedelta(days=STALL_DAYS[S.REPORTED]))  # on the boundary day
    late = report(book, policy_id, TODAY - timedelta(days=STALL_DAYS[S.REPORTED] + 1))
    review = report(book, bobs_policy, date(2025, 11, 1))
    for stage in (S.DOCUMENTS_COLLECTED, S.SUBMITTED, S.UNDER_REVIEW):
        step(book, review, stage, date(2025, 12, 1))
    closed = report(book, bobs_policy, date(2025, 1, 1))
    for stage in (S.DOCUMENTS_COLLECTED, S.SUBMITTED):
        step(book, closed, stage, date(2025, 1, 2))
    step(book, closed, S.DECLINED, date(2025, 1, 3))

    with book.session() as s:
        rows = stalled_claims(s, TODAY)
    assert [r.claim_id for r in rows] == [review, late]  # most overdue first
    assert on_time not in {r.claim_id for r in rows}
    first = rows[0]
    assert (first.client_id, first.client_name, first.policy_number, first.stage, first.entered_on) == (
        bob, "Bob Other", "HK-2019-0000007", S.UNDER_REVIEW, date(2025, 12, 1))
    assert first.days_in_stage == 99 and first.days_overdue == 99 - STALL_DAYS[S.UNDER_REVIEW]
    assert rows[1].days_overdue == 1

    with book.session() as s:
        delete_client(s, bob)
        assert [r.claim_id for r in stalled_claims(s, TODAY)] == [late]


def test_the_books_own_thresholds_decide_what_has_stalled(book: Book, policy_id: uuid.UUID) -> None:
    claim_id = report(book, policy_id, date(2026, 3, 5))
    with book.session() as s:
        assert stalled_claims(s, TODAY) == []
        changes = set_service_rules(s, ServiceRules(stall_days={**STALL_DAYS, S.REPORTED: 3}))
    assert changes == Changes(followup_list=True)
    with book.session() as s:
        assert service_rules(s).stall_days[S.REPORTED] == 3
        assert [(r.claim_id, r.days_overdue) for r in stalled_claims(s, TODAY)] == [(claim_id, 2)]
    assert detail(book, claim_id).claim.stalled  # its own transaction: one at a time takes the book
    with pytest.raises(ValidationError), book.session() as s:
        set_service_rules(s, ServiceRules(complaint_due_days=0))


def test_open_claim_facts_give_the_stage_and_latest_step_of_each_open_claim(book: Book, ann: uuid.UUID,
                                                                            policy_id: uuid.UUID) -> None:
    first = report(book, policy_id, date(2026, 2, 1))
    step(book, first, S.DOCUMENTS_COLLECTED, date(2026, 2, 3))
    second = report(book, policy_id, date(2026, 3, 3))
    done = report(book, policy_id, date(2026, 1, 1))
    for stage in (S.DOCUMENTS_COLLECTED, S.SUBMITTED):
        step(book, done, stage, date(2026, 1, 2))
    step(book, done, S.DECLINED, date(2026, 1, 5))
    with book.session() as s:
        facts = {f.claim_id: f for f in open_claim_facts(s)}
    assert set(facts) == {first, second}
    assert (facts[first].client_id, facts[first].policy_id, facts[first].stage, facts[first].last_step_on) == (
        ann, policy_id, S.DOCUMENTS_COLLECTED, date(2026, 2, 3))
    assert (facts[second].stage, facts[second].last_step_on) == (S.REPORTED, date(2026, 3, 3))


def test_paid_claim_durations_count_from_report_to_payment(book: Book, policy_id: uuid.UUID) -> None:
    for reported, paid_on in ((date(2025, 1, 1), date(2025, 1, 31)), (date(2025, 2, 1), date(2025, 2, 11))):
        claim_id = report(book, policy_id, reported)
        for stage in (S.DOCUMENTS_COLLECTED, S.SUBMITTED, S.APPROVED):
            step(book, claim_id, stage, reported)
        step(book, claim_id, S.PAID, paid_on, amount_paid=Decimal(1))
    report(book, policy_id, date(2025, 3, 1))  # unpaid: not counted
    with book.session() as s:
        assert paid_claim_durations(s) == [10, 30]


@pytest.mark.slow
def test_stalled_claims_stay_fast_in_a_big_book(book: Book, ann: uuid.UUID, policy_id: uuid.UUID) -> None:
    """2,000 open claims among 20,000 closed ones: the Today screen's query stays well under 100 ms."""
    with book.session() as s:
        conn = s.connection()
        claims, steps = [], []
        for n in range(22_000):
            claim_id = uuid.uuid4()
            status = "reported" if n < 2000 else "paid"
            claims.append({"id": claim_id, "policy_id": policy_id, "client_id": ann, "kind": "medical",
                           "status": status})
            steps.append({"id": uuid.uuid4(), "claim_id": claim_id, "step": "reported",
                          "on_date": date(2025, 1, 1) + timedelta(days=n % 400)})
        conn.execute(Claim.__table__.insert(), [{**c, "version": 1, "claim_number": "", "notes": ""}
                                               for c in claims])
        conn.execute(ClaimStep.__table__.insert(), [{**st, "version": 1, "note": ""} for st in steps])
    with book.session() as s:
        started = time.perf_counter()
        rows = stalled_claims(s, TODAY)
        elapsed = time.perf_counter() - started
    assert len(rows) == 2000
    assert elapsed < 0.5, elapsed
