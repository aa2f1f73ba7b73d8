"""Reading the events training data (contract section 1) into word-level BIO tags.

Events that share their trigger and sub-type (the data writes one event per place: "shelled
A and B") are one trigger with all their arguments here: a reader tags the trigger once.
Words come from the same splitter the NER uses (``frontwatch.ner.spans.split_words``),
so one encoder pass serves entities and events. A span covers every word it overlaps.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from frontwatch.ner.spans import split_words
from frontwatch.reader.labels import SUB_TO_TYPE


@dataclass
class GoldEvent:
    trigger: tuple[int, int]  # word indices [start, end)
    sub_event_type: str
    modality: str
    args: list[tuple[str, int, int]]  # (role, word start, word end); the claimant is role "source"


@dataclass
class Example:
    id: str
    lang: str
    text: str
    offsets: list[tuple[int, int]]  # character offsets of the words
    events: list[GoldEvent]
    cues: list[tuple[str, int, int]]  # (kind, word start, word end)
    negative: str | None
    raw: dict

    @property
    def words(self) -> list[str]:
        return [self.text[a:b] for a, b in self.offsets]


def read_jsonl(path: str | Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def word_span(offsets: Sequence[tuple[int, int]], span: Sequence[int]) -> tuple[int, int] | None:
    """Word indices [i, j) of the words overlapping the character span, or None."""
    a, b = span
    idx = [i for i, (s, e) in enumerate(offsets) if s < b and a < e]
    return (idx[0], idx[-1] + 1) if idx else None


def to_example(rec: dict) -> Example:
    offsets = split_words(rec["text"])
    events = []
    for ev in rec.get("events") or []:
        trig = word_span(offsets, ev["trigger"])
        if trig is None or ev.get("sub_event_type") not in SUB_TO_TYPE:
            continue
        args = []
        for a in ev.get("args") or []:
            ws = word_span(offsets, a["span"])
            if ws:
                args.append((a["role"], *ws))
        if ev.get("source"):
            ws = word_span(offsets, ev["source"])
            if ws:
                args.append(("source", *ws))
        same = next((g for g in events if g.trigger == trig and g.sub_event_type == ev["sub_event_type"]), None)
        if same is None:
            events.append(GoldEvent(trig, ev["sub_event_type"], ev.get("modality") or "asserted", args))
        else:  # one trigger, one event per place (FORMAT.md): for a reader, one trigger with all its places
            same.args += [a for a in args if a not in same.args]
    cues = []
    for c in rec.get("cues") or []:
        ws = word_span(offsets, c["span"])
        if ws:
            cues.append((c["kind"], *ws))
    return Example(rec["id"], rec.get("lang", ""), rec["text"], offsets, events, cues, rec.get("negative"), rec)


def load_examples(path: str | Path) -> list[Example]:
    return [to_example(r) for r in read_jsonl(path)]


def bio_tags(n: int, spans: Sequence[tuple[str, int, int]]) -> list[str]:
    """BIO tags for labelled word spans; an overlapping later span is dropped (first wins)."""
    tags = ["O"] * n
    for label, i, j in sorted(spans, key=lambda s: (s[1], -(s[2] - s[1]))):
        if any(t != "O" for t in tags[i:j]):
            continue
        tags[i] = f"B-{label}"
        for k in range(i + 1, j):
            tags[k] = f"I-{label}"
    return tags
