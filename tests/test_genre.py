"""Genre and discourse filters: opinion pieces, questions, generic statements, capabilities,
history, and the strike/territory fixes of issue 6 quality. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_events import read

from frontwatch.document import Document, Entity, Paragraph, Place, Toponym
from frontwatch.stages._genre import ArticleGenre
from frontwatch.stages.sentences import Sentences

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parents[1] / "examples"


def piece(text: str, language: str, published: str | None = "2024-05-10") -> Document:
    doc = Document(id="g", text=text, language=language, published=published)
    doc.paragraphs = [Paragraph(0, len(text), language)]
    Sentences()(doc)
    return doc


@pytest.mark.parametrize("name, language", [("oped_it.txt", "it"), ("oped_en.txt", "en")])
def test_own_op_eds_are_opinion_and_yield_no_event(name, language):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert ArticleGenre.of(piece(text, language)).opinion
    assert read(text, language).events == []


def test_a_news_report_is_not_opinion():
    text = (
        "Le forze ucraine hanno respinto gli assalti russi vicino a Pokrovsk, ha detto lo Stato maggiore ucraino. "
        "Secondo il governatore, i bombardamenti sono continuati per tutta la notte."
    )
    assert not ArticleGenre.of(piece(text, "it")).opinion
    assert read(text, "it").events


def test_the_analysis_example_yields_no_event():
    path = EXAMPLES / "it_2024-11-19_analisi_logoramento.txt"
    if not path.exists():
        pytest.skip("examples not bundled")
    text = path.read_text(encoding="utf-8")
    assert ArticleGenre.of(piece(text, "it")).opinion
    assert read(text, "it", published="2024-11-19").events == []


@pytest.mark.parametrize(
    "text, language",
    [
        ("Chi bombarderà Kharkiv la prossima volta?", "it"),
        ('"Who shelled Kharkiv, and why?" the minister asked.', "en"),
        ("I russi si affidano all'artiglieria e bombardano Kharkiv senza sosta.", "it"),
        ("Armies rely on artillery: Russian forces shell Kharkiv and then advance.", "en"),
        ("The missile had the capability of hitting Kharkiv within minutes.", "en"),
        ("Il missile è in grado di colpire Kharkiv in pochi minuti.", "it"),
        ("In 1968 American planes bombed Kharkiv for weeks.", "en"),
        ("Nel 1972 gli americani bombardarono Sumy per settimane.", "it"),
        ("During the Cold War, Soviet troops captured Kherson.", "en"),
        ("Analysts say Russian forces shelled Kharkiv to test its defences.", "en"),
    ],
)
def test_questions_generic_capability_history_give_no_event(text, language):
    assert read(text, language).events == []


def test_a_recent_date_keeps_an_event_in_a_sentence_that_recalls_history():
    doc = read(
        "Russian missiles struck Kharkiv on Tuesday in the deadliest attack since the Second World War.",
        "en",
        timexes=[("on Tuesday", "2024-05-07", "day")],
    )
    assert [e.sub_event_type for e in doc.events] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Russian troops are surrendering near Kherson.", "en"),
        ("A Russian drone entered Ukraine's airspace near Sumy, radar data show.", "en"),
        ("Un drone russo è entrato nello spazio aereo ucraino vicino a Sumy.", "it"),
        ("Russian forces advanced towards the front on Monday.", "en"),
    ],
)
def test_no_territory_event_without_ground_changing_hands_or_a_specific_place(text, language):
    doc = read(text, language)
    assert not [e for e in doc.events if e.event_type == "Battles" and e.control]


def test_a_denial_is_not_a_repelled_attack():
    assert read("Il Cremlino respinge ogni responsabilità per l'esplosione.", "it").events == []


def test_strike_on_a_state_soil_is_not_by_that_state():
    text = "Russian drones hit Poland on Sunday night."
    doc = Document(id="p", text=text, language="en", published="2024-05-10")
    doc.paragraphs = [Paragraph(0, len(text), "en")]
    Sentences()(doc)
    start = text.index("Poland")
    doc.entities.append(Entity(start, start + 6, "Poland", "ORG", "Government of Poland", False))
    doc.toponyms.append(Toponym(start, start + 6, "Poland", Place("Poland", 52.0, 19.0, "PL", None, 798544, "country")))
    from frontwatch.stages.attribution import Attribution
    from frontwatch.stages.events import Events
    from frontwatch.stages.reading import Reading

    Reading(profile="accurate")(doc)
    Events()(doc)
    Attribution()(doc)
    (e,) = doc.events
    assert e.location.country_code == "PL"
    assert e.actor1 == "Military Forces of Russia"


def test_weapon_demonym_names_the_attacker_over_the_speaker():
    doc = read("Zelensky ha detto che droni russi hanno colpito Kharkiv.", "it")
    strikes = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert strikes and all(e.actor1 == "Military Forces of Russia" for e in strikes)


def test_one_strike_per_place_and_sentence():
    doc = read("Un missile ha colpito Kharkiv durante gli attacchi aerei della notte.", "it")
    strikes = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(strikes) == 1
