"""Second chances for names the gazetteer lacks: the place inside a longer name, and
adjectives of place rewritten into the place's name (geo/fallback.py)."""

from pathlib import Path

from frontwatch.geo.fallback import NameParts
from frontwatch.geo.resolver import Mention, Resolver

FIXTURE = Path(__file__).parent / "fixtures" / "geonames"


def test_parts_leave_out_only_generic_or_lowercase_words():
    parts = NameParts(generic={"city", "council", "university", "national"})
    assert parts.parts("University of Lviv") == [["Lviv"]]
    assert parts.parts("Lviv City Council") == [["Lviv City"], ["Lviv"]]
    # a two-word proper name is not a place called by its second word
    assert parts.parts("Wolf Creek") == []
    # nothing but generic words: no run at all
    assert parts.parts("National City Council") == []


def test_demonym_forms_follow_the_endings_in_order():
    parts = NameParts(endings=[("ian", "ia"), ("ish", "istan"), ("an", "a")])
    assert parts.demonym_forms("Mongolian") == ["Mongolia"]  # two endings, one form
    assert parts.demonym_forms("Kurdish")[0] == "Kurdistan"
    assert parts.demonym_forms("Central African") == ["Central Africa"]
    assert parts.demonym_forms("lowercase") == []


def test_the_place_inside_an_organisation_name(gazetteer):
    with_parts = Resolver(gazetteer, name_parts=NameParts.load())
    uni, council, unknown = with_parts.resolve(
        [Mention("Kharkiv National University"), Mention("Izyum City Council"), Mention("Qwerty Council")])
    assert uni is not None and uni.name == "Kharkiv" and uni.precision == "city"
    assert council is not None and council.name == "Izyum"
    assert unknown is None
    # without the fallback the same names stay unresolved
    assert Resolver(gazetteer).resolve([Mention("Kharkiv National University")]) == [None]


def test_a_cue_keeps_the_fallback_out(gazetteer):
    # «stadio …» asks for a feature: the town inside the name is not what was asked for
    r = Resolver(gazetteer, name_parts=NameParts.load())
    assert r.resolve([Mention("Izyum Arena", cue="feature")]) == [None]
