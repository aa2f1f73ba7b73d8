"""The events stage (placeholder until its issue lands: adds nothing yet)."""

from __future__ import annotations

from ..document import Document


class Events:
    name = "events"

    def __init__(self, **options: object) -> None:
        self.options = options

    def __call__(self, doc: Document) -> None:
        return None
