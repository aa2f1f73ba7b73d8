"""The learned reader: event triggers (with sub-type), cues and arguments per sentence.

How a reading gets onto the ``Document`` (the contract with the events stage)
-------------------------------------------------------------------------------
* A stage of its own, ``frontwatch.stages.reading.Reading`` (``name = "reading"``),
  runs right after ``sentences`` and before ``entities``. It is the only place a
  reader model is called.
* It writes the layer ``doc.readings: list[Reading]``, parallel to ``doc.sentences``
  (``doc.readings[i]`` is the reading of ``doc.sentences[i]``), every offset shifted to
  article code-point offsets (``doc.text[t.start:t.end]`` is the trigger). Sentences
  that were skipped (scraping noise) get an empty ``Reading``.
* The events stage only reads ``doc.readings`` (never calls a model); it may use
  ``Trigger.modality`` and the ``source`` arguments, or assemble from cues and recipes.
* profile "accurate": ``E5Reader`` runs the e5 encoder once per sentence, for Italian and
  English alike. The frozen, KIND-fine-tuned NER encoder gives the entity tags (stored in
  ``Reading.entities``, read by the entities stage instead of a second pass, for the
  languages whose accurate NER is e5); small heads on its hidden states (a middle layer
  concatenated with the last) give trigger, cue and argument tags. Weights of the heads:
  ``reader/weights/e5_heads.pt`` (trained by ``training/train_reader.py``).
* profile "fast": ``SpacyReader``, a spaCy CNN pipeline trained on the same data
  (``reader/weights/spacy_events/``); ``Reading.entities`` stays None there.

``load_reader(profile)`` returns a cached reader; ``read(sentences, languages)`` gives one
``Reading`` per sentence with offsets relative to each sentence string.
"""

from __future__ import annotations

import functools

from frontwatch.reader.types import (
    CUE_KINDS,
    MODALITIES,
    ROLES,
    Argument,
    Cue,
    EventReader,
    Mention,
    Reading,
    Trigger,
    empty_reading,
)

PROFILES = ("accurate", "fast")


@functools.lru_cache(maxsize=4)
def load_reader(profile: str = "accurate") -> EventReader:
    if profile not in PROFILES:
        raise ValueError(f"unknown reader profile {profile!r}; expected one of {PROFILES}")
    if profile == "accurate":
        from frontwatch.reader.e5_reader import E5Reader  # torch import is slow: only when needed

        return E5Reader()
    from frontwatch.reader.spacy_reader import SpacyReader

    return SpacyReader()


__all__ = ["Argument", "Cue", "EventReader", "Mention", "Reading", "Trigger", "load_reader", "empty_reading",
           "PROFILES", "CUE_KINDS", "ROLES", "MODALITIES"]
