"""The plan itself: what is recommended and what it costs, the premium
schedule by policy year, and the benefit illustration of each insured person."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from agent_desk.domain.catalog import PremiumBasis
from agent_desk.domain.illustration import Illustration
from agent_desk.domain.planner import PricedLine
from agent_desk.domain.pricing import PricedCover
from agent_desk.proposals.context import DASH, RenderContext
from agent_desk.proposals.sections_intro import person_heading
from agent_desk.proposals.tables import CELL_PAD, Column, Row, RowKind, fitting_size, para, plain_table

RIDER_INDENT = 10.0
ILLUSTRATION_ROOM = 160.0  # a person's heading, the header row and the first rows stay together
ZERO = Decimal(0)


@lru_cache(maxsize=16)
def _indented(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_indented", parent=style, leftIndent=RIDER_INDENT)


def _cover(line: PricedLine) -> PricedCover:
    assert isinstance(line.result, PricedCover), "assemble refuses plans with ineligible lines"
    return line.result


def _base_of(ctx: RenderContext, line: PricedLine) -> PricedCover:
    base = ctx.data.recommended.plan.line(line.line.base_key) if line.line.base_key else None
    return _cover(base) if base is not None else _cover(line)


def _product_cell(ctx: RenderContext, line: PricedLine) -> list[Flowable]:
    cover, s = _cover(line), ctx.styles
    if line.line.base_key is None:
        return [para(cover.product.name(ctx.language), s.cell)]
    note = ctx.t("plan.rider_waiver" if cover.product.basis is PremiumBasis.PERCENT_OF_BASE else "plan.rider")
    return [para("└ " + cover.product.name(ctx.language), _indented(s.cell)), para(note, _indented(s.cell_note))]


def _term(ctx: RenderContext, years: int, base: PricedCover) -> str:
    """Years of cover or payment; "to age N" when they run to the product's expiry age."""
    if base.product.covers_to_expiry and years == base.term:
        return ctx.t("plan.to_age", age=ctx.fmt.number(base.age + years))
    return ctx.years(years)


def plan(ctx: RenderContext) -> list[Flowable]:
    data = ctx.data
    priced = data.recommended.plan
    columns = [Column(ctx.t("col.product"), weight=1), Column(ctx.t("col.sum_assured"), numeric=True),
               Column(ctx.t("col.term"), numeric=True), Column(ctx.t("col.payment_term"), numeric=True),
               Column(ctx.t("col.frequency"), numeric=True), Column(ctx.t("col.annual_premium"), numeric=True),
               Column(ctx.t("col.modal_premium"), numeric=True), Column(ctx.t("col.yearly_outlay"), numeric=True)]
    rows: list[Row] = []
    for key in data.insured_keys:
        lines = [line for line in priced.lines if line.line.insured_key == key]
        rows.append(Row([ctx.t("plan.insured", person=person_heading(ctx, data.member(key)))], RowKind.GROUP))
        for line in lines:
            cover, base = _cover(line), _base_of(ctx, line)
            rows.append(Row([_product_cell(ctx, line), ctx.money_or_dash(cover.sum_assured),
                             _term(ctx, cover.term, base), _term(ctx, cover.payment_term, base),
                             ctx.t(f"frequency.{cover.frequency}"), ctx.money(cover.annual_premium),
                             ctx.money(cover.modal_premium), ctx.money(line.yearly_outlay)]))
        rows.append(Row([ctx.t("plan.subtotal"), "", "", "", "",
                         ctx.money(sum((_cover(line).annual_premium for line in lines), ZERO)),
                         "", ctx.money(sum((line.yearly_outlay for line in lines), ZERO))],
                        RowKind.SUBTOTAL))
    rows.append(Row([ctx.t("plan.total"), "", "", "", "", ctx.money(priced.total_annual_premium), "",
                     ctx.money(priced.yearly_outlay)], RowKind.TOTAL))
    return [*ctx.title(ctx.t("section.plan")),
            ctx.p(ctx.t("plan.intro", name=ctx.plan_name(data.recommended), count=ctx.fmt.number(len(priced.lines)))),
            ctx.table(columns, rows), Spacer(1, 3 * mm), _totals(ctx), Spacer(1, 2 * mm),
            ctx.p(ctx.t("plan.note_outlay"), ctx.styles.small)]


def _totals(ctx: RenderContext) -> Table:
    data, s = ctx.data, ctx.styles
    priced = data.recommended.plan
    pairs = [(ctx.t("plan.total_annual"), ctx.money(priced.total_annual_premium)),
             (ctx.t("plan.total_outlay"), ctx.money(priced.yearly_outlay))]
    if data.budget is not None:
        budget = data.budget
        pairs += [(ctx.t(f"plan.budget_{budget.period}", amount=ctx.money(budget.amount)), ctx.money(budget.yearly)),
                  (ctx.t("plan.budget_used"), ctx.fmt.percent(budget.used_share(priced)))]
    rows = [[para(label, s.cell), para(value, s.number_strong)] for label, value in pairs]
    value_width = max(ctx.width * 0.2, 70.0)
    return plain_table(rows, [ctx.width * 0.62 - value_width, value_width], [
        ("BACKGROUND", (0, 0), (-1, -1), ctx.brand.colour("light")),
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, ctx.brand.colour("primary")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD + 2),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)], hAlign="RIGHT")


def schedule(ctx: RenderContext) -> list[Flowable]:
    data = ctx.data
    keys = list(data.insured_keys)
    story = [*ctx.title(ctx.t("section.schedule")), ctx.p(ctx.t("schedule.intro"))]
    while keys:  # as many people a table as fit the width; the total goes in the last table
        for count in range(len(keys), 0, -1):
            columns, rows = _schedule_table(ctx, keys[:count], last=count == len(keys))
            if count == 1 or fitting_size(columns, rows, ctx.width, ctx.styles.number.fontSize):
                break
        story += [ctx.table(columns, rows), Spacer(1, 3 * mm)]
        keys = keys[count:]
    return story[:-1]


def _schedule_table(ctx: RenderContext, keys: list[str], last: bool) -> tuple[list[Column], list[Row]]:
    positions = [ctx.data.insured_keys.index(key) for key in keys]
    columns = [Column(ctx.t("col.policy_years"), weight=1)] + [Column(ctx.name(key), numeric=True) for key in keys]
    columns += [Column(ctx.t("col.total"), numeric=True)] if last else []
    rows = []
    for row in ctx.data.schedule:
        years = ctx.fmt.number(row.first_year) if row.first_year == row.last_year else ctx.t(
            "schedule.years", first=ctx.fmt.number(row.first_year), last=ctx.fmt.number(row.last_year))
        cells = [years] + [ctx.money_or_dash(row.amounts[i]) for i in positions]
        rows.append(Row(cells + ([ctx.money(row.total)] if last else [])))
    return columns, rows


def illustrations(ctx: RenderContext) -> list[Flowable]:
    story = [*ctx.title(ctx.t("section.illustration")), ctx.p(ctx.t("illustration.intro")),
             ctx.p(ctx.t("illustration.note_guaranteed"), ctx.styles.small),
             ctx.p(ctx.t("illustration.note_accident"), ctx.styles.small)]
    for illustration in ctx.data.illustrations:
        story += _illustration(ctx, illustration)
    return story


def _illustration(ctx: RenderContext, illustration: Illustration) -> list[Flowable]:
    member = ctx.data.member(illustration.person_key)
    codes = [line.line.product_code for line in ctx.data.recommended.plan.lines
             if line.line.insured_key == member.key]
    columns = [Column(ctx.t("col.policy_year"), numeric=True, weight=0.5),
               Column(ctx.t("col.age_end"), numeric=True, weight=0.5),
               Column(ctx.t("col.premium_year"), numeric=True), Column(ctx.t("col.cumulative"), numeric=True),
               Column(ctx.t("col.death_benefit"), numeric=True), Column(ctx.t("col.ci_benefit"), numeric=True)]
    if illustration.has_cash_values:
        columns.append(Column(ctx.t("col.cash_value"), numeric=True))
    rows = []
    for row in illustration.rows:
        cells = [ctx.fmt.number(row.year), ctx.fmt.number(row.age), ctx.money(row.premium),
                 ctx.money(row.cumulative_premium), ctx.money(row.death_benefit),
                 ctx.money(row.critical_illness_benefit)]
        if illustration.has_cash_values:
            cells.append(DASH if row.cash_value is None else ctx.money(row.cash_value))
        rows.append(Row(cells))
    heading = ctx.t("illustration.heading", name=member.display_name(ctx.language), role=ctx.role(member),
                    age=ctx.fmt.number(illustration.issue_age))
    story = [*ctx.subtitle(heading, room=ILLUSTRATION_ROOM),
             ctx.p(ctx.listing([ctx.product_name(code) for code in codes]), ctx.styles.small)]
    if illustration.has_cash_values and any(row.cash_value is None for row in illustration.rows):
        story.append(ctx.p(ctx.t("illustration.note_no_cash_value"), ctx.styles.small))
    return [*story, ctx.table(columns, rows)]
