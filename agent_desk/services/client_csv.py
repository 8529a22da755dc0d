"""Client import from CSV and export to CSV (DESIGN §4).

Import is all-or-nothing by default: every row is parsed and validated first,
and clients are created only when no row has a problem (or, with
`skip_invalid`, only the valid rows). The caller's session commits.
Reading, checking and writing are client_import's, shared with the app's
import dialog; this is the command line's all-in-one call and report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_desk.domain.client_csv_rules import CSV_FIELDS
from agent_desk.services.changes import Changes
from agent_desk.services.client_import import RowError, apply_import, plan_import, read_source
from agent_desk.services.csv_export import csv_cell, write_csv
from agent_desk.services.text_files import TextEncoding
from agent_desk.store.models import Client

__all__ = ["ImportReport", "RowError", "export_clients", "import_clients"]

PROGRESS_BATCH = 100  # rows between progress reports
_EXPORT_BATCH = 1000  # rows fetched at a time, so a big book is never all in memory


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


def import_clients(session: Session, path: Path, *, skip_invalid: bool = False, today: date | None = None,
                   progress: Callable[[int, int], None] | None = None,
                   encoding: TextEncoding | None = None) -> ImportReport:
    """Create a client per row of a CSV (or vCard) file; see the module docstring
    for what is written when. `encoding` None detects UTF-8, Big5 or GB18030."""
    today = today or date.today()
    plan = plan_import(read_source(Path(path), encoding), today=today)
    errors = plan.errors
    report = ImportReport(imported=0, errors=errors, skipped=0, rows=len(plan.rows),
                          ignored_columns=plan.columns.ignored)
    if errors and not skip_invalid:
        return report
    outcome = apply_import(session, plan, skip_invalid=True, today=today, progress=progress)
    return replace(report, imported=len(outcome.created), skipped=outcome.skipped_invalid,
                   changes=Changes(client_list=True) if outcome.created else Changes())


def export_clients(session: Session, path: Path) -> int:
    """Write every live client, by name, to a CSV that import reads back; returns the count.

    UTF-8 with a BOM so Excel shows Chinese. Written beside the target and moved
    into place, so a failed export never leaves half a file or clobbers the old one."""
    statement = (select(*_EXPORT_COLUMNS).where(Client.deleted_at.is_(None))
                 .order_by(Client.sort_name, Client.id).execution_options(yield_per=_EXPORT_BATCH))
    rows = ([csv_cell(value) for value in values] for values in session.execute(statement))
    return write_csv(Path(path), CSV_FIELDS, rows)


_EXPORT_COLUMNS = tuple(getattr(Client, name) for name in CSV_FIELDS)
