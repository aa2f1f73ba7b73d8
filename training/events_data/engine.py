"""A tiny template language that renders sentences together with exact span annotations.

Why a language of its own: thousands of examples must carry code-point spans that match
their words exactly; computing the spans while the text is assembled makes a wrong
offset impossible, whatever slots, noise or casing are applied afterwards.

Syntax (templates and pool entries share it):
  {POOL}          fill from a pool, no annotation
  {role:POOL}     fill and annotate; inside the fill a ``[...|@]`` marks the core that gets the role
  {role+:POOL}    a list of two or three fills ("A, B and C"): one event per item (FORMAT.md)
  [text|kind]     annotate literal text (may nest slots); kind is T, T=<key>, a role, source,
                  attr, hedge, denial or future; ``#n`` after kind ties it to event n (``#*``: all)
  [{POOL}|T]      a trigger drawn from a pool of phrases; when the drawn entry marks a core
                  (``a [phone call|@] with``) only the core is annotated, the rest is plain text
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from itertools import count

_ids = count()


@dataclass
class Label:
    kind: str  # T, role name, source, attr, hedge, denial, future
    event: str | None = None  # event index, "*" for all; None: event 1 for T and roles, all for cues
    subtype: str | None = None  # for T=<key>
    split: int | None = None  # list-slot instance: one event per item
    uid: int = field(default_factory=lambda: next(_ids))


@dataclass
class Seg:
    text: str
    labels: list[Label]


@dataclass
class Lit:
    text: str


@dataclass
class Slot:
    pool: str
    role: str | None
    event: str | None
    many: bool


@dataclass
class Mark:
    children: list
    kind: str


def parse(src: str) -> list:
    nodes, i = _parse(src, 0, "")
    if i != len(src):
        raise ValueError(f"unbalanced template: {src!r}")
    return nodes


def _parse(src: str, i: int, stop: str) -> tuple[list, int]:
    nodes: list = []
    buf: list[str] = []
    while i < len(src):
        ch = src[i]
        if ch in stop:
            break
        if ch == "{":
            end = src.index("}", i)
            nodes.append(Lit("".join(buf)))
            buf = []
            nodes.append(_slot(src[i + 1:end]))
            i = end + 1
        elif ch == "[":
            children, j = _parse(src, i + 1, "|")
            end = src.index("]", j)
            nodes.append(Lit("".join(buf)))
            buf = []
            nodes.append(Mark(children, src[j + 1:end]))
            i = end + 1
        else:
            buf.append(ch)
            i += 1
    nodes.append(Lit("".join(buf)))
    return [n for n in nodes if not (isinstance(n, Lit) and not n.text)], i


def _slot(body: str) -> Slot:
    if ":" not in body:
        return Slot(body, None, None, False)
    role, pool = body.split(":", 1)
    many = role.endswith("+")
    role = role.rstrip("+")
    event = None
    if "#" in role:
        role, event = role.split("#", 1)
    return Slot(pool, role, event, many)


def make_label(kind: str) -> Label:
    split = None
    if kind.endswith("+"):  # [A|location+] and [B|location+]: one event per place, written by hand
        kind, split = kind[:-1], -1
    subtype = None
    if "=" in kind:  # T=air or T#2=air
        kind, subtype = kind.split("=", 1)
    event = None
    if "#" in kind:
        kind, event = kind.split("#", 1)
    return Label(kind, event, subtype, split)


class Renderer:
    """Renders parsed templates with pools of one language; `noise` mutates literal text."""

    def __init__(self, pools: dict[str, list[str]], rng: random.Random, noise=None):
        self.pools = pools
        self.rng = rng
        self.noise = noise
        self._cache: dict[str, list] = {}
        self._used: set[str] = set()  # entries already used in this example: no "Tusk met Tusk"

    def nodes(self, src: str) -> list:
        if src not in self._cache:
            self._cache[src] = parse(src)
        return self._cache[src]

    def render(self, nodes: list) -> list[Seg]:
        out: list[Seg] = []
        for node in nodes:
            if isinstance(node, Lit):
                text = self.noise(node.text) if self.noise else node.text
                out.append(Seg(text, []))
            elif isinstance(node, Mark):
                segs = self.render(node.children)
                label = make_label(node.kind)
                for s in _marked(node, segs):
                    s.labels.append(label)
                out.extend(segs)
            else:
                out.extend(self._fill(node))
        return out

    def _fill(self, slot: Slot) -> list[Seg]:
        if slot.pool not in self.pools:
            raise KeyError(f"no pool {slot.pool!r}")
        entries = [e for e in self.pools[slot.pool] if e not in self._used] or self.pools[slot.pool]
        if not slot.many:
            entry = self.rng.choice(entries)
            self._used.add(entry)
            return self._one(slot, entry, None)
        items = self.rng.sample(entries, self.rng.choice([2, 2, 3]))
        self._used.update(items)
        split = next(_ids)
        joiner = self.pools.get("_AND", [" and "])[0]
        out: list[Seg] = []
        for k, entry in enumerate(items):
            if k:
                out.append(Seg(joiner if k == len(items) - 1 else ", ", []))
            out.extend(self._one(slot, entry, split))
        return out

    def _one(self, slot: Slot, entry: str, split: int | None) -> list[Seg]:
        segs = self.render(self.nodes(entry))
        if slot.role is None:
            return segs
        label = Label(slot.role, slot.event, None, split)
        cores = [s for s in segs if any(lb.kind == "@" for lb in s.labels)]
        for s in cores or segs:
            s.labels = [lb for lb in s.labels if lb.kind != "@"] + [label]
        return segs


def _marked(mark: Mark, segs: list[Seg]) -> list[Seg]:
    """The segments a mark annotates: all, or only the cores of a single pool entry (``[{POOL}|T]``),
    so that a pool of trigger phrases can carry articles and prepositions outside the trigger."""
    only = mark.children[0] if len(mark.children) == 1 else None
    if not (isinstance(only, Slot) and only.role is None):
        return segs
    cores = [s for s in segs if any(lb.kind == "@" for lb in s.labels)]
    for s in cores:
        s.labels = [lb for lb in s.labels if lb.kind != "@"]
    return cores or segs


def join(segs: list[Seg]) -> tuple[str, dict[int, tuple[Label, int, int]]]:
    """Concatenate segments; return the text and each label's [start, end) span."""
    parts: list[str] = []
    spans: dict[int, tuple[Label, int, int]] = {}
    pos = 0
    for s in segs:
        for lb in s.labels:
            if lb.kind == "@":
                continue
            if lb.uid in spans:
                spans[lb.uid] = (lb, spans[lb.uid][1], pos + len(s.text))
            else:
                spans[lb.uid] = (lb, pos, pos + len(s.text))
        parts.append(s.text)
        pos += len(s.text)
    return "".join(parts), spans
