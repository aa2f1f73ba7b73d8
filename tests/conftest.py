from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV = SHARED / "corpus" / "dev"
GEONAMES_FIXTURE = Path(__file__).parent / "fixtures" / "geonames"


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


@pytest.fixture(scope="session")
def gazetteer(tmp_path_factory):
    """A small index built from our GeoNames-format fixture files (tests/fixtures/geonames)."""
    from frontwatch.geo.gazetteer import Gazetteer
    from frontwatch.geo.geonames import import_into

    path = tmp_path_factory.mktemp("gaz") / "gaz.sqlite"
    import_into(path, GEONAMES_FIXTURE)
    return Gazetteer(path)
