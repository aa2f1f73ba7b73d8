"""The sentence-case view of Title Case and all-capitals headlines (sentences written for
these tests): same length as the text, names kept, dictionary words lower-cased, prose
untouched."""

from __future__ import annotations

import pytest

from frontwatch.casing import cased_text, sentence_case
from frontwatch.document import Document, Paragraph
from frontwatch.stages.sentences import Sentences

TITLED = [
    ("Russian Artillery Pounds Kharkiv, Three Killed", "Russian artillery pounds Kharkiv, three killed"),
    ("Ukrainian Forces Shell Horlivka, Two Civilians Killed", "Ukrainian forces shell Horlivka, two civilians killed"),
    ("Drones Hit Power Plant Near Kyiv", "Drones hit power plant near Kyiv"),
    ("General Staff Of The Armed Forces Of Ukraine Reports Heavy Fighting",
     "General Staff of the Armed Forces of Ukraine reports heavy fighting"),
    ("A NURSE WAS KILLED IN ODESA REGION BY A DRONE", "A nurse was killed in Odesa region by a drone"),
]


@pytest.mark.parametrize(("titled", "prose"), TITLED)
def test_title_case_headline_reads_as_prose(titled, prose):
    out = sentence_case(titled, "en")
    assert out == prose
    assert len(out) == len(titled)


@pytest.mark.parametrize("prose", [
    "Russian forces shelled Kharkiv overnight, killing three people.",
    "The Armed Forces of Ukraine hit a depot of the National Guard in Kherson.",
    "Zelensky met Macron in Paris.",
])
def test_prose_is_left_as_it_is(prose):
    assert sentence_case(prose, "en") == prose


def test_short_unknown_capitals_stay_as_acronyms():
    assert sentence_case("UAF DESTROYED TWO BMP NEAR KUPIANSK", "en") == "UAF destroyed two BMP near Kupiansk"


def test_the_document_view_keeps_offsets_and_other_sentences():
    text = "Russian Artillery Pounds Kharkiv, Three Killed. The mayor said the strike hit a school."
    doc = Document(id="t", text=text, language="en")
    doc.paragraphs = [Paragraph(0, len(text), "en")]
    Sentences()(doc)
    view = cased_text(doc)
    assert len(view) == len(text)
    assert view.startswith("Russian artillery pounds Kharkiv, three killed.")
    assert view.endswith(text[text.index("The mayor"):])
