"""``python -m frontwatch``: the same command as ``frontwatch``."""

import sys

from .cli import main

sys.exit(main())
