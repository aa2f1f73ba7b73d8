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


def _postgres_bindir() -> Path | None:
    """The PostgreSQL server programs (Debian keeps them out of PATH)."""
    import shutil

    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return versions[-1].parent if versions else None


@pytest.fixture(scope="session")
def postgres():
    """A throwaway PostgreSQL server of our own (initdb in a temporary folder, a Unix
    socket only, no TCP), stopped at the end of the session. Gives a function that
    creates a fresh, empty database and returns its URL.

    Skipped when the server programs are not installed, unless FRONTWATCH_REQUIRE_POSTGRES
    is set (CI sets it, having installed them): there a missing server is a failure."""
    import os
    import subprocess

    psycopg = pytest.importorskip("psycopg")
    bindir = _postgres_bindir()
    if bindir is None:
        if os.environ.get("FRONTWATCH_REQUIRE_POSTGRES"):
            pytest.fail("FRONTWATCH_REQUIRE_POSTGRES is set but no PostgreSQL server programs are installed")
        pytest.skip("PostgreSQL server programs not installed (apt-get install postgresql)")
    import shutil
    import tempfile

    # not under pytest's tmp folder: that one is private to us, and the server may run as another user
    top = Path(tempfile.mkdtemp(prefix="frontwatch-pg-"))
    data = top / "data"
    data.mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root: run it as the postgres account
        shutil.chown(top, "postgres")
        shutil.chown(data, "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]

    def pg(*args: str) -> None:
        done = subprocess.run([*prefix, *args], capture_output=True, text=True)
        if done.returncode:
            log = data / "server.log"
            pytest.fail(f"{args[0]} failed: {done.stderr or done.stdout}\n{log.read_text() if log.exists() else ''}")

    pg(str(bindir / "initdb"), "-D", str(data), "-U", "frontwatch", "-A", "trust", "-E", "UTF8", "--no-sync")
    options = f"-k {data} -c listen_addresses='' -c fsync=off -p 54329"
    pg(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-l", str(data / "server.log"), "start")
    base = f"postgresql://frontwatch@/%s?host={data}&port=54329"
    counter = iter(range(1_000_000))

    def new_database() -> str:
        name = f"test_{next(counter)}"
        with psycopg.connect(base % "postgres", autocommit=True) as con:
            con.execute(f"CREATE DATABASE {name}")
        return base % name

    try:
        yield new_database
    finally:
        pg(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(top, ignore_errors=True)
