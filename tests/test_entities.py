"""The entities stage on sentences written for these tests (rule layers only, so they run fast)."""

from __future__ import annotations

import pytest

from frontwatch.document import Document, Paragraph
from frontwatch.stages.entities import Entities
from frontwatch.stages.entities._canonical import alias_table, fold_name


def run(text: str, lang: str) -> Document:
    doc = Document(id="t", text=text, language=lang)
    doc.paragraphs = [Paragraph(0, len(text), lang)]
    Entities(use_ner=False)(doc)
    return doc


def find(doc: Document, surface: str, nth: int = 0):
    hits = [e for e in doc.entities if e.text == surface]
    assert len(hits) > nth, f"{surface!r} not found in {[e.text for e in doc.entities]}"
    return hits[nth]


def test_offsets_point_at_the_mention():
    doc = run("Ieri l’Ucraina ha colpito Belgorod con droni; il Cremlino tace.", "it")
    assert doc.entities
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text


@pytest.mark.parametrize(
    ("text", "lang", "surface", "metonym"),
    [
        ("Secondo fonti vicine al governo, Mosca avrebbe richiamato il suo ambasciatore.", "it", "Mosca", True),
        ("Un drone è caduto in un quartiere di Mosca durante la notte.", "it", "Mosca", False),
        ("La Polonia ha chiuso un valico di frontiera.", "it", "Polonia", True),
        ("I camion sono passati attraverso la Polonia senza controlli.", "it", "Polonia", False),
        ("Nuovi raid contro l'Ucraina orientale sono stati segnalati all'alba.", "it", "Ucraina", False),
        ("Il premier è atterrato a Kiev per una visita a sorpresa.", "it", "Kiev", False),
        ("Il portavoce del Cremlino non ha commentato.", "it", "Cremlino", True),
        ("Washington announced a new package of artillery shells.", "en", "Washington", True),
        ("The convoy drove back to Russia before dawn.", "en", "Russia", False),
        ("Observers noted Russia's refusal to negotiate.", "en", "Russia", True),
        ("Shelling continued in eastern Ukraine over the weekend.", "en", "Ukraine", False),
    ],
)
def test_metonym_or_territory(text, lang, surface, metonym):
    e = find(run(text, lang), surface)
    assert e.metonym is metonym
    assert e.label == ("ORG" if metonym else "LOC")
    if metonym:
        assert e.canonical.startswith("Government of")


def test_metonym_canonical_is_the_government():
    doc = run("Il Cremlino ha risposto, poi anche Mosca ha confermato che la Russia non cederà.", "it")
    assert {e.canonical for e in doc.entities} == {"Government of Russia"}


def test_spelling_variants_meet_in_one_canonical():
    doc = run("Scontri a Kupyansk e a Kup'iansk; più a sud Izyum e Izjum, poi Kharkov e Kharkiv.", "it")
    by_text = {e.text: e.canonical for e in doc.entities}
    assert by_text["Kupyansk"] == by_text["Kup'iansk"] == "Kupiansk"
    assert by_text["Izyum"] == by_text["Izjum"] == "Izium"
    assert by_text["Kharkov"] == by_text["Kharkiv"] == "Kharkiv"


def test_fold_name_bridges_romanisations():
    assert fold_name("Zelenskyy") == fold_name("Zelenskij") == fold_name("Zelensky")
    assert fold_name("Shoigu") == fold_name("Shoygu")
    assert fold_name("Synegubov") == fold_name("Syniehubov")
    assert fold_name("Kupyansk") != fold_name("Kramatorsk")


def test_unlisted_spelling_found_by_folding():
    # "Zelenskij" with this first name is not an alias in the table: folding must find it
    assert alias_table().lookup("Volodymyr Zelenskij").canonical == "Volodymyr Zelensky"


def test_surname_linked_to_full_name_met_earlier():
    doc = run("Ha parlato il sindaco Hryhorii Bondarenko. Più tardi Bondarenko ha smentito la notizia.", "it")
    assert find(doc, "Hryhorii Bondarenko").label == "PER"
    later = find(doc, "Bondarenko")
    assert later.label == "PER"
    assert later.canonical == "Hryhorii Bondarenko"


def test_known_surname_alone():
    doc = run("Zelenskyy ha incontrato Shoygu? No: Shoigu era a Mosca.", "it")
    assert find(doc, "Zelenskyy").canonical == "Volodymyr Zelensky"
    assert find(doc, "Shoygu").canonical == find(doc, "Shoigu").canonical == "Sergei Shoigu"


def test_weapons_and_media():
    doc = run(
        "Secondo la Tass, due lanciatori Himars e un sistema S-400 sono stati colpiti; "
        "il video è circolato su Telegram.",
        "it",
    )
    assert find(doc, "Himars").label == "WEAPON" and find(doc, "Himars").canonical == "HIMARS"
    assert find(doc, "S-400").label == "WEAPON"
    assert find(doc, "Tass").label == "ORG" and find(doc, "Tass").canonical == "TASS"
    assert find(doc, "Telegram").label == "ORG"


def test_ministry_with_place_is_one_organisation():
    doc = run("Il ministero della Difesa di Mosca ha diffuso un bollettino.", "it")
    e = find(doc, "ministero della Difesa di Mosca")
    assert e.label == "ORG" and e.canonical == "Ministry of Defence of Russia"
    assert not any(x.text == "Mosca" for x in doc.entities)


def test_general_staff_keeps_its_country_when_repeated():
    doc = run(
        "Lo Stato maggiore ucraino riferisce di 40 scontri. In serata lo stato maggiore ha aggiornato i dati.", "it"
    )
    assert [e.canonical for e in doc.entities] == ["General Staff of Ukraine", "General Staff of Ukraine"]


def test_not_a_general_staff():
    doc = run("Il bilancio è stato maggiore del previsto.", "it")
    assert doc.entities == []


def test_english_ministry_with_possessive():
    doc = run("Ukraine's Defence Ministry said the Russian Defense Ministry lied.", "en")
    assert [e.canonical for e in doc.entities] == ["Ministry of Defence of Ukraine", "Ministry of Defence of Russia"]


def test_titles_are_evidence_not_span():
    doc = run("Lo ha detto il presidente ucraino Volodymyr Zelensky ai giornalisti.", "it")
    e = find(doc, "Volodymyr Zelensky")
    assert e.label == "PER" and e.qid == "Q3874799"


def test_noise_is_skipped():
    from frontwatch.document import Span

    text = "Kiev resiste. Leggi anche: Putin e Trump al telefono"
    doc = Document(id="t", text=text, language="it", noise=[Span(14, len(text), "related")])
    doc.paragraphs = [Paragraph(0, len(text), "it")]
    Entities(use_ner=False)(doc)
    assert [e.text for e in doc.entities] == ["Kiev"]


def test_entities_come_from_the_readers_encoder_pass(monkeypatch):
    """In the accurate profile the reading stage's e5 pass already tagged the Italian names:
    the entities stage takes them instead of encoding the article a second time."""
    from frontwatch.document import Sentence
    from frontwatch.reader.types import Mention, Reading
    from frontwatch.stages.entities import entities as stage

    class Recorder:  # stands for the e5 recognizer; records what it is asked to encode
        def __init__(self) -> None:
            self.calls: list[list[tuple[int, int]]] = []

        def predict(self, text: str, segs: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
            self.calls.append(segs)
            return []

    rec = Recorder()
    monkeypatch.setattr(stage, "_recognizer", lambda profile, lang: rec)
    text = "Ieri Gianluca Ferretti ha incontrato i sindaci. Poi è ripartito."
    doc = Document(id="r", text=text, language="it")
    doc.paragraphs = [Paragraph(0, len(text), "it")]
    doc.sentences = [Sentence(0, 47), Sentence(48, len(text))]
    doc.readings = [Reading([], [], [], [Mention(5, 22, "ORG")]), Reading([], [], [], [])]
    Entities(profile="accurate")(doc)
    assert [(e.text, e.label) for e in doc.entities] == [("Gianluca Ferretti", "ORG")]
    assert rec.calls == []

    doc.readings[1] = Reading([], [], [], None)  # a sentence the reader did not tag: the NER reads the language
    Entities(profile="accurate")(doc)
    assert len(rec.calls) == 1


def test_a_batch_reads_the_readers_spans_once_per_article_and_finds_what_one_at_a_time_finds(monkeypatch):
    """``batch`` reads the reader's entity spans of each article once; ``__call__`` then takes
    them from the batch instead of reading them again, and finds the same entities."""
    from frontwatch.document import Sentence
    from frontwatch.reader.types import Mention, Reading
    from frontwatch.stages.entities import entities as stage

    class Recorder:  # stands for a recognizer: tags nothing
        def predict(self, text: str, segs: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
            return []

    monkeypatch.setattr(stage, "_recognizer", lambda profile, lang: Recorder())
    reads = []
    real = stage._reader_spans
    monkeypatch.setattr(stage, "_reader_spans", lambda doc, *a: reads.append(doc.id) or real(doc, *a))

    def article(n: str) -> Document:
        text = "Ieri Gianluca Ferretti ha incontrato i sindaci. Poi è ripartito."
        doc = Document(id=n, text=text, language="it")
        doc.paragraphs = [Paragraph(0, len(text), "it")]
        doc.sentences = [Sentence(0, 47), Sentence(48, len(text))]
        doc.readings = [Reading([], [], [], [Mention(5, 22, "ORG")]), Reading([], [], [], [])]
        return doc

    alone = article("alone")
    Entities(profile="accurate")(alone)
    docs = [article("a"), article("b")]
    ents = Entities(profile="accurate")
    ents.batch(docs)
    for doc in docs:
        ents(doc)
    assert reads == ["alone", "a", "b"]
    assert [[(e.start, e.end, e.label) for e in d.entities] for d in docs] == [
        [(e.start, e.end, e.label) for e in alone.entities]] * 2 == [[(5, 22, "ORG")]] * 2


def test_the_recognizer_reads_the_apostrophes_as_written_alone_or_in_a_batch(monkeypatch):
    """An article read alone and the same article read in a batch give the recognizer the
    same text, its apostrophes as written: a model tags "Dunn’s Garage" and "Dunn's Garage"
    differently, and an article's entities must not depend on which path read it."""
    from frontwatch.document import Sentence
    from frontwatch.stages.entities import entities as stage

    given: list[str] = []

    class Recorder:  # stands for a recognizer: notes what it reads, tags the garage when curly
        def predict(self, text: str, segs: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
            given.append(text)
            at = text.find("Dunn’s Garage")
            return [(at, at + len("Dunn’s Garage"), "ORG")] if at >= 0 else []

    monkeypatch.setattr(stage, "_recognizer", lambda profile, lang: Recorder())

    def article(n: str) -> Document:
        text = "Vandals sprayed paint on Dunn’s Garage overnight. Police are looking for them."
        doc = Document(id=n, text=text, language="en")
        doc.paragraphs = [Paragraph(0, len(text), "en")]
        doc.sentences = [Sentence(0, 49), Sentence(50, len(text))]
        return doc

    alone = article("alone")
    Entities(profile="fast")(alone)
    batched = article("batched")
    ents = Entities(profile="fast")
    ents.batch([batched])
    ents(batched)
    assert given[0] == given[1] == alone.text
    assert [(e.text, e.label) for e in alone.entities] == [(e.text, e.label) for e in batched.entities]
    assert ("Dunn’s Garage", "ORG") in [(e.text, e.label) for e in alone.entities]
