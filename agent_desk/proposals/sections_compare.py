"""Side-by-side views: each person's cover before and after the plan, and the
recommended plan against the alternatives the agent looked at."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable

from agent_desk.domain.needs import Benefit
from agent_desk.proposals.context import DASH, RenderContext
from agent_desk.proposals.request import DEFAULT_PLAN_NAME
from agent_desk.proposals.sections_intro import person_heading
from agent_desk.proposals.tables import Column, Row, RowKind


def before_after(ctx: RenderContext) -> list[Flowable]:
    data = ctx.data
    by_person = {m.key: {row.benefit: row for row in data.cover_rows(m.key)} for m in data.members}
    benefits = [b for b in Benefit if any(b in rows for rows in by_person.values())]
    columns = [Column("", weight=1)] + [Column(ctx.benefit(b), numeric=True) for b in benefits]
    rows: list[Row] = []
    for member in data.members:
        mine = by_person[member.key]
        if not mine:
            continue
        rows.append(Row([person_heading(ctx, member)], RowKind.GROUP))
        for label, value, kind in (("summary.existing", lambda r: ctx.money_or_dash(r.existing), RowKind.BODY),
                                   ("summary.proposed", lambda r: ctx.money_or_dash(r.proposed), RowKind.BODY),
                                   ("summary.remaining", lambda r: ctx.money(r.remaining), RowKind.SUBTOTAL)):
            rows.append(Row([ctx.t(label)] + [value(mine[b]) if b in mine else DASH for b in benefits], kind))
    return [*ctx.title(ctx.t("section.before_after")), ctx.p(ctx.t("summary.intro")), ctx.table(columns, rows)]


def alternatives(ctx: RenderContext) -> list[Flowable]:
    data = ctx.data
    options = (data.recommended, *data.alternatives)
    headers = [ctx.plan_name(o) for o in options]
    if data.recommended.name != DEFAULT_PLAN_NAME:  # the default name already says it is the recommended one
        headers[0] += "\n" + ctx.t("compare.recommended")
    columns = [Column("", weight=1)] + [Column(h, numeric=True) for h in headers]
    rows: list[Row] = []
    person = None
    for row in data.comparison:
        if row.key.startswith("cover:"):
            _, key, benefit = row.key.split(":", 2)
            if key != person:
                person = key
                rows.append(Row([ctx.t("compare.cover_of", person=ctx.name(key))], RowKind.GROUP))
            rows.append(Row([ctx.benefit(benefit)] + [ctx.money_or_dash(v) for v in row.values]))
        elif row.key == "lines":
            rows.append(Row([ctx.t("compare.lines")] + [ctx.fmt.number(v or 0) for v in row.values]))
        elif row.key == "budget_used":
            rows.append(Row([ctx.t("compare.budget_used")] + [DASH if v is None else ctx.fmt.percent(Decimal(v))
                                                              for v in row.values]))
        else:
            rows.append(Row([ctx.t(f"compare.{row.key}")] + [ctx.money(v or Decimal(0)) for v in row.values],
                            RowKind.SUBTOTAL if row.key == "yearly_outlay" else RowKind.BODY))
    return [*ctx.title(ctx.t("section.alternatives")), ctx.p(ctx.t("compare.intro")), ctx.table(columns, rows)]
