"""Worker processes share the cores: N workers each let the math libraries use cores / N threads."""

from __future__ import annotations

import os
import subprocess
import sys


def test_a_worker_uses_its_share_of_the_cores():
    code = ("import os, torch\n"
            "from frontwatch.runner import share_cores\n"
            "share_cores(2)\n"
            "print(os.environ['OMP_NUM_THREADS'], torch.get_num_threads())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "OMP_NUM_THREADS": ""}).stdout.split()
    share = max(1, (os.cpu_count() or 1) // 2)
    assert out == [str(share), str(share)]


def test_the_warm_up_articles_need_only_the_quick_language_models():
    """The warm-up loads what articles need; the detector's full models (200 MB) only serve
    texts too short for its quick mode, and a warm-up that short loaded them in every worker."""
    from frontwatch.document import Document
    from frontwatch.pipeline import Pipeline
    from frontwatch.runner import WARM_UP
    from frontwatch.stages import language

    language._detector.cache_clear()
    language.detect.cache_clear()
    front = Pipeline(Pipeline.default().stages[:2])  # clean, language
    found = [front(Document(id=f"w{k}", text=text)).language for k, text in enumerate(WARM_UP)]
    assert found == ["it", "en"]
    assert language._detector.cache_info().currsize == 1  # the quick detector alone
