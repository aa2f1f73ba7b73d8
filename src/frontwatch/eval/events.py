"""`frontwatch eval events`: score a reader on the events data (contract section 1).

Each example's text goes to the reader as one item. Matching, per language:

* a trigger is found when a predicted trigger covers at least one of the gold trigger's
  words (one-to-one, in text order); it is then right or wrong on its sub-type. Per
  sub-type: tp = found with the right sub-type, fn = gold not found or mistyped,
  fp = predicted trigger unmatched or mistyped. Macro F1 averages the sub-types that
  occur in the gold data of that language.
* arguments, per role, on found triggers: same role and the same words (exact span
  after word splitting); the arguments of unfound or spurious events count as misses
  or false alarms. The claimant (`source`) is scored the same way as claimant F1.
* modality accuracy: over found gold events.
* negatives: how many hard-negative examples got an event they should not have.
"""

from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Sequence

from frontwatch.reader import Reading, load_reader
from frontwatch.reader.data import Example, load_examples, word_span
from frontwatch.reader.types import ROLES

WARM_UP = 8


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "n_pred": tp + fp,
            "n_gold": tp + fn}


class Tally:
    def __init__(self) -> None:
        self.sub = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
        self.role = defaultdict(lambda: [0, 0, 0])
        self.ident = [0, 0, 0]
        self.modality = [0, 0]  # right, total
        self.examples = 0
        self.negatives = [0, 0]  # with a predicted event, total

    def add(self, ex: Example, reading: Reading) -> None:
        self.examples += 1
        pred = _predicted(ex, reading)
        if ex.negative:
            self.negatives[1] += 1
            self.negatives[0] += bool(pred)
        used: set[int] = set()
        for g in ex.events:
            k = next((i for i, p in enumerate(pred) if i not in used and p[0] < g.trigger[1] and g.trigger[0] < p[1]),
                     None)
            gold_args = {(r, i, j) for r, i, j in g.args}
            if k is None:
                self.sub[g.sub_event_type][2] += 1
                self.ident[2] += 1
                self._args(gold_args, set())
                continue
            used.add(k)
            p = pred[k]
            self.ident[0] += 1
            if p[2] == g.sub_event_type:
                self.sub[g.sub_event_type][0] += 1
            else:
                self.sub[g.sub_event_type][2] += 1
                self.sub[p[2]][1] += 1
            self.modality[0] += p[3] == g.modality
            self.modality[1] += 1
            self._args(gold_args, p[4])
        for i, p in enumerate(pred):
            if i not in used:
                self.sub[p[2]][1] += 1
                self.ident[1] += 1
                self._args(set(), p[4])

    def _args(self, gold: set, pred: set) -> None:
        for a in gold | pred:
            c = self.role[a[0]]
            if a in gold and a in pred:
                c[0] += 1
            elif a in pred:
                c[1] += 1
            else:
                c[2] += 1

    def result(self) -> dict:
        subs = {s: _prf(*c) for s, c in sorted(self.sub.items())}
        with_gold = [v["f1"] for v in subs.values() if v["n_gold"]]
        tp, fp, fn = (sum(c[i] for c in self.sub.values()) for i in range(3))
        arg = [sum(self.role[r][i] for r in ROLES) for i in range(3)]
        return {
            "n_examples": self.examples,
            "macro_f1": round(sum(with_gold) / len(with_gold), 4) if with_gold else 0.0,
            "micro_f1": _prf(tp, fp, fn)["f1"],
            "trigger_identification": _prf(*self.ident),
            "modality_accuracy": round(self.modality[0] / self.modality[1], 4) if self.modality[1] else 0.0,
            "n_modality": self.modality[1],
            "claimant": _prf(*self.role["source"]),
            "argument_micro_f1": _prf(*arg)["f1"],
            "roles": {r: _prf(*self.role[r]) for r in ROLES},
            "negatives_with_events": self.negatives[0],
            "n_negatives": self.negatives[1],
            "sub_types": subs,
        }


def _predicted(ex: Example, reading: Reading) -> list[tuple[int, int, str, str, set]]:
    """(word start, word end, sub-type, modality, {(role, i, j)}) per predicted trigger."""
    out = []
    for t in reading.triggers:
        ws = word_span(ex.offsets, (t.start, t.end))
        if ws is None:
            continue
        out.append((ws[0], ws[1], t.sub_event_type, t.modality, set()))
    index = {}
    k = 0
    for n, t in enumerate(reading.triggers):
        if word_span(ex.offsets, (t.start, t.end)) is not None:
            index[n] = k
            k += 1
    for a in reading.arguments:
        ws = word_span(ex.offsets, (a.start, a.end))
        if ws is not None and a.trigger in index:
            out[index[a.trigger]][4].add((a.role, *ws))
    return out


def evaluate(path: str, profile: str = "accurate", examples: Sequence[Example] | None = None,
             sample: int = 0) -> dict:
    """`sample` > 0 scores a fixed random sample of that many examples (seeded: the same
    sample every time), for a quick reading on a busy machine."""
    exs = list(examples) if examples is not None else load_examples(path)
    if 0 < sample < len(exs):
        exs = random.Random(14).sample(exs, sample)
    t0 = time.perf_counter()
    reader = load_reader(profile)
    reader.read([e.text for e in exs[:WARM_UP]], [e.lang for e in exs[:WARM_UP]])
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    readings = reader.read([e.text for e in exs], [e.lang for e in exs])
    elapsed = time.perf_counter() - t1
    return score(exs, readings) | {
        "file": str(path),
        "profile": profile,
        "sample": len(exs) if sample else None,
        "examples_per_second": round(len(exs) / elapsed, 1) if elapsed > 0 else 0.0,
        "load_seconds": round(load_s, 2),
    }


def score(exs: Sequence[Example], readings: Sequence[Reading]) -> dict:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for ex, r in zip(exs, readings, strict=True):
        tallies[ex.lang].add(ex, r)
        tallies["all"].add(ex, r)
    return {"languages": {lang: t.result() for lang, t in sorted(tallies.items())}}


def format_table(result: dict) -> str:
    lines = [f"events eval: {result['file']}  (profile {result['profile']}, "
             f"{result['examples_per_second']} examples/s, load {result['load_seconds']} s)"]
    for lang, r in result["languages"].items():
        neg = f"{r['negatives_with_events']}/{r['n_negatives']}"
        lines += ["", f"[{lang}] {r['n_examples']} examples  macro F1 {r['macro_f1']:.3f}  micro F1 "
                      f"{r['micro_f1']:.3f}  modality acc {r['modality_accuracy']:.3f} (n={r['n_modality']})  "
                      f"claimant F1 {r['claimant']['f1']:.3f}  args F1 {r['argument_micro_f1']:.3f}  "
                      f"negatives with an event {neg}"]
        lines.append(f"  {'sub-type':<38} {'prec':>6} {'rec':>6} {'F1':>6} {'gold':>5} {'pred':>5}")
        for name, v in [*r["sub_types"].items(), *(("role:" + k, v) for k, v in r["roles"].items())]:
            lines.append(f"  {name:<38} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} "
                         f"{v['n_gold']:5d} {v['n_pred']:5d}")
    return "\n".join(lines)
