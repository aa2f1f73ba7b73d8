"""The record through the commands, on articles of our own run through the whole pipeline:
one strike told by two outlets in two languages is one event; a re-run changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

from record_helpers import record_tables

from frontwatch.cli import main

ARTICLES = [
    {"id": "wire-en", "outlet": "Wire One", "language": "en", "published": "2024-03-06",
     "text": "Russian missiles struck a power station in Kharkiv on Tuesday, killing four people, "
             "the regional governor said. Repair crews worked through the night."},
    {"id": "giornale-it", "outlet": "Il Quotidiano", "language": "it", "published": "2024-03-06",
     "text": "Martedì missili russi hanno colpito una centrale elettrica a Kharkiv, uccidendo quattro persone, "
             "ha detto il governatore della regione. Le squadre di riparazione hanno lavorato tutta la notte."},
]


def test_run_then_events_and_place_show_one_strike_from_two_outlets(tmp_path: Path, capsys):
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    db = tmp_path / "r.db"
    assert main(["--db", str(db), "run", "--quiet", str(src)]) == 0
    assert "record: 2 articles added" in capsys.readouterr().err
    assert main(["--db", str(db), "events", "--place", "Kharkiv", "--json"]) == 0
    events = json.loads(capsys.readouterr().out)["items"]
    strikes = [e for e in events if e["event_type"] == "Explosions/Remote violence"]
    assert len(strikes) == 1, events
    assert (strikes[0]["outlets"], strikes[0]["reports"]) == (2, 2)
    assert main(["--db", str(db), "events", "--min-outlets", "2"]) == 0
    assert "Kharkiv" in capsys.readouterr().out
    assert main(["--db", str(db), "place", "Kharkiv"]) == 0
    assert "events:" in capsys.readouterr().out
    first = record_tables(db)
    assert main(["--db", str(db), "run", "--quiet", str(src)]) == 0
    assert record_tables(db) == first  # the same articles again: nothing in the record changes
    assert main(["--db", str(db), "export", "--format", "events-geojson", "-o", str(tmp_path / "e.geojson")]) == 0
    assert json.loads((tmp_path / "e.geojson").read_text())["type"] == "FeatureCollection"
