"""Demo families: singles, couples, parents with children, adults living with
their elderly parents, each in one market, with names, ages, jobs and
contacts that fit together.

Chinese wives keep their own surname and children take their father's; in
English-speaking families the spouse usually shares it. A household lives at
one address. Everything but row ids comes from the `Random` given, so a
seed and a day always give the same families.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Generic, TypeVar

from agent_desk.domain import demo_data as data
from agent_desk.domain.clients import HouseholdRole, LifecycleStage, RelationKind, Tier
from agent_desk.domain.demo_data import Market, Occupation
from agent_desk.domain.demo_names import (
    CN_GIVEN,
    EN_FIRST,
    EN_SURNAMES,
    HK_ENGLISH_NAMES,
    HK_GIVEN,
    SURNAMES,
    TW_GIVEN,
    Era,
    GivenName,
)

T = TypeVar("T")


class Weighted(Generic[T]):
    """Picks items in proportion to integer weights, with one random() call."""

    def __init__(self, items: Sequence[tuple[T, int]]):
        self._pool = tuple(item for item, weight in items for _ in range(weight))

    def pick(self, rng: random.Random) -> T:
        return self._pool[int(rng.random() * len(self._pool))]


class DemoRandom(random.Random):
    """A seeded Random whose randint and choice cost one random() call each
    (the standard ones are several times slower, and a 100,000-client book
    makes millions of draws). The tiny bias of scaling a float is harmless
    for demo data."""

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq: Sequence[T]) -> T:
        return seq[int(self.random() * len(seq))]


class IdSource:
    """UUIDs as the book stores them (32 hex digits), in increasing order.

    Version 7 (RFC 9562): the start time in milliseconds, then a counter
    that starts at a random value. Ordered keys are appended to the primary-
    key and foreign-key indexes instead of landing on random pages, which
    makes bulk writing several times faster. They are deliberately not drawn
    from the seed: two demo books from one seed must not share row ids, or
    they would collide once synced."""

    def __init__(self) -> None:
        self._prefix = (time.time_ns() // 1_000_000) << 80 | 0x7 << 76  # unix ms, version 7
        self._counter = random.SystemRandom().getrandbits(64)  # 74 bits of room: never overflows

    def new(self) -> str:
        self._counter += 1
        counter = self._counter
        # rand_a (12 bits) | variant 0b10 | rand_b (62 bits)
        return f"{self._prefix | (counter >> 62) << 64 | 0b10 << 62 | (counter & _LOW_62):032x}"


_LOW_62 = (1 << 62) - 1


@dataclass(frozen=True)
class FamilyName:
    local: str  # "" for English names
    roman: str


@dataclass(eq=False, slots=True)
class Person:
    id: str
    market: Market
    surname: FamilyName
    given: str  # the romanised given name (or English name) people build e-mail addresses from
    name: str
    name_local: str
    sex: str
    birth: date
    occupation: Occupation
    income: Decimal | None
    smoker: bool
    phone: str = ""
    email: str = ""
    notes: str = ""
    role: HouseholdRole | None = None
    referred_by: str | None = None
    # Filled in once the family is insured (see demo_policies; lists of DemoPolicy).
    held: list = field(default_factory=list)  # policies this person pays for, in the order made
    covered: list = field(default_factory=list)  # policies insuring this person that others pay for
    stage: LifecycleStage = LifecycleStage.PROSPECT
    tier: Tier | None = None

    def age(self, on: date) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


@dataclass(eq=False)
class Family:
    market: Market
    members: list[Person]  # the head first
    address: str
    household_name: str  # "" for a single person, who has no household
    ties: list[tuple[Person, Person, RelationKind]]  # (a, b, kind): a is `kind` of b

    @property
    def head(self) -> Person:
        return self.members[0]


# The family shapes: roles besides the head, and how common each is (percent).
_SHAPES = Weighted([
    ((), 42),
    ((HouseholdRole.SPOUSE,), 16),
    ((HouseholdRole.SPOUSE, HouseholdRole.CHILD), 10),
    ((HouseholdRole.SPOUSE, HouseholdRole.CHILD, HouseholdRole.CHILD), 10),
    ((HouseholdRole.SPOUSE, HouseholdRole.CHILD, HouseholdRole.CHILD, HouseholdRole.CHILD), 3),
    ((HouseholdRole.CHILD,), 3),
    ((HouseholdRole.CHILD, HouseholdRole.CHILD), 2),
    ((HouseholdRole.SPOUSE, HouseholdRole.CHILD, HouseholdRole.PARENT), 3),
    ((HouseholdRole.SPOUSE, HouseholdRole.CHILD, HouseholdRole.CHILD, HouseholdRole.PARENT, HouseholdRole.PARENT), 3),
    ((HouseholdRole.PARENT,), 4),
    ((HouseholdRole.PARENT, HouseholdRole.PARENT), 4),
])
_MARKETS = Weighted([(market, market.weight) for market in data.MARKETS])
_CHINESE_SURNAMES = {
    code: Weighted([(s, s.weights[index]) for s in SURNAMES]) for index, code in enumerate(("TW", "HK", "CN"))
}
_EN_SURNAMES = Weighted(EN_SURNAMES)
_GIVEN = {
    (code, sex, era): tuple(g for g in names if g.sex == sex and g.era is era)
    for code, names in (("TW", TW_GIVEN), ("HK", HK_GIVEN), ("CN", CN_GIVEN), ("US", EN_FIRST))
    for sex in "FM" for era in Era
}
_JOBS = Weighted([(job, job.weight) for job in data.OCCUPATIONS])
DAYS_PER_YEAR = 365.25


class FamilyMaker:
    """Makes one family after another; remembers who may refer later ones."""

    def __init__(self, rng: random.Random, today: date, ids: IdSource | None = None):
        self.rng = rng
        self.today = today
        self.ids = ids or IdSource()
        self._referrers: list[str] = []  # ids of clients who may refer others
        self._referred_referrers: list[str] = []  # those of them who were referred themselves

    def family(self, at_most: int) -> Family:
        """A family of at most `at_most` people."""
        rng = self.rng
        roles = _SHAPES.pick(rng)
        if len(roles) >= at_most:
            roles = ()
        market = _MARKETS.pick(rng)
        head = self._head(market, roles)
        members, ties = [head], []
        spouse = self._spouse(head) if HouseholdRole.SPOUSE in roles else None
        if spouse is not None:
            spouse.role = HouseholdRole.SPOUSE
            members.append(spouse)
            ties.append((spouse, head, RelationKind.SPOUSE))
        for _ in range(roles.count(HouseholdRole.CHILD)):
            child = self._child(head, spouse, [m.name_local or m.name for m in members])
            child.role = HouseholdRole.CHILD
            members.append(child)
            ties += [(parent, child, RelationKind.PARENT) for parent in (head, spouse) if parent is not None]
        if HouseholdRole.PARENT in roles:
            members += self._parents(head, roles.count(HouseholdRole.PARENT), ties)
        address, area = data.address(rng, market)
        for person in members:
            self._contact(person, area)
        if len(members) > 1:
            head.role = HouseholdRole.HEAD
        head.referred_by = self._referrer()
        return Family(market, members, address, self._household_name(head) if len(members) > 1 else "", ties)

    def remember_referrers(self, people: Sequence[Person]) -> None:
        """Adult clients of earlier families may refer later ones (so chains never loop)."""
        for person in people:
            if person.stage is not LifecycleStage.PROSPECT and person.age(self.today) >= 20:
                self._referrers.append(person.id)
                if person.referred_by is not None:
                    self._referred_referrers.append(person.id)

    def _referrer(self) -> str | None:
        rng = self.rng
        if not self._referrers or rng.random() >= 0.2:
            return None
        # Happy referred clients refer others in turn: chains of three, four… form.
        if self._referred_referrers and rng.random() < 0.4:
            return rng.choice(self._referred_referrers)
        return rng.choice(self._referrers)

    # --- people ---------------------------------------------------------------------------------

    def _head(self, market: Market, roles: tuple[HouseholdRole, ...]) -> Person:
        rng = self.rng
        if HouseholdRole.CHILD in roles:
            age, male = rng.randint(28, 55), rng.random() < (0.75 if HouseholdRole.SPOUSE in roles else 0.2)
        elif HouseholdRole.PARENT in roles:
            age, male = rng.randint(28, 58), rng.random() < 0.6
        elif roles:
            age, male = rng.randint(25, 72), rng.random() < 0.75
        else:
            age, male = rng.randint(21, 78), rng.random() < 0.5
        return self._person(market, "M" if male else "F", self._born(age), self._surname(market))

    def _spouse(self, head: Person) -> Person:
        rng = self.rng
        # Husbands are usually a little older than their wives.
        gap = rng.randint(-2, 7) if head.sex == "M" else -rng.randint(-2, 7)
        birth = min(head.birth + timedelta(days=int((gap + rng.random()) * DAYS_PER_YEAR)), self._born(20))
        surname = head.surname if head.market.code == "US" and rng.random() < 0.85 else self._surname(head.market)
        return self._person(head.market, "F" if head.sex == "M" else "M", birth, surname)

    def _child(self, head: Person, spouse: Person | None, siblings: list[str]) -> Person:
        rng = self.rng
        mother = head if head.sex == "F" else spouse
        mother_birth = mother.birth if mother else head.birth + timedelta(days=3 * 365)
        latest = min(mother_birth + timedelta(days=int(42 * DAYS_PER_YEAR)), self.today)
        earliest = min(mother_birth + timedelta(days=int(22 * DAYS_PER_YEAR)), latest)
        birth = earliest + timedelta(days=int(rng.random() * (latest - earliest).days))
        father = head if head.sex == "M" else spouse
        if father is not None:
            surname = father.surname
        else:  # a single mother: English children share her name, Chinese ones their absent father's
            surname = head.surname if head.market.code == "US" else self._surname(head.market)
        sex = "M" if rng.random() < 0.51 else "F"
        for _ in range(3):  # siblings get different names
            child = self._person(head.market, sex, birth, surname)
            if (child.name_local or child.name) not in siblings:
                break
        return child

    def _parents(self, head: Person, count: int, ties: list) -> list[Person]:
        """The head's elderly parents (a lone one is the mother: women live longer)."""
        rng = self.rng
        parents = []
        for sex in ("M", "F")[2 - count:]:
            gap = rng.randint(24, 38)
            birth = max(head.birth - timedelta(days=int((gap + rng.random()) * DAYS_PER_YEAR)), self._born(95))
            # The father passes his surname on; a Chinese mother keeps her own.
            own_surname = sex == "F" and head.market.code != "US"
            parent = self._person(head.market, sex, birth, self._surname(head.market) if own_surname else head.surname)
            ties.append((head, parent, RelationKind.CHILD))  # the head is a child of the parent
            parent.role = HouseholdRole.PARENT
            parents.append(parent)
        if len(parents) == 2:
            ties.append((parents[1], parents[0], RelationKind.SPOUSE))
        return parents

    def _person(self, market: Market, sex: str, birth: date, surname: FamilyName) -> Person:
        rng = self.rng
        era = Era.of(birth.year)
        given = self._given(market, sex, era)
        age = self.today.year - birth.year
        occupation = self._occupation(sex, age)
        name, name_local = _names(market, surname, given)
        mail_name = given.roman
        if market.code == "HK" and birth.year >= 1955 and rng.random() < 0.35:
            mail_name = rng.choice(HK_ENGLISH_NAMES[sex])
            name = f"{mail_name} {name}"  # "Peter Chan Tai Man"
        return Person(
            id=self.ids.new(), market=market, surname=surname, given=mail_name, name=name, name_local=name_local,
            sex=sex,
            birth=birth, occupation=occupation, income=self._income(market, occupation),
            smoker=age >= 18 and rng.random() < (0.18 if sex == "M" else 0.04),
        )

    def _given(self, market: Market, sex: str, era: Era) -> GivenName:
        return self.rng.choice(_GIVEN[(market.code, sex, era)])

    def _surname(self, market: Market) -> FamilyName:
        if market.code == "US":
            return FamilyName("", _EN_SURNAMES.pick(self.rng))
        surname = _CHINESE_SURNAMES[market.code].pick(self.rng)
        local = surname.hans if market.code == "CN" else surname.hant
        return FamilyName(local, {"TW": surname.tw, "HK": surname.hk, "CN": surname.cn}[market.code])

    def _occupation(self, sex: str, age: int) -> Occupation:
        rng = self.rng
        if age < 18 or (age < 23 and rng.random() < 0.6):
            return data.STUDENT
        if age >= 65 and rng.random() < 0.85:
            return data.RETIRED
        if sex == "F" and rng.random() < 0.1:
            return data.HOMEMAKER
        return _JOBS.pick(rng)

    def _income(self, market: Market, occupation: Occupation) -> Decimal | None:
        if occupation.income_band is None:
            return None
        low, high = occupation.income_band
        amount = Decimal(self.rng.randint(low, high)) * market.income_per_band
        return (amount / market.income_round).to_integral_value() * market.income_round

    def _contact(self, person: Person, area: str) -> None:
        """Adults have a phone, most have e-mail; children under 15 neither."""
        rng = self.rng
        age = person.age(self.today)
        if age >= 18 or (age >= 15 and rng.random() < 0.5):
            person.phone = data.phone(rng, person.market, area) if rng.random() < 0.97 else ""
        if age >= 18 and rng.random() < (0.85 if age < 60 else 0.35):
            person.email = data.email(rng, person.market, person.given, person.surname.roman)
        if age >= 18 and rng.random() < 0.15:
            person.notes = data.note_text(rng.choice(data.CLIENT_NOTES), person.market)

    def _born(self, age: int) -> date:
        """A birth date `age` years (and some days) before today."""
        return self.today - timedelta(days=int((age + self.rng.random()) * DAYS_PER_YEAR))

    @staticmethod
    def _household_name(head: Person) -> str:
        if head.market.code == "US":
            return f"The {head.surname.roman} family"
        return f"{head.surname.local}家"


def _names(market: Market, surname: FamilyName, given: GivenName) -> tuple[str, str]:
    """The Latin-script name and the local-script name ("" for English names)."""
    if market.code == "US":
        return f"{given.roman} {surname.roman}", ""
    return f"{surname.roman} {given.roman}", f"{surname.local}{given.local}"

