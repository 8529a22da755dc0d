"""A device talking to the office over HTTP, as the app's sync client would,
and builders for the messages of protocol.py."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from office_harness import enrolment_code

from agent_desk.office.db import OfficeDb
from agent_desk.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

BASE_MS = 1_760_000_000_000  # an arbitrary wall clock for the tests' stamps
# Plain HTTP on 127.0.0.1: no TLS, so no CA bundle to load (~40 ms per client).
NO_TLS = {"verify": False}


def hlc(step: int, node: str = "dev-a", counter: int = 0) -> str:
    """A stamp `step` milliseconds after BASE_MS: a later step sorts later."""
    return f"{BASE_MS + step:013d}-{counter:05d}-{node}"


def mutation(entity: str, row_id: uuid.UUID | str, fields: dict[str, Any], stamp: str, *,
             op: str = "upsert", base: int = 0, mutation_id: uuid.UUID | None = None) -> dict[str, Any]:
    return {"mutation_id": str(mutation_id or uuid.uuid4()), "entity": entity, "row_id": str(row_id), "op": op,
            "fields": fields, "hlc": stamp, "base": base}


class DeviceClient:
    """One enrolled device: pushes and pulls with its token."""

    def __init__(self, url: str, enrolled: dict[str, Any]):
        self.url = url
        self.token: str = enrolled["token"]
        self.device_id: str = enrolled["device_id"]
        self.agent_code: str = enrolled["agent_code"]
        self.http = httpx.Client(base_url=url, timeout=30, **NO_TLS, headers={
            PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {self.token}"})

    @classmethod
    def enroll(cls, url: str, code: str, name: str = "laptop") -> DeviceClient:
        response = httpx.post(f"{url}/v1/enroll", json={"code": code, "device_name": name, "node_id": name},
                              headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)}, timeout=30, **NO_TLS)
        assert response.status_code == 200, response.text
        return cls(url, response.json())

    def push(self, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
        response = self.http.post("/v1/sync/push", json={"mutations": list(mutations)})
        assert response.status_code == 200, response.text
        return response.json()["results"]

    def pull(self, cursor: int = 0, limit: int | None = None) -> dict[str, Any]:
        params = {"cursor": cursor} | ({"limit": limit} if limit is not None else {})
        response = self.http.get("/v1/sync/pull", params=params)
        assert response.status_code == 200, response.text
        return response.json()

    def book(self) -> dict[tuple[str, str], dict[str, Any]]:
        """Everything pulled from the start, as a device's book would hold it."""
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        cursor, more = 0, True
        while more:
            page = self.pull(cursor)
            for change in page["changes"]:
                key = (change["entity"], change["row_id"])
                if change["op"] == "remove":
                    rows.pop(key, None)
                else:
                    rows[key] = change["fields"]
            cursor, more = page["next_cursor"], page["has_more"]
        return rows

    def close(self) -> None:
        self.http.close()


@dataclass
class Office:
    """The office of a test module: a running server, its database, helpers."""

    url: str
    db_url: str
    db: OfficeDb
    devices: list[DeviceClient] = field(default_factory=list)

    def new_agent(self) -> str:
        """A fresh agent's code; nothing of any other test is in its book."""
        code = f"A{uuid.uuid4().hex[:10]}"
        enrolment_code(self.db, code, f"Agent {code}")
        return code

    def device(self, agent_code: str | None = None, name: str = "laptop") -> DeviceClient:
        """A newly enrolled device of the agent (of a new agent when none is named)."""
        code = enrolment_code(self.db, agent_code or self.new_agent())
        device = DeviceClient.enroll(self.url, code, name)
        self.devices.append(device)
        return device

    def admin(self, work: Callable[..., Any], *args: Any) -> Any:
        with self.db.write() as session:
            return work(session, *args)
