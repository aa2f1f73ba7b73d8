"""Driven by the API's own OpenAPI schema: schemathesis generates valid and invalid
parameters for every endpoint; none may answer with a server error (5xx)."""

from __future__ import annotations

import pytest
from web_fixtures import web_database

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402

from frontwatch.web.app import create_app  # noqa: E402
from frontwatch.web.readonly import Database  # noqa: E402


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    db = Database(str(web_database(tmp_path_factory)))
    yield schemathesis.openapi.from_asgi("/openapi.json", create_app(db))
    db.close()


def operations(schema) -> list:
    return [result.ok() for result in schema.get_all_operations()]


def fuzz(op, mode: GenerationMode) -> list[int]:
    """The status codes of up to 25 generated requests to one operation."""
    answers: list[int] = []

    @given(case=op.as_strategy(generation_mode=mode))
    @settings(max_examples=25, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
    def check(case):
        response = case.call()
        answers.append(response.status_code)
        assert response.status_code < 500, (op.path, case.path_parameters, case.query, response.text[:300])
        limit = (case.query or {}).get("limit")
        if isinstance(limit, int) and not 1 <= limit <= 5000:
            assert 400 <= response.status_code < 500, (op.path, case.query)

    check()
    return answers


def test_the_schema_lists_every_endpoint(api_schema):
    paths = {op.path for op in operations(api_schema)}
    assert {"/api/events", "/api/events/{cluster_id}", "/api/events.geojson", "/api/places/{place_id}/timeline",
            "/api/contradictions", "/api/losses", "/api/articles/{article_id}"} <= paths


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=lambda m: m.value)
def test_no_parameters_make_a_server_error(api_schema, mode):
    tried = []
    for op in operations(api_schema):
        declared = api_schema.raw_schema["paths"][op.path][op.method.lower()].get("parameters")
        if mode is GenerationMode.NEGATIVE and not declared:
            continue  # nothing to get wrong
        try:
            assert fuzz(op, mode), op.path
        except Unsatisfiable:
            assert mode is GenerationMode.NEGATIVE, op.path
            continue  # every value of its parameters is a valid one (a free string): nothing to get wrong
        tried.append(op.path)
    if mode is GenerationMode.NEGATIVE:
        assert {"/api/events", "/api/events.geojson", "/api/contradictions"} <= set(tried)
