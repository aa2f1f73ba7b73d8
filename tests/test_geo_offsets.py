"""A place told by its distance and bearing from another ("A, 21 km southwest of B"): the
story is at A, B only helps choose A's namesake. Sentences written for the test, about
invented villages (Zorianka is in tests/fixtures/geonames twice, Brusnytsia nowhere)."""

from frontwatch.document import Document, Entity
from frontwatch.geo.offsets import moved, offset_before
from frontwatch.geo.resolver import Mention, haversine_km
from frontwatch.reader.types import Reading, Trigger
from frontwatch.stages.places import Places


def entity(text: str, sub: str, label: str = "LOC") -> Entity:
    start = text.index(sub)
    return Entity(start=start, end=start + len(sub), text=sub, label=label)


def placed(gazetteer, text: str, entities: list[Entity] = (), language: str = "en") -> dict:
    doc = Document(id="t", text=text, language=language, entities=list(entities))
    Places(gazetteer=gazetteer)(doc)
    return {t.text: t for t in doc.toponyms}


def test_the_words_between_the_two_names_are_read():
    text = "Russian forces seized Brusnytsia, about 21 km southwest of Izyum, on Tuesday."
    o = offset_before(text, text.index("Izyum"), "en")
    assert o is not None and text[:o.name_end].endswith("Brusnytsia")
    assert (o.km, o.bearing) == (21.0, 225.0)
    it = "Le truppe russe sono entrate a Brusnytsia, un villaggio a 15 km a nord di Izyum."
    o = offset_before(it, it.index("Izyum"), "it")
    assert o is not None and it[:o.name_end].endswith("Brusnytsia") and (o.km, o.bearing) == (15.0, 0.0)


def test_a_plain_direction_is_no_offset():
    # "south of Izyum" with neither a distance nor "a village": Izyum's own relation, nothing more
    text = "Fighting went on south of Izyum."
    assert offset_before(text, text.index("Izyum"), "en") is None


def test_a_village_the_gazetteer_lacks_stands_where_the_text_says(gazetteer):
    text = "Russian forces seized Brusnytsia, 21 km southwest of Izyum, on Tuesday."
    got = placed(gazetteer, text)
    village, izyum = got["Brusnytsia"], got["Izyum"]
    assert village.place.geonameid is None and village.place.precision == "city"
    assert 19 <= haversine_km(village.place.lat, village.place.lon, izyum.place.lat, izyum.place.lon) <= 23
    assert village.place.lat < izyum.place.lat and village.place.lon < izyum.place.lon  # southwest
    assert izyum.holds and not village.holds  # Izyum only says where the village is


def test_the_namesake_near_the_reference_wins(gazetteer):
    bare = "Shelling hit Zorianka overnight."
    alone = placed(gazetteer, bare, [entity(bare, "Zorianka")])
    assert alone["Zorianka"].place.geonameid == 9990012  # the bigger namesake, in Donetsk oblast
    text = "Ukrainian troops recaptured Zorianka, a village 12 km east of Izyum."
    got = placed(gazetteer, text, [entity(text, "Zorianka"), entity(text, "Izyum")])
    assert got["Zorianka"].place.geonameid == 9990011 and got["Izyum"].holds


def test_italian_apposition_and_distance(gazetteer):
    text = "Le forze ucraine hanno liberato Zorianka, un villaggio a 12 km a est di Izyum."
    got = placed(gazetteer, text, [entity(text, "Zorianka"), entity(text, "Izyum")], language="it")
    assert got["Zorianka"].place.geonameid == 9990011


def test_moving_a_point():
    lat, lon = moved(49.0, 37.0, 10.0, 90.0)
    assert abs(lat - 49.0) < 0.01 and 9.9 <= haversine_km(49.0, 37.0, lat, lon) <= 10.1 and lon > 37.0



def test_a_war_reports_village_is_in_the_war_zone_not_a_namesake_far_away(gazetteer):
    """«Zoryanka» is the Russian spelling of a Ukrainian village (fixture) and the own name of
    a bigger town in the Urals: with no other clue, a war report means the one in the zone."""
    from frontwatch.geo.resolver import Resolver, Zone

    resolver = Resolver(gazetteer)
    [far] = resolver.resolve([Mention("Zoryanka")])
    assert far.cc == "RU"
    zone = Zone(44.0, 22.0, 53.5, 40.5, frozenset({"UA", "RU"}), 2.0)
    [near] = resolver.resolve([Mention("Zoryanka")], zones=(zone,))
    assert near.cc == "UA"
    text = "Shelling of Zoryanka: a boy died."
    doc = Document(id="t", text=text, language="en", entities=[entity(text, "Zoryanka")])
    doc.readings = [Reading([Trigger(0, 8, "Explosions/Remote violence", "Shelling/artillery/missile attack", 0.9)],
                            [], [])]
    Places(gazetteer=gazetteer)(doc)
    assert doc.toponyms[0].place.country_code == "UA"


def test_an_article_about_elsewhere_gets_no_war_zone():
    from frontwatch.stages.places import _zones

    fighting = frozenset({"Battles"})
    assert _zones({"US": 5.0}, fighting) == ()  # an article whose context is another country
    assert _zones({}) == ()  # no country, no fighting: "The sheriff of X said"
    assert _zones({}, fighting) and _zones({"UA": 1.0, "US": 1.0})  # fighting read, or a belligerent named


def test_a_death_told_without_its_act_is_a_war_report_too(gazetteer):
    """The reader reads no act in "Two soldiers were killed in Zoryanka", yet the events stage
    will make the deaths the event: the village is the one in the war zone. A sentence that
    tells no death and no fighting keeps the bigger namesake."""
    from frontwatch.document import Sentence

    def country(text: str) -> str:
        doc = Document(id="t", text=text, language="en", entities=[entity(text, "Zoryanka")])
        doc.sentences = [Sentence(0, len(text))]
        doc.readings = [Reading([], [], [])]
        Places(gazetteer=gazetteer)(doc)
        return doc.toponyms[0].place.country_code

    assert country("Two soldiers were killed in Zoryanka on Monday.") == "UA"
    assert country("The mayor of Zoryanka opened a new school on Monday.") == "RU"


def test_the_whole_name_the_reader_points_to_replaces_the_part_the_ner_tagged(gazetteer):
    """The NER tagged only "Zorianka" of "near Velyka Zorianka"; the reader's location is the
    whole name (an invented village of the fixture), and it is the place."""
    from frontwatch.document import Sentence
    from frontwatch.reader.types import Argument

    text = "Russian forces repelled attacks near Velyka Zorianka on Monday."
    start = text.index("Velyka")
    doc = Document(id="t", text=text, language="en", entities=[entity(text, "Zorianka")])
    doc.sentences = [Sentence(0, len(text))]
    doc.readings = [Reading([Trigger(15, 23, "Battles", "Armed clash", 0.9)], [],
                            [Argument(0, start, start + len("Velyka Zorianka"), "location", 0.9)])]
    Places(gazetteer=gazetteer)(doc)
    [top] = doc.toponyms
    assert (top.text, top.place.geonameid) == ("Velyka Zorianka", 9990031)
