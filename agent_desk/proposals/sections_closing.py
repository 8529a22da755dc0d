"""The closing sections: what the client must know before deciding, the
record of why the plan suits them, and the signatures."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from agent_desk.proposals.context import RenderContext
from agent_desk.proposals.sections_intro import person_heading
from agent_desk.proposals.tables import para, plain_table

BULLET = "•"


def _bullet(ctx: RenderContext, value: str) -> Flowable:
    return Paragraph(escape(value), ctx.styles.bullet, bulletText=BULLET)


def important_information(ctx: RenderContext) -> list[Flowable]:
    data, language, s = ctx.data, ctx.language, ctx.styles
    story = [*ctx.title(ctx.t("section.important")), ctx.p(ctx.t("important.intro"))]
    disclosures: dict[str, list[str]] = {}
    codes = data.products_used()
    for code in codes:
        product = data.catalog.product(code)
        if product is None:
            continue
        parts = [ctx.p(product.name(language), s.cell_strong)]
        if description := product.descriptions.get(language) or product.descriptions.get("en"):
            parts.append(ctx.p(description, s.small))
        if exclusion := product.exclusions.get(language) or product.exclusions.get("en"):
            parts.append(ctx.p(ctx.t("important.exclusions", text=exclusion), s.small))
        story.append(KeepTogether(parts))
        if disclosure := product.disclosures.get(language) or product.disclosures.get("en"):
            disclosures.setdefault(disclosure, []).append(product.name(language))
    if disclosures:
        story += ctx.subtitle(ctx.t("important.disclosures"), room=60)
        for disclosure, names in disclosures.items():
            shown = disclosure if len(names) == len(codes) else ctx.t(
                "important.applies_to", products=ctx.listing(names), text=disclosure)
            story.append(_bullet(ctx, shown))
    cooling_off = (ctx.t("important.cooling_off", days=ctx.fmt.number(data.cooling_off_days))
                   if data.cooling_off_days is not None else ctx.t("important.cooling_off_contract"))
    story += ctx.subtitle(ctx.t("important.before_you_sign"), room=80)
    for line in (cooling_off, ctx.t("important.contract_prevails"),
                 ctx.t("important.illustrations", catalog=f"{data.catalog.catalog_id} {data.catalog.version}",
                       date=ctx.fmt.date(data.as_of)),
                 ctx.t("important.currency", currency=ctx.fmt.currency_name(), code=data.currency),
                 ctx.t("important.underwriting")):
        story.append(_bullet(ctx, line))
    return story


def suitability(ctx: RenderContext) -> list[Flowable]:
    data = ctx.data
    story = [*ctx.title(ctx.t("section.suitability")), ctx.p(ctx.t("suitability.intro"))]
    answered, remaining = [], []
    for member in data.members:
        rows = data.cover_rows(member.key)
        met = [ctx.t("suitability.cover_item", benefit=ctx.benefit(r.benefit), amount=ctx.money(r.proposed),
                     need=ctx.money(r.need)) for r in rows if r.proposed]
        if met:
            answered.append(ctx.t("suitability.person", person=person_heading(ctx, member), items=ctx.listing(met)))
        left = [ctx.t("suitability.gap_item", benefit=ctx.benefit(r.benefit), amount=ctx.money(r.remaining))
                for r in rows if r.remaining]
        if left:
            remaining.append(ctx.t("suitability.person", person=person_heading(ctx, member), items=ctx.listing(left)))
    story += ctx.subtitle(ctx.t("suitability.needs_answered"), room=60)
    story += [_bullet(ctx, line) for line in answered] or [ctx.p(ctx.t("suitability.none_answered"))]
    story += ctx.subtitle(ctx.t("suitability.budget"), room=50)
    priced = data.recommended.plan
    if data.budget is not None:
        story.append(ctx.p(ctx.t(f"suitability.budget_{data.budget.period}", amount=ctx.money(data.budget.amount),
                                 outlay=ctx.money(priced.yearly_outlay),
                                 share=ctx.fmt.percent(data.budget.used_share(priced)))))
    else:
        story.append(ctx.p(ctx.t("suitability.no_budget", outlay=ctx.money(priced.yearly_outlay))))
    story += ctx.subtitle(ctx.t("suitability.notes"), room=50)
    story.append(ctx.p(data.notes or ctx.t("suitability.no_notes")))
    story += ctx.subtitle(ctx.t("suitability.remaining"), room=60)
    story += [_bullet(ctx, line) for line in remaining] or [ctx.p(ctx.t("suitability.nothing_remaining"))]
    if remaining:
        story.append(ctx.p(ctx.t("suitability.remaining_note"), ctx.styles.small))
    return story


def signatures(ctx: RenderContext) -> list[Flowable]:
    data, s = ctx.data, ctx.styles
    agent = data.agent
    client = ctx.name(data.client_key)
    column = (ctx.width - 12 * mm) / 2
    rows = [[para(ctx.t("signature.policyholder"), s.label), "", para(ctx.t("signature.agent"), s.label)],
            [para(client, s.cell), "", para(ctx.t("signature.agent_name", name=agent.display_name(ctx.language),
                                                     licence=agent.licence), s.cell)],
            ["", "", ""],
            [para(ctx.t("signature.sign_here"), s.label), "", para(ctx.t("signature.sign_here"), s.label)],
            ["", "", ""],
            [para(ctx.t("signature.date"), s.label), "", para(ctx.t("signature.date"), s.label)]]
    rule = ctx.brand.colour("text")
    table = plain_table(rows, [column, 12 * mm, column], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LINEABOVE", (0, 3), (0, 3), 0.6, rule), ("LINEABOVE", (2, 3), (2, 3), 0.6, rule),
        ("LINEABOVE", (0, 5), (0, 5), 0.6, rule), ("LINEABOVE", (2, 5), (2, 5), 0.6, rule)],
        rowHeights=[None, None, 11 * mm, None, 9 * mm, None], hAlign="LEFT")
    title = ctx.title(ctx.t("section.signatures"))
    return [title[0], KeepTogether([*title[1:], ctx.p(ctx.t("signature.intro")), Spacer(1, 4 * mm), table])]
