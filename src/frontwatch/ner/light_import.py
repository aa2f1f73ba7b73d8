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
from types import ModuleType

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
