"""Words, lemmas and the small pattern language of the cue lists.

The ``Document`` tokenizes its text once (``Document.words``) with the
language of each paragraph; stages that look at words share those tokens.
A pattern (lang/*/genre.json, lang/*/attribution.json) is a sequence of
space-separated items, each matched against a word's lower-cased form or its
simplemma lemma: ``a|b`` alternatives, ``x*`` a prefix, ``...`` a gap of up to
four words. Keeping the matcher this small keeps the knowledge in the data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

WORD = re.compile(r"\w+(?:-\w+)*", re.UNICODE)
GAP = 4


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    lower: str
    lemma: str


@lru_cache(maxsize=65536)
def lemma(word: str, language: str) -> str:
    try:
        import simplemma

        return simplemma.lemmatize(word, lang=language).lower()
    except Exception:  # unknown language or simplemma missing: the word itself
        return word


def tokenize(text: str, start: int, end: int, language: str) -> list[Token]:
    """Word tokens of ``text[start:end]`` with offsets into ``text``."""
    out = []
    for m in WORD.finditer(text, start, end):
        w = m.group().lower()
        out.append(Token(m.start(), m.end(), w, lemma(w, language or "en")))
    return out


@dataclass(frozen=True)
class Pattern:
    items: tuple[tuple[str, ...] | None, ...]  # None is a gap
    source: str

    @classmethod
    def parse(cls, pattern: str) -> Pattern:
        items: list[tuple[str, ...] | None] = []
        for item in pattern.lower().split():
            items.append(None if item == "..." else tuple(item.split("|")))
        return cls(tuple(items), pattern)

    @property
    def length(self) -> int:
        return sum(1 for i in self.items if i is not None)


def word_matches(alternatives: tuple[str, ...], tok: Token) -> bool:
    for alt in alternatives:
        if alt.endswith("*"):
            stem = alt[:-1]
            if tok.lower.startswith(stem) or tok.lemma.startswith(stem):
                return True
        elif alt == tok.lower or alt == tok.lemma:
            return True
    return False


def match_at(p: Pattern, toks: list[Token], i: int) -> int | None:
    """Index one past the last token matched when ``p`` matches from ``toks[i]``, else None."""

    def rec(k: int, j: int) -> int | None:
        if k == len(p.items):
            return j
        item = p.items[k]
        if item is None:
            for skip in range(0, GAP + 1):
                r = rec(k + 1, j + skip)
                if r is not None:
                    return r
            return None
        if j < len(toks) and word_matches(item, toks[j]):
            return rec(k + 1, j + 1)
        return None

    if not p.items or p.items[0] is None:
        return None
    return rec(0, i)


def find_all(patterns: list[Pattern], toks: list[Token]) -> list[tuple[int, int, Pattern]]:
    """Every (first token, end token, pattern) match, longest first, overlaps dropped."""
    found = []
    for i in range(len(toks)):
        for p in patterns:
            j = match_at(p, toks, i)
            if j is not None:
                found.append((i, j, p))
    found.sort(key=lambda m: (-(m[1] - m[0]), -m[2].length, m[0]))
    taken: set[int] = set()
    kept = []
    for i, j, p in found:
        # a gap may skip tokens, so only the matched words count as taken
        if any(k in taken for k in range(i, j)):
            continue
        taken.update(range(i, j))
        kept.append((i, j, p))
    kept.sort(key=lambda m: m[0])
    return kept


def contains(patterns: list[Pattern], toks: list[Token]) -> bool:
    return any(match_at(p, toks, i) is not None for i in range(len(toks)) for p in patterns)


@cache
def compile_patterns(patterns: tuple[str, ...]) -> list[Pattern]:
    return [Pattern.parse(p) for p in patterns]
