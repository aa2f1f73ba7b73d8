"""KIND-format corpora (token<TAB>IOB2 tag, blank line between sentences) and span scoring."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

ENTITY_TYPES = ("PER", "LOC", "ORG")


def read_kind(path: str | Path) -> list[tuple[list[str], list[str]]]:
    sentences: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    sentences.append((words, tags))
                    words, tags = [], []
                continue
            word, _, tag = line.partition("\t")
            words.append(word)
            tags.append(tag.strip() or "O")
    if words:
        sentences.append((words, tags))
    return sentences


def iob_spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """Exact (start, end, type) word spans, CoNLL style: an I-X after a different
    type (or after O) opens a new entity, as conlleval does."""
    spans = set()
    start, typ = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        if typ and (prefix in ("B", "O") or t != typ):
            spans.add((start, i, typ))
            typ = ""
        if prefix == "B" or (prefix == "I" and not typ):
            start, typ = i, t
    return spans


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> dict:
    """Per-type and micro precision/recall/F1 over exact spans."""
    counts = {t: [0, 0, 0] for t in ENTITY_TYPES}  # tp, n_pred, n_gold
    for g, p in zip(gold, pred, strict=True):
        gs, ps = iob_spans(g), iob_spans(p)
        for s in ps:
            counts.setdefault(s[2], [0, 0, 0])[1] += 1
        for s in gs:
            counts.setdefault(s[2], [0, 0, 0])[2] += 1
        for s in gs & ps:
            counts[s[2]][0] += 1
    result: dict = {"per_type": {}}
    tot = [0, 0, 0]
    for t, c in counts.items():
        result["per_type"][t] = _prf(*c)
        tot = [a + b for a, b in zip(tot, c, strict=True)]
    micro = _prf(*tot)
    result["micro"] = micro
    result["micro_precision"] = micro["precision"]
    result["micro_recall"] = micro["recall"]
    result["micro_f1"] = micro["f1"]
    return result


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "n_pred": n_pred, "n_gold": n_gold}
