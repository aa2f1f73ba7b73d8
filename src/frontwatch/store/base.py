"""What any storage backend offers the CLI. SQLite implements it; a
PostgreSQL backend would implement the same methods with the same schema."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator

from ..document import Document


class Store(ABC):
    @abstractmethod
    def stored(self, article_id: str) -> tuple[str, str] | None:
        """(content hash, pipeline signature) stored for ``article_id``, or None."""

    @abstractmethod
    def id_with_hash(self, content_hash: str) -> str | None:
        """The id of the stored article with this text, or None."""

    @abstractmethod
    def save(self, doc: Document, pipeline: str) -> None:
        """Write (or replace) one article and all its layers atomically."""

    @abstractmethod
    def add_duplicate(self, article_id: str, same_as: str, source_path: str | None) -> None: ...

    @abstractmethod
    def record_error(self, source: str, article_id: str | None, message: str) -> None: ...

    @abstractmethod
    def documents(self) -> Iterator[Document]: ...

    @abstractmethod
    def document(self, article_id: str) -> Document | None: ...

    @abstractmethod
    def counts(self) -> dict[str, int]: ...

    @abstractmethod
    def close(self) -> None: ...


def open_store(location: str) -> Store:
    """A store for ``location``: a file path for SQLite; a ``postgresql://`` URL is reserved."""
    if location.startswith(("postgres://", "postgresql://")):
        raise NotImplementedError("the PostgreSQL backend is not written yet; use a SQLite file path")
    from .sqlite import SQLiteStore

    return SQLiteStore(location)
