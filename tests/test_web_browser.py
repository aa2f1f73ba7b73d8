"""The page in a real browser: Playwright for Python driving Debian's chromium (never a
downloaded browser) against `frontwatch serve` started through the CLI."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from web_fixtures import HOSTILE_ID, HOSTILE_TITLE, REPO, web_database

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]

if os.environ.get("FRONTWATCH_REQUIRE_CHROMIUM"):  # CI installs both: their absence is a failure there
    from playwright import sync_api

    assert CHROMIUM.exists(), "FRONTWATCH_REQUIRE_CHROMIUM is set but /usr/bin/chromium is missing"
else:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = web_database(tmp_path_factory)
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "frontwatch.cli", "--db", str(db), "serve", "--port", str(port)],
                            env=env, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(base + "/api/facets", timeout=1)
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"serve exited: {proc.stderr.read()}")
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def api(base: str, path: str):
    with urllib.request.urlopen(base + path, timeout=10) as r:
        return json.load(r)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    pg = context.new_page()
    pg.problems = []
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(m.text))
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    # the offline basemap must be enough: nothing may leave this machine
    pg.route("**/*", lambda route: route.continue_() if route.request.url.startswith("http://127.0.0.1")
             else (pg.problems.append(f"outside request: {route.request.url}"), route.abort()))
    yield pg
    context.close()


def open_page(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30000)


def until(condition, seconds: float = 15):
    """Poll from here: the page's CSP forbids the string evaluation wait_for_function uses."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("the page did not change in time")


def listed(page) -> list[str]:
    return page.eval_on_selector_all("#events li[data-event-id]", "els => els.map(e => e.dataset.eventId)")


def test_page_loads_with_markers_and_no_console_errors(server, page, tmp_path):
    open_page(page, server + "/")
    assert listed(page)
    assert page.locator(".fw-marker, .marker-cluster").count() > 0
    assert page.locator("path.leaflet-interactive").count() > 20  # the offline basemap's countries and oblasts
    assert page.problems == []
    shot = Path(os.environ.get("FRONTWATCH_SCREENSHOT") or tmp_path / "screenshot.png")
    first = api(server, "/api/events?type=Battles&limit=1")["items"][0]["cluster_id"]
    page.locator(f"#events li[data-event-id='{first}']").click()
    page.wait_for_selector("mark.evidence")
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000


def test_brushing_the_timeline_narrows_the_list(server, page):
    open_page(page, server + "/")
    before = listed(page)
    box = page.locator("#timeline .u-over").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=8)
    page.mouse.up()
    after = until(lambda: "from=" in page.evaluate("location.href") and listed(page) != before and listed(page))
    assert after and set(after) < set(before)
    params = dict(p.split("=") for p in page.evaluate("location.href").split("?", 1)[1].split("&"))
    dates = page.eval_on_selector_all("#events li[data-event-id] .date", "els => els.map(e => e.textContent)")
    assert all(params["from"] <= d <= params["to"] for d in dates if d != "undated")
    open_page(page, page.evaluate("location.href"))  # the view is in the URL: reloading it gives the same list
    assert listed(page) == after


def test_clicking_an_event_shows_its_evidence_highlighted(server, page):
    open_page(page, server + "/")
    event_id = listed(page)[0]
    page.locator(f"#events li[data-event-id='{event_id}']").click()
    page.wait_for_selector("mark.evidence")
    detail = api(server, f"/api/events/{event_id}")
    marks = page.eval_on_selector_all("mark.evidence", "els => els.map(e => e.textContent)")
    assert marks == [r["evidence"]["text"] for r in detail["reports"]]
    assert f"event={event_id}" in page.evaluate("location.href")
    assert page.problems == []


def test_the_hostile_article_runs_nothing(server, page):
    events = api(server, "/api/events?q=kharkiv&limit=500")["items"]
    hostile = [e["cluster_id"] for e in events
               if any(r["article_id"] == HOSTILE_ID for r in api(server, f"/api/events/{e['cluster_id']}")["reports"])]
    assert hostile, "the hostile article yields an event"
    open_page(page, f"{server}/?event={hostile[0]}")
    page.wait_for_selector(f".report[data-article-id='{HOSTILE_ID}'] .article-text")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src='x']").count() == 0
    assert page.evaluate("[...document.scripts].every(s => s.src.startsWith(location.origin + '/static/'))")
    report = page.locator(f".report[data-article-id='{HOSTILE_ID}']")
    assert report.locator(".title").text_content() == HOSTILE_TITLE
    assert "<script>window.__pwned = 'text'</script>" in report.locator(".article-text").text_content()
    assert page.problems == []


def test_a_place_card_shows_the_control_strip(server, page):
    statuses = [api(server, f"/api/places/{k}/timeline") for k in
                {e["place_key"] for e in api(server, "/api/events?type=Battles&limit=500")["items"] if e["place_key"]}]
    place = next(t for t in statuses if t["status"])
    open_page(page, f"{server}/?place={place['place_key']}")
    page.wait_for_selector(".strip .seg")
    assert page.locator(".strip .seg").count() == len(place["status"])
    assert page.locator(".claims-side .report").count() == len(place["claims"])
    assert page.problems == []


def test_the_interactive_docs_load_from_the_package(server, page):
    page.goto(server + "/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=30000)
    paths = page.eval_on_selector_all(".opblock-summary-path", "els => els.map(e => e.textContent)")
    assert any("/api/events" in p for p in paths)
    assert page.problems == []
