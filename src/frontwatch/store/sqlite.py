"""SQLite storage: WAL, versioned migrations, one transaction per article."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from ..document import Document
from .base import Store

MIGRATIONS = sorted((Path(__file__).parent / "migrations").glob("*.sql"))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore(Store):
    def __init__(self, path: str) -> None:
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None)  # we open transactions ourselves
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA busy_timeout=10000")
        self._migrate()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        for n, script in enumerate(MIGRATIONS, 1):
            if n > version:
                # executescript commits first; the BEGIN/COMMIT keeps each migration atomic
                self.db.executescript(f"BEGIN;\n{script.read_text()}\nPRAGMA user_version={n};\nCOMMIT;")

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def stored(self, article_id: str) -> tuple[str, str] | None:
        row = self.db.execute("SELECT content_hash, pipeline FROM articles WHERE id=?", (article_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def id_with_hash(self, content_hash: str) -> str | None:
        row = self.db.execute("SELECT id FROM articles WHERE content_hash=?", (content_hash,)).fetchone()
        return row[0] if row else None

    def save(self, doc: Document, pipeline: str) -> None:
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("DELETE FROM articles WHERE id=?", (doc.id,))  # cascades to layers
            db.execute(
                "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (doc.id, doc.content_hash, doc.language, doc.published, doc.title, doc.url, doc.outlet,
                 doc.source_path, _now(), pipeline, json.dumps(doc.to_dict(), ensure_ascii=False)),
            )
            db.executemany(
                "INSERT INTO entities VALUES (?,?,?,?,?,?)",
                [(doc.id, e.start, e.end, e.text, e.label, e.canonical) for e in doc.entities],
            )
            db.executemany(
                "INSERT INTO toponyms VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [(doc.id, t.start, t.end, t.text, t.place.name, t.place.lat, t.place.lon, t.place.country_code,
                  t.place.admin1, t.place.geonameid, t.place.precision) for t in doc.toponyms],
            )
            db.executemany(
                "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(doc.id, n, e.event_type, e.sub_event_type, e.date, e.date_precision, e.actor1, e.actor2,
                  e.location.name if e.location else None, e.location.lat if e.location else None,
                  e.location.lon if e.location else None, e.location.country_code if e.location else None,
                  e.fatalities, e.claimed_by, e.modality, e.evidence.start, e.evidence.end)
                 for n, e in enumerate(doc.events)],
            )
            db.execute("DELETE FROM duplicates WHERE id=?", (doc.id,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def add_duplicate(self, article_id: str, same_as: str, source_path: str | None) -> None:
        row = self.db.execute("SELECT same_as FROM duplicates WHERE id=?", (article_id,)).fetchone()
        if row and row[0] == same_as:
            return  # already known: a second run changes nothing
        self.db.execute(
            "INSERT OR REPLACE INTO duplicates VALUES (?,?,?,?)", (article_id, same_as, source_path, _now())
        )

    def record_error(self, source: str, article_id: str | None, message: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO read_errors VALUES (?,?,?,?)", (source, article_id, message, _now()))

    def documents(self) -> Iterator[Document]:
        for (doc,) in self.db.execute("SELECT doc FROM articles ORDER BY id"):
            yield Document.from_dict(json.loads(doc))

    def document(self, article_id: str) -> Document | None:
        row = self.db.execute("SELECT doc FROM articles WHERE id=?", (article_id,)).fetchone()
        if row is None:
            row = self.db.execute(
                "SELECT a.doc FROM duplicates d JOIN articles a ON a.id = d.same_as WHERE d.id=?", (article_id,)
            ).fetchone()
        return Document.from_dict(json.loads(row[0])) if row else None

    def counts(self) -> dict[str, int]:
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "duplicates", "entities", "toponyms", "events")}

    def close(self) -> None:
        self.db.close()
