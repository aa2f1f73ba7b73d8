"""A database for the web tests, built once per test session through the CLI from the
bundled examples and three short articles of our own: a hostile one (markup in its
title and text that must never run) and a capture claimed by one side and denied by
the other. The record is brought up to date by `frontwatch run` itself."""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HOSTILE_ID = "hostile_2024-03-02"
HOSTILE_TITLE = ("<script>window.__pwned = 'title'</script>"
                 "<img src=x onerror=\"window.__pwned='title-img'\">")
OWN_ARTICLES = [
    {"id": HOSTILE_ID, "title": HOSTILE_TITLE, "published": "2024-03-02", "outlet": "Test Wire", "language": "en",
     "text": "Russian forces shelled Kharkiv on Friday, killing two civilians, the regional governor said. "
             "<script>window.__pwned = 'text'</script> <img src=x onerror=\"window.__pwned='text-img'\"> "
             "Residents said the strikes hit a market."},
    {"id": "capture_ru_2024-05-10", "title": "Moscow says its troops took Vovchansk", "published": "2024-05-10",
     "outlet": "Test Wire", "language": "en",
     "text": "The Russian Defence Ministry said on Friday that its forces had captured the town of Vovchansk "
             "in the Kharkiv region."},
    {"id": "denial_ua_2024-05-11", "title": "Kyiv denies the fall of Vovchansk", "published": "2024-05-11",
     "outlet": "Other Daily", "language": "en",
     "text": "Ukraine's General Staff denied on Saturday that Russian forces had captured Vovchansk, saying its "
             "troops had repelled attacks on the town and still held it."},
]

_built: dict[str, Path] = {}


def web_database(tmp_path_factory) -> Path:
    """The path of the session's web database (built on the first call)."""
    if "db" not in _built:
        from frontwatch.cli import main

        top = tmp_path_factory.mktemp("web")
        own = top / "own.jsonl"
        own.write_text("".join(json.dumps(a) + "\n" for a in OWN_ARTICLES), encoding="utf-8")
        db = top / "web.db"
        assert main(["--db", str(db), "run", "--quiet", str(REPO / "examples"), str(own)]) == 0
        _built["db"] = db
    return _built["db"]
