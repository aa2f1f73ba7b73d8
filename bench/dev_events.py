"""Dev harness for the events and attribution stages.

Runs the pipeline over the dev corpus and scores the events with the shared
scorer. Layers that the real stages do not yet fill are taken from the gold
file (entities, toponyms) or from a crude sentence splitter, so the event
stages can be developed before their upstream stages land.

    python bench/dev_events.py [--gold-layers] [--show] [--out PRED.jsonl]

--gold-layers forces gold entities/toponyms even when the real stages work.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"
sys.path.insert(0, str(ROOT / "src"))

from frontwatch.document import Document, Entity, Place, Sentence, Toponym  # noqa: E402
from frontwatch.export.docs_jsonl import document_dict  # noqa: E402
from frontwatch.pipeline import PIPELINE, PipelineOptions, build_stages  # noqa: E402

# the product's stage order: the stages before events, then events and attribution
EVENT_STAGES = ("events", "attribution")
UPSTREAM = tuple(name for name in PIPELINE if name not in EVENT_STAGES)


def load_jsonl(path: Path) -> dict[str, dict]:
    return {str(d["id"]): d for d in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if d}


def upstream_stages(profile: str = "accurate") -> list:
    stages = []
    for name in UPSTREAM:
        try:
            stages.extend(build_stages([name], PipelineOptions(profile=profile)))
        except Exception as e:  # a stage still being written must not stop the bench
            print(f"[bench] stage {name} unavailable: {e!r}", file=sys.stderr)
    return stages


def fallback_sentences(doc: Document) -> None:
    """Split on end punctuation and newlines (only when the real stage gave nothing)."""
    for m in re.finditer(r"[^\n.!?]+(?:[.!?]+[»”\"]?|$)", doc.text, re.M):
        s, e = m.start(), m.end()
        while s < e and doc.text[s].isspace():
            s += 1
        if e > s:
            doc.sentences.append(Sentence(s, e))


def fill_from_gold(doc: Document, gold: dict, force: bool) -> list[str]:
    used = []
    if force or not doc.entities:
        doc.entities = [
            Entity(x["start"], x["end"], x["text"], x["label"], x.get("canonical"), bool(x.get("metonym")))
            for x in gold.get("entities") or []
        ]
        used.append("entities")
    if force or not doc.toponyms:
        doc.toponyms = [
            Toponym(
                x["start"],
                x["end"],
                x["text"],
                Place(
                    x["name"],
                    x["lat"],
                    x["lon"],
                    x.get("country_code"),
                    x.get("admin1"),
                    x.get("geonameid"),
                    x.get("precision", "city"),
                ),
            )
            for x in gold.get("toponyms") or []
        ]
        used.append("toponyms")
    if not doc.language:
        doc.language = gold.get("language")
        used.append("language")
    if not doc.sentences:
        fallback_sentences(doc)
        used.append("sentences")
    return used


def run(gold_layers: bool = False, show: bool = False, profile: str = "accurate") -> tuple[list[dict], list[str]]:
    gold = load_jsonl(DEV / "gold.jsonl")
    meta = load_jsonl(DEV / "meta.jsonl")
    stages = upstream_stages(profile)
    finish = build_stages(EVENT_STAGES, PipelineOptions(profile=profile))
    out, notes = [], []
    for doc_id in sorted(gold):
        text = (DEV / f"{doc_id}.txt").read_text(encoding="utf-8")
        doc = Document(id=doc_id, text=text, published=meta.get(doc_id, {}).get("published"))
        for stage in stages:
            try:
                stage(doc)
            except Exception as e:
                notes.append(f"{doc_id}: {stage.name} failed: {e!r}")
        used = fill_from_gold(doc, gold[doc_id], gold_layers)
        if used:
            notes.append(f"{doc_id}: from gold/fallback: {', '.join(used)}")
        for stage in finish:
            stage(doc)
        out.append(document_dict(doc))  # the product's own docs-jsonl export
        if show:
            print(f"===== {doc_id}")
            for e in doc.events:
                loc = e.location.name if e.location else None
                print(
                    f"  {e.event_type} / {e.sub_event_type} @ {loc} {e.date}({e.date_precision}) "
                    f"{e.actor1} -> {e.actor2} q={[(q.value, q.unit) for q in e.quantities]} "
                    f"f={e.fatalities} ctl={e.control} by={e.claimed_by} [{e.modality}]"
                )
                print(f"      | {text[e.evidence.start : e.evidence.end][:150]!r}")
    return out, notes


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold-layers", action="store_true")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--out", default="/tmp/dev_events_pred.jsonl")
    ap.add_argument("--profile", default="accurate", choices=["accurate", "fast"])
    a = ap.parse_args()
    out, notes = run(a.gold_layers, a.show, a.profile)
    Path(a.out).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in out), encoding="utf-8")
    for n in notes:
        print("[bench]", n, file=sys.stderr)
    subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(DEV / "gold.jsonl"), a.out, "--corpus", str(DEV)],
        check=False,
    )


if __name__ == "__main__":
    main()
