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
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

WORD = re.compile(r"\w+(?:-\w+)*", re.UNICODE)
GAP = 4


class Token:
    """A word: its offsets, its lower-cased form and its lemma. The lemma is looked up when
    first read: a paragraph in a language no cue list covers (a Russian quotation in an English
    report) never needs it, and looking it up would load that language's whole dictionary
    (seconds for Russian or Polish). Compared, hashed and shown as the four fields."""

    __slots__ = ("start", "end", "lower", "_lemma", "_language")

    def __init__(self, start: int, end: int, lower: str, lemma: str | None = None, language: str = "en") -> None:
        self.start, self.end, self.lower, self._lemma, self._language = start, end, lower, lemma, language

    @property
    def lemma(self) -> str:
        if self._lemma is None:
            self._lemma = lemma(self.lower, self._language)
        return self._lemma

    def _key(self) -> tuple[int, int, str, str]:
        return (self.start, self.end, self.lower, self.lemma)

    def __eq__(self, other: object) -> bool:
        return self._key() == other._key() if isinstance(other, Token) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Token(start={self.start!r}, end={self.end!r}, lower={self.lower!r}, lemma={self.lemma!r})"


@lru_cache(maxsize=65536)
def lemma(word: str, language: str) -> str:
    try:
        from .lemmas import lemmatize

        return lemmatize(word, language).lower()
    except Exception:  # unknown language or simplemma missing: the word itself
        return word


def tokenize(text: str, start: int, end: int, language: str) -> list[Token]:
    """Word tokens of ``text[start:end]`` with offsets into ``text`` (lemmas looked up when read)."""
    language = language or "en"
    return [Token(m.start(), m.end(), m.group().lower(), None, language) for m in WORD.finditer(text, start, end)]


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
    items = p.items
    if items and items[0] is not None and None not in items:
        # no gap (most patterns): word after word, no search to make
        end = i + len(items)
        if end > len(toks):
            return None
        for item, tok in zip(items, toks[i:end], strict=True):
            if not word_matches(item, tok):
                return None
        return end

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


class FirstWords:
    """Which patterns may start at a token: indexed by their first item's words and stems,
    so a sentence costs one look-up per token, not one match attempt per token and pattern."""

    def __init__(self, patterns: list[Pattern]) -> None:
        self.patterns = patterns
        self.exact: dict[str, list[int]] = {}
        self.stems: list[tuple[str, int]] = []
        self._seen: dict[str, dict[str, list[int]]] = {}  # word -> lemma -> the patterns starting there
        for n, p in enumerate(patterns):
            if not p.items or p.items[0] is None:
                continue  # never matches (see match_at)
            for alt in p.items[0]:
                if alt.endswith("*"):
                    self.stems.append((alt[:-1], n))
                else:
                    self.exact.setdefault(alt, []).append(n)
        self._stem_set = tuple({stem for stem, _ in self.stems})  # one test for "no stem fits"
        # a sentence is asked of a dozen lists (deaths, causes, frames, genre cues...) and most
        # start nowhere in it: its words (``vocabulary``) tell at once which tokens to look at
        self._exact_keys = frozenset(self.exact)
        self._stem_word = re.compile("^(?:" + "|".join(re.escape(s) for s in self._stem_set) + ")[^\n]*",
                                     re.MULTILINE) if self._stem_set else None

    def candidates(self, toks: list[Token]) -> list[int] | None:
        """Indexes, in order, of the tokens of ``toks`` whose word or lemma is a first word of
        a pattern or starts with a stem of one: every token ``starting`` gives patterns for
        (and maybe a few more, for which it gives none). None when the words cannot tell."""
        voc = vocabulary(toks)
        if voc is None:
            return None
        words, lines, where = voc
        picked = [i for w in self._exact_keys.intersection(words) for i in where[w]]
        if self._stem_word is not None:
            picked += [i for m in self._stem_word.finditer(lines) for i in where[m.group()]]
        return sorted(set(picked)) if picked else picked

    def may_start(self, toks: list[Token]) -> bool:
        """False when no token of ``toks`` starts any pattern."""
        return any(True for _ in self.starts(toks))

    def starting(self, tok: Token) -> list[int]:
        """Indexes of the patterns whose first item matches ``tok``, in the patterns' order."""
        # the answer depends on the word and its lemma only: worked out once a word (word ->
        # lemma -> answer: two look-ups of strings, whose hashes Python keeps, and no key to build)
        by_lemma = self._seen.get(tok.lower)
        if by_lemma is None:
            if len(self._seen) > 100_000:
                self._seen.clear()
            by_lemma = self._seen[tok.lower] = {}
        found = by_lemma.get(tok.lemma)
        if found is None:
            found = by_lemma[tok.lemma] = self._starting(tok)
        return found

    def starts(self, toks: list[Token]) -> Iterator[tuple[int, int]]:
        """(token index, pattern index) for every pattern that may start at each token, in
        token order, then the patterns' order: ``starting`` for each token, looked up inline."""
        if not self.exact and not self.stems:
            return  # no pattern to start (a language without cue lists): not even a lemma to look up
        picked = self.candidates(toks)
        seen = self._seen
        for i in range(len(toks)) if picked is None else picked:
            tok = toks[i]
            by_lemma = seen.get(tok.lower)
            found = by_lemma.get(tok.lemma) if by_lemma is not None else None
            if found is None:
                found = self.starting(tok)
            for n in found:
                yield i, n

    def _starting(self, tok: Token) -> list[int]:
        found = self.exact.get(tok.lower, [])
        if tok.lemma != tok.lower and tok.lemma in self.exact:
            found = found + self.exact[tok.lemma]
        stems = [n for stem, n in self.stems if tok.lower.startswith(stem) or tok.lemma.startswith(stem)] \
            if tok.lower.startswith(self._stem_set) or tok.lemma.startswith(self._stem_set) else []
        if stems:
            found = found + stems
        return sorted(set(found)) if len(found) > 1 else found


_vocabularies: dict[tuple[int, int, int], tuple[Token, Token, tuple | None]] = {}


def vocabulary(toks: list[Token]) -> tuple[frozenset[str], str, dict[str, list[int]]] | None:
    """The words of ``toks`` (lower-cased forms and lemmas) as a set, as one word a line, and
    where each stands (token indexes); None when a word holds a line break (no line per word).
    Worked out once a token list: the lists asked are stretches of a document's tokens
    (``Document.words``, or those with quotations left out), new list objects each time,
    known by their first and last tokens and their length; the tokens are kept with the
    answer so that their ids stay theirs."""
    if not toks:
        return frozenset(), "", {}
    key = (id(toks[0]), id(toks[-1]), len(toks))
    hit = _vocabularies.get(key)
    if hit is not None and hit[0] is toks[0] and hit[1] is toks[-1]:
        return hit[2]
    where: dict[str, list[int]] = {}
    for i, t in enumerate(toks):
        where.setdefault(t.lower, []).append(i)
        if t.lemma != t.lower:
            where.setdefault(t.lemma, []).append(i)
    lines = "\n".join(where)
    voc = (frozenset(where), lines, where) if lines.count("\n") == len(where) - 1 else None
    if len(_vocabularies) > 4096:  # a few articles' sentences: forget rather than grow
        _vocabularies.clear()
    _vocabularies[key] = (toks[0], toks[-1], voc)
    return voc


_first_words: dict[int, FirstWords] = {}


def first_words(patterns: list[Pattern]) -> FirstWords:
    """The index of a pattern list, kept while the list lives (pattern lists are cached data)."""
    index = _first_words.get(id(patterns))
    if index is None or index.patterns is not patterns:
        if len(_first_words) > 512:  # lists made on the fly: forget them rather than grow
            _first_words.clear()
        index = _first_words[id(patterns)] = FirstWords(patterns)
    return index


def find_all(patterns: list[Pattern], toks: list[Token]) -> list[tuple[int, int, Pattern]]:
    """Every (first token, end token, pattern) match, longest first, overlaps dropped."""
    found = []
    index = first_words(patterns)
    for i, n in index.starts(toks):
        j = match_at(patterns[n], toks, i)
        if j is not None:
            found.append((i, j, patterns[n]))
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
    return any(match_at(patterns[n], toks, i) is not None for i, n in first_words(patterns).starts(toks))


@cache
def compile_patterns(patterns: tuple[str, ...]) -> list[Pattern]:
    return [Pattern.parse(p) for p in patterns]
