"""Where the pipeline runs: in this process and its ``--jobs`` workers (the local engine, in
``runner``), or on a Dask cluster (``engines.dask``).

An engine maps documents to ``(document, error)`` pairs in input order; the caller reads
and stores, so every engine writes the same rows in the same order.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Iterator

from ..document import Document
from ..pipeline import PipelineOptions

Mapper = Callable[[Iterable[Document], PipelineOptions, int], Iterator[tuple[Document, str | None]]]
ENGINES = ("local", "dask")


def add_run_arguments(parser: argparse.ArgumentParser) -> None:
    """``run --engine``, ``--scheduler``."""
    parser.add_argument("--engine", choices=ENGINES, default="local",
                        help="local: this machine's processes (--jobs); dask: a Dask cluster")
    parser.add_argument("--scheduler", metavar="tcp://HOST:PORT", default=None,
                        help="with --engine dask: an existing scheduler (default: a local cluster of --jobs workers)")


def from_args(args: argparse.Namespace) -> Mapper | None:
    """The engine the command line asks for; None means the local engine."""
    if getattr(args, "engine", "local") != "dask":
        return None
    from .dask import DaskEngine

    return DaskEngine(scheduler=args.scheduler)
