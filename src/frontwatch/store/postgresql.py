"""PostgreSQL storage, for a team sharing one server: the same tables as SQLite
(``migrations/postgresql/``), one transaction per article, migrations applied
once under an advisory lock so that two processes starting together do not race.

Needs ``psycopg`` (``pip install 'frontwatch[postgres]'``); selected by a
``postgresql://`` URL in ``--db`` or ``FRONTWATCH_DB``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..document import Document
from .base import Store, article_row, entity_rows, event_rows, now, toponym_rows

MIGRATIONS = sorted((Path(__file__).parent / "migrations" / "postgresql").glob("*.sql"))
_MIGRATION_LOCK = 0x66726F6E  # any constant shared by every frontwatch process ("fron")


def _psycopg():
    try:
        import psycopg
    except ImportError as e:  # an optional dependency: SQLite users never need it
        raise RuntimeError("the PostgreSQL backend needs psycopg: pip install 'frontwatch[postgres]'") from e
    return psycopg


class PostgreSQLStore(Store):
    PARAM = "%s"
    def __init__(self, url: str) -> None:
        psycopg = _psycopg()
        self.url = url
        try:
            self.db = psycopg.connect(url, autocommit=True)
        except psycopg.OperationalError as e:
            raise RuntimeError(f"cannot connect to {_redacted(url)}: {str(e).strip()}") from e
        from psycopg.types.json import Json

        self._json = Json
        self._migrate()

    def _migrate(self) -> None:
        with self.db.transaction():
            self.db.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)")
            done = {v for (v,) in self.db.execute("SELECT version FROM schema_migrations")}
            for n, script in enumerate(MIGRATIONS, 1):
                if n not in done:
                    self.db.execute(script.read_text())
                    self.db.execute("INSERT INTO schema_migrations VALUES (%s)", (n,))

    @property
    def schema_version(self) -> int:
        return self.db.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]

    def save(self, doc: Document, pipeline: str) -> None:
        with self.db.transaction(), self.db.cursor() as cur:  # any error rolls the whole article back
            cur.execute("DELETE FROM articles WHERE id=%s", (doc.id,))  # cascades to layers
            cur.execute("INSERT INTO articles VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                        article_row(doc, pipeline, self._json(doc.to_dict())))
            cur.executemany("INSERT INTO entities VALUES (%s,%s,%s,%s,%s,%s)", entity_rows(doc))
            cur.executemany("INSERT INTO toponyms VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)", toponym_rows(doc))
            cur.executemany("INSERT INTO events VALUES (" + ",".join(["%s"] * 17) + ")", event_rows(doc))
            cur.execute("DELETE FROM duplicates WHERE id=%s", (doc.id,))

    def add_duplicate(self, article_id: str, same_as: str, source_path: str | None) -> None:
        row = self.db.execute("SELECT same_as FROM duplicates WHERE id=%s", (article_id,)).fetchone()
        if row and row[0] == same_as:
            return  # already known: a second run changes nothing
        self.db.execute(
            "INSERT INTO duplicates VALUES (%s,%s,%s,%s) ON CONFLICT (id) DO UPDATE SET "
            "same_as = EXCLUDED.same_as, source_path = EXCLUDED.source_path, seen_at = EXCLUDED.seen_at",
            (article_id, same_as, source_path, now()),
        )

    def record_error(self, source: str, article_id: str | None, message: str) -> None:
        self.db.execute("INSERT INTO read_errors VALUES (%s,%s,%s,%s) ON CONFLICT DO NOTHING",
                        (source, article_id, message, now()))

    def documents(self) -> Iterator[Document]:
        # a named (server-side) cursor streams: an export never holds the whole table in memory
        with self.db.transaction(), self.db.cursor(name="frontwatch_export") as cur:
            cur.itersize = 200
            cur.execute("SELECT doc FROM articles ORDER BY id")
            for (doc,) in cur:
                yield self._document(doc)

    def _document(self, stored: dict) -> Document:
        return Document.from_dict(stored)  # jsonb comes back parsed

    def close(self) -> None:
        self.db.close()


def _redacted(url: str) -> str:
    """The URL without its password, for messages."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc))
