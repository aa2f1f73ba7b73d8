"""The LGL / GeoWebNews benchmark readers and figures, on tiny files written here."""

from pathlib import Path

import pytest

from frontwatch.eval.geo import evaluate, format_table, read_gwn, read_lgl

FIXTURE = Path(__file__).parent / "fixtures" / "geonames"
TEXT = "Shelling hit Pokrovsk again, officials in Kharkiv said, and Qwertyville too."

LGL = f"""<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><text><![CDATA[{TEXT}]]></text><toponyms>
<toponym><start>13</start><end>21</end><phrase>Pokrovsk</phrase>
 <gaztag geonameid="704422"><name>Pokrovsk</name><lat>48.28</lat><lon>37.18</lon></gaztag></toponym>
<toponym><start>42</start><end>49</end><phrase>Kharkiv</phrase>
 <gaztag geonameid="706483"><name>Kharkiv</name><lat>49.98</lat><lon>36.25</lon></gaztag></toponym>
<toponym><start>60</start><end>71</end><phrase>Qwertyville</phrase>
 <gaztag geonameid="1"><name>Qwertyville</name><lat>10.0</lat><lon>10.0</lon></gaztag></toponym>
<toponym><start>0</start><end>8</end><phrase>Shelling</phrase></toponym>
</toponyms></article></articles>"""

GWN = f"""<?xml version="1.0" ?>
<articles><article file="0"><text>{TEXT}</text><toponyms>
<toponym><extractedName>Pokrovsk</extractedName><type>Literal</type><start>13</start><end>21</end>
 <geonamesID>704422</geonamesID><latitude>48.28</latitude><longitude>37.18</longitude></toponym>
<toponym><extractedName>Kharkiv</extractedName><type>Literal</type><start>42</start><end>49</end>
 <geonamesID>706483</geonamesID><latitude>49.98</latitude><longitude>36.25</longitude></toponym>
<toponym><extractedName>Qwertyville</extractedName><type>Literal</type><start>60</start><end>71</end>
 <geonamesID/><latitude/><longitude/></toponym>
</toponyms></article></articles>"""


def test_readers_keep_only_linked_toponyms(tmp_path):
    (tmp_path / "lgl.xml").write_text(LGL, encoding="utf-8")
    (tmp_path / "gwn.xml").write_text(GWN, encoding="utf-8")
    [a] = read_lgl(str(tmp_path / "lgl.xml"))
    assert [t.text for t in a.toponyms] == ["Pokrovsk", "Kharkiv", "Qwertyville"]
    assert a.text[a.toponyms[0].start:a.toponyms[0].end] == "Pokrovsk"
    [g] = read_gwn(str(tmp_path / "gwn.xml"))
    assert [t.text for t in g.toponyms] == ["Pokrovsk", "Kharkiv"]


def test_lgl_figures(tmp_path, gazetteer):
    (tmp_path / "lgl.xml").write_text(LGL, encoding="utf-8")
    r = evaluate(str(tmp_path / "lgl.xml"), "lgl", gazetteer=gazetteer)
    assert r["n"] == 3
    assert r["acc161"] == pytest.approx(2 / 3)
    assert r["unresolved"] == pytest.approx(1 / 3)
    assert r["reachable"] == pytest.approx(2 / 3)  # no candidate at all for Qwertyville
    assert r["median_km"] < 5
    e2e = r["end_to_end"]
    assert e2e["recall"] == pytest.approx(2 / 3) and e2e["precision"] == 1.0
    table = format_table(r)
    assert "acc@161km 0.667" in table and "end to end" in table and "reachable               0.667" in table


def test_gwn_figures(tmp_path, gazetteer):
    (tmp_path / "gwn.xml").write_text(GWN, encoding="utf-8")
    r = evaluate(str(tmp_path / "gwn.xml"), "gwn", end_to_end=False, gazetteer=gazetteer)
    assert (r["n"], r["acc161"]) == (2, 1.0)
    # Mordecai 3's population: both gold entries are among the fixture's candidates
    assert r["gold_in_candidates"] == {"acc161": 1.0, "n": 2}
    assert "end_to_end" not in r
