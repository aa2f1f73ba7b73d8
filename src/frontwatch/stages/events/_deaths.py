"""A death told without the act that caused it: "A police officer was killed near X",
«tre civili morti a Y», "Body found under the rubble in Z".

The reader proposes events from the act ("shelled", "struck"); news often tells only its
outcome. When a sentence holds no trigger at all but says that people died, the death is the
event: its word becomes the trigger and the sentence's own words choose the sub-type, as
ACLED codes a death by what caused it (an explosion, rubble, fighting, a shooting). All the
words live in ``lang/<code>/events.json`` under ``death_reports``:

* ``strong``: words that by themselves say people were killed ("killed", «uccisi»);
* ``weak``: words that say someone died, not how ("died", «morto»): an event only when the
  sentence also names a cause or the war (``kinds`` or ``context``), never an obituary;
* ``negations``: a word just before the death word that denies it ("no one was killed");
* ``kinds``: [sub-type, cue patterns] in order, the first whose cue the sentence holds wins;
* ``default`` / ``civilian_default``: the sub-type when no cue says the cause, for soldiers
  and for civilians (the sentence names civilians, children, a journalist...).

A count the quantities layer already reads as deaths ("24 dead") is a strong word too.
"""

from __future__ import annotations

from ...document import Document, Sentence
from ...reader.types import Reading, Trigger
from ...tokens import Token, compile_patterns, find_all
from .._actors import find_mentions
from ._counts import event_type_of, words

NEGATION_REACH = 3  # words before the death word a negation still governs
SCORE = 0.5  # below the reader's own triggers: a death told without its act


def death_report(doc: Document, sent: Sentence, reading: Reading, language: str) -> Reading:
    """The reading, with one trigger on the death word when the reader found no act."""
    if reading.triggers:
        return reading
    table = words(language).get("death_reports")
    if not table:
        return reading
    toks = doc.words(sent.start, sent.end)
    word = death_word(doc, sent, toks, table)
    if word is None:
        return reading
    sub = cause(toks, table)
    if sub is None and word[2] == "weak" and not find_all(compile_patterns(tuple(table.get("context", []))), toks):
        return reading  # "the poet died at 84": someone died, not of the war
    if sub is None:
        civilian = any(m.role == "civilians" for m in find_mentions(doc, language, sent.start, sent.end))
        sub = table["civilian_default"] if civilian else table["default"]
    event_type = event_type_of(sub)
    if event_type is None:
        return reading
    trig = Trigger(word[0], word[1], event_type, sub, SCORE)
    return Reading([trig], reading.cues, [], reading.entities)


def death_word(doc: Document, sent: Sentence, toks: list[Token], table: dict) -> tuple[int, int, str] | None:
    """(start, end, "strong" | "weak") of the first death the sentence tells and does not deny."""
    found: list[tuple[int, int, str]] = []
    for strength in ("strong", "weak"):
        for i, j, _p in find_all(compile_patterns(tuple(table.get(strength, []))), toks):
            if not denied(toks, i, table):
                found.append((toks[i].start, toks[j - 1].end, strength))
    for q in doc.within("quantities", sent.start, sent.end):
        if q.unit == "death" and sent.start <= q.start:
            found.append((q.start, q.end, "strong"))
    if not found:
        return None
    strong = [f for f in found if f[2] == "strong"]
    return min(strong or found)


def denied(toks: list[Token], i: int, table: dict) -> bool:
    negations = set(table.get("negations", []))
    return any(t.lower in negations for t in toks[max(0, i - NEGATION_REACH) : i])


def cause(toks: list[Token], table: dict) -> str | None:
    """The sub-type whose cue the sentence holds first in the table's order, else None."""
    for sub, cues in table.get("kinds", []):
        if find_all(compile_patterns(tuple(cues)), toks):
            return sub
    return None
