"""The self-contained plan file: what a proposal is made from, without a book.

The command line reads it (`agent-desk proposal --plan-file`), and the book
stores every generated proposal's inputs in the same form, so an old version
re-renders from its snapshot exactly as it was printed. The format:

    {"as_of": "YYYY-MM-DD",
     "agent": {"name", "licence", "phone", "email", "name_local"?},
     "client": {"name", "sex", "birth_date", "annual_income", "id"?, ...},
     "members": [{"id", "name", "sex", "birth_date", "smoker", "role", "name_local"?,
                  "annual_income"?, "occupation"?, "expected_pension"?, "retirement_savings"?}],
     "items": [{"insured": ID, "product": CODE, "sum_assured": "…", "term": N, "payment_term"?: N,
                "frequency": "annual|semiannual|quarterly|monthly", "riders": [{"code", "sum_assured"?}]}],
     "budget": {"amount": "…", "period": "annual|monthly"},
     "name"?: "the plan's name", "alternatives"?: [{"name", "items": […]}],
     "assumptions"?: {NeedsAssumptions field: value}, "existing"?: [{"insured", "benefit", "amount", "source"}],
     "catalog"?: {"id", "version"}, "proposal"?: {"number", "version"}, "notes"?: "…"}

The client is the member whose id is the client's "id", else the member with
the client's name, else the client joins the household as its head. Roles are
HouseholdRole values ("self" means head). Amounts are strings or whole
numbers, never floats; dates are written YYYY-MM-DD and no one is born after
as_of. At most two alternatives (three plans are compared), and "catalog"
gives both id and version. Anything else is a `PlanFileError` naming the field.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from agent_desk.domain.clients import HouseholdRole
from agent_desk.domain.money import to_decimal
from agent_desk.domain.needs import Benefit, ExistingCover, NeedsAssumptions
from agent_desk.domain.planner import BUDGET_PERIODS, MAX_ALTERNATIVES, Budget
from agent_desk.domain.pricing import FREQUENCIES
from agent_desk.errors import AgentDeskError
from agent_desk.proposals.model import AgentInfo

CLIENT_KEY = "client"  # the client's member id when the file does not list the client as a member
DEFAULT_PLAN_NAME = "Recommended"
MAX_FILE_ALTERNATIVES = MAX_ALTERNATIVES - 1  # the comparison holds the plan itself and its alternatives
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ROLES = tuple(role.value for role in HouseholdRole)
_BENEFITS = tuple(benefit.value for benefit in Benefit)
_BUDGET_PERIODS = tuple(BUDGET_PERIODS)


class PlanFileError(AgentDeskError):
    """The plan file is not usable; the message names the field."""


@dataclass(frozen=True)
class RiderSpec:
    code: str
    sum_assured: Decimal | None = None


@dataclass(frozen=True)
class ItemSpec:
    insured: str
    product: str
    sum_assured: Decimal | None
    term: int | None = None
    payment_term: int | None = None
    frequency: str = "annual"
    riders: tuple[RiderSpec, ...] = ()


@dataclass(frozen=True)
class OptionSpec:
    name: str
    items: tuple[ItemSpec, ...]


@dataclass(frozen=True)
class MemberSpec:
    id: str
    name: str
    sex: str | None
    birth_date: date | None
    smoker: bool = False
    role: str = HouseholdRole.HEAD.value
    annual_income: Decimal = Decimal(0)
    occupation: str = ""
    expected_pension: Decimal = Decimal(0)
    retirement_savings: Decimal = Decimal(0)
    name_local: str = ""  # the name in Chinese script, which Chinese proposals print


@dataclass(frozen=True)
class ProposalRequest:
    as_of: date
    agent: AgentInfo
    client_id: str  # a member id
    members: tuple[MemberSpec, ...]  # the client first
    options: tuple[OptionSpec, ...]  # the recommended plan first, then its alternatives
    budget: Budget | None = None
    assumptions: NeedsAssumptions = NeedsAssumptions()
    existing: tuple[ExistingCover, ...] = ()
    catalog_id: str = ""  # "" : whatever catalog it is priced on
    catalog_version: str = ""
    number: str = ""  # "" : derived from the content
    version: int = 1
    notes: str = ""

    @property
    def recommended(self) -> OptionSpec:
        return self.options[0]

    def proposal_number(self) -> str:
        """The given number, or one derived from the inputs, so a batch reprint keeps its numbers."""
        if self.number:
            return self.number
        content = json.dumps(request_to_json(dataclasses.replace(self, version=1)), sort_keys=True)
        return "P-" + hashlib.sha256(content.encode()).hexdigest()[:8].upper()


def load_plan_file(path: Path | str) -> ProposalRequest:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise PlanFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return parse_plan_file(data)


def parse_plan_file(data: bytes | str | Mapping[str, Any]) -> ProposalRequest:
    if not isinstance(data, Mapping):
        try:
            data = json.loads(data)
        except UnicodeDecodeError:
            raise PlanFileError("the plan file is not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise PlanFileError(f"the plan file is not valid JSON: {exc.msg} at line {exc.lineno} "
                                f"column {exc.colno}") from None
    if not isinstance(data, Mapping):
        raise PlanFileError("the plan file must be a JSON object")
    return _Reader().request(data)


class _Reader:
    def request(self, doc: Mapping[str, Any]) -> ProposalRequest:
        as_of = self.date(doc.get("as_of"), "as_of", required=True)
        agent = self.agent(self.obj(doc, "agent"))
        client = self.obj(doc, "client")
        members = [self.member(m, f"members[{i}]") for i, m in enumerate(self.list(doc, "members"))]
        first_with: dict[str, int] = {}
        for i, member in enumerate(members):
            self.born_by(member.birth_date, as_of, f"members[{i}].birth_date")
            if member.id in first_with:
                raise PlanFileError(f"members[{i}].id: {member.id!r} is already the id of "
                                    f"members[{first_with[member.id]}]")
            first_with[member.id] = i
        listed = len(members)
        client_id, members = self.client(client, members)
        if len(members) > listed:  # the client joined the household
            self.born_by(members[0].birth_date, as_of, "client.birth_date")
        known = {m.id for m in members}
        options = [OptionSpec(self.text(doc, "name", "name", required=False) or DEFAULT_PLAN_NAME,
                              self.items(doc, "items", known))]
        alternatives = self.list(doc, "alternatives", required=False)
        if len(alternatives) > MAX_FILE_ALTERNATIVES:
            raise PlanFileError(f"alternatives: at most {MAX_FILE_ALTERNATIVES} alternatives, so that "
                                f"{MAX_ALTERNATIVES} plans are compared, not {len(alternatives)}")
        for i, alt in enumerate(alternatives):
            path = f"alternatives[{i}]"
            if not isinstance(alt, Mapping):
                raise PlanFileError(f"{path}: must be an object with a name and items")
            options.append(OptionSpec(self.text(alt, "name", f"{path}.name"), self.items(alt, "items", known, path)))
        catalog_id, catalog_version = self.catalog(doc.get("catalog"))
        proposal = doc.get("proposal")
        proposal = {} if proposal is None else proposal
        if not isinstance(proposal, Mapping):
            raise PlanFileError("proposal: must be an object with a number and a version")
        version = proposal.get("version", 1)
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise PlanFileError("proposal.version: must be a whole number from 1")
        return ProposalRequest(
            as_of=as_of, agent=agent, client_id=client_id, members=tuple(members), options=tuple(options),
            budget=self.budget(doc.get("budget")), assumptions=self.assumptions(doc.get("assumptions")),
            existing=self.existing(doc.get("existing"), known),
            catalog_id=catalog_id, catalog_version=catalog_version,
            number=self.text(proposal, "number", "proposal.number", required=False), version=version,
            notes=self.text(doc, "notes", "notes", required=False))

    # -- parts ----------------------------------------------------------------------------------------------

    def catalog(self, obj: Any) -> tuple[str, str]:
        """The catalog the plan was made on: both id and version, or neither."""
        if obj is None:
            return "", ""
        if not isinstance(obj, Mapping):
            raise PlanFileError("catalog: must be an object with an id and a version")
        return self.text(obj, "id", "catalog.id"), self.text(obj, "version", "catalog.version")

    def born_by(self, birth_date: date | None, as_of: date, path: str) -> None:
        if birth_date is not None and birth_date > as_of:
            raise PlanFileError(f"{path}: {birth_date.isoformat()} is after as_of {as_of.isoformat()}")

    def agent(self, obj: Mapping[str, Any]) -> AgentInfo:
        return AgentInfo(self.text(obj, "name", "agent.name"), self.text(obj, "licence", "agent.licence"),
                         self.text(obj, "phone", "agent.phone", required=False),
                         self.text(obj, "email", "agent.email", required=False),
                         self.text(obj, "name_local", "agent.name_local", required=False))

    def member(self, obj: Any, path: str) -> MemberSpec:
        if not isinstance(obj, Mapping):
            raise PlanFileError(f"{path}: must be an object")
        role = obj.get("role", HouseholdRole.HEAD.value)
        role = HouseholdRole.HEAD.value if role == "self" else role
        if not isinstance(role, str) or role not in _ROLES:
            raise PlanFileError(f"{path}.role: must be self, head, spouse, child, parent or other, not {role!r}")
        smoker = obj.get("smoker", False)
        if not isinstance(smoker, bool):
            raise PlanFileError(f"{path}.smoker: must be true or false")
        member_id = obj.get("id")
        if isinstance(member_id, bool) or not isinstance(member_id, (str, int)) or str(member_id) == "":
            raise PlanFileError(f"{path}.id: must be a string or number that names the member")
        return MemberSpec(str(member_id), self.text(obj, "name", f"{path}.name"), self.sex(obj.get("sex"), path),
                          self.date(obj.get("birth_date"), f"{path}.birth_date"), smoker, role,
                          self.money(obj.get("annual_income"), f"{path}.annual_income") or Decimal(0),
                          self.text(obj, "occupation", f"{path}.occupation", required=False),
                          self.money(obj.get("expected_pension"), f"{path}.expected_pension") or Decimal(0),
                          self.money(obj.get("retirement_savings"), f"{path}.retirement_savings") or Decimal(0),
                          self.text(obj, "name_local", f"{path}.name_local", required=False))

    def client(self, obj: Mapping[str, Any], members: list[MemberSpec]) -> tuple[str, list[MemberSpec]]:
        """The client's member id, and the members with the client first."""
        name = self.text(obj, "name", "client.name")
        wanted = obj.get("id")
        match = next((m for m in members if wanted is not None and m.id == str(wanted)), None)
        if wanted is not None and match is None:
            raise PlanFileError(f"client.id: no member has id {wanted!r}")
        match = match or next((m for m in members if m.name == name), None)
        if match is None:
            if any(m.id == CLIENT_KEY for m in members):
                raise PlanFileError(f"client: give the client's member id (a member is called {CLIENT_KEY!r})")
            smoker = obj.get("smoker", False)
            if not isinstance(smoker, bool):
                raise PlanFileError("client.smoker: must be true or false")
            match = MemberSpec(CLIENT_KEY, name, self.sex(obj.get("sex"), "client"),
                               self.date(obj.get("birth_date"), "client.birth_date"), smoker,
                               HouseholdRole.HEAD.value,
                               self.money(obj.get("annual_income"), "client.annual_income") or Decimal(0),
                               self.text(obj, "occupation", "client.occupation", required=False),
                               name_local=self.text(obj, "name_local", "client.name_local", required=False))
            return CLIENT_KEY, [match, *members]
        return match.id, [match, *(m for m in members if m.id != match.id)]

    def items(self, doc: Mapping[str, Any], key: str, known: set[str], parent: str = "") -> tuple[ItemSpec, ...]:
        where = f"{parent}.{key}" if parent else key
        values = self.list(doc, key, path=where)
        if not values:
            raise PlanFileError(f"{where}: a plan needs at least one item")
        return tuple(self.item(item, f"{where}[{i}]", known) for i, item in enumerate(values))

    def item(self, obj: Any, path: str, known: set[str]) -> ItemSpec:
        if not isinstance(obj, Mapping):
            raise PlanFileError(f"{path}: must be an object")
        insured = obj.get("insured")
        if insured is None or str(insured) not in known:
            raise PlanFileError(f"{path}.insured: no member has id {insured!r}")
        frequency = obj.get("frequency", "annual")
        if not isinstance(frequency, str) or frequency not in FREQUENCIES:
            raise PlanFileError(f"{path}.frequency: must be one of {', '.join(FREQUENCIES)}, not {frequency!r}")
        riders = []
        for j, rider in enumerate(self.list(obj, "riders", required=False, path=f"{path}.riders")):
            if not isinstance(rider, Mapping):
                raise PlanFileError(f"{path}.riders[{j}]: must be an object with a code")
            riders.append(RiderSpec(self.text(rider, "code", f"{path}.riders[{j}].code"),
                                    self.money(rider.get("sum_assured"), f"{path}.riders[{j}].sum_assured")))
        return ItemSpec(str(insured), self.text(obj, "product", f"{path}.product"),
                        self.money(obj.get("sum_assured"), f"{path}.sum_assured"),
                        self.whole(obj.get("term"), f"{path}.term"),
                        self.whole(obj.get("payment_term"), f"{path}.payment_term"), frequency, tuple(riders))

    def budget(self, obj: Any) -> Budget | None:
        if obj is None:
            return None
        if not isinstance(obj, Mapping):
            raise PlanFileError("budget: must be an object with amount and period")
        amount = self.money(obj.get("amount"), "budget.amount")
        if amount is None or amount <= 0:
            raise PlanFileError("budget.amount: must be more than zero")
        period = obj.get("period", "annual")
        if not isinstance(period, str) or period not in _BUDGET_PERIODS:
            raise PlanFileError(f"budget.period: must be annual or monthly, not {period!r}")
        return Budget(amount, period)

    def assumptions(self, obj: Any) -> NeedsAssumptions:
        if obj is None:
            return NeedsAssumptions()
        if not isinstance(obj, Mapping):
            raise PlanFileError("assumptions: must be an object")
        fields = {f.name: f for f in dataclasses.fields(NeedsAssumptions)}
        values: dict[str, Any] = {}
        for key, raw in obj.items():
            if key not in fields:
                raise PlanFileError(f"assumptions.{key}: unknown assumption")
            if fields[key].type in ("int", int):
                values[key] = self.whole(raw, f"assumptions.{key}")
            else:
                values[key] = self.money(raw, f"assumptions.{key}")
            if values[key] is None:
                raise PlanFileError(f"assumptions.{key}: must be a number")
        return NeedsAssumptions(**values)

    def existing(self, values: Any, known: set[str]) -> tuple[ExistingCover, ...]:
        if values is None:
            return ()
        if not isinstance(values, list):
            raise PlanFileError("existing: must be a list")
        cover = []
        for i, obj in enumerate(values):
            path = f"existing[{i}]"
            if not isinstance(obj, Mapping):
                raise PlanFileError(f"{path}: must be an object")
            insured = obj.get("insured")
            if insured is None or str(insured) not in known:
                raise PlanFileError(f"{path}.insured: no member has id {insured!r}")
            benefit = obj.get("benefit")
            if not isinstance(benefit, str) or benefit not in _BENEFITS:
                raise PlanFileError(f"{path}.benefit: must be one of {', '.join(_BENEFITS)}, not {benefit!r}")
            amount = self.money(obj.get("amount"), f"{path}.amount")
            if amount is None:
                raise PlanFileError(f"{path}.amount: is required")
            cover.append(ExistingCover(str(insured), benefit, amount,
                                       self.text(obj, "source", f"{path}.source", required=False)))
        return tuple(cover)

    # -- scalars --------------------------------------------------------------------------------------------

    def obj(self, doc: Mapping[str, Any], key: str) -> Mapping[str, Any]:
        value = doc.get(key)
        if not isinstance(value, Mapping):
            raise PlanFileError(f"{key}: must be an object")
        return value

    def list(self, doc: Mapping[str, Any], key: str, required: bool = True, path: str = "") -> list:
        value = doc.get(key)
        if value is None and not required:
            return []
        if not isinstance(value, list):
            raise PlanFileError(f"{path or key}: must be a list")
        return value

    def text(self, obj: Mapping[str, Any], key: str, path: str, required: bool = True) -> str:
        value = obj.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            raise PlanFileError(f"{path}: must be {'a non-empty' if required else 'a'} string")
        return value.strip()

    def date(self, value: Any, path: str, required: bool = False) -> date | None:
        if value is None and not required:
            return None
        try:
            # fromisoformat alone also takes "20261125" and week dates; the file has one way to write a date.
            if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
                raise ValueError(value)
            return date.fromisoformat(value)
        except ValueError:
            raise PlanFileError(f"{path}: must be a date written YYYY-MM-DD, not {value!r}") from None

    def sex(self, value: Any, path: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or value not in ("F", "M"):
            raise PlanFileError(f"{path}.sex: must be \"F\" or \"M\", not {value!r}")
        return value

    def money(self, value: Any, path: str) -> Decimal | None:
        if value is None:
            return None
        amount = to_decimal(value)
        if amount is None:
            raise PlanFileError(f"{path}: must be an amount written as a string, e.g. \"1000000\", not {value!r}")
        if amount < 0:
            raise PlanFileError(f"{path}: must not be negative")
        return amount

    def whole(self, value: Any, path: str) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise PlanFileError(f"{path}: must be a whole number of years, not {value!r}")
        return value


def request_to_json(request: ProposalRequest) -> dict[str, Any]:
    """The plan file of a request; parse_plan_file reads it back to an equal request.

    Amounts are written in one canonical form ("1000000", never "1000000.00"),
    so equal requests give equal files and the same proposal number."""
    def amount(value: Decimal | None) -> str | None:
        return None if value is None else _canonical(value)

    def items(option: OptionSpec) -> list[dict[str, Any]]:
        return [{"insured": i.insured, "product": i.product, "sum_assured": amount(i.sum_assured), "term": i.term,
                 "payment_term": i.payment_term, "frequency": i.frequency,
                 "riders": [{"code": r.code, "sum_assured": amount(r.sum_assured)} for r in i.riders]}
                for i in option.items]

    client = request.members[0]
    document: dict[str, Any] = {
        "as_of": request.as_of.isoformat(),
        "agent": dataclasses.asdict(request.agent),
        "client": {"id": client.id, "name": client.name},
        "members": [{"id": m.id, "name": m.name, "sex": m.sex,
                     "birth_date": m.birth_date.isoformat() if m.birth_date else None, "smoker": m.smoker,
                     "role": m.role, "annual_income": amount(m.annual_income), "occupation": m.occupation,
                     "expected_pension": amount(m.expected_pension), "retirement_savings": amount(m.retirement_savings),
                     "name_local": m.name_local}
                    for m in request.members],
        "name": request.recommended.name,
        "items": items(request.recommended),
        "alternatives": [{"name": o.name, "items": items(o)} for o in request.options[1:]],
        "assumptions": {f.name: _assumption(getattr(request.assumptions, f.name))
                        for f in dataclasses.fields(NeedsAssumptions)},
        "existing": [{"insured": c.person_key, "benefit": c.benefit, "amount": amount(c.amount), "source": c.source}
                     for c in request.existing],
        "proposal": {"number": request.number, "version": request.version},
        "notes": request.notes,
    }
    if request.budget is not None:
        document["budget"] = {"amount": amount(request.budget.amount), "period": request.budget.period}
    if request.catalog_id:
        document["catalog"] = {"id": request.catalog_id, "version": request.catalog_version}
    if not request.number:
        del document["proposal"]["number"]
    return document


def _assumption(value: int | Decimal) -> int | str:
    return value if isinstance(value, int) else _canonical(value)


def _canonical(value: Decimal) -> str:
    """Plain digits without trailing zeros: 1000000.00 → "1000000", 0.70 → "0.7"."""
    return format(value.normalize(), "f")
