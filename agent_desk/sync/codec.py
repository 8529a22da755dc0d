"""Column values to JSON and back, by the book's column types, so a row
travels the same way from the outbox, the office and a restored conflict."""

from __future__ import annotations

import base64
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, LargeBinary, Table, Uuid

from agent_desk.store.models import Base, Money
from agent_desk.sync import protocol


def table(entity: str) -> Table:
    if entity not in protocol.ENTITIES:
        raise KeyError(f"not a synced entity: {entity}")
    return Base.metadata.tables[entity]


def travelling_columns(entity: str) -> list[str]:
    return [column.name for column in table(entity).columns if protocol.travels(entity, column.name)]


def to_json(entity: str, field: str, value: Any) -> Any:
    if value is None:
        return None
    kind = table(entity).columns[field].type
    if isinstance(kind, Uuid):
        return str(value)
    if isinstance(kind, (Date, DateTime)):
        return value.isoformat()
    if isinstance(kind, Money):
        return str(Decimal(value))
    if isinstance(kind, LargeBinary):
        return base64.b64encode(value).decode("ascii")
    return value


def from_json(entity: str, field: str, value: Any) -> Any:
    """Raises ValueError for a value that does not fit the column."""
    if value is None:
        return None
    kind = table(entity).columns[field].type
    if isinstance(kind, Uuid):
        return uuid.UUID(str(value))
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Money):
        return Decimal(str(value))
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value, validate=True)
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise ValueError(f"{field}: not true or false")
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{field}: not a whole number")
        return value
    if isinstance(kind, JSON):
        return value
    if not isinstance(value, str):
        raise ValueError(f"{field}: not text")
    return value


def row_to_json(entity: str, values: dict[str, Any]) -> dict[str, Any]:
    """The travelling fields of a row (a mapping of column name to value)."""
    return {name: to_json(entity, name, values[name]) for name in travelling_columns(entity) if name in values}
