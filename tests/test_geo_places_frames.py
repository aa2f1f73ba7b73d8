"""Words that make a name a place or say which one: a kind word after a name the NER took
for an organisation ("the X district"), a locative preposition the NER swallowed into a
person's name ("Near X"), "the centre of X", a region named after its capital, and "the X
district of the Y region". Sentences written for the test; the fixture index is
tests/fixtures/geonames (Zorianka, an invented village, is in two oblasts there)."""

from frontwatch.document import Document, Entity
from frontwatch.geo.resolver import Mention, Resolver
from frontwatch.stages.places import Places


def entity(text: str, sub: str, label: str) -> Entity:
    start = text.index(sub)
    return Entity(start=start, end=start + len(sub), text=sub, label=label)


def placed(gazetteer, text: str, entities: list[Entity]) -> dict:
    doc = Document(id="t", text=text, language="en", entities=list(entities))
    Places(gazetteer=gazetteer)(doc)
    return {t.text: t.place for t in doc.toponyms}


def test_a_region_named_after_its_capital_under_another_spelling(gazetteer):
    # «Charkiv» is a name of the city only; its region is the one whose capital it is
    [region] = Resolver(gazetteer).resolve([Mention("Charkiv", cue="admin1")])
    assert region.precision == "admin1" and region.admin1 == "UA.07"
    text = "Russian missiles hit the Charkiv region overnight."
    assert placed(gazetteer, text, [entity(text, "Charkiv", "LOC")])["Charkiv"].precision == "admin1"


def test_a_preposition_the_ner_took_into_a_persons_name(gazetteer):
    text = "Near Izyum, Russian troops shelled a school."
    got = placed(gazetteer, text, [entity(text, "Near Izyum", "PER")])
    assert got["Izyum"].geonameid == 707292


def test_an_organisation_followed_by_a_district_word_is_a_place(gazetteer):
    text = "Shells fell in the Kupyansk district overnight."
    got = placed(gazetteer, text, [entity(text, "Kupyansk", "ORG")])
    assert got["Kupyansk"].admin1 == "Kharkiv Oblast"


def test_the_centre_of_a_town_is_the_town(gazetteer):
    text = "Russian troops shelled the centre of Izyum."
    got = placed(gazetteer, text, [entity(text, "Izyum", "PER")])
    assert got["Izyum"].geonameid == 707292


def test_a_district_of_a_named_region_is_inside_it(gazetteer):
    text = "Fighting went on in the Zorianka district of the Kharkiv region."
    got = placed(gazetteer, text, [entity(text, "Zorianka", "ORG"), entity(text, "Kharkiv", "LOC")])
    assert got["Zorianka"].admin1 == "Kharkiv Oblast" and got["Kharkiv"].precision == "admin1"


def test_a_village_in_a_story_about_a_republics_bodies_falls_back_to_its_region(gazetteer):
    # the gazetteer lacks Brusnytsia; "the rescuers of the DPR" tell which region the story is in
    text = "Nine rescuers of the DPR were killed in the shelling of the village of Brusnytsia."
    dpr = Entity(text.index("DPR"), text.index("DPR") + 3, "DPR", "ORG", source="lexicon")
    got = placed(gazetteer, text, [dpr])
    assert got["Brusnytsia"].precision == "admin1" and got["Brusnytsia"].admin1 == "Donetsk Oblast"
    assert "DPR" not in got  # the republic's rescuers are no place


def test_a_body_described_in_lowercase_words_is_no_village(gazetteer):
    text = "Shelling by the Armed Forces of Ukraine in the Kupyansk district wounded two."
    got = placed(gazetteer, text, [entity(text, "the Armed Forces of Ukraine", "ORG"), entity(text, "Kupyansk", "LOC")])
    assert "the Armed Forces of Ukraine" not in got and "Kupyansk" in got


def test_a_village_in_a_named_republic_is_in_the_region_it_claims(gazetteer):
    # a village the gazetteer lacks, "in the DPR": it stands in the region the republic claims
    text = "Fighting went on near Brusnytsia in the DPR overnight."
    dpr = Entity(text.index("DPR"), text.index("DPR") + 3, "DPR", "ORG", source="lexicon")
    got = placed(gazetteer, text, [entity(text, "Brusnytsia", "LOC"), dpr])
    assert got["Brusnytsia"].admin1 == "Donetsk Oblast" and got["Brusnytsia"].geonameid is None


def test_a_town_under_another_spelling_in_a_war_report_that_names_no_country(gazetteer):
    # "mayor of Izyum", the NER took Izyum for a person, no country named: a report of shelling
    # is about the sides of the war, whose town it is; without the reading it stays a person
    from frontwatch.reader.types import Reading, Trigger

    text = "A man was killed in a night attack on a school, the mayor of Izyum said."
    shelling = Trigger(text.index("attack"), text.index("attack") + 6, "Explosions/Remote violence",
                       "Shelling/artillery/missile attack", 0.9)
    doc = Document(id="t", text=text, language="en", entities=[entity(text, "Izyum", "PER")],
                   readings=[Reading([shelling], [], [])])
    Places(gazetteer=gazetteer)(doc)
    assert [t.place.geonameid for t in doc.toponyms] == [707292]
    assert "Izyum" not in placed(gazetteer, text, [entity(text, "Izyum", "PER")])


def test_a_shared_village_name_outside_the_republics_region_stands_at_that_region(gazetteer):
    # both Khmarivkas of the fixture are in the Kharkiv region; the DPR militia's village is one
    # the gazetteer lacks, in the region the DPR claims
    text = "Ukrainian troops tried to break through near Khmarivka, the DPR militia said."
    dpr = Entity(text.index("DPR"), text.index("DPR") + 3, "DPR", "ORG", source="lexicon")
    got = placed(gazetteer, text, [entity(text, "Khmarivka", "LOC"), dpr])
    assert got["Khmarivka"].admin1 == "Donetsk Oblast" and got["Khmarivka"].geonameid is None
    # without the republic it is one of its namesakes
    assert placed(gazetteer, text.replace("DPR", "army"), [entity(text, "Khmarivka", "LOC")])[
        "Khmarivka"].geonameid in (9990021, 9990022)


def test_a_name_in_quotation_marks_is_no_place(gazetteer):
    # weapons, units and operations are quoted by name; towns are not
    text = 'Gunners near Izyum destroyed two "Kupyansk" howitzers and a «Zorianka» launcher.'
    got = placed(gazetteer, text, [entity(text, "Izyum", "LOC"), entity(text, "Kupyansk", "LOC"),
                                   entity(text, "Zorianka", "LOC")])
    assert set(got) == {"Izyum"}


def test_a_village_the_ner_took_for_a_person_is_a_place_where_the_reader_reads_an_event(gazetteer):
    # the event reader reads the name as where the shelling fell and the gazetteer knows it as a
    # village's own name: two readings against the tagger's; a real person's name is neither
    from frontwatch.reader.types import Argument, Reading, Trigger

    text = "Russian artillery shelled Zorianka and Izyum on Tuesday."
    shelling = Trigger(text.index("shelled"), text.index("shelled") + 7, "Explosions/Remote violence",
                       "Shelling/artillery/missile attack", 0.9)
    where = Argument(0, text.index("Zorianka"), text.index("Zorianka") + 8, "location", 0.9)
    doc = Document(id="t", text=text, language="en", entities=[entity(text, "Zorianka", "PER"),
                                                                entity(text, "Izyum", "LOC")],
                   readings=[Reading([shelling], [], [where])])
    Places(gazetteer=gazetteer)(doc)
    assert "Zorianka" in [t.text for t in doc.toponyms]
    # not read as where anything happened, the person stays a person
    assert "Zorianka" not in placed(gazetteer, text, [entity(text, "Zorianka", "PER"), entity(text, "Izyum", "LOC")])


def test_an_institution_a_region_owns_is_no_village_of_that_region(gazetteer):
    # a museum the gazetteer lacks, named with its town: the town is the place, the museum
    # neither stands in at the town's region nor makes the town a mere holder
    text = "A fire broke out at Kharkiv's Pushkin Museum overnight."
    doc = Document(id="t", text=text, language="en",
                   entities=[entity(text, "Kharkiv", "LOC"), entity(text, "Pushkin Museum", "LOC")])
    Places(gazetteer=gazetteer)(doc)
    assert [t.text for t in doc.toponyms] == ["Kharkiv"] and not doc.toponyms[0].holds


def test_an_institution_the_gazetteer_lacks_does_not_stand_in_at_the_articles_region(gazetteer):
    # a village the gazetteer lacks falls back to the region the article is about; a college does not
    text = "Russian troops shelled Izyum and Kupyansk, then shelled Zelenyi Hai College and Zelenyi Hai."
    got = placed(gazetteer, text, [entity(text, "Izyum", "LOC"), entity(text, "Kupyansk", "LOC"),
                                   entity(text, "Zelenyi Hai College", "LOC")])
    assert "Zelenyi Hai College" not in got


def test_a_region_owning_a_village_in_one_name_the_ner_tagged_picks_the_village_there(gazetteer):
    # the NER tags "Kharkiv's Zorianka" as one organisation; the smaller Zorianka, in Kharkiv
    # Oblast, is meant, not the bigger one in Donetsk Oblast
    for apostrophe in ("'", "’"):
        text = f"Russian forces shelled Kharkiv{apostrophe}s Zorianka on Tuesday."
        doc = Document(id="t", text=text, language="en",
                       entities=[entity(text, f"Kharkiv{apostrophe}s Zorianka", "ORG")])
        Places(gazetteer=gazetteer)(doc)
        got = {t.text: t for t in doc.toponyms}
        assert got["Zorianka"].place.geonameid == 9990011
        assert got["Kharkiv"].holds


def test_a_person_a_country_owns_is_no_place(gazetteer):
    text = "Ukraine's Petrenko visited the front near Izyum."
    got = placed(gazetteer, text, [entity(text, "Ukraine's Petrenko", "PER"), entity(text, "Izyum", "LOC")])
    assert set(got) == {"Izyum"}
