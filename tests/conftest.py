from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV = SHARED / "corpus" / "dev"


def load_scorer():
    """The shared scorer, imported from ../shared (never copied into the project)."""
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip("../shared is not beside the project")
    spec = importlib.util.spec_from_file_location("frontwatch_shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def scorer():
    return load_scorer()


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    if not DEV.exists():
        pytest.skip("../shared/corpus/dev is not beside the project")
    return DEV
