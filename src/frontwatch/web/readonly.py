"""Opening the database for reading only, by construction.

SQLite is opened with ``mode=ro`` (the file is never created, never migrated, never
written); PostgreSQL sessions start with ``default_transaction_read_only``. The API and
the page read through these stores only: a bug in a handler cannot change the record.
Each worker thread gets its own connection (sqlite3 connections are not shared
across threads)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from urllib.parse import quote

from ..store.base import is_server_url
from ..store.sqlite import MIGRATIONS, SQLiteStore


class DatabaseUnavailable(Exception):
    """The database cannot be served: missing, not a frontwatch database, or unreachable."""


class ReadOnlySQLiteStore(SQLiteStore):
    """The SQLite store's queries over a connection that cannot write."""

    def __init__(self, path: str) -> None:  # no super().__init__: it would migrate
        self.path = path
        uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
        try:
            self.db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA busy_timeout=10000")
            self.db.execute("PRAGMA query_only=ON")  # mode=ro, and no statement that writes even tried
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as e:
            raise DatabaseUnavailable(f"{path} is not a readable SQLite database ({e})") from e
        if version < len(MIGRATIONS):
            self.db.close()
            raise DatabaseUnavailable(f"{path} is not a frontwatch database at the current schema "
                                      f"(version {version}, expected {len(MIGRATIONS)}): run `frontwatch run` on it")

    def _migrate(self) -> None:  # pragma: no cover - a read-only store never migrates
        raise RuntimeError("a read-only store never migrates")


def _open_postgres(url: str):
    from ..store.postgresql import PostgreSQLStore, _psycopg, _redacted

    psycopg = _psycopg()
    store = PostgreSQLStore.__new__(PostgreSQLStore)
    store.url = url
    try:
        store.db = psycopg.connect(url, autocommit=True, options="-c default_transaction_read_only=on")
    except psycopg.OperationalError as e:
        raise DatabaseUnavailable(f"cannot connect to {_redacted(url)}: {str(e).strip()}") from e
    from psycopg.types.json import Json

    store._json = Json
    return store


def open_readonly(location: str):
    """A store over ``location`` that cannot write; DatabaseUnavailable with one clear line if
    there is nothing to serve."""
    if is_server_url(location):
        return _open_postgres(location)
    if not Path(location).is_file():
        raise DatabaseUnavailable(f"no database at {location}: run `frontwatch --db {location} run FILES` first")
    return ReadOnlySQLiteStore(location)


def record_schema_version(location: str) -> int:
    """The record version this code wants for this backend (a read-only connection cannot migrate:
    an older record must be brought up to date first)."""
    from ..record.db import current_version

    return current_version("postgresql" if is_server_url(location) else "sqlite")


class Database:
    """One read-only store per thread over the same location."""

    def __init__(self, location: str) -> None:
        self.location = location
        self._local = threading.local()
        self._all: list = []
        self._lock = threading.Lock()
        self._check_record(self.store())  # fail now, at start-up, not on the first request

    def _check_record(self, store) -> None:
        """The record's tables must be there: a read-only server cannot create them."""
        try:
            (version,) = store.db.execute("SELECT coalesce(max(version), 0) FROM record_schema").fetchone()
        except Exception as e:  # sqlite3's or psycopg's error for a missing table (autocommit: nothing to undo)
            raise DatabaseUnavailable(f"{self.location} has no record yet: run "
                                      f"`frontwatch --db {self.location} record rebuild` first") from e
        if version < record_schema_version(self.location):
            raise DatabaseUnavailable(f"{self.location} holds an older record (version {version}): run "
                                      f"`frontwatch --db {self.location} record update` first")

    def store(self):
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_readonly(self.location)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                store.close()
            self._all.clear()
