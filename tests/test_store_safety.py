"""Databases that cannot be used as asked (issue 12, item 4): one clear line naming the database,
the exit status the README promises, and never a new empty database by mistake."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from frontwatch.cli import main
from frontwatch.pipeline import PipelineOptions
from frontwatch.runner import run, signature
from frontwatch.store import open_store
from frontwatch.store.sqlite import SQLiteStore

SRC = Path(__file__).resolve().parents[1] / "src"
TEXT = "Officials in Kyiv said the talks with the delegation ended without agreement."


def _cli(*args: str, drop_file_access: bool = False) -> subprocess.CompletedProcess:
    """The CLI in its own process; ``drop_file_access`` takes away root's power to ignore file
    permissions, so a read-only file is read-only."""
    prefix: list[str] = []
    if drop_file_access and os.geteuid() == 0:
        caps = "-dac_override,-dac_read_search"
        prefix = ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}"]
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run([*prefix, sys.executable, "-m", "frontwatch", *args], capture_output=True, env=env,
                          timeout=300)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "kyiv.txt"
    path.write_text(TEXT)
    return path


def test_a_read_only_database_fails_at_once_with_status_1(tmp_path: Path, article: Path):
    db = tmp_path / "t.db"
    open_store(str(db)).close()
    db.chmod(0o444)
    try:
        done = _cli("--db", str(db), "run", "--profile", "fast", str(article), drop_file_access=True)
    finally:
        db.chmod(0o644)
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert err.startswith(f"error: {db}: ") and "read-only" in err and "Traceback" not in err
    assert "processed" not in err  # refused before any article was processed for nothing


def test_a_read_only_folder_fails_with_status_1(tmp_path: Path, article: Path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        done = _cli("--db", str(folder / "t.db"), "run", "--profile", "fast", str(article), drop_file_access=True)
    finally:
        folder.chmod(0o755)
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert err.startswith(f"error: {folder / 't.db'}: ") and "Traceback" not in err
    assert not (folder / "t.db").exists()


@pytest.mark.parametrize("case", ["folder", "missing parent", "not sqlite"])
def test_a_database_path_that_is_no_database_is_one_clear_error(tmp_path: Path, article: Path, capsys, case):
    not_sqlite = tmp_path / "notes.txt"
    not_sqlite.write_text("these are my notes, not a database\n" * 50)
    db = {"folder": tmp_path, "missing parent": tmp_path / "nowhere" / "t.db", "not sqlite": not_sqlite}[case]
    assert main(["--db", str(db), "run", "--profile", "fast", str(article)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {db}: ") and err.count("\n") == 1
    expected = {"folder": "is a folder", "missing parent": "does not exist", "not sqlite": "not a SQLite database"}
    assert expected[case] in err
    assert not_sqlite.read_text().startswith("these are my notes")  # untouched


@pytest.mark.parametrize("command", [["export"], ["export", "--format", "acled-csv"], ["show", "x"]])
def test_reading_a_mistyped_database_creates_nothing(tmp_path: Path, capsys, command):
    db = tmp_path / "typo.db"
    assert main(["--db", str(db), *command]) == 2
    assert f"{db}: no such database" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_export_and_show_work_on_a_read_only_database(tmp_path: Path):
    db = tmp_path / "t.db"
    store = open_store(str(db))
    from frontwatch.document import Document

    store.save(Document(id="a", text=TEXT), "p")
    store.close()
    db.chmod(0o444)
    try:
        done = _cli("--db", str(db), "export", drop_file_access=True)
    finally:
        db.chmod(0o644)
    assert done.returncode == 0, done.stderr.decode()
    assert b'"id": "a"' in done.stdout


def test_runs_starting_together_on_a_fresh_database_do_not_race(tmp_path: Path):
    from frontwatch.store.sqlite import MIGRATIONS as SQLITE_MIGRATIONS

    """Each migration runs once, under the write lock, however many processes start at once."""
    code = "import sys; from frontwatch.store import open_store; s = open_store(sys.argv[1]); print(s.schema_version)"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    for round_ in range(4):
        db = tmp_path / f"fresh{round_}.db"
        procs = [subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, env=env) for _ in range(8)]
        results = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in procs]
        assert all(rc == 0 for rc, _, _ in results), [err.decode()[-300:] for rc, _, err in results if rc]
        assert {out.strip() for _, out, _ in results} == {str(len(SQLITE_MIGRATIONS)).encode()}


def test_a_full_disk_is_each_articles_error_and_the_summary_survives(tmp_path: Path):
    """SQLite's page limit gives the very error of a full disk (SQLITE_FULL) without filling one."""
    src = tmp_path / "in"
    src.mkdir()
    for k in range(3):
        (src / f"a{k}.txt").write_text(f"{TEXT} Report number {k} " + "with more words " * 400)
    (src / "copy.txt").write_text(f"{TEXT} Report number 0 " + "with more words " * 400)
    store = SQLiteStore(str(tmp_path / "t.db"))
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count={pages}")
    report = run([str(src)], store, PipelineOptions(profile="fast"))
    assert report.read == 4 and report.processed == 0
    assert len(report.errors) == 3 and all("full" in e for e in report.errors)
    assert store.counts()["articles"] == 0  # nothing half-written
    store.close()


def _cli_with_file_limit(limit: int, *args: str) -> subprocess.CompletedProcess:
    """The CLI unable to grow any file past ``limit`` bytes: a write past it fails as on a full
    disk (EFBIG instead of ENOSPC), safely, without filling a disk or touching a device."""
    import resource
    import signal

    def limit_files():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run([sys.executable, "-m", "frontwatch", *args], capture_output=True, env=env,
                          timeout=300, preexec_fn=limit_files)


def test_export_to_a_full_disk_says_so_and_leaves_the_old_file(tmp_path: Path):
    db = tmp_path / "t.db"
    store = open_store(str(db))
    from frontwatch.document import Document

    for k in range(1500):  # an export of about 300 kB
        store.save(Document(id=f"a{k}", text=f"{TEXT} {k}", title="A title long enough " * 5), "p")
    store.close()
    out = tmp_path / "out.jsonl"
    out.write_text("the previous export\n")
    done = _cli_with_file_limit(100_000, "--db", str(db), "export", "-o", str(out))
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert err.startswith("error: ") and "File too large" in err and "Traceback" not in err
    assert out.read_text() == "the previous export\n"  # whole or untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "t.db"]  # no temporary file left


def test_run_on_a_full_disk_reports_each_article_and_keeps_its_summary(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    for k in range(2):
        (src / f"a{k}.txt").write_text(f"{TEXT} Report {k}. " + "More words about the talks. " * 4000)
    db = tmp_path / "t.db"
    open_store(str(db)).close()
    done = _cli_with_file_limit(200_000, "--db", str(db), "run", "--profile", "fast", str(src))
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "a0: not stored" in err and "a1: not stored" in err and "Traceback" not in err
    assert "read 2 articles: 0 processed" in err  # the summary survives
    assert open_store(str(db)).counts()["articles"] == 0  # nothing half-written


def test_signature_changes_with_the_pipelines_knowledge(tmp_path: Path, monkeypatch, capsys, article: Path):
    """Item 9: after an edit to a data file, stored articles count as changed and are reprocessed."""
    import frontwatch.runner as runner

    knowledge = tmp_path / "lang"
    knowledge.mkdir()
    (knowledge / "cues.json").write_text('{"said": ["said"]}')
    monkeypatch.setattr(runner, "KNOWLEDGE_ROOTS", (*runner.KNOWLEDGE_ROOTS, knowledge))
    before = signature(PipelineOptions(profile="fast"))
    db = str(tmp_path / "t.db")
    assert main(["--db", db, "run", "--profile", "fast", str(article)]) == 0
    assert main(["--db", db, "run", "--profile", "fast", str(article)]) == 0
    assert "1 unchanged" in capsys.readouterr().err
    (knowledge / "cues.json").write_text('{"said": ["said", "stated"]}')
    assert signature(PipelineOptions(profile="fast")) != before
    assert main(["--db", db, "run", "--profile", "fast", str(article)]) == 0
    assert "1 processed (1 updated)" in capsys.readouterr().err


def test_signature_covers_the_data_and_the_weights():
    import frontwatch.runner as runner

    names = {p.name for p in runner.KNOWLEDGE_ROOTS}
    assert {"lang", "data", "weights"} <= names
    assert all(p.is_dir() for p in runner.KNOWLEDGE_ROOTS)
    assert f"knowledge={runner.fingerprint(runner.KNOWLEDGE_ROOTS)}" in signature(PipelineOptions())


def test_sqlite_store_refuses_to_migrate_half(tmp_path: Path):
    """A migration that fails part-way leaves the version where it was (no half schema)."""
    db = tmp_path / "t.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE articles (x)")  # the first migration's first table, already there
    con.commit()
    con.close()
    with pytest.raises(RuntimeError):
        SQLiteStore(str(db))
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 0
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["articles"]
