"""ARCHITECTURE.md's stage table is the registry's: regenerate it when a stage or its contract changes."""

from __future__ import annotations

import re
from pathlib import Path

from frontwatch.pipeline import contract_table

ARCHITECTURE = Path(__file__).resolve().parents[1] / "ARCHITECTURE.md"


def test_the_stage_table_matches_the_registry():
    text = ARCHITECTURE.read_text(encoding="utf-8")
    m = re.search(r"<!-- stages:begin -->\n(.*?)\n<!-- stages:end -->", text, re.S)
    assert m, "ARCHITECTURE.md has no stages:begin/stages:end block"
    assert m.group(1) == contract_table(), (
        "ARCHITECTURE.md's stage table is stale; regenerate it with\n"
        "PYTHONPATH=src python -c 'from frontwatch.pipeline import contract_table; print(contract_table())'")
