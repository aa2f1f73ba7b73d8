"""News as it arrives: `feeds add/poll` against a feed and pages served by a local HTTP server
(no internet), and `watch` on a folder that files are dropped into."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from frontwatch.cli import main
from frontwatch.store.sqlite import SQLiteStore

PAGES = {
    "/news/drones.html": ("Drones shot down over the capital",
                          "Air defence units shot down twelve drones over the capital overnight, the regional "
                          "military administration said on Tuesday. Debris damaged two houses in a suburb; "
                          "nobody was hurt, according to the governor."),
    "/news/talks.html": ("Talks to resume in Geneva",
                         "Delegations from both governments will meet again in Geneva next week, the foreign "
                         "ministry said. The previous round ended without an agreement on prisoner exchanges."),
    "/news/port.html": ("Missile strike on the port",
                        "A missile struck the port of Odesa on Wednesday night, damaging grain silos, the "
                        "governor said. Three workers were wounded and taken to hospital."),
}


def _page(title: str, body: str) -> bytes:
    paragraphs = "".join(f"<p>{s}.</p>" for s in body.split(". "))
    return (f"<html><head><title>{title}</title><meta name='author' content='Staff'></head><body><nav>Home | World"
            f"</nav><article><h1>{title}</h1>{paragraphs}</article><footer>© Example News</footer></body></html>"
            ).encode()


def _feed(base: str, paths: list[str]) -> bytes:
    items = "".join(f"<item><title>{PAGES.get(p, ('Missing', ''))[0]}</title><link>{base}{p}</link>"
                    f"<guid>{base}{p}</guid><pubDate>Tue, 14 Mar 2023 08:00:00 GMT</pubDate></item>" for p in paths)
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Example News</title>"
            f"<link>{base}/</link><description>test</description>{items}</channel></rss>").encode()


@pytest.fixture
def site():
    """A local news site: ``site.items`` (mutable) are the paths its feed lists."""
    items: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            base = f"http://127.0.0.1:{self.server.server_port}"
            if self.path == "/feed.xml":
                body, kind = _feed(base, items), "application/rss+xml"
            elif self.path in PAGES:
                body, kind = _page(*PAGES[self.path]), "text/html; charset=utf-8"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.items = items
    server.url = f"http://127.0.0.1:{server.server_port}/feed.xml"
    yield server
    server.shutdown()
    server.server_close()


def _articles(db: Path) -> dict[str, dict]:
    store = SQLiteStore(str(db))
    try:
        return {d.id: {"url": d.url, "published": d.published, "title": d.title, "text": d.text}
                for d in store.documents()}
    finally:
        store.close()


def test_feeds_poll_reads_new_items_once(site, tmp_path: Path, capsys):
    db = str(tmp_path / "f.db")
    site.items += ["/news/drones.html", "/news/talks.html", "/news/gone.html"]
    assert main(["--db", db, "feeds", "add", site.url]) == 0
    assert main(["--db", db, "feeds", "add", site.url]) == 0
    assert "already following" in capsys.readouterr().err

    assert main(["--db", db, "feeds", "poll", "--profile", "fast"]) == 0
    err = capsys.readouterr().err
    assert "polled 1 feeds: 2 new items" in err and "gone.html: page not read" in err
    stored = _articles(tmp_path / "f.db")
    assert len(stored) == 2
    drones = next(a for a in stored.values() if a["url"].endswith("/news/drones.html"))
    assert drones["published"] == "2023-03-14" and "twelve drones" in drones["text"]
    assert "Home | World" not in drones["text"]  # the page's main text only

    # nothing new: nothing fetched again; the broken link is tried again
    assert main(["--db", db, "feeds", "poll", "--profile", "fast"]) == 0
    assert "0 new items" in capsys.readouterr().err

    site.items.insert(0, "/news/port.html")
    assert main(["--db", db, "feeds", "poll", "--profile", "fast"]) == 0
    assert "1 new items" in capsys.readouterr().err
    assert len(_articles(tmp_path / "f.db")) == 3


def test_watch_processes_files_as_they_appear(tmp_path: Path):
    folder, db = tmp_path / "inbox", tmp_path / "w.db"
    folder.mkdir()
    (folder / "first.txt").write_text(PAGES["/news/drones.html"][1], encoding="utf-8")
    result: list[int] = []
    watcher = threading.Thread(target=lambda: result.append(main(
        ["--db", str(db), "watch", str(folder), "--profile", "fast", "--settle", "0.5", "--idle-exit", "6"])))
    watcher.start()
    deadline = time.monotonic() + 300
    while len(_articles(db) if db.exists() else {}) < 1:  # the file already there is processed first
        assert time.monotonic() < deadline and watcher.is_alive(), "watch did not process the first file"
        time.sleep(0.5)
    partial = folder / "second.txt.partial"  # copied in under another name, then renamed
    partial.write_text(PAGES["/news/talks.html"][1], encoding="utf-8")
    partial.rename(folder / "second.txt")
    (folder / "third.txt").write_text(PAGES["/news/port.html"][1], encoding="utf-8")
    (folder / ".hidden.txt").write_text("An editor's swap file is not an article.", encoding="utf-8")
    watcher.join(timeout=300)
    assert not watcher.is_alive() and result == [0]
    assert sorted(_articles(db)) == ["first", "second", "third"]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_feed_state_is_kept_by_either_backend(backend: str, request, tmp_path: Path):
    from frontwatch.store import open_store

    url = request.getfixturevalue("postgres")() if backend == "postgresql" else str(tmp_path / "s.db")
    store = open_store(url)
    feed = "http://news.example/feed.xml"
    assert store.add_feed(feed) and not store.add_feed(feed)
    assert store.feeds() == [feed]
    assert not store.feed_item_seen(feed, "item-1")
    store.mark_feed_item(feed, "item-1", "web-1")
    store.mark_feed_item(feed, "item-1", "web-1")  # twice: still one row, no error
    store.mark_feed_polled(feed)
    store.close()
    again = open_store(url)  # remembered across processes
    assert again.feed_item_seen(feed, "item-1") and not again.feed_item_seen(feed, "item-2")
    again.close()
