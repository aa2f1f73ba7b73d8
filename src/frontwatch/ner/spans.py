"""Conversions between character offsets, word tokens and IOB2 tags."""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontwatch.ner.kind import iob_spans

# Word splitter matching KIND's tokenization closely enough: Italian elisions stay
# attached to their apostrophe ("l'", "dell'"), words may contain inner hyphens or
# dots ("S.p.A", "nord-est"), every other non-space symbol is its own token.
_WORD = re.compile(r"[^\W\d_]+['’](?=\w)|\w+(?:[-.'’]\w+)*|[^\w\s]")


def split_words(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the words of `text`."""
    return [m.span() for m in _WORD.finditer(text)]


def iob_from_doc_ents(n_tokens: int, ents: Sequence[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * n_tokens
    for start, end, label in ents:
        tags[start] = "B-" + label
        for i in range(start + 1, end):
            tags[i] = "I-" + label
    return tags


def char_spans(
    offsets: Sequence[tuple[int, int]], tags: Sequence[str], base: int = 0
) -> list[tuple[int, int, str]]:
    """Entity character spans from per-word offsets and IOB2 tags."""
    out = []
    for ws, we, label in sorted(iob_spans(tags)):
        out.append((base + offsets[ws][0], base + offsets[we - 1][1], label))
    return out
