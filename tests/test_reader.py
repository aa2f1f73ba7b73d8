"""The learned reader: data reading, scoring, the spaCy route's labels, the reading layer.

Sentences are the hand-written fixture `tests/fixtures/events_sample.jsonl`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from frontwatch.document import Document
from frontwatch.eval.events import score
from frontwatch.reader import Argument, Cue, Reading, Trigger
from frontwatch.reader.data import bio_tags, load_examples, word_span
from frontwatch.reader.labels import SUB_TO_TYPE, TRIGGER_TAGS
from frontwatch.reader.spacy_reader import MODEL_DIR as SPACY_DIR
from frontwatch.reader.spacy_reader import flat_spans

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "fixtures" / "events_sample.jsonl"


def _gold_reading(ex) -> Reading:
    """The gold annotation of an example as a reader would give it."""
    def chars(i: int, j: int) -> tuple[int, int]:
        return ex.offsets[i][0], ex.offsets[j - 1][1]

    triggers, args = [], []
    for k, ev in enumerate(ex.events):
        triggers.append(Trigger(*chars(*ev.trigger), SUB_TO_TYPE[ev.sub_event_type], ev.sub_event_type, 1.0,
                                ev.modality))
        args += [Argument(k, *chars(i, j), role, 1.0) for role, i, j in ev.args]
    return Reading(triggers, [Cue(*chars(i, j), kind) for kind, i, j in ex.cues], args)


def test_spans_map_to_words() -> None:
    exs = load_examples(SAMPLE)
    it1 = next(e for e in exs if e.id == "fx-it-1")
    ev = it1.events[0]
    assert it1.words[ev.trigger[0] : ev.trigger[1]] == ["bombardato"]
    assert [(r, " ".join(it1.words[i:j])) for r, i, j in ev.args][-1] == ("source", "il governatore regionale")
    assert word_span(it1.offsets, (0, 1)) == (0, 1)
    assert bio_tags(4, [("X", 1, 3), ("Y", 2, 4)]) == ["O", "B-X", "I-X", "O"]
    assert len(TRIGGER_TAGS) == 1 + 2 * len(SUB_TO_TYPE)


def test_score_gold_is_perfect_and_errors_count() -> None:
    exs = load_examples(SAMPLE)
    res = score(exs, [_gold_reading(e) for e in exs])["languages"]
    for lang in ("en", "it", "all"):
        assert res[lang]["macro_f1"] == 1.0
        assert res[lang]["modality_accuracy"] == 1.0
        assert res[lang]["claimant"]["f1"] == 1.0
        assert res[lang]["argument_micro_f1"] == 1.0
    # nothing read: no recall; a mistyped trigger: a miss and a false alarm
    empty = score(exs, [Reading([], [], []) for _ in exs])["languages"]["all"]
    assert empty["macro_f1"] == 0.0 and empty["trigger_identification"]["recall"] == 0.0
    wrong = []
    for e in exs:
        r = _gold_reading(e)
        wrong.append(Reading([Trigger(t.start, t.end, "Battles", "Armed clash", 1.0, "denied") for t in r.triggers],
                             r.cues, r.arguments))
    w = score(exs, wrong)["languages"]["all"]
    assert w["trigger_identification"]["f1"] == 1.0
    assert w["sub_types"]["Armed clash"]["precision"] < 1.0
    assert w["modality_accuracy"] < 0.5
    # a trigger on a hard negative is counted
    neg = [Reading([Trigger(0, 3, "Battles", "Armed clash", 1.0)], [], []) if e.negative else _gold_reading(e)
           for e in exs]
    assert score(exs, neg)["languages"]["all"]["negatives_with_events"] == 4


def test_flat_spans_prefer_triggers_then_cues() -> None:
    ex = next(e for e in load_examples(SAMPLE) if e.id == "fx-it-7")  # «avrebbe colpito»: hedge inside trigger
    labels = {(lab, " ".join(ex.words[i:j])) for lab, i, j in flat_spans(ex.events, ex.cues)}
    assert ("Shelling/artillery/missile attack", "avrebbe colpito") in labels
    assert not any(lab == "cue:hedge" for lab, _ in labels)
    assert ("location", "Selydove") in labels


def test_reading_round_trips_on_the_document() -> None:
    r = Reading([Trigger(3, 9, "Battles", "Armed clash", 0.9, "reported")], [Cue(10, 14, "attribution")],
                [Argument(0, 0, 2, "actor1", 0.8)], None).shifted(100)
    assert r.triggers[0].start == 103 and r.arguments[0].end == 102 and r.cues[0].kind == "attribution"
    doc = Document(id="x", text="t", readings=[r])
    assert Document.from_dict(json.loads(json.dumps(doc.to_dict()))).readings == [r]


@pytest.mark.skipif(not SPACY_DIR.exists(), reason="fast reader weights not built")
def test_eval_events_cli_fast_profile() -> None:
    out = subprocess.run([sys.executable, "-m", "frontwatch.cli", "eval", "events", str(SAMPLE), "--json",
                          "--profile", "fast"], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    res = json.loads(out.stdout)
    assert set(res["languages"]) == {"all", "en", "it"}
    assert res["languages"]["all"]["n_examples"] == 16
    # the fixture's plain wire sentences are within what the training data teaches
    assert res["languages"]["all"]["trigger_identification"]["recall"] >= 0.5
