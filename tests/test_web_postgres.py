"""The API over PostgreSQL: the same answers as over SQLite, from read-only transactions."""

from __future__ import annotations

import json

import pytest
from web_fixtures import OWN_ARTICLES

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from frontwatch.cli import main  # noqa: E402
from frontwatch.web.app import create_app  # noqa: E402
from frontwatch.web.readonly import Database, open_readonly  # noqa: E402


@pytest.fixture(scope="module")
def urls(postgres, tmp_path_factory):
    top = tmp_path_factory.mktemp("webpg")
    own = top / "own.jsonl"
    own.write_text("".join(json.dumps(a) + "\n" for a in OWN_ARTICLES), encoding="utf-8")
    url = postgres()
    lite = str(top / "same.db")
    for db in (url, lite):
        assert main(["--db", db, "run", "--quiet", "--profile", "fast", str(own)]) == 0
    return url, lite


def test_postgres_answers_as_sqlite_does(urls):
    answers = []
    for location in urls:
        db = Database(location)
        client = TestClient(create_app(db))
        events = client.get("/api/events", params={"limit": 500}).json()["items"]
        details = [client.get(f"/api/events/{e['cluster_id']}").json() for e in events]
        answers.append((events, details, client.get("/api/contradictions").json()))
        db.close()
    assert answers[0][0], "our articles yield events"
    assert answers[0] == answers[1]


def test_postgres_sessions_cannot_write(urls):
    import psycopg

    store = open_readonly(urls[0])
    with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
        store.db.execute("DELETE FROM articles")
    store.close()
