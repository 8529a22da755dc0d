"""Tables that fit their frame in every language: Paragraph cells that wrap,
amount columns as wide as their widest amount (so a number is never broken),
the rest of the width shared by the text columns.

Rows have a kind: body rows are zebra-striped, a group row (a person) spans
the table, subtotal and total rows are set off by rules. The header row
repeats when a table runs over a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from agent_desk.proposals.branding import Branding
from agent_desk.proposals.fonts import FONT, text_width
from agent_desk.proposals.styles import Styles

CELL_PAD = 4.0  # left and right padding of every cell
TEXT_MIN_WIDTH = 40.0
HEADER_WORD_CAP = 72.0  # points: a longer header word wraps rather than widening its column
HEADER_SMALLER = 0.5  # header text is this much smaller than the amounts
MIN_SIZE = 6.0

Cell = str | Flowable | list[Flowable]


class RowKind(Enum):
    BODY = "body"
    GROUP = "group"  # one text spanning the row: whose rows follow
    SUBTOTAL = "subtotal"
    TOTAL = "total"


@dataclass(frozen=True)
class Column:
    header: str  # "\n" marks where a header may break
    numeric: bool = False
    weight: float = 1.0  # share of the spare width: text columns get it all, amounts only when there is no text


@dataclass(frozen=True)
class Row:
    cells: Sequence[Cell]
    kind: RowKind = RowKind.BODY


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain text: escaped, so names and notes can hold '<' or '&'; newlines kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def blend(colour: Color, other: Color, share: float) -> Color:
    """`share` of `colour` mixed with the rest of `other`."""
    return Color(*(a * share + b * (1 - share) for a, b in zip(colour.rgb(), other.rgb(), strict=True)))


class ProposalTable(Table):
    """A table that never leaves fewer than MIN_TAIL_ROWS body rows alone under a repeated header on the next page."""

    MIN_TAIL_ROWS = 3

    def split(self, availWidth: float, availHeight: float) -> list[Table]:  # noqa: N803 (ReportLab's names)
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        tail = parts[1]._nrows - self.repeatRows
        body = self._nrows - self.repeatRows
        if tail >= self.MIN_TAIL_ROWS or body < 2 * self.MIN_TAIL_ROWS:
            return parts
        moved = self._rowHeights[self._nrows - self.MIN_TAIL_ROWS:self._nrows - tail]
        return super().split(availWidth, availHeight - sum(moved)) or parts


def plain_table(rows: Sequence[Sequence[object]], widths: Sequence[float], commands: Sequence[tuple],
                **options: object) -> Table:
    """A layout table (no header or stripes) whose empty cells, too, are set in the proposal font."""
    table = Table(rows, colWidths=widths, **options)  # type: ignore[arg-type]
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), *commands]))
    return table


def column_widths(columns: Sequence[Column], rows: Sequence[Row], width: float, size: float) -> list[float]:
    """Amount columns fit their widest amount (at `size`) and header word; text columns share the rest by weight.

    A header word counts up to HEADER_WORD_CAP: a longer one (a long name) wraps inside its header cell."""
    widths: list[float | None] = []
    for i, column in enumerate(columns):
        if column.numeric:
            header = max((min(HEADER_WORD_CAP, text_width(word, size - HEADER_SMALLER))
                          for word in column.header.split()), default=0.0)
            cells = [row.cells[i] for row in rows if row.kind is not RowKind.GROUP and i < len(row.cells)]
            widest = max((text_width(cell, size) for cell in cells if isinstance(cell, str)), default=0.0)
            widths.append(max(widest, header) + 2 * CELL_PAD + 1)
        else:
            widths.append(None)
    spare = width - sum(w for w in widths if w is not None)
    text_columns = [c for c in columns if not c.numeric]
    if not text_columns:  # all amounts: share the spare width by weight, so tables alike look alike
        total = sum(c.weight for c in columns)
        return [w + max(0.0, spare) * c.weight / total for w, c in zip(widths, columns, strict=True) if w is not None]
    weights = sum(c.weight for c in text_columns) or 1.0
    return [w if w is not None else max(TEXT_MIN_WIDTH, spare * c.weight / weights)
            for w, c in zip(widths, columns, strict=True)]


def fitting_size(columns: Sequence[Column], rows: Sequence[Row], width: float, size: float) -> float | None:
    """The largest amount size, from `size` down to MIN_SIZE, at which the table fits `width`; None if none does."""
    while size >= MIN_SIZE:
        if sum(column_widths(columns, rows, width, size)) <= width + 0.5:
            return size
        size -= 0.5
    return None


@lru_cache(maxsize=64)
def _sized(style: ParagraphStyle, size: float) -> ParagraphStyle:
    if size == style.fontSize:
        return style
    return ParagraphStyle(f"{style.name}_{size}", parent=style, fontSize=size,
                          leading=style.leading * size / style.fontSize)


def _cell(value: Cell, column: Column, kind: RowKind, styles: Styles) -> object:
    """Amounts stay plain strings (drawn on one line, right-aligned, fast); text becomes a wrapping Paragraph."""
    if not isinstance(value, str) or column.numeric:
        return value
    return para(value, styles.cell_strong if kind in (RowKind.SUBTOTAL, RowKind.TOTAL) else styles.cell)


def build_table(columns: Sequence[Column], rows: Sequence[Row], width: float, styles: Styles,
                brand: Branding) -> Table:
    # Amounts never wrap: when they cannot all fit at the usual size, the whole table is set smaller.
    size = fitting_size(columns, rows, width, styles.number.fontSize) or MIN_SIZE
    widths = column_widths(columns, rows, width, size)
    head_size = size - HEADER_SMALLER
    header = [para(c.header, _sized(styles.head_number if c.numeric else styles.head, head_size)) for c in columns]
    data: list[list[object]] = [header]
    primary, light, rule = brand.colour("primary"), brand.colour("light"), brand.colour("rule")
    zebra = blend(light, white, 0.55)
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), FONT, size, size * styles.number.leading / styles.number.fontSize),
        ("TEXTCOLOR", (0, 0), (-1, -1), brand.colour("text")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (-1, 0), primary),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, primary),
    ]
    commands += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i, c in enumerate(columns) if c.numeric]
    striped = 0
    for row in rows:
        r = len(data)
        if row.kind is RowKind.GROUP:
            first = row.cells[0]
            data.append([para(first, styles.cell_strong) if isinstance(first, str) else first]
                        + [""] * (len(columns) - 1))
            commands += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), light),
                         ("LINEABOVE", (0, r), (-1, r), 0.5, rule)]
            striped = 0
            continue
        data.append([_cell(value, column, row.kind, styles) for value, column in zip(row.cells, columns, strict=True)])
        if row.kind is RowKind.BODY:
            if striped % 2:
                commands.append(("BACKGROUND", (0, r), (-1, r), zebra))
            striped += 1
            continue
        commands.append(("TEXTCOLOR", (0, r), (-1, r), primary))
        if row.kind is RowKind.SUBTOTAL:
            commands.append(("LINEABOVE", (0, r), (-1, r), 0.5, rule))
        else:
            commands += [("LINEABOVE", (0, r), (-1, r), 0.9, primary), ("BACKGROUND", (0, r), (-1, r), light)]
    table = ProposalTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table
