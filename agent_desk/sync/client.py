"""The office's HTTP API as the app sees it: typed requests and answers, and
every way a network or a server can fail turned into one SyncError."""

from __future__ import annotations

import json
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from agent_desk.errors import (
    BadAnswerError,
    DeviceRevokedError,
    EnrolmentError,
    OfflineError,
    SyncError,
    UpdateRequiredError,
)
from agent_desk.sync import protocol
from agent_desk.sync.protocol import (
    EnrollRequest,
    EnrollResponse,
    Mutation,
    PullResponse,
    PushRequest,
    PushResponse,
)

Answer = TypeVar("Answer", bound=BaseModel)
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)


class OfficeClient:
    def __init__(self, server_url: str, token: str = "", *, timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
                 transport: httpx.BaseTransport | None = None):
        self.server_url = server_url.rstrip("/")
        headers = {protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._http = httpx.Client(base_url=self.server_url, headers=headers, timeout=timeout, transport=transport)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> OfficeClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def enroll(self, code: str, device_name: str, node_id: str) -> EnrollResponse:
        body = EnrollRequest(code=code.strip(), device_name=device_name[:200], node_id=node_id)
        return self._call("POST", "/v1/enroll", EnrollResponse, json=body.model_dump(mode="json"))

    def push(self, mutations: list[Mutation]) -> PushResponse:
        body = PushRequest(mutations=mutations).model_dump(mode="json")
        answer = self._call("POST", "/v1/sync/push", PushResponse, json=body)
        if [result.mutation_id for result in answer.results] != [m.mutation_id for m in mutations]:
            raise BadAnswerError(f"The office at {self.server_url} answered a push with results for other changes")
        return answer

    def pull(self, cursor: int, limit: int = protocol.DEFAULT_PULL_LIMIT, skip_own: bool = True) -> PullResponse:
        answer = self._call("GET", "/v1/sync/pull", PullResponse,
                            params={"cursor": cursor, "limit": limit, "skip_own": "true" if skip_own else "false"})
        if answer.next_cursor < cursor:
            raise BadAnswerError(f"The office at {self.server_url} answered a pull with an earlier cursor")
        return answer

    def current_catalog(self, etag: str = "") -> tuple[str, str] | None:
        """The published catalog as (content, etag); None when `etag` is still current or none is published."""
        headers = {"If-None-Match": etag} if etag else {}
        response = self._send("GET", "/v1/catalogs/current", headers=headers)
        if response.status_code in (304, 404):
            return None
        self._check(response)
        try:
            content = response.content.decode("utf-8")
            json.loads(content)
        except (UnicodeDecodeError, ValueError) as exc:
            raise BadAnswerError(f"The office at {self.server_url} sent a catalog that is not JSON") from exc
        return content, response.headers.get("ETag", "")

    # -- plumbing -----------------------------------------------------------------
    def _call(self, method: str, path: str, answer: type[Answer], **kwargs: Any) -> Answer:
        response = self._send(method, path, **kwargs)
        self._check(response)
        try:
            return answer.model_validate_json(response.content)
        except ValidationError as exc:
            raise BadAnswerError(f"The office at {self.server_url} answered {path} with something that is not "
                                 "a sync answer; nothing was changed here") from exc

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            return self._http.request(method, path, **kwargs)
        except httpx.TimeoutException as exc:
            raise OfflineError(f"The office at {self.server_url} did not answer in time") from exc
        except httpx.TransportError as exc:
            raise OfflineError(f"Cannot reach the office at {self.server_url} ({type(exc).__name__})") from exc

    def _check(self, response: httpx.Response) -> None:
        if response.is_success:
            return
        error, message = _error_of(response)
        status = response.status_code
        if status == 426 or error == "protocol":
            raise UpdateRequiredError(message or "The office needs a newer Agent Desk: please update. "
                                                 "Your work stays on this computer.")
        if status == 401:
            if error == "revoked":
                raise DeviceRevokedError(message or "The office revoked this device; enrol it again with a new code")
            raise DeviceRevokedError(message or "The office does not know this device; enrol it again")
        if status == 403 and error == "bad_code":
            raise EnrolmentError(message or "The office refused the enrolment code")
        if status >= 500:
            raise OfflineError(f"The office at {self.server_url} had a problem (HTTP {status}); will try again")
        raise SyncError(message or f"The office at {self.server_url} refused the request (HTTP {status})")


def _error_of(response: httpx.Response) -> tuple[str, str]:
    try:
        body = response.json()
    except ValueError:
        return "", ""
    if not isinstance(body, dict):
        return "", ""
    return str(body.get("error", "")), str(body.get("message", ""))
