"""Train the spaCy CNN NER model of the "fast" Italian profile on KIND.

Rebuilds src/frontwatch/ner/weights/spacy_it/ (a spaCy pipeline directory).

Command (from the repo root; spaCy trains on one core):

    .venv/bin/python training/train_spacy.py > /tmp/train_spacy.log 2>&1

Trains on WN_train only and uses WN_dev for model selection (spaCy keeps the best
checkpoint by dev entity F1); WN_test is never touched. Config: training/spacy_ner.cfg.
Intermediate files go to /tmp/frontwatch_spacy (never into the repo).

Time taken (2026-11-22): ~28 min of wall-clock training while sharing the 2 cores with
the e5 run (6000 steps; it was paused meanwhile, so the log's own total says 71 min).
Best dev ents_f 0.750; WN_test micro F1 0.764. A variant with FIC_train and ADG_train
added (`--train WN_train FIC_train ADG_train`, 21 min) reached dev 0.752, no meaningful
gain, so the committed model is the WN_train-only one.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.training import biluo_tags_to_spans, iob_to_biluo  # noqa: E402

from frontwatch.ner.kind import read_kind  # noqa: E402

DATA = Path("/work/shared/data/kind")
WORK = Path("/tmp/frontwatch_spacy")
OUT = ROOT / "src" / "frontwatch" / "ner" / "weights" / "spacy_it"


def to_docbin(names: list[str], path: Path) -> int:
    nlp = spacy.blank("it")
    db = DocBin()
    n = 0
    for name in names:
        for words, tags in read_kind(DATA / f"{name}.tsv"):
            doc = Doc(nlp.vocab, words=words)
            doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(tags))
            db.add(doc)
            n += 1
    db.to_disk(path)
    return n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", nargs="+", default=["WN_train"])
    ap.add_argument("--config", type=Path, default=ROOT / "training" / "spacy_ner.cfg")
    ap.add_argument("--work", type=Path, default=WORK, help="scratch directory (docbins, checkpoints)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    t0 = time.time()
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    n_train = to_docbin(args.train, work / "train.spacy")
    n_dev = to_docbin(["WN_dev"], work / "dev.spacy")
    print(f"docbins: train {n_train} dev {n_dev}", flush=True)

    from spacy.cli.train import train

    train(
        args.config,
        work / "out",
        overrides={"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy")},
    )
    best = work / "out" / "model-best"
    if args.out.exists():
        shutil.rmtree(args.out)
    shutil.copytree(best, args.out)
    print(f"copied {best} -> {args.out}; total {(time.time() - t0) / 60:.1f} min", flush=True)


if __name__ == "__main__":
    main()
