"""Clustering and merging, unit by unit, on articles of our own: reports made from stored
documents (``reports.report_rows``), joined one by one as the record joins them
(``cluster.join``, every cluster a candidate), merged by ``merge.summarize``. No database:
what is tested is the rule, not the SQL that finds the candidates."""

from __future__ import annotations

import json

import pytest
from record_helpers import CHUHUIV, KHARKIV, KHARKIV_OBLAST, article, event, record_tables

from frontwatch.document import Place, Quantity, Timex
from frontwatch.record import cluster, merge, update
from frontwatch.record.reports import report_rows
from frontwatch.store import open_store

SHELLING = "Shelling/artillery/missile attack"
# two places of our own making: one 8 km from Kharkiv's centre, one about 60 km away
SUBURB = Place("Near Suburb", 50.0500, 36.2800, "UA", "Kharkiv Oblast", 900001, "city")
FAR_TOWN = Place("Far Town", 49.4500, 36.2600, "UA", "Kharkiv Oblast", 900002, "city")
COUNTRY = Place("Ukraine", 49.0, 32.0, "UA", None, 690791, "country")

EN = "Russian missiles hit a power station in Kharkiv on Tuesday night, killing four workers."
IT = "Missili russi hanno colpito martedì sera una centrale elettrica a Charkiv: quattro operai sono morti."
EN_OWN = "A power station in Kharkiv was struck by Russian missiles on Tuesday; six people died, officials said."
EN_CITING = "A power station in Kharkiv was struck by Russian missiles on Tuesday, according to Reuters."
IT_CITING = "Missili russi hanno colpito una centrale elettrica a Charkiv martedì sera, riporta la Cnn."


def _doc(doc_id: str, text: str, outlet: str, *, language: str = "en", place: Place = KHARKIV,
         date: str | None = "2024-03-05", published: str = "2024-03-06", dead: int | None = 4,
         sub: str = SHELLING, etype: str = "Explosions/Remote violence", claimed_by: str | None = None,
         actor1: str = "Military Forces of Russia"):
    ev = event(text, text, sub, etype=etype, place=place, date=date, fatalities=dead, actor2="Civilians (Ukraine)",
               claimed_by=claimed_by, actor1=actor1)
    mentions = {"Kharkiv": "Charkiv"} if language == "it" else None
    return article(doc_id, text, published, outlet, language, [ev], mentions=mentions)


def _cluster(docs) -> dict[str, list[dict]]:
    """Every report of ``docs``, in the order given, joined as the record joins them."""
    clusters: dict[str, list[dict]] = {}
    for doc in docs:
        for r in report_rows(doc):
            r["cluster_id"] = cluster.join(r, clusters)
            clusters.setdefault(r["cluster_id"], []).append(r)
    return clusters


def _partition(clusters: dict[str, list[dict]]) -> set[frozenset[str]]:
    return {frozenset(r["article_id"] for r in members) for members in clusters.values()}


def _summary(members: list[dict]) -> dict:
    return merge.summarize(members[0]["cluster_id"], members)


# --- one event from many reports --------------------------------------------------------------------
def test_one_strike_from_three_outlets_in_two_languages_is_one_cluster_with_three_outlets():
    docs = [_doc("en", EN, "Wire One"), _doc("it", IT, "Il Quotidiano", language="it"),
            _doc("own", EN_OWN, "Evening Post", dead=6)]
    clusters = _cluster(docs)
    assert _partition(clusters) == {frozenset({"en", "it", "own"})}
    row = _summary(next(iter(clusters.values())))
    assert (row["outlets"], row["reports"], row["first_reported"]) == (3, 3, "2024-03-06")
    assert row["place"] == "Kharkiv" and row["date"] == "2024-03-05"


@pytest.mark.parametrize("citing", [
    _doc("cites-en", EN_CITING, "Evening Post"),
    _doc("cites-it", IT_CITING, "Il Quotidiano", language="it"),
], ids=["according to Reuters", "riporta la Cnn"])
def test_an_outlet_citing_another_does_not_add_an_outlet(citing):
    cited = "Reuters" if citing.language == "en" else "CNN"
    docs = [_doc("wire", EN, cited), _doc("own", EN_OWN, "Morning Star"), citing]
    (members,) = _cluster(docs).values()
    assert {r["article_id"]: r["cites"] for r in members}[citing.id] == cited
    assert (_summary(members)["outlets"], len(members)) == (2, 3)


def test_an_outlet_merely_named_in_the_sentence_is_not_cited():
    named = "Russian missiles hit a power station in Kharkiv on Tuesday; a Reuters crew filming nearby was unhurt."
    docs = [_doc("wire", EN, "Wire One"), _doc("named", named, "Evening Post")]
    (members,) = _cluster(docs).values()
    assert [r["cites"] for r in members] == [None, None]
    assert _summary(members)["outlets"] == 2


def test_an_outlet_quoting_an_official_still_tells_it_on_its_own():
    quoting = "A power station in Kharkiv was struck by Russian missiles on Tuesday, according to the governor."
    docs = [_doc("wire", EN, "Wire One"), _doc("quoting", quoting, "Evening Post", claimed_by="Kharkiv governor")]
    (members,) = _cluster(docs).values()
    assert [r["cites"] for r in members] == [None, None]
    assert _summary(members)["outlets"] == 2


def test_an_outlet_cited_but_not_in_the_record_counts_once_for_itself():
    docs = [_doc("cites-en", EN_CITING, "Evening Post"), _doc("again", EN_CITING + " ", "Morning Star")]
    (members,) = _cluster(docs).values()
    assert _summary(members)["outlets"] == 1  # both repeat Reuters: one outlet told it on its own


def test_two_articles_of_one_outlet_are_one_outlet():
    docs = [_doc("first", EN, "Wire One"), _doc("second", EN_OWN, "Wire One", published="2024-03-07")]
    (members,) = _cluster(docs).values()
    assert (_summary(members)["outlets"], _summary(members)["reports"]) == (1, 2)


def test_a_report_naming_only_the_oblast_joins_the_town_inside_it():
    docs = [_doc("town", EN, "Wire One"), _doc("oblast", EN_OWN, "Evening Post", place=KHARKIV_OBLAST)]
    (members,) = _cluster(docs).values()
    assert _summary(members)["place"] == "Kharkiv"  # the more precise place names the event


def test_an_undated_report_covers_the_days_before_its_publication():
    docs = [_doc("dated", EN, "Wire One"), _doc("undated", EN_OWN, "Evening Post", date=None)]
    assert _partition(_cluster(docs)) == {frozenset({"dated", "undated"})}


def test_each_side_blaming_the_other_for_one_strike_is_one_event_with_the_attacker_disputed():
    ua_says = "Russian shelling hit a market in Kharkiv on Tuesday, killing four, the regional governor said."
    ru_says = "Ukrainian artillery shelled a market in Kharkiv on Tuesday; four people died, the occupiers said."
    docs = [_doc("ua", ua_says, "Wire One", claimed_by="Kharkiv regional administration"),
            _doc("ru", ru_says, "Evening Post", actor1="Military Forces of Ukraine",
                 claimed_by="Ministry of Defence of Russia")]
    (members,) = _cluster(docs).values()
    (attacker,) = [d for d in json.loads(_summary(members)["data"])["disagreements"] if d["field"] == "attacker"]
    said = {v["value"]: [w["article_id"] for w in v["said_by"]] for v in attacker["values"]}
    assert said == {"Russia": ["ua"], "Ukraine": ["ru"]}


def test_a_clash_told_with_its_sides_swapped_is_one_event_without_an_attacker_dispute():
    clash = "Russian and Ukrainian troops fought in Kharkiv on Tuesday."
    swapped = "Ukrainian troops fought Russian units in Kharkiv on Tuesday."
    docs = [_doc("one", clash, "Wire One", sub="Armed clash", etype="Battles", dead=None),
            _doc("two", swapped, "Evening Post", sub="Armed clash", etype="Battles", dead=None,
                 actor1="Military Forces of Ukraine")]
    for d, other in zip(docs, ("Military Forces of Ukraine", "Military Forces of Russia"), strict=True):
        d.events[0].actor2 = other
    (members,) = _cluster(docs).values()
    assert not [d for d in json.loads(_summary(members)["data"])["disagreements"] if d["field"] == "attacker"]


def test_a_report_naming_only_the_country_that_fits_two_events_joins_neither():
    vague = "Russian shelling killed four people in Ukraine on Tuesday."
    docs = [_doc("town", EN, "Wire One"), _doc("far", EN_OWN, "Evening Post", place=FAR_TOWN),
            _doc("country", vague, "Morning Star", place=COUNTRY)]
    assert _partition(_cluster(docs)) == {frozenset({"town"}), frozenset({"far"}), frozenset({"country"})}


def test_a_report_naming_only_the_country_joins_the_one_event_it_fits():
    vague = "Russian shelling killed four people in Ukraine on Tuesday."
    docs = [_doc("town", EN, "Wire One"), _doc("country", vague, "Morning Star", place=COUNTRY)]
    assert _partition(_cluster(docs)) == {frozenset({"town", "country"})}


SCHOOL = "Russian shelling hit a school in Far Town on Tuesday, killing four teachers."


def test_a_report_naming_only_the_country_joins_the_event_its_words_name():
    # the wire names no town, but the power station and its workers are the Kharkiv strike's alone
    vague = "Russian missiles struck a power station in Ukraine on Tuesday, killing four of its workers."
    docs = [_doc("town", EN, "Wire One"), _doc("far", SCHOOL, "Evening Post", place=FAR_TOWN),
            _doc("country", vague, "Morning Star", place=COUNTRY)]
    assert _partition(_cluster(docs)) == {frozenset({"town", "country"}), frozenset({"far"})}


def test_one_shared_word_does_not_tell_a_country_wide_report_which_event_it_is():
    vague = "Russian shelling killed four workers in Ukraine on Tuesday."  # 'workers' alone: too little
    docs = [_doc("town", EN, "Wire One"), _doc("far", SCHOOL, "Evening Post", place=FAR_TOWN),
            _doc("country", vague, "Morning Star", place=COUNTRY)]
    assert _partition(_cluster(docs)) == {frozenset({"town"}), frozenset({"far"}), frozenset({"country"})}


def _dated_by_its_sentence(doc, words: str):
    """The article's sentence states its day in ``words`` (as the time stage leaves it)."""
    k = doc.text.index(words)
    doc.timexes.append(Timex(k, k + len(words), words, doc.events[0].date, "day"))
    return doc


def test_a_report_dated_only_by_its_publication_covers_the_night_before():
    # the reader fell back on the publication day: nothing in the sentence dates the strike
    last_night = "Russian missiles hit a power station in Kharkiv overnight; four workers were killed."
    docs = [_dated_by_its_sentence(_doc("dated", EN, "Wire One"), "on Tuesday night"),
            _doc("undated", last_night, "Evening Post", date="2024-03-06", published="2024-03-06")]
    (members,) = _cluster(docs).values()
    row = _summary(members)
    assert row["date"] == "2024-03-05"  # the day a sentence states, not the day of publication
    assert not [d for d in json.loads(row["data"])["disagreements"] if d["field"] == "date"]


def test_two_reports_stating_days_a_day_apart_are_two_events():
    wednesday = "Russian missiles hit a power station in Kharkiv on Wednesday, killing four workers."
    docs = [_dated_by_its_sentence(_doc("tuesday", EN, "Wire One"), "on Tuesday night"),
            _dated_by_its_sentence(_doc("wednesday", wednesday, "Evening Post", date="2024-03-06",
                                        published="2024-03-06"), "on Wednesday")]
    assert _partition(_cluster(docs)) == {frozenset({"tuesday"}), frozenset({"wednesday"})}


# --- look-alikes stay apart -------------------------------------------------------------------------
@pytest.mark.parametrize(("what", "changes"), [
    ("three days later", {"date": "2024-03-08", "published": "2024-03-08"}),
    ("a week later", {"date": "2024-03-12", "published": "2024-03-12"}),
    ("a town 8 km away", {"place": SUBURB}),
    ("a town 35 km away", {"place": CHUHUIV}),
    ("a town 60 km away", {"place": FAR_TOWN}),
    ("a threat, not a strike", {"sub": "Threat or accusation", "etype": "Political developments", "dead": None}),
    ("a ceasefire proposal, not a strike", {"sub": "Ceasefire or peace proposal", "etype": "Political developments",
                                            "dead": None}),
])
def test_look_alike_events_stay_apart(what, changes):
    docs = [_doc("first", EN, "Wire One"), _doc("other", EN_OWN, "Evening Post", **changes)]
    assert _partition(_cluster(docs)) == {frozenset({"first"}), frozenset({"other"})}, what


# --- one deadly event in the words of violence each outlet picks --------------------------------------
ATTACK = "Attack"
TOLL = "Loss report"


def test_one_deadly_event_told_as_shelling_as_an_attack_on_civilians_and_as_a_clash_is_one_event():
    attack = "Russian forces attacked civilians at a bus stop in Kharkiv on Tuesday, killing four."
    clash = "Ukrainian and Russian units fought in Kharkiv on Tuesday; four people died."
    docs = [_doc("shelling", EN, "Wire One"),
            _doc("attack", attack, "Evening Post", sub=ATTACK, etype="Violence against civilians"),
            _doc("clash", clash, "Morning Star", sub="Armed clash", etype="Battles",
                 actor1="Military Forces of Ukraine")]
    (members,) = _cluster(docs).values()
    assert _summary(members)["outlets"] == 3


def test_a_death_toll_counted_in_the_town_joins_the_strike_whose_dead_it_counts():
    toll = "The death toll of Tuesday's shelling of Kharkiv rose to seven, the mayor said."
    docs = [_doc("strike", EN, "Wire One"),
            _doc("toll", toll, "Evening Post", sub=TOLL, etype="Political developments", dead=7,
                 claimed_by="Kharkiv mayor")]
    (members,) = _cluster(docs).values()
    row = _summary(members)
    assert (row["sub_event_type"], row["family"]) == (SHELLING, "strike")  # the event the toll counts
    (dead,) = [d for d in json.loads(row["data"])["disagreements"] if d["field"] == "fatalities"]
    assert sorted(v["value"] for v in dead["values"]) == [4, 7]  # first figure and the later toll, both kept


def test_the_toll_joins_the_strike_whichever_comes_first():
    toll = "The death toll of Tuesday's shelling of Kharkiv rose to seven, the mayor said."
    docs = [_doc("toll", toll, "Evening Post", sub=TOLL, etype="Political developments", dead=7,
                 published="2024-03-05"), _doc("strike", EN, "Wire One")]
    (members,) = _cluster(docs).values()
    assert _summary(members)["sub_event_type"] == SHELLING


@pytest.mark.parametrize(("what", "text", "place"), [
    ("a tally of soldiers near the town", "Russian forces lost forty soldiers near Kharkiv on Tuesday.", KHARKIV),
    ("a tally of soldiers in the town's direction",
     "Russian forces lost forty soldiers in the direction of Kharkiv on Tuesday.", KHARKIV),
    ("a toll for the whole oblast", "Russian shelling killed seven people in Kharkiv Oblast on Tuesday.",
     KHARKIV_OBLAST),
])
def test_a_toll_that_does_not_name_where_its_dead_died_stays_apart_from_a_strike(what, text, place):
    docs = [_doc("strike", EN, "Wire One"),
            _doc("toll", text, "Evening Post", sub=TOLL, etype="Political developments", dead=None, place=place)]
    assert _partition(_cluster(docs)) == {frozenset({"strike"}), frozenset({"toll"})}, what


def test_two_tallies_of_the_same_sector_may_still_be_one_report_told_twice():
    tally = "Russian forces lost forty soldiers near Kharkiv on Tuesday."
    again = "Near Kharkiv, Russian forces lost forty soldiers on Tuesday, the general staff said."
    docs = [_doc("one", tally, "Wire One", sub=TOLL, etype="Political developments", dead=None),
            _doc("two", again, "Evening Post", sub=TOLL, etype="Political developments", dead=None)]
    assert _partition(_cluster(docs)) == {frozenset({"one", "two"})}  # kin by family, not by violence


@pytest.mark.parametrize(("what", "text", "quantities"), [
    ("killed over the past 24 hours", "Russian shelling killed seven people in Kharkiv over the past 24 hours.", ()),
    ("losses per day", "Russian forces lose forty soldiers per day around Kharkiv, the general staff said.", ()),
    ("shelled forty times", "Russian forces shelled Kharkiv forty times on Tuesday.", ((40.0, "time"),)),
    ("nelle ultime 24 ore", "I bombardamenti russi hanno ucciso sette persone a Charkiv nelle ultime 24 ore.", ()),
    ("eighteen strikes", "Russian aircraft carried out 18 strikes on Kharkiv on Tuesday.", ((18.0, "attack"),)),
    ("six regions", "Russian forces shelled Kharkiv and five other regions on Tuesday.", ((6.0, "region"),)),
], ids=["past 24 hours", "per day", "forty times", "nelle ultime 24 ore", "18 strikes", "six regions"])
def test_a_tally_of_many_deeds_is_not_one_of_them(what, text, quantities):
    """A count summed over a span of time or over many strikes tells many events, not the one
    strike of the day in the same town, whichever is read first."""
    language = "it" if "ore" in text else "en"
    tally = _doc("tally", text, "Evening Post", language=language, dead=None)
    tally.events[0].quantities = [Quantity(0, 0, str(v), v, u, "exact") for v, u in quantities]
    for docs in ([_doc("strike", EN, "Wire One"), tally], [tally, _doc("strike", EN, "Wire One")]):
        assert _partition(_cluster(docs)) == {frozenset({"strike"}), frozenset({"tally"})}, what


def test_a_strike_counting_its_shells_is_still_one_strike():
    shells = "Russian forces fired sixty shells at a power station in Kharkiv on Tuesday, killing four workers."
    strike = _doc("shells", shells, "Evening Post")
    strike.events[0].quantities = [Quantity(0, 0, "60", 60.0, "shell", "exact")]
    assert _partition(_cluster([_doc("strike", EN, "Wire One"), strike])) == {frozenset({"strike", "shells"})}


def test_one_tally_told_by_two_outlets_is_one_report_told_twice():
    tally = "Russian shelling killed seven people in Kharkiv over the past 24 hours."
    again = "Over the past 24 hours, seven people were killed by Russian shelling in Kharkiv."
    docs = [_doc("one", tally, "Wire One", dead=7), _doc("two", again, "Evening Post", dead=7)]
    assert _partition(_cluster(docs)) == {frozenset({"one", "two"})}


@pytest.mark.parametrize(("what", "changes"), [
    ("the next day's tally", {"published": "2024-03-07", "date": "2024-03-07"}),
    ("a tally of clashes, not of strikes", {"sub": "Armed clash", "etype": "Battles"}),
])
def test_two_different_tallies_stay_two_counts(what, changes):
    """A claimant's tallies of two days in a row are two counts, and a day's count of strikes is
    another count than the day's count of clashes, though both are violence."""
    strikes = "Russian forces shelled Kharkiv Oblast forty times in the past 24 hours, the governor said."
    other = "Russian forces shelled Kharkiv Oblast 35 times in the past 24 hours, the governor said."
    first = _doc("first", strikes, "Wire One", place=KHARKIV_OBLAST, dead=None, date="2024-03-06")
    second = _doc("second", other, "Evening Post", place=KHARKIV_OBLAST, dead=None, **{"date": "2024-03-06", **changes})
    assert _partition(_cluster([first, second])) == {frozenset({"first"}), frozenset({"second"})}, what


def test_a_strike_and_a_clash_a_town_apart_stay_two_events():
    clash = "Ukrainian and Russian units fought in Far Town on Tuesday."
    docs = [_doc("strike", EN, "Wire One"),
            _doc("clash", clash, "Evening Post", sub="Armed clash", etype="Battles", dead=None, place=FAR_TOWN)]
    assert _partition(_cluster(docs)) == {frozenset({"strike"}), frozenset({"clash"})}


def test_two_clashes_between_different_sides_stay_two_events():
    ours = "Ukrainian and Russian units fought in Kharkiv on Tuesday."
    theirs = "Belarusian volunteers fought Wagner fighters in Kharkiv on Tuesday."
    one = _doc("one", ours, "Wire One", sub="Armed clash", etype="Battles", dead=None,
               actor1="Military Forces of Ukraine")
    two = _doc("two", theirs, "Evening Post", sub="Armed clash", etype="Battles", dead=None,
               actor1="Military Forces of Belarus")
    one.events[0].actor2, two.events[0].actor2 = "Military Forces of Russia", "Military Forces of Russia"
    assert _partition(_cluster([one, two])) == {frozenset({"one"}), frozenset({"two"})}


def test_two_districts_of_one_town_standing_at_its_point_stay_two_events():
    """A district the gazetteer lacks stands at its town's point: near by construction, yet
    another place than a district of another name."""
    east = Place("Eastbank district", KHARKIV.lat, KHARKIV.lon, "UA", "Kharkiv Oblast", None, "city")
    west = Place("Westbank district", KHARKIV.lat, KHARKIV.lon, "UA", "Kharkiv Oblast", None, "city")
    docs = [_doc("east", EN, "Wire One", place=east), _doc("west", EN_OWN, "Evening Post", place=west),
            _doc("east2", EN_OWN + " ", "Morning Star", place=east)]
    assert _partition(_cluster(docs)) == {frozenset({"east", "east2"}), frozenset({"west"})}


def test_a_report_naming_the_town_joins_the_event_in_one_of_its_districts():
    """A district the gazetteer lacks, placed at its town's point, is inside the town, as a town is
    inside its oblast: a report that names only the town may tell of it."""
    east = Place("Eastbank district", KHARKIV.lat, KHARKIV.lon, "UA", "Kharkiv Oblast", None, "city")
    town = "Russian shelling killed four people in Kharkiv on Tuesday."
    for order in (("district", "town"), ("town", "district")):
        docs = {"district": _doc("district", EN, "Wire One", place=east), "town": _doc("town", town, "Evening Post")}
        assert _partition(_cluster([docs[k] for k in order])) == {frozenset({"district", "town"})}, order


def test_a_district_and_a_town_nearby_stay_two_events():
    """Only the town whose point the district stands at holds it: a district is not inside a
    neighbouring town a few km away."""
    east = Place("Eastbank district", SUBURB.lat, SUBURB.lon, "UA", "Kharkiv Oblast", None, "city")
    docs = [_doc("district", EN, "Wire One", place=east), _doc("town", EN_OWN, "Evening Post")]
    assert _partition(_cluster(docs)) == {frozenset({"district"}), frozenset({"town"})}


def test_a_vague_report_does_not_bridge_two_towns_into_one_event():
    docs = [_doc("town", EN, "Wire One"), _doc("oblast", EN_OWN, "Evening Post", place=KHARKIV_OBLAST),
            _doc("far", EN_OWN + " ", "Morning Star", place=FAR_TOWN)]
    assert frozenset({"town", "far"}) not in _partition(_cluster(docs))
    assert not any({"town", "far"} <= members for members in _partition(_cluster(docs)))


def test_a_name_put_only_at_its_country_is_not_the_country():
    """A name the gazetteer could only put at its country's point ('the Alligator', a weapon's name)
    is some place the record cannot locate, not the whole country: it never joins a town's event."""
    unplaced = Place("Alligator", COUNTRY.lat, COUNTRY.lon, "UA", None, None, "country")
    text = "Russian forces shelled Alligator on Tuesday, killing four."
    docs = [_doc("town", EN, "Wire One"), _doc("unplaced", text, "Evening Post", place=unplaced)]
    assert _partition(_cluster(docs)) == {frozenset({"town"}), frozenset({"unplaced"})}
    named = Place("Ukraine", COUNTRY.lat, COUNTRY.lon, "UA", None, None, "country")  # the country itself
    docs = [_doc("town", EN, "Wire One"), _doc("country", text.replace("Alligator", "Ukraine"), "Evening Post",
                                                  place=named)]
    assert _partition(_cluster(docs)) == {frozenset({"town", "country"})}


def test_the_distances_mean_what_the_tests_say():
    from frontwatch.record.knowledge import km

    assert 7 < km(KHARKIV.lat, KHARKIV.lon, SUBURB.lat, SUBURB.lon) < 9
    assert km(KHARKIV.lat, KHARKIV.lon, FAR_TOWN.lat, FAR_TOWN.lon) > 50


# --- disagreements kept, with who says which ---------------------------------------------------------
def test_disagreeing_fatalities_are_both_kept_with_who_says_which():
    docs = [_doc("en", EN, "Wire One", claimed_by="Kharkiv regional administration"),
            _doc("it", IT, "Il Quotidiano", language="it"),
            _doc("own", EN_OWN, "Evening Post", dead=6, claimed_by="Ministry of Defence of Russia")]
    (members,) = _cluster(docs).values()
    row = _summary(members)
    data = json.loads(row["data"])
    (dead,) = [d for d in data["disagreements"] if d["field"] == "fatalities"]
    said = {v["value"]: sorted((w["article_id"], w["outlet"], w["claimant"]) for w in v["said_by"])
            for v in dead["values"]}
    assert said == {4: [("en", "Wire One", "Kharkiv regional administration"),
                        ("it", "Il Quotidiano", "Il Quotidiano")],  # no claimant: the outlet's own word
                    6: [("own", "Evening Post", "Ministry of Defence of Russia")]}
    assert row["fatalities"] == 4  # the figure most reports give; the other stays beside it
    assert data["merged"]["claimed_by"] == ["Kharkiv regional administration", "Ministry of Defence of Russia"]


def test_agreeing_reports_have_no_disagreement():
    docs = [_doc("en", EN, "Wire One"), _doc("it", IT, "Il Quotidiano", language="it")]
    (members,) = _cluster(docs).values()
    assert json.loads(_summary(members)["data"])["disagreements"] == []


# --- the same articles again change nothing ------------------------------------------------------------
def _three():
    return [_doc("en", EN, "Wire One"), _doc("it", IT, "Il Quotidiano", language="it"),
            _doc("own", EN_OWN, "Evening Post", dead=6), _doc("later", EN_OWN + " ", "Morning Star",
                                                              date="2024-03-09", published="2024-03-09")]


def test_the_same_reports_in_another_order_make_the_same_clusters_and_rows():
    forward, backward = _cluster(_three()), _cluster(list(reversed(_three())))
    assert _partition(forward) == _partition(backward)
    rows = lambda cs: sorted(json.dumps({k: v for k, v in _summary(m).items() if k != "cluster_id"},  # noqa: E731
                                        sort_keys=True) for m in cs.values())
    assert rows(forward) == rows(backward)


def test_reading_the_same_articles_again_changes_nothing_in_the_record(tmp_path):
    path = tmp_path / "again.db"
    store = open_store(str(path))
    for doc in _three():
        store.save(doc, "first reading")
    update(store)
    before = record_tables(path)
    for doc in reversed(_three()):  # read again by a newer pipeline, in another order
        store.save(doc, "second reading")
    summary = update(store)
    store.close()
    assert summary.articles == 4 and summary.removed == 4
    assert record_tables(path) == before


def test_the_record_finds_the_strike_a_toll_counts_among_its_stored_reports(tmp_path):
    """Through the database: the candidate search looks among the kin families, not only the report's own."""
    toll = "The death toll of Tuesday's shelling of Kharkiv rose to seven, the mayor said."
    store = open_store(str(tmp_path / "kin.db"))
    store.save(_doc("strike", EN, "Wire One"), "test")
    store.save(_doc("toll", toll, "Evening Post", sub=TOLL, etype="Political developments", dead=7,
                    published="2024-03-07"), "test")
    update(store)
    store.close()
    reports, clusters = record_tables(tmp_path / "kin.db", ("record_reports", "record_clusters"))
    assert len(reports) == 2 and len(clusters) == 1


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Police found the bodies of three men in a forest grave near Kharkiv on Wednesday."),
    ("it", "Mercoledì vicino a Charkiv sono stati trovati i corpi di tre uomini in una fossa comune."),
    ("en", "The bodies of three men killed in last spring's shelling were exhumed from a grave near Kharkiv."),
])
def test_dead_found_later_join_no_strike(language, text):
    # the dead found later died in some earlier event the report does not date: which one is unknown
    docs = [_doc("strike", EN, "Wire One"),
            _doc("found", text, "Evening Post", language=language, sub=ATTACK, etype="Violence against civilians",
                 dead=3, date=None)]
    assert _partition(_cluster(docs)) == {frozenset({"strike"}), frozenset({"found"})}


def test_two_reports_of_dead_found_at_one_place_a_week_apart_are_one_find():
    # a grave is dug up and its dead counted over days; the reader names the find as it can
    first = "Police found the bodies of three men in a forest grave near Kharkiv on Wednesday."
    later = "The exhumation of the forest graves at Kharkiv is ending, investigators said; 40 bodies in all."
    docs = [_doc("strike", EN, "Wire One"),
            _doc("found1", first, "Evening Post", sub=ATTACK, etype="Violence against civilians", dead=3, date=None),
            _doc("found2", later, "Morning Star", sub="Agreement", etype="Political developments", dead=None,
                 date=None, published="2024-03-13")]
    assert _partition(_cluster(docs)) == {frozenset({"strike"}), frozenset({"found1", "found2"})}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The body of a woman was found under the rubble of the power station in Kharkiv on Wednesday."),
    ("it", "Mercoledì a Charkiv è stato estratto dalle macerie della centrale il corpo di una donna."),
    ("en", "The body of a worker killed by the missile strike on the power station in Kharkiv was found on Wednesday."),
])
def test_a_body_taken_from_the_rubble_or_of_the_strike_joins_the_strike_that_made_it(language, text):
    docs = [_doc("strike", EN, "Wire One"),
            _doc("rubble", text, "Evening Post", language=language, sub=ATTACK, etype="Violence against civilians",
                 dead=1, date=None)]
    assert _partition(_cluster(docs)) == {frozenset({"strike", "rubble"})}


# --- follow-ups: the dead of a strike counted again days later ------------------------------------------
MARKET = "Russian shelling hit the central market in Kharkiv on Thursday, killing six shoppers."
HOSPITAL_EN = "A woman wounded in the shelling of the central market in Kharkiv died in hospital, the governor said."
HOSPITAL_IT = "È morta in ospedale una donna ferita nel bombardamento del mercato centrale di Charkiv."
UNNAMED = "Another person wounded in the shelling of Kharkiv died in hospital, the governor said."


MARKET_IT = "Giovedì un bombardamento russo ha colpito il mercato centrale di Charkiv: sei morti."


def _market(language: str = "en"):
    return _doc("market", MARKET if language == "en" else MARKET_IT, "Wire One", language=language,
                date="2024-03-07", published="2024-03-07", dead=6)


def _later(doc_id: str, text: str, *, language: str = "en", published: str = "2024-03-14"):
    # the reader found no violence in it: a death in hospital, filed as 'Other'
    return _doc(doc_id, text, "Evening Post", language=language, sub="Other", etype="Strategic developments",
                dead=None, date=None, published=published)


@pytest.mark.parametrize(("language", "text"), [("en", HOSPITAL_EN), ("it", HOSPITAL_IT)])
def test_a_wounded_who_died_in_hospital_a_week_later_joins_the_strike_whose_target_it_names(language, text):
    # words tell which strike within one language: the market's report is in the follow-up's language
    docs = [_doc("station", EN, "Wire One"), _market(language), _later("hospital", text, language=language)]
    clusters = _cluster(docs)
    assert _partition(clusters) == {frozenset({"station"}), frozenset({"market", "hospital"})}
    (members,) = [m for m in clusters.values() if len(m) == 2]
    assert _summary(members)["sub_event_type"] == SHELLING  # the deed, not the follow-up's reading


def test_a_late_follow_up_that_names_none_of_two_strikes_joins_neither():
    docs = [_doc("station", EN, "Wire One"), _market(), _later("hospital", UNNAMED)]
    assert _partition(_cluster(docs)) == {frozenset({"station"}), frozenset({"market"}), frozenset({"hospital"})}


@pytest.mark.parametrize(("what", "published"), [("three weeks later", "2024-03-28"),
                                                  ("before the strike", "2024-03-04")])
def test_a_follow_up_reaches_back_two_weeks_and_never_forward(what, published):
    docs = [_market(), _later("hospital", HOSPITAL_EN, published=published)]
    assert _partition(_cluster(docs)) == {frozenset({"market"}), frozenset({"hospital"})}, what


def test_a_rise_that_counts_no_dead_is_no_follow_up_of_a_strike():
    aid = "Western military aid delivered through Kharkiv rose to 40 shipments, the governor said."
    docs = [_market(), _doc("aid", aid, "Evening Post", sub="Military aid", etype="Strategic developments",
                            dead=None, date=None, published="2024-03-08")]
    assert _partition(_cluster(docs)) == {frozenset({"market"}), frozenset({"aid"})}


def test_the_first_report_of_a_strike_told_as_a_rising_toll_does_not_join_an_older_one():
    # the day's first word of a strike may already be its toll; only the words of an older strike
    # (what it hit) would tie it to that one
    rising = "The number of victims of the shelling of a bus stop in Kharkiv increased to five."
    docs = [_market(), _doc("stop", rising, "Evening Post", dead=5, date=None, published="2024-03-12")]
    assert _partition(_cluster(docs)) == {frozenset({"market"}), frozenset({"stop"})}


def test_the_record_finds_the_strike_a_late_follow_up_counts_among_its_stored_reports(tmp_path):
    """Through the database: the candidate search reaches a week back for a follow-up."""
    store = open_store(str(tmp_path / "later.db"))
    store.save(_market(), "test")
    store.save(_doc("station", EN, "Wire One"), "test")
    update(store)
    store.save(_later("hospital", HOSPITAL_EN), "test")
    update(store)
    store.close()
    reports, clusters = record_tables(tmp_path / "later.db", ("record_reports", "record_clusters"))
    assert len(reports) == 3 and len(clusters) == 2


@pytest.mark.parametrize("language", ["en", "it"])
def test_the_words_of_every_front_bulletin_tell_no_event_from_another(language):
    bulletin = {"en": "In the south direction, the invaders suffered losses in battles: soldiers destroyed",
                "it": "Nella direzione sud gli invasori hanno subito perdite in battaglie: soldati distrutti"}[language]
    assert not {"direct", "invade", "losses", "battle", "soldie", "destro", "perdit", "distru"} & cluster._words(
        bulletin, language)
