"""Importing clients from a CSV or vCard file in two steps: a plan that reads
and checks every row and finds likely duplicates, writing nothing; then an
apply that writes the chosen rows in one transaction and returns their ids,
so the import can be undone (delete_clients) and redone (restore_clients).

The steps, for a caller that runs them on different threads:
  read_source(path, encoding)      the file: text, header, rows     (no database)
  plan_import(source, fields)      every row parsed and validated    (no database)
  with_duplicates(session, plan)   likely duplicates in book and file
  apply_import(session, plan, …)   the writing
`preview_import` does the first three in one call.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_desk.domain.client_csv_rules import (
    ID_NUMBER,
    IMPORT_FIELDS,
    ColumnMap,
    HeaderError,
    column_map,
    extra_cells,
    is_blank,
    layout_signature,
    map_headers,
    normalise_id_number,
    read_import_row,
    suggest_fields,
)
from agent_desk.domain.clients import ClientDetails, display_name, phone_digits, validate_client
from agent_desk.domain.vcards import VCARD_HEADERS, read_vcards, vcard_columns
from agent_desk.errors import ImportFileError, ImportRowsError, ValidationError
from agent_desk.services.changes import Changes
from agent_desk.services.clients import create_clients
from agent_desk.services.text_files import TextEncoding, read_text
from agent_desk.store.models import Client

Progress = Callable[[int, int], None]
PARSE_PROGRESS_EVERY = 2000  # rows between progress reports while checking a file
_FIELD_ORDER = {name: position for position, name in enumerate(IMPORT_FIELDS)}
_VCARD_SUFFIXES = (".vcf", ".vcard")
_LOOKS_LIKE_VCARD = re.compile(r"\A\s*BEGIN\s*:\s*VCARD", re.IGNORECASE)


class SourceKind(StrEnum):
    CSV = "csv"
    VCARD = "vcard"


@dataclass(frozen=True)
class RowError:
    line: int  # physical line in the file; the header is line 1 (a vCard: its BEGIN line)
    message: str  # "<column>: <problem>", the column as the file names it
    column: str = ""
    field: str = field(default="", compare=False)  # the client field, when the problem is one field's

    def as_dict(self) -> dict[str, object]:
        return {"line": self.line, "column": self.column, "message": self.message}


@dataclass(frozen=True)
class ImportSource:
    """A file read and split into rows, before any mapping."""

    path: Path
    kind: SourceKind
    encoding: TextEncoding
    encoding_detected: bool
    headers: tuple[str, ...]
    records: tuple[tuple[int, list[str]], ...]  # (first line, cells) of each non-blank data row
    unreadable: Mapping[int, str] = field(default_factory=dict)  # vCards: card line → why it was not read

    @property
    def layout(self) -> str:
        """The key a remembered column mapping is kept under ("" for vCards: no choice to remember)."""
        return layout_signature(self.headers) if self.kind is SourceKind.CSV else ""

    def suggested_fields(self) -> list[str | None]:
        if self.kind is SourceKind.VCARD:
            return list(vcard_columns().fields.values())
        return suggest_fields(self.headers)

    def samples(self, column: int, count: int = 3) -> list[str]:
        """The first non-blank values of a column, to help the agent map it."""
        found = []
        for _line, cells in self.records:
            if column < len(cells) and cells[column].strip():
                found.append(cells[column].strip())
                if len(found) == count:
                    break
        return found


@dataclass(frozen=True, slots=True)
class PlannedRow:
    line: int
    cells: list[str]
    details: ClientDetails | None  # None when the row has errors
    id_number: str
    errors: tuple[RowError, ...]

    @property
    def name(self) -> str:
        """How the row is named in the preview, even when it has errors."""
        return display_name(self.details.name, self.details.name_local) if self.details else ""


@dataclass(frozen=True)
class Duplicate:
    """Why a row is likely someone already there."""

    field: str  # phone, email or id_number
    value: str  # as this row has it
    name: str  # the other client's (or row's) name
    client_id: uuid.UUID | None = None  # a client of the book…
    line: int | None = None  # …or an earlier row of the file

    def describe(self) -> str:
        what = {"phone": "phone", "email": "e-mail", ID_NUMBER: "ID number"}[self.field]
        whom = self.name if self.client_id else f"line {self.line} ({self.name})"
        return f"same {what} as {whom}"


@dataclass(frozen=True)
class ImportPlan:
    source: ImportSource
    columns: ColumnMap
    rows: tuple[PlannedRow, ...]
    duplicates: Mapping[int, tuple[Duplicate, ...]] = field(default_factory=dict)  # row index → likely whom
    duplicates_checked: bool = False

    @property
    def errors(self) -> list[RowError]:
        return [error for row in self.rows for error in row.errors]

    @property
    def rows_with_errors(self) -> int:
        return sum(1 for row in self.rows if row.errors)

    @property
    def ready(self) -> int:
        """Rows that would be written with duplicates included."""
        return len(self.rows) - self.rows_with_errors

    def chosen(self, *, skip_invalid: bool, skip_duplicates: bool) -> list[PlannedRow]:
        """The rows an apply with these choices writes; raises ImportRowsError
        when rows have errors and they are not to be skipped."""
        if self.rows_with_errors and not skip_invalid:
            count = self.rows_with_errors
            raise ImportRowsError(f"{count} row{'' if count == 1 else 's'} with errors; nothing was imported")
        return [row for index, row in enumerate(self.rows)
                if row.details is not None and not (skip_duplicates and index in self.duplicates)]


@dataclass(frozen=True)
class ImportOutcome:
    created: tuple[uuid.UUID, ...]
    skipped_invalid: int
    skipped_duplicates: int
    changes: Changes


# --- Reading ---------------------------------------------------------------------

def read_source(path: Path, encoding: TextEncoding | None = None) -> ImportSource:
    """The file's rows: a vCard file by its suffix (or its first line), else CSV
    whose first non-blank row names the columns. Raises ImportFileError."""
    path = Path(path)
    decoded = read_text(path, encoding)
    if path.suffix.lower() in _VCARD_SUFFIXES or _LOOKS_LIKE_VCARD.match(decoded.text):
        rows = read_vcards(decoded.text)
        if not rows:
            raise ImportFileError(f"{path}: no contact in the file (no BEGIN:VCARD line)")
        return ImportSource(path, SourceKind.VCARD, decoded.encoding, decoded.detected, VCARD_HEADERS,
                            tuple((row.line, row.cells) for row in rows),
                            {row.line: row.problem for row in rows if row.problem})
    records = [(line, cells) for line, cells in _csv_records(decoded.text, path) if not is_blank(cells)]
    if not records:
        raise ImportFileError(f"{path}: the file is empty; the first line must name the columns")
    return ImportSource(path, SourceKind.CSV, decoded.encoding, decoded.detected, tuple(records[0][1]),
                        tuple(records[1:]))


def _csv_records(text: str, path: Path) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    line = 0
    try:
        for cells in reader:
            yield line + 1, cells
            line = reader.line_num
    except csv.Error as exc:
        raise ImportFileError(f"{path}: line {reader.line_num}: not readable as CSV ({exc})") from None


# --- Checking --------------------------------------------------------------------

def columns_for(source: ImportSource, fields: Sequence[str | None] | None = None) -> ColumnMap:
    """The column map: the agent's choice of a field per column, or (None) the
    headers matched as the command line matches them. Raises ImportFileError."""
    try:
        if source.kind is SourceKind.VCARD:
            return vcard_columns()
        return map_headers(source.headers) if fields is None else column_map(source.headers, fields)
    except HeaderError as exc:
        raise ImportFileError(f"{source.path}: {exc}") from None


def plan_import(source: ImportSource, fields: Sequence[str | None] | None = None, *, today: date | None = None,
                progress: Progress | None = None) -> ImportPlan:
    """Every row parsed and validated; nothing read from or written to the book."""
    columns = columns_for(source, fields)
    today = today or date.today()
    total = len(source.records)
    rows = []
    for done, (line, cells) in enumerate(source.records, start=1):
        problem = source.unreadable.get(line)
        rows.append(PlannedRow(line, cells, None, "", (RowError(line, problem),)) if problem
                    else _plan_row(line, cells, columns, today))
        if progress is not None and (done % PARSE_PROGRESS_EVERY == 0 or done == total):
            progress(done, total)
    return ImportPlan(source, columns, tuple(rows))


def _plan_row(line: int, cells: list[str], columns: ColumnMap, today: date) -> PlannedRow:
    if extra_cells(cells, columns.width):
        message = (f"{len(cells)} cells but the header has {columns.width} columns "
                   "(a value with a comma must be in double quotes)")
        return PlannedRow(line, cells, None, "", (RowError(line, message),))
    details, id_number, problems = read_import_row(cells, columns)
    try:
        details = validate_client(details, today)
    except ValidationError as exc:
        problems = problems | exc.problems  # disjoint: a cell that failed to parse was left blank
    if not problems:
        return PlannedRow(line, cells, details, id_number, ())
    ordered = sorted(problems.items(), key=lambda item: _FIELD_ORDER.get(item[0], len(_FIELD_ORDER)))
    errors = tuple(RowError(line, f"{columns.label(name)}: {message}", columns.label(name), name)
                   for name, message in ordered)
    return PlannedRow(line, cells, None, id_number, errors)


# --- Duplicates ------------------------------------------------------------------

def duplicate_keys(phone: str, email: str, id_number: str) -> list[tuple[str, str]]:
    """What makes two clients likely the same person: the phone's digits, the
    e-mail ignoring case, the ID number ignoring spaces and case."""
    keys = []
    digits = phone_digits(phone)
    if len(digits) >= 6:  # shorter is an extension or a typo, not a person
        keys.append(("phone", digits))
    if email.strip():
        keys.append(("email", email.strip().casefold()))
    if id_number.strip():
        keys.append((ID_NUMBER, normalise_id_number(id_number)))
    return keys


def with_duplicates(session: Session, plan: ImportPlan) -> ImportPlan:
    """The plan with each valid row's likely duplicates: live clients of the
    book, and earlier valid rows of the file."""
    book: dict[tuple[str, str], tuple[uuid.UUID, str]] = {}
    statement = (select(Client.id, Client.name, Client.name_local, Client.phone, Client.email, Client.id_number)
                 .where(Client.deleted_at.is_(None))
                 .where((Client.phone != "") | (Client.email != "") | (Client.id_number != "")))
    for client_id, name, name_local, phone, email, id_number in session.execute(statement):
        for key in duplicate_keys(phone, email, id_number):
            book.setdefault(key, (client_id, display_name(name, name_local)))
    earlier: dict[tuple[str, str], PlannedRow] = {}
    found: dict[int, tuple[Duplicate, ...]] = {}
    for index, row in enumerate(plan.rows):
        if row.details is None:
            continue
        hits = []
        for key in duplicate_keys(row.details.phone, row.details.email, row.id_number):
            value = row.id_number if key[0] == ID_NUMBER else getattr(row.details, key[0])
            if key in book:
                client_id, name = book[key]
                hits.append(Duplicate(key[0], value, name, client_id=client_id))
            elif key in earlier:
                hits.append(Duplicate(key[0], value, earlier[key].name, line=earlier[key].line))
            else:
                earlier[key] = row
        if hits:
            found[index] = tuple(hits)
    return replace(plan, duplicates=found, duplicates_checked=True)


def preview_import(session: Session, path: Path, *, encoding: TextEncoding | None = None,
                   fields: Sequence[str | None] | None = None, today: date | None = None,
                   progress: Progress | None = None) -> ImportPlan:
    """Read, check and look for duplicates: everything the preview shows."""
    plan = plan_import(read_source(path, encoding), fields, today=today, progress=progress)
    return with_duplicates(session, plan)


# --- Writing ---------------------------------------------------------------------

def apply_import(session: Session, plan: ImportPlan, *, skip_invalid: bool = False, skip_duplicates: bool = False,
                 today: date | None = None, progress: Progress | None = None) -> ImportOutcome:
    """Create a client per chosen row, all in the caller's transaction.

    With errors left in, nothing is written (ImportRowsError). Duplicates are
    looked for again first, against the book as it is now (a sync may have
    brought clients since the preview)."""
    if skip_duplicates:
        plan = with_duplicates(session, plan)
    rows = plan.chosen(skip_invalid=skip_invalid, skip_duplicates=skip_duplicates)
    valid = plan.ready
    created = create_clients(session, [(row.details, row.id_number) for row in rows if row.details is not None],
                             today, progress)
    changes = Changes(clients=frozenset(created), client_list=True) if created else Changes()
    return ImportOutcome(tuple(created), len(plan.rows) - valid, valid - len(created), changes)
