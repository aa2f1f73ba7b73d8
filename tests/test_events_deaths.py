"""A death told without its act: when the reader proposes no trigger, the death word is the
event and the sentence's words say its cause. Readings are empty, as the reader would leave
them on these sentences (written for these tests); what is tested is the events stage."""

from __future__ import annotations

from test_events import prepare
from test_events_assembly import assemble


def events(text: str, language: str = "en", quantities=()) -> list:
    return assemble(prepare(text, language, quantities=quantities)).events


def test_killed_with_no_act_is_an_event_at_the_place():
    evs = events("A railway worker was killed in Pokrovsk on Sunday.")
    assert [(e.sub_event_type, e.location.name) for e in evs] == [("Attack", "Pokrovsk")]
    assert evs[0].actor2 and evs[0].actor2.startswith("Civilians")


def test_cause_word_chooses_the_sub_type():
    assert events("Two men died in an explosion of a mine near Avdiivka.")[0].sub_event_type \
        == "Remote explosive/landmine/IED"
    assert events("The body of a pensioner was found under the rubble in Kostiantynivka.")[0].sub_event_type \
        == "Shelling/artillery/missile attack"
    assert events("A border guard was killed in Sumy during fighting.")[0].sub_event_type == "Armed clash"


def test_a_soldier_killed_without_cause_is_a_clash():
    evs = events("A Ukrainian sergeant was killed near Kharkiv.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_died_needs_a_cause_or_the_war():
    assert events("The painter died in Kharkiv at the age of 93.") == []
    assert [e.sub_event_type for e in events("A volunteer died at the front near Avdiivka.")] == ["Armed clash"]


def test_a_denied_death_is_no_event():
    assert events("No one was killed when the roof of a shop in Sumy collapsed.") == []


def test_a_count_of_dead_is_a_death():
    text = "Convoy ambushed outside Kharkiv: seven dead"
    evs = events(text, quantities=[("seven dead", 7, "death")])
    assert [(e.sub_event_type, e.location.name, e.fatalities) for e in evs] == [("Armed clash", "Kharkiv", 7)]


def test_italian_death_reports():
    evs = events("Un giornalista è stato ucciso a Kherson.", "it")
    assert [(e.sub_event_type, e.location.name) for e in evs] == [("Attack", "Kherson")]
    assert events("Il poeta è morto a Kharkiv a 90 anni.", "it") == []
    assert events("Nessuno è stato ucciso a Sumy.", "it") == []


def test_a_reader_trigger_wins_over_the_death_word():
    from test_events_assembly import SHELLING

    doc = assemble(prepare("Russian forces shelled Kherson, killing a woman.", "en"), [("shelled", SHELLING)])
    assert [e.sub_event_type for e in doc.events] == [SHELLING]
