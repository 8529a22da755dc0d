"""Everything a proposal prints, priced and analysed, in plain data.

`assemble` (assemble.py) makes a `ProposalData` from a `ProposalRequest` and a
catalog; the renderer only lays it out and formats it, so the numbers a
client reads are the pricing engine's and nothing else's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from agent_desk.domain.catalog import Catalog
from agent_desk.domain.illustration import Illustration, ScheduleRow
from agent_desk.domain.needs import Benefit, NeedsReport
from agent_desk.domain.planner import Budget, ComparisonRow, PricedPlan

LANGUAGES = ("en", "zh-Hant", "zh-Hans")
# Each language named in itself, as people look for their own in a list: never translated.
LANGUAGE_NAMES = {"en": "English", "zh-Hant": "繁體中文", "zh-Hans": "简体中文"}
PAPERS = ("a4", "letter")
ZERO = Decimal(0)


@dataclass(frozen=True)
class AgentInfo:
    name: str
    licence: str
    phone: str = ""
    email: str = ""
    name_local: str = ""

    def display_name(self, language: str) -> str:
        if language == "en":
            return self.name or self.name_local
        return self.name_local or self.name


@dataclass(frozen=True)
class Member:
    """A person of the household the plan is for (the client is one of them)."""

    key: str
    name: str
    sex: str | None  # "F", "M" or None when unknown
    birth_date: date | None
    smoker: bool
    role: str  # a HouseholdRole value
    annual_income: Decimal
    age: int | None  # completed years on the proposal date
    occupation: str = ""
    name_local: str = ""  # the name in Chinese script, when the client has one

    def display_name(self, language: str) -> str:
        """The Chinese name in a Chinese proposal, the Latin one in English; the other when one is missing."""
        if language == "en":
            return self.name or self.name_local
        return self.name_local or self.name


@dataclass(frozen=True)
class PlanOption:
    name: str
    plan: PricedPlan


@dataclass(frozen=True)
class CoverRow:
    """Per person and benefit: the need, cover held, cover proposed and what remains."""

    benefit: Benefit
    need: Decimal
    existing: Decimal
    proposed: Decimal

    @property
    def remaining(self) -> Decimal:
        return max(ZERO, self.need - self.existing - self.proposed)


@dataclass(frozen=True)
class ProposalData:
    number: str
    version: int
    language: str  # one of LANGUAGES
    paper: str  # one of PAPERS
    as_of: date
    agent: AgentInfo
    client_key: str  # the member who is the client (policyholder)
    members: tuple[Member, ...]  # the client first
    catalog: Catalog
    recommended: PlanOption
    alternatives: tuple[PlanOption, ...]  # the other options compared, without the recommended one
    budget: Budget | None
    needs: NeedsReport
    illustrations: tuple[Illustration, ...]  # one per insured person of the recommended plan, in member order
    schedule: tuple[ScheduleRow, ...]  # premium schedule; amounts in `insured_keys` order
    insured_keys: tuple[str, ...]  # members the recommended plan insures, in member order
    comparison: tuple[ComparisonRow, ...]  # recommended then alternatives; empty without alternatives
    cooling_off_days: int | None  # from the catalog; None: the contract states it
    notes: str = ""  # the agent's own words on why this plan suits

    @property
    def client(self) -> Member:
        return self.member(self.client_key)

    def member(self, key: str) -> Member:
        return next(m for m in self.members if m.key == key)

    @property
    def currency(self) -> str:
        return self.catalog.currency

    def cover_rows(self, person_key: str) -> list[CoverRow]:
        """Need, existing, proposed and remaining per benefit, for benefits with a need or cover."""
        person = self.needs.person(person_key)
        rows = [CoverRow(gap.benefit, gap.need, gap.existing, self.recommended.plan.cover(person_key, gap.benefit))
                for gap in person.gaps]
        return [row for row in rows if row.need or row.existing or row.proposed]

    def products_used(self) -> list[str]:
        """Codes of every product in the recommended plan and the alternatives, in first-use order."""
        codes: list[str] = []
        for option in (self.recommended, *self.alternatives):
            for line in option.plan.lines:
                if line.line.product_code not in codes:
                    codes.append(line.line.product_code)
        return codes
