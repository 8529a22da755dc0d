"""Column values to JSON and back, by the book's column types, so a row
travels the same way from the outbox, the office and a restored conflict."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, LargeBinary, Table, Uuid

from agent_desk.store.models import Base, Money
from agent_desk.sync import protocol


def table(entity: str) -> Table:
    if entity not in protocol.ENTITIES:
        raise KeyError(f"not a synced entity: {entity}")
    return Base.metadata.tables[entity]


@cache
def travelling_columns(entity: str) -> tuple[str, ...]:
    return tuple(column.name for column in table(entity).columns if protocol.travels(entity, column.name))


def to_json(entity: str, field: str, value: Any) -> Any:
    return None if value is None else _encoder(entity, field)(value)


def from_json(entity: str, field: str, value: Any) -> Any:
    """Raises ValueError for a value that does not fit the column."""
    return None if value is None else _decoder(entity, field)(value)


def decoder_of_value(entity: str, field: str) -> Callable[[Any], Any]:
    """`from_json` of a value that is not None, for one column, looked up
    once (applying a page decodes every value of it)."""
    return _decoder(entity, field)


def _same(value: Any) -> Any:
    return value


@cache
def _encoder(entity: str, field: str) -> Callable[[Any], Any]:
    kind = table(entity).columns[field].type
    if isinstance(kind, Uuid):
        return str
    if isinstance(kind, (Date, DateTime)):
        return lambda value: value.isoformat()
    if isinstance(kind, Money):
        return lambda value: str(Decimal(value))
    if isinstance(kind, LargeBinary):
        return lambda value: base64.b64encode(value).decode("ascii")
    return _same


def _checked(test: Callable[[Any], bool], field: str, what: str) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if not test(value):
            raise ValueError(f"{field}: not {what}")
        return value

    return convert


@cache
def _decoder(entity: str, field: str) -> Callable[[Any], Any]:
    kind = table(entity).columns[field].type
    if isinstance(kind, Uuid):
        return lambda value: uuid.UUID(str(value))
    if isinstance(kind, DateTime):
        return datetime.fromisoformat
    if isinstance(kind, Date):
        return date.fromisoformat
    if isinstance(kind, Money):
        return lambda value: Decimal(str(value))
    if isinstance(kind, LargeBinary):
        return lambda value: base64.b64decode(value, validate=True)
    if isinstance(kind, Boolean):
        return _checked(lambda value: isinstance(value, bool), field, "true or false")
    if isinstance(kind, Integer):
        return _checked(lambda value: isinstance(value, int) and not isinstance(value, bool), field,
                        "a whole number")
    if isinstance(kind, JSON):
        return _same
    return _checked(lambda value: isinstance(value, str), field, "text")
