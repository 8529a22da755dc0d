"""A bounded schemathesis run against the live /openapi.json: whatever a
device sends, valid or not, the office never answers with a server error."""

from __future__ import annotations

import json
import uuid

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from office_api import Office, hlc, mutation
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from agent_desk.office.sync_store import travelling_columns
from agent_desk.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

EXAMPLES_PER_OPERATION = 20


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_request_makes_the_office_fail(office: Office, mode: GenerationMode):
    device = office.device()
    device.push(mutation("clients", uuid.uuid4(), {"name": "Fuzzed"}, hlc(1)))  # something for rows to find
    schema = schemathesis.openapi.from_url(f"{office.url}/openapi.json")
    headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {device.token}"}
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 6
    if mode is GenerationMode.NEGATIVE:  # a free-form string path or header has no invalid value
        operations = [op for op in operations if len(op.body) or len(op.query)]

    with requests.Session() as session:
        for operation in operations:
            @given(case=operation.as_strategy(generation_mode=mode, headers=headers))
            @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None, derandomize=True,
                      phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
            def call(case: schemathesis.Case) -> None:
                response = case.call(base_url=office.url, session=session)
                case.validate_response(response, checks=[not_a_server_error])

            call()


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70) | st.floats(allow_nan=False)
    | st.text(alphabet=st.characters(codec=None)),  # NUL, lone surrogates and all
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6)


def test_any_json_in_a_known_field_is_stored_or_refused_never_a_failure(office: Office):
    """The merge path itself, which free-form fuzzing rarely reaches: real
    entities and fields, with any JSON value (and NaN, which Python sends)."""
    device = office.device()
    changes = st.dictionaries(st.sampled_from(sorted(travelling_columns("clients"))),
                              _JSON | st.just(float("nan")), min_size=1, max_size=3)
    deleted = {"deleted_at": "2026-01-01T00:00:00"}
    batches = st.lists(st.tuples(st.sampled_from([uuid.uuid4() for _ in range(3)]), changes,
                                 st.integers(min_value=0, max_value=10**6), st.sampled_from(["upsert", "delete"])),
                       min_size=1, max_size=4)

    @given(batch=batches)
    @settings(max_examples=40, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    def push(batch: list) -> None:
        body = [mutation("clients", row_id, fields | deleted if op == "delete" else fields, hlc(step), op=op)
                for row_id, fields, step, op in batch]
        # As Python's json writes it (httpx refuses NaN): the office must cope with what arrives.
        response = device.http.post("/v1/sync/push", content=json.dumps({"mutations": body}).encode(),
                                    headers={"Content-Type": "application/json"})
        assert response.status_code == 200, response.text
        assert all(r["status"] in ("applied", "refused") for r in response.json()["results"])
        device.pull()  # and whatever was stored reads back

    push()
