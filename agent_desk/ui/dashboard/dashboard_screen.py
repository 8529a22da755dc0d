"""The book dashboard: key figures as cards, and charts of the book by tier and
stage, premium by tier, and persistency.

Figures come from services/dashboard.book_kpis on the database worker; the
screen reloads when the book changes in a way that moves them, but only while
it is shown (a hidden dashboard just notes that it is out of date), and a
burst of changes costs one reload, not one per change.

A figure with nothing to count shows "—" and says why in its tooltip."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.numbers import format_compact_currency, format_decimal, format_percent
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from agent_desk.domain.clients import LifecycleStage, Tier
from agent_desk.domain.kpis import CLAIMS_WINDOW_DAYS, WINDOW_DAYS, Rate
from agent_desk.services.changes import Changes
from agent_desk.services.dashboard import BookKpis, book_kpis
from agent_desk.services.segments import tier_rules
from agent_desk.ui.clients.formatting import NOTHING, date_text, money_text, ui_locale
from agent_desk.ui.clients.labels import stage_names
from agent_desk.ui.context import AppContext
from agent_desk.ui.dashboard.charts import Bar, BarGroup, Gauge, GaugeChart, GroupedBarChart, Part, StackedBarChart
from agent_desk.ui.theme import heading_font

# Lifecycle order, left to right; clients with the agent in the accent, those
# drifting away in greys.
STAGE_SHADES = {
    LifecycleStage.PROSPECT.value: "accent-4",
    LifecycleStage.NEW.value: "accent-2",
    LifecycleStage.ACTIVE.value: "accent-1",
    LifecycleStage.DORMANT.value: "grey-1",
    LifecycleStage.LOST.value: "grey-2",
}
TIER_SHADES = {Tier.A.value: "accent-1", Tier.B.value: "accent-2", Tier.C.value: "accent-3", None: "grey-2"}
TIERS: tuple[str | None, ...] = (Tier.A.value, Tier.B.value, Tier.C.value, None)

CARD_STYLE = """
QFrame#kpiCard, QFrame#chartPanel { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
QFrame#kpiCard QLabel, QFrame#chartPanel QLabel { background: transparent; border: none; }
QLabel#kpiValue { font-size: 20pt; font-weight: 600; }
"""


def dashboard_figures(session: Session, today: date) -> BookKpis:
    """The dashboard's figures, with premiums also converted at the tier rules'
    exchange rates (the book's own, the ones tiers are computed with)."""
    rules = tier_rules(session)
    return book_kpis(session, today, rates=rules.exchange_rates, base_currency=rules.currency)


# -- formatting, once for the whole screen ------------------------------------------
def count_text(value: int) -> str:
    return format_decimal(value, locale=ui_locale())


def percent_text(rate: Rate) -> str:
    """One decimal, as Rate.percent rounds it (half up)."""
    return format_percent(rate.percent / 100, "#,##0.0%", locale=ui_locale())


def compact_money_text(amount: Decimal, currency: str) -> str:
    """"NT$3.5M": for a card or a bar; the exact amount goes in the tooltip."""
    return format_compact_currency(amount, currency, locale=ui_locale(), fraction_digits=1)


class KpiCard(QFrame):
    """A big number with a title above and a caption below."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent, objectName="kpiCard")
        self.title_label = QLabel(title, objectName="subtle")
        self.value_label = QLabel(NOTHING, objectName="kpiValue")
        self.caption_label = QLabel("", objectName="subtle")
        self.caption_label.setWordWrap(True)
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Two lines always fit: a wrapped label's height is not asked for by the row of cards.
        self.caption_label.setMinimumHeight(2 * self.caption_label.fontMetrics().lineSpacing() + 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(150)

    def show_value(self, value: str, caption: str = "", tooltip: str = "") -> None:
        self.value_label.setText(value)
        self.caption_label.setText(caption)
        self.setToolTip(tooltip)

    def show_nothing(self, why: str, caption: str = "") -> None:
        """No data: "—", and the reason in the tooltip (and as the caption when none is given)."""
        self.show_value(NOTHING, caption or why, why)

    def value_text(self) -> str:
        return self.value_label.text()

    def caption_text(self) -> str:
        return self.caption_label.text()


class ChartPanel(QFrame):
    """A chart with its heading and a one-line explanation."""

    def __init__(self, title: str, note: str, chart: QWidget, footnote: str = "", parent: QWidget | None = None):
        super().__init__(parent, objectName="chartPanel")
        heading = QLabel(title)
        heading.setFont(heading_font(11.5))
        self.note_label = QLabel(note, objectName="subtle")
        self.note_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(2)
        layout.addWidget(heading)
        layout.addWidget(self.note_label)
        layout.addWidget(chart, 1)
        if footnote:
            self.footnote_label = QLabel(footnote, objectName="subtle")
            self.footnote_label.setWordWrap(True)
            layout.addWidget(self.footnote_label)


class DashboardScreen(QWidget):
    loaded = Signal(object)  # BookKpis, once shown

    RELOAD_ON = ("client_list", "clients", "policies", "followup_list", "followups", "claims", "tiers")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._kpis: BookKpis | None = None
        self._loading = False
        self._again = False  # the book changed while loading: load once more
        self._stale = True  # changed while hidden: load when shown
        self.setStyleSheet(CARD_STYLE)

        title = QLabel(self.tr("Book dashboard"), objectName="pageTitle")
        self.as_of_label = QLabel("", objectName="subtle")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.as_of_label, 0, Qt.AlignmentFlag.AlignBottom)

        self.clients_card = KpiCard(self.tr("Clients"))
        self.premium_card = KpiCard(self.tr("Annualised premium"))
        self.renewals_card = KpiCard(self.tr("Renewals collected"))
        self.on_time_card = KpiCard(self.tr("Follow-ups on time"))
        self.claims_card = KpiCard(self.tr("Days to claim payment"))
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for card in self.cards():
            cards.addWidget(card, 1)

        self.clients_chart = StackedBarChart()
        self.clients_chart.set_empty_text(self.tr("No clients yet."))
        self.persistency_chart = GaugeChart()
        self.premium_chart = GroupedBarChart()
        self.premium_chart.set_empty_text(self.tr("No policy is paying premiums."))
        clients_panel = ChartPanel(self.tr("Clients by tier and stage"),
                                   self.tr("Live clients; each bar is one value tier."), self.clients_chart)
        persistency_panel = ChartPanel(
            self.tr("Persistency"), self.tr("Policies still on the books after 13 and 25 months."),
            self.persistency_chart, self._persistency_explained())
        premium_panel = ChartPanel(
            self.tr("Annualised premium by tier"),
            self.tr("Policies in force or in grace, by the holder's tier; each currency on its own scale."),
            self.premium_chart)

        charts = QGridLayout()
        charts.setSpacing(12)
        charts.addWidget(clients_panel, 0, 0)
        charts.addWidget(persistency_panel, 0, 1)
        charts.addWidget(premium_panel, 1, 0, 1, 2)
        charts.setColumnStretch(0, 3)
        charts.setColumnStretch(1, 2)
        charts.setRowStretch(0, 1)  # spare height goes to the bars and gauges, not below the premium

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(16, 12, 16, 16)
        body.setSpacing(12)
        body.addLayout(header)
        body.addLayout(cards)
        body.addLayout(charts, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self._show_loading()
        ctx.bus.changes_applied.connect(self._on_changes)

    # -- public -------------------------------------------------------------------
    def cards(self) -> tuple[KpiCard, ...]:
        return (self.clients_card, self.premium_card, self.renewals_card, self.on_time_card, self.claims_card)

    def kpis(self) -> BookKpis | None:
        """The figures shown, None before the first load."""
        return self._kpis

    def refresh(self) -> None:
        """Load the figures again (once, however often it is called meanwhile)."""
        self._stale = False
        if self._loading:
            self._again = True
            return
        self._loading = True
        today = date.today()
        self._ctx.query(lambda session: dashboard_figures(session, today), self._show, self._failed)

    # -- loading ----------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if not any(getattr(changes, name) for name in self.RELOAD_ON):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _finish_loading(self) -> bool:
        """True when another load was asked for meanwhile (and has started)."""
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()
            return True
        return False

    def _failed(self, error: BaseException) -> None:
        if self._finish_loading():
            return
        self._stale = True  # try again next time the screen is shown
        self._ctx.bus.status_message.emit(self.tr("The dashboard could not be loaded: %1").replace("%1", str(error)))

    def _show(self, kpis: BookKpis) -> None:
        if self._finish_loading():
            return
        self._kpis = kpis
        self.as_of_label.setText(self.tr("As of %1").replace("%1", date_text(kpis.today)))
        self._show_clients(kpis)
        self._show_premium(kpis)
        self._show_rates(kpis)
        self._show_claims(kpis)
        self.loaded.emit(kpis)

    def _show_loading(self) -> None:
        for card in self.cards():
            card.show_value(NOTHING, self.tr("Loading…"))
        self.persistency_chart.set_gauges([])
        self.persistency_chart.set_empty_text(self.tr("Loading…"))

    # -- cards and charts ------------------------------------------------------------
    def _tier_name(self, tier: str | None) -> str:
        return self.tr("Tier %1").replace("%1", tier) if tier else self.tr("No tier")

    def _show_clients(self, kpis: BookKpis) -> None:
        names = stage_names()
        by_stage = kpis.clients_by_stage()
        lines = [f"{names.get(stage, stage)}: {count_text(by_stage.get(stage, 0))}" for stage in STAGE_SHADES]
        if not kpis.client_count:
            self.clients_card.show_nothing(self.tr("The book has no clients yet."))
        else:
            caption = self.tr("%1 active · %2 prospects").replace(
                "%1", count_text(by_stage.get(LifecycleStage.ACTIVE.value, 0))).replace(
                "%2", count_text(by_stage.get(LifecycleStage.PROSPECT.value, 0)))
            self.clients_card.show_value(count_text(kpis.client_count), caption, "\n".join(lines))
        bars = []
        for tier in TIERS:
            parts = tuple(
                Part(names.get(stage, stage), kpis.clients.get((tier, stage), 0), shade,
                     f"{self._tier_name(tier)} — {names.get(stage, stage)}: "
                     f"{count_text(kpis.clients.get((tier, stage), 0))}")
                for stage, shade in STAGE_SHADES.items())
            total = sum(p.value for p in parts)
            if tier is None and not total:
                continue  # every client has a tier: no empty "No tier" row
            tooltip = "\n".join([f"{self._tier_name(tier)}: {count_text(total)}"]
                                + [f"  {p.label}: {count_text(p.value)}" for p in parts if p.value])
            bars.append(Bar(self._tier_name(tier), parts, count_text(total), tooltip))
        self.clients_chart.set_bars(bars, [(shade, names.get(stage, stage)) for stage, shade in STAGE_SHADES.items()])

    def _show_premium(self, kpis: BookKpis) -> None:
        by_currency = sorted(kpis.premium_by_currency.items(), key=lambda item: item[0])
        exact = [money_text(amount, currency) for currency, amount in by_currency]
        policies = self.tr("%1 paying policies").replace("%1", count_text(kpis.paying_policies))
        if not by_currency:
            self.premium_card.show_nothing(self.tr("No policy is in force or in grace."))
        elif kpis.premium_converted is not None and len(by_currency) > 1:
            caption = self.tr("%1, all currencies in %2").replace("%1", policies).replace("%2", kpis.base_currency)
            tooltip = "\n".join([self.tr("%1 at the tier rules' exchange rates, from:").replace(
                "%1", money_text(kpis.premium_converted, kpis.base_currency)), *exact])
            self.premium_card.show_value(compact_money_text(kpis.premium_converted, kpis.base_currency), caption,
                                         tooltip)
        else:
            # One currency, or no rate for one of them: the largest amount, the others listed.
            currency, amount = max(by_currency, key=lambda item: item[1])
            others = [money_text(a, c) for c, a in by_currency if c != currency]
            caption = " · ".join([policies, *others])
            why = "" if len(by_currency) == 1 else "\n" + self.tr(
                "Some currency has no exchange rate in the tier rules, so the amounts are not added up.")
            self.premium_card.show_value(compact_money_text(amount, currency), caption, "\n".join(exact) + why)
        groups = []
        for currency, total in by_currency:
            bars = []
            for tier in TIERS:
                amount = kpis.premium_by_tier.get((tier, currency), Decimal(0))
                if tier is None and not amount:
                    continue
                share = format_percent(amount / total if total else 0, "#,##0%", locale=ui_locale())
                bars.append(Bar(self._tier_name(tier), (Part(self._tier_name(tier), amount, TIER_SHADES[tier]),),
                                compact_money_text(amount, currency),
                                f"{self._tier_name(tier)}: {money_text(amount, currency)} ({share})"))
            groups.append(BarGroup(f"{currency} · {money_text(total, currency)}", tuple(bars)))
        self.premium_chart.set_groups(groups)

    def _rate_card(self, card: KpiCard, rate: Rate | None, of_what: str, why_none: str) -> None:
        if rate is None:
            card.show_nothing(why_none, self.tr("Nothing fell due in the last %1 days").replace(
                "%1", str(WINDOW_DAYS)))
            return
        caption = of_what.replace("%1", count_text(rate.numerator)).replace("%2", count_text(rate.denominator))
        card.show_value(percent_text(rate), caption, caption)

    def _persistency_explained(self) -> str:
        return self.tr("The 13-month figure counts policies issued 13 to 24 months ago, the 25-month one 25 to 36 "
                       "months ago. Taken from today's status, as the book keeps no history of it: in force, in "
                       "grace and matured count as persisting; lapsed, surrendered and terminated do not.")

    def _show_rates(self, kpis: BookKpis) -> None:
        days = str(WINDOW_DAYS)
        self._rate_card(self.renewals_card, kpis.renewals_collected,
                        self.tr("%1 of %2 premiums due in the last %3 days").replace("%3", days),
                        self.tr("No renewal premium fell due in the last %1 days.").replace("%1", days))
        self._rate_card(self.on_time_card, kpis.followups_on_time,
                        self.tr("%1 of %2 follow-ups due in the last %3 days").replace("%3", days),
                        self.tr("No follow-up fell due in the last %1 days (open ones due today are not "
                                "counted yet).").replace("%1", days))
        explained = self._persistency_explained()
        gauges = []
        for months, rate in ((13, kpis.persistency_13), (25, kpis.persistency_25)):
            label = self.tr("%1-month").replace("%1", str(months))
            cohort = self.tr("policies issued %1 to %2 months ago").replace("%1", str(months)).replace(
                "%2", str(months + 11))
            if rate is None:
                gauges.append(Gauge(label, None, NOTHING, self.tr("no policies"),
                                    self.tr("No %1, so there is nothing to measure.").replace("%1", cohort)))
            else:
                of = self.tr("%1 of %2").replace("%1", count_text(rate.numerator)).replace(
                    "%2", count_text(rate.denominator))
                gauges.append(Gauge(label, rate.ratio, percent_text(rate), of,
                                    f"{of} {cohort}.\n{explained}"))
        self.persistency_chart.set_gauges(gauges)

    def _show_claims(self, kpis: BookKpis) -> None:
        if kpis.claim_days_median is None:
            self.claims_card.show_nothing(self.tr("No claim was paid in the last 12 months."),
                                          self.tr("No claim paid in the last 12 months"))
            return
        median = format_decimal(kpis.claim_days_median, "#,##0.#", locale=ui_locale())
        value = self.tr("1 day") if kpis.claim_days_median == 1 else self.tr("%1 days").replace("%1", median)
        caption = self.tr("Median of %1 claims paid in the last 12 months").replace(
            "%1", count_text(kpis.claims_paid))
        tooltip = self.tr("From the day a claim was reported to the day it was paid: the median of the %1 claims "
                          "paid in the last %2 days.").replace("%1", count_text(kpis.claims_paid)).replace(
            "%2", str(CLAIMS_WINDOW_DAYS))
        self.claims_card.show_value(value, caption, tooltip)
