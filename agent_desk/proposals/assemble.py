"""From a proposal request and a catalog to everything the proposal prints.

Pricing goes through the planner (and so through `pricing.price`, as the quote
command does), the needs through `analyse_needs`, the years through the
illustration rules. A proposal is never printed with a cover the catalog
refuses: any ineligible item stops it with one line naming the item.
"""

from __future__ import annotations

import dataclasses

from agent_desk.domain.catalog import Catalog
from agent_desk.domain.clients import age_on
from agent_desk.domain.illustration import illustrate, premium_schedule
from agent_desk.domain.needs import Benefit, NeedsAssumptions, PersonFacts, analyse_needs
from agent_desk.domain.planner import (
    MAX_ALTERNATIVES,
    Alternative,
    PlanLine,
    PlanPerson,
    PricedLine,
    PricedPlan,
    compare,
    price_plan,
)
from agent_desk.domain.pricing import Insured
from agent_desk.errors import AgentDeskError, ValidationError
from agent_desk.proposals.model import LANGUAGES, PAPERS, Member, PlanOption, ProposalData
from agent_desk.proposals.request import OptionSpec, ProposalRequest


class ProposalError(AgentDeskError):
    """The proposal cannot be made as asked; the message says why in one line."""

    def __init__(self, message: str):
        # Names and reasons come from the plan file and the catalog: keep the message on one line.
        super().__init__(" ".join(message.split()))


_ASSUMPTIONS = frozenset(f.name for f in dataclasses.fields(NeedsAssumptions))


def plan_lines(option: OptionSpec) -> list[PlanLine]:
    """An option's items as planner lines: item i is key "i", its riders "i.j" on base "i"."""
    lines = []
    for i, item in enumerate(option.items):
        lines.append(PlanLine(str(i), item.insured, item.product, item.sum_assured, item.term, item.payment_term,
                              item.frequency))
        lines += [PlanLine(f"{i}.{j}", item.insured, rider.code, rider.sum_assured, frequency=item.frequency,
                           base_key=str(i)) for j, rider in enumerate(item.riders)]
    return lines


def assemble(request: ProposalRequest, catalog: Catalog, language: str, paper: str = "a4") -> ProposalData:
    if language not in LANGUAGES:
        raise ProposalError(f"the language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    if paper not in PAPERS:
        raise ProposalError(f"the paper must be a4 or letter, not {paper!r}")
    if len(request.options) > MAX_ALTERNATIVES:
        raise ProposalError(f"at most {MAX_ALTERNATIVES} plans are compared, not {len(request.options)}")
    if request.catalog_id and (request.catalog_id, request.catalog_version) != (catalog.catalog_id, catalog.version):
        raise ProposalError(f"the plan was made on catalog {request.catalog_id} {request.catalog_version}, "
                            f"not {catalog.catalog_id} {catalog.version}")
    members = tuple(Member(m.id, m.name, m.sex, m.birth_date, m.smoker, m.role, m.annual_income,
                           age_on(m.birth_date, request.as_of) if m.birth_date else None, m.occupation,
                           m.name_local)
                    for m in request.members)
    people = {m.key: PlanPerson(m.key, m.name, Insured(m.sex, m.birth_date, m.smoker)
                                if m.sex and m.birth_date else None) for m in members}
    options = []
    for option in request.options:
        priced = price_plan(catalog, people, plan_lines(option), request.as_of)
        for problem in priced.ineligible:
            raise ProposalError(_ineligible(option.name, priced, problem, people[problem.line.insured_key].name))
        options.append(PlanOption(option.name, priced))
    recommended, alternatives = options[0], tuple(options[1:])
    facts = [PersonFacts(m.id, m.name, m.birth_date, m.role, m.annual_income, m.expected_pension,
                         m.retirement_savings) for m in request.members]
    try:
        needs = analyse_needs(facts, request.existing, request.assumptions, request.as_of)
    except ValidationError as exc:
        field, reason = next(iter(exc.problems.items()))
        if field in _ASSUMPTIONS:
            field = f"assumptions.{field}"
        raise ProposalError(f"the needs analysis cannot run: {field}: {reason}") from None
    insured = {line.line.insured_key for line in recommended.plan.lines}
    insured_keys = tuple(m.key for m in members if m.key in insured)
    illustrations = tuple(illustration for m in members if m.key in insured and (
        illustration := illustrate(recommended.plan, m.key, m.sex, m.smoker, catalog.rounding)) is not None)
    comparison = ()
    if alternatives:
        comparison = tuple(compare([Alternative(o.name, o.plan) for o in options],
                                   [people[m.key] for m in members], [b.value for b in Benefit], request.budget))
    return ProposalData(
        number=request.proposal_number(), version=request.version, language=language, paper=paper,
        as_of=request.as_of, agent=request.agent, client_key=request.client_id, members=members, catalog=catalog,
        recommended=recommended, alternatives=alternatives, budget=request.budget, needs=needs,
        illustrations=illustrations, schedule=tuple(premium_schedule(recommended.plan, insured_keys)),
        insured_keys=insured_keys, comparison=comparison, cooling_off_days=catalog.cooling_off_days,
        notes=request.notes)


def _ineligible(option: str, plan: PricedPlan, problem: PricedLine, person: str) -> str:
    """One line naming the plan option, the item (1-based, as the agent counts), the product and the person;
    for a rider also its base."""
    line = problem.line
    item = int(line.key.split(".")[0]) + 1
    if line.base_key is None:
        what = line.product_code
    else:
        base = plan.line(line.base_key)
        what = f"rider {line.product_code} on {base.line.product_code if base else 'its base'}"
    return f"{option}, item {item}: {what} for {person} is not eligible: {problem.reason}"
