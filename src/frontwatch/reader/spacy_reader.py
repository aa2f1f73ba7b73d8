"""The fast reader: a spaCy CNN pipeline trained on the events data (no transformer).

One shared hash-embedding CNN (``tok2vec``) feeds
* ``ner``: one flat layer of labels per word: the event sub-types (triggers), the
  argument roles (actor1 … fatalities, ``source`` for the claimant) and the cue kinds
  (attribution, hedge, denial, future). Where gold spans overlap, a trigger wins over a
  cue, a cue over an argument (see ``flat_spans``);
* ``textcat``: the sentence's modality (bag of words and bigrams, exclusive classes).
Arguments go to the nearest trigger of the sentence; the modality to all its triggers.
Words come from ``frontwatch.ner.spans.split_words``, as for the accurate reader.
Weights: ``weights/spacy_events/`` (``training/train_spacy_reader.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from frontwatch.ner.light_import import import_spacy, load_pipeline

spacy = import_spacy()  # before any other spaCy import, so that thinc does not load PyTorch: see light_import

from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from frontwatch.ner.spans import split_words  # noqa: E402
from frontwatch.reader.labels import ARG_ROLES, SUB_TO_TYPE  # noqa: E402
from frontwatch.reader.types import CUE_KINDS, Argument, Cue, Reading, Trigger  # noqa: E402

MODEL_DIR = Path(__file__).parent / "weights" / "spacy_events"
CUE_LABELS = {f"cue:{k}" for k in CUE_KINDS}


def make_doc(vocab, text: str) -> tuple[Doc, list[tuple[int, int]]]:
    """A spaCy Doc whose tokens are our words, with the text's own spacing."""
    offs = split_words(text)
    words = [text[a:b] for a, b in offs]
    spaces = [offs[i][1] < offs[i + 1][0] for i in range(len(offs) - 1)] + [False] * bool(offs)
    return Doc(vocab, words=words, spaces=spaces), offs


def flat_spans(events: Sequence, cues: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Word spans with one label each, non-overlapping: triggers, then cues, then arguments.
    The claimant is the argument ``source`` (its cue kind ``source`` is the same span)."""
    cand = [(0, e.sub_event_type, *e.trigger) for e in events]
    cand += [(1, f"cue:{k}", i, j) for k, i, j in cues if k != "source"]
    cand += [(2, role, i, j) for e in events for role, i, j in e.args]
    taken: list[tuple[int, int]] = []
    out = []
    for _p, label, i, j in sorted(cand, key=lambda c: (c[0], c[2])):
        if all(j <= a or b <= i for a, b in taken):
            taken.append((i, j))
            out.append((label, i, j))
    return sorted(out, key=lambda s: s[1])


def reading_from_doc(doc: Doc, offs: Sequence[tuple[int, int]]) -> Reading:
    modality = max(doc.cats, key=doc.cats.get) if doc.cats else "asserted"
    ents = [(e.label_, e.start, e.end) for e in doc.ents]
    trig = [(lab, i, j) for lab, i, j in ents if lab in SUB_TO_TYPE]
    triggers = [Trigger(offs[i][0], offs[j - 1][1], SUB_TO_TYPE[lab], lab, 1.0, modality) for lab, i, j in trig]
    cues = [Cue(offs[i][0], offs[j - 1][1], lab[4:]) for lab, i, j in ents if lab in CUE_LABELS]
    arguments = []
    for lab, i, j in ents:
        if lab not in ARG_ROLES:
            continue
        if lab == "source":
            cues.append(Cue(offs[i][0], offs[j - 1][1], "source"))
        if trig:  # the nearest trigger in words
            k = min(range(len(trig)), key=lambda t: min(abs(trig[t][1] - j), abs(i - trig[t][2])))
            arguments.append(Argument(k, offs[i][0], offs[j - 1][1], lab, 1.0))
    return Reading(triggers, sorted(cues, key=lambda c: c.start), arguments)


class SpacyReader:
    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        if not model_dir.exists():
            raise FileNotFoundError(f"{model_dir} missing; run training/train_spacy_reader.py")
        # Docs are made from our words (``make_doc``): the model's tokenizer is never used
        self.nlp: Language = load_pipeline(model_dir, tokenizer=False)

    def read(self, sentences: list[str], languages: list[str]) -> list[Reading]:
        made = [make_doc(self.nlp.vocab, s) for s in sentences]
        docs = self.nlp.pipe((d for d, _ in made), batch_size=256)
        return [reading_from_doc(doc, offs) for doc, (_d, offs) in zip(docs, made, strict=True)]
