"""The record's own tables, beside the store's, in the same database.

One small adapter over the store's connection so the record's SQL is written
once: ``?`` placeholders (rewritten to ``%s`` for PostgreSQL), rows as dicts,
and one transaction per update. The record keeps its own migration list
(``migrations/<dialect>/``) and version table, apart from the store's.

Opening only reads when the record is current: the version is read first and the
write lock taken only when a migration is due, so a read-only connection (``serve``,
an export on a write-protected file) opens a current record without writing a byte,
and an older one fails with ``RecordOutdated`` rather than a driver's error.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..store import Store

_MIGRATIONS = Path(__file__).parent / "migrations"
_LOCK = 0x7265636F  # PostgreSQL advisory lock for the record's migrations ("reco")


def migration_scripts(dialect: str) -> list[Path]:
    """The record's migrations for ``dialect`` (``sqlite`` or ``postgresql``), in order: a record
    at version N has run the first N of them."""
    return sorted((_MIGRATIONS / dialect).glob("*.sql"))


def current_version(dialect: str) -> int:
    """The version a record is at once every migration of this code has run."""
    return len(migration_scripts(dialect))


class RecordOutdated(RuntimeError):
    """The record is older than this code and the connection cannot bring it up to date."""


class RecordDB:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.db  # both backends keep their DB-API connection as .db
        self.pg = type(store).__name__ == "PostgreSQLStore"
        self.dialect = "postgresql" if self.pg else "sqlite"
        if self._stored_version() < current_version(self.dialect):
            self._migrate()

    # --- SQL helpers -------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.pg else sql

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(self._sql(sql), tuple(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return [tuple(r) for r in self.conn.execute(self._sql(sql), tuple(params)).fetchall()]

    def run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(self._sql(sql), tuple(params))

    def many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        if self.pg:
            with self.conn.cursor() as cur:
                cur.executemany(self._sql(sql), [tuple(r) for r in rows])
        else:
            self.conn.executemany(sql, [tuple(r) for r in rows])

    def insert(self, table: str, row: dict[str, Any]) -> None:
        self.insert_many(table, [row])

    def insert_many(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        cols = list(rows[0])
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        self.many(sql, [[r[c] for c in cols] for r in rows])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All of one update or none of it: a reader never sees a half-built record."""
        if self.pg:
            with self.conn.transaction():
                yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # --- migrations --------------------------------------------------------------
    def _stored_version(self) -> int:
        """The record's version as stored, 0 when it has no tables yet: a read, never a write."""
        exists = ("SELECT to_regclass('record_schema') IS NOT NULL" if self.pg else
                  "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='record_schema'")
        if not self.conn.execute(exists).fetchone()[0]:
            return 0
        return self.schema_version

    def _migrate(self) -> None:
        try:
            self._migrate_locked(migration_scripts(self.dialect))
        except Exception as e:
            if _is_read_only_error(e):
                raise RecordOutdated(f"the record is at version {self._stored_version()}, this frontwatch wants "
                                     f"{current_version(self.dialect)}, and the database is open read-only: run "
                                     "`frontwatch record update` on it with write access first") from e
            raise

    def _migrate_locked(self, scripts: list[Path]) -> None:
        with self.transaction():  # SQLite: the write lock, so two processes never migrate together
            if self.pg:
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
            self._apply(scripts)

    def _apply(self, scripts: list[Path]) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS record_schema (version INTEGER PRIMARY KEY)")
        done = {v for (v,) in self.conn.execute("SELECT version FROM record_schema").fetchall()}
        for n, script in enumerate(scripts, 1):
            if n in done:
                continue
            for statement in _statements(script.read_text()):
                self.conn.execute(statement)
            self.conn.execute(self._sql("INSERT INTO record_schema VALUES (?)"), (n,))

    @property
    def schema_version(self) -> int:
        return self.conn.execute("SELECT coalesce(max(version), 0) FROM record_schema").fetchone()[0]


def _is_read_only_error(e: Exception) -> bool:
    """sqlite3's 'attempt to write a readonly database', psycopg's ReadOnlySqlTransaction."""
    text = f"{type(e).__name__} {e}".lower()
    return "readonly" in text or "read-only" in text or "read only" in text


def _statements(script: str) -> list[str]:
    """A migration split into statements (ours hold no ';' inside strings), comments dropped,
    so SQLite runs them inside our own transaction instead of executescript's."""
    lines = [ln.split("--", 1)[0] for ln in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
