"""Places in short front-line reports: a town the NER took for a person, a self-proclaimed
republic named as a place, a region's capital named bare, a district of a town.
Sentences written for the test; the fixture index is tests/fixtures/geonames."""

from frontwatch.document import Document, Entity
from frontwatch.stages.places import Places


def entity(text: str, sub: str, label: str, **kw) -> Entity:
    start = text.index(sub)
    return Entity(start=start, end=start + len(sub), text=sub, label=label, **kw)


def toponyms(gazetteer, text: str, entities: list[Entity] = ()) -> dict:
    doc = Document(id="t", text=text, language="en", entities=list(entities))
    Places(gazetteer=gazetteer)(doc)
    return {t.text: t.place for t in doc.toponyms}


def test_a_town_the_ner_took_for_a_person_is_placed_when_it_is_shelled(gazetteer):
    text = "Two people died after the Russian shelling of Kupiansk, local officials reported."
    got = toponyms(gazetteer, text, [entity(text, "Kupiansk", "PER")])
    assert got["Kupiansk"].geonameid == 703656


def test_a_person_named_like_a_town_stays_a_person(gazetteer):
    text = "Kupiansk said the Russian shelling had stopped."
    assert "Kupiansk" not in toponyms(gazetteer, text, [entity(text, "Kupiansk", "PER")])


def test_a_republic_named_as_a_place_is_the_region_it_claims(gazetteer):
    text = "Three soldiers were killed in the DPR on Tuesday, the republic's militia said."
    got = toponyms(gazetteer, text, [entity(text, "DPR", "ORG", source="lexicon")])
    assert got["DPR"].precision == "admin1" and got["DPR"].admin1 == "Donetsk Oblast"


def test_a_republic_that_speaks_is_no_place(gazetteer):
    text = "The DPR reported three soldiers killed near Lyman."
    assert "DPR" not in toponyms(gazetteer, text, [entity(text, "DPR", "ORG", source="lexicon")])


def test_a_bare_region_capital_is_the_city(gazetteer):
    got = toponyms(gazetteer, "Russian missiles hit Kharkiv overnight.")
    assert got["Kharkiv"].precision == "city" and got["Kharkiv"].geonameid == 706483
    region = toponyms(gazetteer, "Russian missiles hit the Kharkiv region overnight.")
    assert region["Kharkiv"].precision == "admin1"


def test_a_district_of_a_town_is_in_the_town(gazetteer):
    text = "A shell hit a school in the Kalininskyi district of Donetsk on Monday."
    got = toponyms(gazetteer, text, [entity(text, "Kalininskyi", "LOC"), entity(text, "Donetsk", "LOC")])
    assert got["Donetsk"].geonameid == 709717 and got["Donetsk"].precision == "city"
    district = got["Kalininskyi"]
    assert (district.name, district.precision, district.geonameid) == ("Kalininskyi", "city", None)
    assert (district.lat, district.lon) == (got["Donetsk"].lat, got["Donetsk"].lon)


def test_a_raion_of_a_named_region_stays_a_raion(gazetteer):
    got = toponyms(gazetteer, "Shelling hit the Kupiansk district of Kharkiv region.")
    assert got["Kupiansk"].precision == "admin2" and got["Kharkiv"].precision == "admin1"


def test_a_plural_region_word_after_a_list_holds_for_every_name(gazetteer):
    got = toponyms(gazetteer, "Strikes hit the Kharkiv and Donetsk regions on Friday.")
    assert got["Kharkiv"].precision == "admin1" and got["Donetsk"].precision == "admin1"
    # a singular region word names only the last place
    alone = toponyms(gazetteer, "Strikes hit Bakhmut and the Kharkiv region on Friday.")
    assert alone["Bakhmut"].precision == "city"
