"""One alternation of many names, matched as ``re`` matches it, trying at each word only the
names that can start with its first character.

``re`` runs an alternation by trying its branches one after the other: the lexicon's ~900
aliases were tried at every word start, which made the lexicon a fifth of the entities
stage. Here the names are split by first character: a pass finds the word starts whose
character begins some name, and there one alternation of just those names (in the same
order) is matched. A branch that cannot start with the character there could not have
matched, so the first branch that matches, and the match, are the ones of the whole
alternation; ``finditer`` yields the same matches as the joined pattern's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence


def name_pattern(name: str) -> str:
    """A name as a pattern: its words separated by any whitespace."""
    return re.escape(name).replace(r"\ ", r"\s+")


def _first(name: str) -> str:
    return r"\s" if name[:1].isspace() else re.escape(name[:1])


class AliasScan:
    """``re.compile(before + "(?:" + "|".join(name_pattern(n) for n in names) + ")" + after, flags)``
    for ``finditer``. ``before`` is a zero-width look-behind (it may see text before ``pos``)."""

    def __init__(self, names: Sequence[str], before: str, after: str, flags: int = 0) -> None:
        self._names = [n for n in names if n]
        self._after, self._flags = after, flags
        self._firsts = sorted({_first(n) for n in self._names})
        self._starts = re.compile(before + "[" + "".join(self._firsts) + "]", flags) if self._firsts else None
        self._by_char: dict[str, re.Pattern[str] | None] = {}
        self._by_firsts: dict[frozenset[str], re.Pattern[str]] = {}
        for f in self._firsts:  # compiled with the scan (at start-up), not by the first articles
            self._compiled(frozenset([f]))

    def _compiled(self, firsts: frozenset[str]) -> re.Pattern[str]:
        """The alternation of the names starting with one of ``firsts``, in their order."""
        if firsts not in self._by_firsts:
            names = [n for n in self._names if _first(n) in firsts]
            self._by_firsts[firsts] = re.compile("(?:" + "|".join(map(name_pattern, names)) + ")" + self._after,
                                                 self._flags)
        return self._by_firsts[firsts]

    def _branches(self, char: str) -> re.Pattern[str] | None:
        """The alternation of the names that can start with ``char``, in their order."""
        if char not in self._by_char:
            fit = frozenset(f for f in self._firsts if re.fullmatch(f, char, self._flags))
            self._by_char[char] = self._compiled(fit) if fit else None  # "K" and "k" share one
        return self._by_char[char]

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        if self._starts is None:
            return
        while pos < endpos:
            start = self._starts.search(text, pos, endpos)
            if start is None:
                return
            p = start.start()
            branches = self._branches(text[p])
            m = branches.match(text, p, endpos) if branches is not None else None
            if m is not None:
                yield m
                pos = m.end()
            else:
                pos = p + 1
