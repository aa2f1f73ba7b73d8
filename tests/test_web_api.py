"""The API through FastAPI's test client, on a database of the examples and our own articles."""

from __future__ import annotations

import sqlite3

import pytest
from web_fixtures import HOSTILE_ID, HOSTILE_TITLE, web_database

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from frontwatch.web.app import create_app  # noqa: E402
from frontwatch.web.readonly import Database, DatabaseUnavailable, open_readonly  # noqa: E402


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return web_database(tmp_path_factory)


@pytest.fixture(scope="module")
def client(db_path):
    db = Database(str(db_path))
    yield TestClient(create_app(db))
    db.close()


def all_events(client, **params) -> list[dict]:
    items, cursor = [], None
    while True:
        page = client.get("/api/events", params={**params, "limit": 3, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200, page.text
        items += page.json()["items"]
        cursor = page.json()["next_cursor"]
        if not cursor:
            return items


def test_cursor_pages_cover_every_event_once_in_order(client):
    paged = all_events(client)
    whole = client.get("/api/events", params={"limit": 500}).json()
    assert whole["next_cursor"] is None
    assert [e["cluster_id"] for e in paged] == [e["cluster_id"] for e in whole["items"]]
    assert len(paged) >= 10
    dated = [e["date"] for e in paged if e["date"]]
    assert dated == sorted(dated)


def test_filters_narrow_the_list(client):
    everything = all_events(client)
    battles = all_events(client, type="Battles")
    assert battles and len(battles) < len(everything)
    assert {e["event_type"] for e in battles} == {"Battles"}
    dated = all_events(client, **{"from": "2022-09-01", "to": "2022-09-30"})
    assert dated and all("2022-09-01" <= e["date"] <= "2022-09-30" for e in dated)
    kharkiv = all_events(client, q="kharkiv")
    assert kharkiv and len(kharkiv) < len(everything)
    assert all_events(client, min_outlets=99) == []


def test_bounded_limit_and_bad_parameters_are_4xx(client):
    assert client.get("/api/events", params={"limit": 501}).status_code == 422
    assert client.get("/api/events", params={"limit": 0}).status_code == 422
    assert client.get("/api/events", params={"from": "yesterday"}).status_code == 422
    assert client.get("/api/events", params={"bbox": "1,2,3"}).status_code == 422
    assert client.get("/api/events", params={"modality": "rumoured"}).status_code == 422
    assert client.get("/api/events", params={"cursor": "not-a-cursor"}).status_code == 400
    assert client.get("/api/events/no-such-event").status_code == 404
    assert client.get("/api/places/no-such-place/timeline").status_code == 404
    assert client.get("/api/articles/no-such-article").status_code == 404


def test_an_event_carries_every_report_with_its_evidence(client):
    event = next(e for e in all_events(client) if e["reports"] >= 1)
    detail = client.get(f"/api/events/{event['cluster_id']}").json()
    assert detail["event"]["cluster_id"] == event["cluster_id"]
    assert len(detail["reports"]) == event["reports"]
    for r in detail["reports"]:
        text = client.get(f"/api/articles/{r['article_id']}").json()["text"]
        assert text[r["evidence"]["start"]:r["evidence"]["end"]] == r["evidence"]["text"]


def test_geojson_is_points_in_lon_lat_order(client):
    fc = client.get("/api/events.geojson", params={"limit": 5000}).json()
    assert fc["type"] == "FeatureCollection" and fc["features"]
    events = {e["cluster_id"]: e for e in all_events(client)}
    for f in fc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        e = events[f["properties"]["cluster_id"]]
        assert (lat, lon) == (e["lat"], e["lon"])
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_place_timeline_shows_status_and_every_claim(client):
    places = {e["place_key"] for e in all_events(client, type="Battles") if e["place_key"]}
    timelines = [client.get(f"/api/places/{k}/timeline").json() for k in places]
    with_status = [t for t in timelines if t["status"]]
    assert with_status
    for t in with_status:
        assert t["claims"], "a derived status never hides the claims under it"
        assert all(s["to_date"] is None or s["to_date"] >= s["from_date"] for s in t["status"])


def test_a_capture_and_its_denial_are_a_contradiction_on_both_events(client):
    page = client.get("/api/contradictions").json()
    assert page["items"], "our capture and denial articles contradict each other"
    for c in page["items"]:
        assert len(c["sides"]) >= 2 and all(side["reports"] for side in c["sides"])
    ours = {"capture_ru_2024-05-10", "denial_ua_2024-05-11"}
    for article_id in ours:
        events = [e for e in all_events(client, q="vovchansk")
                  if any(r["article_id"] == article_id for r in client.get(f"/api/events/{e['cluster_id']}").json()
                         ["reports"])]
        cards = [client.get(f"/api/events/{e['cluster_id']}").json() for e in events]
        assert any(card["contradictions"] for card in cards), article_id
    assert client.get("/api/losses").status_code == 200


def test_article_layers_are_offsets_into_its_text(client):
    a = client.get(f"/api/articles/{HOSTILE_ID}").json()
    assert a["title"] == HOSTILE_TITLE  # kept as text, escaped only by JSON
    for layer in a["entities"] + a["toponyms"] + a["timexes"]:
        assert a["text"][layer["start"]:layer["end"]] == layer["text"]


def test_every_answer_carries_a_strict_content_security_policy(client):
    for url in ("/", "/docs", "/api/events", "/static/app.js"):
        csp = client.get(url).headers["content-security-policy"]
        script = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
        assert "unsafe-inline" not in script and "unsafe-eval" not in script
    assert "text/html" in client.get("/").headers["content-type"]


def test_the_database_is_opened_read_only(db_path):
    store = open_readonly(str(db_path))
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.db.execute("DELETE FROM articles")
    store.close()


def test_a_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(DatabaseUnavailable, match="no database"):
        Database(str(tmp_path / "nothing.db"))
    assert not (tmp_path / "nothing.db").exists()


@pytest.mark.parametrize("params", [{"claimant": "general staff"}, {"modality": "reported"}, {"side": "Russia"},
                                    {"type": "Battles", "from": "2022-09-01"}, {"modality": "denied"}])
def test_filters_mean_what_the_record_says(client, db_path, params):
    from frontwatch.record import query
    from frontwatch.record.query import EventFilter

    store = open_readonly(str(db_path))
    f = EventFilter(claimant=params.get("claimant"), modality=params.get("modality"), side=params.get("side"),
                    event_type=params.get("type"), date_from=params.get("from"))
    theirs = [e["cluster_id"] for e in query.list_events(store, f, limit=1000)["items"]]
    store.close()
    assert [e["cluster_id"] for e in all_events(client, **params)] == theirs
