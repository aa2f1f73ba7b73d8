"""`frontwatch serve` through the CLI: clear start-up errors, read-only by construction."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from frontwatch.cli import main

REPO = Path(__file__).resolve().parents[1]


def test_a_missing_database_is_one_clear_line(tmp_path, capsys):
    missing = tmp_path / "none.db"
    assert main(["--db", str(missing), "serve", "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: no database at") and "Traceback" not in err
    assert not missing.exists(), "serving never creates a database"


def test_a_file_that_is_not_a_database_is_refused(tmp_path, capsys):
    junk = tmp_path / "junk.db"
    junk.write_text("not sqlite at all", encoding="utf-8")
    assert main(["--db", str(junk), "serve", "--port", "0"]) == 2
    assert "error:" in capsys.readouterr().err
    assert junk.read_text(encoding="utf-8") == "not sqlite at all"


def test_a_busy_port_is_one_clear_line(tmp_path):
    db = tmp_path / "empty.db"
    assert main(["--db", str(db), "run", "--quiet", str(REPO / "examples" / "meta.jsonl")]) in (0, 1)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
        done = subprocess.run([sys.executable, "-m", "frontwatch.cli", "--db", str(db), "serve", "--port", str(port)],
                              env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert f"port {port} on 127.0.0.1 is already in use" in done.stderr and "Traceback" not in done.stderr


def test_a_database_without_the_record_is_one_clear_line(tmp_path, capsys):
    from frontwatch.store import open_store

    db = tmp_path / "store-only.db"
    open_store(str(db)).close()  # the store's tables, none of the record's
    assert main(["--db", str(db), "serve", "--port", "0"]) == 2
    assert "has no record yet" in capsys.readouterr().err


def test_an_older_record_is_one_clear_line(tmp_path, capsys):
    import sqlite3

    from frontwatch.record import db as record_db
    from frontwatch.store import open_store

    db = tmp_path / "old.db"
    store = open_store(str(db))
    record_db.RecordDB(store)  # the record's tables at the current version
    store.close()
    with sqlite3.connect(db) as con:
        con.execute("DELETE FROM record_schema WHERE version = (SELECT max(version) FROM record_schema)")
    assert main(["--db", str(db), "serve", "--port", "0"]) == 2
    assert "older record" in capsys.readouterr().err
