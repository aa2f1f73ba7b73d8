"""Small readings of a sentence's folded words that the place and verb readers share: how far a
cue may stand before the place it governs, a denial just before a verb, the side named last.

Folded text (``knowledge.fold``) is padded with spaces, so that a cue ``" word "`` matches
whole words only.
"""

from __future__ import annotations

from .knowledge import fold, folded_cues, folded_cues_bare

DEFENCE_GAP_WORDS = 6  # 'repelled Russian assaults on the village of X': the cue governs the place


def cue_governs(text: str, cues_: tuple[str, ...], lang: str | None) -> bool:
    """One of the cues ends at most DEFENCE_GAP_WORDS words before the end of the text, and is not
    denied ('prevented the encirclement of X')."""
    for cue in cues_:
        k = text.rfind(cue)
        if k >= 0 and len(text[k + len(cue):].split()) <= DEFENCE_GAP_WORDS and not negated(text[:k + 1], lang):
            return True
    return False


NEGATION_WORDS = 4  # 'prevented Russian troops from encircling X': how far before a verb its denial may stand


def negated(before: str, lang: str | None) -> bool:
    """Whether the folded words just before a verb deny or forestall it ('did not capture',
    'prevented the encirclement of', 'let alone seizing'): what did not happen holds no place. Two
    denials undo each other ('have not abandoned efforts to encircle X')."""
    words = before.split()[-NEGATION_WORDS:]
    breaks = set(folded_cues_bare(lang, "clause_breaks"))
    cut = max((i + 1 for i, w in enumerate(words) if w in breaks), default=0)  # 'made no gains but captured X'
    near = " " + " ".join(words[cut:]) + " "
    return sum(near.count(c) for c in folded_cues(lang, "negations")) % 2 == 1


def last_side(text: str, sides: dict[str, list[str]]) -> str | None:
    best, where = None, -1
    for side, words in sides.items():
        for w in words:
            k = text.rfind(" " + fold(w) + " ")
            if k > where:
                best, where = side, k
    return best


def other_side(side: str | None) -> str | None:
    """The side a side fights ('RU' for 'UA' and back); None for any other."""
    return {"RU": "UA", "UA": "RU"}.get(side)
