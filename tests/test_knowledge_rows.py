"""One row per piece of knowledge a newcomer adds (see ARCHITECTURE.md, "Adding knowledge"):
a language, a weapon, an event sub-type. Each row is a sentence written for these tests."""

from __future__ import annotations

import pytest
from test_entities import find, run
from test_events import prepare
from test_events_assembly import assemble

from frontwatch import resources
from frontwatch.document import Document
from frontwatch.pipeline import Pipeline, build_stages

# a language: lang/<code>/ holds its files, data/languages.json lists it for detection
# (language, a news sentence in it, a date expression in that sentence, its resolved value)
LANGUAGE_ROWS = [
    ("it", "Ieri le forze russe hanno colpito un deposito di carburante nella regione di Kharkiv, "
           "secondo il governatore.", "Ieri", "2024-05-09"),
    ("en", "Yesterday Russian forces struck a fuel depot in the Kharkiv region, the governor said.",
     "Yesterday", "2024-05-09"),
]


@pytest.mark.parametrize(("language", "text", "when", "value"), LANGUAGE_ROWS)
def test_a_language_is_detected_split_and_read_for_dates(language, text, when, value):
    assert language in resources.languages()
    doc = Document(id="row", text=text, published="2024-05-10")
    Pipeline(build_stages(("clean", "language", "sentences", "time")))(doc)
    assert doc.language == language and len(doc.sentences) == 1
    assert [(t.text, t.value) for t in doc.timexes] == [(when, value)]


# a weapon: an entry with label WEAPON in data/entities.json (its aliases in every spelling)
# (language, sentence, the mention, its canonical name)
WEAPON_ROWS = [
    ("it", "Secondo la Tass, due lanciatori Himars sono stati distrutti.", "Himars", "HIMARS"),
    ("en", "Ukraine fired Storm Shadow missiles at the port.", "Storm Shadow", "Storm Shadow"),
    ("en", "A Kinzhal was shot down over the capital.", "Kinzhal", "Kinzhal"),
    ("it", "Una bomba planante FAB-1500 ha distrutto il municipio.", "FAB-1500", "FAB-1500"),
]


@pytest.mark.parametrize(("language", "text", "surface", "canonical"), WEAPON_ROWS)
def test_a_weapon_is_named_as_one(language, text, surface, canonical):
    e = find(run(text, language), surface)
    assert (e.label, e.canonical) == ("WEAPON", canonical)


# an event sub-type: its name under its type in data/acled.json "types", and its recipe (which
# slots the events stage fills) under "recipes". The reader proposes the sub-types it learned
# from training examples (training/data/events); a sub-type it never learned is a recipe that
# "refines" a learned one with "cues" from lang/<code>/events.json (stages/events/_refine.py).
# (language, sentence, the trigger, the sub-type the reader proposes, the sub-type, its event type)
SUB_TYPE_ROWS = [
    ("en", "Kherson was shelled by Russian forces overnight.", "shelled", "Shelling/artillery/missile attack",
     "Shelling/artillery/missile attack", "Explosions/Remote violence"),
    ("it", "Le forze russe hanno bombardato Avdiivka.", "bombardato", "Shelling/artillery/missile attack",
     "Shelling/artillery/missile attack", "Explosions/Remote violence"),
    ("en", "Ukrainian troops clashed with Russian forces near Kherson.", "clashed", "Armed clash", "Armed clash",
     "Battles"),
]


@pytest.mark.parametrize(("language", "text", "trigger", "proposed", "sub_type", "event_type"), SUB_TYPE_ROWS)
def test_a_sub_type_assembles_into_its_event(language, text, trigger, proposed, sub_type, event_type):
    doc = assemble(prepare(text, language), [(trigger, proposed)])
    assert doc.events, "no event assembled"
    e = doc.events[0]
    assert (e.event_type, e.sub_event_type) == (event_type, sub_type)
    assert doc.text[e.trigger.start : e.trigger.end] == trigger
