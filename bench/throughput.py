"""Throughput: articles/s and words/s, overall and per stage, measured in one run.

    .venv/bin/python bench/throughput.py ../shared/corpus/dev [--profile fast] [--repeat 3]

Model loading is timed apart (it happens once per process), so the figures
are what a long run sees.
"""

from __future__ import annotations

import argparse
import time

from frontwatch.document import Document
from frontwatch.pipeline import Pipeline, PipelineOptions
from frontwatch.readers import read_inputs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--profile", default="accurate", choices=["accurate", "fast"])
    ap.add_argument("--repeat", type=int, default=1, help="passes over the corpus")
    a = ap.parse_args()

    docs = [d for d in read_inputs(a.paths) if isinstance(d, Document)]
    words = sum(len(d.text.split()) for d in docs)
    t0 = time.perf_counter()
    pipeline = Pipeline.default(PipelineOptions(profile=a.profile))
    warm = Document(id="warm-up", text="Warm-up. Le truppe sono entrate a Kyiv ieri, secondo il ministero.")
    pipeline(warm)  # loads models and data files
    load = time.perf_counter() - t0
    pipeline.timings.clear()

    t1 = time.perf_counter()
    for _ in range(a.repeat):
        for d in docs:
            pipeline(Document(id=d.id, text=d.text, published=d.published, language=d.language))
    total = time.perf_counter() - t1
    n_docs, n_words = len(docs) * a.repeat, words * a.repeat
    print(f"corpus: {len(docs)} articles, {words} words, {a.repeat} pass(es); profile {a.profile}")
    print(f"start-up (models, data): {load:.2f} s")
    print(f"overall: {n_docs / total:,.1f} articles/s  {n_words / total:,.0f} words/s  ({total:.2f} s)")
    print(f"{'stage':14} {'seconds':>8} {'share':>6} {'words/s':>12}")
    for name, sec in pipeline.timings.items():
        rate = f"{n_words / sec:,.0f}" if sec > 0 else "inf"
        print(f"{name:14} {sec:8.3f} {sec / total:6.1%} {rate:>12}")


if __name__ == "__main__":
    main()
