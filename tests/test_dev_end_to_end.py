"""The end-to-end test: `frontwatch run` + `export` on the dev corpus, scored by
the shared scorer, must stay above every issue's floor. Reads ../shared; skipped
when it is not beside the project."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.cli import main

FLOORS = {
    # issue 2: foundation
    "language_acc": 1.0, "published_acc": 1.0,
    # issue 3: entities
    "ent_f1": 0.85, "canonical_f1": 0.90,
    # issue 4: places
    "toponym_acc161": 0.95, "toponym_p": 0.90,
    # issue 5: time and numbers
    # (attr_quantities is scored over the events matched to gold, so it moves with the reader:
    # 0.867 with the reader of session 4, 0.833 with the heads of session 5)
    "attr_date": 0.90, "attr_quantities": 0.80,
    # issue 14: the events come from the learned reader now, not from rules tuned on these five
    # texts (which reached 0.91 / 0.89 / 0.98 / 0.95 here and half that on unseen news). The floors
    # guard the reader's level; its targets are event_f1 0.85, full 0.75, modality 0.90, claimed 0.85.
    # The heads of session 5 (trigger O-bias -1) traded dev modality 0.767 -> 0.700 for unseen text:
    # UCDP any_event 0.765 -> 0.826, claimed 0.690 -> 0.743; test-split macro F1 en 0.690 -> 0.772.
    # Session 6, attribution by principle (who acts is no source without a speech verb, a quotation's
    # clause speaker, "reported" needs reporting words): modality 0.700 -> 0.800, claimed 0.633 -> 0.700.
    "event_f1": 0.62, "event_full_f1": 0.42, "attr_modality": 0.76, "attr_claimed_by": 0.66,
}
MUST_BE_ZERO = ("docs_missing", "bad_spans", "invalid_event_types", "invalid_modalities")


@pytest.fixture(scope="module")
def figures(tmp_path_factory, dev_dir: Path, scorer) -> dict:
    work = tmp_path_factory.mktemp("dev")
    db, out = str(work / "d.db"), work / "out.jsonl"
    assert main(["--db", db, "run", "--quiet", str(dev_dir)]) == 0
    assert main(["--db", db, "export", "--format", "docs-jsonl", "-o", str(out)]) == 0
    return scorer.score(scorer.load_jsonl(dev_dir / "gold.jsonl"), scorer.load_jsonl(out),
                        scorer.load_corpus(dev_dir))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figure_stays_above_the_floor(figures: dict, name: str):
    assert figures[name] >= FLOORS[name], f"{name} = {figures[name]:.3f} < {FLOORS[name]}"


@pytest.mark.parametrize("name", MUST_BE_ZERO)
def test_count_is_zero(figures: dict, name: str):
    assert figures[name] == 0, f"{name} = {figures[name]}"
