"""Sub-types the reader never learned, added as data: a recipe that refines a learned one.

The reader proposes only the sub-types it was trained on (``reader/labels.py``). A new sub-type
that is a narrower case of one of them is added without retraining: its recipe in
``data/acled.json`` names the learned sub-type it ``refines`` and the key of its ``cues`` in
``lang/<code>/events.json`` (patterns as ``tokens.compile_patterns`` reads them); a trigger of
the learned sub-type in a sentence holding one of those cues takes the new sub-type, and the
events stage then fills the new sub-type's own recipe. This is what a weapon's unit does for a
strike's sub-type (``weapon_units``), for any sub-type and from data alone.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ...document import Document, Sentence
from ...reader.types import Reading
from ...tokens import Token, compile_patterns, find_all
from ._counts import acled, event_type_of, words


@cache
def refinements() -> dict[str, tuple[tuple[str, str], ...]]:
    """Learned sub-type -> (refined sub-type, key of its cues in lang/<code>/events.json), in file order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for sub, rec in acled()["recipes"].items():
        if isinstance(rec, dict) and rec.get("refines"):
            out.setdefault(rec["refines"], []).append((sub, rec["cues"]))
    return {learned: tuple(subs) for learned, subs in out.items()}


def refine(doc: Document, sent: Sentence, reading: Reading, language: str) -> Reading:
    """The reading with each trigger of a refined sub-type narrowed where the sentence has its cue."""
    table = refinements()
    if not any(t.sub_event_type in table for t in reading.triggers):
        return reading
    toks = doc.words(sent.start, sent.end)
    triggers = []
    for t in reading.triggers:
        sub = refined(t.sub_event_type, toks, language)
        same = sub == t.sub_event_type
        triggers.append(t if same else replace(t, sub_event_type=sub, event_type=event_type_of(sub) or ""))
    return replace(reading, triggers=triggers)


def refined(sub: str, toks: list[Token], language: str) -> str:
    for narrower, key in refinements().get(sub, ()):
        if find_all(compile_patterns(tuple(words(language).get(key, []))), toks):
            return narrower
    return sub
