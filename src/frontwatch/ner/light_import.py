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
        if "spacy" in sys.modules:
            return importlib.import_module("spacy")
        hide_torch = "torch" not in sys.modules
        if hide_torch:
            sys.modules["torch"] = None  # type: ignore[assignment] - makes `import torch` raise ImportError
        stubs = _cli_stubs()
        try:
            return importlib.import_module("spacy")
        finally:
            if hide_torch and sys.modules.get("torch", 0) is None:
                del sys.modules["torch"]
            for name, stub in stubs.items():
                if sys.modules.get(name) is stub:
                    del sys.modules[name]


def _cli_stubs() -> dict[str, ModuleType]:
    """Stand-ins for ``spacy.cli`` while spaCy is imported. ``spacy/__init__`` imports
    ``spacy.cli.info`` only to offer ``spacy.info()``, and ``spacy.cli`` imports every
    command-line tool (typer, requests, the project and training commands: ~270 modules,
    measured 0.3-0.5 s CPU of a worker's start-up). The stand-ins are dropped right after, so
    ``spacy.cli`` (and ``spacy.info``, which forwards to it) still import as usual."""
    if "spacy.cli" in sys.modules:
        return {}
    cli, info = ModuleType("spacy.cli"), ModuleType("spacy.cli.info")

    def forward(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - spacy.info's own signature
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    info.info = forward  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    stubs = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stubs)
    return stubs


_BLANK_TOKENIZER = "frontwatch.blank_tokenizer.v1"
_registered: list[str] = []


def _blank_tokenizer() -> dict:
    """Config for a tokenizer with no rules: what a pipeline starts from before ``from_disk``.

    ``spacy.load`` first builds the tokenizer the language's defaults describe (its prefix,
    suffix and infix expressions compiled, its ~1,200 special cases added), then reads the
    model's own from disk, which resets every one of those properties before setting it
    (``Tokenizer.from_bytes``): the first build is thrown away whole. It was a third of the
    time of loading our three spaCy models. Starting from a tokenizer with no rules gives the
    same tokenizer once the model's is read."""
    spacy = import_spacy()
    if not _registered:
        @spacy.registry.tokenizers(_BLANK_TOKENIZER)
        def _create():  # noqa: ANN202 - spaCy's factory signature
            from spacy.tokenizer import Tokenizer

            return lambda nlp: Tokenizer(nlp.vocab)

        _registered.append(_BLANK_TOKENIZER)
    return {"nlp": {"tokenizer": {"@tokenizers": _BLANK_TOKENIZER}}}


def load_pipeline(model: str | Path, exclude: Iterable[str] = (), tokenizer: bool = True) -> Language:
    """``spacy.load`` with the models' matrix products done by numpy rather than BLIS, and
    without building a tokenizer it would throw away (``_blank_tokenizer``). With
    ``tokenizer=False`` the model's tokenizer is not read either (for a caller that makes its
    Docs from words and never tokenizes: the pipeline then splits text at spaces only).

    The BLIS that thinc ships picks its portable reference kernels on this machine's AMD
    EPYC (``BLIS_ARCH_DEBUG=1`` prints "selecting sub-configuration 'generic'"): measured,
    ~20 GFLOP/s on a 6000×288 by 288×288 product against ~55 for numpy's OpenBLAS on one
    thread, and the CNN (tok2vec) pass went from 12.7k to 22k words/s. The transition-based
    NER's own step loop keeps BLIS (spaCy calls it from C)."""
    spacy = import_spacy()
    from thinc.api import use_ops

    _one_blas_thread()
    blank = _blank_tokenizer()
    skip = [*exclude, *([] if tokenizer else ["tokenizer"])]
    with use_ops("numpy", use_blis=False):
        return spacy.load(model, exclude=skip, config=blank)


def _one_blas_thread() -> None:
    """numpy's OpenBLAS on one thread. Its products here are the CNNs' (a few thousand rows by
    a few hundred): a second thread busy-waits more than it helps. Measured on the mixed corpus,
    CPU time of the reading stage: 11.8k words/s with one thread, 4.5k with two. PyTorch has
    threads of its own (OpenMP), which this leaves alone."""
    from threadpoolctl import ThreadpoolController

    ThreadpoolController().select(internal_api="openblas").limit(limits=1)
