"""Publishing catalogs (`agent-desk-office publish-catalog`) and serving the
current one with an ETag."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from office_api import NO_TLS, DeviceClient
from office_harness import OfficeServer, enrolment_code

from agent_desk import config
from agent_desk.office import OfficeError
from agent_desk.office.cli import main
from agent_desk.office.db import open_office_db
from agent_desk.office.sync_store import current_catalog
from agent_desk.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

DEMO = config.resources_dir() / "catalogs" / "demo.json"


@pytest.fixture
def device(office_db_url: str) -> Iterator[DeviceClient]:
    """A device of a fresh office, one with no catalog published yet."""
    with OfficeServer(office_db_url) as server:
        enrolled = DeviceClient.enroll(server.url, enrolment_code(office_db_url, "A1"))
        yield enrolled
        enrolled.close()


def _publish(db_url: str, path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--db", db_url, "publish-catalog", str(path), "--json"])
    out, err = capsys.readouterr()
    return code, out, err


def _variant(tmp_path: Path, name: str, **changes: object) -> Path:
    document = json.loads(DEMO.read_text(encoding="utf-8")) | changes
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_published_catalog_is_served_as_published_with_an_etag(device, office_db_url, capsys):  # noqa: ANN001
    assert device.http.get("/v1/catalogs/current").json()["error"] == "not_found"

    code, out, _ = _publish(office_db_url, DEMO, capsys)
    served = device.http.get("/v1/catalogs/current")

    assert code == 0 and json.loads(out)["published"] is True
    etag = f'"{hashlib.sha256(DEMO.read_bytes()).hexdigest()}"'
    assert served.status_code == 200 and served.headers["etag"] == etag
    assert served.headers["content-type"] == "application/json"
    assert served.content == DEMO.read_bytes()
    for matching in (etag, f"W/{etag}", f'"other", {etag}', "*"):
        unchanged = device.http.get("/v1/catalogs/current", headers={"If-None-Match": matching})
        assert unchanged.status_code == 304 and unchanged.content == b""
    assert device.http.get("/v1/catalogs/current", headers={"If-None-Match": '"old"'}).status_code == 200
    anonymous = httpx.get(f"{device.url}/v1/catalogs/current", **NO_TLS,
                          headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)})
    assert anonymous.status_code == 401


def test_a_new_version_becomes_current_and_a_version_is_published_once(device, office_db_url, capsys,  # noqa: ANN001
                                                                        tmp_path):
    _publish(office_db_url, DEMO, capsys)
    newer = _variant(tmp_path, "newer.json", version="2026.12.1")
    changed_same_version = _variant(tmp_path, "changed.json", cooling_off_days=21)

    assert _publish(office_db_url, DEMO, capsys)[:2] == (0, _publish_json(DEMO, published=False))
    refused = _publish(office_db_url, changed_same_version, capsys)
    assert refused[0] == 2
    assert refused[2].startswith("agent-desk-office: error: Catalog demo version 2026.11.1 was published with "
                                 "other content") and refused[2].count("\n") == 1
    assert _publish(office_db_url, newer, capsys)[0] == 0
    assert device.http.get("/v1/catalogs/current").content == newer.read_bytes()


def _publish_json(path: Path, published: bool) -> str:
    return json.dumps({"catalog_id": "demo", "catalog_version": "2026.11.1",
                       "etag": hashlib.sha256(path.read_bytes()).hexdigest(), "published": published},
                      indent=2) + "\n"


@pytest.mark.parametrize(("content", "named"), [
    (b'{"catalog_id": "demo", ', "not valid JSON"),
    (b"\xff\xfe{}", "not UTF-8"),
    (None, "currency"),
])
def test_a_malformed_catalog_is_refused_with_its_problem_and_nothing_is_published(
        office_db_url, capsys, tmp_path, content, named):  # noqa: ANN001
    path = tmp_path / "bad.json"
    if content is None:
        document = json.loads(DEMO.read_text(encoding="utf-8"))
        del document["currency"]
        content = json.dumps(document).encode()
    path.write_bytes(content)

    code, out, err = _publish(office_db_url, path, capsys)

    assert code == 2 and out == ""
    assert err.startswith("agent-desk-office: error: Catalog refused: ") and named in err
    db = open_office_db(office_db_url)
    with db.read() as session, pytest.raises(OfficeError, match="not published a catalog"):
        current_catalog(session)
    db.dispose()


def test_a_missing_catalog_file_is_one_line_error(office_db_url, capsys, tmp_path):  # noqa: ANN001
    code, _, err = _publish(office_db_url, tmp_path / "nope.json", capsys)
    assert code == 2 and err.startswith("agent-desk-office: error: No such file") and "nope.json" in err
