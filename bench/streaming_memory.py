"""Memory of a streaming `run`: peak RSS of `frontwatch run` on N generated articles, for several N.

    .venv/bin/python bench/streaming_memory.py [--sizes 1000 10000] [--distinct 10000] [--profile fast]

Articles are short, varied texts written here (never corpus text) fed as JSON Lines on stdin, so the
reader, the deduplication, the pipeline and the store all see every one. With streaming the peak
stays flat as N grows; reading everything first would grow with N. `--distinct K` repeats K texts
under new ids (duplicates skip the pipeline), to reach large N in little time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CITIES = ["Kharkiv", "Odesa", "Dnipro", "Kherson", "Zaporizhzhia", "Sumy", "Mykolaiv", "Poltava", "Lviv", "Kyiv"]
VERBS = ["shelled", "struck", "hit", "targeted", "attacked"]
WEAPONS = ["drones", "missiles", "artillery", "rockets", "glide bombs"]


def article(k: int, distinct: int) -> dict:
    j = k % distinct
    city, verb, weapon = CITIES[j % 10], VERBS[(j // 10) % 5], WEAPONS[(j // 50) % 5]
    text = (f"Russian forces {verb} {city} with {weapon} overnight, report {j}, the regional governor said. "
            f"Emergency crews worked through the night; {j % 7 + 1} people were injured.")
    return {"id": f"a{k}", "text": text, "published": "2024-05-07"}


def measure(n: int, distinct: int, profile: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "m.db"
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        cmd = [sys.executable, "-m", "frontwatch", "--db", str(db), "run", "--profile", profile, "--json", "-"]
        t0 = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                env=env)
        for k in range(n):
            proc.stdin.write((json.dumps(article(k, distinct)) + "\n").encode())
        proc.stdin.close()
        summary = json.loads(proc.stdout.read())
        proc.wait()
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        return {"articles": n, "distinct": min(n, distinct), "processed": summary["processed"],
                "duplicates": len(summary["duplicates"]), "seconds": round(time.perf_counter() - t0, 1),
                "peak_rss_mb": round(peak_kb / 1024, 1), "peak_grew": peak_kb > before}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    ap.add_argument("--distinct", type=int, default=10_000)
    ap.add_argument("--profile", choices=["fast", "accurate"], default="fast")
    args = ap.parse_args()
    # each size in its own process group of one: ru_maxrss of children is the largest so far, so go up
    for n in sorted(args.sizes):
        print(json.dumps(measure(n, args.distinct, args.profile)), flush=True)


if __name__ == "__main__":
    main()
