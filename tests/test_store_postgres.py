"""The PostgreSQL backend against a real server of our own (see the ``postgres``
fixture): the same behaviour as SQLite, through the same commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontwatch.cli import main
from frontwatch.store import open_store
from frontwatch.store.base import TABLES


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def _dump(url: str) -> list:
    import psycopg

    with psycopg.connect(url) as con:
        return [con.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    _write(src, "one.txt", "Russian drones struck Odesa overnight, the regional governor said on Telegram.")
    _write(src, "two.txt", "Le forze ucraine hanno respinto tre assalti vicino a Kupiansk, secondo lo Stato maggiore.")
    _write(src, "copy.txt", "Russian drones struck Odesa overnight, the regional governor said on Telegram.")
    (src / "empty.txt").write_text("")
    return src


def test_run_twice_changes_nothing_and_duplicates_are_stored_once(postgres, corpus, capsys):
    url = postgres()
    assert main(["--db", url, "run", "--profile", "fast", str(corpus)]) == 3  # the empty file failed
    first = _dump(url)
    articles, duplicates, errors = first[0], first[1], first[5]
    assert len(articles) == 2 and len(duplicates) == 1 and len(errors) == 1  # the empty file
    assert first[4], "the Odesa strike should be an event row"
    err = capsys.readouterr().err
    assert "duplicate" in err and "empty file" in err
    assert main(["--db", url, "run", "--profile", "fast", str(corpus)]) == 3  # the empty file failed
    assert _dump(url) == first


def test_export_is_the_same_from_either_backend(postgres, corpus, tmp_path: Path, capsys):
    url, sqlite = postgres(), str(tmp_path / "t.db")
    outputs = []
    for db in (url, sqlite):
        assert main(["--db", db, "run", "--profile", "fast", str(corpus)]) == 3  # the empty file failed
        capsys.readouterr()
        assert main(["--db", db, "export", "--format", "docs-jsonl"]) == 0
        outputs.append(capsys.readouterr().out.splitlines())
    assert outputs[0] == outputs[1]  # byte for byte, key order included
    assert [json.loads(line)["id"] for line in outputs[0]] == ["copy", "two"]  # "one" is a duplicate of "copy"
    assert main(["--db", url, "show", "one"]) == 0  # a duplicate id shows the article it copies


def test_a_server_that_cannot_be_reached_is_one_clear_error(tmp_path: Path, capsys):
    pytest.importorskip("psycopg")
    url = f"postgresql://someone:secret@/nowhere?host={tmp_path}&port=1"
    assert main(["--db", url, "export"]) == 1  # nothing can be read or stored: a failure, not a usage error
    err = capsys.readouterr().err
    assert err.startswith("error: cannot connect to") and "secret" not in err and "***" in err


def test_an_article_the_server_refuses_is_that_articles_error_only(postgres, tmp_path: Path, capsys):
    # a PostgreSQL text column cannot hold a NUL character, SQLite's can: the run must go on either way
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "nul", "title": "A NUL \u0000 here", "text": "Shelling near Kharkiv."}) + "\n"
                   + json.dumps({"id": "fine", "text": "Russian drones struck Odesa overnight."}) + "\n")
    url = postgres()
    assert main(["--db", url, "run", "--profile", "fast", str(src)]) == 3  # one article refused, one stored
    err = capsys.readouterr().err
    store = open_store(url)
    assert store.document("fine") is not None
    assert store.document("nul") is None  # refused by the server: reported, and recorded for later
    assert "nul: not stored" in err
    assert any(row[1] == "nul" for row in _dump(url)[5])
