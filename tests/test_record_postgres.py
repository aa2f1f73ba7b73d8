"""The record on PostgreSQL (a throwaway server of our own, see the ``postgres``
fixture): its own migrations, the same record and the same exports as on SQLite."""

from __future__ import annotations

import io

from test_record import _all_articles

from frontwatch.record import query, rebuild, update
from frontwatch.record.db import RecordDB
from frontwatch.record.exports import FORMATS
from frontwatch.store import open_store


def _exports(store) -> dict[str, str]:
    out = {}
    for name, (writer, _) in FORMATS.items():
        buf = io.StringIO()
        writer(store, buf)
        out[name] = buf.getvalue()
    return out


def test_the_record_on_postgresql_is_the_record_on_sqlite(postgres, tmp_path):
    pg = open_store(postgres())
    lite = open_store(str(tmp_path / "r.db"))
    try:
        for store in (pg, lite):
            _all_articles(store)
            update(store)
        assert RecordDB(pg).schema_version == RecordDB(lite).schema_version == 7
        assert _exports(pg) == _exports(lite)
        assert query.place_record(pg, "Lyman") == query.place_record(lite, "Lyman")
        assert update(pg).articles == 0
        rebuild(pg)
        assert _exports(pg) == _exports(lite)
    finally:
        pg.close()
        lite.close()
