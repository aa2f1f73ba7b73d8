"""Stage order: the whole architecture in one list.

A stage is any object with a ``name`` and a ``__call__(doc) -> None`` that
reads earlier layers of the ``Document`` and writes its own. Stages never
import the CLI, the store or the exporters.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from .document import Document


class Stage(Protocol):
    name: str

    def __call__(self, doc: Document) -> None: ...


@dataclass
class PipelineOptions:
    profile: str = "accurate"  # NER profile: "accurate" or "fast"


def default_stages(options: PipelineOptions | None = None) -> list[Stage]:
    """The stages in the order data flows through them (imports are lazy so a
    stage's heavy dependencies load only when the stage is used)."""
    options = options or PipelineOptions()
    from .stages import (
        attribution,
        clean,
        entities,
        events,
        language,
        places,
        quantities,
        reading,
        sentences,
        timex,
    )

    return [
        clean.Clean(),
        language.Language(),
        sentences.Sentences(),
        reading.Reading(profile=options.profile),
        entities.Entities(profile=options.profile),
        places.Places(),
        timex.Time(),
        quantities.Quantities(),
        events.Events(),
        attribution.Attribution(),
    ]


@dataclass
class Pipeline:
    stages: list[Stage]
    # seconds spent per stage, summed over every document processed
    timings: dict[str, float] = field(default_factory=dict)

    @classmethod
    def default(cls, options: PipelineOptions | None = None) -> Pipeline:
        return cls(default_stages(options))

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            t0 = time.perf_counter()
            stage(doc)
            self.timings[stage.name] = self.timings.get(stage.name, 0.0) + time.perf_counter() - t0
        return doc

    def run_batch(self, docs: list[Document]) -> list[tuple[Document, Exception | None]]:
        """Several articles stage by stage, so that a stage with a ``batch(docs)`` method (the
        entities stage: its neural models) serves them all in one pass. An article that fails
        at a stage is left out of the later ones and returned with its exception."""
        failed: dict[int, Exception] = {}
        for stage in self.stages:
            live = [d for d in docs if id(d) not in failed]
            t0 = time.perf_counter()
            ahead = getattr(stage, "batch", None)
            if ahead is not None and len(live) > 1:
                try:
                    ahead(live)
                except Exception:  # noqa: BLE001 - each article then runs the stage on its own
                    pass
            for doc in live:
                try:
                    stage(doc)
                except Exception as e:  # one bad article must not stop the others
                    failed[id(doc)] = e
            self.timings[stage.name] = self.timings.get(stage.name, 0.0) + time.perf_counter() - t0
        return [(d, failed.get(id(d))) for d in docs]

    def pipe(self, docs: Iterable[Document], on_error: Callable[[Document, Exception], None] | None = None):
        for doc in docs:
            try:
                yield self(doc)
            except Exception as e:  # one bad article must not stop the run
                if on_error is None:
                    raise
                on_error(doc, e)
