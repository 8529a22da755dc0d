"""A bar per person and benefit: how much of the need existing cover and this
plan cover. Each bar is scaled to its own need (a death need of millions next
to a medical limit of thousands), so the chart reads as "percent covered"; the
amounts are in the tooltip and in the table beside it.

Painted with QPainter in the widget's palette colours, so dark mode works."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from agent_desk.ui.plans.labels import Money, benefit_name, fill, percent_text

MARGIN = 12
MIN_BAR_WIDTH = 120
PREFERRED_BAR_WIDTH = 320
EXISTING_SHADE = 0.35  # existing cover: this much of the text colour over the background


@dataclass(frozen=True)
class ChartRow:
    person: str  # the person's name: consecutive rows of one person form a group
    benefit: str  # a Benefit value (or any code benefit_name knows)
    need: Decimal
    existing: Decimal
    planned: Decimal

    @property
    def covered_share(self) -> Decimal:
        return (self.existing + self.planned) / self.need if self.need else Decimal(0)


@dataclass(frozen=True)
class _Place:
    """Where one heading or bar goes, from the top of the widget."""

    top: int
    height: int
    heading: str = ""
    row: ChartRow | None = None


def _blend(front: QColor, back: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(*(f * amount + b * (1 - amount) for f, b in zip(
        (front.redF(), front.greenF(), front.blueF()), (back.redF(), back.greenF(), back.blueF()), strict=True)))


class GapChart(QWidget):
    """Horizontal bars grouped by person; call set_rows whenever the numbers change."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: tuple[ChartRow, ...] = ()
        self._money: Money = str
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMouseTracking(True)

    # -- data -------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ChartRow], money: Money) -> None:
        """Show these rows (a need of 0 has nothing to cover and is left out)."""
        shown = tuple(row for row in rows if row.need > 0)
        self._money = money
        if shown != self._rows:
            self._rows = shown
            self.updateGeometry()
            self.update()

    def rows(self) -> tuple[ChartRow, ...]:
        """The rows drawn, in order."""
        return self._rows

    def covered_text(self, row: ChartRow) -> str:
        """"covered 85%": rounded down, so it never claims 100% too early."""
        share = row.covered_share.quantize(Decimal("0.01"), ROUND_DOWN)
        return fill(self.tr("covered %1"), percent_text(share, "#,##0%"))

    # -- geometry ---------------------------------------------------------------
    def _heading_font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def _heading_height(self) -> int:
        return QFontMetrics(self._heading_font()).height() + 12

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(benefit_name(r.benefit)) for r in self._rows), default=0) + 28

    def _percent_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.covered_text(r)) for r in self._rows), default=0)
        return max(widest, metrics.horizontalAdvance(self.covered_text(ChartRow("", "", Decimal(1),
                                                                                Decimal(1), Decimal(0))))) + 20

    def _places(self) -> list[_Place]:
        top = MARGIN + self._row_height() + 4  # below the legend
        places, person = [], None
        for row in self._rows:
            if row.person != person:
                person = row.person
                places.append(_Place(top, self._heading_height(), heading=row.person))
                top += self._heading_height()
            places.append(_Place(top, self._row_height(), row=row))
            top += self._row_height()
        return places

    def _content_height(self) -> int:
        if not self._rows:
            return self.fontMetrics().height() * 4
        last = self._places()[-1]
        return last.top + last.height + MARGIN

    def sizeHint(self) -> QSize:  # noqa: N802
        width = 2 * MARGIN + self._label_width() + PREFERRED_BAR_WIDTH + self._percent_width()
        return QSize(width, self._content_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """As tall as all the bars, so a scroll area scrolls rather than squeezes."""
        width = 2 * MARGIN + self._label_width() + MIN_BAR_WIDTH + self._percent_width()
        return QSize(width, self._content_height())

    def _bar_rect(self, place: _Place) -> QRectF:
        left = MARGIN + self._label_width()
        right = self.width() - MARGIN - self._percent_width()
        height = max(8, self.fontMetrics().height() - 4)
        return QRectF(left, place.top + (place.height - height) / 2, max(right - left, 10), height)

    # -- painting ---------------------------------------------------------------
    def _colours(self) -> dict[str, QColor]:
        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        return {
            "base": base,
            "text": text,
            "subtle": palette.color(QPalette.ColorRole.PlaceholderText),
            "need": _blend(text, base, 0.6),
            "existing": _blend(text, base, EXISTING_SHADE),
            "plan": palette.color(QPalette.ColorRole.Highlight),
            "rule": palette.color(QPalette.ColorRole.Mid),
        }

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802, ARG002
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = self._colours()
        painter.fillRect(self.rect(), colours["base"])
        if not self._rows:
            painter.setPen(colours["subtle"])
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No needs to show yet."))
            return
        self._paint_legend(painter, colours)
        for place in self._places():
            if place.row is None:
                self._paint_heading(painter, place, colours)
            else:
                self._paint_row(painter, place, place.row, colours)
        painter.end()

    def _paint_legend(self, painter: QPainter, colours: dict[str, QColor]) -> None:
        metrics = self.fontMetrics()
        size = metrics.height() - 6
        x, top = MARGIN, MARGIN
        for key, text in (("need", self.tr("Need")), ("existing", self.tr("Existing cover")),
                          ("plan", self.tr("This plan"))):
            swatch = QRectF(x + 0.5, top + (metrics.height() - size) / 2 + 0.5, size * 1.6, size)
            self._paint_box(painter, swatch, colours, key)
            x += int(swatch.width()) + 6
            painter.setPen(colours["text"])
            painter.drawText(x, top, metrics.horizontalAdvance(text) + 2, metrics.height(),
                             Qt.AlignmentFlag.AlignVCenter, text)
            x += metrics.horizontalAdvance(text) + 18

    def _paint_box(self, painter: QPainter, rect: QRectF, colours: dict[str, QColor], key: str) -> None:
        if key == "need":
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colours["need"], 1))
        else:
            painter.setBrush(colours[key])
            painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRect(rect)

    def _paint_heading(self, painter: QPainter, place: _Place, colours: dict[str, QColor]) -> None:
        painter.setFont(self._heading_font())
        painter.setPen(colours["text"])
        text_rect = QRectF(MARGIN, place.top + 6, self.width() - 2 * MARGIN, place.height - 6)
        elided = QFontMetrics(self._heading_font()).elidedText(place.heading, Qt.TextElideMode.ElideRight,
                                                               int(text_rect.width()))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.setFont(self.font())

    def _paint_row(self, painter: QPainter, place: _Place, row: ChartRow, colours: dict[str, QColor]) -> None:
        bar = self._bar_rect(place)
        painter.setPen(colours["text"])
        label = QRectF(MARGIN + 8, place.top, self._label_width() - 12, place.height)
        painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.fontMetrics()
                         .elidedText(benefit_name(row.benefit), Qt.TextElideMode.ElideRight, int(label.width())))
        existing = min(Decimal(1), row.existing / row.need)
        total = min(Decimal(1), row.covered_share)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours["existing"])
        painter.drawRect(QRectF(bar.left(), bar.top(), bar.width() * float(existing), bar.height()))
        painter.setBrush(colours["plan"])
        painter.drawRect(QRectF(bar.left() + bar.width() * float(existing), bar.top(),
                                bar.width() * float(total - existing), bar.height()))
        self._paint_box(painter, bar.adjusted(0.5, 0.5, -0.5, -0.5), colours, "need")
        if row.covered_share > 1:
            self._paint_over_marker(painter, bar, colours["plan"] if row.planned else colours["existing"])
        painter.setPen(colours["text"] if row.covered_share else colours["subtle"])
        percent = QRectF(bar.right() + 10, place.top, self._percent_width() - 10, place.height)
        painter.drawText(percent, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.covered_text(row))

    def _paint_over_marker(self, painter: QPainter, bar: QRectF, colour: QColor) -> None:
        """A small arrow past the end: more cover than the need."""
        x, middle, half = bar.right() + 2, bar.center().y(), bar.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([QPointF(x, middle - half), QPointF(x + half, middle),
                                       QPointF(x, middle + half)]))

    # -- tooltips and theme changes ---------------------------------------------
    def row_at(self, y: float) -> ChartRow | None:
        return next((p.row for p in self._places() if p.row is not None and p.top <= y < p.top + p.height), None)

    def tooltip_text(self, row: ChartRow) -> str:
        still_open = max(Decimal(0), row.need - row.existing - row.planned)
        return "\n".join([
            fill(self.tr("%1 — %2"), row.person, benefit_name(row.benefit)),
            fill(self.tr("Need: %1"), self._money(row.need)),
            fill(self.tr("Existing cover: %1"), self._money(row.existing)),
            fill(self.tr("This plan: %1"), self._money(row.planned)),
            fill(self.tr("Still open: %1"), self._money(still_open)),
        ])

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos().y())
            if row is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(row), self)
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)
