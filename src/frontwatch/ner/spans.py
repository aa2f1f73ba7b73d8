"""Conversions between character offsets, word tokens and IOB2 tags."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

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


# ---------------------------------------------------------------- BIO decoding (NER and the event reader)

def transitions(tags: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Allowed BIO moves: I-X only after B-X or I-X (also not at the start)."""
    n = len(tags)
    trans = np.zeros((n, n), dtype=np.float32)
    start = np.zeros(n, dtype=np.float32)
    for j, lab in enumerate(tags):
        if lab.startswith("I-"):
            start[j] = -np.inf
            for i, prev in enumerate(tags):
                if prev[2:] != lab[2:] or prev == "O":
                    trans[i, j] = -np.inf
    return trans, start


def viterbi(logp: np.ndarray, trans: np.ndarray, start: np.ndarray, o_bias: float = 0.0) -> list[int]:
    """Best valid BIO tag sequence; `o_bias` > 0 trades recall for precision."""
    n = len(logp)
    if n == 0:
        return []
    emit = logp.copy()
    emit[:, 0] += o_bias
    score = start + emit[0]
    back = np.zeros((n, logp.shape[1]), dtype=np.int64)
    for i in range(1, n):
        cand = score[:, None] + trans
        back[i] = cand.argmax(0)
        score = cand.max(0) + emit[i]
    best = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        best.append(int(back[i, best[-1]]))
    return best[::-1]
