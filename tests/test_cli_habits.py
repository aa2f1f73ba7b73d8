"""Command-line habits people expect (issue 12): python -m, --version, -v/-q, run --json,
gazetteer lookup, and the place names a run could not resolve."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

from frontwatch import __version__
from frontwatch.cli import main
from frontwatch.document import Document, Entity, Place, Toponym
from frontwatch.runner import unresolved_places

SRC = Path(__file__).resolve().parents[1] / "src"


def test_python_m_frontwatch_and_version():
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run([sys.executable, "-m", "frontwatch", "--version"], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == f"frontwatch {__version__}"


def test_verbose_and_quiet_set_the_log_level(tmp_path: Path):
    db = str(tmp_path / "t.db")
    main(["-vv", "--db", db, "export"])
    assert logging.getLogger().level == logging.DEBUG
    main(["-q", "--db", db, "export"])
    assert logging.getLogger().level == logging.ERROR
    main(["--db", db, "export"])
    assert logging.getLogger().level == logging.WARNING


def test_run_json_is_a_machine_readable_summary(tmp_path: Path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("Russian drones struck Odesa overnight, the regional governor said on Telegram.")
    (src / "empty.txt").write_text("")
    assert main(["--db", str(tmp_path / "t.db"), "run", "--profile", "fast", "--json", str(src)]) == 3
    summary = json.loads(capsys.readouterr().out)
    assert summary["read"] == 1 and summary["processed"] == 1 and summary["exit_status"] == 3
    assert len(summary["errors"]) == 1 and "empty.txt: empty file" in summary["errors"][0]
    assert summary["database"]["articles"] == 1 and isinstance(summary["unresolved_places"], dict)


def test_gazetteer_lookup(capsys):
    assert main(["gazetteer", "lookup", "Kharkiv"]) == 0
    first = capsys.readouterr().out.splitlines()[0].split("\t")
    assert first[0] == "Kharkiv" and "UA" in first[2]
    assert main(["gazetteer", "lookup", "--json", "Kharkiv"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["country_code"] == "UA"
    assert main(["gazetteer", "lookup", "Nowhereville Qq"]) == 1


def test_unresolved_place_names_are_listed():
    text = "Fighting near Zzyzxgrad and Kupiansk went on, Moscow said."
    doc = Document(id="u", text=text)
    z, k, m = (text.index(w) for w in ("Zzyzxgrad", "Kupiansk", "Moscow"))
    doc.entities = [Entity(z, z + 9, "Zzyzxgrad", "LOC"), Entity(k, k + 8, "Kupiansk", "LOC"),
                    Entity(m, m + 6, "Moscow", "LOC", metonym=True)]
    doc.toponyms = [Toponym(k, k + 8, "Kupiansk", Place("Kupiansk", 49.7, 37.6, "UA"))]
    assert unresolved_places(doc) == ["Zzyzxgrad"]
