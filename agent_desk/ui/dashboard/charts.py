"""The dashboard's charts, painted with QPainter in the palette's colours (so
dark mode works, and no QtCharts, which the shipped wheels lack):

- StackedBarChart: one horizontal bar per row, split into coloured parts
  (clients per tier, split by lifecycle stage);
- GroupedBarChart: bars in groups, each group scaled to its own largest bar
  (premium per tier, one group per currency: amounts in different currencies
  are never drawn on one scale);
- GaugeChart: half-circle gauges for rates (persistency), "—" without data.

Every part has a tooltip with its exact figures; the charts take texts already
formatted, so number formats are decided once, by the screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

MARGIN = 12
BAR_GAP = 8


def blend(front: QColor, back: QColor, amount: float) -> QColor:
    """`amount` of `front` over `back` (0: all back, 1: all front)."""
    return QColor.fromRgbF(*(f * amount + b * (1 - amount) for f, b in zip(
        (front.redF(), front.greenF(), front.blueF()), (back.redF(), back.greenF(), back.blueF()), strict=True)))


@dataclass(frozen=True)
class Part:
    """One coloured piece of a bar; `shade` names its colour (see ChartBase.shade)."""

    label: str
    value: Decimal | int
    shade: str
    tooltip: str = ""


@dataclass(frozen=True)
class Bar:
    label: str
    parts: tuple[Part, ...]
    value_text: str  # shown after the bar
    tooltip: str = ""

    @property
    def total(self) -> Decimal:
        return sum((Decimal(p.value) for p in self.parts), Decimal(0))


@dataclass(frozen=True)
class BarGroup:
    heading: str
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class Gauge:
    label: str
    ratio: Decimal | None  # 0..1; None: no data
    value_text: str
    caption: str = ""
    tooltip: str = ""


class ChartBase(QWidget):
    """Palette colours, a legend, and tooltips for the rectangles painted."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._hits: list[tuple[QRectF, str]] = []
        self._empty_text = ""
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_empty_text(self, text: str) -> None:
        """What the chart says when it has nothing to draw."""
        self._empty_text = text
        self.update()

    # -- colours ------------------------------------------------------------------
    def colour(self, role: str) -> QColor:
        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        fixed = {
            "base": base,
            "text": text,
            "subtle": palette.color(QPalette.ColorRole.PlaceholderText),
            "track": blend(text, base, 0.07),
        }
        return fixed[role] if role in fixed else self.shade(role, accent, text, base)

    @staticmethod
    def shade(name: str, accent: QColor, text: QColor, base: QColor) -> QColor:
        """Named shades: accent-1…accent-4 (strong to light), grey-1…grey-3."""
        family, _, step = name.partition("-")
        level = int(step or 1)
        if family == "accent":
            # The lightest stays clear of the track, in dark mode too.
            return blend(accent, base, {1: 1.0, 2: 0.75, 3: 0.55, 4: 0.4}.get(level, 1.0))
        return blend(text, base, {1: 0.55, 2: 0.38, 3: 0.25}.get(level, 0.38))

    def _shade(self, name: str) -> QColor:
        palette = self.palette()
        return self.shade(name, palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Text),
                          palette.color(QPalette.ColorRole.Base))

    # -- painting helpers --------------------------------------------------------
    def _begin(self) -> QPainter:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.colour("base"))
        self._hits = []
        return painter

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(self.colour("subtle"))
        painter.drawText(self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._empty_text)

    def legend_height(self, entries: Sequence[tuple[str, str]], width: int) -> int:
        return len(self._legend_lines(entries, width)) * (self.fontMetrics().height() + 4)

    def _legend_lines(self, entries: Sequence[tuple[str, str]], width: int) -> list[list[tuple[str, str, int]]]:
        """Legend entries laid out in lines that fit `width`: (shade, text, x)."""
        metrics = self.fontMetrics()
        swatch = metrics.height()
        lines: list[list[tuple[str, str, int]]] = [[]]
        x = 0
        for shade, text in entries:
            entry_width = swatch + 6 + metrics.horizontalAdvance(text) + 16
            if x and x + entry_width > width:
                lines.append([])
                x = 0
            lines[-1].append((shade, text, x))
            x += entry_width
        return lines

    def _paint_legend(self, painter: QPainter, entries: Sequence[tuple[str, str]], top: int) -> int:
        """Paint the legend from `top`; returns the y below it."""
        metrics = self.fontMetrics()
        size = metrics.height() - 6
        for line in self._legend_lines(entries, self.width() - 2 * MARGIN):
            for shade, text, x in line:
                left = MARGIN + x
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self._shade(shade))
                painter.drawRoundedRect(QRectF(left, top + (metrics.height() - size) / 2, size, size), 2, 2)
                painter.setPen(self.colour("text"))
                painter.drawText(QRectF(left + size + 6, top, metrics.horizontalAdvance(text) + 4, metrics.height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            top += metrics.height() + 4
        return top

    # -- tooltips and theme changes ------------------------------------------------
    def tooltip_at(self, point: QPointF) -> str:
        return next((text for rect, text in reversed(self._hits) if rect.contains(point) and text), "")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)


class StackedBarChart(ChartBase):
    """Horizontal bars split into parts, on one scale, with a legend above."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._bars: tuple[Bar, ...] = ()
        self._legend: tuple[tuple[str, str], ...] = ()

    def set_bars(self, bars: Sequence[Bar], legend: Sequence[tuple[str, str]]) -> None:
        """`legend`: (shade, text) for each kind of part, in the order of the parts."""
        self._bars, self._legend = tuple(bars), tuple(legend)
        self.updateGeometry()
        self.update()

    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 14

    def _rows_top(self) -> int:
        return MARGIN + self.legend_height(self._legend, self.width() - 2 * MARGIN) + 6

    def _fitted_row_height(self) -> float:
        """Rows share the height they are given, up to twice their natural height."""
        room = (self.height() - MARGIN - self._rows_top()) / max(len(self._bars), 1)
        return min(max(room, self._row_height()), 2 * self._row_height())

    def sizeHint(self) -> QSize:  # noqa: N802
        rows = max(len(self._bars), 3)
        return QSize(460, 2 * MARGIN + self.legend_height(self._legend, 440) + 6 + rows * self._row_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802, ARG002
        painter = self._begin()
        if not any(bar.total for bar in self._bars):
            self._paint_empty(painter)
            painter.end()
            return
        self._paint_legend(painter, self._legend, MARGIN)
        row = self._fitted_row_height()
        # Bars centred in the room below the legend when the chart is taller than they need.
        top = self._rows_top() + max(0.0, (self.height() - MARGIN - self._rows_top() - row * len(self._bars)) / 2)
        metrics = self.fontMetrics()
        label_width = max(metrics.horizontalAdvance(bar.label) for bar in self._bars) + 12
        value_width = max(metrics.horizontalAdvance(bar.value_text) for bar in self._bars) + 12
        left, right = MARGIN + label_width, self.width() - MARGIN - value_width
        scale = max(bar.total for bar in self._bars)
        thickness = min(row - 8, self.fontMetrics().height() * 1.6)
        for bar in self._bars:
            painter.setPen(self.colour("text"))
            painter.drawText(QRectF(MARGIN, top, label_width - 8, row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar.label)
            track = QRectF(left, top + (row - thickness) / 2, max(right - left, 10), thickness)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour("track"))
            painter.drawRect(track)
            x = track.left()
            for part in bar.parts:
                if not part.value:
                    continue
                width = track.width() * float(Decimal(part.value) / scale)
                piece = QRectF(x, track.top(), width, track.height())
                painter.setBrush(self._shade(part.shade))
                painter.drawRect(piece)
                self._hits.append((piece, part.tooltip))
                x += width
            painter.setPen(self.colour("text"))
            painter.drawText(QRectF(track.right() + 8, top, value_width, row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar.value_text)
            self._hits.append((QRectF(MARGIN, top, self.width() - 2 * MARGIN, row), bar.tooltip))
            top += row
        painter.end()


class GroupedBarChart(ChartBase):
    """Groups of bars under a heading, each group on its own scale; groups sit
    side by side in columns when there is room, so the height follows the width."""

    MIN_GROUP_WIDTH = 260
    GROUP_GAP = 24

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._groups: tuple[BarGroup, ...] = ()
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_groups(self, groups: Sequence[BarGroup]) -> None:
        self._groups = tuple(groups)
        self._fit_height()
        self.updateGeometry()
        self.update()

    def _fit_height(self) -> None:
        """Layouts seldom ask a widget nested in frames for its height for a width,
        so the chart asks for it itself: as tall as its groups need at this width."""
        needed = self.heightForWidth(max(self.width(), 2 * MARGIN + self.MIN_GROUP_WIDTH))
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_height()

    def groups(self) -> tuple[BarGroup, ...]:
        return self._groups

    def _heading_font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _heading_height(self) -> int:
        return QFontMetrics(self._heading_font()).height() + 6

    def _columns(self, width: int) -> int:
        """As many as fit, balanced: four groups with room for three go two by two."""
        room = width - 2 * MARGIN + self.GROUP_GAP
        fit = max(1, min(len(self._groups), room // (self.MIN_GROUP_WIDTH + self.GROUP_GAP)))
        rows = -(-len(self._groups) // fit) if self._groups else 1
        return max(1, -(-len(self._groups) // rows))

    def _places(self, width: int) -> list[tuple[BarGroup, QRectF]]:
        """Each group with the cell it is drawn in, row by row."""
        columns = self._columns(width)
        cell_width = (width - 2 * MARGIN - (columns - 1) * self.GROUP_GAP) / columns
        places, top = [], MARGIN
        for start in range(0, len(self._groups), columns):
            row = self._groups[start:start + columns]
            height = max(self._heading_height() + len(g.bars) * self._row_height() for g in row)
            for column, group in enumerate(row):
                left = MARGIN + column * (cell_width + self.GROUP_GAP)
                places.append((group, QRectF(left, top, cell_width, height)))
            top += height + BAR_GAP
        return places

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        places = self._places(width)
        if not places:
            return 2 * MARGIN + 3 * self._row_height()
        return int(max(rect.bottom() for _g, rect in places)) + MARGIN

    def sizeHint(self) -> QSize:  # noqa: N802
        width = 2 * MARGIN + max(len(self._groups), 1) * (self.MIN_GROUP_WIDTH + self.GROUP_GAP)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        width = 2 * MARGIN + self.MIN_GROUP_WIDTH
        return QSize(width, self.heightForWidth(max(self.width(), width)))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802, ARG002
        painter = self._begin()
        bars = [bar for group in self._groups for bar in group.bars]
        if not any(bar.total for bar in bars):
            self._paint_empty(painter)
            painter.end()
            return
        metrics = self.fontMetrics()
        label_width = max(metrics.horizontalAdvance(bar.label) for bar in bars) + 10
        value_width = max(metrics.horizontalAdvance(bar.value_text) for bar in bars) + 10
        for group, cell in self._places(self.width()):
            self._paint_group(painter, group, cell, label_width, value_width)
        painter.end()

    def _paint_group(self, painter: QPainter, group: BarGroup, cell: QRectF, label_width: int,
                     value_width: int) -> None:
        painter.setFont(self._heading_font())
        painter.setPen(self.colour("text"))
        heading = QFontMetrics(self._heading_font()).elidedText(group.heading, Qt.TextElideMode.ElideRight,
                                                                int(cell.width()))
        painter.drawText(QRectF(cell.left(), cell.top(), cell.width(), self._heading_height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, heading)
        painter.setFont(self.font())
        top, row = cell.top() + self._heading_height(), self._row_height()
        left, right = cell.left() + label_width, cell.right() - value_width
        scale = max((bar.total for bar in group.bars), default=Decimal(0)) or Decimal(1)
        for bar in group.bars:
            painter.setPen(self.colour("text"))
            painter.drawText(QRectF(cell.left(), top, label_width - 6, row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar.label)
            track = QRectF(left, top + 3, max(right - left, 10), row - 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour("track"))
            painter.drawRect(track)
            x = track.left()
            for part in bar.parts:
                width = track.width() * float(Decimal(part.value) / scale)
                painter.setBrush(self._shade(part.shade))
                painter.drawRect(QRectF(x, track.top(), width, track.height()))
                x += width
            painter.setPen(self.colour("text") if bar.total else self.colour("subtle"))
            painter.drawText(QRectF(track.right(), top, value_width, row),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, bar.value_text)
            self._hits.append((QRectF(cell.left(), top, cell.width(), row), bar.tooltip))
            top += row


class GaugeChart(ChartBase):
    """Half-circle gauges side by side, the value in the middle."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._gauges: tuple[Gauge, ...] = ()

    def set_gauges(self, gauges: Sequence[Gauge]) -> None:
        self._gauges = tuple(gauges)
        self.updateGeometry()
        self.update()

    def gauges(self) -> tuple[Gauge, ...]:
        return self._gauges

    def _value_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _text_height(self) -> int:
        metrics = self.fontMetrics()
        return 2 * metrics.height() + 8

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(180 * max(len(self._gauges), 1), 2 * MARGIN + 100 + self._text_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(130 * max(len(self._gauges), 1), 2 * MARGIN + 70 + self._text_height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802, ARG002
        painter = self._begin()
        if not self._gauges:
            self._paint_empty(painter)
            painter.end()
            return
        cell = (self.width() - 2 * MARGIN) / len(self._gauges)
        for index, gauge in enumerate(self._gauges):
            self._paint_gauge(painter, QRectF(MARGIN + index * cell, MARGIN, cell, self.height() - 2 * MARGIN), gauge)
        painter.end()

    def _paint_gauge(self, painter: QPainter, area: QRectF, gauge: Gauge) -> None:
        metrics = self.fontMetrics()
        text_height = self._text_height()
        radius = min((area.width() - 24) / 2, area.height() - text_height - 8, 130.0)
        thickness = max(8.0, radius * 0.22)
        spare = area.height() - (radius + 4 + text_height + 8)
        centre = QPointF(area.center().x(), area.top() + max(0.0, spare / 2) + radius + 4)  # centred upright
        ring = QRectF(centre.x() - radius + thickness / 2, centre.y() - radius + thickness / 2,
                      2 * radius - thickness, 2 * radius - thickness)
        pen = QPen(self.colour("track"), thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawArc(ring, 0, 180 * 16)  # angles in 1/16 degree, counter-clockwise from 3 o'clock
        if gauge.ratio is not None:
            pen.setColor(self._shade("accent-1"))
            painter.setPen(pen)
            share = min(max(float(gauge.ratio), 0.0), 1.0)
            painter.drawArc(ring, 180 * 16, -int(round(180 * 16 * share)))
        painter.setFont(self._value_font())
        painter.setPen(self.colour("text") if gauge.ratio is not None else self.colour("subtle"))
        value_height = QFontMetrics(self._value_font()).height()
        painter.drawText(QRectF(area.left(), centre.y() - value_height, area.width(), value_height),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, gauge.value_text)
        painter.setFont(self.font())
        painter.setPen(self.colour("text"))
        label_top = centre.y() + 6
        painter.drawText(QRectF(area.left(), label_top, area.width(), metrics.height()),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, gauge.label)
        if gauge.caption:
            painter.setPen(self.colour("subtle"))
            caption = metrics.elidedText(gauge.caption, Qt.TextElideMode.ElideRight, int(area.width()) - 8)
            painter.drawText(QRectF(area.left(), label_top + metrics.height() + 2, area.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, caption)
        self._hits.append((area, gauge.tooltip))
