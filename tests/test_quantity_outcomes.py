"""The dead and the wounded: what befell the people a quantity counts, in both languages and
in headlines without verbs; qualifiers kept. Sentences written for the test."""

import pytest

from frontwatch.document import Document
from frontwatch.stages.quantities import Quantities
from frontwatch.stages.timex import Time


def counts(language: str, text: str) -> set[tuple[float, str | None, str, str | None]]:
    doc = Document(id="t", text=text, language=language, published="2024-03-02")
    Time()(doc)
    Quantities()(doc)
    return {(q.value, q.unit, q.qualifier, q.outcome) for q in doc.quantities}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Shelling of the market: two dead, five injured", {(2, "death", "exact", "dead"),
                                                              (5, "injured", "exact", "injured")}),
    ("it", "Raid sul porto: 3 morti e 12 feriti", {(3, "death", "exact", "dead"), (12, "injured", "exact", "injured")}),
    ("en", "At least nine people were killed and more than 20 were wounded overnight.",
     {(9, "person", "more_than", "dead"), (20, None, "more_than", None)}),
    ("en", "Up to 15 soldiers were injured when the depot was hit.", {(15, "injured", "up_to", "injured")}),
    ("en", "Two people died and five people were injured in the strike.",
     {(2, "person", "exact", "dead"), (5, "injured", "exact", "injured")}),
    ("en", "The missile killed three civilians, injuring 12 people.",
     {(3, "civilian", "exact", "dead"), (12, "injured", "exact", "injured")}),
    ("it", "Almeno nove persone sono state uccise e circa 30 ferite.",
     {(9, "person", "more_than", "dead"), (30, "injured", "about", "injured")}),
    ("it", "Il drone ha ucciso 4 persone, ferendo 10 civili.",
     {(4, "person", "exact", "dead"), (10, "injured", "exact", "injured")}),
    ("it", "Circa 20 persone sono rimaste ferite nel bombardamento.", {(20, "injured", "about", "injured")}),
    ("en", "The army launched 40 drones overnight.", {(40, "drone", "exact", None)}),
])
def test_the_wounded_are_never_the_dead(language, text, expected):
    got = counts(language, text)
    for value, unit, qualifier, outcome in expected:
        if unit is None:
            continue  # a bare number counts nothing we know: not asserted
        assert (float(value), unit, qualifier, outcome) in got, got
    assert not any(o == "dead" and u == "injured" for _, u, _, o in got)
