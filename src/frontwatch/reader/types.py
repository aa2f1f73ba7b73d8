"""What a reader sees in one sentence: event triggers, cues and arguments.

Offsets are code-point offsets: relative to the sentence string given to
``EventReader.read``; on ``Document.readings`` they are shifted to the article.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

CUE_KINDS = ("source", "attribution", "hedge", "denial", "future")
ROLES = ("actor1", "actor2", "location", "time", "quantity", "fatalities")
MODALITIES = ("asserted", "reported", "alleged", "denied", "planned")


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    event_type: str
    sub_event_type: str
    score: float
    # the reader's own view of the event's modality (asserted | reported | alleged |
    # denied | planned); the events stage may use it or derive its own from the cues
    modality: str = "asserted"


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    kind: str  # source | attribution | hedge | denial | future


@dataclass(frozen=True)
class Argument:
    trigger: int  # index into Reading.triggers
    start: int
    end: int
    role: str  # actor1 | actor2 | location | time | quantity | fatalities | source
    score: float


@dataclass(frozen=True)
class Mention:
    """A named entity found by the same encoder pass (accurate profile only)."""

    start: int
    end: int
    label: str  # PER | LOC | ORG


@dataclass
class Reading:
    triggers: list[Trigger]
    cues: list[Cue]
    arguments: list[Argument]
    # entity tags from the same forward pass, when the reader made them (None = not made)
    entities: list[Mention] | None = None

    def shifted(self, base: int) -> Reading:
        """The same reading with every offset moved by ``base`` (sentence -> article)."""

        def mv(x, **kw):
            return type(x)(**{**x.__dict__, "start": x.start + base, "end": x.end + base, **kw})

        return Reading(
            [mv(t) for t in self.triggers],
            [mv(c) for c in self.cues],
            [mv(a) for a in self.arguments],
            None if self.entities is None else [mv(m) for m in self.entities],
        )


def empty_reading() -> Reading:
    return Reading([], [], [], None)


class EventReader(Protocol):
    def read(self, sentences: list[str], languages: list[str]) -> list[Reading]:
        """One Reading per sentence, offsets relative to each sentence string;
        batched across sentences (and articles)."""
        ...


__all__ = ["Trigger", "Cue", "Argument", "Mention", "Reading", "EventReader", "CUE_KINDS", "ROLES",
           "MODALITIES", "empty_reading"]
