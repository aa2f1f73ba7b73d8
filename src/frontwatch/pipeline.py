"""Stage order: the whole architecture in one list.

A stage is an object with a ``name``, the Document layers it ``requires`` and
``assigns`` (see ``document.LAYERS``), and a ``__call__(doc) -> None`` that reads
the layers it requires and writes the ones it assigns. ``PIPELINE`` is the one
stage order that ``run``, the benches and the tests use; ``STAGES`` builds each
stage by name. Stages never import the CLI, the store or the exporters.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from .document import LAYERS, Document, base_fields

# the order data flows through the stages
PIPELINE = ("clean", "language", "sentences", "reading", "entities", "places", "time", "quantities",
            "events", "attribution")


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]  # layers (or base fields) read: assigned by an earlier stage
    assigns: tuple[str, ...]  # layers written: assigned whole, so a second run gives the same Document

    def __call__(self, doc: Document) -> None: ...


@dataclass
class PipelineOptions:
    profile: str = "accurate"  # NER and reader profile: "accurate" or "fast"


# name -> factory; imports are lazy so a stage's heavy dependencies load only when it is built
STAGES: dict[str, Callable[[PipelineOptions], Stage]] = {}


def register(name: str) -> Callable[[Callable[[PipelineOptions], Stage]], Callable[[PipelineOptions], Stage]]:
    def add(factory: Callable[[PipelineOptions], Stage]) -> Callable[[PipelineOptions], Stage]:
        STAGES[name] = factory
        return factory

    return add


# name -> (module under frontwatch.stages, class, whether it takes the profile)
_STAGE_CLASSES = {
    "clean": ("clean", "Clean", False),
    "language": ("language", "Language", False),
    "sentences": ("sentences", "Sentences", False),
    "reading": ("reading", "Reading", True),
    "entities": ("entities.entities", "Entities", True),
    "places": ("places", "Places", False),
    "time": ("timex", "Time", False),
    "quantities": ("quantities", "Quantities", False),
    "events": ("events.events", "Events", False),
    "attribution": ("attribution", "Attribution", False),
}


def _factory(module: str, cls: str, profiled: bool) -> Callable[[PipelineOptions], Stage]:
    def build(options: PipelineOptions) -> Stage:
        stage = getattr(importlib.import_module(f".stages.{module}", __package__), cls)
        return stage(profile=options.profile) if profiled else stage()

    return build


for _name, _spec in _STAGE_CLASSES.items():
    register(_name)(_factory(*_spec))


def build_stages(names: Iterable[str] = PIPELINE, options: PipelineOptions | None = None) -> list[Stage]:
    """The named stages, built in the order given."""
    options = options or PipelineOptions()
    unknown = [n for n in names if n not in STAGES]
    if unknown:
        raise ValueError(f"unknown stage(s) {unknown}; registered: {sorted(STAGES)}")
    return [STAGES[n](options) for n in names]


def default_stages(options: PipelineOptions | None = None) -> list[Stage]:
    """The stages of ``PIPELINE``, in the order data flows through them."""
    return build_stages(PIPELINE, options)


class PipelineOrderError(ValueError):
    """A stage would read a layer no stage before it writes."""


def check_order(stages: Iterable[Stage]) -> None:
    """Raise ``PipelineOrderError`` unless every stage's ``requires`` is a base field of the
    Document or a layer an earlier stage assigns, and every name is a Document field."""
    known = set(base_fields())
    available = set(known)
    before: list[str] = []
    for stage in stages:
        name = getattr(stage, "name", type(stage).__name__)
        if not hasattr(stage, "requires") or not hasattr(stage, "assigns"):
            raise PipelineOrderError(f"stage {name!r} declares no 'requires'/'assigns' contract")
        strange = [x for x in (*stage.requires, *stage.assigns) if x not in known and x not in LAYERS]
        if strange:
            raise PipelineOrderError(f"stage {name!r} names {strange}, which are not Document fields")
        missing = [x for x in stage.requires if x not in available]
        if missing:
            raise PipelineOrderError(
                f"stage {name!r} requires {missing}, which no stage before it assigns "
                f"(before it: {', '.join(before) or 'nothing'}); put the stage assigning it first")
        available.update(stage.assigns)
        before.append(name)


def _fresh(doc: Document, stage: Stage) -> None:
    """Empty the layers a stage assigns without reading them, so what a stage writes replaces
    what an earlier run wrote (a stage that refines a layer, like attribution, requires it)."""
    for layer in stage.assigns:
        if layer in LAYERS and layer not in stage.requires:
            setattr(doc, layer, [])


@dataclass
class Pipeline:
    stages: list[Stage]
    # seconds spent per stage, summed over every document processed
    timings: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_order(self.stages)

    @classmethod
    def default(cls, options: PipelineOptions | None = None) -> Pipeline:
        return cls(default_stages(options))

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            t0 = time.perf_counter()
            _fresh(doc, stage)
            stage(doc)
            self.timings[stage.name] = self.timings.get(stage.name, 0.0) + time.perf_counter() - t0
        return doc

    def process(self, docs: list[Document]) -> list[tuple[Document, str | None]]:
        """``run_batch`` with each failure said in one line: what the runner and engines report."""
        return [(doc, None if e is None else failure(doc, e)) for doc, e in self.run_batch(docs)]

    def run_batch(self, docs: list[Document]) -> list[tuple[Document, Exception | None]]:
        """Several articles stage by stage, so that a stage with a ``batch(docs)`` method (the
        reading and entities stages: their neural models) serves them all in one pass. An article
        that fails at a stage is left out of the later ones and returned with its exception."""
        failed: dict[int, Exception] = {}
        for stage in self.stages:
            live = [d for d in docs if id(d) not in failed]
            t0 = time.perf_counter()
            try:
                self._stage_batch(stage, live, failed)
            finally:  # a time limit can stop the batch half-way: no article's share may outlive it
                forget = getattr(stage, "forget", None)
                if forget is not None:
                    forget()
            self.timings[stage.name] = self.timings.get(stage.name, 0.0) + time.perf_counter() - t0
        return [(d, failed.get(id(d))) for d in docs]

    @staticmethod
    def _stage_batch(stage: Stage, live: list[Document], failed: dict[int, Exception]) -> None:
        ahead = getattr(stage, "batch", None)
        if ahead is not None and len(live) > 1:
            try:
                ahead(live)
            except Exception:  # noqa: BLE001 - each article then runs the stage on its own
                pass
        for doc in live:
            try:
                _fresh(doc, stage)
                stage(doc)
            except Exception as e:  # one bad article must not stop the others
                failed[id(doc)] = e


def failure(doc: Document, error: Exception) -> str:
    return f"{doc.id}: processing failed ({type(error).__name__}: {error})"


def contract_table(names: Iterable[str] = PIPELINE) -> str:
    """The stages of ``names`` as a Markdown table (module, requires, assigns, what it does):
    the table ARCHITECTURE.md holds, generated so the two cannot drift apart."""
    import sys

    rows = ["| stage | module | requires | assigns | what it does |", "| --- | --- | --- | --- | --- |"]
    for stage in build_stages(names):
        module = type(stage).__module__
        doc = (sys.modules[module].__doc__ or "").strip().splitlines()[0].rstrip(".")
        rows.append(f"| `{stage.name}` | `{module.removeprefix('frontwatch.')}` | "
                    f"{', '.join(stage.requires) or '(the text)'} | {', '.join(stage.assigns)} | {doc} |")
    return "\n".join(rows)
