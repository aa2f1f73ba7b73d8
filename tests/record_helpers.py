"""Build stored articles by hand for the record's tests: our own sentences, events
placed on them exactly as the store keeps them (the record never sees the stages)."""

from __future__ import annotations

import sqlite3

from frontwatch.document import Document, Event, Place, Quantity, Span, Toponym

KHARKIV = Place("Kharkiv", 49.98081, 36.25272, "UA", "Kharkiv Oblast", 706483, "city")
CHUHUIV = Place("Chuhuiv", 49.83559, 36.68861, "UA", "Kharkiv Oblast", 710403, "city")
KHARKIV_OBLAST = Place("Kharkiv Oblast", 49.5, 36.5, "UA", "Kharkiv Oblast", 706482, "admin1")
TOWN = Place("Lyman", 48.98847, 37.80224, "UA", "Donetsk Oblast", 702972, "city")


def event(text: str, sentence: str, sub: str, *, etype: str = "Explosions/Remote violence", place: Place | None = None,
          date: str | None = None, actor1: str | None = "Military Forces of Russia", actor2: str | None = None,
          claimed_by: str | None = None, modality: str = "asserted", control: dict | None = None,
          fatalities: int | None = None, quantities: list[tuple[float, str]] = (),
          mention: str | None = None) -> Event:
    """One event on ``sentence`` of ``text``; ``mention`` is how the sentence names the place
    (default: the place's own name), for the toponym ``article`` adds."""
    start = text.index(sentence)
    return Event(event_type=etype, sub_event_type=sub, evidence=Span(start, start + len(sentence), "sentence"),
                 date=date, date_precision="day" if date else "unknown", actor1=actor1, actor2=actor2,
                 location=place, fatalities=fatalities, claimed_by=claimed_by, modality=modality, control=control,
                 quantities=[Quantity(0, 0, str(v), v, u, "exact") for v, u in quantities],
                 trigger=Span(start, start + 1, "trigger"))


def article(doc_id: str, text: str, published: str, outlet: str | None, language: str = "en",
            events: list[Event] = (), mentions: dict[str, str] | None = None) -> Document:
    """A stored article; each event's place gets a toponym where its evidence names it
    (``mentions`` maps a place's name to the words the text uses for it)."""
    toponyms = []
    for ev in events:
        if ev.location is None:
            continue
        words = (mentions or {}).get(ev.location.name, ev.location.name)
        k = text.find(words, ev.evidence.start, ev.evidence.end)
        if k >= 0:
            toponyms.append(Toponym(k, k + len(words), words, ev.location))
    return Document(id=doc_id, text=text, published=published, outlet=outlet, language=language,
                    events=list(events), toponyms=toponyms)


RECORD_TABLES = ("record_reports", "record_control_places", "record_clusters", "record_contradictions",
                 "record_control", "record_losses")


def record_tables(path, tables: tuple[str, ...] = RECORD_TABLES) -> list:
    """Every row of the record's tables in a SQLite file, in a fixed order: two records compare equal
    when they hold the same."""
    con = sqlite3.connect(path)
    out = [con.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables]
    con.close()
    return out
