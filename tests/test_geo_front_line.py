"""Places on a front line: the region a text puts a village in, villages the gazetteer
lacks, and a town that shares its name with its raion. Sentences written for the test;
the small fixture index (tests/fixtures/geonames) holds Lyman and Pokrovsk in Donetsk
oblast, Izyum and Kupyansk in Kharkiv oblast, and no Robotyne."""

import pytest

from frontwatch.document import Document, Entity
from frontwatch.geo.containers import container_after, container_before
from frontwatch.stages.places import Places


def entity(text: str, sub: str, label: str = "LOC") -> Entity:
    start = text.index(sub)
    return Entity(start=start, end=start + len(sub), text=sub, label=label)


def places(gazetteer, text: str, entities: list[Entity] = (), language: str = "en") -> dict:
    doc = Document(id="t", text=text, language=language, entities=list(entities))
    Places(gazetteer=gazetteer)(doc)
    return {t.text: t.place for t in doc.toponyms}


@pytest.mark.parametrize("text, language", [
    ("Russian forces shelled Lyman, Kharkiv region, on Monday.", "en"),
    ("Russian forces shelled Lyman in the Kharkiv oblast overnight.", "en"),
    ("Overnight shelling hit Kharkiv's Lyman.", "en"),
    ("Le forze russe hanno bombardato Lyman, nella regione di Kharkiv.", "it"),
    ("Le truppe russe hanno bombardato Lyman nell'oblast di Kharkiv.", "it"),
])
def test_a_named_region_rules_out_a_namesake_elsewhere(gazetteer, text, language):
    lyman = places(gazetteer, text, language=language)["Lyman"]
    # the fixture's only Lyman is in Donetsk oblast: the text says Kharkiv, so the
    # village is one the gazetteer lacks, kept at the oblast's point
    assert lyman.name == "Lyman" and lyman.admin1 == "Kharkiv Oblast"
    assert lyman.precision == "admin1" and lyman.geonameid is None


def test_the_region_named_as_a_container_is_marked(gazetteer):
    doc = Document(id="t", text="Russian forces shelled Lyman, Kharkiv region, on Monday.", language="en")
    Places(gazetteer=gazetteer)(doc)
    assert {t.text: t.holds for t in doc.toponyms} == {"Lyman": False, "Kharkiv": True}


def test_a_place_inside_the_named_region_keeps_its_own_entry(gazetteer):
    izyum = places(gazetteer, "Shelling hit Izyum, Kharkiv region, on Sunday.")["Izyum"]
    assert izyum.precision == "city" and izyum.geonameid == 707292


def test_a_raion_as_container_gives_admin2(gazetteer):
    got = places(gazetteer, "Russian troops attacked Robotyne, Kupiansk raion.")
    assert got["Robotyne"].precision == "admin2" and got["Robotyne"].admin1 == "Kharkiv Oblast"


def test_a_list_is_not_a_container(gazetteer):
    got = places(gazetteer, "Pokrovsk, Kharkiv and Izyum were shelled.")
    assert got["Pokrovsk"].geonameid == 704422


def test_a_big_town_before_a_bare_region_stays_itself(gazetteer):
    got = places(gazetteer, "Strikes hit Donetsk, Kharkiv.")
    assert got["Donetsk"].geonameid == 709717


def test_a_village_the_gazetteer_lacks_falls_back_to_the_region_the_text_names(gazetteer):
    got = places(gazetteer, "Ukrainian troops recaptured Robotyne in Donetsk region.")
    assert got["Robotyne"].admin1 == "Donetsk Oblast" and got["Robotyne"].precision == "admin1"


def test_without_a_region_a_missing_village_goes_to_the_country_the_article_is_about(gazetteer):
    got = places(gazetteer, "Ukrainian troops recaptured Robotyne, the General Staff said.")
    assert got["Robotyne"].precision == "country" and got["Robotyne"].country_code == "UA"
    assert got["Robotyne"].name == "Robotyne"


def test_an_unframed_unknown_name_is_not_a_place(gazetteer):
    assert places(gazetteer, "Ukrainian officials met Robotyne, the envoy, on Monday.") == {}


def test_a_name_the_ner_took_for_a_person_is_a_place_when_a_region_frames_it(gazetteer):
    text = "Russian troops shelled Lyman in Kharkiv oblast."
    got = places(gazetteer, text, [entity(text, "Lyman", "PER"), entity(text, "Kharkiv")])
    assert got["Lyman"].admin1 == "Kharkiv Oblast"


def test_a_town_is_the_town_unless_the_text_says_district(gazetteer):
    for text, precision in (("Fighting went on in Kupiansk.", "city"),
                            ("Fighting went on in the Kupiansk district.", "admin2")):
        assert places(gazetteer, text, [entity(text, "Kupiansk")])["Kupiansk"].precision == precision


def test_the_kind_word_after_a_name_counts_with_a_soft_sign_or_a_possessive():
    from frontwatch.geo.finder import cue_after

    for text in ("Shelling hit Kupiansk raion' overnight.", "the Kupiansk district's villages"):
        assert cue_after(text, text.index("Kupiansk") + len("Kupiansk"), "en") == "admin2"
    text = "Shelling hit Kupiansk overnight."
    assert cue_after(text, text.index("Kupiansk") + len("Kupiansk"), "en") is None


def test_container_wording():
    text = "Rubizhne, Kharkiv region"
    assert container_after(text, len("Rubizhne"), "en").name == "Kharkiv"
    assert container_after("Kherson, Zaporizhzhia and Donetsk", len("Kherson"), "en") is None
    text = "Kharkiv's Rubizhne"
    assert container_before(text, text.index("Rubizhne"), "en").name == "Kharkiv"


def test_a_name_that_speaks_is_a_person(gazetteer):
    text = "Lyman said the talks would go on."
    assert places(gazetteer, text, [entity(text, "Lyman")]) == {}


def test_a_person_labelled_region_is_a_place(gazetteer):
    text = "Fighting spread across Kharkiv Oblast overnight."
    got = places(gazetteer, text, [entity(text, "Kharkiv Oblast", "PER")])
    assert got["Kharkiv Oblast"].precision == "admin1"
