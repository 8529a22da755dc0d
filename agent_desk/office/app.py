"""The office's HTTP application. For now it answers who it is; the sync and
catalog endpoints of DESIGN §5 are added by the sync issue."""

from __future__ import annotations

from fastapi import FastAPI

from agent_desk import __version__

PROTOCOL_VERSION = 1


def create_app() -> FastAPI:
    app = FastAPI(title="Agent Desk home office", version=__version__)

    @app.get("/v1/health")
    def health() -> dict[str, object]:
        return {"status": "ok", "version": __version__, "protocol": PROTOCOL_VERSION}

    return app
