"""Client import from CSV and export to CSV (DESIGN §4).

Import is all-or-nothing by default: every row is parsed and validated first,
and clients are created only when no row has a problem (or, with
`skip_invalid`, only the valid rows). The caller's session commits.
"""

from __future__ import annotations

import csv
import errno
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_desk.domain.client_csv_rules import (
    CSV_FIELDS,
    ColumnMap,
    HeaderError,
    extra_cells,
    is_blank,
    map_headers,
    read_row,
)
from agent_desk.domain.clients import ClientDetails, validate_client
from agent_desk.errors import ImportFileError, ValidationError
from agent_desk.services.changes import Changes
from agent_desk.services.clients import create_client
from agent_desk.store.models import Client

PROGRESS_BATCH = 100  # rows between progress reports
_EXPORT_BATCH = 1000  # rows fetched at a time, so a big book is never all in memory
_FIELD_ORDER = {name: position for position, name in enumerate(CSV_FIELDS)}


@dataclass(frozen=True)
class RowError:
    line: int  # physical line in the file; the header is line 1
    message: str  # "<column>: <problem>", the column as the file names it
    column: str = ""

    def as_dict(self) -> dict[str, object]:
        return {"line": self.line, "column": self.column, "message": self.message}


@dataclass(frozen=True)
class ImportReport:
    imported: int
    errors: list[RowError]
    skipped: int  # invalid rows left out (only with skip_invalid)
    rows: int = 0  # data rows read, blank lines not counted
    ignored_columns: tuple[str, ...] = ()
    changes: Changes = field(default_factory=Changes)

    @property
    def rows_with_errors(self) -> int:
        return len({error.line for error in self.errors})

    @property
    def written(self) -> bool:
        return not self.errors or self.skipped > 0

    def as_dict(self) -> dict[str, object]:
        return {
            "imported": self.imported,
            "skipped": self.skipped,
            "rows": self.rows,
            "rows_with_errors": self.rows_with_errors,
            "written": self.written,
            "errors": [error.as_dict() for error in self.errors],
            "ignored_columns": list(self.ignored_columns),
        }

    def summary(self) -> str:
        text = f"Imported {self.imported} client{'' if self.imported == 1 else 's'}"
        if self.skipped:
            text += f", skipped {self.skipped} invalid row{'' if self.skipped == 1 else 's'}"
        elif self.errors:
            count = self.rows_with_errors
            text += f"; {count} row{'' if count == 1 else 's'} with errors, nothing written"
        if self.ignored_columns:
            text += f" (ignored columns: {', '.join(self.ignored_columns)})"
        return text


@dataclass(frozen=True)
class _ParsedRow:
    line: int
    details: ClientDetails | None  # None when the row has errors
    errors: list[RowError]


def import_clients(session: Session, path: Path, *, skip_invalid: bool = False, today: date | None = None,
                   progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Create a client per row of a CSV file; see the module docstring for what is written when."""
    path = Path(path)
    today = today or date.today()
    columns, records = _open_records(path)
    parsed = [_parse(line, cells, columns, today) for line, cells in records]
    errors = [error for row in parsed for error in row.errors]
    valid = [row.details for row in parsed if row.details is not None]
    report = ImportReport(imported=0, errors=errors, skipped=0, rows=len(parsed), ignored_columns=columns.ignored)
    if errors and not skip_invalid:
        return report
    _create_all(session, valid, today, progress)
    return replace(report, imported=len(valid), skipped=len(parsed) - len(valid),
                   changes=Changes(client_list=True) if valid else Changes())


def _create_all(session: Session, rows: list[ClientDetails], today: date,
                progress: Callable[[int, int], None] | None) -> None:
    # Through create_client, so every client gets its search document.
    for done, details in enumerate(rows, start=1):
        create_client(session, details, today)
        if progress is not None and (done % PROGRESS_BATCH == 0 or done == len(rows)):
            progress(done, len(rows))


def _parse(line: int, cells: list[str], columns: ColumnMap, today: date) -> _ParsedRow:
    if extra_cells(cells, columns.width):
        message = (f"{len(cells)} cells but the header has {columns.width} columns "
                   "(a value with a comma must be in double quotes)")
        return _ParsedRow(line, None, [RowError(line, message)])
    details, problems = read_row(cells, columns)
    try:
        details = validate_client(details, today)
    except ValidationError as exc:
        problems = problems | exc.problems  # disjoint: a cell that failed to parse was left blank
    if not problems:
        return _ParsedRow(line, details, [])
    ordered = sorted(problems.items(), key=lambda item: _FIELD_ORDER.get(item[0], len(_FIELD_ORDER)))
    errors = [RowError(line, f"{columns.label(name)}: {message}", columns.label(name)) for name, message in ordered]
    return _ParsedRow(line, None, errors)


def _open_records(path: Path) -> tuple[ColumnMap, list[tuple[int, list[str]]]]:
    """The file's column map and its non-blank data rows, each with its first line number."""
    records = [(line, cells) for line, cells in _records(_read_text(path), path) if not is_blank(cells)]
    if not records:
        raise ImportFileError(f"{path}: the file is empty; the first line must name the columns")
    try:
        columns = map_headers(records[0][1])
    except HeaderError as exc:
        raise ImportFileError(f"{path}: {exc}") from None
    return columns, records[1:]


def _records(text: str, path: Path) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    line = 0
    try:
        for cells in reader:
            yield line + 1, cells
            line = reader.line_num
    except csv.Error as exc:
        raise ImportFileError(f"{path}: line {reader.line_num}: not readable as CSV ({exc})") from None


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(f"No such file: {path}") from None
    except OSError as exc:
        raise ImportFileError(f"Cannot read {path}: {exc.strerror or exc}") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(f"{path} is UTF-16 text, not UTF-8; save it as 'CSV UTF-8' and import it again")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportFileError(
            f"{path} is not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}); "
            "save it as 'CSV UTF-8' and import it again (Big5 and GB18030 files are not supported yet)"
        ) from None


def export_clients(session: Session, path: Path) -> int:
    """Write every live client, by name, to a CSV that import reads back; returns the count.

    UTF-8 with a BOM so Excel shows Chinese. Written beside the target and moved
    into place, so a failed export never leaves half a file or clobbers the old one."""
    path = Path(path)
    if not path.parent.is_dir():  # say so plainly, rather than name the .part file below
        raise FileNotFoundError(errno.ENOENT, "No such folder", str(path.parent))
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            count = _write_rows(session, handle)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return count


_EXPORT_COLUMNS = tuple(getattr(Client, name) for name in CSV_FIELDS)


def _write_rows(session: Session, handle: TextIO) -> int:
    writer = csv.writer(handle)
    writer.writerow(CSV_FIELDS)
    statement = (select(*_EXPORT_COLUMNS).where(Client.deleted_at.is_(None))
                 .order_by(Client.sort_name, Client.id).execution_options(yield_per=_EXPORT_BATCH))
    count = 0
    for values in session.execute(statement):
        writer.writerow([_cell(value) for value in values])
        count += 1
    return count


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")  # never "1.2E+6" in a spreadsheet
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
