"""SQLite storage: WAL, versioned migrations, one transaction per article."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ..document import Document
from .base import Store, article_row, entity_rows, event_rows, now, toponym_rows

MIGRATIONS = sorted((Path(__file__).parent / "migrations").glob("*.sql"))


class StoreError(RuntimeError):
    """The database cannot be used as asked; the message names it and says why."""


class SQLiteStore(Store):
    def __init__(self, path: str, create: bool = True) -> None:
        """Open (and with ``create``, make and migrate) the database at ``path``. Without ``create``
        a missing file is an error, not a new empty database. Raises StoreError with a clear message."""
        self.path = path
        _check_location(Path(path), create)
        try:
            mode = "rwc" if create else "rw"
            # we open transactions ourselves; a URI so that mode=rw never creates the file
            self.db = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode={mode}", uri=True,
                                      isolation_level=None)
            self.db.execute("PRAGMA busy_timeout=10000")  # first: two processes may open a new file together
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
            if create:
                self.db.execute("PRAGMA journal_mode=WAL")
                self._check_writable()
        except sqlite3.Error as e:
            raise StoreError(f"{path}: {_explain(e)}") from e

    def _migrate(self) -> None:
        if self.db.execute("PRAGMA user_version").fetchone()[0] >= len(MIGRATIONS):
            return
        # Another process may be migrating this very file: the write lock first, then the version
        # again, so each migration runs exactly once and whole.
        self.db.execute("BEGIN IMMEDIATE")
        try:
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            for n, script in enumerate(MIGRATIONS, 1):
                if n > version:
                    for statement in _statements(script.read_text()):
                        self.db.execute(statement)
                    self.db.execute(f"PRAGMA user_version={n}")
            self.db.execute("COMMIT")
        except BaseException:
            _rollback(self.db)
            raise

    def _check_writable(self) -> None:
        """A read-only file or folder fails here, once, rather than on every article."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(f"PRAGMA user_version={len(MIGRATIONS)}")
        finally:
            _rollback(self.db)

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

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
            _rollback(db)
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
            yield self._document(doc)

    def _document(self, stored: str) -> Document:
        return Document.from_dict(json.loads(stored))

    def close(self) -> None:
        self.db.close()


def _rollback(db: sqlite3.Connection) -> None:
    """Undo the open transaction, if SQLite has not already (it has after a full disk: a second
    ROLLBACK would then raise and hide the real error)."""
    if db.in_transaction:
        db.execute("ROLLBACK")


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a migration script, one at a time (so that they run inside our
    transaction; ``executescript`` would commit first)."""
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            yield buf
            buf = ""
    if buf.strip():
        yield buf


def _check_location(path: Path, create: bool) -> None:
    if path.is_dir():
        raise StoreError(f"{path}: is a folder; --db names a database file")
    if not create and not path.exists():
        raise StoreError(f"{path}: no such database (check --db; `run` creates one)")
    if create and not path.parent.is_dir():
        raise StoreError(f"{path}: the folder {path.parent} does not exist")


def _explain(e: sqlite3.Error) -> str:
    msg = str(e)
    if "not a database" in msg:
        return "not a SQLite database (is --db the right file?)"
    if "readonly" in msg or "read-only" in msg:
        return "the database is read-only (check the permissions of the file and its folder)"
    if "unable to open" in msg:
        return "cannot open the database (check that the file and its folder are readable and writable)"
    return msg
