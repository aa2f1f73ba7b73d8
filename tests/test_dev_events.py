"""End to end on the dev corpus: the whole default pipeline (every real stage,
no gold layers), exported with the project's docs-jsonl writer and scored with
the shared scorer. Skipped when ../shared is not there."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from frontwatch.document import Document
from frontwatch.export.docs_jsonl import document_dict
from frontwatch.pipeline import Pipeline, PipelineOptions

SHARED = Path(__file__).parents[2] / "shared"
DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"

pytestmark = pytest.mark.skipif(not (DEV.is_dir() and SCORER.exists()), reason="shared dev corpus not available")

FLOORS = {
    "event_f1": 0.75,
    "event_full_f1": 0.60,
    "attr_modality": 0.80,
    "attr_claimed_by": 0.80,
}


def _scorer():
    spec = importlib.util.spec_from_file_location("frontwatch_shared_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def figures():
    sc = _scorer()
    meta = {}
    for line in (DEV / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            meta[d["id"]] = d
    pipeline = Pipeline.default(PipelineOptions(profile="fast"))
    pred = {}
    for f in sorted(DEV.glob("*.txt")):
        doc = Document(id=f.stem, text=f.read_text(encoding="utf-8"), published=meta.get(f.stem, {}).get("published"))
        pred[doc.id] = json.loads(json.dumps(document_dict(pipeline(doc))))
    return sc.score(sc.load_jsonl(DEV / "gold.jsonl"), pred, sc.load_corpus(DEV))


def test_dev_events_meet_the_floors(figures):
    short = {k: round(figures[k], 3) for k, floor in FLOORS.items() if figures[k] < floor}
    assert not short, f"below the floor: {short}"


def test_dev_events_are_valid(figures):
    assert figures["invalid_event_types"] == 0
    assert figures["invalid_modalities"] == 0
    assert figures["bad_spans"] == 0
