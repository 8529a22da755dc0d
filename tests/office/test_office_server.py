"""The home-office server runs as a real process on 127.0.0.1."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_office_serve_answers_health_and_openapi(tmp_path):  # noqa: ANN001
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "agent_desk.office", "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stdout.read().decode()
                assert time.monotonic() < deadline, "the office server did not start"
                time.sleep(0.1)
        assert health.status_code == 200
        assert health.json()["status"] == "ok"
        spec = httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=5).json()
        assert "/v1/health" in spec["paths"]
    finally:
        server.terminate()
        server.wait(timeout=10)
