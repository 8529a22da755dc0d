"""Book-wide rules kept in the book as JSON (tier thresholds, follow-up rule
parameters): they decide what the book stores, so every device and the CLI
read the same ones."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from agent_desk.store.models import BookSetting


def read_setting(session: Session, key: str) -> dict[str, Any] | None:
    """The stored JSON object for `key`, or None when the book has none."""
    row = session.get(BookSetting, key)
    return None if row is None else dict(row.value)


def write_setting(session: Session, key: str, value: dict[str, Any]) -> None:
    row = session.get(BookSetting, key)
    if row is None:
        session.add(BookSetting(key=key, value=value))
    else:
        row.value = value
    session.flush()
