"""News as it is published: RSS or Atom feeds (feedparser) and the pages they link to
(trafilatura), remembered in the store so that each poll reads only what is new.

A poll reads every followed feed, fetches each item not seen before, extracts the
page's main text and metadata, and hands the new articles to the ordinary ``run``
(deduplication, the pipeline, one transaction per article). An item is marked as
seen once its article is stored; a page that cannot be fetched is tried again at the
next poll.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .pipeline import PipelineOptions
from .readers import BadInput, _from_html
from .runner import RunReport, run
from .store import Store

USER_AGENT = "frontwatch (+https://github.com/) feed reader"
TIMEOUT = 30.0


@dataclass
class PollReport:
    feeds: int = 0
    new_items: int = 0
    errors: list[str] = field(default_factory=list)
    run: RunReport | None = None


def fetch(url: str, timeout: float = TIMEOUT) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - feeds are http(s) URLs
        return response.read()


def article_id(link: str) -> str:
    """A stable id for a web article: the same link always gives the same id."""
    return "web-" + hashlib.sha256(link.encode("utf-8")).hexdigest()[:16]


def _published(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _record(entry, feed_title: str | None, fetcher: Callable[[str], bytes]) -> dict:
    """The JSON Lines record of one feed item: the page's text, its metadata, the feed's where the page has none."""
    link = entry["link"]
    html = fetcher(link).decode("utf-8", errors="replace")
    doc = _from_html(article_id(link), html, link)
    return {"id": doc.id, "text": doc.text, "title": doc.title or entry.get("title"),
            "published": doc.published or _published(entry), "url": link,
            "outlet": doc.outlet or feed_title, "author": doc.author}


def _new_items(store: Store, feed_url: str, report: PollReport,
               fetcher: Callable[[str], bytes]) -> list[tuple[str, dict]]:
    import feedparser

    try:
        parsed = feedparser.parse(fetcher(feed_url))
    except Exception as e:  # noqa: BLE001 - an unreachable feed is that feed's error
        report.errors.append(f"{feed_url}: feed not read ({type(e).__name__}: {e})")
        return []
    if parsed.bozo and not parsed.entries:
        report.errors.append(f"{feed_url}: not a feed ({parsed.get('bozo_exception')})")
        return []
    title = parsed.feed.get("title")
    out = []
    for entry in parsed.entries:
        key = entry.get("id") or entry.get("link")
        if not key or not entry.get("link") or store.feed_item_seen(feed_url, key):
            continue
        try:
            out.append((key, _record(entry, title, fetcher)))
        except (OSError, BadInput, ValueError) as e:
            report.errors.append(f"{entry['link']}: page not read ({type(e).__name__}: {e}); tried again next poll")
    return out


def poll(store: Store, options: PipelineOptions, jobs: int = 1, engine=None,
         fetcher: Callable[[str], bytes] = fetch) -> PollReport:
    report = PollReport()
    items: list[tuple[str, str, dict]] = []
    for feed_url in store.feeds():
        report.feeds += 1
        items += [(feed_url, key, rec) for key, rec in _new_items(store, feed_url, report, fetcher)]
        store.mark_feed_polled(feed_url)
    report.new_items = len(items)
    if not items:
        return report
    with tempfile.TemporaryDirectory(prefix="frontwatch-feeds-") as tmp:
        batch = Path(tmp) / "items.jsonl"
        with batch.open("w", encoding="utf-8") as f:
            seen_ids: set[str] = set()
            for _, _, rec in items:
                if rec["id"] not in seen_ids:  # one link listed by two feeds is one article
                    seen_ids.add(rec["id"])
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        report.run = run([str(batch)], store, options, jobs=jobs, engine=engine)
    duplicates = {dup: same for dup, same, _ in report.run.duplicates}
    for feed_url, key, rec in items:
        stored_as = rec["id"] if store.stored(rec["id"]) else duplicates.get(rec["id"])
        if stored_as:
            store.mark_feed_item(feed_url, key, stored_as)
    return report
