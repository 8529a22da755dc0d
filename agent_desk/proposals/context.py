"""What every section builder needs: the data, its language's words and number
formats, the styles, the branding and the width of the text frame."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table
from reportlab.platypus.flowables import HRFlowable

from agent_desk.proposals.branding import Branding
from agent_desk.proposals.formatting import Formatter
from agent_desk.proposals.model import Member, PlanOption, ProposalData
from agent_desk.proposals.request import DEFAULT_PLAN_NAME
from agent_desk.proposals.strings import text
from agent_desk.proposals.styles import Styles
from agent_desk.proposals.tables import Column, Row, build_table, para

DASH = "—"
TITLE_ROOM = 150.0  # a section title moves to the next page unless this much room follows it
SUBTITLE_ROOM = 90.0


@dataclass(frozen=True)
class RenderContext:
    data: ProposalData
    fmt: Formatter
    styles: Styles
    brand: Branding
    width: float  # of the text frame, in points

    @property
    def language(self) -> str:
        return self.data.language

    def t(self, key: str, **params: object) -> str:
        return text(self.language, key, **params)

    def p(self, value: str, style: ParagraphStyle | None = None) -> Paragraph:
        return para(value, style or self.styles.body)

    def markup(self, key: str, strong: Iterable[str] = (), **params: str) -> str:
        """Paragraph markup of a text whose `strong` fields are set in the primary colour; all else escaped."""
        colour = self.brand.colour("primary").hexval()[2:]
        values = {name: f'<font color="#{colour}">{escape(value)}</font>' if name in strong else escape(value)
                  for name, value in params.items()}
        return escape(text(self.language, key)).format(**values)

    def money(self, amount: Decimal) -> str:
        return self.fmt.money(amount)

    def money_or_dash(self, amount: Decimal | None) -> str:
        """An amount, or a dash for none or zero (no cover held, nothing proposed)."""
        return self.fmt.money(amount) if amount else DASH

    def name(self, member_key: str) -> str:
        return self.data.member(member_key).display_name(self.language)

    def other_name(self, member: Member) -> str:
        """The name in the other script ("陳大偉" under "Chen Da-wei"), or "" when there is none."""
        shown = member.display_name(self.language)
        other = member.name_local if shown == member.name else member.name
        return "" if other == shown else other

    def role(self, member: Member) -> str:
        return self.t(f"role.{member.role}")

    def benefit(self, benefit: str) -> str:
        return self.t(f"benefit.{benefit}")

    def product_name(self, code: str) -> str:
        product = self.data.catalog.product(code)
        return product.name(self.language) if product else code

    def plan_name(self, option: PlanOption) -> str:
        """The agent's own name for an option, but ours, translated, for the default one."""
        return self.t("plan.default_name") if option.name == DEFAULT_PLAN_NAME else option.name

    def years(self, count: int) -> str:
        return self.t("unit.one_year") if count == 1 else self.t("unit.years", n=self.fmt.number(count))

    def listing(self, items: Sequence[str]) -> str:
        return self.t("list.separator").join(items)

    def title(self, value: str) -> list[Flowable]:
        rule = HRFlowable(width="100%", thickness=0.8, color=self.brand.colour("primary"), spaceBefore=0,
                          spaceAfter=6)
        rule.keepWithNext = 1
        return [CondPageBreak(TITLE_ROOM), self.p(value, self.styles.title), rule]

    def subtitle(self, value: str, room: float = SUBTITLE_ROOM) -> list[Flowable]:
        return [CondPageBreak(room), self.p(value, self.styles.subtitle)]

    def table(self, columns: Sequence[Column], rows: Sequence[Row]) -> Table:
        return build_table(columns, rows, self.width, self.styles, self.brand)
