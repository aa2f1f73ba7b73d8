"""SQLite storage: WAL, versioned migrations, one transaction per article."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ..document import Document
from .base import TABLES, Store, article_row, entity_rows, event_rows, now, toponym_rows

MIGRATIONS = sorted((Path(__file__).parent / "migrations").glob("*.sql"))


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
            db.execute("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                       article_row(doc, pipeline, json.dumps(doc.to_dict(), ensure_ascii=False)))
            db.executemany("INSERT INTO entities VALUES (?,?,?,?,?,?)", entity_rows(doc))
            db.executemany("INSERT INTO toponyms VALUES (?,?,?,?,?,?,?,?,?,?,?)", toponym_rows(doc))
            db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", event_rows(doc))
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
            "INSERT OR REPLACE INTO duplicates VALUES (?,?,?,?)", (article_id, same_as, source_path, now())
        )

    def record_error(self, source: str, article_id: str | None, message: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO read_errors VALUES (?,?,?,?)", (source, article_id, message, now()))

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
                for t in TABLES if t != "read_errors"}

    def close(self) -> None:
        self.db.close()
