"""``frontwatch watch DIR``: process article files as they appear in a folder.

Files already there are processed first (those stored before and unchanged are
skipped, as with ``run``). Then the folder is watched (watchdog: inotify on Linux,
polling where the system offers nothing better); a new or rewritten file is
processed once it has stopped changing for ``settle`` seconds, so a file still
being copied is not read half-written. Hidden and temporary files are ignored.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from .pipeline import PipelineOptions
from .runner import RunReport, run
from .store import Store

SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}


def wanted(path: Path) -> bool:
    name = path.name
    return (path.suffix.lower() in SUFFIXES and not name.startswith((".", "~"))
            and not name.endswith((".partial", ".tmp")))


class _Pending:
    """Paths seen changing, with when they last changed; thread-safe."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.paths: dict[Path, float] = {}
        self.last_event = time.monotonic()

    def add(self, path: str | bytes) -> None:
        p = Path(path.decode() if isinstance(path, bytes) else path)
        if wanted(p):
            with self.lock:
                self.paths[p] = time.monotonic()
                self.last_event = time.monotonic()

    def settled(self, settle: float) -> list[Path]:
        now = time.monotonic()
        with self.lock:
            ready = sorted(p for p, t in self.paths.items() if now - t >= settle)
            for p in ready:
                del self.paths[p]
        return [p for p in ready if p.is_file()]


def _observer(folder: Path, pending: _Pending, polling: bool):
    from watchdog.events import FileSystemEventHandler
    from watchdog.observers import Observer
    from watchdog.observers.polling import PollingObserver

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event) -> None:
            if event.is_directory or event.event_type in ("deleted", "opened", "closed_no_write"):
                return
            pending.add(getattr(event, "dest_path", "") or event.src_path)

    observer = PollingObserver(timeout=0.5) if polling else Observer()
    observer.schedule(Handler(), str(folder), recursive=True)
    return observer


def watch(folder: Path, store: Store, options: PipelineOptions, *, settle: float = 1.0,
          idle_exit: float | None = None, polling: bool = False,
          on_report: Callable[[list[Path], RunReport], None] | None = None) -> int:
    """Watch until interrupted (or, with ``idle_exit``, until nothing has changed for that many
    seconds). Returns the number of articles processed."""
    pending = _Pending()
    observer = _observer(folder, pending, polling)
    observer.start()  # before the first pass: nothing written meanwhile is missed
    processed = 0
    try:
        first = run([str(folder)], store, options)
        processed += first.processed
        if on_report:
            on_report([folder], first)
        pending.last_event = time.monotonic()
        while idle_exit is None or time.monotonic() - pending.last_event < idle_exit or pending.paths:
            ready = pending.settled(settle)
            if ready:
                report = run([str(p) for p in ready], store, options)
                processed += report.processed
                if on_report:
                    on_report(ready, report)
            time.sleep(0.2)
    finally:
        observer.stop()
        observer.join()
    return processed
