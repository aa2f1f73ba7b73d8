"""Lemmas from the tries on disk are simplemma's own."""

import simplemma

from frontwatch import lemmas

WORDS = {"it": ["bombardamenti", "colpito", "nato", "Alessandria", "villaggi", "xqzw"],
         "en": ["shelled", "villages", "reading", "alexandria", "fought", "xqzw"]}


def test_lemmas_and_known_words_are_simplemma_s() -> None:
    for lang, words in WORDS.items():
        for w in words:
            assert lemmas.lemmatize(w, lang) == simplemma.lemmatize(w, lang=lang)
            assert lemmas.is_known(w.lower(), lang) == simplemma.is_known(w.lower(), lang=lang)
    assert lemmas.lemmatize("colpito", "it") == "colpire"
    assert not lemmas.is_known("xqzw", "en")
