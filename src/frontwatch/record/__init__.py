"""The record: what frontwatch keeps across articles.

It reads the store (never the stages), writes its own tables beside the
store's (``record_*``), and answers questions about the war rather than about
articles: one event from many reports (clusters), every claim with its
claimant (the ledger), contradictions, who holds each place over time, loss
series. ``update`` follows the store incrementally; ``rebuild`` starts over.
The read side is ``frontwatch.record.query``.
"""

from .build import UpdateSummary, rebuild, update

__all__ = ["UpdateSummary", "rebuild", "update"]
