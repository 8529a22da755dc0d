""""How we worked this out": each need line of the analysis in words, with the
inputs that made it (agent_desk/domain/needs.py documents the rules)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from agent_desk.domain.needs import Gap, NeedLine
from agent_desk.proposals.context import RenderContext

# Parameters printed as money, as a share, or as a plain number; anything else as text.
MONEY_PARAMS = frozenset({"income", "total", "per_child", "amount", "limit", "minimum", "pension", "target",
                          "shortfall", "savings", "earners_income"})
SHARE_PARAMS = frozenset({"ratio", "share"})


def _params(line: NeedLine, ctx: RenderContext) -> dict[str, str]:
    shown: dict[str, str] = {}
    for key, value in {**line.params, "amount": abs(line.amount)}.items():
        if value is None:
            shown[key] = ""
        elif key in MONEY_PARAMS and isinstance(value, Decimal):
            shown[key] = ctx.money(value)
        elif key in SHARE_PARAMS and isinstance(value, Decimal):
            shown[key] = ctx.fmt.percent(value, places=2)
        elif isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            shown[key] = ctx.fmt.number(value)
        elif key == "name":
            shown[key] = _display_name(str(value), ctx)
        else:
            shown[key] = str(value)
    return shown


def _display_name(name: str, ctx: RenderContext) -> str:
    """The analysis names people by their Latin name; print the proposal's form of it."""
    member = next((m for m in ctx.data.members if m.name == name), None)
    return member.display_name(ctx.language) if member else name


def _key(line: NeedLine) -> str:
    params: Mapping[str, object] = line.params
    if line.code == "income_replacement" and params.get("youngest_child_age") is not None and \
            params.get("years") == params.get("independence_age", 0) - params["youngest_child_age"]:
        return "need.income_replacement_until"
    return f"need.{line.code}"


def explain_line(line: NeedLine, ctx: RenderContext) -> str:
    return ctx.t(_key(line), **_params(line, ctx))


def explain_gap(gap: Gap, ctx: RenderContext) -> str:
    """Paragraph markup: the benefit and its need (in colour), the lines that made it, the cover already held."""
    parts = [explain_line(line, ctx) for line in gap.lines]
    sentence = ctx.markup("needs.how", strong=("benefit", "need"), benefit=ctx.benefit(gap.benefit),
                          need=ctx.money(gap.need), lines=ctx.t("list.clause_separator").join(parts))
    for source in gap.sources:
        sentence += ctx.markup("needs.existing_source", source=source.source, amount=ctx.money(source.amount))
    return sentence


def explain_person(gaps: Iterable[Gap], ctx: RenderContext) -> str:
    """Paragraph markup of how every need of a person was worked out, run in one after another."""
    label = ctx.markup("needs.how_title", strong=())
    return label + ctx.t("list.sentence_separator") + ctx.t("list.sentence_separator").join(
        explain_gap(gap, ctx) for gap in gaps)
