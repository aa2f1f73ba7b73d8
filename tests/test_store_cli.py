"""The run/export/show commands against a real SQLite file."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from frontwatch.cli import main
from frontwatch.document import Document, Event, Place, Span
from frontwatch.export import acled_csv
from frontwatch.store import open_store
from frontwatch.store.sqlite import SQLiteStore


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def _dump(db: Path) -> list:
    con = sqlite3.connect(db)
    rows = [con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("articles", "duplicates", "entities", "toponyms", "events", "read_errors")]
    con.close()
    return rows


def test_run_twice_changes_nothing_and_duplicates_are_stored_once(tmp_path: Path, capsys):
    src = tmp_path / "in"
    _write(src, "one.txt", "The ministry said the talks would resume next week in Geneva.")
    _write(src, "two.txt", "Il ministero ha detto che i colloqui riprenderanno la settimana prossima.")
    _write(src, "copy.txt", "The ministry said the talks would resume next week in Geneva.")
    db = tmp_path / "t.db"
    assert main(["--db", str(db), "run", "--profile", "fast", str(src)]) == 0
    first = _dump(db)
    assert len(first[0]) == 2  # two distinct texts
    assert first[1][0][:2] == ("one", "copy") or first[1][0][:2] == ("copy", "one")
    assert "duplicate" in capsys.readouterr().err
    assert main(["--db", str(db), "run", "--profile", "fast", str(src)]) == 0
    assert _dump(db) == first


def test_bad_folder_processes_the_good_and_exits_three(tmp_path: Path, capsys):
    src = tmp_path / "in"
    _write(src, "good.txt", "Ukrainian officials said air defence shot down drones over the capital.")
    (src / "empty.txt").write_text("")
    (src / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (src / "b.jsonl").write_text('{"id": "good", "text": "same id again, different text"}\n{oops\n')
    db = tmp_path / "t.db"
    assert main(["--db", str(db), "run", "--profile", "fast", str(src)]) == 3  # some failed, the rest stored
    err = capsys.readouterr().err
    assert "empty file" in err and "binary" in err and "b.jsonl:2" in err and "duplicate id 'good'" in err
    assert SQLiteStore(str(db)).counts()["articles"] == 1


def test_nothing_readable_is_a_failure(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("")
    assert main(["--db", str(tmp_path / "t.db"), "run", str(tmp_path)]) == 1


@pytest.fixture(params=["sqlite", "postgresql"])
def store_location(request, tmp_path: Path) -> str:
    """Each backend in turn: a SQLite file, then a database on our own PostgreSQL server."""
    if request.param == "postgresql":
        return request.getfixturevalue("postgres")()
    return str(tmp_path / "t.db")


def test_save_is_atomic(store_location: str):
    store = open_store(store_location)
    doc = Document(id="a", text="Some text here.")
    store.save(doc, "p")
    broken = Document(id="a", text="Changed text.")
    broken.events = [None]  # not an Event: the write fails half-way
    with pytest.raises(AttributeError):
        store.save(broken, "p")
    kept = store.document("a")
    assert kept is not None and kept.text == "Some text here."  # the old article survives whole
    assert store.schema_version >= 1
    again = open_store(store_location)  # a second process opening the same database migrates nothing
    assert again.schema_version == store.schema_version and again.counts()["articles"] == 1
    store.close()
    again.close()


def test_acled_csv_has_31_columns_in_order():
    text = "Russian forces shelled the town of Kupiansk on Monday."
    doc = Document(id="x", text=text, published="2024-05-07")
    doc.events = [
        Event("Explosions/Remote violence", "Shelling/artillery/missile attack", Span(0, len(text)),
              date="2024-05-06", date_precision="day", actor1="Military Forces of Russia",
              location=Place("Kupiansk", 49.71, 37.61, "UA", "Kharkiv Oblast", 704147, "city")),
        Event("Political developments", "Diplomatic contact", Span(0, len(text))),
    ]
    out = io.StringIO()
    assert acled_csv.write([doc], out) == 1  # our extension is not an ACLED type
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert len(rows[0]) == 31 and rows[0][0] == "event_id_cnty" and rows[0][-1] == "timestamp"
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["iso"] == "804" and row["country"] == "Ukraine"
    assert row["inter1"] == "External/Other forces"  # Russian forces in Ukraine, per ACLED's codebook


def test_jobs_give_the_same_records_as_one_process(tmp_path: Path):
    src = tmp_path / "in"
    for k, city in enumerate(["Odesa", "Kharkiv", "Dnipro"]):
        _write(src, f"a{k}.txt", f"Russian drones struck {city} overnight, the regional governor said on Telegram.")
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert main(["--db", str(one), "run", "--profile", "fast", str(src)]) == 0
    assert main(["--db", str(two), "run", "--profile", "fast", "--jobs", "2", str(src)]) == 0
    strip = lambda rows: [r[:8] + r[9:] for r in rows]  # noqa: E731 - processed_at differs
    assert strip(_dump(one)[0]) == strip(_dump(two)[0])
    assert _dump(one)[2:5] == _dump(two)[2:5]


def test_stdin_and_show(tmp_path: Path, monkeypatch, capsys):
    import sys

    text = "Officials in Kyiv said the talks with the delegation ended without agreement."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    db = str(tmp_path / "s.db")
    assert main(["--db", db, "run", "--profile", "fast", "-"]) == 0
    doc_id = next(SQLiteStore(db).documents()).id
    assert doc_id.startswith("stdin-")
    capsys.readouterr()
    assert main(["--db", db, "show", doc_id]) == 0
    assert "talks with the delegation" in capsys.readouterr().out
    assert main(["--db", db, "show", "no-such-id"]) == 1
