"""What any storage backend offers the CLI, and the rows every backend writes.

SQLite (a file path) is the default; a ``postgresql://`` URL selects the
PostgreSQL backend. Both keep the same tables: ``articles`` holds the whole
Document as JSON (the source of truth for export), the layer tables are for
querying with SQL."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from ..document import Document

# the tables a store keeps, in the order tests and `counts` list them
TABLES = ("articles", "duplicates", "entities", "toponyms", "events", "read_errors")


class Store(ABC):
    @abstractmethod
    def save(self, doc: Document, pipeline: str) -> None:
        """Write (or replace) one article and all its layers atomically."""

    @abstractmethod
    def add_duplicate(self, article_id: str, same_as: str, source_path: str | None) -> None: ...

    @abstractmethod
    def record_error(self, source: str, article_id: str | None, message: str) -> None: ...

    @abstractmethod
    def documents(self) -> Iterator[Document]: ...

    @abstractmethod
    def close(self) -> None: ...

    # -- plain SQL both backends understand: stored articles, news feeds (``frontwatch feeds``)
    PARAM = "?"  # the driver's placeholder

    def _q(self, sql: str, args: tuple = ()):
        return self.db.execute(sql.replace("?", self.PARAM), args)  # type: ignore[attr-defined]

    def stored(self, article_id: str) -> tuple[str, str] | None:
        """(content hash, pipeline signature) stored for ``article_id``, or None."""
        row = self._q("SELECT content_hash, pipeline FROM articles WHERE id=?", (article_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def id_with_hash(self, content_hash: str) -> str | None:
        """The id of the stored article with this text, or None."""
        row = self._q("SELECT id FROM articles WHERE content_hash=?", (content_hash,)).fetchone()
        return row[0] if row else None

    def document(self, article_id: str) -> Document | None:
        """The stored article, or the one an article found a duplicate of was stored as."""
        row = self._q("SELECT doc FROM articles WHERE id=?", (article_id,)).fetchone()
        if row is None:
            row = self._q("SELECT a.doc FROM duplicates d JOIN articles a ON a.id = d.same_as WHERE d.id=?",
                          (article_id,)).fetchone()
        return self._document(row[0]) if row else None

    @abstractmethod
    def _document(self, stored: Any) -> Document:
        """A Document from the ``doc`` column as the driver returns it."""

    def counts(self) -> dict[str, int]:
        return {t: self._q(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES if t != "read_errors"}

    def add_feed(self, url: str) -> bool:
        """Follow a feed; False when it was already followed."""
        if self._q("SELECT 1 FROM feeds WHERE url=?", (url,)).fetchone():
            return False
        self._q("INSERT INTO feeds (url, added_at) VALUES (?, ?)", (url, now()))
        return True

    def feeds(self) -> list[str]:
        return [url for (url,) in self._q("SELECT url FROM feeds ORDER BY url")]

    def feed_item_seen(self, feed_url: str, item: str) -> bool:
        return self._q("SELECT 1 FROM feed_items WHERE feed_url=? AND item=?", (feed_url, item)).fetchone() is not None

    def mark_feed_item(self, feed_url: str, item: str, article_id: str | None) -> None:
        if not self.feed_item_seen(feed_url, item):
            self._q("INSERT INTO feed_items VALUES (?, ?, ?, ?)", (feed_url, item, article_id, now()))

    def mark_feed_polled(self, feed_url: str) -> None:
        self._q("UPDATE feeds SET polled_at=? WHERE url=?", (now(), feed_url))


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def article_row(doc: Document, pipeline: str, doc_json: object) -> tuple:
    return (doc.id, doc.content_hash, doc.language, doc.published, doc.title, doc.url, doc.outlet,
            doc.source_path, now(), pipeline, doc_json)


def entity_rows(doc: Document) -> list[tuple]:
    return [(doc.id, e.start, e.end, e.text, e.label, e.canonical) for e in doc.entities]


def toponym_rows(doc: Document) -> list[tuple]:
    return [(doc.id, t.start, t.end, t.text, t.place.name, t.place.lat, t.place.lon, t.place.country_code,
             t.place.admin1, t.place.geonameid, t.place.precision) for t in doc.toponyms]


def event_rows(doc: Document) -> list[tuple]:
    rows = []
    for n, e in enumerate(doc.events):
        loc = e.location
        rows.append((doc.id, n, e.event_type, e.sub_event_type, e.date, e.date_precision, e.actor1, e.actor2,
                     loc.name if loc else None, loc.lat if loc else None, loc.lon if loc else None,
                     loc.country_code if loc else None, e.fatalities, e.claimed_by, e.modality,
                     e.evidence.start, e.evidence.end))
    return rows


def is_server_url(location: str) -> bool:
    return location.startswith(("postgres://", "postgresql://"))


def open_store(location: str, create: bool = True) -> Store:
    """A store for ``location``: a ``postgresql://`` URL for PostgreSQL, else a SQLite file path.
    ``create=False`` (for reading: export, show) never makes a new SQLite file. Any failure to
    open is a RuntimeError whose message names the database."""
    if is_server_url(location):
        from .postgresql import PostgreSQLStore

        return PostgreSQLStore(location)
    from .sqlite import SQLiteStore

    return SQLiteStore(location, create=create)
