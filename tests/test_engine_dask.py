"""The Dask engine writes exactly what the local engine writes (a real LocalCluster of two processes)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from frontwatch.cli import main

distributed = pytest.importorskip("distributed")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
# a few of the project's own example articles, both languages
ARTICLES = ("en_2022-06-01_himars.txt", "it_2022-04-14_moskva.txt", "en_2023-05-21_bakhmut.txt",
            "it_2024-08-07_kursk.txt", "en_2025-03-12_jeddah.txt")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("in")
    for name in ARTICLES:
        shutil.copy(EXAMPLES / name, folder / name)
    return folder


@pytest.fixture(scope="module")
def local_export(inputs: Path, tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("local")
    assert main(["--db", str(out / "l.db"), "run", "--quiet", "--profile", "fast", str(inputs)]) == 0
    assert main(["--db", str(out / "l.db"), "export", "-o", str(out / "l.jsonl")]) == 0
    data = (out / "l.jsonl").read_bytes()
    assert data.count(b"\n") == len(ARTICLES) and b'"events": [{' in data
    return data


def _dask_export(inputs: Path, tmp: Path, *options: str) -> bytes:
    db = tmp / "d.db"
    assert main(["--db", str(db), "run", "--quiet", "--profile", "fast", "--engine", "dask", *options,
                 str(inputs)]) == 0
    assert main(["--db", str(db), "export", "-o", str(tmp / "d.jsonl")]) == 0
    return (tmp / "d.jsonl").read_bytes()


def test_an_existing_scheduler_with_two_worker_processes(inputs: Path, local_export: bytes, tmp_path: Path):
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        assert _dask_export(inputs, tmp_path, "--scheduler", cluster.scheduler_address) == local_export
        with distributed.Client(cluster) as client:  # each worker loaded the pipeline through the plugin
            loaded = client.run(lambda dask_worker: dask_worker.plugins["frontwatch-pipeline"].pipeline is not None)
        assert list(loaded.values()) == [True, True]


def test_a_local_cluster_of_jobs_workers(inputs: Path, local_export: bytes, tmp_path: Path):
    assert _dask_export(inputs, tmp_path, "--jobs", "2") == local_export
