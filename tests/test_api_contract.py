"""The API against its own OpenAPI document: schemathesis generates requests, valid and not, for every operation
of /openapi.json and sends them to the real app over HTTP, on a database holding the seed events. No answer may be
a server error, and each answer's status, content type and JSON body must be among those the document gives for
that operation (what a client generated from it relies on). It found: a NUL character in a parameter (a 503, a
500, a streamed export cut off), a grid cell too small to number (a database overflow), a correction giving
"lat": null alone (a 500), and 400/401/403/404/409/413/503 answers the document did not list."""
from __future__ import annotations

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                               status_code_conformance)

from tests.conftest import API_KEY, read_seed_reports

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def openapi_document() -> dict:
    """The document the app serves at /openapi.json (built without a database: the document needs none)."""
    from api.app import create_app
    from api.database import make_engine
    from api.settings import get_settings

    return create_app(make_engine("postgresql+psycopg://unused@127.0.0.1/unused", get_settings())).openapi()


schema = schemathesis.openapi.from_dict(openapi_document(), config=schemathesis.config.SchemathesisConfig.from_dict(
    {"generation": {"mode": "all"}, "phases": {"coverage": {"enabled": True}, "examples": {"enabled": True}}}))


@pytest.fixture(scope="module")
def seeded_server(server_url, engine):
    """The live test server over the seed events."""
    from sqlalchemy import text

    with engine.begin() as conn:
        conn.execute(text("TRUNCATE event_sources, events, reports, places, actors, geocode_cache "
                          "RESTART IDENTITY CASCADE"))
    stored = httpx.post(f"{server_url}/api/reports", json=read_seed_reports(), headers={"X-API-Key": API_KEY},
                        timeout=60)
    assert stored.status_code == 201, stored.text
    return server_url


@schema.parametrize()
@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
def test_every_answer_is_one_the_document_gives(case, seeded_server):
    case.call_and_validate(base_url=seeded_server, headers={"X-API-Key": API_KEY}, checks=CHECKS)
