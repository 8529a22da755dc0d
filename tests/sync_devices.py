"""Agents' devices for sync tests: each a real book file of its own, enrolled
with a real office, compared row by row with the office and each other."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from agent_desk.office.db import OfficeDb
from agent_desk.office.models import SyncedRow
from agent_desk.store.book import Book, open_book
from agent_desk.sync import codec, protocol
from agent_desk.sync.engine import SyncReport, enroll, sync_once

TEMPLATE: Path | None = None  # a migrated empty book, set by tests/sync/conftest.py

Snapshot = dict[str, dict[uuid.UUID, dict[str, Any]]]


@dataclass
class Device:
    name: str
    book: Book
    office_url: str

    def enroll(self, code: str, url: str | None = None) -> None:
        enroll(self.book, url or self.office_url, code, self.name)

    def sync(self, **options: Any) -> SyncReport:
        options.setdefault("timeout", 5.0)
        return sync_once(self.book, **options)

    def snapshot(self) -> Snapshot:
        return book_snapshot(self.book)

    def close(self) -> None:
        self.book.close()


@dataclass
class Office:
    server: Any  # office_harness.OfficeServer
    db: OfficeDb
    directory: Path
    code_for: Callable[..., str]
    devices: list[Device] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.server.url

    def code(self, agent: str = "A001", name: str = "Agent A") -> str:
        return self.code_for(self.db, agent, name)

    def device(self, name: str, agent: str | None = "A001", url: str | None = None) -> Device:
        """A new device with an empty book; enrolled for `agent` unless None."""
        assert TEMPLATE is not None
        path = self.directory / f"{name}.sqlite3"
        shutil.copyfile(TEMPLATE, path)
        device = Device(name, open_book(path), url or self.url)
        self.devices.append(device)
        if agent is not None:
            device.enroll(self.code(agent, f"Agent {agent}"))
        return device

    def snapshot(self, agent: str = "A001") -> Snapshot:
        """The agent's rows as the office holds them, in the devices' terms."""
        from agent_desk.office.models import Agent

        with self.db.read() as session:
            agent_id = session.scalar(select(Agent.id).where(Agent.code == agent))
            rows = session.scalars(select(SyncedRow).where(SyncedRow.agent_id == agent_id)).all()
            found: Snapshot = {entity: {} for entity in protocol.ENTITIES}
            for row in rows:
                found[row.entity][row.row_id] = {name: row.data.get(name)
                                                 for name in codec.travelling_columns(row.entity)}
        return found

    def close(self) -> None:
        for device in self.devices:
            device.close()


def book_snapshot(book: Book) -> Snapshot:
    found: Snapshot = {}
    with book.session() as session:
        connection = session.connection()
        for entity in protocol.ENTITIES:
            table = codec.table(entity)
            names = codec.travelling_columns(entity)
            found[entity] = {row.id: {name: codec.to_json(entity, name, row._mapping[name]) for name in names}
                             for row in connection.execute(select(table.c.id, *(table.c[n] for n in names)))}
    return found


def differences(left: Snapshot, right: Snapshot, limit: int = 5) -> list[str]:
    """What differs between two snapshots, for a readable assertion."""
    found = []
    for entity in protocol.ENTITIES:
        a, b = left.get(entity, {}), right.get(entity, {})
        for row_id in sorted(a.keys() ^ b.keys(), key=str)[:limit]:
            found.append(f"{entity} {row_id}: only on the {'left' if row_id in a else 'right'}")
        for row_id in sorted(a.keys() & b.keys(), key=str):
            if a[row_id] != b[row_id]:
                fields = {k: (a[row_id].get(k), b[row_id].get(k)) for k in a[row_id].keys() | b[row_id].keys()
                          if a[row_id].get(k) != b[row_id].get(k)}
                found.append(f"{entity} {row_id}: {fields}")
            if len(found) >= limit:
                return found
    return found
