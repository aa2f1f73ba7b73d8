"""The record on articles of our own: one event from many reports, outlets that
repeat each other, contradictions with both sides' evidence, loss totals, control
timelines, incremental updates, and the exports' shape."""

from __future__ import annotations

import io
import json

import pytest
from record_helpers import CHUHUIV, KHARKIV, KHARKIV_OBLAST, TOWN, article, event, record_tables

from frontwatch.document import Place, Toponym
from frontwatch.record import query, rebuild, update
from frontwatch.record.exports import FORMATS
from frontwatch.store import open_store

STRIKE_EN = ("Russian missiles hit a power station in Kharkiv on Tuesday night, killing four workers. "
             "Repair crews were at the site by morning.")
STRIKE_IT = ("Missili russi hanno colpito martedì sera una centrale elettrica a Charkiv: quattro operai sono morti. "
             "Le squadre di riparazione erano sul posto all'alba.")
STRIKE_CITING = ("A power station in Kharkiv was struck by Russian missiles on Tuesday, according to Reuters, "
                 "and six people died.")
STRIKE_OWN = "A power station in Kharkiv was struck by Russian missiles on Tuesday; six people died, officials said."


def _strike(doc_id: str, text: str, sentence: str, outlet: str, language: str = "en", dead: int = 4,
            place=KHARKIV, date: str = "2024-03-05", published: str = "2024-03-06"):
    ev = event(text, sentence, "Shelling/artillery/missile attack", place=place, date=date, fatalities=dead,
               actor2="Civilians (Ukraine)")
    return article(doc_id, text, published, outlet, language, [ev], mentions={"Kharkiv": "Charkiv"}
                   if language == "it" else None)


@pytest.fixture
def store(tmp_path):
    s = open_store(str(tmp_path / "r.db"))
    yield s
    s.close()


def _only_cluster(store):
    items = query.list_events(store)["items"]
    assert len(items) == 1, [(e["place"], e["date"]) for e in items]
    return items[0]


def test_one_strike_told_by_three_outlets_in_two_languages_is_one_event_with_three_outlets(store):
    store.save(_strike("a", STRIKE_EN, STRIKE_EN.split(". ")[0] + ".", "Reuters"), "t")
    store.save(_strike("b", STRIKE_IT, STRIKE_IT.split(". ")[0], "Il Quotidiano", "it"), "t")
    store.save(_strike("c", STRIKE_OWN, STRIKE_OWN, "Evening Post", dead=6), "t")
    update(store)
    e = _only_cluster(store)
    assert (e["outlets"], e["reports"]) == (3, 3)
    assert e["first_reported"] == "2024-03-06"
    # four dead according to two reports, six according to one: both kept, with who says which
    dead = next(d for d in e["disagreements"] if d["field"] == "fatalities")
    said = {v["value"]: sorted(w["article_id"] for w in v["said_by"]) for v in dead["values"]}
    assert said == {4: ["a", "b"], 6: ["c"]}


def test_an_outlet_repeating_another_does_not_add_one(store):
    store.save(_strike("a", STRIKE_EN, STRIKE_EN.split(". ")[0] + ".", "Reuters"), "t")
    store.save(_strike("b", STRIKE_IT, STRIKE_IT.split(". ")[0], "Il Quotidiano", "it"), "t")
    store.save(_strike("c", STRIKE_CITING, STRIKE_CITING, "Evening Post", dead=6), "t")
    update(store)
    e = _only_cluster(store)
    assert (e["outlets"], e["reports"]) == (2, 3)
    cited = query.get_event(store, e["cluster_id"])["report_list"]
    assert {r["article_id"]: r["cites"] for r in cited}["c"] == "Reuters"


def test_look_alike_strikes_on_other_days_or_in_another_town_stay_apart(store):
    store.save(_strike("a", STRIKE_EN, STRIKE_EN.split(". ")[0] + ".", "Reuters"), "t")
    store.save(_strike("later", STRIKE_OWN, STRIKE_OWN, "Evening Post", date="2024-03-09",
                       published="2024-03-09"), "t")
    elsewhere = STRIKE_OWN.replace("Kharkiv", "Chuhuiv")
    store.save(_strike("elsewhere", elsewhere, elsewhere, "Morning Star", place=CHUHUIV), "t")
    update(store)
    assert len(query.list_events(store)["items"]) == 3


def test_a_report_naming_only_the_oblast_joins_the_town_inside_it(store):
    store.save(_strike("a", STRIKE_EN, STRIKE_EN.split(". ")[0] + ".", "Reuters"), "t")
    store.save(_strike("b", STRIKE_OWN, STRIKE_OWN, "Evening Post", place=KHARKIV_OBLAST), "t")
    update(store)
    e = _only_cluster(store)
    assert e["place"] == "Kharkiv" and e["outlets"] == 2  # the more precise place names the event


CAPTURE = "Russia's defence ministry said its troops took full control of Lyman on Friday."
DENIAL = "Ukraine's General Staff denied that Lyman had fallen and said fighting went on at its edges on Friday."


def _capture_and_denial(store):
    taken = {"holder": "Russia", "extent": "full"}
    store.save(article("ru", CAPTURE, "2024-05-10", "Wire One", events=[
        event(CAPTURE, CAPTURE, "Non-state actor overtakes territory", etype="Battles", place=TOWN,
              date="2024-05-10", actor2="Military Forces of Ukraine", claimed_by="Ministry of Defence of Russia",
              modality="reported", control=taken)]), "t")
    store.save(article("ua", DENIAL, "2024-05-10", "Wire Two", events=[
        event(DENIAL, DENIAL, "Non-state actor overtakes territory", etype="Battles", place=TOWN,
              date="2024-05-10", actor2="Military Forces of Ukraine", claimed_by="General Staff of Ukraine",
              modality="denied", control=taken)]), "t")
    update(store)


def test_a_capture_claimed_by_russia_and_denied_by_ukraine_is_one_contradiction_with_both_evidence_spans(store):
    _capture_and_denial(store)
    found = query.list_contradictions(store)["items"]
    assert len(found) == 1, [x["summary"] for x in found]
    sides = found[0]["sides"]
    spans = {(r["article_id"], r["evidence"]["start"], r["evidence"]["end"]) for s in sides for r in s["reports"]}
    assert spans == {("ru", 0, len(CAPTURE)), ("ua", 0, len(DENIAL))}
    assert {c for s in sides for c in s["claimants"]} == {"Ministry of Defence of Russia", "General Staff of Ukraine"}


def test_a_claim_against_a_denial_makes_the_place_contested_and_shows_both_claims(store):
    _capture_and_denial(store)
    rec = query.place_record(store, "Lyman")
    assert [s["holder"] for s in rec["status"]] == ["Ukraine", "contested"]  # the pre-war holder, then the fight
    assert [s["basis"] for s in rec["status"]] == ["baseline", "contested"]
    assert sorted(c["article_id"] for c in rec["claims"]) == ["ru", "ua"]


def _held(doc_id, text, holder, claimed_by, date, modality="reported", extent="full"):
    sub = "Non-state actor overtakes territory" if holder == "Russia" else "Government regains territory"
    actor1 = f"Military Forces of {holder}"
    return article(doc_id, text, date, "Wire", events=[
        event(text, text, sub, etype="Battles", place=TOWN, date=date, actor1=actor1, claimed_by=claimed_by,
              modality=modality, control={"holder": holder, "extent": extent})])


def test_a_sides_own_gain_is_only_claimed_until_the_other_side_concedes_it(store):
    store.save(_held("own", "Moscow says its forces now hold Lyman.", "Russia", "Ministry of Defence of Russia",
                     "2024-05-01"), "t")
    update(store)
    assert [(s["holder"], s["basis"]) for s in query.control_status(store)] == [("Ukraine", "baseline"),
                                                                               ("Russia", "claimed")]
    store.save(_held("conceded", "Kyiv admitted its troops had withdrawn from Lyman.", "Russia",
                     "General Staff of Ukraine", "2024-05-03"), "t")
    update(store)
    assert [(s["holder"], s["basis"]) for s in query.control_status(store)] == [("Ukraine", "baseline"),
                                                                               ("Russia", "claimed"),
                                                                               ("Russia", "confirmed")]


def test_a_hedged_own_claim_does_not_move_a_place_held_by_the_other_side(store):
    store.save(_held("held", "Analysts assess that Ukrainian troops still hold Lyman.", "Ukraine", None,
                     "2024-05-01", modality="asserted"), "t")
    store.save(_held("boast", "Russian bloggers claimed Lyman had been taken.", "Russia", "Military Forces of Russia",
                     "2024-05-20", modality="alleged"), "t")
    update(store)
    assert [s["holder"] for s in query.control_status(store)] == ["Ukraine"]


def test_one_town_placed_a_few_km_apart_by_two_reports_has_one_timeline(store, tmp_path):
    # a report that places the town by its bearing from another lands it 4 km off: still the same town
    nearby = Place("Lyman", TOWN.lat + 0.04, TOWN.lon, "UA", "Donetsk Oblast", None, "city")
    namesake = Place("Lyman", TOWN.lat - 1.0, TOWN.lon, "UA", "Donetsk Oblast", None, "city")  # 110 km off
    taken = "Kyiv admitted that Russian forces captured Lyman."
    retaken = "Ukrainian forces recaptured Lyman, 25 km east of the river."
    other = "Russian forces captured Lyman in the south."
    for doc_id, text, holder, place, day in (("taken", taken, "Russia", TOWN, "2024-05-01"),
                                             ("retaken", retaken, "Ukraine", nearby, "2024-05-20"),
                                             ("other", other, "Russia", namesake, "2024-05-21")):
        sub = "Non-state actor overtakes territory" if holder == "Russia" else "Government regains territory"
        store.save(article(doc_id, text, day, "Wire", events=[
            event(text, text, sub, etype="Battles", place=place, date=day, claimed_by="General Staff of Ukraine",
                  modality="reported", control={"holder": holder, "extent": "full"})]), "t")
        update(store)
    rows = query.control_status(store)
    by_key: dict[str, list] = {}
    for r in rows:
        by_key.setdefault(r["place_key"], []).append((r["from"], r["holder"]))
    assert len(by_key) == 2
    assert [("2024-05-01", "Russia"), ("2024-05-20", "Ukraine")] in [v[1:] for v in by_key.values()]
    assert query.place_record(store, "Lyman")["status"][-1]["holder"] == "Ukraine"
    before = record_tables(tmp_path / "r.db")  # one article at a time gives what all at once gives
    rebuild(store)
    assert record_tables(tmp_path / "r.db") == before


def test_advancing_towards_a_place_is_not_holding_it(store):
    text = "Russian columns are advancing towards Lyman from the north."
    store.save(_held("towards", text, "Russia", None, "2024-05-01", modality="asserted"), "t")
    update(store)
    assert query.control_status(store) == []
    assert query.place_record(store, "Lyman")["claims"][0]["control_use"] == "towards"


def _loss(doc_id, total, date):
    text = f"The General Staff said Russia has lost {total} soldiers in total since the invasion began."
    return article(doc_id, text, date, "Wire", events=[
        event(text, text, "Loss report", etype="Political developments", actor1="Military Forces of Russia",
              claimed_by="General Staff of Ukraine", modality="reported", date=date, quantities=[(total, "soldier")])])


def test_a_loss_total_that_goes_down_is_flagged(store):
    for doc_id, total, date in (("d1", 15000, "2024-04-01"), ("d2", 15300, "2024-04-02"), ("d3", 14800, "2024-04-03")):
        store.save(_loss(doc_id, total, date), "t")
    update(store)
    series = query.loss_series(store, claimant="General Staff")
    assert [(x["kind"], x["value"], x["flag"]) for x in series] == [
        ("cumulative", 15000, None), ("cumulative", 15300, None), ("cumulative", 14800, "decrease")]
    (x,) = query.list_contradictions(store, kind="loss decrease")["items"]
    assert [s["value"] for s in x["sides"]] == [15300, 14800]


def _all_articles(store):
    store.save(_strike("a", STRIKE_EN, STRIKE_EN.split(". ")[0] + ".", "Reuters"), "t")
    store.save(_strike("b", STRIKE_IT, STRIKE_IT.split(". ")[0], "Il Quotidiano", "it"), "t")
    _capture_and_denial(store)
    for doc_id, total, date in (("d1", 15000, "2024-04-01"), ("d3", 14800, "2024-04-03")):
        store.save(_loss(doc_id, total, date), "t")


def test_updating_again_changes_nothing_and_a_rebuild_gives_the_same_record(store, tmp_path):
    _all_articles(store)
    update(store)
    first = record_tables(tmp_path / "r.db")
    assert update(store).articles == 0
    assert record_tables(tmp_path / "r.db") == first
    rebuild(store)
    assert record_tables(tmp_path / "r.db") == first


def test_a_changed_article_replaces_its_reports_and_its_cluster_shrinks(store):
    store.save(_strike("a", STRIKE_EN, STRIKE_EN.split(". ")[0] + ".", "Reuters"), "t")
    store.save(_strike("c", STRIKE_OWN, STRIKE_OWN, "Evening Post", dead=6), "t")
    update(store)
    assert _only_cluster(store)["reports"] == 2
    store.save(_strike("c", STRIKE_OWN + " ", STRIKE_OWN, "Evening Post", place=CHUHUIV), "t")  # corrected place
    update(store)
    assert sorted(e["reports"] for e in query.list_events(store)["items"]) == [1, 1]


def test_events_filters_and_cursor(store):
    _all_articles(store)
    update(store)
    assert {e["sub_event_type"] for e in query.list_events(store, query.EventFilter(place="Kharkiv"))["items"]} == {
        "Shelling/artillery/missile attack"}
    assert query.list_events(store, query.EventFilter(near_name="Kharkiv", km=5))["items"][0]["place"] == "Kharkiv"
    assert query.list_events(store, query.EventFilter(bbox=(37.0, 48.0, 38.5, 49.5)))["items"][0]["place"] == "Lyman"
    assert query.list_events(store, query.EventFilter(min_outlets=2))["items"][0]["place"] == "Kharkiv"
    assert all(e["date"] >= "2024-05-01" for e in query.list_events(store, query.EventFilter(date_from="2024-05-01"))
               ["items"])
    seen, cursor = [], None
    while True:
        page = query.list_events(store, limit=1, cursor=cursor)
        seen += [e["cluster_id"] for e in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [e["cluster_id"] for e in query.list_events(store)["items"]] and len(seen) == len(set(seen))


def _export(store, name: str) -> str:
    out = io.StringIO()
    FORMATS[name][0](store, out)
    return out.getvalue()


def test_events_geojson_is_valid_rfc7946(store):
    import geojson  # a dev dependency: the check runs, never skips
    _all_articles(store)
    update(store)
    text = _export(store, "events-geojson")
    fc = geojson.loads(text)
    assert fc.is_valid, fc.errors()
    data = json.loads(text)
    assert data["type"] == "FeatureCollection" and "crs" not in data  # RFC 7946 drops crs: WGS84 only
    assert data["features"]
    for f in data["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert f["geometry"]["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
        props = f["properties"]
        for key in ("cluster_id", "event_type", "sub_event_type", "date", "date_precision", "actor1", "actor2",
                    "place", "precision", "fatalities", "claimed_by", "modality", "outlets", "reports"):
            assert key in props
        assert all(set(r) >= {"article_id", "outlet", "published", "evidence"} for r in props["reports"])
    kharkiv = next(f for f in data["features"] if f["properties"]["place"] == "Kharkiv")
    assert kharkiv["geometry"]["coordinates"] == [KHARKIV.lon, KHARKIV.lat]  # [lon, lat], not [lat, lon]


def test_csv_and_jsonl_exports_have_the_columns_format_md_names(store):
    _all_articles(store)
    update(store)
    status = _export(store, "control-status-csv").splitlines()
    assert status[0] == "place,geonameid,lat,lon,country_code,admin1,from,holder,extent,basis,claimants,reports"
    claims = _export(store, "control-claims-csv").splitlines()
    assert claims[0] == ("place,geonameid,lat,lon,date,holder,extent,claimed_by,modality,outlet,article_id,"
                         "published,evidence_start,evidence_end,cluster_id,prior_holder,use")
    assert len(claims) == 3  # the capture and the denial, never merged
    clusters = [json.loads(x) for x in _export(store, "clusters-jsonl").splitlines()]
    for c in clusters:
        assert {"cluster_id", "event_type", "sub_event_type", "date", "location", "reports", "outlets",
                "first_reported", "disagreements"} <= set(c)
        assert all(set(r) == {"article_id", "event_index", "outlet", "published", "claimed_by", "modality"}
                   for r in c["reports"])


def test_every_settlement_of_a_captured_list_gets_its_status_and_keeps_the_claim(store):
    text = "The General Staff said that Russian forces captured Lyman and Zorianivka on May 3."
    doc = _held("list", text, "Russia", "General Staff of Ukraine", "2024-05-03")
    village = Place("Zorianivka", 48.95, 37.85, "UA", "Donetsk Oblast", None, "city")
    k = text.index("Zorianivka")
    doc.toponyms.append(Toponym(k, k + len("Zorianivka"), "Zorianivka", village))
    store.save(doc, "t")
    update(store)
    by_place = {(s["place"], s["holder"], s["basis"]) for s in query.control_status(store)}
    assert {("Lyman", "Russia", "confirmed"), ("Zorianivka", "Russia", "confirmed")} <= by_place
    (claim,) = query.place_record(store, "Zorianivka")["claims"]
    assert (claim["article_id"], claim["place"]) == ("list", "Zorianivka")
    rebuild(store)
    assert {(s["place"], s["holder"], s["basis"]) for s in query.control_status(store)} == by_place
