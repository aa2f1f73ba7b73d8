"""Build stored articles by hand for the record's tests: our own sentences, events
placed on them exactly as the store keeps them (the record never sees the stages)."""

from __future__ import annotations

from frontwatch.document import Document, Event, Place, Quantity, Span

KHARKIV = Place("Kharkiv", 49.98081, 36.25272, "UA", "Kharkiv Oblast", 706483, "city")
CHUHUIV = Place("Chuhuiv", 49.83559, 36.68861, "UA", "Kharkiv Oblast", 710403, "city")
KHARKIV_OBLAST = Place("Kharkiv Oblast", 49.5, 36.5, "UA", "Kharkiv Oblast", 706482, "admin1")
TOWN = Place("Lyman", 48.98847, 37.80224, "UA", "Donetsk Oblast", 702972, "city")


def event(text: str, sentence: str, sub: str, *, etype: str = "Explosions/Remote violence", place: Place | None = None,
          date: str | None = None, actor1: str | None = "Military Forces of Russia", actor2: str | None = None,
          claimed_by: str | None = None, modality: str = "asserted", control: dict | None = None,
          fatalities: int | None = None, quantities: list[tuple[float, str]] = ()) -> Event:
    start = text.index(sentence)
    return Event(event_type=etype, sub_event_type=sub, evidence=Span(start, start + len(sentence), "sentence"),
                 date=date, date_precision="day" if date else "unknown", actor1=actor1, actor2=actor2,
                 location=place, fatalities=fatalities, claimed_by=claimed_by, modality=modality, control=control,
                 quantities=[Quantity(0, 0, str(v), v, u, "exact") for v, u in quantities])


def article(doc_id: str, text: str, published: str, outlet: str | None, language: str = "en",
            events: list[Event] = ()) -> Document:
    return Document(id=doc_id, text=text, published=published, outlet=outlet, language=language, events=list(events))
