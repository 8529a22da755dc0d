"""The demo book: realistic clients in English and Chinese, their households,
family ties and referrals, policies and activities, made in seconds; and the
agent whose book it is, with the details a proposal's cover prints.

Families are made one after another from a single `Random(seed)` (see
domain/demo_families.py and domain/demo_policies.py), so a seed and a `today`
always give the same book; only row ids differ, on purpose. A 100,000-client
book must take seconds, so there is no ORM object and no query per row: rows
are made as tuples already in the form the models store them, and written in
chunks, many rows per INSERT statement.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime, timedelta
from functools import cache
from itertools import chain

from sqlalchemy import Connection, Date, DateTime, Table, select
from sqlalchemy.orm import Session

from agent_desk.domain import demo_data as data
from agent_desk.domain.clients import ActivityKind, LifecycleStage, Tier, display_name
from agent_desk.domain.demo_families import DemoRandom, Family, FamilyMaker, IdSource, Person, Weighted
from agent_desk.domain.demo_policies import DemoPolicy, PolicyMaker
from agent_desk.domain.demo_service import DemoService, ServiceMaker
from agent_desk.domain.search_text import search_body, search_grams
from agent_desk.errors import ValidationError
from agent_desk.services.agent_profile import AgentDetails, save_agent_details
from agent_desk.store.bulk import insert_sql, variable_limit
from agent_desk.store.models import (
    Activity,
    AgentProfile,
    Claim,
    ClaimDocument,
    ClaimStep,
    Client,
    ClientSearchDoc,
    Complaint,
    Household,
    HouseholdMember,
    Policy,
    Relationship,
    ServiceRequest,
)
from agent_desk.sync import outbox

CHUNK_CLIENTS = 2500  # clients written per step, and per progress report

_KINDS = Weighted([(ActivityKind.CALL, 35), (ActivityKind.MESSAGE, 30), (ActivityKind.VISIT, 12),
                   (ActivityKind.MEETING, 13), (ActivityKind.GIFT, 10)])
# How many activities a client of each stage has, and how many days back they go.
_ACTIVITY_COUNTS = {
    LifecycleStage.PROSPECT: (Weighted([(0, 4), (1, 4), (2, 2)]), (1, 730)),
    LifecycleStage.NEW: (Weighted([(2, 3), (3, 4), (4, 2), (5, 1)]), (1, 364)),
    LifecycleStage.ACTIVE: (Weighted([(1, 3), (2, 4), (3, 2), (4, 1)]), (1, 730)),
    LifecycleStage.DORMANT: (Weighted([(1, 6), (2, 4)]), (1, 730)),  # still in touch: see _activities
    LifecycleStage.LOST: (Weighted([(0, 5), (1, 5)]), (366, 730)),  # nothing in the last year
}


@dataclass(frozen=True)
class DemoReport:
    clients: int
    households: int
    relationships: int
    policies: int
    activities: int
    claims: int
    service_requests: int
    complaints: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    def summary(self) -> str:
        """One line: "2000 clients, 531 households, …"."""
        return ", ".join(f"{count} {(what if count != 1 else _ONE[what]).replace('_', ' ')}"
                         for what, count in self.as_dict().items())


_ONE = {"clients": "client", "households": "household", "relationships": "relationship", "policies": "policy",
        "activities": "activity", "claims": "claim", "service_requests": "service_request",
        "complaints": "complaint"}


def create_demo_book(session: Session, clients: int, seed: int,
                     progress: Callable[[int, int], None] | None = None,
                     today: date | None = None) -> DemoReport:
    """Fill the (empty) book with `clients` demo clients and what surrounds them."""
    if clients < 1:
        raise ValidationError({"clients": "A demo book needs at least one client."})
    _add_demo_agent(session, seed)
    maker = _ChunkMaker(seed, today or date.today())
    connection = session.connection()
    writer = _Writer(connection)
    # Building each secondary index once at the end is cheaper than keeping
    # it up to date row by row; unique ones stay, they are rules.
    indexes = [index for model in _COLUMNS for index in model.__table__.indexes if not index.unique]
    for index in indexes:
        index.drop(connection)
    sizes = [min(CHUNK_CLIENTS, clients - start) for start in range(0, clients, CHUNK_CLIENTS)]
    totals = dict.fromkeys((f.name for f in fields(DemoReport)), 0)  # _Rows has a list of each
    done = 0
    # Making a chunk is Python work and writing one is mostly SQLite's, which
    # releases the GIL (and a chunk takes only a few large statements, so the
    # writer seldom waits to get it back): a helper thread makes the next
    # chunk while this one is written, which saves about 40%. Chunks are
    # still made one at a time, in order, so the seed gives the same book;
    # only this thread touches the session.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-book") as helper:
        upcoming = helper.submit(maker.chunk, sizes[0], writer)
        for index in range(len(sizes)):
            rows, statements = upcoming.result()
            if index + 1 < len(sizes):
                upcoming = helper.submit(maker.chunk, sizes[index + 1], writer)
            writer.execute(statements)
            for table in totals:
                totals[table] += len(getattr(rows, table))
            done += sizes[index]
            if progress is not None:
                progress(done, clients)
    for index in indexes:
        index.create(connection)
    writer.execute(_past_service_statements(today or date.today()))
    # Statistics for the query planner, so a search drives from the few rows
    # it matches rather than walking every client (0.1 s for 100k clients).
    writer.execute([("ANALYZE", ())])
    if outbox.is_enrolled(connection):  # written past the ORM: the office hears of it here
        outbox.queue_whole_book(session)
    return DemoReport(**totals)


# The agent whose book it is: (name, name in Chinese, e-mail name). Taiwanese,
# as the demo catalog is in TWD; the company and its mail domain are made up
# (.example is reserved for examples), as are the licence numbers.
_DEMO_AGENTS = (("Grace Lin", "林佳恩", "grace.lin"), ("Kevin Chen", "陳冠宇", "kevin.chen"),
                ("Amy Huang", "黃雅婷", "amy.huang"), ("Jason Wu", "吳承翰", "jason.wu"),
                ("Vivian Tsai", "蔡宜蓁", "vivian.tsai"), ("Eric Chang", "張家豪", "eric.chang"))
DEMO_COMPANY = "Evergreen Mutual Life"  # as resources/branding names the company
_DEMO_MAIL_DOMAIN = "evergreen-mutual.example"


def demo_agent(seed: int) -> AgentDetails:
    """The demo book's agent, the same for a seed. It draws from its own
    stream, so a seed makes the same clients it made before the agent existed."""
    rng = random.Random(f"agent:{seed}")
    name, name_local, mail_name = rng.choice(_DEMO_AGENTS)
    return AgentDetails(name=name, name_local=name_local, licence_number=f"TW-LA-{rng.randint(100000, 999999)}",
                        phone=f"09{rng.randint(10, 89)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}",
                        email=f"{mail_name}@{_DEMO_MAIL_DOMAIN}", company=DEMO_COMPANY)


def _add_demo_agent(session: Session, seed: int) -> None:
    """Give the book the demo agent's details, unless the agent already filled in their own."""
    if session.scalar(select(AgentProfile.id).where(AgentProfile.deleted_at.is_(None)).limit(1)) is None:
        save_agent_details(session, demo_agent(seed))


class _ChunkMaker:
    """Makes the demo book chunk after chunk, from one seeded Random."""

    def __init__(self, seed: int, today: date):
        self._rng, self._ids, self._today = DemoRandom(seed), IdSource(), today
        self._families = FamilyMaker(self._rng, today, self._ids)
        self._insurer = PolicyMaker(self._rng, today, self._ids)
        # Claims, requests and complaints draw from their own stream, so a seed
        # still makes the same clients and policies it made before they existed.
        self._service = ServiceMaker(DemoRandom(f"service:{seed}"), today, self._ids)

    def chunk(self, clients: int, writer: _Writer) -> tuple[_Rows, list[tuple[str, tuple]]]:
        """Rows for exactly `clients` clients, and the statements that insert them."""
        rows = _Rows(self._ids, self._rng, self._today)
        while len(rows.clients) < clients:
            family = self._families.family(clients - len(rows.clients))
            policies = self._insurer.insure(family)
            self._families.remember_referrers(family.members)
            rows.add_family(family, policies, self._service.serve(family, policies))
        return rows, writer.statements(rows)


# The agent already delivered the policies issued more than this long ago, and
# made the return visit, as the follow-up rules ask (domain/followups.py).
DELIVERED_AFTER_DAYS = 10
_DASHED_ID = ("lower(substr(id, 1, 8) || '-' || substr(id, 9, 4) || '-' || substr(id, 13, 4) || '-' || "
              "substr(id, 17, 4) || '-' || substr(id, 21))")


def _past_service_statements(today: date) -> list[tuple[str, tuple]]:
    """Done delivery and return-visit follow-ups for the recent policies that
    are past them, keyed as the rules key them, so a demo book opens on the
    work that is really left rather than weeks of undelivered policies."""
    first, last = today - timedelta(days=90), today - timedelta(days=DELIVERED_AFTER_DAYS)
    statements = []
    for kind, after_days, outcome in (("delivery", 3, "Delivered in person; explained the cooling-off period."),
                                      ("return_visit", 6, "Client understands the cover; no questions.")):
        due = f"date(issue_date, '+{after_days} days')"
        statements.append((
            "INSERT INTO followups (id, created_at, updated_at, version, deleted_at, client_id, policy_id, claim_id, "
            "kind, title, due_date, status, snoozed_until, recurrence, rule_key, rule_due, completed_at, outcome, "
            f"notes) SELECT lower(hex(randomblob(16))), {due} || ' 00:00:00.000000', {due} || ' 10:00:00.000000', "
            f"1, NULL, holder_id, id, NULL, ?, policy_number, {due}, 'done', NULL, '', ? || {_DASHED_ID}, {due}, "
            f"{due} || ' 10:00:00.000000', ?, '' FROM policies WHERE issue_date BETWEEN ? AND ? "
            "AND status IN ('in_force', 'grace')",
            (kind, f"{kind}:", outcome, date_text(first), date_text(last))))
    return statements


def _activities(person: Person, rng: random.Random, today: date) -> list[tuple[ActivityKind, datetime, str]]:
    """The agent's contacts with an adult, as the person's stage implies."""
    if person.age(today) < 18:
        return []
    counts, (first_day, last_day) = _ACTIVITY_COUNTS[person.stage]
    count = counts.pick(rng) + (1 if person.tier is Tier.A else 0)
    midnight = datetime(today.year, today.month, today.day)
    activities = []
    for index in range(count):
        # A dormant client is still in touch: the first contact falls in the last year.
        days = rng.randint(first_day, 364 if index == 0 and person.stage is LifecycleStage.DORMANT else last_day)
        at = midnight - timedelta(days=days, minutes=-rng.randint(9 * 60, 20 * 60))  # in office hours
        kind = _KINDS.pick(rng)
        activities.append((kind, at, rng.choice(_notes(kind, person.market))))
    return activities


@cache
def _notes(kind: ActivityKind, market: data.Market) -> tuple[str, ...]:
    return tuple(data.note_text(text, market) for text in data.ACTIVITY_NOTES[kind])


def _first_contact(person: Person, activities: list, rng: random.Random, today: date) -> datetime:
    """When the agent met the person: before their first policy and first logged contact."""
    issued = [p.issue_date for p in person.held + person.covered if p.issue_date is not None]
    day = min(issued) - timedelta(days=rng.randint(10, 90)) if issued else today - timedelta(days=rng.randint(1, 730))
    met = datetime(day.year, day.month, day.day, rng.randint(9, 18), rng.randint(0, 59))
    return min([met, *(at for _, at, _ in activities)])


# Per table: the columns each row gives, in order, and those every demo row
# has the same value in, written into the SQL (fewer parameters to bind).
_SYNCED = {"version": "1", "deleted_at": "NULL"}
_COLUMNS: dict[type, tuple[tuple[str, ...], dict[str, str]]] = {
    Client: (("id", "created_at", "updated_at", "name", "name_local", "sort_name", "sex", "birth_date", "phone",
              "email", "address", "occupation", "occupation_class", "annual_income", "smoker", "stage", "tier",
              "consent_marketing", "consent_recorded_at", "referred_by_id", "notes"),
             {**_SYNCED, "id_number": "''", "assigned_agent": "''", "tier_basis": "NULL"}),
    Household: (("id", "created_at", "updated_at", "name", "address"), _SYNCED),
    HouseholdMember: (("id", "created_at", "updated_at", "household_id", "client_id", "role"), _SYNCED),
    Relationship: (("id", "created_at", "updated_at", "from_client_id", "to_client_id", "kind"),
                   {**_SYNCED, "note": "''"}),
    Policy: (("id", "created_at", "updated_at", "policy_number", "holder_id", "insured_id", "product_code",
              "product_name", "currency", "sum_assured", "annual_premium", "modal_premium", "frequency",
              "issue_date", "term_years", "payment_term_years", "status", "next_due_date"),
             {**_SYNCED, "catalog_version": "''", "plan_item_id": "NULL"}),
    Activity: (("id", "created_at", "updated_at", "client_id", "kind", "occurred_at", "note"),
               {**_SYNCED, "outcome": "''", "followup_id": "NULL"}),
    ClientSearchDoc: (("client_id", "body", "grams", "sort_name"), {}),  # the rowid is SQLite's to give
    Claim: (("id", "created_at", "updated_at", "policy_id", "client_id", "claim_number", "kind", "incident_date",
             "amount_claimed", "amount_paid", "status", "notes"), _SYNCED),
    ClaimStep: (("id", "created_at", "updated_at", "claim_id", "step", "on_date", "note"), _SYNCED),
    ClaimDocument: (("id", "created_at", "updated_at", "claim_id", "name", "received_on"),
                    {**_SYNCED, "required": "1"}),
    ServiceRequest: (("id", "created_at", "updated_at", "client_id", "policy_id", "kind", "opened_on", "due_on",
                      "closed_on", "status", "outcome", "notes"), _SYNCED),
    Complaint: (("id", "created_at", "updated_at", "client_id", "policy_id", "received_on", "due_on", "resolved_on",
                 "status", "summary", "outcome"), _SYNCED),
}


def date_text(day: date | None) -> str | None:
    """A date as the models store it in SQLite (checked against SQLAlchemy in _Writer)."""
    return None if day is None else day.isoformat()


def time_text(moment: datetime) -> str:
    """A naive datetime as the models store it in SQLite."""
    return moment.isoformat(" ", "microseconds")


class _Writer:
    """Writes a chunk's rows, given in storage form: UUIDs as 32 hex digits,
    dates and times as SQLAlchemy's SQLite text, money as Decimal text.

    Many rows go in one statement: fewer round trips through the driver, and
    FTS5 flushes its pending index at every statement, so one search row per
    statement would leave a tiny index segment per client and spend its time
    merging them (~9 s for 100k clients, against ~3 s in batches)."""

    def __init__(self, connection: Connection):
        self._connection = connection
        self._check_storage_formats(connection.dialect)
        limit = variable_limit(connection)
        self._tables: dict[str, tuple[Table, Sequence[str], dict[str, str], int]] = {}
        for model, (columns, constants) in _COLUMNS.items():
            table = model.__table__
            if {*columns, *constants} != set(table.c.keys()) - {"rowid"}:  # a new column needs a value here
                raise RuntimeError(f"demo rows for {table.name} do not match its columns")
            self._tables[table.name] = (table, columns, constants, max(1, limit // len(columns)))

    @staticmethod
    def _check_storage_formats(dialect) -> None:  # noqa: ANN001
        sample = datetime(2001, 2, 3, 4, 5, 6, 7)
        as_sqlalchemy = (Date().dialect_impl(dialect).bind_processor(dialect)(sample.date()),
                         DateTime().dialect_impl(dialect).bind_processor(dialect)(sample))
        if as_sqlalchemy != (date_text(sample.date()), time_text(sample)):
            raise RuntimeError(f"SQLAlchemy stores dates as {as_sqlalchemy}; the demo writer must follow")

    def statements(self, rows: _Rows) -> list[tuple[str, tuple]]:
        """(SQL, parameters) inserting the rows, many rows a statement; touches no database."""
        statements = []
        for name, table_rows in rows.tables():
            table, columns, constants, batch = self._tables[name]
            for start in range(0, len(table_rows), batch):
                chunk = table_rows[start:start + batch]
                sql = insert_sql(table.name, columns, len(chunk), constants)
                statements.append((sql, tuple(chain.from_iterable(chunk))))
        return statements

    def execute(self, statements: list[tuple[str, tuple]]) -> None:
        for sql, parameters in statements:
            self._connection.exec_driver_sql(sql, parameters)


class _Rows:
    """One chunk's rows per table, as tuples in `_COLUMNS` order."""

    def __init__(self, ids: IdSource, rng: random.Random, today: date):
        self._ids, self._rng, self._today = ids, rng, today
        self.clients: list[tuple] = []
        self.households: list[tuple] = []
        self.members: list[tuple] = []
        self.relationships: list[tuple] = []
        self.policies: list[tuple] = []
        self.activities: list[tuple] = []
        self.search: list[tuple[str, str, str, str]] = []
        self.claims: list[tuple] = []
        self.claim_steps: list[tuple] = []
        self.claim_documents: list[tuple] = []
        self.service_requests: list[tuple] = []
        self.complaints: list[tuple] = []

    def tables(self) -> list[tuple[str, list[tuple]]]:
        """Rows per table name, in an order foreign keys allow."""
        return [(Client.__tablename__, self.clients), (Household.__tablename__, self.households),
                (HouseholdMember.__tablename__, self.members), (Relationship.__tablename__, self.relationships),
                (Policy.__tablename__, self.policies), (ClientSearchDoc.__tablename__, self.search),
                (Activity.__tablename__, self.activities), (Claim.__tablename__, self.claims),
                (ClaimStep.__tablename__, self.claim_steps), (ClaimDocument.__tablename__, self.claim_documents),
                (ServiceRequest.__tablename__, self.service_requests), (Complaint.__tablename__, self.complaints)]

    def add_family(self, family: Family, policies: list[DemoPolicy], service: DemoService) -> None:
        # Clients first: every other row refers to them.
        stamps = {person: self._add_person(person, family.address) for person in family.members}
        new_id = self._ids.new
        head_stamp = stamps[family.head]
        if family.household_name:
            household = new_id()
            self.households.append((household, head_stamp, head_stamp, family.household_name, family.address))
            self.members += [(new_id(), head_stamp, head_stamp, household, person.id, person.role.value)
                             for person in family.members]
        for one, other, kind in family.ties:
            stamp = max(stamps[one], stamps[other])
            self.relationships.append((new_id(), stamp, stamp, one.id, other.id, kind.value))
        for policy in policies:
            self._add_policy(policy)
        self._add_service(service)

    def _add_person(self, person: Person, address: str) -> str:
        """Adds the client, its search text and its activities; returns its creation stamp."""
        rng, market = self._rng, person.market
        activities = _activities(person, rng, self._today)
        created = _first_contact(person, activities, rng, self._today)
        updated = max([created, *(at for _, at, _ in activities)])
        consent = rng.random() < (0.35 if person.stage is LifecycleStage.PROSPECT else 0.7)
        created_text = time_text(created)
        sort_name = display_name(person.name, person.name_local).casefold()
        self.clients.append((
            person.id, created_text, time_text(updated), person.name, person.name_local,
            sort_name, person.sex, date_text(person.birth),
            person.phone, person.email, address, person.occupation.title.in_(market.script),
            person.occupation.occupation_class, _money(person.income), int(person.smoker), person.stage.value,
            person.tier.value if person.tier else None, int(consent), created_text if consent else None,
            person.referred_by, person.notes,
        ))
        self.search.append(_search_row(person, sort_name))
        for kind, at, note in activities:
            at_text = time_text(at)
            self.activities.append((self._ids.new(), at_text, at_text, person.id, kind.value, at_text, note))
        return created_text

    def _add_policy(self, policy: DemoPolicy) -> None:
        issued = policy.issue_date or self._today - timedelta(days=self._rng.randint(1, 20))
        stamp = time_text(datetime.combine(issued, datetime.min.time()))
        self.policies.append((
            policy.id, stamp, stamp, policy.number, policy.holder.id, policy.insured.id, policy.product.code,
            policy.product.name.in_(policy.holder.market.script), policy.currency, _money(policy.sum_assured),
            _money(policy.annual_premium), _money(policy.modal_premium), policy.frequency.value,
            date_text(policy.issue_date), policy.term_years, policy.pay_years, policy.status.value,
            date_text(policy.next_due_date),
        ))


    def _add_service(self, service: DemoService) -> None:
        new_id = self._ids.new
        for claim in service.claims:
            reported, last = claim.steps[0][1], claim.steps[-1][1]
            self.claims.append((
                claim.id, _stamp(reported), _stamp(last), claim.policy.id, claim.policy.insured.id, claim.claim_number,
                claim.kind.value, date_text(claim.incident_date), _money(claim.amount_claimed),
                _money(claim.amount_paid), claim.stage.value, claim.notes,
            ))
            self.claim_steps += [(new_id(), _stamp(on), _stamp(on), claim.id, stage.value, date_text(on), note)
                                 for stage, on, note in claim.steps]
            self.claim_documents += [(new_id(), _stamp(reported), _stamp(received or reported), claim.id, code,
                                      date_text(received)) for code, received in claim.documents]
        for request in service.requests:
            self.service_requests.append((
                request.id, _stamp(request.opened_on), _stamp(request.closed_on or request.opened_on),
                request.client.id, request.policy.id if request.policy else None, request.kind.value,
                date_text(request.opened_on), date_text(request.due_on), date_text(request.closed_on),
                request.status.value, request.outcome, request.notes,
            ))
        for complaint in service.complaints:
            self.complaints.append((
                complaint.id, _stamp(complaint.received_on), _stamp(complaint.resolved_on or complaint.received_on),
                complaint.client.id, complaint.policy.id if complaint.policy else None,
                date_text(complaint.received_on), date_text(complaint.due_on), date_text(complaint.resolved_on),
                complaint.status.value, complaint.summary, complaint.outcome,
            ))


def _stamp(day: date) -> str:
    """A row written on a day, at the start of office hours."""
    return time_text(datetime(day.year, day.month, day.day, 9))


def _money(amount) -> str | None:  # noqa: ANN001
    return None if amount is None else str(amount)


def _search_row(person: Person, sort_name: str) -> tuple[str, str, str, str]:
    """The text store/search.refresh_search_doc would write. Its query lists
    the policies a client holds, then those insuring them that others hold,
    each in the order written (SQLite's OR-by-union plan), so the same here."""
    numbers = [p.number for p in person.held] + [p.number for p in person.covered]
    body = search_body(name=person.name, name_local=person.name_local, phone=person.phone, email=person.email,
                       id_number="", policy_numbers=numbers, notes=person.notes)
    grams = search_grams(name=person.name, name_local=person.name_local, phone=person.phone, email=person.email,
                         policy_numbers=numbers)
    return person.id, body, grams, sort_name
