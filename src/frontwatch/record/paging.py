"""One page of a listing at a time, in keyset order, with an opaque cursor for the next.

A listing's ``Order`` ends with a unique key, so the rows after a page's last row are the next
page whatever was added meanwhile; the cursor is that row's key values, base64 of JSON. The
limit is inside the SQL, so a page of a large record costs a page of rows.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypedDict

from .db import RecordDB


class Page(TypedDict):
    """A page of a listing: its items and the cursor of the next page (None on the last)."""

    items: list[dict[str, Any]]
    next_cursor: str | None


class Where:
    """SQL conditions joined by AND, each with its ``?`` parameters, in order."""

    def __init__(self) -> None:
        self.conditions: list[str] = []
        self.params: list[Any] = []

    def add(self, sql: str, *values: Any) -> Where:
        self.conditions.append(sql)
        self.params.extend(values)
        return self

    def copy(self) -> Where:
        out = Where()
        out.conditions, out.params = list(self.conditions), list(self.params)
        return out

    @property
    def sql(self) -> str:
        """`` WHERE a AND b`` (with its leading space), or nothing when there is no condition."""
        return " WHERE " + " AND ".join(self.conditions) if self.conditions else ""


@dataclass(frozen=True)
class Order:
    """A listing's total order: (SQL expression, row column) pairs, the last one unique.
    A NULL column sorts as ''; write its expression as ``coalesce(col,'')`` to match."""

    keys: tuple[tuple[str, str], ...]

    @property
    def sql(self) -> str:
        return " ORDER BY " + ", ".join(expr for expr, _ in self.keys)

    def cursor(self, row: dict[str, Any]) -> str:
        """The opaque cursor that resumes just after ``row``."""
        values = [row[col] if row[col] is not None else "" for _, col in self.keys]
        return base64.urlsafe_b64encode(json.dumps(values, ensure_ascii=False).encode()).decode()

    def after(self, cursor: str) -> tuple[str, list[Any]]:
        """The keyset condition for the rows after ``cursor`` (ValueError if it is not one of ours):
        k1 > v1 OR (k1 = v1 AND (k2 > v2 OR (k2 = v2 AND …)))."""
        values = _decode(cursor, len(self.keys))
        sql, params = f"{self.keys[-1][0]} > ?", [values[-1]]
        for (expr, _), v in zip(reversed(self.keys[:-1]), reversed(values[:-1]), strict=True):
            sql, params = f"({expr} > ? OR ({expr} = ? AND {sql}))", [v, v, *params]
        return sql, params


def select_page(db: RecordDB, source: str, where: Where, order: Order, limit: int, cursor: str | None = None,
                keep: Callable[[dict[str, Any]], bool] | None = None) -> tuple[list[dict[str, Any]], str | None]:
    """One page of ``SELECT * FROM source`` rows under ``where`` in ``order`` after ``cursor``, and
    the cursor of the next page (None on the last). The limit is inside the SQL, so a page of a large
    record costs a page of rows; ``keep``, a test SQL cannot make, reads every row after the cursor."""
    where = where.copy()
    if cursor:
        where.add(*_splat(order.after(cursor)))
    sql, params = f"SELECT * FROM {source}{where.sql}{order.sql}", list(where.params)
    if keep is None:
        sql += " LIMIT ?"
        params.append(limit + 1)
    rows = db.rows(sql, params)
    if keep is not None:
        rows = [r for r in rows if keep(r)]
    page = rows[:limit]
    return page, order.cursor(page[-1]) if len(rows) > limit else None


def _splat(condition: tuple[str, list[Any]]) -> tuple[Any, ...]:
    sql, params = condition
    return (sql, *params)


def _decode(cursor: str, n: int) -> list[Any]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor.encode()).decode())
    except ValueError as e:  # bad base64, bad UTF-8 and bad JSON are all ValueErrors
        raise ValueError(f"not a cursor: {cursor!r}") from e
    if not isinstance(values, list) or len(values) != n or not all(isinstance(v, str | int) for v in values):
        raise ValueError(f"not a cursor: {cursor!r}")
    return values
