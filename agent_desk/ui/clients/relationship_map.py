"""The relationship map: a client's family and referral network as a graph.

The client sits in the middle, their family in columns either side, the
people who referred them above and those they referred below, each as a box
with name, tier and annual premium. Referrals are arrows; family ties are
lines named by the relation. A single click on anyone but the client asks to
open that client (`open_client_requested`): the map is for getting around, and
a click is what a box that looks like a button invites.

The layout is a plain function of the network (`layout_network`), the same
every time for the same people, and keeps boxes apart for up to the 60 people
the service returns. Colours come from the palette, so dark mode works."""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desk.domain.clients import HouseholdRole, RelationKind, Tier
from agent_desk.errors import NotFoundError
from agent_desk.services.changes import Changes
from agent_desk.services.segments import HOUSEHOLD, REFERRAL, Network, NetworkEdge, NetworkNode, relationship_network
from agent_desk.ui.clients.formatting import money_text
from agent_desk.ui.clients.page_labels import relation_names, role_names, tier_text
from agent_desk.ui.context import AppContext

NODE_WIDTH, NODE_HEIGHT = 184.0, 54.0
ROW_GAP = 70.0  # between rows: room for arrows
COLUMN_GAP = 24.0  # between boxes in a row or between family columns
FAMILY_GAP = 120.0  # between the client and the family columns: room for the relation names
FAMILY_ROW_GAP = 22.0
PER_ROW = 7  # referrals per row before wrapping
PER_COLUMN = 5  # family members per column before another column further out
MARGIN = 24.0
MIN_SCALE = 0.45  # below this the names cannot be read: scroll instead
TIER_COLOURS = {Tier.A: QColor("#c9a227"), Tier.B: QColor("#2f8f83"), Tier.C: QColor("#7d838a")}


# -- layout -------------------------------------------------------------------------------------

def layout_network(network: Network) -> dict[uuid.UUID, QPointF]:
    """The centre of each person's box: the client at (0, 0), family in
    columns left and right, referrers above, referrals below in rows."""
    places: dict[uuid.UUID, QPointF] = {network.centre_id: QPointF(0, 0)}
    band_half = NODE_HEIGHT / 2
    for side, members in zip((1, -1), _family_sides(network), strict=True):
        for slot, node_id in enumerate(members):
            column, row = divmod(slot, PER_COLUMN)
            in_column = min(PER_COLUMN, len(members) - column * PER_COLUMN)
            offset = (row - (in_column - 1) / 2) * (NODE_HEIGHT + FAMILY_ROW_GAP)
            if column % 2:  # outer columns sit half a row lower, so lines to them pass between boxes
                offset += (NODE_HEIGHT + FAMILY_ROW_GAP) / 2
            x = side * (NODE_WIDTH + FAMILY_GAP + column * (NODE_WIDTH + COLUMN_GAP))
            places[node_id] = QPointF(x, offset)
            band_half = max(band_half, abs(offset) + NODE_HEIGHT / 2)

    step = NODE_HEIGHT + ROW_GAP
    top = -band_half - ROW_GAP - NODE_HEIGHT / 2  # the row just above the band
    for layer in sorted({n.layer for n in network.nodes if n.layer < 0}, reverse=True):
        rows = _rows([n for n in network.nodes if n.layer == layer])
        for row in rows:
            _place_row(places, row, top)
            top -= step
    bottom = band_half + ROW_GAP + NODE_HEIGHT / 2
    for layer in sorted({n.layer for n in network.nodes if n.layer > 0}):
        for row in _rows([n for n in network.nodes if n.layer == layer]):
            _place_row(places, row, bottom)
            bottom += step
    return places


def _family_sides(network: Network) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    """Family split into the right and the left column, the smaller side
    first; people tied to each other go together, one after the other, so
    the lines between them stay short and on one side."""
    family = [n.id for n in network.nodes if n.layer == 0 and not n.is_centre]
    ties: dict[uuid.UUID, list[uuid.UUID]] = {member: [] for member in family}
    for edge in network.edges:
        if edge.source in ties and edge.target in ties:
            ties[edge.source].append(edge.target)
            ties[edge.target].append(edge.source)
    sides: tuple[list[uuid.UUID], list[uuid.UUID]] = ([], [])
    placed: set[uuid.UUID] = set()
    for member in family:
        if member in placed:
            continue
        group, stack = [], [member]  # the member and everyone tied to them, depth first
        while stack:
            person = stack.pop()
            if person not in placed:
                placed.add(person)
                group.append(person)
                stack.extend(reversed(ties[person]))
        right, left = sides
        (right if len(right) <= len(left) else left).extend(group)
    return sides


def _rows(nodes: list[NetworkNode]) -> list[list[NetworkNode]]:
    return [nodes[i:i + PER_ROW] for i in range(0, len(nodes), PER_ROW)]


SLOT = NODE_WIDTH + COLUMN_GAP


def _place_row(places: dict[uuid.UUID, QPointF], row: list[NetworkNode], y: float) -> None:
    """Every row on one grid of PER_ROW slots around x = 0, so the gaps
    between boxes line up from row to row and lines can run down them."""
    start = (PER_ROW - len(row)) // 2
    for index, node in enumerate(row):
        places[node.id] = QPointF((start + index - (PER_ROW - 1) / 2) * SLOT, y)


def _elbow(source: QPointF, target: QPointF, leave_at: float) -> QPainterPath:
    """A referral line that keeps clear of the boxes between two rows apart:
    down to `leave_at` (a gap between rows), along it to the gap beside the
    target, down that gap and in from above."""
    beside = target.x() + (SLOT / 2 if source.x() > target.x() else -SLOT / 2)
    enter_at = target.y() - NODE_HEIGHT / 2 - ROW_GAP / 2
    path = QPainterPath(QPointF(source.x(), source.y() + NODE_HEIGHT / 2))
    for point in ((source.x(), leave_at), (beside, leave_at), (beside, enter_at), (target.x(), enter_at),
                  (target.x(), target.y() - NODE_HEIGHT / 2)):
        path.lineTo(QPointF(*point))
    return path


def _box(centre: QPointF) -> QRectF:
    return QRectF(centre.x() - NODE_WIDTH / 2, centre.y() - NODE_HEIGHT / 2, NODE_WIDTH, NODE_HEIGHT)


def _border_point(centre: QPointF, towards: QPointF) -> QPointF:
    """Where the line from a box's centre towards a point leaves the box."""
    dx, dy = towards.x() - centre.x(), towards.y() - centre.y()
    if dx == 0 and dy == 0:
        return QPointF(centre)
    scale = min(NODE_WIDTH / 2 / abs(dx) if dx else math.inf, NODE_HEIGHT / 2 / abs(dy) if dy else math.inf)
    return QPointF(centre.x() + dx * scale, centre.y() + dy * scale)


def _crosses_a_box(start: QPointF, end: QPointF, boxes: list[QRectF]) -> bool:
    path = QPainterPath(start)
    path.lineTo(end)
    return any(path.intersects(box.adjusted(4, 4, -4, -4)) for box in boxes)


# -- items --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Colours:
    base: QColor
    text: QColor
    subtle: QColor
    line: QColor
    accent: QColor
    window: QColor

    @staticmethod
    def of(palette: QPalette) -> _Colours:
        role = QPalette.ColorRole
        return _Colours(palette.color(role.Base), palette.color(role.Text), palette.color(role.PlaceholderText),
                        palette.color(role.PlaceholderText), palette.color(role.Highlight),
                        palette.color(role.Window))


class NodeItem(QGraphicsPathItem):
    """A person: a rounded box with a tier-coloured strip, name, tier and
    premium. Built from Qt's own items, so painting never calls into Python
    (cheaper, and each Python call costs PySide a little)."""

    def __init__(self, node: NetworkNode, subtitle: str, colours: _Colours, font: QFont,
                 on_click: Callable[[uuid.UUID], None]):
        rect = QRectF(-NODE_WIDTH / 2, -NODE_HEIGHT / 2, NODE_WIDTH, NODE_HEIGHT)
        outline = QPainterPath()
        outline.addRoundedRect(rect, 8, 8)
        super().__init__(outline)
        self.node = node
        self.subtitle = subtitle
        self._colours = colours
        self._on_click = on_click
        self.setZValue(2)
        self.setBrush(_blend(colours.accent, colours.base, 0.18) if node.is_centre else colours.base)
        self._show_border(highlighted=node.is_centre)
        strip_colour = TIER_COLOURS.get(node.tier) if node.tier else None
        if strip_colour is not None:
            band = QPainterPath()
            band.addRect(QRectF(rect.left(), rect.top(), 6, rect.height()))
            strip = QGraphicsPathItem(outline.intersected(band), self)
            strip.setPen(QPen(Qt.PenStyle.NoPen))
            strip.setBrush(strip_colour)
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        width = NODE_WIDTH - 22
        half = (NODE_HEIGHT - 14) / 2
        for text, line_font, colour, top in ((node.name, bold, colours.text, rect.top() + 7),
                                             (subtitle, font, colours.subtle, rect.top() + 7 + half)):
            metrics = QFontMetricsF(line_font)
            item = QGraphicsSimpleTextItem(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width), self)
            item.setFont(line_font)
            item.setBrush(colour)
            item.setPos(rect.left() + 14, top + (half - metrics.height()) / 2)
        if not node.is_centre:
            self.setAcceptHoverEvents(True)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(f"{node.name}\n{subtitle}\n" + QApplication.translate("RelationshipMap",
                                                                                  "Click to open this client"))

    def _show_border(self, highlighted: bool) -> None:
        colour = self._colours.accent if highlighted else self._colours.line
        self.setPen(QPen(colour, 2.0 if highlighted else 1.0))

    def hoverEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        self._show_border(highlighted=True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: ANN001, N802
        self._show_border(highlighted=self.node.is_centre)
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and not self.node.is_centre:
            event.accept()  # the release comes here, and the view does not start a drag
        else:
            event.ignore()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.boundingRect().contains(event.pos()):
            self._on_click(self.node.id)


class LabelItem(QGraphicsPathItem):
    """A relation's name on its line, on a small pill so the line does not cross the letters."""

    def __init__(self, text: str, colours: _Colours, font: QFont):
        metrics = QFontMetricsF(font)
        width, height = metrics.horizontalAdvance(text) + 12, metrics.height() + 2
        pill = QPainterPath()
        pill.addRoundedRect(QRectF(-width / 2, -height / 2, width, height), height / 2, height / 2)
        super().__init__(pill)
        self.text = text
        self.setPen(QPen(colours.line, 0.8))
        self.setBrush(colours.window)
        self.setZValue(1)
        words = QGraphicsSimpleTextItem(text, self)
        words.setFont(font)
        words.setBrush(colours.subtle)
        words.setPos(-metrics.horizontalAdvance(text) / 2, -metrics.height() / 2)


def _blend(front: QColor, back: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(*(f * amount + b * (1 - amount) for f, b in zip(
        (front.redF(), front.greenF(), front.blueF()), (back.redF(), back.greenF(), back.blueF()), strict=True)))


def _arrow_head(tip: QPointF, start: QPointF, size: float = 9.0) -> QPolygonF:
    angle = math.atan2(tip.y() - start.y(), tip.x() - start.x())
    left = QPointF(tip.x() - size * math.cos(angle - 0.4), tip.y() - size * math.sin(angle - 0.4))
    right = QPointF(tip.x() - size * math.cos(angle + 0.4), tip.y() - size * math.sin(angle + 0.4))
    return QPolygonF([tip, left, right])


# -- the widget ---------------------------------------------------------------------------------

class _View(QGraphicsView):
    """Tells its map when it was resized, by a plain call: resizing sends many of these."""

    def __init__(self, scene: QGraphicsScene, on_resize: Callable[[], None]):
        super().__init__(scene)
        self._on_resize = on_resize

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._on_resize()


class RelationshipMap(QWidget):
    open_client_requested = Signal(object)  # UUID of the person clicked
    loaded = Signal(object)  # Network, once drawn

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._client_id: uuid.UUID | None = None
        self._network: Network | None = None
        self._visit = 0  # late answers for an earlier client are dropped
        self._stale = False  # a change came while hidden: reload when shown
        self.nodes: dict[uuid.UUID, NodeItem] = {}
        self.labels: list[LabelItem] = []

        self.hint_label = QLabel(self.tr("Who referred this client is above, whom they referred below, "
                                         "family either side. Click a person to open them."), objectName="subtle")
        self.hint_label.setWordWrap(True)
        self.truncated_label = QLabel(objectName="subtle")
        self.truncated_label.hide()
        self.fit_button = QPushButton(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole map"))
        self.fit_button.clicked.connect(self.fit)
        self.scene = QGraphicsScene(self)
        self.view = _View(self.scene, self.fit)
        self.view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.setContentsMargins(12, 8, 12, 0)
        texts = QVBoxLayout()
        texts.addWidget(self.hint_label)
        texts.addWidget(self.truncated_label)
        top.addLayout(texts, 1)
        top.addWidget(self.fit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        ctx.bus.changes_applied.connect(self._on_changes)

    # -- public ---------------------------------------------------------------------------------
    def set_client(self, client_id: uuid.UUID | None) -> None:
        """Map this client; on a tab not shown, only once it is shown."""
        self._client_id = client_id
        self._network = None
        self._clear()
        if self.isVisible():
            self.reload()
        else:
            self._visit += 1  # an answer for the previous client is not wanted any more
            self._stale = client_id is not None

    def reload(self) -> None:
        self._visit += 1
        client_id, visit = self._client_id, self._visit
        self._stale = False
        if client_id is None:
            return

        def failed(error: BaseException) -> None:
            if visit != self._visit:
                return
            if isinstance(error, NotFoundError):
                self._clear()
                self.truncated_label.setText(self.tr("This client is not in the book."))
                self.truncated_label.show()
            else:
                self._ctx.tasks.error.emit(error)

        self._ctx.query(lambda s: relationship_network(s, client_id), lambda net: self._loaded(visit, net), failed)

    def network(self) -> Network | None:
        return self._network

    def concerned_by(self, changes: Changes) -> bool:
        if self._client_id is None:
            return False
        if changes.tiers or changes.relationships or changes.households or changes.client_list:
            return True
        shown = set(self.nodes) or {self._client_id}
        return bool(shown & (changes.clients | changes.policies))

    def fit(self) -> None:
        """The whole map in view, never enlarged past its natural size, nor
        shrunk past reading: then it scrolls, the client in the middle."""
        if not self.nodes:
            return
        rect = self.scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        self.scene.setSceneRect(rect)
        viewport = self.view.viewport().rect()
        scale = min(viewport.width() / rect.width(), viewport.height() / rect.height(), 1.0)
        scale = max(scale, MIN_SCALE)
        self.view.resetTransform()
        self.view.scale(scale, scale)
        centre = self.nodes.get(self._network.centre_id) if self._network else None
        if viewport.width() < rect.width() * scale or viewport.height() < rect.height() * scale:
            self.view.centerOn(centre if centre is not None else rect.center())
        else:
            self.view.centerOn(rect.center())

    # -- drawing --------------------------------------------------------------------------------
    def _loaded(self, visit: int, network: Network) -> None:
        if visit != self._visit:
            return
        self._network = network
        self._draw(network)
        self.loaded.emit(network)

    def _clear(self) -> None:
        self.scene.clear()
        self.nodes.clear()
        self.labels.clear()
        self.truncated_label.hide()

    def _draw(self, network: Network) -> None:
        self._clear()
        colours = _Colours.of(self.palette())
        font = QFont(self.font())
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.85, 7.5))
        places = layout_network(network)
        for node in network.nodes:
            item = NodeItem(node, self.subtitle(node, network.currency), colours, small, self._clicked)
            item.setPos(places[node.id])
            self.scene.addItem(item)
            self.nodes[node.id] = item
        boxes = {node_id: _box(point) for node_id, point in places.items()}
        band_bottom = max(boxes[n.id].bottom() for n in network.nodes if n.layer == 0)
        for edge in network.edges:
            if edge.source in places and edge.target in places:
                self._draw_edge(edge, places, boxes, colours, small, band_bottom)
        if network.truncated:
            self.truncated_label.setText(self.tr("Only the %1 nearest people are shown.").replace(
                "%1", str(len(network.nodes))))
            self.truncated_label.show()
        self.fit()

    def _draw_edge(self, edge: NetworkEdge, places: dict[uuid.UUID, QPointF], boxes: dict[uuid.UUID, QRectF],
                   colours: _Colours, font: QFont, band_bottom: float) -> None:
        source, target = places[edge.source], places[edge.target]
        start, end = _border_point(source, target), _border_point(target, source)
        others = [box for node_id, box in boxes.items() if node_id not in (edge.source, edge.target)]
        path = QPainterPath(start)
        middle = QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2)
        referral = edge.kind == REFERRAL
        if not _crosses_a_box(start, end, others):
            path.lineTo(end)
        elif referral and target.y() > source.y():
            # Below the client's own row (family sits either side of it), else just below the referrer's.
            below = band_bottom if abs(source.y()) < NODE_HEIGHT else source.y() + NODE_HEIGHT / 2
            path = _elbow(source, target, below + ROW_GAP / 2)
            end = QPointF(target.x(), target.y() - NODE_HEIGHT / 2)
        else:
            # Bow away from the client, so the line goes round the boxes in between.
            length = math.hypot(end.x() - start.x(), end.y() - start.y())
            nx, ny = -(end.y() - start.y()) / length, (end.x() - start.x()) / length
            if nx * middle.x() + ny * middle.y() < 0:
                nx, ny = -nx, -ny
            bow = 0.3 * length + NODE_HEIGHT
            control = QPointF(middle.x() + nx * bow, middle.y() + ny * bow)
            path.quadTo(control, end)
            middle = path.pointAtPercent(0.5)
        pen = QPen(colours.accent if referral else colours.line, 1.6 if referral else 1.2)
        if edge.kind == HOUSEHOLD:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.scene.addPath(path, pen).setZValue(0)
        if referral:
            before = path.pointAtPercent(0.99)
            head = self.scene.addPolygon(_arrow_head(end, before), QPen(colours.accent, 1),
                                         QBrush(colours.accent))
            head.setZValue(0)
            return
        text = self.relation_text(edge)
        if text:
            label = LabelItem(text, colours, font)
            # Nearer the one the word names (the spouse, the parent…): also where the
            # fan of lines from the client is less crowded.
            middle = path.pointAtPercent(0.62)
            label.setPos(middle)
            self.scene.addItem(label)
            self.labels.append(label)

    def subtitle(self, node: NetworkNode, currency: str) -> str:
        """"Tier A · NT$85,000", or just the tier when they pay nothing."""
        tier = tier_text(node.tier)
        if not node.annual_premium:
            return tier
        whole = node.annual_premium.quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return f"{tier} · {money_text(whole, currency)}"

    def relation_text(self, edge: NetworkEdge) -> str:
        if edge.kind == HOUSEHOLD:
            role = role_names().get(HouseholdRole(edge.role)) if edge.role in set(HouseholdRole) else None
            return self.tr("Household: %1").replace("%1", role) if role else self.tr("Household")
        try:
            return relation_names()[RelationKind(edge.kind)]
        except ValueError:
            return edge.kind

    def _clicked(self, client_id: uuid.UUID) -> None:
        if self._network is not None and client_id != self._network.centre_id:
            self.open_client_requested.emit(client_id)

    # -- changes --------------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if not self.concerned_by(changes):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if self._stale:
            self.reload()

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self._network is not None:
            self._draw(self._network)  # light and dark follow the system
