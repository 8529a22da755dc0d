"""Many rows in one INSERT statement, past SQLAlchemy's per-row parameter work.

One statement per many rows matters for the search table above all: FTS5
flushes its pending index at every statement, so a row per statement leaves a
tiny index segment per client and the time goes into merging them (20,000
search rows: about 4 s with executemany, a fraction of a second this way)."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterable, Sequence
from itertools import chain

from sqlalchemy import Connection


def variable_limit(connection: Connection) -> int:
    """How many ? a statement may hold (999 in old SQLite builds, 32766 since 3.32)."""
    driver = connection.connection.driver_connection
    getlimit = getattr(driver, "getlimit", None)
    if getlimit is not None:
        return getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    # SQLCipher's driver has no getlimit; the SQLite it bundles tells by its version.
    version = getattr(sys.modules.get(type(driver).__module__), "sqlite_version_info", (0,))
    return 32766 if tuple(version) >= (3, 32, 0) else 999


def insert_sql(table: str, columns: Sequence[str], rows: int, constants: dict[str, str] | None = None) -> str:
    """INSERT of `rows` rows: a ? per column, then the constants' SQL as given."""
    constants = constants or {}
    row = f"({', '.join(['?'] * len(columns) + list(constants.values()))})"
    return f"INSERT INTO {table} ({', '.join([*columns, *constants])}) VALUES " + ", ".join([row] * rows)


def insert_rows(connection: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
    """Insert rows given in storage form (as the driver takes them), as many
    a statement as the driver allows."""
    listed = list(rows)
    per_statement = max(1, variable_limit(connection) // len(columns))
    for start in range(0, len(listed), per_statement):
        chunk = listed[start:start + per_statement]
        connection.exec_driver_sql(insert_sql(table, columns, len(chunk)),
                                   tuple(chain.from_iterable(chunk)))
