"""The events stage (``events.py``) and the helpers only it uses: counting (``_counts.py``),
merging the mentions of one event (``_merge.py``) and the sub-types made from data by refining
a learned one (``_refine.py``)."""

from ._counts import event_type_of
from .events import Events, recipe

__all__ = ["Events", "event_type_of", "recipe"]
