"""Per-language knowledge lives in data files under ``lang/<code>/``.

Code asks for a resource by name (``load("it", "time")``) and gets parsed JSON;
adding a language is adding a folder of files.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

LANG_DIR = Path(__file__).parent / "lang"
DATA_DIR = Path(__file__).parent / "data"


@cache
def load(language: str, name: str) -> Any:
    """The resource ``name`` for ``language``, or an empty dict if that language lacks it."""
    path = LANG_DIR / language / f"{name}.json"
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def load_shared(name: str) -> Any:
    """A language-neutral resource (actor names, weapon systems, curated places)."""
    return json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))


def languages() -> list[str]:
    return sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir())
