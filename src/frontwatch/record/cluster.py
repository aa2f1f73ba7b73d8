"""Which reports tell the same real-world event.

Two reports are one event when they are of kin families of sub-types, at the
same place (the same GeoNames entry, a few km apart, or a town inside the
oblast a vaguer report names), on overlapping days, with compatible actors. A
new report joins the cluster whose every report it matches, the closest match
first; else it starts its own. A report that names only the country and fits
more than one cluster could be any of them: it joins none (precision before
recall), so it never glues one event's reports to another's, unless its own words name one of
them (what was hit, who died: FAR_WORDS telling words shared with that event alone). A tally (a count
summed over a day or over many strikes: 'seven killed in the past 24 hours',
'shelled the region 40 times') is many events, not one of them: it joins only
another report of the same count (the same family over the same days). Dead found
later (a grave exhumed, bodies found where the enemy held the place) died in some earlier
event the report does not date: such a report joins only another report of dead found
there, and the finding goes on for days (DISCOVERY_DAYS). A follow-up (the toll rising,
the wounded dying in hospital, a body taken from the rubble) counts again the dead of a
strike days before at its place: it reaches back FOLLOWUP_DAYS, whatever deed the reader
named, and when more than one strike there fits it joins the one whose own words it
shares, or none. A name the gazetteer could only put at its country's point is no known
place at all.

Kin families: news tells one deadly event in the words of violence it picks,
a missile strike by one outlet, shelling or an attack on civilians by another,
a clash by a third; and a death toll counted at the place ("the toll of the
shelling rose to five") counts the same dead. Violence and political or
strategic developments are never kin.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from functools import lru_cache
from typing import Any

from text_to_num import alpha2digit

from .knowledge import actor_side, country_name, death_words, fold, folded_cues, folded_cues_bare, km
from .report_fields import TOLL_FAMILY, precision_rank

NEAR_KM = 5.0  # two precise places this close are one place told two ways
SAME_POINT_KM = 0.5  # a place the gazetteer lacks, placed at a town's point: a part of that town
DISTRICT_KM = 40.0  # a district's centre to any town in it
# days two windows may miss each other by and still be one event: none, since a report that
# states no day already covers the day before its publication ("last night", "death toll rises")
SLACK_DAYS = 0
VAGUE_RANK = 1  # a report placed no closer than the country cannot tell two of its events apart
MAX_SPAN_DAYS = 31  # the widest window a report has (a month): bounds the candidate search
# a follow-up counts the dead of a strike up to two weeks before (the wounded die in hospital days later)
FOLLOWUP_DAYS = 14
# the dead found at one place are dug up and counted over days: reports of them two weeks apart are one find
DISCOVERY_DAYS = 14
FAR_WORDS = 2  # telling words a report must share with an event it reaches only further back
REACH_DAYS = max(FOLLOWUP_DAYS, DISCOVERY_DAYS)  # how far back a report's window may reach (candidate search)


# units of the quantities stage that count deeds or places: 'shelled it 40 times', 'carried out 18 strikes',
# 'shelled six regions', 'ousted the enemy from 20 settlements' tell many events
TALLY_UNITS = frozenset({"time", "attack", "region", "settlement"})
# the families of violence: one deadly event may be told in the words of any of them
VIOLENT_FAMILIES = frozenset({"strike", "battle"})
# a place named as a reference point ('near X', 'in the X direction') or a destination is not where the
# dead died: a toll told so is a tally of a front's sector, not the toll of one event at X
_NOT_THE_SPOT = frozenset({"reference", "towards", "aim", "unanchored"})


def is_violence(r: dict[str, Any]) -> bool:
    """A report of a deadly event: violence, or a toll that names the settlement where the dead died."""
    if r["family"] in VIOLENT_FAMILIES:
        return True
    return (r["family"] == TOLL_FAMILY and precision_rank(r["precision"]) >= 3
            and r["place_role"] not in _NOT_THE_SPOT)


def kin(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The two reports' families may tell one event: the same family, or both violence, or
    both the dead found at a place (whatever deed the reader named for the find)."""
    return (a["family"] == b["family"] or (is_violence(a) and is_violence(b))
            or (is_discovery(a) and is_discovery(b)))


def kin_families(family: str) -> list[str]:
    """The families whose reports may be kin to a report of ``family`` (``kin`` decides)."""
    if family in VIOLENT_FAMILIES or family == TOLL_FAMILY:
        return sorted(VIOLENT_FAMILIES | {TOLL_FAMILY})
    return [family]


def report_family(family: str, evidence: str, language: str | None) -> str:
    """The family the record files a report under: a follow-up or a find of dead the reader took
    for some other deed ('another person died in hospital' read as no violence, an exhumation
    read as an agreement) is a count of the dead, a toll; a change of hands stays one."""
    if family in VIOLENT_FAMILIES or family in (TOLL_FAMILY, "territory"):
        return family
    if _discovery(evidence, language) or (_followup(evidence, language) and _tells_dead(evidence, language)):
        return TOLL_FAMILY  # a rise that counts no dead ('aid rose to $2bn') is no follow-up of a strike
    return family


@lru_cache(maxsize=65536)
def _tells_dead(evidence: str, language: str | None) -> bool:
    """The sentence names dead (lang/<code>/numbers.json death_words: 'killed', 'died', 'victims')."""
    text = " " + fold(evidence) + " "
    return any(c in text for c in death_words(language))


def unplaced_name(r: dict[str, Any]) -> bool:
    """A name the gazetteer could only put at its country's point that is not the country's own
    name (nor any entry of the gazetteer): some place, or no place, the record cannot locate."""
    return (precision_rank(r["precision"]) == 1 and r["geonameid"] is None
            and fold(r["place"]) != fold(country_name(r["country_code"]) or ""))


def same_place(a: dict[str, Any], b: dict[str, Any]) -> int:
    """0 when the places differ, else how closely they agree (3 same entry, 2 near, 1 inside)."""
    if a["place_key"] is None or b["place_key"] is None:
        return 0
    if a["place_key"] == b["place_key"]:
        return 3
    if unplaced_name(a) or unplaced_name(b):
        return 0
    ra, rb = precision_rank(a["precision"]), precision_rank(b["precision"])
    if a["country_code"] != b["country_code"]:
        return 0
    if ra >= 3 and rb >= 3:
        if (a["geonameid"] is None or b["geonameid"] is None) and fold(a["place"]) != fold(b["place"]):
            # a place the gazetteer lacks stands at another's point ("the X district of a city" at the
            # city): a part of the town the gazetteer knows there, so inside it as a town is inside its
            # oblast; but another place than any other part of a different name
            one_known = (a["geonameid"] is None) != (b["geonameid"] is None)
            return 1 if one_known and km(a["lat"], a["lon"], b["lat"], b["lon"]) <= SAME_POINT_KM else 0
        return 2 if km(a["lat"], a["lon"], b["lat"], b["lon"]) <= NEAR_KM else 0
    fine, coarse = (a, b) if ra > rb else (b, a)
    rc = precision_rank(coarse["precision"])
    if rc == 1:
        return 1  # the country alone: any place in it (the reports' days and actors must still agree)
    inside = fold(fine["admin1"]) and fold(fine["admin1"]) in (fold(coarse["admin1"]), fold(coarse["place"]))
    if rc == 2:
        return 1 if inside else 0  # a village inside the oblast a vaguer report names
    # a town inside the district a vaguer report names (districts have no code of their own here)
    return 1 if inside and km(a["lat"], a["lon"], b["lat"], b["lon"]) <= DISTRICT_KM else 0


def overlapping_days(a: dict[str, Any], b: dict[str, Any], reaching: bool = True) -> bool:
    """The two windows meet, each reaching back as far as its kind of report does (``reach``)
    unless ``reaching`` is off."""
    if not (a["date_lo"] and b["date_lo"]):
        return False
    ab, ba = _days_between(a["date_lo"], b["date_hi"]), _days_between(b["date_lo"], a["date_hi"])
    if ab >= -SLACK_DAYS and ba >= -SLACK_DAYS:
        return True
    return reaching and ab >= -SLACK_DAYS - reach(a, b) and ba >= -SLACK_DAYS - reach(b, a)


def reach(r: dict[str, Any], other: dict[str, Any]) -> int:
    """Days before its window that report ``r`` may still tell of, beside ``other``: a follow-up
    beside the deed it follows, a find beside another find at the place; else none."""
    if is_discovery(r) and is_discovery(other):
        return DISCOVERY_DAYS
    if is_followup(r) and not is_discovery(other):  # the deed, or an earlier follow-up of it
        return FOLLOWUP_DAYS
    return 0


def _days_between(lo: str, hi: str) -> int:
    return (date.fromisoformat(hi) - date.fromisoformat(lo)).days


def compatible_actors(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two clashes: the first actor of each must be among the other's actors (by side) when
    both name one; a clash has no direction, so its two actors may come in either order. Who
    fired a strike or killed the dead of a toll is what the sides dispute most (each blames the
    other for the same dead): there a different attacker is a disagreement the cluster keeps,
    not another event."""
    if a["family"] != "battle" or b["family"] != "battle":
        return True
    sa = {actor_side(a["actor1"]), actor_side(a["actor2"])} - {None}
    sb = {actor_side(b["actor1"]), actor_side(b["actor2"])} - {None}
    a1, b1 = actor_side(a["actor1"]), actor_side(b["actor1"])
    if a1 and b1 and a1 != b1:
        return a["family"] == "battle" and a1 in sb and b1 in sa
    return True


def is_tally(r: dict[str, Any]) -> bool:
    """A count summed over a span of time ('killed five in the past 24 hours', 'losses of 30 per
    day'), over many deeds ('shelled the region 40 times', '18 strikes') or over many places ('shelled
    six regions'): many events, not one of them."""
    return _tally(r["evidence_text"] or "", r["language"], r["quantities"] or "[]")


@lru_cache(maxsize=65536)
def _tally(evidence: str, language: str | None, quantities: str) -> bool:
    """``is_tally`` on a report's stored columns, read once per report (every candidate cluster asks)."""
    text = " " + fold(evidence) + " "
    if any(c in text for c in folded_cues(language, "tally_spans")):
        return True
    return any(q.get("unit") in TALLY_UNITS and (q.get("value") or 0) > 1 for q in json.loads(quantities))


def is_discovery(r: dict[str, Any]) -> bool:
    """Dead found later ('the bodies of two men were found in a forest', 'a mass grave exhumed'):
    earlier deaths the report does not date, which may belong to any event at the place. A body
    taken from the rubble is a follow-up of the strike that made the rubble, not a find."""
    return _discovery(r["evidence_text"] or "", r["language"])


@lru_cache(maxsize=65536)
def _discovery(evidence: str, language: str | None) -> bool:
    text = " " + fold(evidence) + " "
    return any(c in text for c in folded_cues(language, "discovery_spans")) and not _followup(evidence, language)


def may_reach(r: dict[str, Any]) -> bool:
    """The report's window may reach back beyond its days (``reach``): a follow-up or a find."""
    return is_followup(r) or is_discovery(r)


def is_followup(r: dict[str, Any]) -> bool:
    """A follow-up ('the death toll rose to five', 'a woman wounded in the shelling died in
    hospital', 'a body was pulled from the rubble'): the dead of a strike days before, counted again."""
    return _followup(r["evidence_text"] or "", r["language"])


@lru_cache(maxsize=65536)
def _followup(evidence: str, language: str | None) -> bool:
    """Follow-up words, or a body found that names the strike it died in (not a grave's dead)."""
    text = " " + fold(evidence) + " "
    if any(c in text for c in folded_cues(language, "followup_spans")):
        return True
    return (any(c in text for c in folded_cues(language, "discovery_spans"))
            and any(c in text for c in folded_cues(language, "deed_spans"))
            and not any(c in text for c in folded_cues(language, "grave_spans")))


def same_count(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two tallies are one count told twice only when they count the same thing (the same family)
    over the same days: a claimant's tallies of two days in a row are two counts."""
    return a["family"] == b["family"] and (a["date_lo"], a["date_hi"]) == (b["date_lo"], b["date_hi"])


def match(report: dict[str, Any], member: dict[str, Any], reaching: bool = True) -> int:
    """How well a report matches one report of a cluster: 0 not the same event. Without
    ``reaching``, only on the days the two windows themselves share."""
    if not kin(report, member) or not overlapping_days(report, member, reaching):
        return 0
    if is_discovery(report) != is_discovery(member):
        return 0  # the dead found later join no strike: nothing says which one they died in
    tally = is_tally(report)
    if tally != is_tally(member):
        return 0
    if tally and not same_count(report, member):
        return 0
    place = same_place(report, member)
    if not place or not compatible_actors(report, member):
        return 0
    exact_day = report["date_lo"] == member["date_lo"] and report["date_hi"] == member["date_hi"]
    # the same toll told twice points to the same event (a ranking hint, never a reason to merge)
    same_toll = report["fatalities"] is not None and report["fatalities"] == member["fatalities"]
    return place * 3 + exact_day + same_toll


def best_cluster(report: dict[str, Any], candidates: dict[str, list[dict[str, Any]]]) -> str | None:
    """The cluster every report of which the new report matches, the best first; among equals,
    the one whose own words the report shares (``by_words``). None when the report names only the
    country and more than one cluster fits it. A follow-up or a find joins an event of its own days
    first; one it reaches only further back (``reach``) it joins when that is the only one that fits
    or its words point to it: else which strike's dead it counts is unknown. A report naming only the
    country that fits several clusters joins the one its words point to, or none."""
    fits = _fits(report, candidates, reaching=False)
    far = not fits and (may_reach(report) or any(may_reach(m) for ms in candidates.values() for m in ms))
    if far:
        fits = _fits(report, candidates, reaching=True)
    if not fits:
        return None
    if len(fits) > 1 and precision_rank(report["precision"]) <= VAGUE_RANK:
        # the country alone could be any of them: only words that name the event point to one
        return by_words(report, {c: candidates[c] for c in sorted(fits)}, least=FAR_WORDS)
    top = max(fits.values())
    # further back, a report's own day says when its dead were counted, not when they died: every fit is as near
    tied = sorted(fits) if far else sorted(c for c, v in fits.items() if v == top)
    if len(tied) == 1 and not far:
        return tied[0]
    if far:  # further back, only words that name the event (its place and what was hit) point to it
        return by_words(report, {c: candidates[c] for c in tied}, least=FAR_WORDS)
    return by_words(report, {c: candidates[c] for c in tied}) or tied[0]


def _fits(report: dict[str, Any], candidates: dict[str, list[dict[str, Any]]], reaching: bool) -> dict[str, float]:
    """The clusters every report of which the report matches, with its mean score over them."""
    fits: dict[str, float] = {}
    for cluster_id in sorted(candidates):
        scores = [match(report, m, reaching) for m in candidates[cluster_id]]
        if scores and min(scores) > 0:
            fits[cluster_id] = sum(scores) / len(scores)
    return fits


def by_words(report: dict[str, Any], clusters: dict[str, list[dict[str, Any]]], least: int = 1) -> str | None:
    """The one cluster with which the report shares the most words (at least ``least``) that no
    report of violence is bound to use (lang/<code>/record.json common_words) and, when there are
    several clusters, not every one of them has ('the convoy', 'the market', 'the mine'): what sets
    one event's reports apart from another's; None when no one cluster shares more than the others."""
    own = _words(report["evidence_text"] or "", report["language"])
    words = {c: set().union(*(_words(m["evidence_text"] or "", m["language"]) for m in members))
             for c, members in clusters.items()}
    common = set.intersection(*words.values()) if len(words) > 1 else set()
    shared = {c: len(own & (w - common)) for c, w in words.items()}
    ranked = sorted(shared.values(), reverse=True) + [0]
    if ranked[0] < least or ranked[0] == ranked[1]:
        return None
    return max(shared, key=lambda c: shared[c])


@lru_cache(maxsize=65536)
def _words(evidence: str, language: str | None) -> frozenset[str]:
    """A sentence's telling words: of four letters or more, not common to all reports of violence,
    cut to their first six (convoy, convoys)."""
    common = {w[:6] for w in folded_cues_bare(language, "common_words")}
    return frozenset(w[:6] for w in fold(_digits(evidence, language)).split()
                     if len(w) >= 4 and not w.isdigit()) - common


def _digits(text: str, language: str | None) -> str:
    """The text with its number words as digits ('rises to four' -> 'rises to 4'): a count tells
    no event from another (tolls change), so numbers are no telling words."""
    try:
        return alpha2digit(text, language or "en", threshold=0)
    except Exception:  # text2num raises on languages it lacks: the words stay words
        return text


def can_join(report: dict[str, Any]) -> bool:
    """A report with no days or no place never joins another: nothing says it is the same event."""
    return bool(report["date_lo"] and report["place_key"])


def join(report: dict[str, Any], candidates: dict[str, list[dict[str, Any]]]) -> str:
    """The cluster the report joins among ``candidates`` (cluster id → all its reports), or a new
    one named after the report (the same report always names the same cluster)."""
    found = best_cluster(report, candidates) if can_join(report) else None
    return found or "c" + hashlib.sha1(f"{report['article_id']}\x1f{report['event_index']}".encode()).hexdigest()[:12]
