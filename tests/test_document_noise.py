"""``Document.all_noise`` answers what the per-character test it replaces answered."""

import random

from frontwatch.document import Document, Span


def _per_character(doc: Document, start: int, end: int) -> bool:
    return doc.is_noise(start, end) and all(
        doc.is_noise(i, i + 1) for i in range(start, end) if not doc.text[i].isspace()
    )


def test_all_noise_is_the_per_character_test():
    rng = random.Random(11)
    for _ in range(400):
        text = "".join(rng.choice("ab  \n") for _ in range(rng.randint(0, 30)))
        spans = []
        for _ in range(rng.randint(0, 4)):
            s = rng.randint(0, len(text))
            spans.append(Span(s, min(len(text), s + rng.randint(0, 8))))
        doc = Document(id="d", text=text, noise=spans)
        for _ in range(10):
            s = rng.randint(0, len(text))
            e = rng.randint(s, len(text))
            assert doc.all_noise(s, e) == _per_character(doc, s, e), (text, spans, s, e)


def test_a_line_of_noise_and_a_line_with_words_outside_it():
    doc = Document(id="d", text="Share this  \nTroops advanced", noise=[Span(0, 10)])
    assert doc.all_noise(0, 12)
    assert not doc.all_noise(0, 20)
    assert not doc.all_noise(13, 28)
