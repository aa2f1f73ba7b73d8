"""End to end on the dev corpus: clean → language → sentences → entities, scored
with the shared scorer. Skipped when ../shared is not there."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from frontwatch.document import Document

SHARED = Path(__file__).parents[2] / "shared"
DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"

pytestmark = pytest.mark.skipif(not (DEV.is_dir() and SCORER.exists()), reason="shared dev corpus not available")


def _scorer():
    spec = importlib.util.spec_from_file_location("frontwatch_shared_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _stages():
    from frontwatch.stages import clean, language, sentences
    from frontwatch.stages.entities import Entities

    return [clean.Clean(), language.Language(), sentences.Sentences(), Entities()]


def test_dev_entities_meet_the_targets():
    sc = _scorer()
    meta = {}
    if (DEV / "meta.jsonl").exists():
        for line in (DEV / "meta.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                meta[d["id"]] = d
    stages = _stages()
    pred = {}
    for f in sorted(DEV.glob("*.txt")):
        doc = Document(id=f.stem, text=f.read_text(encoding="utf-8"), published=meta.get(f.stem, {}).get("published"))
        for stage in stages:
            stage(doc)
        pred[doc.id] = {
            "id": doc.id,
            "language": doc.language,
            "published": doc.published,
            "toponyms": [],
            "events": [],
            "entities": [
                {"start": e.start, "end": e.end, "text": e.text, "label": e.label, "canonical": e.canonical}
                for e in doc.entities
            ],
        }
    fig = sc.score(sc.load_jsonl(DEV / "gold.jsonl"), pred, sc.load_corpus(DEV))
    assert fig["bad_spans"] == 0
    assert fig["ent_f1"] >= 0.85, fig
    assert fig["canonical_f1"] >= 0.90, fig
