"""Many regular expressions over one text in one pass, each with exactly its own matches.

The time stage holds some fifty templates a language, and scanning a paragraph once per
template made it the slowest rule stage: Python's ``re`` finds no literal prefix in a
case-insensitive pattern, so every template ran its matcher at every position. Here the
templates are joined into one zero-width *filter*, ``(?=P0|P1|…)``, that the engine runs
once over the text; each alternative is guarded by a class of the characters its pattern
can start with (read off the parsed pattern), so a position is tried only against the few
templates that can begin there. The filter stops only where at least one template matches,
and there each template is matched on its own: what ``PatternSet.finditer`` yields for a
pattern is what that pattern's own ``finditer`` yields, match for match.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence

# re's own parser (CPython's sre): the parsed form tells which characters a pattern starts with
try:
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # Python 3.10 and older kept them under these names
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_CATEGORIES = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_SPACE: r"\s",
               _sre.CATEGORY_NOT_SPACE: r"\S", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}
_GROUP_NAME = re.compile(r"\(\?P<(\w+)>")
_GROUP_REF = re.compile(r"\(\?P=(\w+)\)")
_NUMBERED_REF = re.compile(r"\\[1-9]")


class _Anything(Exception):
    """The pattern may start with any character: no class guards it."""


def _class_items(items: list) -> list[str]:
    """A parsed character class (no negation) as the text of a class's items."""
    out = []
    for op, av in items:
        if op is _sre.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is _sre.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _sre.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:  # a negated class, a Unicode category the table lacks
            raise _Anything
    return out


def _first(seq) -> tuple[list[str], bool]:
    """(class items for the characters a match of ``seq`` can start with, whether ``seq`` can
    match the empty string). Raises ``_Anything`` when it cannot tell."""
    chars: list[str] = []
    for op, av in seq:
        if op in _ZERO_WIDTH:  # consumes nothing: the next item starts the match
            continue
        if op is _sre.LITERAL:
            return chars + [re.escape(chr(av))], False
        if op is _sre.IN:
            return chars + _class_items(av), False
        if op is _sre.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            if add_flags or del_flags:  # (?i:…) inside: the class would be read with other flags
                raise _Anything
            first, empty = _first(sub)
        elif op is _sre.BRANCH:
            first, empty = [], False
            for alt in av[1]:
                f, e = _first(alt)
                first += f
                empty = empty or e
        elif op in _REPEATS:
            first, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:  # any character, a back-reference, a conditional group
            raise _Anything
        chars += first
        if not empty:
            return chars, False
    return chars, True


def _guard(parsed) -> str | None:
    """A lookahead class of the characters a match of the ``parsed`` pattern can start with, or None."""
    try:
        chars, empty = _first(parsed.data)
    except _Anything:
        return None
    if empty or not chars:
        return None
    return "(?=[" + "".join(dict.fromkeys(chars)) + "])"


def _common_assertion(patterns: list[str], trees: list, flags: int) -> str:
    """The zero-width assertions all the patterns open with («(?<![\\w])»), as written, to be
    tested once a position rather than once a pattern ("" when they share none). ``trees``:
    the patterns parsed; one that is an alternation as a whole (``a|b``) has no opening to share."""
    if any(len(t.data) == 1 and t.data[0][0] is _sre.BRANCH for t in trees):
        return ""
    shared = os.path.commonprefix(patterns)
    for cut in range(len(shared), 0, -1):
        try:
            items = _sre_parse.parse(shared[:cut], flags).data
        except re.error:
            continue
        if not items or any(op not in _ZERO_WIDTH for op, _ in items):
            continue
        if not any(re.match(r"[*+?{]", p[cut:]) for p in patterns):  # "(?=a)" of "(?=a)*b"
            return shared[:cut]
    return ""


class PatternSet:
    """Patterns compiled with the same flags, scanned together (see the module's doc)."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        self.filter = self._filter()

    def _filter(self) -> re.Pattern[str] | None:
        """The zero-width filter, or None when the patterns cannot share one (mixed flags, a
        numbered back-reference, a pattern that may match the empty string)."""
        if not self.patterns or len({p.flags for p in self.patterns}) > 1:
            return None
        parsed = [_sre_parse.parse(p.pattern, p.flags) for p in self.patterns]
        if any(_NUMBERED_REF.search(p.pattern) for p in self.patterns) or any(t.getwidth()[0] == 0 for t in parsed):
            return None
        lead = _common_assertion([p.pattern for p in self.patterns], parsed, self.patterns[0].flags)
        alternatives = []
        for k, (p, tree) in enumerate(zip(self.patterns, parsed, strict=True)):
            # each pattern's named groups renamed apart, so that one expression holds them all
            body = _GROUP_NAME.sub(lambda m: f"(?P<{m.group(1)}_{k}>", p.pattern[len(lead):])  # noqa: B023
            body = _GROUP_REF.sub(lambda m: f"(?P={m.group(1)}_{k})", body)  # noqa: B023
            alternatives.append((_guard(tree) or "") + f"(?:{body})")
        return re.compile(lead + "(?=" + "|".join(alternatives) + ")", self.patterns[0].flags)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, re.Match[str]]]:
        """(pattern index, match) for every pattern's ``finditer(text, start, end)``, pattern
        by pattern in their order, each pattern's matches in text order."""
        end = len(text) if end is None else end
        if self.filter is None:
            for k, p in enumerate(self.patterns):
                for m in p.finditer(text, start, end):
                    yield k, m
            return
        found: list[list[re.Match[str]]] = [[] for _ in self.patterns]
        free = [start] * len(self.patterns)  # where each pattern's own scan would search next
        for hit in self.filter.finditer(text, start, end):
            at = hit.start()
            for k, p in enumerate(self.patterns):
                if at >= free[k] and (m := p.match(text, at, end)) is not None:
                    found[k].append(m)
                    free[k] = m.end()  # never empty (checked above): the next search starts here
        for k, matches in enumerate(found):
            for m in matches:
                yield k, m


def _needs(seq) -> list[tuple[str, ...]]:
    """What every match of the parsed sequence ``seq`` holds: requirements, each a tuple of
    literal texts of which a match holds at least one (a run of literal characters; for an
    alternation, the best requirement of each branch). Only mandatory items count."""
    out: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, av in seq:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            out.append(("".join(run),))
            run = []
        if op is _sre.SUBPATTERN and not (av[1] or av[2]):  # (?i:…) inside reads its letters otherwise
            out += _needs(av[3])
        elif op in _REPEATS and av[0] >= 1:
            out += _needs(av[2])
        elif op is _sre.BRANCH:
            best = [_best(_needs(alt)) for alt in av[1]]
            if all(best):
                out.append(tuple(text for b in best for text in b))  # type: ignore[union-attr]
    if run:
        out.append(("".join(run),))
    return out


def _best(needs: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The requirement whose shortest text is longest: the rarest to find by chance."""
    return max(needs, key=lambda n: min(map(len, n)), default=None)


def required_text(pattern: re.Pattern[str], shortest: int = 4) -> re.Pattern[str] | None:
    """A quick search a text must pass for ``pattern`` to match anywhere in it: literal texts
    of which every match holds one, read off the parsed pattern and searched with its flags
    (so with its own case folding). None when no such text of ``shortest`` characters exists.
    A pattern that opens with a long optional alternation (every demonym of a language) tries
    it at each position; the texts it must hold are found in one pass of a short search."""
    try:
        best = _best(_needs(_sre_parse.parse(pattern.pattern, pattern.flags).data))
    except (re.error, TypeError, IndexError):
        return None
    if best is None or min(map(len, best)) < shortest:
        return None
    return re.compile("|".join(re.escape(t) for t in sorted(set(best), key=len, reverse=True)), pattern.flags)
