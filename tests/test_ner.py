"""NER tests on hand-written sentences (no corpus text) and a hand-made KIND fixture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontwatch.eval.ner import evaluate, format_table
from frontwatch.ner import get_recognizer, resolve
from frontwatch.ner.kind import iob_spans, read_kind, score
from frontwatch.ner.spans import char_spans, split_words

WEIGHTS = Path(__file__).resolve().parents[1] / "src" / "frontwatch" / "ner" / "weights"
HAVE_E5 = (WEIGHTS / "e5_ner.pt").exists()
HAVE_SPACY_IT = (WEIGHTS / "spacy_it").exists()

IT_TEXT = (
    "Il generale Marco Bellini è arrivato ieri a Milano. "
    "La Croce Rossa Italiana ha inviato aiuti a Napoli."
)


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            out.append((start, i + 1))
            start = i + 2
    return out


def _found(text: str, spans: list[tuple[int, int, str]]) -> set[tuple[str, str]]:
    return {(text[s:e], label) for s, e, label in spans}


# ---------------------------------------------------------------- pure helpers

def test_iob_spans_conll_style() -> None:
    tags = ["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-ORG", "I-LOC"]
    assert iob_spans(tags) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 6, "ORG"), (6, 7, "LOC")}


def test_split_words_keeps_elisions_and_offsets() -> None:
    text = "Colpita l'ambasciata, a nord-est."
    words = [text[a:b] for a, b in split_words(text)]
    assert words == ["Colpita", "l'", "ambasciata", ",", "a", "nord-est", "."]


def test_char_spans_map_back() -> None:
    text = "ieri Anna Neri a Bari"
    offs = split_words(text)
    spans = char_spans(offs, ["O", "B-PER", "I-PER", "O", "B-LOC"], base=0)
    assert _found(text, spans) == {("Anna Neri", "PER"), ("Bari", "LOC")}


def test_resolve_profiles() -> None:
    assert resolve("accurate", "it") == "e5"
    assert resolve("fast", "it") == "spacy-it"
    assert resolve("fast", "en") == "spacy-en"
    assert resolve("e5", "en") == "e5"
    assert resolve("fast", "uk") == "e5"
    with pytest.raises(ValueError):
        resolve("huge", "it")


# ---------------------------------------------------------------- scoring

FIXTURE = """Mario\tB-PER
Rossi\tI-PER
va\tO
a\tO
Roma\tB-LOC
.\tO

Il\tO
Comune\tB-ORG
di\tI-ORG
Pisa\tI-ORG
"""


def test_score_counts() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    pred = [["B-PER", "O", "O", "B-LOC"], ["B-ORG", "B-LOC"]]
    res = score(gold, pred)
    # tp: LOC, ORG; predicted 5 (PER[0:1], LOC, ORG, LOC); gold 3
    assert res["per_type"]["PER"]["tp"] == 0
    assert res["micro"]["tp"] == 2
    assert res["micro_precision"] == pytest.approx(2 / 4)
    assert res["micro_recall"] == pytest.approx(2 / 3)
    assert res["micro_f1"] == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))


class _FakeRecognizer:
    """Misses the ORG's last word and gets everything else right."""

    words_per_second_hint = 1.0

    def predict(self, text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        return []

    def predict_tokens(self, sentences: list[list[str]]) -> list[list[str]]:
        return [
            ["B-PER", "I-PER", "O", "O", "B-LOC", "O"],
            ["O", "B-ORG", "I-ORG", "O"],
        ]


def test_evaluate_on_fixture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "tiny.tsv"
    path.write_text(FIXTURE, encoding="utf-8")
    assert [len(w) for w, _ in read_kind(path)] == [6, 4]
    monkeypatch.setattr("frontwatch.eval.ner.get_recognizer", lambda p, lang: _FakeRecognizer())
    res = evaluate(str(path), profile="fast")
    assert res["n_sentences"] == 2 and res["n_words"] == 10
    assert res["per_type"]["PER"]["f1"] == 1.0
    assert res["per_type"]["LOC"]["f1"] == 1.0
    assert res["per_type"]["ORG"]["f1"] == 0.0
    assert res["micro_precision"] == pytest.approx(2 / 3)
    assert res["micro_recall"] == pytest.approx(2 / 3)
    assert res["micro_f1"] == pytest.approx(2 / 3)
    assert res["words_per_second"] > 0
    json.dumps(res)
    assert "ORG" in format_table(res)


# ---------------------------------------------------------------- real models

def _check_italian(profile: str) -> None:
    rec = get_recognizer(profile, "it")
    spans = rec.predict(IT_TEXT, _sentences(IT_TEXT))
    found = _found(IT_TEXT, spans)
    assert ("Marco Bellini", "PER") in found
    assert ("Milano", "LOC") in found
    assert ("Napoli", "LOC") in found
    assert any(label == "ORG" and "Croce Rossa" in s for s, label in found)
    for s, e, _ in spans:
        assert IT_TEXT[s:e] == IT_TEXT[s:e].strip() and s < e


@pytest.mark.skipif(not HAVE_E5, reason="e5 NER weights not built")
def test_accurate_italian() -> None:
    _check_italian("accurate")
    tags = get_recognizer("accurate", "it").predict_tokens([["Giulia", "Verdi", "vive", "a", "Torino", "."]])
    assert tags == [["B-PER", "I-PER", "O", "O", "B-LOC", "O"]]


@pytest.mark.skipif(not HAVE_SPACY_IT, reason="spaCy Italian NER model not built")
def test_fast_italian() -> None:
    _check_italian("fast")


def test_fast_english() -> None:
    text = "President Joe Biden met NATO officials in Warsaw on Monday."
    spans = get_recognizer("fast", "en").predict(text, [(0, len(text))])
    found = _found(text, spans)
    assert ("Joe Biden", "PER") in found
    assert ("Warsaw", "LOC") in found
    assert ("NATO", "ORG") in found


def test_spacy_models_load_only_what_their_ner_needs() -> None:
    """en_core_web_sm's ner has a CNN of its own: its shared tok2vec (for the tagger and parser)
    is left out, with the same entities; our Italian ner listens to its tok2vec, which stays."""
    from frontwatch.ner.light_import import import_spacy
    from frontwatch.ner.spacy_model import EN_PACKAGE, ner_only

    spacy = import_spacy()
    text = "Ukrainian President Volodymyr Zelensky met Polish officials in Rzeszow on Friday, the ministry said."
    full = spacy.load(EN_PACKAGE)
    lean = ner_only(EN_PACKAGE)
    assert lean.pipe_names == ["ner"]
    assert [(e.text, e.label_) for e in lean(text).ents] == [(e.text, e.label_) for e in full(text).ents]
    if HAVE_SPACY_IT:
        assert ner_only(WEIGHTS / "spacy_it").pipe_names == ["tok2vec", "ner"]


def test_constrained_decoding_never_starts_with_inside() -> None:
    import numpy as np

    from frontwatch.ner.e5_tagger import LABELS, decode

    def row(best: str, p: float = 0.8) -> list[float]:
        return [np.log(p) if lab == best else np.log((1 - p) / 6) for lab in LABELS]

    # argmax would say O I-LOC I-LOC: decoding must turn it into a valid entity
    logp = np.array([row("O"), row("I-LOC", 0.5), row("I-LOC")], dtype=np.float32)
    logp[1, LABELS.index("B-LOC")] = np.log(0.4)
    assert decode(logp) == ["O", "B-LOC", "I-LOC"]
    # a large O bias suppresses a weak entity
    assert decode(np.array([row("B-PER", 0.5)], dtype=np.float32), o_bias=3.0) == ["O"]
