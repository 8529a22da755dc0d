"""The dashboard's figures on a small real book whose every number is worked
out by hand below (today is 30 June 2025; "the last 90 days" start on 2 April)."""

from __future__ import annotations

import time
import uuid
from datetime import date, datetime
from decimal import Decimal

import pytest

from agent_desk.domain.kpis import Rate
from agent_desk.services.dashboard import BookKpis, book_kpis
from agent_desk.store.book import Book
from agent_desk.store.models import Claim, ClaimStep, Client, FollowUp, Policy

TODAY = date(2025, 6, 30)
DELETED = datetime(2025, 6, 1, 9, 0)


def noon(day: str) -> datetime:
    """A completion stamp (naive UTC) at noon: the same calendar day in any zone from UTC-11 to UTC+11."""
    return datetime.fromisoformat(f"{day} 12:00:00")


class BookBuilder:
    def __init__(self, session) -> None:  # noqa: ANN001
        self.s = session
        self._numbers = 0

    def client(self, tier: str | None, stage: str, deleted: bool = False) -> uuid.UUID:
        row = Client(name=f"Client {tier}-{stage}", stage=stage, tier=tier, deleted_at=DELETED if deleted else None)
        self.s.add(row)
        self.s.flush()
        return row.id

    def policy(self, holder: uuid.UUID, currency: str, premium: str, status: str, issued: str | None,
               next_due: str | None = None, deleted: bool = False) -> uuid.UUID:
        self._numbers += 1
        row = Policy(policy_number=f"P{self._numbers:04d}", holder_id=holder, insured_id=holder, product_code="X",
                     currency=currency, annual_premium=Decimal(premium), status=status,
                     issue_date=date.fromisoformat(issued) if issued else None,
                     next_due_date=date.fromisoformat(next_due) if next_due else None,
                     deleted_at=DELETED if deleted else None)
        self.s.add(row)
        self.s.flush()
        return row.id

    def followup(self, kind: str, due: str, status: str, client: uuid.UUID | None = None,
                 policy: uuid.UUID | None = None, done_at: datetime | None = None, deleted: bool = False) -> None:
        self.s.add(FollowUp(kind=kind, due_date=date.fromisoformat(due), status=status, client_id=client,
                            policy_id=policy, completed_at=done_at, deleted_at=DELETED if deleted else None))

    def claim(self, client: uuid.UUID, policy: uuid.UUID, steps: list[tuple[str, str]],
              deleted_steps: tuple[tuple[str, str], ...] = ()) -> None:
        claim = Claim(client_id=client, policy_id=policy, status=steps[-1][0])
        self.s.add(claim)
        self.s.flush()
        for step, on in steps:
            self.s.add(ClaimStep(claim_id=claim.id, step=step, on_date=date.fromisoformat(on)))
        for step, on in deleted_steps:
            self.s.add(ClaimStep(claim_id=claim.id, step=step, on_date=date.fromisoformat(on), deleted_at=DELETED))


@pytest.fixture
def kpis(book: Book) -> BookKpis:
    with book.session() as s:
        b = BookBuilder(s)
        ann = b.client("A", "active")
        bob = b.client("A", "active")
        cai = b.client("B", "new")
        b.client(None, "prospect")
        gone = b.client("C", "dormant", deleted=True)  # deleted: nothing of this client counts
        lin = b.client("B", "lost")

        # Premiums: in force and grace only. Persistency cohorts on 30 June 2025:
        # 13 months = 13 to 24 completed months, 25 months = 25 to 36.
        p1 = b.policy(ann, "TWD", "24000.50", "in_force", "2024-03-10", next_due="2026-03-10")  # 15 months
        b.policy(ann, "USD", "1200.25", "grace", "2023-05-01")  # 25 months
        p3 = b.policy(bob, "TWD", "10000", "in_force", "2024-05-31")  # 13 months: 30 June ends the month
        p4 = b.policy(cai, "TWD", "5000.10", "lapsed", "2024-01-15")  # 17 months, did not persist
        b.policy(cai, "HKD", "3000", "pending", None)  # not issued: no premium, no cohort
        b.policy(gone, "TWD", "99999", "in_force", "2024-02-01")  # deleted holder
        b.policy(bob, "TWD", "7000", "in_force", "2024-04-01", deleted=True)
        b.policy(lin, "TWD", "1500", "surrendered", "2023-02-15")  # 28 months, did not persist
        b.policy(lin, "CNY", "800", "in_force", "2025-06-01")  # too new for a cohort
        b.policy(bob, "TWD", "2000", "in_force", "2024-06-01")  # 12 months and 29 days: not yet 13

        # Renewals due 2 April – 30 June: collected are r1 (done) and r3 (void, paid at the office).
        b.followup("renewal", "2025-05-10", "done", ann, p1, done_at=noon("2025-05-09"))  # on time
        b.followup("renewal", "2025-06-20", "open", bob, p3)  # not collected; late
        b.followup("renewal", "2025-04-10", "void", ann, p1)  # next due moved to 2026: paid
        b.followup("renewal", "2025-05-15", "void", cai, p4)  # the policy lapsed: not collected
        b.followup("renewal", "2025-06-01", "cancelled", ann, p1)  # nothing was due: not counted
        b.followup("renewal", "2025-03-01", "done", ann, p1, done_at=noon("2025-03-01"))  # before the window
        b.followup("renewal", "2025-05-20", "done", ann, p1, done_at=noon("2025-05-20"), deleted=True)
        # Other follow-ups for the on-time rate.
        b.followup("birthday", "2025-06-05", "done", ann, done_at=noon("2025-06-07"))  # late
        b.followup("task", "2025-06-10", "done", None, done_at=noon("2025-06-10"))  # the agent's own, on time
        b.followup("review", "2025-06-30", "open", bob)  # due today: may still be done on time
        b.followup("review", "2025-06-01", "done", gone, done_at=noon("2025-06-01"))  # deleted client
        b.followup("review", "2025-06-15", "cancelled", bob)
        b.followup("review", "2025-07-05", "open", bob)  # not due yet
        b.followup("review", "2025-04-01", "done", bob, done_at=noon("2025-04-01"))  # a day before the window
        b.followup("review", "2025-04-02", "done", bob, done_at=noon("2025-03-30"))  # first day: early is on time

        # Claims paid in the last year (1 July 2024 – 30 June 2025): 14, 40 and 7 days.
        b.claim(ann, p1, [("reported", "2025-01-10"), ("paid", "2025-01-24")])
        b.claim(bob, p3, [("reported", "2025-03-01"), ("documents_collected", "2025-03-05"),
                          ("paid", "2025-04-10")])
        b.claim(ann, p1, [("reported", "2025-05-01")])  # not paid yet
        b.claim(ann, p1, [("reported", "2024-01-01"), ("paid", "2024-02-01")])  # paid before the year
        b.claim(gone, p1, [("reported", "2025-01-01"), ("paid", "2025-01-02")])  # deleted client
        b.claim(cai, p4, [("reported", "2025-02-01"), ("paid", "2025-02-08")],
                deleted_steps=(("paid", "2025-02-03"),))
    with book.session() as s:
        return book_kpis(s, TODAY)


def test_clients_by_tier_and_stage(kpis: BookKpis) -> None:
    assert kpis.clients == {("A", "active"): 2, ("B", "new"): 1, (None, "prospect"): 1, ("B", "lost"): 1}
    assert kpis.client_count == 5
    assert kpis.clients_by_tier() == {"A": 2, "B": 2, None: 1}
    assert kpis.clients_by_stage() == {"active": 2, "new": 1, "prospect": 1, "lost": 1}


def test_annualised_premium_per_currency_and_tier_exactly(kpis: BookKpis) -> None:
    assert kpis.premium_by_currency == {"TWD": Decimal("36000.50"), "USD": Decimal("1200.25"),
                                        "CNY": Decimal("800")}
    assert kpis.premium_by_tier == {("A", "TWD"): Decimal("36000.50"), ("A", "USD"): Decimal("1200.25"),
                                    ("B", "CNY"): Decimal("800")}
    assert all(isinstance(v, Decimal) for v in kpis.premium_by_currency.values())
    assert kpis.paying_policies == 5
    assert kpis.premium_converted is None  # no rates given


def test_persistency_13_and_25(kpis: BookKpis) -> None:
    assert kpis.persistency_13 == Rate(2, 3)  # p1, p3 persist; p4 lapsed
    assert kpis.persistency_13.percent == Decimal("66.7")
    assert kpis.persistency_25 == Rate(1, 2)  # the grace policy persists; the surrendered one did not


def test_renewals_collected_in_the_last_90_days(kpis: BookKpis) -> None:
    assert kpis.renewals_collected == Rate(2, 4)


def test_followups_done_on_time_in_the_last_90_days(kpis: BookKpis) -> None:
    # r1 on time, r2 late (open past due), birthday late, task on time, 2 April review on time.
    assert kpis.followups_on_time == Rate(3, 5)


def test_claims_median_days_to_payment(kpis: BookKpis) -> None:
    assert kpis.claims_paid == 3
    assert kpis.claim_days_median == Decimal(14)


def test_premium_converted_with_rates(book: Book) -> None:
    with book.session() as s:
        b = BookBuilder(s)
        holder = b.client("A", "active")
        b.policy(holder, "TWD", "1000", "in_force", "2024-01-01")
        b.policy(holder, "USD", "10.50", "in_force", "2024-01-01")
    with book.session() as s:
        with_rates = book_kpis(s, TODAY, rates={"USD": Decimal("32")}, base_currency="TWD")
        missing = book_kpis(s, TODAY, rates={}, base_currency="TWD")
    assert with_rates.premium_converted == Decimal("1336.00")
    assert with_rates.base_currency == "TWD"
    assert missing.premium_converted is None  # USD has no rate: no total rather than a wrong one


def test_an_empty_book_has_no_rates_only_zeros(book: Book) -> None:
    with book.session() as s:
        kpis = book_kpis(s, TODAY)
    assert kpis.client_count == 0
    assert kpis.premium_by_currency == {}
    assert kpis.persistency_13 is None and kpis.persistency_25 is None
    assert kpis.renewals_collected is None and kpis.followups_on_time is None
    assert kpis.claims_paid == 0 and kpis.claim_days_median is None


@pytest.fixture
def taipei_time(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    if not hasattr(time, "tzset"):
        pytest.skip("time zones are set per process only on Unix")
    monkeypatch.setenv("TZ", "Asia/Taipei")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_on_time_is_judged_on_the_agents_own_calendar_day(book: Book, taipei_time: None) -> None:
    with book.session() as s:
        b = BookBuilder(s)
        client = b.client("A", "active")
        # 20:00 UTC on the due day is 04:00 the next morning in Taipei: late.
        b.followup("review", "2025-06-10", "done", client, done_at=datetime(2025, 6, 10, 20, 0))
        # 23:00 UTC the day before is 07:00 on the day in Taipei: on time.
        b.followup("review", "2025-06-12", "done", client, done_at=datetime(2025, 6, 11, 23, 0))
    with book.session() as s:
        assert book_kpis(s, TODAY).followups_on_time == Rate(1, 2)
