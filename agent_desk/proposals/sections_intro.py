"""The first sections a client reads: the cover, the family, and their needs."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from agent_desk.proposals.chart import gap_chart, legend
from agent_desk.proposals.context import DASH, RenderContext
from agent_desk.proposals.explain import explain_person
from agent_desk.proposals.model import CoverRow, Member
from agent_desk.proposals.tables import CELL_PAD, Column, Row, para, plain_table

CHART_GUTTER = 8 * mm


def cover(ctx: RenderContext) -> list[Flowable]:
    data, s = ctx.data, ctx.styles
    others = [ctx.t("cover.member", name=m.display_name(ctx.language), role=ctx.role(m))
              for m in data.members if m.key != data.client_key]
    story: list[Flowable] = [ctx.p(ctx.t("cover.title"), s.cover_title), ctx.p(ctx.t("cover.prepared_for"), s.label),
                             ctx.p(ctx.name(data.client_key), s.cover_name)]
    if other := ctx.other_name(data.client):
        story.append(ctx.p(other, s.cover_text))
    if others:
        story.append(ctx.p(ctx.t("cover.household", members=ctx.listing(others)), s.cover_text))
    story += [Spacer(1, 8 * mm), HRFlowable(width="100%", thickness=1.2, color=ctx.brand.colour("accent")),
              Spacer(1, 4 * mm), _details(ctx), Spacer(1, 6 * mm), _at_a_glance(ctx), Spacer(1, 8 * mm),
              _agent_box(ctx), Spacer(1, 8 * mm),
              ctx.p(ctx.t("cover.intro"), s.body), NextPageTemplate("body"), PageBreak()]
    return story


def _details(ctx: RenderContext) -> Table:
    data, s = ctx.data, ctx.styles
    pairs = [(ctx.t("cover.number"), data.number), (ctx.t("cover.version"), ctx.fmt.number(data.version)),
             (ctx.t("cover.date"), ctx.fmt.date(data.as_of)), (ctx.t("cover.plan"), ctx.plan_name(data.recommended)),
             (ctx.t("cover.currency"),
              ctx.t("cover.currency_value", currency=ctx.fmt.currency_name(), code=data.currency)),
             (ctx.t("cover.catalog"), f"{data.catalog.catalog_id} {data.catalog.version}")]
    rows = [[cell for label, value in pairs[i:i + 2] for cell in (ctx.p(label, s.label), ctx.p(value, s.cover_text))]
            for i in range(0, len(pairs), 2)]
    label_width = 0.16 * ctx.width
    return plain_table(rows, [label_width, ctx.width / 2 - label_width] * 2, [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)], hAlign="LEFT")


def _at_a_glance(ctx: RenderContext) -> Table:
    """The plan in three figures: what it costs a year, whom it insures, and the budget it uses."""
    data, s = ctx.data, ctx.styles
    plan = data.recommended.plan
    figures = [(ctx.t("cover.glance_outlay"), ctx.money(plan.yearly_outlay)),
               (ctx.t("cover.glance_insured"), ctx.fmt.number(len(data.insured_keys))),
               (ctx.t("cover.glance_budget"), ctx.fmt.percent(data.budget.used_share(plan))) if data.budget else
               (ctx.t("cover.glance_lines"), ctx.fmt.number(len(plan.lines)))]
    cells = [[ctx.p(label, s.label), ctx.p(value, s.cover_figure)] for label, value in figures]
    third = ctx.width / 3
    return plain_table([cells], [third] * 3, [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("LINEBEFORE", (1, 0), (-1, 0), 0.5, ctx.brand.colour("rule")), ("LEFTPADDING", (1, 0), (-1, 0), 10)],
        hAlign="LEFT")


def _agent_box(ctx: RenderContext) -> Table:
    agent, s = ctx.data.agent, ctx.styles
    lines = [ctx.p(ctx.t("cover.your_agent"), s.label), ctx.p(agent.display_name(ctx.language), s.subtitle),
             ctx.p(ctx.t("cover.licence", licence=agent.licence), s.cover_text)]
    lines += [ctx.p(value, s.cover_text) for value in (agent.phone, agent.email) if value]
    return plain_table([[lines]], [ctx.width * 0.6], [
        ("BACKGROUND", (0, 0), (-1, -1), ctx.brand.colour("light")),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, ctx.brand.colour("primary")),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8)], hAlign="LEFT")


def _person_cell(ctx: RenderContext, member: Member) -> list[Flowable]:
    cell: list[Flowable] = [para(member.display_name(ctx.language), ctx.styles.cell)]
    notes = [n for n in (ctx.other_name(member),
                         ctx.t("family.policyholder") if member.key == ctx.data.client_key else "") if n]
    if notes:
        cell.append(para(" · ".join(notes), ctx.styles.cell_note))
    return cell


def family(ctx: RenderContext) -> list[Flowable]:
    data = ctx.data
    columns = [Column(ctx.t("col.name"), weight=2.2), Column(ctx.t("col.role"), weight=1.1),
               Column(ctx.t("col.age"), numeric=True), Column(ctx.t("col.sex"), weight=0.7),
               Column(ctx.t("col.smoker"), weight=0.9), Column(ctx.t("col.occupation"), weight=1.6),
               Column(ctx.t("col.income"), numeric=True)]
    rows = [Row([_person_cell(ctx, m), ctx.role(m), DASH if m.age is None else ctx.fmt.number(m.age),
                 ctx.t(f"sex.{m.sex}") if m.sex else DASH, ctx.t("smoker.yes" if m.smoker else "smoker.no"),
                 m.occupation or DASH, ctx.money_or_dash(m.annual_income)]) for m in data.members]
    return [*ctx.title(ctx.t("section.family")),
            ctx.p(ctx.t("family.intro", date=ctx.fmt.date(data.as_of))), ctx.table(columns, rows)]


def needs(ctx: RenderContext) -> list[Flowable]:
    data = ctx.data
    people = [m for m in data.members if data.cover_rows(m.key)]
    story = [*ctx.title(ctx.t("section.needs")), ctx.p(ctx.t("needs.intro", date=ctx.fmt.date(data.as_of))),
             legend([("existing", ctx.t("chart.existing")), ("accent", ctx.t("chart.proposed")),
                     ("light", ctx.t("chart.remaining"))], ctx.brand, ctx.width),
             Spacer(1, 2 * mm), _chart_grid(ctx, people)]
    for member in people:
        story.append(_person_needs(ctx, member))
    return story


def person_heading(ctx: RenderContext, member: Member) -> str:
    if member.age is None:
        return ctx.t("person.heading_no_age", name=member.display_name(ctx.language), role=ctx.role(member))
    return ctx.t("person.heading", name=member.display_name(ctx.language), role=ctx.role(member),
                 age=ctx.fmt.number(member.age))


def _chart_grid(ctx: RenderContext, people: list[Member]) -> Table:
    """Two people a row: each a heading and their bars."""
    width = (ctx.width - CHART_GUTTER) / 2

    def amounts(row: CoverRow) -> str:
        return ctx.t("chart.amounts", covered=ctx.money(row.existing + row.proposed), need=ctx.money(row.need))

    def share(value: Decimal | None) -> str:
        return DASH if value is None else ctx.fmt.percent(value, places=0)

    cells: list[list[Flowable]] = []
    for member in people:
        drawing = gap_chart(ctx.data.cover_rows(member.key), lambda row: ctx.benefit(row.benefit), amounts, share,
                            ctx.brand, width)
        cells.append([para(person_heading(ctx, member), ctx.styles.cell_strong), Spacer(1, 2), drawing])
    if len(cells) % 2:
        cells.append([])
    grid = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    return plain_table(grid, [width + CHART_GUTTER, width], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), CHART_GUTTER), ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)], hAlign="LEFT")


def _person_needs(ctx: RenderContext, member: Member) -> Flowable:
    """A person's needs table and how each need was worked out, kept on one page."""
    columns = [Column(ctx.t("col.benefit"), weight=1), Column(ctx.t("col.need"), numeric=True),
               Column(ctx.t("col.existing"), numeric=True), Column(ctx.t("col.proposed"), numeric=True),
               Column(ctx.t("col.remaining"), numeric=True)]
    cover_rows = ctx.data.cover_rows(member.key)
    rows = [Row([ctx.benefit(r.benefit), ctx.money(r.need), ctx.money_or_dash(r.existing),
                 ctx.money_or_dash(r.proposed), ctx.money(r.remaining)]) for r in cover_rows]
    person = ctx.data.needs.person(member.key)
    how = Paragraph(explain_person([person.gap_for(r.benefit) for r in cover_rows], ctx), ctx.styles.small)
    return KeepTogether([ctx.p(person_heading(ctx, member), ctx.styles.subtitle), ctx.table(columns, rows),
                         Spacer(1, 3), how])
