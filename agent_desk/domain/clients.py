"""What a client is, and the rules a client record must satisfy."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from agent_desk.errors import ValidationError


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"


class LifecycleStage(StrEnum):
    """Where the client stands with the agent, from first contact onwards."""

    PROSPECT = "prospect"
    NEW = "new"  # first policy in its first year
    ACTIVE = "active"
    DORMANT = "dormant"  # no in-force policy, still in touch
    LOST = "lost"


class Tier(StrEnum):
    A = "A"
    B = "B"
    C = "C"


class ActivityKind(StrEnum):
    CALL = "call"
    VISIT = "visit"
    MEETING = "meeting"
    MESSAGE = "message"
    GIFT = "gift"


class HouseholdRole(StrEnum):
    HEAD = "head"
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    OTHER = "other"


class RelationKind(StrEnum):
    """Ties between two clients. Referral is not here: it is the client's own
    `referred_by` link, so there is one source of truth for who referred whom."""

    SPOUSE = "spouse"
    PARENT = "parent"  # from_client is a parent of to_client
    CHILD = "child"
    SIBLING = "sibling"
    COLLEAGUE = "colleague"
    FRIEND = "friend"
    OTHER = "other"

    @property
    def inverse(self) -> RelationKind:
        return {RelationKind.PARENT: RelationKind.CHILD, RelationKind.CHILD: RelationKind.PARENT}.get(self, self)


class PolicyStatus(StrEnum):
    PENDING = "pending"
    IN_FORCE = "in_force"
    GRACE = "grace"
    LAPSED = "lapsed"
    SURRENDERED = "surrendered"
    MATURED = "matured"
    TERMINATED = "terminated"


class PaymentFrequency(StrEnum):
    ANNUAL = "annual"
    SEMIANNUAL = "semiannual"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"

    @property
    def per_year(self) -> int:
        return {"annual": 1, "semiannual": 2, "quarterly": 4, "monthly": 12}[self.value]


MAX_NAME_LENGTH = 120
MAX_AGE_YEARS = 130  # an older birth date is a typing mistake
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_ALLOWED = re.compile(r"^\+?[0-9 ()\-.#]+$")


@dataclass(frozen=True)
class ClientDetails:
    """The editable details of a client, as the form and the importer give them."""

    name: str
    name_local: str = ""
    sex: Sex | None = None
    birth_date: date | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    occupation: str = ""
    occupation_class: int | None = None
    annual_income: Decimal | None = None
    smoker: bool = False
    stage: LifecycleStage = LifecycleStage.PROSPECT
    tier: Tier | None = None
    consent_marketing: bool = False
    notes: str = ""

    def normalised(self) -> ClientDetails:
        """Trimmed strings, so "  Ann " and "Ann" are the same name."""
        # Field names looked up once and no copy when nothing changes: an import validates 100k rows.
        changes = {}
        for name in _DETAIL_FIELDS:
            value = getattr(self, name)
            if isinstance(value, str) and value != value.strip():
                changes[name] = value.strip()
        return replace(self, **changes) if changes else self


_DETAIL_FIELDS = tuple(f.name for f in fields(ClientDetails))


def phone_digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def validate_client(details: ClientDetails, today: date) -> ClientDetails:
    """Return the normalised details, or raise ValidationError naming every bad field."""
    d = details.normalised()
    problems: dict[str, str] = {}
    if not d.name and not d.name_local:
        problems["name"] = "A name is required (in either script)."
    for name_field in ("name", "name_local"):
        if len(getattr(d, name_field)) > MAX_NAME_LENGTH:
            problems[name_field] = f"At most {MAX_NAME_LENGTH} characters."
    if d.birth_date is not None:
        if d.birth_date > today:
            problems["birth_date"] = "The birth date cannot be in the future."
        elif d.birth_date < years_before(today, MAX_AGE_YEARS):
            problems["birth_date"] = "The birth date is more than 130 years ago."
    if d.phone:
        digits = phone_digits(d.phone)
        if not _PHONE_ALLOWED.match(d.phone) or not 6 <= len(digits) <= 15:
            problems["phone"] = "A phone number has 6 to 15 digits and only + ( ) - . # or spaces besides."
    if d.email and not _EMAIL.match(d.email):
        problems["email"] = "This is not an e-mail address (name@example.com)."
    if d.annual_income is not None and d.annual_income < 0:
        problems["annual_income"] = "Income cannot be negative."
    if d.occupation_class is not None and not 1 <= d.occupation_class <= 6:
        problems["occupation_class"] = "Occupation class is 1 to 6."
    if problems:
        raise ValidationError(problems)
    return d


def parse_income(text: str) -> Decimal | None:
    """Parse an income typed by a person: "1,200,000" or "1200000.50"; blank is None."""
    cleaned = text.strip().replace(",", "").replace("_", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError({"annual_income": f"'{text.strip()}' is not an amount."}) from None
    if not value.is_finite():
        raise ValidationError({"annual_income": f"'{text.strip()}' is not an amount."})
    return value


def display_name(name: str, name_local: str) -> str:
    """How a client is named in lists: both scripts when both exist."""
    if name and name_local:
        return f"{name_local} {name}"
    return name or name_local


def years_before(day: date, years: int) -> date:
    """The same calendar day `years` earlier; 29 February becomes 28 February in a common year."""
    year = day.year - years
    if (day.month, day.day) == (2, 29) and not calendar.isleap(year):
        return date(year, 2, 28)
    return day.replace(year=year)


def age_on(birth_date: date, on: date) -> int:
    """Completed years on a date (a 29 February birthday counts on 28 February)."""
    birthday = (birth_date.month, birth_date.day)
    if birthday == (2, 29) and not calendar.isleap(on.year):
        birthday = (2, 28)
    years = on.year - birth_date.year
    if (on.month, on.day) < birthday:
        years -= 1
    return years


