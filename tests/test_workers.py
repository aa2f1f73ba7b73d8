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
