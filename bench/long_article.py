"""Linear in length: words/s on one very long article without punctuation, against normal ones.

    .venv/bin/python bench/long_article.py PATH... [--bytes 1000000] [--profile fast] [--without events] [--json]

The long article is the words of the given articles with every punctuation mark
removed, repeated up to ``--bytes`` on a single line (no sentence or paragraph
break anywhere: the worst case for anything that rereads a sentence). The normal
figure is the same pipeline over the given articles as they are. Time grows
linearly when the two words/s are of the same order.
"""

from __future__ import annotations

import argparse
import json
import re
import time

from frontwatch.document import Document
from frontwatch.pipeline import Pipeline, PipelineOptions
from frontwatch.readers import read_inputs


def _rate(pipeline: Pipeline, docs: list[Document]) -> dict:
    pipeline.timings.clear()
    words = sum(len(d.text.split()) for d in docs)
    t0 = time.perf_counter()
    for d in docs:
        pipeline(Document(id=d.id, text=d.text, published=d.published, language=d.language))
    seconds = time.perf_counter() - t0
    return {"words": words, "seconds": round(seconds, 2), "words_per_s": round(words / seconds),
            "stages": {k: round(words / v) if v > 0 else None for k, v in pipeline.timings.items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--bytes", type=int, default=1_000_000)
    ap.add_argument("--profile", default="fast", choices=["accurate", "fast"])
    ap.add_argument("--without", nargs="*", default=[], help="stages to leave out")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    docs = [d for d in read_inputs(a.paths) if isinstance(d, Document)]
    words = " ".join(" ".join(re.sub(r"[^\w\s]", " ", d.text).split()) for d in docs)
    long_text = (words + " ") * (a.bytes // max(1, len(words.encode())) + 1)
    long_text = long_text.encode()[: a.bytes].decode(errors="ignore").strip()
    pipeline = Pipeline.default(PipelineOptions(profile=a.profile))
    pipeline.stages = [s for s in pipeline.stages if s.name not in a.without]
    pipeline(Document(id="warm-up", text="Warm-up. Le truppe sono entrate a Kyiv ieri.\nRussian troops entered Kyiv."))
    _rate(pipeline, docs)  # a first pass loads what the normal articles need (lazy data files, models)
    normal = _rate(pipeline, docs)
    long = _rate(pipeline, [Document(id="long", text=long_text)])
    result = {"bytes": len(long_text.encode()), "profile": a.profile, "without": a.without,
              "normal": normal, "long": long,
              "ratio_long_to_normal": round(long["words_per_s"] / normal["words_per_s"], 2)}
    print(json.dumps(result) if a.json else json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
