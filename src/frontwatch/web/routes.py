"""The record's endpoints (filled in once the record's read API is merged)."""

from __future__ import annotations


def add_record_routes(app, db) -> None:
    pass
