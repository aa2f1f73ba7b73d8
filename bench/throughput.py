"""Throughput: articles/s and words/s, overall, per stage and for the NER pass alone, in one run.

    .venv/bin/python bench/throughput.py PATH... [--profile fast|accurate] [--jobs N] [--json]

Each of the N workers is a fresh process (as ``frontwatch run --jobs N`` starts
them): it loads the pipeline, processes the runner's warm-up articles, one per
language (``startup_s`` is the time from the process's birth to the last of them
done: when ``frontwatch run`` starts on the first real article), then, in step
with the others, runs the full pipeline over its share of the corpus, then the
NER models alone over the same sentences. Shares are balanced by word count.

- ``articles_per_s``, ``words_per_s``: the full pipeline, wall clock, all workers;
- ``stages``: words/s of each stage on one core (summed over workers);
- ``ner_words_per_s``: the NER pass alone, wall clock, all workers;
- ``ratio_full_to_ner``: full-pipeline time over NER-alone time (1.0 = NER is all the cost);
- ``peak_rss_mb``: the largest peak resident memory of one worker.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import time

from frontwatch.document import Document
from frontwatch.readers import read_inputs


def _fresh(d: Document) -> Document:
    return Document(id=d.id, text=d.text, published=d.published, language=d.language, title=d.title)


def _ner_alone(pipeline, docs: list[Document]) -> None:
    """Run the recognizers exactly as the entities stage calls them, nothing else."""
    from frontwatch.stages.entities.entities import FALLBACK_LANGUAGES, _recognizer

    entities = next(s for s in pipeline.stages if s.name == "entities")
    for doc in docs:
        segments = entities._segments(doc)
        for lang in sorted({lg or "" for _, _, lg in segments}):
            rec = _recognizer(entities.profile, lang or FALLBACK_LANGUAGES[0])
            if rec is not None:
                rec.predict(doc.text, [(s, e) for s, e, lg in segments if (lg or "") == lang])


def _worker(profile: str, docs: list[Document], batch: int, barrier, out, jobs: int = 1) -> None:
    import psutil

    from frontwatch.pipeline import Pipeline, PipelineOptions
    from frontwatch.runner import WARM_UP, _groups, share_cores

    if jobs > 1:
        share_cores(jobs)  # as `frontwatch run --jobs N` does

    born = psutil.Process().create_time()
    pipeline = Pipeline.default(PipelineOptions(profile=profile))
    # the runner's warm-up articles, one per language (a mixed text reads as one language and
    # left the other's models and data to load inside the timed run, charged to its stages)
    for k, text in enumerate(WARM_UP):
        pipeline(Document(id=f"warm-up-{k}", text=text))
    startup = time.time() - born
    pipeline.timings.clear()
    barrier.wait()
    t0 = time.perf_counter()
    done = []
    if batch:  # as the Dask engine does: several articles share the neural models' passes
        chunks = [docs[i : i + batch] for i in range(0, len(docs), batch)]
    else:  # as `frontwatch run` groups them
        chunks = list(_groups(docs))
    for chunk in chunks:
        chunk = [_fresh(d) for d in chunk]
        if len(chunk) > 1:
            done += [d for d, _ in pipeline.run_batch(chunk)]
        else:
            done += [pipeline(d) for d in chunk]
    full = time.perf_counter() - t0
    barrier.wait()
    t1 = time.perf_counter()
    _ner_alone(pipeline, done)
    ner = time.perf_counter() - t1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.put({"startup": startup, "full": full, "ner": ner, "timings": dict(pipeline.timings), "peak": peak})


def _shares(docs: list[Document], jobs: int) -> list[list[Document]]:
    """Greedy split, longest article first, into ``jobs`` shares of about equal words."""
    shares: list[list[Document]] = [[] for _ in range(jobs)]
    load = [0] * jobs
    for d in sorted(docs, key=lambda d: -len(d.text.split())):
        k = load.index(min(load))
        shares[k].append(d)
        load[k] += len(d.text.split())
    return shares


def measure(paths: list[str], profile: str, jobs: int, batch: int = 0) -> dict:
    docs = [d for d in read_inputs(paths) if isinstance(d, Document)]
    words = sum(len(d.text.split()) for d in docs)
    ctx = mp.get_context("spawn")
    barrier, out = ctx.Barrier(jobs), ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(profile, share, batch, barrier, out, jobs))
             for share in _shares(docs, jobs)]
    for p in procs:
        p.start()
    results = [out.get() for _ in procs]
    for p in procs:
        p.join()
    full = max(r["full"] for r in results)
    ner = max(r["ner"] for r in results)
    stage_seconds: dict[str, float] = {}
    for r in results:
        for name, sec in r["timings"].items():
            stage_seconds[name] = stage_seconds.get(name, 0.0) + sec
    return {
        "profile": profile,
        "jobs": jobs,
        "batch": batch,
        "articles": len(docs),
        "words": words,
        "seconds": round(full, 3),
        "articles_per_s": round(len(docs) / full, 2),
        "words_per_s": round(words / full),
        "stages": {name: round(words / sec) if sec > 0 else None for name, sec in stage_seconds.items()},
        "ner_words_per_s": round(words / ner) if ner > 0 else None,
        "ratio_full_to_ner": round(full / ner, 2) if ner > 0 else None,
        "peak_rss_mb": round(max(r["peak"] for r in results)),
        "startup_s": round(max(r["startup"] for r in results), 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--profile", default="accurate", choices=["accurate", "fast"])
    ap.add_argument("--jobs", type=int, default=1, help="worker processes")
    ap.add_argument("--batch", type=int, default=0,
                    help="articles per batch through the pipeline (1: one by one; 0: grouped as `frontwatch run` does)")
    ap.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    a = ap.parse_args()
    r = measure(a.paths, a.profile, max(1, a.jobs), max(0, a.batch))
    if a.json:
        print(json.dumps(r))
        return
    print(f"corpus: {r['articles']} articles, {r['words']} words; profile {r['profile']}, {r['jobs']} worker(s)")
    print(f"start-up to first article: {r['startup_s']:.2f} s; peak memory per worker {r['peak_rss_mb']} MB")
    print(f"overall: {r['articles_per_s']:,.1f} articles/s  {r['words_per_s']:,} words/s  ({r['seconds']:.2f} s)")
    print(f"NER alone: {r['ner_words_per_s']:,} words/s; full / NER = {r['ratio_full_to_ner']}")
    for name, rate in r["stages"].items():
        print(f"  {name:14} {rate:>12,} words/s")


if __name__ == "__main__":
    main()
