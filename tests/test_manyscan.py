"""PatternSet: many regexes scanned in one pass give each regex exactly its own matches."""

from __future__ import annotations

import re

import pytest

from frontwatch.stages._manyscan import PatternSet
from frontwatch.stages.timex import _lexicon

TEXTS = [
    "Il 12 marzo 2023, e poi lunedì 6 maggio, nelle ultime due settimane: dal 3 al 5 marzo.",
    "On Monday, March 3, 2024 and from the 3rd to the 5th of May; two weeks ago, last night.",
    "Thursday's strike; ever since 2014, in early June, 3/4/2024 and 07.02.23; in recent days.",
    "L'altro ieri, l’altro ieri e stamattina; DOMANI, Ieri; nell'estate scorsa.",
    "",
    "no date at all here, only words and 12 numbers 345",
]


def _each(patterns: list[re.Pattern[str]], text: str, start: int = 0, end: int | None = None):
    end = len(text) if end is None else end
    return [(k, m.span(), m.groupdict()) for k, p in enumerate(patterns) for m in p.finditer(text, start, end)]


def _together(patterns: list[re.Pattern[str]], text: str, start: int = 0, end: int | None = None):
    return [(k, m.span(), m.groupdict()) for k, m in PatternSet(patterns).finditer(text, start, end)]


@pytest.mark.parametrize("language", ["it", "en"])
@pytest.mark.parametrize("text", TEXTS)
def test_time_templates_match_as_each_alone(language: str, text: str) -> None:
    patterns = [rx for _, rx in _lexicon(language).patterns]
    assert PatternSet(patterns).filter is not None  # the one-pass scan is what runs
    assert _together(patterns, text) == _each(patterns, text)
    if text:  # a window inside the text: look-behinds still see the characters before it
        assert _together(patterns, text, 3, len(text) - 2) == _each(patterns, text, 3, len(text) - 2)


def test_overlapping_matches_of_different_patterns_are_all_kept() -> None:
    patterns = [re.compile(r"(?<!\w)ab+", re.I), re.compile(r"(?<!\w)a", re.I), re.compile(r"b+(?P<x>c)", re.I)]
    text = "abbc ABC a xbc abbbbc"
    assert _together(patterns, text) == _each(patterns, text)
    assert len(_each(patterns, text)) == 11


def test_a_pattern_resumes_after_its_own_match_only() -> None:
    # "aaa": the first pattern takes "aa" then "a"; the second sees every "a" on its own
    patterns = [re.compile("aa?"), re.compile("a")]
    assert _together(patterns, "aaa") == _each(patterns, "aaa")


@pytest.mark.parametrize("patterns", [
    [re.compile("a", re.I), re.compile("b")],  # mixed flags
    [re.compile(r"(a)\1"), re.compile("b")],  # a numbered back-reference
    [re.compile("a*"), re.compile("b")],  # may match the empty string
])
def test_patterns_that_cannot_share_a_filter_are_scanned_one_by_one(patterns) -> None:
    assert PatternSet(patterns).filter is None
    assert _together(patterns, "aab baa ab") == _each(patterns, "aab baa ab")


def test_named_back_references_stay_with_their_pattern() -> None:
    patterns = [re.compile(r"(?P<d>\d)-(?P=d)"), re.compile(r"(?P<d>\d)\+(?P=d)")]
    text = "1-1 2-3 4+4 5+6"
    assert PatternSet(patterns).filter is not None
    assert _together(patterns, text) == _each(patterns, text) == [
        (0, (0, 3), {"d": "1"}), (1, (8, 11), {"d": "4"})]


def test_an_opening_assertion_is_shared_only_when_every_pattern_is_a_sequence() -> None:
    shared = [re.compile(r"(?<!\w)ab"), re.compile(r"(?<!\w)cd")]
    assert PatternSet(shared).filter.pattern.startswith(r"(?<!\w)(?=")
    # "(?<!\w)a|b" is "(?<!\w)a" or "b": its opening binds only the first branch
    branching = [re.compile(r"(?<!\w)a|b"), re.compile(r"(?<!\w)cd")]
    assert not PatternSet(branching).filter.pattern.startswith(r"(?<!\w)(?=")
    assert _together(branching, "xb cd ab") == _each(branching, "xb cd ab")


def test_the_text_a_pattern_must_hold_is_searched_with_its_own_flags():
    import re

    from frontwatch.stages._manyscan import required_text

    rx = re.compile(r"(?:(?P<dem>russian|ukrainian)\s+)?(?:ministry of defen[cs]e|defen[cs]e ministry)(?!\w)", re.I)
    needed = required_text(rx)
    for text in ("The Russian Ministry of Defence said", "the defense ministry", "MINISTRY OF DEFENSE", "no such body"):
        assert (needed.search(text) is not None) >= (rx.search(text) is not None)
    assert needed.search("no such body") is None
    assert required_text(re.compile(r"(?:a|bc)?\d+")) is None  # nothing of four letters a match must hold
    assert required_text(re.compile(r"stato maggiore(?: generale)?")).pattern == r"stato\ maggiore"
