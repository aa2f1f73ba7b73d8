"""Named-entity recognition: PER / LOC / ORG spans in news text.

`get_recognizer(profile, language)` returns a cached recognizer:

| language | "accurate"                         | "fast"                   |
|----------|------------------------------------|--------------------------|
| it       | e5-small fine-tuned on KIND        | spaCy CNN trained on KIND |
| en       | en_core_web_sm (labels mapped)     | en_core_web_sm           |
| other    | e5-small (multilingual)            | e5-small                 |

Two explicit profiles bypass the table: "e5" (the fine-tuned multilingual e5 model for
any language, e.g. to compare it with en_core_web_sm on English) and "spacy" (the
Italian spaCy CNN).
"""

from __future__ import annotations

import functools
from typing import Protocol, runtime_checkable

from frontwatch.ner.spans import char_spans, split_words

PROFILES = ("accurate", "fast", "e5", "spacy")


@runtime_checkable
class Recognizer(Protocol):
    words_per_second_hint: float

    def predict(self, text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """(start, end, label) character offsets into `text`; label in PER/LOC/ORG.
        `sentences` are (start, end) character ranges of the sentences of `text`."""
        ...

    def predict_tokens(self, sentences: list[list[str]]) -> list[list[str]]:
        """IOB2 tags for pre-tokenized sentences."""
        ...


class E5Recognizer:
    """Fine-tuned multilingual e5-small; words come from a regex splitter."""

    words_per_second_hint = 3000.0

    def __init__(self) -> None:
        from frontwatch.ner.e5_tagger import shared_ner  # torch import is slow; only when needed

        self.model = shared_ner()

    def predict_tokens(self, sentences: list[list[str]]) -> list[list[str]]:
        return self.model.predict_tokens(sentences)

    def predict(self, text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        offsets = [split_words(text[s:e]) for s, e in sentences]
        words = [[text[s + a : s + b] for a, b in offs] for (s, _e), offs in zip(sentences, offsets, strict=True)]
        tags = self.predict_tokens(words)
        out: list[tuple[int, int, str]] = []
        for (s, _e), offs, tg in zip(sentences, offsets, tags, strict=True):
            out.extend(char_spans(offs, tg, base=s))
        return out


    def predict_many(self, items: list[tuple[str, list[tuple[int, int]]]]) -> list[list[tuple[int, int, str]]]:
        """``predict`` for several texts at once: their sentences share the model's batches."""
        offsets = [[split_words(text[s:e]) for s, e in sents] for text, sents in items]
        words = [[text[s + a : s + b] for a, b in offs]
                 for (text, sents), doc_offs in zip(items, offsets, strict=True)
                 for (s, _e), offs in zip(sents, doc_offs, strict=True)]
        tags = iter(self.predict_tokens(words))
        out = []
        for (_text, sents), doc_offs in zip(items, offsets, strict=True):
            spans: list[tuple[int, int, str]] = []
            for (s, _e), offs in zip(sents, doc_offs, strict=True):
                spans.extend(char_spans(offs, next(tags), base=s))
            out.append(spans)
        return out


def predict_many(rec: Recognizer, items: list[tuple[str, list[tuple[int, int]]]]) -> list[list[tuple[int, int, str]]]:
    """Spans for several (text, sentences) at once, in one pass of the model where it can."""
    many = getattr(rec, "predict_many", None)
    return many(items) if many else [rec.predict(text, sents) for text, sents in items]


@functools.lru_cache(maxsize=8)
def _load(kind: str) -> Recognizer:
    if kind == "e5":
        return E5Recognizer()
    from frontwatch.ner import spacy_model

    if kind == "spacy-it":
        return spacy_model.load_italian()
    if kind == "spacy-en":
        return spacy_model.load_english()
    raise ValueError(kind)


def resolve(profile: str, language: str) -> str:
    """Which model serves (profile, language): "e5", "spacy-it" or "spacy-en"."""
    if profile not in PROFILES:
        raise ValueError(f"unknown NER profile {profile!r}; expected one of {PROFILES}")
    lang = (language or "").lower().split("-")[0].split("_")[0]
    if profile == "e5":
        return "e5"
    if profile == "spacy":
        return "spacy-it"
    if lang == "en":
        return "spacy-en"
    if lang == "it":
        return "e5" if profile == "accurate" else "spacy-it"
    return "e5"


def get_recognizer(profile: str = "accurate", language: str = "it") -> Recognizer:
    return _load(resolve(profile, language))


__all__ = ["Recognizer", "get_recognizer", "predict_many", "resolve", "PROFILES"]
