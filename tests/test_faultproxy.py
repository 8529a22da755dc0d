"""Self-test of the fault proxy (tests/faultproxy.py) against a tiny echo
server: each fault must show the office and the client exactly the failure
that sync tests rely on, and the proxy must pass through again afterwards."""

from __future__ import annotations

import json
import random
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from faultproxy import (
    DELAY,
    DELAY_RESPONSE,
    DROP_REQUEST,
    DROP_RESPONSE,
    GARBAGE,
    GARBAGE_AFTER,
    OFFLINE,
    PASS,
    STATUS_500,
    Action,
    Exchange,
    FaultProxy,
)


class _EchoHandler(BaseHTTPRequestHandler):
    """Records each request and echoes it as JSON (chunked under /chunked),
    so the office's view and the client's view can be compared."""

    protocol_version = "HTTP/1.1"
    server: _Office

    def _echo(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.record(self.command, self.path)
        payload = json.dumps(
            {"method": self.command, "path": self.path, "body": body.decode(), "token": self.headers.get("X-Token")}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if self.path.startswith("/chunked"):
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for start in range(0, len(payload), 7):
                piece = payload[start : start + 7]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = _echo

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class _Office(ThreadingHTTPServer):
    """Stands in for the office server: counts what really reached it."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _EchoHandler)
        self._lock = threading.Lock()
        self.seen: list[tuple[str, str]] = []
        self.url = f"http://127.0.0.1:{self.server_address[1]}"

    def record(self, method: str, path: str) -> None:
        with self._lock:
            self.seen.append((method, path))

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.seen)


@pytest.fixture
def office_factory() -> Iterator[Callable[[], _Office]]:
    started: list[_Office] = []

    def start() -> _Office:
        office = _Office()
        threading.Thread(target=office.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        started.append(office)
        return office

    yield start
    for office in started:
        office.shutdown()
        office.server_close()


@pytest.fixture
def office(office_factory: Callable[[], _Office]) -> _Office:
    return office_factory()


@pytest.fixture
def proxy(office: _Office) -> Iterator[FaultProxy]:
    with FaultProxy(office.url) as running:
        yield running


@pytest.fixture
def client(proxy: FaultProxy) -> Iterator[httpx.Client]:
    """One pooled client for all requests: its keep-alive attempts must cope
    with the proxy's Connection: close."""
    with httpx.Client(base_url=proxy.url, timeout=2.0) as pooled:
        yield pooled


def _wait_for(condition: Callable[[], bool], timeout: float = 2.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.01)


def test_pass_relays_method_target_headers_and_body(proxy: FaultProxy, office: _Office, client: httpx.Client) -> None:
    response = client.post("/items?page=2", json={"a": 1}, headers={"X-Token": "t0k"})

    assert response.status_code == 200
    assert response.json() == {"method": "POST", "path": "/items?page=2", "body": '{"a":1}', "token": "t0k"}
    assert response.headers["connection"] == "close"
    assert office.seen == [("POST", "/items?page=2")]
    assert proxy.log == [Exchange(0, "POST", "/items?page=2", "PASS", 200)]
    assert proxy.forwarded_count == 1


def test_chunked_office_answer_is_relayed_whole_with_a_length(office: _Office, client: httpx.Client) -> None:
    response = client.get("/chunked/list")

    assert response.json()["path"] == "/chunked/list"
    assert "transfer-encoding" not in response.headers
    assert response.headers["content-length"] == str(len(response.content))


def test_drop_request_never_reaches_the_office(proxy: FaultProxy, office: _Office, client: httpx.Client) -> None:
    proxy.plan(DROP_REQUEST)

    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/push", json={"n": 1})
    assert office.count == 0
    assert proxy.forwarded_count == 0

    assert client.post("/push", json={"n": 1}).status_code == 200
    assert [(e.action, e.status) for e in proxy.log] == [("DROP_REQUEST", None), ("PASS", 200)]


def test_offline_resets_the_connection(proxy: FaultProxy, office: _Office, client: httpx.Client) -> None:
    proxy.plan(OFFLINE, OFFLINE)

    for _ in range(2):
        with pytest.raises(httpx.ReadError):
            client.get("/pull")
    assert office.count == 0
    assert client.get("/pull").status_code == 200


def test_drop_response_loses_the_answer_after_the_office_committed(
    proxy: FaultProxy, office: _Office, client: httpx.Client
) -> None:
    proxy.plan(DROP_RESPONSE)

    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/push", json={"n": 1})
    assert office.seen == [("POST", "/push")]
    assert proxy.log == [Exchange(0, "POST", "/push", "DROP_RESPONSE", 200)]

    assert client.post("/push", json={"n": 1}).status_code == 200
    assert office.count == 2


def test_delay_beyond_the_client_timeout_is_a_timeout_and_still_reaches_the_office(
    proxy: FaultProxy, office: _Office, client: httpx.Client
) -> None:
    proxy.plan(DELAY(0.4))

    with pytest.raises(httpx.ReadTimeout):
        client.post("/push", json={"n": 1}, timeout=0.1)
    assert office.count == 0  # still on its way

    assert client.get("/pull").status_code == 200  # the next request is not held up
    _wait_for(lambda: proxy.log[0].status == 200)
    assert office.seen == [("GET", "/pull"), ("POST", "/push")]
    assert [e.action for e in proxy.log] == ["DELAY", "PASS"]


def test_delay_within_the_client_timeout_passes(proxy: FaultProxy, client: httpx.Client) -> None:
    proxy.plan(DELAY(0.1))

    started = time.monotonic()
    response = client.get("/pull")

    assert response.status_code == 200
    assert time.monotonic() - started >= 0.1


def test_delay_response_times_out_after_the_office_committed(
    proxy: FaultProxy, office: _Office, client: httpx.Client
) -> None:
    proxy.plan(DELAY_RESPONSE(0.4))

    with pytest.raises(httpx.ReadTimeout):
        client.post("/push", json={"n": 1}, timeout=0.1)
    assert office.seen == [("POST", "/push")]
    assert client.get("/pull").status_code == 200


def test_status_500_does_not_reach_the_office(proxy: FaultProxy, office: _Office, client: httpx.Client) -> None:
    proxy.plan(STATUS_500)

    assert client.post("/push", json={}).status_code == 500
    assert office.count == 0
    assert proxy.log == [Exchange(0, "POST", "/push", "STATUS_500", None)]
    assert client.post("/push", json={}).status_code == 200


def test_garbage_is_a_200_that_is_not_json(proxy: FaultProxy, office: _Office, client: httpx.Client) -> None:
    proxy.plan(GARBAGE)

    response = client.get("/pull")

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        response.json()
    assert office.count == 0
    assert client.get("/pull").json()["path"] == "/pull"


def test_garbage_after_cuts_the_committed_answer_in_half(
    proxy: FaultProxy, office: _Office, client: httpx.Client
) -> None:
    proxy.plan(GARBAGE_AFTER)

    cut = client.post("/push", json={"n": 1})
    whole = client.post("/push", json={"n": 1})

    assert cut.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        cut.json()
    assert whole.json()["path"] == "/push"
    assert cut.content == whole.content[: len(whole.content) // 2]
    assert office.count == 2
    assert [(e.action, e.status) for e in proxy.log] == [("GARBAGE_AFTER", 200), ("PASS", 200)]


def test_plan_runs_in_order_then_passes_through(proxy: FaultProxy, client: httpx.Client) -> None:
    proxy.plan(STATUS_500, GARBAGE)
    proxy.plan(PASS, STATUS_500)
    assert proxy.planned == (STATUS_500, GARBAGE, PASS, STATUS_500)

    statuses = [client.get(f"/r{i}").status_code for i in range(6)]

    assert statuses == [500, 200, 200, 500, 200, 200]
    assert [e.action for e in proxy.log] == ["STATUS_500", "GARBAGE", "PASS", "STATUS_500", "PASS", "PASS"]
    assert [e.index for e in proxy.log] == list(range(6))
    assert proxy.planned == ()


def test_seeded_policy_decides_per_request(proxy: FaultProxy, office: _Office, client: httpx.Client) -> None:
    rng = random.Random(7)
    proxy.policy = lambda index, method, path: rng.choice([PASS, STATUS_500, DROP_REQUEST])

    outcomes = []
    for i in range(12):
        try:
            outcomes.append(client.get(f"/r{i}").status_code)
        except httpx.RemoteProtocolError:
            outcomes.append(None)

    expected = {"PASS": 200, "STATUS_500": 500, "DROP_REQUEST": None}
    assert outcomes == [expected[e.action] for e in proxy.log]
    assert office.count == outcomes.count(200) == proxy.forwarded_count
    assert len(set(outcomes)) == 3  # seed 7 exercises every choice


def test_plan_goes_before_the_policy_which_sees_method_and_path(proxy: FaultProxy, client: httpx.Client) -> None:
    seen: list[tuple[int, str, str]] = []

    def only_pushes_fail(index: int, method: str, path: str) -> Action:
        seen.append((index, method, path))
        return STATUS_500 if path.startswith("/push") else PASS

    proxy.policy = only_pushes_fail
    proxy.plan(GARBAGE)

    assert client.get("/pull").status_code == 200  # planned GARBAGE, policy not asked
    assert client.post("/push?x=1", json={}).status_code == 500
    assert client.get("/pull").status_code == 200
    assert seen == [(1, "POST", "/push?x=1"), (2, "GET", "/pull")]


def test_set_target_follows_an_office_restarted_on_a_new_port(
    proxy: FaultProxy, office: _Office, office_factory: Callable[[], _Office], client: httpx.Client
) -> None:
    restarted = office_factory()

    proxy.set_target(restarted.url)
    assert client.get("/pull").status_code == 200

    assert proxy.target == restarted.url
    assert (office.count, restarted.count) == (0, 1)


def test_an_unreachable_office_is_a_transport_error(proxy: FaultProxy, client: httpx.Client) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    proxy.set_target(f"http://127.0.0.1:{free_port}")

    with pytest.raises(httpx.TransportError):
        client.get("/pull")
    assert proxy.log == [Exchange(0, "GET", "/pull", "PASS", None)]
    assert proxy.forwarded_count == 0


def test_concurrent_requests_are_numbered_once_each(proxy: FaultProxy, office: _Office) -> None:
    def fetch(i: int) -> None:
        assert httpx.get(f"{proxy.url}/r{i}", timeout=2.0).status_code == 200

    threads = [threading.Thread(target=fetch, args=(i,)) for i in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(e.index for e in proxy.log) == list(range(10))
    assert office.count == proxy.forwarded_count == 10


def test_exit_is_prompt_even_with_a_long_delay_pending(office: _Office) -> None:
    failures: list[BaseException] = []

    def request(url: str) -> None:
        try:
            httpx.get(f"{url}/pull", timeout=5.0)
        except httpx.TransportError as error:
            failures.append(error)

    with FaultProxy(office.url) as proxy:
        proxy.plan(DELAY(30))
        url = proxy.url
        waiting = threading.Thread(target=request, args=(url,))
        waiting.start()
        _wait_for(lambda: len(proxy.log) == 1)
        started = time.monotonic()
    waiting.join(2.0)

    assert time.monotonic() - started < 1.0
    assert not waiting.is_alive() and len(failures) == 1
    assert office.count == 0
    assert not [t for t in threading.enumerate() if t.name.startswith("faultproxy")]
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/pull")


def test_a_failing_policy_is_raised_at_exit(office: _Office) -> None:
    with pytest.raises(RuntimeError, match="ZeroDivisionError") as raised:
        with FaultProxy(office.url) as proxy:
            proxy.policy = lambda index, method, path: Action(1 / 0)  # type: ignore[arg-type]
            with pytest.raises(httpx.TransportError):
                httpx.get(f"{proxy.url}/pull")

    assert isinstance(raised.value.__cause__, ZeroDivisionError)
    assert office.count == 0


def test_actions_are_checked_when_planned() -> None:
    proxy = FaultProxy("http://127.0.0.1:9")
    with pytest.raises(TypeError):
        proxy.plan(DELAY)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        DELAY(-1)
    with pytest.raises(ValueError):
        FaultProxy("https://office.example")
    assert str(DELAY(0.5)) == "DELAY(0.5)" and DELAY(0.5).name == "DELAY"
