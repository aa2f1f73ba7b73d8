"""The benchmarks' kinds of mention beyond our toponyms, on phrases written for the test
(real gazetteer: the packaged GeoNames data)."""

import pytest

from frontwatch.document import Entity
from frontwatch.eval.benchmark_mentions import BenchmarkReader
from frontwatch.geo import get_gazetteer
from frontwatch.geo.fallback import NameParts
from frontwatch.geo.resolver import Resolver


@pytest.fixture(scope="module")
def reader():
    gaz = get_gazetteer()
    return BenchmarkReader(gaz, Resolver(gaz, demonyms=True, name_parts=NameParts.load(("en",))))


def org(text: str, label: str = "ORG") -> Entity:
    return Entity(start=0, end=len(text), text=text, label=label)


def test_adjectives_of_place_but_not_peoples(reader):
    text = "Russian officials met Sri Lankan envoys while Canadians waited."
    found = [w for _, _, w in reader.adjectives_of_place(text, [])]
    assert found == ["Russian", "Sri Lankan"]


def test_a_place_inside_an_organisation_name(reader):
    assert reader.place_inside(org("Kharkiv City Council"), set(), set())[2] == "Kharkiv"
    assert reader.place_inside(org("the Texas Department of Transportation"), set(), set())[2] == "Texas"


def test_firms_streets_and_words_are_not_places(reader):
    assert reader.place_inside(org("Stevens & Wilkinson"), {"Wilkinson"}, {"US"}) is None
    assert reader.place_inside(org("Kharkiv Street", "LOC"), set(), set()) is None
    assert reader.place_inside(org("Supreme Court"), set(), {"US"}) is None
    assert not reader.is_place_name("ER", set(), {"US"})
