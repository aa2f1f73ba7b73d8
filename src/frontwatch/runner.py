"""Read → deduplicate → process → store, for the ``run`` command.

The parent process reads and writes; workers (``--jobs N``) only run the
pipeline, so SQLite has a single writer and an article is written whole or
not at all. Everything streams: an article is read, processed and stored
while the next ones are still unread, and only a bounded number are in flight,
so memory stays flat however many articles a run reads.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import logging
import multiprocessing as mp
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .document import Document
from .pipeline import Pipeline, PipelineOptions
from .readers import STDIN, ReadError, read_inputs
from .store import Store
from .timelimit import DEFAULT_SECONDS, ArticleTimeout, time_limit

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
    unresolved: Counter[str] = field(default_factory=Counter)  # place names no gazetteer entry was found for


PACKAGE = Path(__file__).parent
# what the pipeline knows besides its code: an edit here must reprocess stored articles
KNOWLEDGE_ROOTS = (PACKAGE / "lang", PACKAGE / "data", PACKAGE / "ner" / "weights")


def signature(options: PipelineOptions) -> str:
    """What produced a stored article: the version, the profile, and a fingerprint of the data files
    and model weights, so that new knowledge or new weights make stored articles count as changed."""
    return f"frontwatch {__version__} profile={options.profile} knowledge={fingerprint(KNOWLEDGE_ROOTS)}"


def fingerprint(roots: Iterable[Path]) -> str:
    """A short hash of every file under ``roots`` (relative path and content)."""
    h = hashlib.blake2b(digest_size=8)
    for root in roots:
        files = sorted(p for p in Path(root).rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        for path in files:
            h.update(f"{root.name}/{path.relative_to(root).as_posix()}\0".encode())
            with path.open("rb") as f:
                for block in iter(lambda f=f: f.read(1 << 20), b""):
                    h.update(block)
    return h.hexdigest()


_worker_pipeline: Pipeline | None = None
_worker_timeout: float | None = DEFAULT_SECONDS
IN_FLIGHT_PER_JOB = 2  # groups of articles handed to each worker ahead: keeps workers busy, memory bounded
# Short articles travel to a worker in groups, so the neural models read their sentences in
# shared batches (fuller batches: measured ~10 % less time in the accurate reader's pass).
# A long article fills the batches on its own and goes alone.
GROUP_CHARS = 20_000
GROUP_ARTICLES = 8


# one short article per first-class language: loads models and indexes before any time limit runs.
# Short on purpose: under 60 letters the language detector asks its full models, which nearly every
# real run needs for some short paragraph (a warm-up long enough for the quick mode alone only moved
# their load, ~2.6 s, into the first such article: measured on the mixed corpus, no gain overall).
WARM_UP = ("Ieri a Kharkiv il sindaco ha detto che i colloqui sono finiti.",
           "Yesterday in Kharkiv the mayor said the talks had ended.")


def share_cores(jobs: int) -> None:
    """A worker process's share of the cores: with N workers each math library may use
    cores / N threads. Without it every worker's PyTorch takes all the cores, and two
    workers on two cores ran the e5 pass slower than one (measured: 0.67 against 1.1
    articles/s). Called before any model is loaded (OpenMP reads the variable at start)."""
    use_threads(max(1, (os.cpu_count() or 1) // max(1, jobs)))


def use_threads(n: int) -> None:
    """At most ``n`` math-library threads in this process (PyTorch, OpenMP, BLAS)."""
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = str(n)
    if "torch" in sys.modules:
        sys.modules["torch"].set_num_threads(n)


def _init_worker(options: PipelineOptions, article_timeout: float | None = DEFAULT_SECONDS,
                 jobs: int = 1) -> None:
    global _worker_pipeline, _worker_timeout
    if jobs > 1:
        share_cores(jobs)
    _worker_pipeline = Pipeline.default(options)
    _worker_timeout = article_timeout
    if article_timeout:
        # Lazy loading must not count against the first article's limit, nor be cut off half-way.
        for k, text in enumerate(WARM_UP):
            try:
                _worker_pipeline(Document(id=f"warm-up-{k}", text=text))
            except Exception:  # noqa: BLE001 - a real article will meet the same failure and report it
                break
        _worker_pipeline.timings.clear()


def _process_group(docs: list[Document]) -> list[tuple[Document, str | None]]:
    """A group of articles through this worker's pipeline in shared batches, under the sum of
    their time limits; past it, each again alone under its own limit, so only an article that
    exceeds its limit is lost, and the others are processed as if they had come alone."""
    assert _worker_pipeline is not None
    if len(docs) == 1:
        return [_process(docs[0])]
    try:
        with time_limit(_worker_timeout and _worker_timeout * len(docs)):
            return _worker_pipeline.process(copy.deepcopy(docs))  # the originals stay unread for a retry
    except ArticleTimeout:
        return [_process(doc) for doc in docs]


def _groups(docs: Iterable[Document]) -> Iterator[list[Document]]:
    """Consecutive articles in groups of at most GROUP_ARTICLES and about GROUP_CHARS. An
    article read from a stream (standard input) goes at once: the next one may not be written
    yet, and waiting for it would stop the run from processing while it reads."""
    group: list[Document] = []
    size = 0
    for doc in docs:
        if group and (size + len(doc.text) > GROUP_CHARS or len(group) >= GROUP_ARTICLES):
            yield group
            group, size = [], 0
        group.append(doc)
        size += len(doc.text)
        if (doc.source_path or "").startswith(STDIN):
            yield group
            group, size = [], 0
    if group:
        yield group


def _process(doc: Document) -> tuple[Document, str | None]:
    """One article through this worker's pipeline, within the time limit (a failure is that
    article's error; the run goes on)."""
    assert _worker_pipeline is not None
    try:
        with time_limit(_worker_timeout):
            [done] = _worker_pipeline.process([doc])
            return done
    except ArticleTimeout:
        return doc, (f"{doc.id}: not processed, took longer than the {_worker_timeout:g} s limit "
                     "(raise --article-timeout, or split the article)")


def run(
    paths: list[str],
    store: Store,
    options: PipelineOptions,
    jobs: int = 1,
    max_bytes: int | None = None,
    progress: Callable[[int], None] | None = None,
    article_timeout: float | None = DEFAULT_SECONDS,
    engine: Callable | None = None,  # engines.Mapper; None: this machine's processes
) -> RunReport:
    report = RunReport()
    t0 = time.perf_counter()
    sig = signature(options)
    todo = _select(paths, store, sig, report, max_bytes)  # a generator: read as we go
    for doc, error in (engine or _map)(todo, options, jobs, article_timeout=article_timeout):
        if error:
            report.errors.append(error)
            _record_error(store, doc.source_path or doc.id, doc.id, error)
        elif _saved(store, doc, sig, report):
            report.processed += 1
            report.words += len(doc.text.split())
            report.unresolved.update(unresolved_places(doc))
        if progress:
            progress(1)
    _store_duplicates(store, report)
    report.seconds = time.perf_counter() - t0
    return report


PLACE_LABELS = {"LOC", "GPE", "FAC"}


def unresolved_places(doc: Document) -> list[str]:
    """Place names the NER found (not standing for a government) that no toponym covers: what a
    gazetteer import or an alias would add."""
    placed = [(t.start, t.end) for t in doc.toponyms]
    return [e.text for e in doc.entities
            if e.label in PLACE_LABELS and not e.metonym and not doc.is_noise(e.start, e.end)
            and not any(s < e.end and e.start < t_end for s, t_end in placed)]


def _store_duplicates(store: Store, report: RunReport) -> None:
    for dup, same, source in report.duplicates:
        try:
            if store.stored(same):
                store.add_duplicate(dup, same, source)
        except Exception as e:  # noqa: BLE001 - a full disk, a lost server: said, and the summary still printed
            report.errors.append(f"{dup}: duplicate of {same} not recorded ({type(e).__name__}: {e})")


def _record_error(store: Store, source: str, article_id: str | None, message: str) -> None:
    """Keep an error in the store when it can; the run's report says it in any case."""
    try:
        store.record_error(source, article_id, message)
    except Exception:  # noqa: BLE001 - the store is full or gone: the report still says it
        pass


def _saved(store: Store, doc: Document, sig: str, report: RunReport) -> bool:
    """Store one article; a write the store refuses (a server's constraint, a lost
    connection) is that article's error, and the run goes on."""
    try:
        store.save(doc, sig)
        return True
    except Exception as e:  # noqa: BLE001 - any backend's error, reported per article
        error = f"{doc.id}: not stored ({type(e).__name__}: {str(e).strip()})"
        report.errors.append(error)
        _record_error(store, doc.source_path or doc.id, doc.id, error)
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
                _record_error(store, item.source, item.id, item.message)
            continue
        doc = item
        report.read += 1
        report.notes.extend(doc.warnings)
        if doc.id in seen_ids:
            msg = f"{doc.source_path}: duplicate id {doc.id!r} (already read from {seen_ids[doc.id]}); skipped"
            report.errors.append(msg)
            _record_error(store, doc.source_path or doc.id, doc.id, msg)
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


def _map(docs: Iterable[Document], options: PipelineOptions, jobs: int,
         article_timeout: float | None = DEFAULT_SECONDS) -> Iterator[tuple[Document, str | None]]:
    """(document, error) in input order, processing while the input is still being read. Models load
    only once there is an article to process (a rerun of unchanged articles loads none)."""
    docs = iter(docs)
    first = next(docs, None)
    if first is None:
        return
    docs = itertools.chain([first], docs)
    if jobs <= 1:
        _init_worker(options, article_timeout)
        for group in _groups(docs):
            yield from _process_group(group)
        return
    ctx = mp.get_context("spawn")  # model libraries do not survive fork well
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(options, article_timeout, jobs)) as pool:
        # not pool.imap: its feeder thread would read every input ahead, and call the store from a thread
        pending: deque = deque()
        for group in _groups(docs):
            pending.append(pool.apply_async(_process_group, (group,)))
            if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
