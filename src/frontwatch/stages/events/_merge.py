"""Mentions of one event told more than once: one event per (type, place, day, actors).

A later mention fills what the first lacked (a date, a place, the dead); a
mention with no place of its own («the attack», «il cessate il fuoco») is the
event of that type told before, when its actors and day agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ...document import Event, Place, Span


@dataclass
class Draft:
    """An event being assembled, with what the merge needs to know about it."""

    event: Event
    explicit_place: bool
    explicit_date: bool
    sides: tuple[str | None, str | None] = (None, None)
    extra: dict = field(default_factory=dict)


def days_apart(a: str | None, b: str | None) -> int:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except (TypeError, ValueError):
        return 0


def place_key(p: Place | None) -> tuple:
    if p is None:
        return ()
    return ("country", p.country_code) if p.precision == "country" else (p.name, p.country_code)


def merge(drafts: list[Draft]) -> list[Draft]:
    """One event per (type, place, day, actors): a later mention fills what the first lacked."""
    kept: list[Draft] = []
    for d in drafts:
        same = next((k for k in kept if same_event(k, d)), None)
        if same is None:
            kept.append(d)
        else:
            absorb(same, d)
    return kept


def same_event(a: Draft, b: Draft) -> bool:
    ea, eb = a.event, b.event
    if (ea.event_type, ea.sub_event_type) != (eb.event_type, eb.sub_event_type):
        return False
    if place_key(ea.location) != place_key(eb.location) and b.explicit_place:
        return False  # a later mention without a place of its own is the event told before
    if not compatible(ea.actor1, eb.actor1) or not compatible(ea.actor2, eb.actor2):
        return False
    return not (a.explicit_date and b.explicit_date and days_apart(ea.date, eb.date) != 0)


def compatible(x: str | None, y: str | None) -> bool:
    return x is None or y is None or x == y


def absorb(target: Draft, other: Draft) -> None:
    t, o = target.event, other.event
    if other.explicit_date and not target.explicit_date:
        t.date, t.date_precision = o.date, o.date_precision
        target.explicit_date = True
    if other.explicit_place and not target.explicit_place:
        t.location, target.explicit_place = o.location, True
    t.actor1, t.actor2 = t.actor1 or o.actor1, t.actor2 or o.actor2
    t.fatalities = t.fatalities or o.fatalities
    t.control = t.control or o.control
    seen = {(q.value, q.unit) for q in t.quantities}
    t.quantities.extend(q for q in o.quantities if (q.value, q.unit) not in seen)
    if 0 <= o.evidence.start - t.evidence.end <= 3:  # sentences that run on from each other
        t.evidence = Span(t.evidence.start, o.evidence.end, "sentence")
