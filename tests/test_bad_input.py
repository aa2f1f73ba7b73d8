"""Bad and hostile input through the CLI (issue 12, items 2, 3 and 8): each class gets its exact
outcome — the good articles beside it stored, a clear message naming the input, nothing half-written,
and the exit status the README promises (0 all stored, 3 some failed, 1 nothing stored, 2 usage).

One folder holds most classes, so the models load once; classes that need their own process
(stdin, permissions) run the CLI as a subprocess."""

from __future__ import annotations

import codecs
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from frontwatch.cli import main

SRC = Path(__file__).resolve().parents[1] / "src"
GOOD_EN = "Ukrainian officials said air defence shot down drones over the capital on Tuesday night."
GOOD_IT = "La città è stata colpita più volte, ha detto il sindaco: né acqua né luce perché la centrale è ferma."
RUSSIAN = ("Вооружённые силы нанесли удар по городу в ночь на понедельник, сообщил губернатор области. "
           "По его словам, погибли три человека, ещё пятеро ранены.")
IERI = "Ieri il sindaco ha detto che i colloqui con la delegazione sono finiti senza accordo."


def _articles(db: Path) -> dict[str, dict]:
    con = sqlite3.connect(db)
    rows = con.execute("SELECT id, doc FROM articles").fetchall()
    con.close()
    return {i: json.loads(d) for i, d in rows}


def _jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


@pytest.fixture(scope="module")
def folder_run(tmp_path_factory):
    """One run over a folder of good and bad inputs, plus a missing path and a folder whose
    meta.jsonl cannot be read; gives (exit status, stderr, stored articles by id, paths)."""
    top = tmp_path_factory.mktemp("bad")
    src = top / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD_EN, encoding="utf-8")
    (src / "empty.txt").write_text("")
    (src / "blank.txt").write_text(" \n\t\n")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 200)
    (src / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + GOOD_IT.encode("utf-16-le"))
    (src / "utf16be.txt").write_bytes(codecs.BOM_UTF16_BE + ("Be " + GOOD_IT).encode("utf-16-be"))
    (src / "utf8bom.txt").write_bytes(codecs.BOM_UTF8 + ("Bom " + GOOD_IT).encode("utf-8"))
    damaged = ("Danno " + GOOD_IT).encode("utf-8")
    (src / "damaged.txt").write_bytes(damaged[:8] + b"\xff" + damaged[8:40] + b"\xfe" + damaged[40:60] + b"\xfd"
                                      + damaged[60:])
    (src / "cp1252.txt").write_text("Vecchia " + GOOD_IT, encoding="cp1252")
    (src / "cp1251.txt").write_text(RUSSIAN, encoding="cp1251")
    (src / "big.txt").write_text("word " * 220_000)  # 1.1 MB with --max-bytes 1000000
    (src / "page.html").write_text(f"<html><head><title>Drones</title></head><body><article><p>{GOOD_EN} "
                                   "The mayor said schools would stay closed.</p></article></body></html>")
    (src / "nothing.html").write_text("<html><head><script>var a = 1;</script></head><body></body></html>")
    (src / "controls.txt").write_text("Kyiv \x1b]0;owned\x07 said \x1b[2J the talks ended.\r\nMore text here.\r\n")
    os.mkfifo(src / "pipe.txt")  # would block a reader for ever
    (src / "dangling.txt").symlink_to(top / "gone.txt")
    deep = "[" * 200_000 + "]" * 200_000
    (src / "records.jsonl").write_text(_jsonl(
        {"id": "r1", "text": "Officials in Kyiv said the talks with the delegation ended without agreement."},
        "{oops",
        "[1, 2]",
        {"id": "notext"},
        '{"id": "surrogate", "text": "Shelling near Kharkiv a\\ud800 was reported by the governor."}',
        deep,
        '{"id": "bigint", "text": "A number.", "n": ' + "7" * 5000 + "}",
        {"id": "year1", "text": IERI, "published": "0001-01-01"},
        {"id": "year9999", "text": "Oggi " + IERI, "published": "9999-12-31"},
        {"id": "huge", "text": "x " * 550_000},
        {"id": "numtext", "text": 12345},
        {"id": "r1", "text": "Same id as the first record, other text."},
        {"id": "copy", "text": GOOD_EN},
        {"id": "baddate", "text": "Mosca ha annunciato nuove sanzioni contro il governo di Kyiv.",
         "published": "sometime last week"},
        {"id": "nul", "text": "A NUL \u0000 inside the text of an article about Odesa."},
        {"id": "../../etc/passwd", "text": "An id that looks like a path must stay an id, about Lviv."},
        "",
    ), encoding="utf-8")
    (src / "bom.jsonl").write_bytes(codecs.BOM_UTF8 + _jsonl(
        {"id": "bomfirst", "text": "The first record after a byte-order mark is kept, about Dnipro."}).encode())
    (src / "gold.jsonl").write_text(_jsonl({"id": "g1", "events": []}, {"id": "g2", "events": []}))
    meta_dir = top / "withmeta"
    (meta_dir / "meta.jsonl").mkdir(parents=True)  # a meta.jsonl that cannot be read as a file
    (meta_dir / "m1.txt").write_text("Talks in Istanbul ended on Monday, the ministry said.")
    badmeta = top / "badmeta"
    badmeta.mkdir()
    (badmeta / "meta.jsonl").write_text('{"id": "b1", "title": "T"}\nnot json\n[' * 3 + "\n")
    (badmeta / "b1.txt").write_text("Rescuers in Zaporizhzhia said the fire was out by the evening.")
    missing = top / "no-such-folder"
    db = top / "t.db"
    err = io.StringIO()
    import contextlib

    with contextlib.redirect_stderr(err):
        status = main(["--db", str(db), "run", "--profile", "fast", "--max-bytes", "1000000", "--quiet",
                       str(src), str(meta_dir), str(badmeta), str(missing)])
    return status, err.getvalue(), _articles(db), src


def test_the_run_goes_on_and_says_some_failed(folder_run):
    status, err, stored, _ = folder_run
    assert status == 3, err
    assert "Traceback" not in err


@pytest.mark.parametrize("doc_id", [
    "good", "utf16", "utf16be", "utf8bom", "damaged", "cp1252", "cp1251", "page", "controls", "r1",
    "surrogate", "year1", "year9999", "baddate", "nul", "../../etc/passwd", "bomfirst", "m1", "b1",
])
def test_good_and_repairable_articles_are_stored(folder_run, doc_id):
    assert doc_id in folder_run[2], folder_run[1]


@pytest.mark.parametrize("fragment", [
    "empty.txt: empty file",
    "blank.txt: empty file",
    "binary.txt: binary data, not text",
    "big.txt: 1.1 MB is too large for one article",
    "nothing.html: HTML without main text",
    "pipe.txt: not a regular file",
    "dangling.txt: cannot read",
    "records.jsonl:2: not valid JSON",
    "records.jsonl:3: a record must be a JSON object",
    "records.jsonl:4: record has no 'text'",
    "records.jsonl:6: JSON nested too deeply",
    "records.jsonl:7: not usable JSON",
    "records.jsonl:10: record larger than",
    "records.jsonl:11: record has no 'text'",
    "duplicate id 'r1'",
    "duplicate: copy has the same text as good",
    "gold.jsonl: skipped, no record has a 'text' field",
    "meta.jsonl: cannot read the metadata",
    "meta.jsonl:2: metadata line ignored",
    "no-such-folder: no such file or folder",
])
def test_each_bad_input_is_named_with_its_reason(folder_run, fragment):
    assert fragment in folder_run[1]


def test_nothing_bad_is_stored_and_no_half_article(folder_run):
    stored = folder_run[2]
    for bad in ("empty", "blank", "binary", "big", "nothing", "pipe", "dangling", "notext", "bigint", "huge",
                "numtext", "gold", "copy"):
        assert bad not in stored
    for doc in stored.values():  # whole: every layer's offsets inside the stored text
        n = len(doc["text"])
        assert all(0 <= e["start"] < e["end"] <= n for e in doc.get("entities", []))


def test_text_is_decoded_right(folder_run):
    stored = folder_run[2]
    assert stored["utf16"]["text"] == GOOD_IT
    assert stored["utf16be"]["text"] == "Be " + GOOD_IT
    assert stored["utf8bom"]["text"] == "Bom " + GOOD_IT  # no BOM left in the text
    assert stored["cp1252"]["text"] == "Vecchia " + GOOD_IT
    assert stored["cp1251"]["text"] == RUSSIAN and stored["cp1251"]["language"] == "ru"
    damaged = stored["damaged"]["text"]
    assert damaged.count("\ufffd") == 3 and "città" in damaged and "perché" in damaged  # accents intact
    assert stored["surrogate"]["text"] == "Shelling near Kharkiv a\ufffd was reported by the governor."
    assert stored["bomfirst"]["text"].startswith("The first record")


def test_implausible_publication_dates_are_dropped_not_the_article(folder_run):
    stored = folder_run[2]
    assert stored["year1"]["published"] is None and stored["year9999"]["published"] is None
    assert any("not plausible" in w for w in stored["year1"]["warnings"])
    assert stored["baddate"]["published"] is None


def test_a_second_run_changes_nothing(folder_run, tmp_path):
    status, _, stored, src = folder_run
    db = tmp_path / "again.db"
    args = ["--db", str(db), "run", "--profile", "fast", "--max-bytes", "1000000", "--quiet", str(src)]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sys, "stderr", io.StringIO())
        main(args)
        first = _articles(db)
        main(args)
    assert _articles(db) == first


# --- stdin -------------------------------------------------------------------------------------


def _cli(*args: str, stdin=None, input: bytes | None = None, drop_file_access: bool = False,
         timeout: int = 300) -> subprocess.CompletedProcess:
    """The CLI in its own process. ``drop_file_access`` runs it without the power to ignore file
    permissions (root has it; an ordinary user does not), so an unreadable file is unreadable."""
    prefix: list[str] = []
    if drop_file_access and os.geteuid() == 0:
        caps = "-dac_override,-dac_read_search"
        prefix = ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}"]
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run([*prefix, sys.executable, "-m", "frontwatch", *args], stdin=stdin, input=input,
                          capture_output=True, env=env, timeout=timeout)


def test_closed_stdin_is_that_inputs_error_only(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD_EN)
    db = tmp_path / "t.db"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        ["sh", "-c", f'exec "$0" -m frontwatch --db {db} run --profile fast - {good} <&-', sys.executable],
        capture_output=True, env=env, timeout=300)
    err = done.stderr.decode()
    assert done.returncode == 3, err
    assert "<stdin>: standard input is closed" in err and "Traceback" not in err
    assert set(_articles(db)) == {"good"}


def test_more_than_5_mb_of_jsonl_on_stdin_is_read_record_by_record(tmp_path: Path, monkeypatch, capsys):
    text = "Russian drones struck the port overnight, the regional governor said. " * 15
    lines = [json.dumps({"id": f"n{k}", "text": text}) for k in range(6000)]  # 6.5 MB: one text, many copies
    data = ("\n".join(lines) + "\n").encode()
    assert len(data) > 5 * 1024 * 1024
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    db = tmp_path / "t.db"
    assert main(["--db", str(db), "run", "--profile", "fast", "--quiet", "-"]) == 0
    assert "read 6000 articles: 1 processed" in capsys.readouterr().err
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM duplicates").fetchone()[0] == 5999


def test_stdin_text_with_a_bom_and_crlf(tmp_path: Path, monkeypatch, capsys):
    data = codecs.BOM_UTF8 + b"Officials in Kherson said the bridge was closed.\r\nTraffic stopped.\r\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    db = tmp_path / "t.db"
    assert main(["--db", str(db), "run", "--profile", "fast", "--quiet", "-"]) == 0
    (doc,) = _articles(db).values()
    assert doc["text"].startswith("Officials in Kherson")


def test_run_processes_stdin_while_it_is_still_being_written(tmp_path: Path):
    """Streaming: the first record is stored while the second is not yet written."""
    import time

    db = tmp_path / "t.db"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.Popen([sys.executable, "-m", "frontwatch", "--db", str(db), "run", "--profile", "fast",
                             "--quiet", "-"], stdin=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        proc.stdin.write((json.dumps({"id": "first", "text": GOOD_EN}) + "\n").encode())
        proc.stdin.flush()
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and not (db.exists() and "first" in _stored_ids(db)):
            assert proc.poll() is None, proc.stderr.read().decode()
            time.sleep(0.5)
        assert "first" in _stored_ids(db), "the first article was not stored before the input ended"
        proc.stdin.write((json.dumps({"id": "second", "text": GOOD_IT}) + "\n").encode())
        proc.stdin.close()
        assert proc.wait(timeout=240) == 0, proc.stderr.read().decode()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert _stored_ids(db) == {"first", "second"}


def _stored_ids(db: Path) -> set[str]:
    try:
        con = sqlite3.connect(db, timeout=5)
        ids = {r[0] for r in con.execute("SELECT id FROM articles")}
        con.close()
        return ids
    except sqlite3.OperationalError:  # not yet created
        return set()


def test_readers_hold_one_record_at_a_time(tmp_path: Path):
    """Memory stays flat: reading 10,000 articles holds about one, not all of them."""
    import tracemalloc

    from frontwatch.readers import read_inputs

    path = tmp_path / "many.jsonl"
    body = "Shelling was reported near the front line, the general staff said. " * 30
    path.write_text("".join(json.dumps({"id": f"a{k}", "text": f"{k} {body}"}) + "\n" for k in range(10_000)))
    size = path.stat().st_size
    tracemalloc.start()
    count = sum(1 for _ in read_inputs([str(path)]))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 10_000
    assert peak < size / 20, f"peak {peak} bytes for a {size}-byte input"


# --- permissions --------------------------------------------------------------------------------


@pytest.fixture
def locked(tmp_path: Path):
    """Files and folders made unreadable; restored after the test so that tmp_path can be removed."""
    made: list[Path] = []

    def lock(path: Path) -> Path:
        path.chmod(0)
        made.append(path)
        return path

    yield lock
    for path in made:
        path.chmod(0o755)


def test_unreadable_files_and_folders_are_named_and_the_rest_is_stored(tmp_path: Path, locked):
    top = tmp_path / "in"
    (top / "sub").mkdir(parents=True)
    (top / "ok.txt").write_text(GOOD_EN)
    (top / "sub" / "hidden.txt").write_text(GOOD_IT)
    (top / "secret.txt").write_text("Officials in Kharkiv said power was restored to the district.")
    (top / "meta.jsonl").write_text(json.dumps({"id": "ok", "title": "Drones"}) + "\n")
    locked(top / "sub")
    locked(top / "secret.txt")
    locked(top / "meta.jsonl")
    closed = tmp_path / "closed"
    closed.mkdir()
    (closed / "x.txt").write_text("Talks in Geneva ended.")
    locked(closed)
    db = tmp_path / "t.db"
    done = _cli("--db", str(db), "run", "--profile", "fast", str(top), str(closed), drop_file_access=True)
    err = done.stderr.decode()
    assert done.returncode == 3, err
    assert "Traceback" not in err
    assert f"{top / 'sub'}: cannot read folder" in err
    assert f"{top / 'secret.txt'}: cannot read" in err
    assert f"{top / 'meta.jsonl'}: cannot read the metadata" in err
    assert f"{closed}: cannot read folder" in err
    assert set(_articles(db)) == {"ok"}


# --- failures that looked like success (item 8) ------------------------------------------------


def test_gazetteer_import_of_a_missing_folder_is_a_usage_error(tmp_path: Path, capsys):
    missing = tmp_path / "nonexistent"
    assert main(["gazetteer", "import", str(missing)]) == 2
    assert f"{missing}: no such folder" in capsys.readouterr().err


def test_eval_of_a_missing_file_is_a_usage_error_not_a_traceback(tmp_path: Path, capsys):
    missing = tmp_path / "missing.tsv"
    assert main(["eval", "ner", "--kind", str(missing)]) == 2
    assert f"{missing}: no such file" in capsys.readouterr().err
    assert main(["eval", "geo", "--lgl", str(tmp_path / "lgl.xml")]) == 2


def test_a_missing_input_is_named_and_nothing_read_exits_one(tmp_path: Path, capsys):
    missing = tmp_path / "nowhere.txt"
    assert main(["--db", str(tmp_path / "t.db"), "run", str(missing)]) == 1
    assert f"error: {missing}: no such file or folder" in capsys.readouterr().err


def test_bad_arguments_are_usage_errors(tmp_path: Path, capsys):
    with pytest.raises(SystemExit) as e:
        main(["--db", str(tmp_path / "t.db"), "run", "--article-timeout", "-1", str(tmp_path)])
    assert e.value.code == 2
