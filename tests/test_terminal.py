"""`run` and `show` in a real pseudo-terminal, as a person types them (issue 12, item 1).

A pipe hides whatever a terminal turns on (the progress bar, colours); only a pty shows it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

SRC = Path(__file__).resolve().parents[1] / "src"


def _in_terminal(*args: str, timeout: int = 240) -> tuple[int, str]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "TERM": "xterm-256color", "COLUMNS": "100"}
    env.pop("NO_COLOR", None)
    child = pexpect.spawn(sys.executable, ["-m", "frontwatch", *args], env=env, encoding="utf-8",
                          timeout=timeout, dimensions=(40, 100))
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus, child.before


def test_run_and_show_in_a_terminal(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "kyiv.txt").write_text("Officials in Kyiv said the talks with the delegation ended without agreement.\n")
    db = str(tmp_path / "t.db")
    status, out = _in_terminal("--db", db, "run", "--profile", "fast", str(src))
    assert status == 0, out
    assert "Traceback" not in out and "1 processed" in out
    status, out = _in_terminal("--db", db, "show", "kyiv")
    assert status == 0, out
    assert "talks with the delegation" in out and "Traceback" not in out
