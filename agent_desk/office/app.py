"""The office's HTTP application: the sync API of protocol.py over the office
database. Routes only translate HTTP; the work is in auth.py and sync_store.py.

Nothing is kept between requests but the database, so several processes may
serve one PostgreSQL database side by side.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import Depends, FastAPI, Header, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException

from agent_desk import __version__
from agent_desk.office import OfficeError, auth, sync_store
from agent_desk.office.db import open_office_db
from agent_desk.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    Change,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    PullResponse,
    PushRequest,
    PushResponse,
)

STATUS_OF_ERROR = {"unauthorized": 401, "revoked": 401, "bad_code": 403, "not_found": 404, "invalid": 422}
MAX_CURSOR = 2**63 - 1  # a seq is a signed 64-bit integer in both databases
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (401, 404, 422, 426)}


def error_response(status: int, error: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(ErrorBody(error=error, message=message).model_dump(), status_code=status, headers=headers)


def protocol_mismatch(sent: str | None) -> str:
    theirs = f"protocol {sent[:20]!r}" if sent is not None else "no protocol version"
    return (f"This office speaks sync protocol {PROTOCOL_VERSION} and the app sent {theirs}: "
            "please update Agent Desk; your work stays on this computer.")


def _etag_matches(if_none_match: str, etag: str) -> bool:
    tags = [tag.strip().removeprefix("W/") for tag in if_none_match.split(",")]
    return "*" in tags or etag in tags


def create_app(db_url: str | None = None) -> FastAPI:
    """The office app over the database at `db_url` (None: the default SQLite file)."""
    db = open_office_db(db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        db.dispose()

    app = FastAPI(title="Agent Desk home office", version=__version__, lifespan=lifespan)
    bearer = HTTPBearer(auto_error=False)

    @app.middleware("http")
    async def require_protocol(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        path = request.url.path
        sent = request.headers.get(PROTOCOL_HEADER)
        if path.startswith("/v1/") and path != "/v1/health" and sent != str(PROTOCOL_VERSION):
            return error_response(426, "protocol", protocol_mismatch(sent))
        return await call_next(request)

    @app.exception_handler(OfficeError)
    async def office_error(_request: Request, exc: OfficeError) -> JSONResponse:
        status = STATUS_OF_ERROR.get(exc.error, 400)
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return error_response(status, exc.error, str(exc), headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = ["/".join(str(part) for part in error.get("loc", ())) + ": " + str(error.get("msg", ""))
                    for error in exc.errors()[:3]]
        return error_response(422, "invalid", "; ".join(problems) or "The request is not valid.")

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, exc: HTTPException) -> JSONResponse:
        error = "not_found" if exc.status_code == 404 else "invalid"
        return error_response(exc.status_code, error, str(exc.detail), exc.headers)

    def calling_device(credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> auth.CallingDevice:
        if credentials is None:
            raise OfficeError("unauthorized", "This request needs the device's token (Authorization: Bearer).")
        with db.read() as session:
            device = auth.calling_device(session, credentials.credentials)
        if auth.needs_touch(device):
            with db.write() as session:
                auth.touch_device(session, device.device_id)
        return device

    @app.get("/v1/health")
    def health() -> dict[str, object]:
        return {"status": "ok", "version": __version__, "protocol": PROTOCOL_VERSION}

    @app.post("/v1/enroll", responses={**_ERRORS, 403: {"model": ErrorBody}})
    def enroll(request: EnrollRequest) -> EnrollResponse:
        with db.write() as session:
            return auth.enroll(session, request)

    @app.post("/v1/sync/push", responses=_ERRORS)
    def push(request: PushRequest, device: auth.CallingDevice = Depends(calling_device)) -> PushResponse:
        with db.write() as session:
            return sync_store.push(session, device.agent_id, device.device_id, request)

    @app.get("/v1/sync/pull", responses=_ERRORS)
    def pull(cursor: int = Query(0, ge=0, le=MAX_CURSOR),
             limit: int = Query(DEFAULT_PULL_LIMIT, ge=1, le=MAX_PULL_LIMIT),
             skip_own: bool = Query(False, description="leave out rows whose every field this device wrote"),
             device: auth.CallingDevice = Depends(calling_device)) -> PullResponse:
        with db.read() as session:
            return sync_store.pull(session, device.agent_id, cursor, limit,
                                   device.device_id if skip_own else None)

    @app.get("/v1/sync/rows/{entity}/{row_id}", responses=_ERRORS)
    def row(entity: str, row_id: str, device: auth.CallingDevice = Depends(calling_device)) -> Change:
        parsed = sync_store.as_uuid(row_id)
        if parsed is None:
            raise OfficeError("not_found", f"There is no {entity} row {row_id[:40]!r} in this agent's book.")
        with db.read() as session:
            return sync_store.agent_row(session, device.agent_id, entity, parsed)

    @app.get("/v1/catalogs/current", responses={
        200: {"content": {"application/json": {"schema": {"type": "object"}}},
              "description": "The catalog file as published (DESIGN §3)."},
        304: {"description": "The catalog named by If-None-Match is still current."},
        **_ERRORS})
    def current_catalog(if_none_match: str | None = Header(None),
                        _device: auth.CallingDevice = Depends(calling_device)) -> Response:
        with db.read() as session:
            catalog = sync_store.current_catalog(session)
        etag = f'"{catalog.etag}"'
        if if_none_match is not None and _etag_matches(if_none_match, etag):
            return Response(status_code=304, headers={"ETag": etag})
        return Response(catalog.content.encode("utf-8"), media_type="application/json", headers={"ETag": etag})

    return app
