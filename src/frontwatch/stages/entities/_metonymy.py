"""Is this country, capital or building a place, or its government acting?

«la Russia ha lanciato», «fonti di Kiev», "Russia's defeat", «il Cremlino» are
metonyms (the government); «in Ucraina», «contro l'Ucraina», «la regione di
Kharkiv», "from Moscow" are territory. In war news the political reading is
the usual one for these names, so the decision is: territory when a cue from
the language's data file says so, otherwise the government. The cues are read
from ``lang/<code>/entities.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from ... import resources

_TOKEN = re.compile(r"\w+['’]|\w+(?:[-.]\w+)*|[^\w\s]")
_DASHES = {"–", "—", "-"}


def tokens(text: str) -> list[str]:
    return [t.lower().replace("’", "'") for t in _TOKEN.findall(text)]


# the cues read as phrases (token tuples, longest first); the others are sets of words
PHRASE_CUES = ("territory_before", "territory_after", "speech_to")


@dataclass
class MetonymCues:
    """The metonymy cues of ``lang/<code>/entities.json``, one field per key of that file."""

    territory_before: list[tuple[str, ...]]
    territory_nouns: set[str]
    genitive_preps: set[str]
    locative_a: set[str]
    agent_da: set[str]
    motion_words: set[str]
    territory_object_verbs: set[str]
    dative_verbs: set[str]
    territory_after: list[tuple[str, ...]]
    territory_adjectives: set[str]
    articles: set[str]
    speech_to: list[tuple[str, ...]]

    @classmethod
    def for_language(cls, lang: str) -> MetonymCues:
        d = resources.load(lang, "entities") or {}

        def phrases(key: str) -> list[tuple[str, ...]]:
            # longest first so «al confine con» is tried before «con»
            return sorted((tuple(tokens(p)) for p in d.get(key, [])), key=len, reverse=True)

        def words(key: str) -> set[str]:
            return {w.lower().replace("’", "'") for w in d.get(key, [])}

        return cls(**{f.name: phrases(f.name) if f.name in PHRASE_CUES else words(f.name) for f in fields(cls)})


def _ends_with(seq: list[str], phrase: tuple[str, ...]) -> bool:
    return len(seq) >= len(phrase) and tuple(seq[len(seq) - len(phrase) :]) == phrase


def is_metonym(before: str, after: str, kind: str | None, cues: MetonymCues) -> bool:
    """``before``: the sentence up to the mention; ``after``: the text that follows it."""
    pre = tokens(before)
    post = tokens(after[:60])
    # a dateline («Kiev – ...») names where the story was filed
    if post and post[0] in _DASHES and len([t for t in pre if t.isalpha()]) <= 3:
        return False
    # English possessive: "Russia's defeat" is the state, "Ukraine's east" the land
    if re.match(r"['’]s?\b", after):
        nxt = tokens(re.sub(r"^['’]s?", "", after[:40]))[:2]
        return not any(t in cues.territory_nouns for t in nxt)
    if any(_ends_with(post[: len(p)], p) for p in cues.territory_after):
        return False
    # drop articles and adjectives between the cue and the name («nell'Ucraina orientale», "in eastern Ukraine")
    while pre and (pre[-1] in cues.articles or pre[-1] in cues.territory_adjectives):
        pre = pre[:-1]
    if not pre:
        return True
    if any(_ends_with(pre, p) for p in cues.speech_to):
        return True
    if any(_ends_with(pre, p) for p in cues.territory_before):
        return False
    last = pre[-1]
    window = set(pre[-7:-1])
    if last in cues.locative_a:
        # «a Kiev» (a city, a building) is where; «all'Ucraina» is to whom, unless it is where an attack went
        if kind != "country":
            return len(pre) >= 2 and pre[-2] in cues.dative_verbs  # «offrirà a Mosca»
        return not (window & cues.motion_words)
    if last in cues.agent_da:
        return not (set(pre[-4:-1]) & cues.motion_words)
    if last in cues.genitive_preps:
        prev = pre[-2] if len(pre) >= 2 else ""
        return prev not in cues.territory_nouns
    if last in cues.territory_object_verbs:
        return False
    return True
