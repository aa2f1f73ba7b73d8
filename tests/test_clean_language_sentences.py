from __future__ import annotations

from frontwatch.document import Document
from frontwatch.stages.clean import Clean
from frontwatch.stages.language import Language
from frontwatch.stages.sentences import Sentences


def _doc(text: str) -> Document:
    d = Document(id="t", text=text)
    for stage in (Clean(), Language(), Sentences()):
        stage(d)
    return d


def test_noise_is_marked_not_removed():
    text = ("Il convoglio è arrivato al confine nella serata di ieri. pic.twitter.com/AbC123xyz\n"
            "– Mario Rossi (@mrossi_news) 4 aprile 2024\n"
            "Le autorità locali hanno confermato l'arrivo.\nToday")
    d = _doc(text)
    assert d.text == text
    marked = [text[n.start:n.end] for n in d.noise]
    assert "pic.twitter.com/AbC123xyz" in marked
    assert any(m.startswith("– Mario Rossi (@mrossi_news)") for m in marked)
    assert "Today" in marked
    assert not d.is_noise(0, 20)


def test_language_per_article_and_paragraph():
    it = "Le forze armate hanno respinto un attacco vicino alla città durante la notte, secondo il comando."
    en = "The armed forces repelled an attack near the town during the night, according to the command."
    d = _doc(f"{it}\n{en}\n{it}")
    assert d.language == "it"
    assert [p.language for p in d.paragraphs] == ["it", "en", "it"]
    assert _doc("Ceci est un article écrit en français sur la guerre et la diplomatie européenne.").language == "fr"


def test_sentences_keep_abbreviations_quotes_and_lines():
    text = ("Il gen. Rossi ha parlato con il sig. Bianchi a Roma. Poi è partito.\n"
            "Mr. Smith said: “We will see. Nothing is decided.” The talks ended.\n"
            "Titolo senza punto")
    d = _doc(text)
    got = [text[s.start:s.end] for s in d.sentences]
    assert got == [
        "Il gen. Rossi ha parlato con il sig. Bianchi a Roma.",
        "Poi è partito.",
        "Mr. Smith said: “We will see. Nothing is decided.”",
        "The talks ended.",
        "Titolo senza punto",
    ]


def test_initials_do_not_split():
    text = "Ieri V. Zelensky ha incontrato i ministri. Oggi parte."
    d = _doc(text)
    assert [text[s.start:s.end] for s in d.sentences] == ["Ieri V. Zelensky ha incontrato i ministri.", "Oggi parte."]


def test_a_footnote_line_of_links_is_noise_a_footnote_with_prose_is_not():
    """A report's source list ("[4] https://…", "[5] example.org/…") holds no prose: no stage
    should read it. A note that says something after its mark stays text."""
    text = ("The brigade reported heavy losses near the river crossing.[4]\n"
            "[4] https://example dot org/news/2024/05/report-on-the-crossing.html; https://t.me/example/77\n"
            "[5] example.org/posts/12345; https://example dot net/a/b\n"
            "[6] The regional command said on 3 May that the crossing had been repaired.\n")
    d = _doc(text)
    marked = [text[n.start:n.end] for n in d.noise]
    assert any(m.startswith("[4] https://example dot org") for m in marked)
    assert any(m.startswith("[5] example.org/posts") for m in marked)
    assert not d.is_noise(text.index("[6]"), text.index("[6]") + 20)
    assert not d.is_noise(0, 30)
