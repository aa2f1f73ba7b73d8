"""The reading stage: the learned reader's triggers, cues and arguments per sentence.

Runs after ``sentences`` and before ``entities``; writes ``doc.readings`` (one
``Reading`` per sentence, article offsets). See ``frontwatch.reader`` for the contract.
"""

from __future__ import annotations

import logging
from functools import cache

from ..casing import cased_text
from ..document import Document
from ..reader import EventReader, empty_reading, load_reader

log = logging.getLogger(__name__)


@cache
def _reader(profile: str) -> EventReader | None:
    try:
        return load_reader(profile)
    except Exception as e:  # missing weights or dependency: the run goes on, without events
        log.warning("reading: no %s reader (%s); no events will be found", profile, e)
        return None


class Reading:
    name = "reading"
    requires = ("noise", "paragraphs", "sentences")
    assigns = ("readings",)

    def __init__(self, profile: str = "accurate") -> None:
        self.profile = profile
        # readings computed ahead by ``batch``: id(doc) -> one Reading per sentence
        self._ahead: dict[int, list] = {}

    def forget(self) -> None:
        """Drop what ``batch`` computed and no article took (one stopped by its time limit):
        it is keyed by ``id(doc)``, which a later article may reuse."""
        self._ahead.clear()

    def batch(self, docs: list[Document]) -> None:
        """Read the sentences of several articles in one call, so the encoder's batches are
        full; each article's ``__call__`` then takes its share."""
        reader = _reader(self.profile)
        if reader is None:
            return
        jobs = [(doc, _to_read(doc)) for doc in docs]
        texts = [t for _, (_, ts, _) in jobs for t in ts]
        langs = [lg for _, (_, _, ls) in jobs for lg in ls]
        readings = iter(reader.read(texts, langs))
        for doc, (_keep, ts, _) in jobs:
            self._ahead[id(doc)] = [next(readings) for _ in ts]

    def __call__(self, doc: Document) -> None:
        n = len(doc.sentences)
        doc.readings = [empty_reading() for _ in range(n)]
        ahead = self._ahead.pop(id(doc), None)
        reader = _reader(self.profile)
        if reader is None or n == 0:
            return
        keep, texts, langs = _to_read(doc)
        try:
            readings = ahead if ahead is not None else reader.read(texts, langs)
        except Exception as e:  # a model failure must not lose the article
            log.warning("reading: reader failed on %s: %s", doc.id, e)
            doc.warnings.append(f"reader failed: {e}")
            return
        for i, r in zip(keep, readings, strict=True):
            doc.readings[i] = r.shifted(doc.sentences[i].start)


def _to_read(doc: Document) -> tuple[list[int], list[str], list[str]]:
    """The sentences worth reading (not scraping noise): indexes, texts, languages."""
    keep = [i for i, s in enumerate(doc.sentences) if not doc.all_noise(s.start, s.end)]
    text = cased_text(doc)  # a Title Case headline read as prose, offsets unchanged
    texts = [text[doc.sentences[i].start : doc.sentences[i].end] for i in keep]
    langs = [doc.language_at(doc.sentences[i].start) or doc.language or "" for i in keep]
    return keep, texts, langs
