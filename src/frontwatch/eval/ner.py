"""`frontwatch eval ner`: score a NER profile on a KIND-format file (exact spans)."""

from __future__ import annotations

import time

from frontwatch.ner import get_recognizer
from frontwatch.ner.kind import ENTITY_TYPES, read_kind, score

WARM_UP_SENTENCES = 32


def evaluate(kind_file: str, profile: str = "accurate", language: str = "it") -> dict:
    """Per-type and micro P/R/F1 (CoNLL-style exact spans) plus throughput.

    `words_per_second` times `predict_tokens` over the whole file after the model is
    loaded and has run once on the first few sentences: loading and first-call
    allocation are one-off costs, reported together as `load_seconds`.
    """
    sentences = read_kind(kind_file)
    t0 = time.perf_counter()
    recognizer = get_recognizer(profile, language)
    words = [w for w, _ in sentences]
    recognizer.predict_tokens(words[:WARM_UP_SENTENCES])
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    pred = recognizer.predict_tokens(words)
    elapsed = time.perf_counter() - t1
    res = score([t for _, t in sentences], pred)
    n_words = sum(len(w) for w in words)
    return {
        "file": str(kind_file),
        "profile": profile,
        "per_type": {t: res["per_type"].get(t, _empty()) for t in ENTITY_TYPES},
        "micro": res["micro"],
        "micro_precision": res["micro_precision"],
        "micro_recall": res["micro_recall"],
        "micro_f1": res["micro_f1"],
        "words_per_second": n_words / elapsed if elapsed > 0 else 0.0,
        "seconds": elapsed,
        "load_seconds": load_s,
        "n_sentences": len(sentences),
        "n_words": n_words,
    }


def _empty() -> dict:
    return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "n_pred": 0, "n_gold": 0}


def format_table(result: dict) -> str:
    lines = [
        f"NER eval: {result['file']}  (profile {result['profile']})",
        f"{result['n_sentences']} sentences, {result['n_words']} words, "
        f"{result['words_per_second']:.0f} words/s (load {result['load_seconds']:.1f}s)",
        "",
        f"{'type':<6} {'prec':>7} {'rec':>7} {'F1':>7} {'gold':>6} {'pred':>6}",
    ]
    rows = [*((t, result["per_type"][t]) for t in ENTITY_TYPES), ("micro", result["micro"])]
    for name, r in rows:
        lines.append(
            f"{name:<6} {r['precision']:7.4f} {r['recall']:7.4f} {r['f1']:7.4f} {r['n_gold']:6d} {r['n_pred']:6d}"
        )
    return "\n".join(lines)
