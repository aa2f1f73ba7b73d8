"""ACLED-style CSV: ACLED's 31 columns in ACLED's order, one row per event of an ACLED type (our
``Political developments`` extension is not ACLED's and is left out), filled the way ACLED's
codebook fills them so that the rows join with real ACLED data:

- ``inter1``/``inter2`` are actor types; state forces outside their own country are External/Other
  forces; ``interaction`` names the lower-coded type first ("State forces-Civilians"), or "X only";
- ``actor1`` is never empty (ACLED requires it): an unnamed perpetrator is an Unidentified Armed Group;
- ``country`` is written as ACLED writes it ("Russia", not "Russian Federation");
- ``source`` is the outlet that published the article; who made the claim goes in ``notes``;
- ``admin1``/``admin2`` are the oblast and the raion of the location.

No cell starts with a character that a spreadsheet would run as a formula (``= + - @``, tab, CR):
text from articles is untrusted, so such a cell gets a leading apostrophe (OWASP's advice).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import cache
from typing import IO
from urllib.parse import urlsplit

from .. import resources
from ..document import Document, Event, Place

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """``value`` unable to run as a spreadsheet formula; numbers are left as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@cache
def _spec() -> dict:
    return resources.load_shared("acled_export")


@cache
def _actor_countries() -> dict[str, str]:
    """Country name as actors are named ("Russia", "the United States") → alpha-2 code."""
    return {c["name"]: code for code, c in resources.load_shared("actors")["countries"].items()}


def country_name(code: str | None) -> str:
    """The country as ACLED names it."""
    if not code:
        return ""
    code = code.upper()
    spec = _spec()
    if code in spec["country_names"]:
        return spec["country_names"][code]
    actors = resources.load_shared("actors")["countries"]
    if code in actors:
        return actors[code]["name"]
    from babel import Locale

    name = Locale("en").territories.get(code, "")
    return name.replace(" & ", " and ").replace("St. ", "Saint ")


def _iso_numeric(code: str | None) -> str:
    if not code:
        return ""
    import pycountry

    c = pycountry.countries.get(alpha_2=code.upper())
    return str(int(c.numeric)) if c else ""


def actor_country(actor: str) -> str | None:
    """The alpha-2 code of the country an ACLED-style actor name belongs to, if it names one."""
    for name, code in _actor_countries().items():
        if actor.endswith((f" of {name}", f" of the {name}", f"({name})")):
            return code
    return None


def inter(actor: str | None, event_country: str | None) -> str:
    if not actor:
        return ""
    spec = _spec()
    label = next((label for prefix, label in spec["inter_by_prefix"] if actor.startswith(prefix)), "")
    if label == "State forces" and event_country:
        home = actor_country(actor)
        if home and home != event_country.upper():
            return spec["external_forces"]
    return label


def interaction(inter1: str, inter2: str) -> str:
    order = _spec()["inter_order"]
    present = sorted((x for x in (inter1, inter2) if x), key=lambda x: order.index(x) if x in order else len(order))
    if not present:
        return ""
    return f"{present[0]} only" if len(present) == 1 else "-".join(present)


def actor1(e: Event, country: str) -> str:
    if e.actor1:
        return e.actor1
    unnamed = _spec()["unnamed_actor1"]
    template = unnamed.get(e.event_type, unnamed["default"])
    return template.format(country=country) if country else template.split(" (")[0]


def source(doc: Document) -> str:
    if doc.outlet:
        return doc.outlet
    host = urlsplit(doc.url).hostname if doc.url else None
    return host.removeprefix("www.") if host else ""


def notes(doc: Document, e: Event) -> str:
    evidence = doc.text[e.evidence.start:e.evidence.end].replace("\r", " ").replace("\n", " ").strip()
    said = f"according to {e.claimed_by}" if e.claimed_by else ""
    head = ", ".join(x for x in (e.modality if e.modality != "asserted" else "", said) if x)
    return f"{head}: {evidence}" if head else evidence


def rows(docs: Iterable[Document]) -> Iterable[dict[str, object]]:
    spec = _spec()
    stamp = int(datetime.now(UTC).timestamp())
    for doc in docs:
        for n, e in enumerate(doc.events, 1):
            if e.event_type not in spec["disorder_type"]:
                continue
            yield {k: safe_cell(v) for k, v in _row(doc, n, e, spec, stamp).items()}


def _row(doc: Document, n: int, e: Event, spec: dict, stamp: int) -> dict[str, object]:
    loc: Place | None = e.location
    cc = (loc.country_code or "").upper() if loc else ""
    country = country_name(cc)
    first = actor1(e, country)
    inter1, inter2 = inter(first, cc), inter(e.actor2, cc)
    return {
        "event_id_cnty": f"{cc or 'XX'}-{doc.id}-{n}",
        "event_date": e.date or "",
        "year": (e.date or "")[:4],
        "time_precision": spec["time_precision"].get(e.date_precision, 3),
        "disorder_type": spec["disorder_type"][e.event_type],
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actor1": first,
        "assoc_actor_1": "",
        "inter1": inter1,
        "actor2": e.actor2 or "",
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if inter2 == "Civilians" else "",
        "iso": _iso_numeric(cc),
        "region": spec["region_by_country"].get(cc, ""),
        "country": country,
        "admin1": (loc.admin1 or "") if loc else "",
        "admin2": (loc.admin2 or "") if loc else "",
        "admin3": "",
        "location": loc.name if loc else "",
        "latitude": loc.lat if loc else "",
        "longitude": loc.lon if loc else "",
        "geo_precision": spec["geo_precision"].get(loc.precision, 3) if loc else "",
        "source": source(doc),
        "source_scale": "",
        "notes": notes(doc, e),
        "fatalities": e.fatalities or 0,
        "tags": "",
        "timestamp": stamp,
    }


def write(docs: Iterable[Document], out: IO[str]) -> int:
    w = csv.DictWriter(out, fieldnames=_spec()["columns"], lineterminator="\n")
    w.writeheader()
    n = 0
    for row in rows(docs):
        w.writerow(row)
        n += 1
    return n
