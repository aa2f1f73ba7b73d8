"""Who a report says its words come from: the source cues the events, genre and attribution
stages share, in one place.

Two kinds of cue, both read here and nowhere else:

* the reader's: the spans it marked as a sentence's source (``Cue.kind == "source"``,
  «secondo fonti di Kiev», "Ukraine's General Staff said"), which name who speaks, not who acts;
* the language's: ``lang/<code>/attribution.json``, the words that introduce a source
  («secondo», "according to"), speech verbs, source nouns, platforms, and the verb endings that
  mark reported or future speech, read through one checked loader.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import resources
from ..reader.types import Reading
from ..tokens import Pattern, compile_patterns


@dataclass(frozen=True)
class AttributionCues:
    """``lang/<code>/attribution.json``."""

    source_follows: tuple[str, ...] = ()  # «secondo», "according to": a source is named next
    articles: tuple[str, ...] = ()  # "the", «il»: may stand between a separator and the source after it
    report_frames: tuple[str, ...] = ()  # "According to X, …" at a sentence's head: X's report goes on
    speech_verbs: tuple[str, ...] = ()  # «dichiarare», "said": someone's words are reported
    anaphoric_openers: tuple[str, ...] = ()  # «Lo ha reso noto…»: a sentence pointing back
    conditional_endings: tuple[str, ...] = ()  # «avrebbe»: the verb's mood says alleged
    future_endings: tuple[str, ...] = ()  # «incontrerà»: planned
    future_exceptions: tuple[str, ...] = ()  # «città»: words that end so and are no future
    platforms: tuple[str, ...] = ()  # where words are posted, not who posts them
    source_nouns: tuple[str, ...] = ()  # «funzionari», "officials": an unnamed source
    dangling_words: tuple[str, ...] = ()  # «degli», "of the": a source span ending so was cut before its name


@cache
def attribution_cues(language: str) -> AttributionCues:
    """The language's attribution cues; none for a language without the file."""
    raw = resources.load(language, "attribution")
    return resources.checked(AttributionCues, raw, f"lang/{language}/attribution.json") if raw else AttributionCues()


def source_openers(language: str) -> list[Pattern]:
    """The words after which a source is named («secondo», "according to")."""
    return compile_patterns(attribution_cues(language).source_follows)


@cache
def report_frames(language: str) -> list[Pattern]:
    """The openers that frame a report when they come before a sentence's event («secondo», "according to")."""
    return compile_patterns(attribution_cues(language).report_frames)


@cache  # one list a language: the matcher keeps its index (and what it learnt per word) per list
def attribution_patterns(language: str) -> list[Pattern]:
    """Words that attribute what follows or precedes to someone: source openers and speech verbs."""
    return source_openers(language) + compile_patterns(attribution_cues(language).speech_verbs)


def source_spans(reading: Reading) -> list[tuple[int, int]]:
    """The spans the reader marked as the sentence's source."""
    return [(c.start, c.end) for c in reading.cues if c.kind == "source"]
