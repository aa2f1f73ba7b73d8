"""One stored article with its layers, as offsets into its text (``/api/articles/{id}``)."""

from __future__ import annotations

from dataclasses import asdict

from ..document import Document
from .models import Article, Layer, Span


def article(doc: Document) -> Article:
    def layer(x, label: str | None = None, **detail) -> Layer:
        return Layer(start=x.start, end=x.end, text=doc.text[x.start:x.end], label=label,
                     detail={k: v for k, v in detail.items() if v is not None} or None)

    return Article(
        id=doc.id, title=doc.title, published=doc.published, outlet=doc.outlet, url=doc.url,
        language=doc.language, text=doc.text,
        sentences=[Span(start=s.start, end=s.end) for s in doc.sentences],
        entities=[layer(e, e.label, canonical=e.canonical) for e in doc.entities],
        toponyms=[layer(t, t.place.precision, name=t.place.name, lat=t.place.lat, lon=t.place.lon,
                        geonameid=t.place.geonameid) for t in doc.toponyms],
        timexes=[layer(t, t.precision, value=t.value, end_value=t.end_value) for t in doc.timexes],
        quantities=[layer(q, q.unit, value=q.value, qualifier=q.qualifier) for q in doc.quantities],
        events=[asdict(e) for e in doc.events],
    )
