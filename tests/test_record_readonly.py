"""The record over a database that cannot be written (serve, export, the record's commands on a
write-protected file): a current record is read without a byte written; an older one is one clear
error, never a driver's. The database file is made read-only and every connection is also set to
refuse writes (``query_only``), so the test holds when it runs as root, whom file modes do not stop."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from pathlib import Path

import pytest
from record_helpers import KHARKIV, article, event

from frontwatch.record import query, update
from frontwatch.record.db import RecordDB, RecordOutdated, current_version
from frontwatch.record.exports import FORMATS
from frontwatch.store import open_store

STRIKE = "Russian missiles hit a power station in Kharkiv on Tuesday, killing four workers."


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "ro.db"
    store = open_store(str(path))
    for n, outlet in enumerate(("Wire One", "Wire Two")):
        text = STRIKE + " " * n  # two articles (one text would be stored once)
        ev = event(text, STRIKE, "Shelling/artillery/missile attack", place=KHARKIV, date="2024-03-05",
                   fatalities=4, actor2="Civilians (Ukraine)")
        store.save(article(f"a{n}", text, "2024-03-06", outlet, events=[ev]), "t")
    update(store)
    store.close()  # the last connection checkpoints the WAL into the file
    path.chmod(0o444)
    return path


def _signature(folder: Path) -> dict[str, tuple[int, str]]:
    """Every file of the database (the file and any WAL beside it): mtime and bytes."""
    return {p.name: (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(folder.iterdir()) if p.name.startswith("ro.db")}


def _read_only_store(path: Path):
    store = open_store(str(path), create=False)
    store.db.execute("PRAGMA query_only=ON")  # any write now fails, root or not
    return store


def test_a_current_record_is_read_from_a_read_only_database_without_writing(db_file: Path):
    before = _signature(db_file.parent)
    store = _read_only_store(db_file)
    assert update(store).articles == 0  # up to date: nothing to do, and no write lock taken
    events = query.list_events(store)["items"]
    assert [(e["place"], e["outlets"]) for e in events] == [("Kharkiv", 2)]
    assert query.get_event(store, events[0]["cluster_id"])["reports"] == 2
    assert query.place_record(store, "Kharkiv")["events"]
    out = io.StringIO()
    assert FORMATS["clusters-jsonl"][0](store, out) == 1
    store.close()
    assert _signature(db_file.parent) == before


def test_the_servers_read_only_store_opens_the_record_without_writing(db_file: Path):
    from frontwatch.web.readonly import Database

    before = {k: v for k, v in _signature(db_file.parent).items() if k == "ro.db"}
    db = Database(str(db_file))
    assert len(query.list_events(db.store())["items"]) == 1
    db.close()
    assert {k: v for k, v in _signature(db_file.parent).items() if k == "ro.db"} == before


def test_an_older_record_opened_read_only_is_one_clear_error(db_file: Path):
    db_file.chmod(0o644)
    with sqlite3.connect(db_file) as con:
        con.execute("DELETE FROM record_schema WHERE version = ?", (current_version("sqlite"),))
    con.close()
    store = _read_only_store(db_file)
    with pytest.raises(RecordOutdated, match="record update"):
        RecordDB(store)
    store.close()

