"""Import spaCy without PyTorch.

spaCy's numeric library, thinc, imports PyTorch whenever it is installed, only to
offer wrappers for PyTorch layers. Our spaCy models (the Italian CNN and
en_core_web_sm) are pure thinc, so that import is dead weight: on two cores it
costs 1.5–4 s of start-up and ~180 MB per process. Unless PyTorch is already
loaded (the e5 model uses it), spaCy is imported with PyTorch hidden; PyTorch
can still be imported normally afterwards.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

_lock = threading.Lock()


def import_spacy() -> ModuleType:
    with _lock:
        if "spacy" in sys.modules or "torch" in sys.modules:
            return importlib.import_module("spacy")
        sys.modules["torch"] = None  # type: ignore[assignment] - makes `import torch` raise ImportError
        try:
            return importlib.import_module("spacy")
        finally:
            if sys.modules.get("torch", 0) is None:
                del sys.modules["torch"]


def load_pipeline(model: str | Path, exclude: Iterable[str] = ()) -> Language:
    """``spacy.load`` with the models' matrix products done by numpy rather than BLIS.

    The BLIS that thinc ships picks its portable reference kernels on this machine's AMD
    EPYC (``BLIS_ARCH_DEBUG=1`` prints "selecting sub-configuration 'generic'"): measured,
    ~20 GFLOP/s on a 6000×288 by 288×288 product against ~55 for numpy's OpenBLAS on one
    thread, and the CNN (tok2vec) pass went from 12.7k to 22k words/s. The transition-based
    NER's own step loop keeps BLIS (spaCy calls it from C)."""
    spacy = import_spacy()
    from thinc.api import use_ops

    _one_blas_thread()
    with use_ops("numpy", use_blis=False):
        return spacy.load(model, exclude=list(exclude))


def _one_blas_thread() -> None:
    """numpy's OpenBLAS on one thread. Its products here are the CNNs' (a few thousand rows by
    a few hundred): a second thread busy-waits more than it helps. Measured on the mixed corpus,
    CPU time of the reading stage: 11.8k words/s with one thread, 4.5k with two. PyTorch has
    threads of its own (OpenMP), which this leaves alone."""
    from threadpoolctl import ThreadpoolController

    ThreadpoolController().select(internal_api="openblas").limit(limits=1)
