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
