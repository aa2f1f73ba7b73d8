"""Read → deduplicate → process → store, for the ``run`` command.

The parent process reads and writes; workers (``--jobs N``) only run the
pipeline, so SQLite has a single writer and an article is written whole or
not at all.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from . import __version__
from .document import Document
from .pipeline import Pipeline, PipelineOptions
from .readers import ReadError, read_inputs
from .store import Store

log = logging.getLogger("frontwatch")


@dataclass
class RunReport:
    read: int = 0
    processed: int = 0
    unchanged: int = 0
    updated: int = 0
    duplicates: list[tuple[str, str, str | None]] = field(default_factory=list)  # (id, same text as id, source)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    words: int = 0


def signature(options: PipelineOptions) -> str:
    return f"frontwatch {__version__} profile={options.profile}"


_worker_pipeline: Pipeline | None = None


def _init_worker(options: PipelineOptions) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline.default(options)


def _process(doc: Document) -> tuple[Document, str | None]:
    assert _worker_pipeline is not None
    try:
        return _worker_pipeline(doc), None
    except Exception as e:  # reported per article; the run goes on
        return doc, f"{doc.id}: processing failed ({type(e).__name__}: {e})"


def run(
    paths: list[str],
    store: Store,
    options: PipelineOptions,
    jobs: int = 1,
    max_bytes: int | None = None,
    progress: Callable[[int], None] | None = None,
    engine: Callable | None = None,  # engines.Mapper; None: this machine's processes
) -> RunReport:
    report = RunReport()
    t0 = time.perf_counter()
    sig = signature(options)
    todo = list(_select(paths, store, sig, report, max_bytes))
    if todo:
        for doc, error in (engine or _map)(todo, options, jobs):
            if error:
                report.errors.append(error)
                store.record_error(doc.source_path or doc.id, doc.id, error)
            elif _saved(store, doc, sig, report):
                report.processed += 1
                report.words += len(doc.text.split())
            if progress:
                progress(1)
    for dup, same, source in report.duplicates:
        if store.stored(same):
            store.add_duplicate(dup, same, source)
    report.seconds = time.perf_counter() - t0
    return report


def _saved(store: Store, doc: Document, sig: str, report: RunReport) -> bool:
    """Store one article; a write the store refuses (a server's constraint, a lost
    connection) is that article's error, and the run goes on."""
    try:
        store.save(doc, sig)
        return True
    except Exception as e:  # noqa: BLE001 - any backend's error, reported per article
        error = f"{doc.id}: not stored ({type(e).__name__}: {str(e).strip()})"
        report.errors.append(error)
        try:
            store.record_error(doc.source_path or doc.id, doc.id, error)
        except Exception:  # noqa: BLE001 - the store is gone: the report still says it
            pass
        return False


def _select(paths, store: Store, sig: str, report: RunReport, max_bytes) -> Iterator[Document]:
    """The documents that need processing: new, changed, or processed by another pipeline."""
    seen_ids: dict[str, str] = {}  # id -> source, within this run
    seen_hashes: dict[str, str] = {}  # content hash -> id, within this run
    kwargs = {"max_bytes": max_bytes} if max_bytes else {}
    for item in read_inputs(paths, **kwargs):
        if isinstance(item, ReadError):
            (report.notes if item.skipped else report.errors).append(item.message)
            if not item.skipped:
                store.record_error(item.source, item.id, item.message)
            continue
        doc = item
        report.read += 1
        report.notes.extend(doc.warnings)
        if doc.id in seen_ids:
            msg = f"{doc.source_path}: duplicate id {doc.id!r} (already read from {seen_ids[doc.id]}); skipped"
            report.errors.append(msg)
            store.record_error(doc.source_path or doc.id, doc.id, msg)
            continue
        seen_ids[doc.id] = doc.source_path or doc.id
        h = doc.content_hash
        same_text = seen_hashes.get(h) or store.id_with_hash(h)
        if same_text and same_text != doc.id:
            # recorded once the article it copies is stored (it may be in this very run)
            report.duplicates.append((doc.id, same_text, doc.source_path))
            continue
        seen_hashes[h] = doc.id
        stored = store.stored(doc.id)
        if stored == (h, sig):
            report.unchanged += 1
            continue
        if stored:
            report.updated += 1
        yield doc


def _map(docs: list[Document], options: PipelineOptions, jobs: int) -> Iterator[tuple[Document, str | None]]:
    if jobs <= 1 or len(docs) < 2:
        _init_worker(options)
        for doc in docs:
            yield _process(doc)
        return
    ctx = mp.get_context("spawn")  # model libraries do not survive fork well
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(options,)) as pool:
        yield from pool.imap(_process, docs, chunksize=1)
