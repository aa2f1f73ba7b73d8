"""The language stage's letter count: the letters a paragraph must hold to be detected alone."""

from __future__ import annotations

import pytest

from frontwatch.stages.language import _LETTER, detect, letter_count


@pytest.mark.parametrize("text", [
    "", "123 456", "L'attacco è avvenuto il 12 marzo.", "Ущерб — 5 км²; ½ of it",
    "snake_case and 3rd", "Ἀθῆναι, İstanbul",
])
def test_letter_count_counts_what_the_letter_pattern_finds(text: str) -> None:
    assert letter_count(text) == len(_LETTER.findall(text))


def test_a_text_detected_again_gets_the_same_answer() -> None:
    text = "Le truppe russe hanno bombardato la città durante la notte, secondo il sindaco."
    assert detect(text) == detect(text) == "it"
    assert detect("1234 — 5678") is None


def test_long_texts_and_first_class_languages_never_need_the_full_models() -> None:
    """The quick mode reads them; the full models (200 MB, 2.6 s to load) wait for a short
    text in another language."""
    from frontwatch.stages.language import _detector

    detect.cache_clear()
    _detector.cache_clear()
    assert detect("Nella notte i droni hanno colpito un deposito di carburante vicino al porto, "
                  "ha riferito il governatore della regione.") == "it"
    assert detect("Two villages on the river changed hands twice in a week, "
                  "the brigade's officers told reporters.") == "en"
    assert detect("Les forces ont repris le contrôle du pont après deux jours de combats acharnés dans la vallée, "
                  "puis elles ont avancé vers le nord sans rencontrer de résistance.") == "fr"
    assert _detector.cache_info().currsize == 1  # only the quick detector was built
    assert detect("Der Angriff begann am Morgen.") == "de"  # under 60 letters: the full models decide
    assert _detector.cache_info().currsize == 2
