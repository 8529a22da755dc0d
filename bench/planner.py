"""Plan designer latency on the demo catalog: suggest_plan for a family of four
(cold, including loading the catalog, then warm), and price_plan on a 16-line plan.
Pure domain work, no book: what the designer does each time an input changes."""

from __future__ import annotations

import os
import statistics
import time
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

CATALOG = Path(__file__).resolve().parents[1] / "resources" / "catalogs" / "demo.json"
AS_OF = date(2025, 6, 1)
RUNS = int(os.environ.get("BENCH_RUNS", "50"))
GOAL_MS = 200
BUDGETS = [("5,000 a month", "5000", "monthly"), ("15,000 a month", "15000", "monthly"),
           ("40,000 a month", "40000", "monthly"), ("100,000 a year", "100000", "annual"),
           ("10,000,000 a year (covers everything)", "10000000", "annual")]


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def family():  # noqa: ANN201
    """Head 40 earning 1,200,000; spouse 38 earning 600,000; children 8 and 5; mortgage 6,000,000."""
    from agent_desk.domain.needs import NeedsAssumptions, PersonFacts
    from agent_desk.domain.planner import PlanPerson
    from agent_desk.domain.pricing import Insured

    members = [("head", "M", date(1985, 1, 15), "head", "1200000"),
               ("spouse", "F", date(1987, 3, 10), "spouse", "600000"),
               ("older", "M", date(2017, 2, 1), "child", "0"),
               ("younger", "F", date(2020, 1, 20), "child", "0")]
    facts = [PersonFacts(key, key.title(), born, role, Decimal(income)) for key, _, born, role, income in members]
    people = {key: PlanPerson(key, key.title(), Insured(sex, born)) for key, sex, born, _, _ in members}
    return facts, people, replace(NeedsAssumptions(), mortgage=Decimal(6000000))


def sixteen_lines(people):  # noqa: ANN001, ANN201
    """Four lines per person: a base, its riders, and cover for other benefits."""
    from agent_desk.domain.planner import PlanLine

    d = Decimal
    return [
        PlanLine("h1", "head", "TL20", d(5000000), 20, frequency="monthly"),
        PlanLine("h2", "head", "ADB", d(3000000), base_key="h1", frequency="monthly"),
        PlanLine("h3", "head", "WP", base_key="h1", frequency="monthly"),
        PlanLine("h4", "head", "CIWL", d(2000000), payment_term=20, frequency="monthly"),
        PlanLine("s1", "spouse", "TL30", d(3000000), 30, frequency="monthly"),
        PlanLine("s2", "spouse", "ADB", base_key="s1", frequency="monthly"),
        PlanLine("s3", "spouse", "CI20", d(1000000), 20, frequency="monthly"),
        PlanLine("s4", "spouse", "MED10", d(500000), 10, frequency="monthly"),
        PlanLine("o1", "older", "MED10", d(500000), 10, frequency="monthly"),
        PlanLine("o2", "older", "HC", d(2000), base_key="o1", frequency="monthly"),
        PlanLine("o3", "older", "WL", d(300000), payment_term=20, frequency="monthly"),
        PlanLine("o4", "older", "EDU", d(1500000), payment_term=10, frequency="monthly"),
        PlanLine("y1", "younger", "MED10", d(500000), 10, frequency="monthly"),
        PlanLine("y2", "younger", "HC", d(2000), base_key="y1", frequency="monthly"),
        PlanLine("y3", "younger", "CIWL", d(1000000), payment_term=20, frequency="monthly"),
        PlanLine("y4", "younger", "EDU", d(1500000), payment_term=10, frequency="monthly"),
    ]


def timed(fn, runs: int) -> list[float]:  # noqa: ANN001
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def summary(samples: list[float]) -> str:
    return (f"min {min(samples):6.1f}  median {statistics.median(samples):6.1f}  "
            f"p95 {percentile(samples, 95):6.1f}")


def main() -> None:
    start = time.perf_counter()
    from agent_desk.domain.catalog import load_catalog
    from agent_desk.domain.needs import analyse_needs
    from agent_desk.domain.planner import Budget, price_plan
    from agent_desk.domain.suggest import suggest_plan
    imported = time.perf_counter()

    facts, people, assumptions = family()
    catalog = load_catalog(CATALOG)
    loaded = time.perf_counter()
    needs = analyse_needs(facts, [], assumptions, AS_OF)
    first_budget = Budget(Decimal(BUDGETS[1][1]), BUDGETS[1][2])
    suggest_plan(catalog, needs, people, first_budget, AS_OF)
    cold = time.perf_counter()
    print(f"suggest_plan, family of four on the demo catalog ({len(catalog.products)} products), ms")
    print(f"  cold, {BUDGETS[1][0]}: {(cold - loaded) * 1000:6.1f} after loading the catalog "
          f"({(loaded - imported) * 1000:.1f}); {(cold - imported) * 1000:.1f} in all "
          f"(imports {(imported - start) * 1000:.1f} more)")

    print(f"  warm, {RUNS} runs after one:")
    everything: list[float] = []
    for label, amount, period in BUDGETS:
        budget = Budget(Decimal(amount), period)
        result = suggest_plan(catalog, needs, people, budget, AS_OF)
        samples = timed(lambda budget=budget: suggest_plan(catalog, needs, people, budget, AS_OF), RUNS)
        everything += samples
        print(f"    {label:38s} {summary(samples)}  ({len(result.lines)} lines)")
    print(f"    {'all budgets':38s} {summary(everything)}  goal <= {GOAL_MS}")

    lines = sixteen_lines(people)
    plan = price_plan(catalog, people, lines, AS_OF)
    assert not plan.ineligible, [(p.line.key, p.reason) for p in plan.ineligible]
    samples = timed(lambda: price_plan(catalog, people, lines, AS_OF), RUNS)
    print(f"price_plan, 16 lines over 4 people ({RUNS} runs after one), ms")
    print(f"    {'16 lines':38s} {summary(samples)}")


if __name__ == "__main__":
    main()
