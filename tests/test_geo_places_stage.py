"""The places stage on sentences written for the test, with a small fixture index."""

from pathlib import Path

from frontwatch.document import Document, Entity
from frontwatch.geo.gazetteer import Gazetteer
from frontwatch.geo.geonames import import_into
from frontwatch.stages.places import Places

FIXTURE = Path(__file__).parent / "fixtures" / "geonames"


def entity(text: str, sub: str, label: str = "LOC", metonym: bool = False, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Entity(start=start, end=start + len(sub), text=sub, label=label, metonym=metonym)


def run(gazetteer, text: str, entities: list[Entity], language: str = "it", find_missing: bool = True) -> Document:
    doc = Document(id="t", text=text, language=language, entities=entities)
    Places(gazetteer=gazetteer, find_missing=find_missing)(doc)
    for t in doc.toponyms:
        assert doc.text[t.start:t.end] == t.text
    return doc


def test_region_wording_and_directions(gazetteer):
    text = "I reparti avanzano nella regione di Kharkiv e combattono a sud di Izyum."
    doc = run(gazetteer, text, [entity(text, "Kharkiv"), entity(text, "Izyum")])
    by_text = {t.text: t for t in doc.toponyms}
    assert by_text["Kharkiv"].place.precision == "admin1"
    assert by_text["Kharkiv"].place.name == "Kharkiv Oblast"
    assert by_text["Izyum"].place.precision == "city"
    assert by_text["Izyum"].relation == "south of"


def test_a_cue_holds_for_a_whole_list(gazetteer):
    text = "Bombardati i villaggi dei distretti di Kupyan e Kharkiv."
    doc = run(gazetteer, text, [entity(text, "Kupyan"), entity(text, "Kharkiv")])
    assert [t.place.precision for t in doc.toponyms] == ["admin2", "admin2"]


def test_english_region_after_the_name(gazetteer):
    text = "Fighting went on in the Donetsk region near Pokrovsk."
    doc = run(gazetteer, text, [entity(text, "Donetsk region"), entity(text, "Pokrovsk")], language="en")
    donetsk = doc.toponyms[0]
    assert donetsk.text == "Donetsk" and donetsk.place.precision == "admin1"
    assert doc.toponyms[1].place.country_code == "UA" and doc.toponyms[1].relation == "near"


def test_metonyms_and_organisations_are_not_places(gazetteer):
    text = "Mosca ha deciso di colpire Kharkiv, ha detto il ministero della Difesa di Mosca."
    ents = [entity(text, "Mosca", "ORG", metonym=True), entity(text, "Kharkiv"),
            entity(text, "ministero della Difesa di Mosca", "ORG")]
    doc = run(gazetteer, text, ents)
    assert [t.text for t in doc.toponyms] == ["Kharkiv"]


def test_finder_adds_a_missed_name_but_not_capitalised_common_words(gazetteer):
    text = "Secondo la Nato, le truppe sono entrate a Pokrovsk dopo giorni di scontri."
    doc = run(gazetteer, text, [])
    assert [t.text for t in doc.toponyms] == ["Pokrovsk"]
    assert doc.toponyms[0].place.country_code == "UA"


def test_finder_can_be_switched_off(gazetteer):
    text = "Le truppe sono entrate a Pokrovsk."
    assert run(gazetteer, text, [], find_missing=False).toponyms == []


def test_noise_is_skipped(gazetteer):
    from frontwatch.document import Span

    text = "Leggi anche: Pokrovsk, la battaglia. Le truppe restano a Bakhmut."
    doc = Document(id="t", text=text, language="it", noise=[Span(0, text.index(".") + 1, "related")])
    Places(gazetteer=gazetteer)(doc)
    assert [t.text for t in doc.toponyms] == ["Bakhmut"]


def test_function_words_opening_a_sentence_are_not_places(tmp_path):
    """A region somewhere may carry «Poi» or "First" as a name; opening a sentence they are words."""
    import shutil

    from frontwatch.geo.finder import find_mentions

    folder = tmp_path / "gn"
    shutil.copytree(FIXTURE, folder)
    row = ["9999001", "Poi", "Poi", "First", "30.0", "90.0", "A", "ADM1", "CN", "", "14", "", "", "",
           "3000000", "", "4000", "Asia/Shanghai", "2024-01-01"]
    (folder / "CN.txt").write_text("\t".join(row) + "\n", encoding="utf-8")
    import_into(tmp_path / "g.sqlite", folder)
    gaz = Gazetteer(tmp_path / "g.sqlite")
    assert gaz.candidates("Poi")  # the name is in the index …
    it = [m.text for m in find_mentions("Poi il ministro è arrivato a Kharkiv.", gaz, language="it")]
    en = [m.text for m in find_mentions("First the minister went to Kharkiv.", gaz, language="en")]
    assert it == ["Kharkiv"] and en == ["Kharkiv"]  # … but not found as a place


def test_demonyms_bring_the_war_theatre_into_context():
    """Real gazetteer: a short strike report on «Odessa» is about Ukraine; a county story is not."""
    from frontwatch.pipeline import Pipeline

    pipeline = Pipeline.default()
    war = pipeline(Document(id="w", text="Missili russi hanno colpito Odessa nella notte.", published="2024-05-08"))
    county = "The sheriff of Odessa said the storm hit the county."
    local = pipeline(Document(id="l", text=county, published="2024-05-08"))
    assert [t.place.country_code for t in war.toponyms] == ["UA"]
    assert [t.place.country_code for t in local.toponyms] == ["US"]
