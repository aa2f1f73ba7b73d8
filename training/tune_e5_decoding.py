"""Tune the O-label bias of the e5 NER decoder on WN_dev and store it in the weights' meta.

    .venv/bin/python training/tune_e5_decoding.py [src/frontwatch/ner/weights/e5_ner.pt]

Called automatically at the end of train_e5.py. One dev pass (~20 s) then a grid search
over the bias added to the O log-probability before constrained Viterbi decoding.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from frontwatch.ner.e5_tagger import E5NER, WEIGHTS_FILE, decode  # noqa: E402
from frontwatch.ner.kind import read_kind, score  # noqa: E402

DEV = Path("/work/shared/data/kind/WN_dev.tsv")


def tune(weights: Path = WEIGHTS_FILE) -> float:
    dev = read_kind(DEV)
    ner = E5NER(weights)
    logps = ner.word_logprobs([w for w, _ in dev])
    gold = [t for _, t in dev]
    results = []
    for bias in np.arange(-1.0, 3.01, 0.25):
        f1 = score(gold, [decode(lp, float(bias)) for lp in logps])["micro_f1"]
        results.append((f1, float(bias)))
        print(f"o_bias {bias:+.2f}: dev micro_f1 {f1:.4f}", flush=True)
    f1, bias = max(results)
    state = torch.load(weights, map_location="cpu", weights_only=True)
    state["meta"]["o_bias"] = bias
    state["meta"]["dev_micro_f1_tuned"] = f1
    tmp = weights.with_suffix(".tmp")
    torch.save(state, tmp)
    tmp.replace(weights)
    print(f"chosen o_bias {bias:+.2f} (dev micro_f1 {f1:.4f}) -> {weights}", flush=True)
    return bias


if __name__ == "__main__":
    tune(Path(sys.argv[1]) if len(sys.argv) > 1 else WEIGHTS_FILE)
