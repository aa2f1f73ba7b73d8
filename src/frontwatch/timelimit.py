"""A time limit for one article (``run --article-timeout``).

The limit is a real-time interval timer in the process that runs the pipeline
(the main thread of the CLI, or of each ``--jobs`` worker process): when it
fires, the article being processed raises ``ArticleTimeout`` and the run goes on
with the next one. Python code and the regex engine are interrupted promptly;
a single long call into native code is interrupted when it returns.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_SECONDS = 60.0


class ArticleTimeout(BaseException):
    """One article took longer than its time limit. A ``BaseException`` (like
    ``KeyboardInterrupt``) so that a stage's ``except Exception`` around a model call cannot
    swallow it and store the article half-processed."""


def _fire(signum, frame):  # noqa: ARG001 - the signal handler's signature
    raise ArticleTimeout()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``ArticleTimeout`` in the body after ``seconds`` (None or <= 0: no limit).
    Only the main thread can receive signals; elsewhere the body runs unlimited."""
    if not seconds or seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
