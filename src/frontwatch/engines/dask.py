"""The pipeline on a Dask cluster.

Each worker loads the pipeline once, through a worker plugin, when it joins;
articles then travel as futures in bounded batches: at most ``window`` batches
are in flight, so a run of any length holds only a few articles in memory, and
results come back in input order, so the store (written by this process only)
receives exactly what the local engine would give it.

Without ``scheduler`` a ``LocalCluster`` of ``jobs`` single-threaded worker
processes is started and closed with the run. With ``tcp://HOST:PORT`` the
workers are whatever ``dask worker`` processes joined that scheduler; they need
frontwatch installed (the same version) and one thread each (``--nthreads 1``),
as a pipeline serves one article at a time.

``--article-timeout`` is not applied on Dask workers: a task runs in a worker
thread, and the time limit is a signal only a main thread receives.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from distributed import WorkerPlugin

from ..document import Document
from ..pipeline import Pipeline, PipelineOptions

log = logging.getLogger("frontwatch")
PLUGIN = "frontwatch-pipeline"
BATCH = 8  # articles per task: fewer round trips, and the neural models see several articles at once
IN_FLIGHT_PER_WORKER = 2  # batches queued ahead of each worker


class PipelinePlugin(WorkerPlugin):
    """A Dask worker plugin: builds the pipeline once per worker (``setup`` runs when the
    plugin is registered and on every worker that joins later)."""

    name = PLUGIN
    idempotent = True  # re-registering with the same options keeps a worker's loaded pipeline

    def __init__(self, options: PipelineOptions) -> None:
        self.options = options
        self.pipeline: Pipeline | None = None
        self.lock = threading.Lock()

    def setup(self, worker) -> None:
        from frontwatch.runner import use_threads

        use_threads(max(1, int(getattr(worker, "nthreads", 1) or 1)))  # the cores Dask gives it, no more
        self.pipeline = Pipeline.default(self.options)

    def teardown(self, worker) -> None:  # noqa: ARG002
        self.pipeline = None

    def __getstate__(self) -> dict:  # travels to workers without a loaded pipeline or a lock
        return {"options": self.options}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["options"])


def process_batch(docs: list[Document]) -> list[tuple[Document, str | None]]:
    """Runs on a worker: each article of the batch through that worker's pipeline."""
    from distributed import get_worker

    plugin: PipelinePlugin = get_worker().plugins[PLUGIN]
    with plugin.lock:  # a worker started with several threads still runs one batch at a time
        assert plugin.pipeline is not None, "the frontwatch worker plugin did not load"
        return plugin.pipeline.process(docs)  # the batch's sentences share the models' passes


class DaskEngine:
    def __init__(self, scheduler: str | None = None, batch: int = BATCH) -> None:
        self.scheduler = scheduler
        self.batch = batch

    def __call__(self, docs: Iterable[Document], options: PipelineOptions, jobs: int,
                 **_: object) -> Iterator[tuple[Document, str | None]]:
        with self._client(jobs) as client:
            client.register_plugin(PipelinePlugin(options), name=PLUGIN)
            workers = max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
            window = workers * IN_FLIGHT_PER_WORKER
            pending: deque = deque()
            for batch in _batches(docs, self.batch):
                pending.append(client.submit(process_batch, batch, pure=False))
                if len(pending) >= window:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()

    @contextmanager
    def _client(self, jobs: int):
        from distributed import Client, LocalCluster

        if self.scheduler:
            with Client(self.scheduler) as client:
                yield client
            return
        with LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                          dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
            yield client


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
