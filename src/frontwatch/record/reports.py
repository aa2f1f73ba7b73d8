"""One stored event → one report: the claims ledger's row.

A report is everything the record needs from an event without going back to
the article: who claims it, how firmly, in which outlet, when it was claimed
and the days it may refer to, where, and the evidence sentence.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from functools import cache
from typing import Any

from .. import resources
from ..document import Document, Event, Place, Toponym
from .knowledge import claimant_side, country_name, cues, fold, folded_cues, km, outlet_named, side_of_holder

# events that may be the same real-world event share a family
_FAMILIES = {
    "Government regains territory": "territory",
    "Non-state actor overtakes territory": "territory",
    "Non-violent transfer of territory": "territory",
    "Armed clash": "battle",
    "Attack": "strike",  # «bombardamento uccide civili» is told as shelling or as an attack
}
TOLL_FAMILY = "loss report"  # a count of the dead (or of what a side lost), not the deed itself
_UNDATED_DAYS = 1  # an undated report covers its publication day and the one before ("last night")
DEFENCE_GAP_WORDS = 6  # 'repelled Russian assaults on the village of X': the cue governs the place
CONTESTED = "contested"
DOUBTED = "doubted"  # the control use of a claim its own sentence doubts: it counts as hedged
ASTRAY = "astray"  # a place its sentence puts elsewhere than the gazetteer's namesake
_PRECISION_RANK = {"feature": 4, "city": 4, "admin2": 3, "admin1": 2, "country": 1}


def family(event_type: str, sub_event_type: str) -> str:
    if sub_event_type in _FAMILIES:
        return _FAMILIES[sub_event_type]
    if event_type == "Explosions/Remote violence":
        return "strike"
    if event_type in ("Protests", "Riots"):
        return "protest"
    return sub_event_type.lower()


def precision_rank(precision: str | None) -> int:
    return _PRECISION_RANK.get(precision or "", 0)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def window(event_date: str | None, precision: str | None, published: str | None) -> tuple[str | None, str | None]:
    """The days a report may refer to: its day, week or month; an undated one the
    days before its publication; None when nothing dates it."""
    d, pub = _day(event_date), _day(published)
    if d is not None and precision == "day":
        return d.isoformat(), d.isoformat()
    if d is not None and precision == "week":
        return d.isoformat(), (d + timedelta(days=6)).isoformat()
    if d is not None and precision == "month":
        nxt = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
        return d.isoformat(), (nxt - timedelta(days=1)).isoformat()
    if pub is not None:
        return (pub - timedelta(days=_UNDATED_DAYS)).isoformat(), pub.isoformat()
    return None, None


def stated_date(doc: Document, ev: Event) -> str | None:
    """The event's date when its sentence states one; None when the date is only the
    publication day the reader fell back on (nothing in the evidence dates it)."""
    if ev.date is None:
        return None
    stated = any(ev.evidence.start <= t.start < ev.evidence.end and t.value for t in doc.timexes)
    return ev.date if stated or ev.date != (doc.published or "")[:10] else None


def cell(lat: float | None, lon: float | None) -> int | None:
    """The 0.1-degree grid cell of a point (as migration 004 computes it)."""
    if lat is None or lon is None:
        return None
    return int((lat + 90) * 10) * 10000 + int((lon + 180) * 10)


def neighbour_cells(lat: float, lon: float) -> list[int]:
    """The cell of a point and the eight around it: every point within ~7 km is in one of them."""
    c = cell(lat, lon)
    return [c + dy * 10000 + dx for dy in (-1, 0, 1) for dx in (-1, 0, 1)]


def place_key(p: Place | None) -> str | None:
    if p is None:
        return None
    if p.geonameid:
        return f"g{p.geonameid}"
    return f"{fold(p.name)}@{p.lat:.2f},{p.lon:.2f}"


def _mention(doc: Document, ev: Event) -> Toponym | None:
    """The mention of the event's place inside its evidence, in the trigger's sentence when
    the event names its trigger, the nearest to it first."""
    if ev.location is None:
        return None
    found = [t for t in doc.toponyms if ev.evidence.start <= t.start < ev.evidence.end
             and (t.place.name == ev.location.name or (ev.location.geonameid and
                                                       t.place.geonameid == ev.location.geonameid))]
    if not found:
        return None
    if ev.trigger is not None:
        # the place must be named in the sentence that tells the event, not a neighbour
        sent = doc.sentence_at(ev.trigger.start)
        same = [t for t in found if sent is None or sent.start <= t.start < sent.end]
        return min(same, key=lambda t: abs(t.start - ev.trigger.start)) if same else None
    return found[0]


# a footnote mark after a stop ('…the city.[17] The…') or a line break ends a sentence the splitter
# may have run on (a heading and the paragraph under it)
_FOOTNOTE_END = re.compile(r"[.!?][\"”’)]?\[\d+\]\s+(?=\S)|[ \t]*\n\s*(?=\S)")
# how a told sentence ends: a stop, perhaps closed by a quote or a bracket, perhaps a footnote mark
_TOLD_END = re.compile(r"[.!?…][\"”’)\]]*(?:\[\d+\])*\s*$")


def sentence_span(doc: Document, offset: int) -> tuple[int, int] | None:
    """The sentence holding an offset, cut where a footnote mark or a line break ends a sentence
    inside it: the words of the next sentence do not govern, hedge or date a place in this one."""
    s = doc.sentence_at(offset)
    if s is None:
        return None
    start, end = s.start, s.end
    for m in _FOOTNOTE_END.finditer(doc.text, s.start, s.end):
        if m.end() <= offset:
            start = m.end()
        else:
            end = m.end()
            break
    return start, end


def is_heading(doc: Document, offset: int) -> bool:
    """Whether the line holding an offset is a heading inside an article ('Main effort—X (objective:
    capture Y)'): a line between others that does not end as a told sentence does. A heading names
    a subject, it tells no deed. An article's first line is its title, and a headline alone is the
    whole article: both tell the news."""
    start = doc.text.rfind("\n", 0, offset) + 1
    end = doc.text.find("\n", offset)
    if not doc.text[:start].strip() or end < 0 or not doc.text[end:].strip():
        return False
    line = doc.text[start:end].strip()
    return bool(line) and not _TOLD_END.search(line)


def _sentence_of(doc: Document, t: Toponym, ev: Event) -> tuple[int, int]:
    return sentence_span(doc, t.start) or (ev.evidence.start, ev.evidence.end)


@cache
def _list_gap() -> re.Pattern[str]:
    """What may stand between two places of one list: a comma, a joiner, an article
    (``list_joiners`` and ``list_articles`` of every language's record.json)."""
    joiners = sorted({w for lang in resources.languages() for w in cues(lang).get("list_joiners", [])})
    articles = sorted({w for lang in resources.languages() for w in cues(lang).get("list_articles", [])})
    join = "|".join(map(re.escape, joiners)) or "(?!)"
    art = "|".join(re.escape(a) + r"\s+" for a in articles) or "(?!)"
    return re.compile(rf"^\s*(?:,|,?\s*(?:{join})\b)?\s*(?:{art})?$", re.IGNORECASE)


_NAME = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*")  # a capitalised word: a name of the list the gazetteer did not place


def _joins_list(gap: str) -> bool:
    """Whether the text between two places joins them in one list: a comma, a joiner, an article,
    and other names of the list the gazetteer did not place ('A, Unplaced, and B')."""
    if _list_gap().match(gap):
        return True
    rest = re.sub(r"(?:\s*,)+", ",", _NAME.sub("", gap))
    return rest != gap and "," in gap and bool(_list_gap().match(rest))


def _list_head(doc: Document, t: Toponym, sent: tuple[int, int]) -> Toponym:
    """The first place of the list a place ends ('towards A, B, and C': A for C), so the words
    before the list govern every place in it."""
    before = sorted((x for x in doc.toponyms if sent[0] <= x.start and x.end <= t.start), key=lambda x: x.start)
    head = t
    for x in reversed(before):
        if x.end > head.start or not _joins_list(doc.text[x.end:head.start]):
            break
        head = x
    return head


def _list_of(doc: Document, t: Toponym, sent: tuple[int, int]) -> list[Toponym]:
    """Every place of the list a place is part of ('captured A, B, and C': A, B and C), in order."""
    head = _list_head(doc, t, sent)
    members = [head]
    for x in sorted((x for x in doc.toponyms if head.end <= x.start and x.end <= sent[1]), key=lambda x: x.start):
        last = members[-1]
        if x.start < last.end:
            continue
        if not _joins_list(doc.text[last.end:x.start]):
            break
        members.append(x)
    return members


def _before(doc: Document, t: Toponym, sent: tuple[int, int], width: int = 80) -> str:
    """The folded words just before a place (before the list it is part of), padded with spaces."""
    head = _list_head(doc, t, sent)
    return " " + fold(doc.text[max(sent[0], head.start - width):head.start]) + " "


def _is_reference(doc: Document, t: Toponym, lang: str | None, sent: tuple[int, int]) -> bool:
    """A place named as a reference point ('20 km east of X', 'near X', 'the X axis',
    'advancing towards X', 'from X') is not the place whose control a sentence claims."""
    if t.relation:
        return True
    before = _before(doc, t, sent)
    after = " " + fold(doc.text[t.end:min(sent[1], t.end + 40)]) + " "
    if any(before.endswith(c) for c in folded_cues(lang, "leave")):
        return False  # 'withdrew from X': the place left, not a point of reference
    if any(before.endswith(c) for c in folded_cues(lang, "reference_before")) or _towards(before, lang):
        return True
    if any(after.startswith(c) for c in folded_cues(lang, "reference_after")):
        return True
    # 'Donetsk and Luhansk oblasts': the first of two names sharing a plural region word
    joined = re.match(r" (?:and|e|,) \w+ (\w+) ", after)
    return bool(joined) and " " + joined.group(1) + " " in folded_cues(lang, "reference_after")


def _part_of_a_name(doc: Document, t: Toponym, lang: str | None, sent: tuple[int, int]) -> bool:
    """A place name that begins a longer name ('the X Dairy Cannery', 'the X Regional Council'):
    the sentence tells of that body or building, not of who holds the place."""
    after = doc.text[t.end:sent[1]]
    m = re.match(r"[ \t]+([A-Z][\w’'-]*)", after)
    if m is None:
        return False
    word = fold(m.group(1))
    return " " + word + " " not in folded_cues(lang, "city_after") and \
        " " + word + " " not in folded_cues(lang, "reference_after")


OBJECT_OF_WORDS = 4  # 'to secure control of the town of X': words between an aim and the 'of' before its place


def _towards(before: str, lang: str | None) -> bool:
    return _destination(before, lang) is not None


def _destination(before: str, lang: str | None) -> str | None:
    """The cue that makes a place a destination ('advancing towards X', 'attempting to capture X'),
    unless a side claims to have done it ('claimed to capture X'); None when none does. A verb
    joined to an aim shares it ('operations to encircle and capture X')."""
    of = "|".join(map(re.escape, folded_cues_bare(lang, "object_of"))) or "(?!)"
    for c in folded_cues(lang, "towards"):
        # 'to capture X', or with the words naming what of X it is after: 'to secure control of the town of X'
        m = re.search(re.escape(c.rstrip()) + rf"(?: \w+){{0,{OBJECT_OF_WORDS}}} (?:{of}) $", before)
        if before.endswith(c) or m:
            rest = before[:m.start() if m and not before.endswith(c) else -len(c)] + " "
            near = " " + " ".join(rest.split()[-NEGATION_WORDS:]) + " "
            # 'claimed to capture X' is a claim of the deed; 'a successful counterattack to regain X' the deed
            done = any(rest.endswith(v) for v in folded_cues(lang, "claim_verbs")) or \
                any(a in near for a in folded_cues(lang, "achieved"))
            return None if done else c
    joined = re.match(rf"(.*) (?:{'|'.join(folded_cues_bare(lang, 'list_joiners'))}) \w+ $", before)
    if joined and joined.group(1) + " " != before:
        return _destination(joined.group(1) + " ", lang)
    return None


def _cue_governs(text: str, cues_: tuple[str, ...], lang: str | None) -> bool:
    """One of the cues ends at most DEFENCE_GAP_WORDS words before the end of the text, and is not
    denied ('prevented the encirclement of X')."""
    for cue in cues_:
        k = text.rfind(cue)
        if k >= 0 and len(text[k + len(cue):].split()) <= DEFENCE_GAP_WORDS and not _negated(text[:k + 1], lang):
            return True
    return False


NEGATION_WORDS = 4  # 'prevented Russian troops from encircling X': how far before a verb its denial may stand


def _negated(before: str, lang: str | None) -> bool:
    """Whether the folded words just before a verb deny or forestall it ('did not capture',
    'prevented the encirclement of', 'let alone seizing'): what did not happen holds no place. Two
    denials undo each other ('have not abandoned efforts to encircle X')."""
    words = before.split()[-NEGATION_WORDS:]
    breaks = set(folded_cues_bare(lang, "clause_breaks"))
    cut = max((i + 1 for i, w in enumerate(words) if w in breaks), default=0)  # 'made no gains but captured X'
    near = " " + " ".join(words[cut:]) + " "
    return sum(near.count(c) for c in folded_cues(lang, "negations")) % 2 == 1


def place_role(doc: Document, ev: Event) -> str | None:
    """How the evidence names the event's place: as itself ('named'), as a destination
    ('towards'), as the aim of an assault ('aim'), as a reference point ('reference'), in a
    heading ('heading'), as a place the sentence puts elsewhere than the gazetteer's namesake
    ('astray'), or not at all ('unanchored')."""
    if ev.location is None:
        return None
    t = _mention(doc, ev)
    if t is None:
        return "unanchored"
    if is_heading(doc, t.start):
        return "heading"
    lang = doc.language_at(t.start)
    sent = _sentence_of(doc, t, ev)
    if _astray(doc, t, lang, sent):
        return ASTRAY
    before = _before(doc, t, sent)
    cue = _destination(before, lang)
    if cue is not None:  # an assault's aim ('attempts to capture X') is fought at X; a heading ('towards X') is not
        return "aim" if cue in folded_cues(lang, "aims") else "towards"
    head = " " + fold(doc.text[sent[0]:_list_head(doc, t, sent).start]) + " "  # the sentence up to the place
    if any(head.endswith(c) and not _negated(head[:-len(c) + 1], lang) for c in folded_cues(lang, "siege")):
        return "siege"  # an encircled place is still its defender's, under attack
    if _is_reference(doc, t, lang, sent) or _part_of_a_name(doc, t, lang, sent):
        return "reference"
    if _cue_governs(head, folded_cues(lang, "siege"), lang):
        return "siege"  # 'the encirclement of Ukrainian troops in X'

    if _may_be_its_region(doc, t, lang, sent):
        return "region"
    text = " " + fold(doc.text[sent[0]:sent[1]]) + " "
    if any(c in text for c in folded_cues(lang, "retracted")):
        return "retracted"
    upto = " " + fold(doc.text[sent[0]:t.end]) + " "  # 'captured X, which would open…': the hedge is X's after
    if any(c in upto for c in folded_cues(lang, "unreal")):
        return "unreal"  # what may, would or is meant to happen is not a place held
    return "named"


REFERENCE_REACH_KM = 200  # 'A, 110 km southeast of X': a place told by its bearing from X lies within this of X
LIST_TAIL_WORDS = 8  # 'A and B, approximately 25 km north of X': how far after a list its bearing may stand


def _astray(doc: Document, t: Toponym, lang: str | None, sent: tuple[int, int]) -> bool:
    """A settlement its own sentence puts elsewhere than the gazetteer did: far from the other
    settlements of its list, or the list it ends is placed in a region ('A, B and C in X Oblast')
    the gazetteer's namesake is not in, or told by its bearing from a place ('A and B, west of
    X') far from the namesake. The gazetteer chose a namesake; the sentence's place is another,
    unknown one."""
    p = t.place
    if p.precision != "city" or p.lat is None:
        return False
    members = _list_of(doc, t, sent)
    if _far_from_its_list(t, members):
        return True
    tail = members[-1].end
    after = sorted((x for x in doc.toponyms if tail <= x.start < sent[1] and x.place.lat is not None),
                   key=lambda x: x.start)
    if not after or len(doc.text[tail:after[0].start].split()) > LIST_TAIL_WORDS:
        return False
    x, gap = after[0], " " + fold(doc.text[tail:after[0].start]) + " "
    if is_region_itself(x.place):
        return gap.strip() in folded_cues_bare(lang, "located_in") and bool(p.admin1) and \
            fold(p.admin1) != fold(x.place.admin1)
    return x.place.precision == "city" and _is_reference(doc, x, lang, sent) and \
        km(p.lat, p.lon, x.place.lat, x.place.lon) > REFERENCE_REACH_KM


LIST_REACH_KM = 150  # the settlements of one list lie on one stretch of front


def _far_from_its_list(t: Toponym, members: list[Toponym]) -> bool:
    """A settlement far from every other of its list while most of the others lie together ('A,
    B, and C' with A and B close, C a namesake across the country): the gazetteer chose the
    wrong namesake."""
    others = [m.place for m in members if m is not t and m.place.precision == "city" and m.place.lat is not None]
    together = max((sum(km(a.lat, a.lon, b.lat, b.lon) <= LIST_REACH_KM for b in others) for a in others), default=0)
    return together >= 2 and together * 2 > len(others) and \
        all(km(t.place.lat, t.place.lon, o.lat, o.lon) > LIST_REACH_KM for o in others)


def _may_be_its_region(doc: Document, t: Toponym, lang: str | None, sent: tuple[int, int]) -> bool:
    """A city that shares its name with its region ('Kharkiv', 'Luhansk') may stand for the
    region: it is the city only when the sentence says so ('Kharkiv City', 'the city of X')."""
    p = t.place
    if precision_rank(p.precision) < 3 or not p.admin1 or not fold(p.admin1).startswith(fold(p.name)):
        return False
    before = _before(doc, t, sent, 20)
    after = " " + fold(doc.text[t.end:min(sent[1], t.end + 12)]) + " "
    if any(before.endswith(c) for c in folded_cues(lang, "city_before")):
        return False
    if any(before.endswith(c) for g in ("gain", "regain", "leave", "siege") for c in folded_cues(lang, g)):
        return False  # one captures, leaves or encircles a town, not the region named after it
    return not any(after.startswith(c) for c in folded_cues(lang, "city_after"))


def _fought_in(ev: Event, role: str | None) -> str | None:
    """'contested' for a clash told in the place itself (not near it, not towards it), or a
    place told as encircled."""
    if ev.modality in ("planned", "denied"):
        return None
    if (ev.sub_event_type == "Armed clash" and role in ("named", "aim")) or role == "siege":
        if ev.location is not None and precision_rank(ev.location.precision) >= 3:
            return CONTESTED
    return None


def _control_use(doc: Document, ev: Event) -> str | None:
    """Why a control claim is or is not one: it must name its place in its own words
    ('control'); a place named as a destination or a reference point ('towards',
    'reference'), one not named in the evidence ('unanchored'), a planned move or a
    country is not a place held."""
    if not ev.control:
        if not _verb_told(doc, ev):
            return None
        if _doubted(doc, ev):
            return DOUBTED
        return "holding" if stated_holder(doc, ev)[2] == "holds" else "control"
    if ev.modality == "planned":
        return "planned"
    if ev.location is None or ev.location.precision == "country":
        return "no place"
    role = place_role(doc, ev)
    if role == "named":
        verb = stated_holder(doc, ev)[2]
        if verb is None:
            return "unstated"  # no verb of ours gives the place to a side: the reader's guess alone
        if _doubted(doc, ev):
            return DOUBTED
        return "holding" if verb == "holds" else "control"
    return "control" if role == "named" else role


def _doubted(doc: Document, ev: Event) -> bool:
    """Whether the sentence that gives the place to a side doubts its own report ('X claimed to
    capture Y, but ISW cannot independently confirm it', 'did not confirm the reports'): a claim in
    doubt counts as hedged, whatever the reader made of it."""
    t = _mention(doc, ev)
    if t is None:
        return False
    sent = _sentence_of(doc, t, ev)
    text = " " + fold(doc.text[sent[0]:sent[1]]) + " "
    return any(c in text for c in folded_cues(doc.language_at(t.start), "doubted"))


def stated_holder(doc: Document, ev: Event) -> tuple[str | None, str | None, str | None]:
    """What a sentence's verb says of the place it governs, with that verb's subject: the side
    that holds it now, the side that held it just before when the verb tells it, and how:
    'Russian forces captured X' (the subject gains it: 'gain'), 'Ukrainian forces recaptured X'
    (and the other side had it: 'regain'), 'Russian forces withdrew from X' (the subject's
    enemy holds it, the subject had it: 'leave'), 'Ukrainian forces continue to hold X' (no
    change told: 'holds'). (None, None, None) when no such verb governs the place."""
    t = _mention(doc, ev)
    if t is None:
        return None, None, None
    lang = doc.language_at(t.start)
    sent = _sentence_of(doc, t, ev)
    found, text, start = _governing_verb(doc, ev)
    side = _verb_subject(doc, t, sent, text, start, lang) if found else None
    if side is None:
        return _told_after(doc, ev, t, sent, lang)
    other = {"RU": "UA", "UA": "RU"}.get(side)
    if found == "leave":
        return other, side, found
    return side, (other if found in ("regain", "gain") else None), found


def _governing_verb(doc: Document, ev: Event) -> tuple[str, str, int]:
    """The verb group that governs the event's place in its sentence (the verb nearest before
    the place's list, the longest of those ending together, at most DEFENCE_GAP_WORDS words
    before it), the folded text up to the list, and where the verb starts in it; ('', text, -1)
    when none does."""
    t = _mention(doc, ev)
    if t is None:
        return "", "", -1
    lang = doc.language_at(t.start)
    sent = _sentence_of(doc, t, ev)
    text = " " + fold(doc.text[sent[0]:_list_head(doc, t, sent).start]) + " "
    best, found = (-1, 0), ""
    adjective = set(folded_cues_bare(lang, "adjective_before"))
    side_words = {fold(w) for words in cues(lang).get("sides", {}).values() for w in words}
    elsewhere = set(folded_cues_bare(lang, "object_located"))
    forces = set(folded_cues_bare(lang, "force_nouns"))
    after = fold(doc.text[_list_of(doc, t, sent)[-1].end:sent[1]]).split()[:1]
    modifier = bool(after) and after[0] in folded_cues_bare(lang, "auxiliaries")
    for group in ("gain", "regain", "leave", "holds"):
        for cue in folded_cues(lang, group):
            k = text.rfind(cue)
            if k < 0 or (k + len(cue), len(cue)) <= best:
                continue
            gap = _object_gap(text[k + len(cue):].split(), lang)
            if gap is None or len(gap) > DEFENCE_GAP_WORDS or set(gap) & elsewhere:
                continue  # 'seized two trucks in X': the verb's object is something else, in the place
            if _negated(text[:k + 1], lang):
                continue  # 'did not capture X', 'let alone seizing X'
            if modifier and text[:k + 1].split()[-1:] and text[:k + 1].split()[-1] in forces:
                continue  # 'Russian forces withdrawn from X will be redeployed': it tells where they came from
            told = group
            words = text[:k + 1].split()
            if _participle(cue, lang) and words[-1:] and words[-1] in adjective and \
                    not (len(words) > 1 and words[-2] in forces):  # 'Russian forces previously secured X'
                if words[-1] not in side_words:
                    continue  # 'the occupied X', 'in liberated X': a participle used as an adjective
                told = "holds"  # 'Russian-occupied X': that side holds it, no change of hands told
            best, found = (k + len(cue), len(cue)), told
    return found, text, (best[0] - best[1] if found else -1)


INCLUDING_WORDS = 16  # 'captured several villages north of X, including A and B': how far 'including' may reach


def _object_gap(gap: list[str], lang: str | None) -> list[str] | None:
    """The words between a verb and the place it may govern, after the last word that names the
    verb's object by its members ('captured several villages in the area, including X': none);
    None when such a word reaches too far."""
    for word in folded_cues_bare(lang, "including"):
        if word in gap:
            if len(gap) > INCLUDING_WORDS:
                return None
            return gap[len(gap) - gap[::-1].index(word):]
    return gap


def _participle(cue: str, lang: str | None) -> bool:
    """A one-word past participle ('occupied', 'liberated'), which may be used as an adjective."""
    words = cue.split()
    return len(words) == 1 and words[0].endswith(tuple(cues(lang).get("participle_endings", [])))


def _verb_subject(doc: Document, t: Toponym, sent: tuple[int, int], text: str, start: int,
                  lang: str | None) -> str | None:
    """The side that is the subject of the verb starting at ``start`` of the folded ``text``: the
    last side named before it, but for a participle after a comma ('Ukrainian forces pursued
    Russian forces, capturing X') the side whose forces are the subject of its clause."""
    sides = cues(lang).get("sides", {})
    verb = text[start:].split()[0] if text[start:].split() else ""
    raw = doc.text[sent[0]:_list_head(doc, t, sent).start]
    gerund = verb.endswith(tuple(cues(lang).get("gerund_endings", [])))
    if gerund and re.search(rf",\s*{re.escape(verb)}\b", raw, re.IGNORECASE):
        before = text[:start]
        k = max((before.rfind(f" {w} ") + len(w) + 1 for w in cues(lang).get("clause_openers", [])
                 if before.rfind(f" {w} ") >= 0), default=-1)
        clause = before[k:] if k >= 0 else before
        first = _first_forces_side(clause, lang)
        if first is not None:
            return first
    return _last_side(text[:start + 1], sides)


def _first_forces_side(clause: str, lang: str | None) -> str | None:
    """The first side in a folded clause named with a word for its forces ('Russian troops')."""
    words = clause.split()
    forces = set(folded_cues_bare(lang, "force_nouns"))
    for i in range(len(words)):
        for side, names in cues(lang).get("sides", {}).items():
            for name in names:
                n = fold(name).split()
                if words[i:i + len(n)] == n and set(words[i + len(n):i + len(n) + 2]) & forces:
                    return side
    return None


def _forces_subject(before: str, lang: str | None) -> str | None:
    """The side whose forces are the subject of the verb that follows ('Russian forces', 'the
    Ukrainian troops'): the last side word followed by a word for armed forces; None when the
    verb is a participle used as an adjective, after a preposition, an article or a side word
    ('in occupied X', 'Russian-occupied X')."""
    words = before.split()
    if not words or words[-1] in folded_cues_bare(lang, "adjective_before"):
        return None
    forces = set(folded_cues_bare(lang, "force_nouns"))
    sides = cues(lang).get("sides", {})
    for i in range(len(words) - 1, -1, -1):
        for side, names in sides.items():
            for name in names:
                n = fold(name).split()
                if words[i - len(n) + 1:i + 1] == n and (set(words[i + 1:i + 3]) |
                                                         set(words[max(0, i - len(n) - 1):i - len(n) + 1])) & forces:
                    return side  # 'Russian forces', or the word for the forces first: 'le forze russe'
    return None


def folded_cues_bare(lang: str | None, group: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in folded_cues(lang, group))


def _told_after(doc: Document, ev: Event, t: Toponym, sent: tuple[int, int],
                lang: str | None) -> tuple[str | None, str | None, str | None]:
    """A change of hands told after the place ('X fell', 'X was recaptured'), or one its
    claimant denies ('denied that X had fallen'): the verb is told, the side is the reader's."""
    after = " " + fold(doc.text[t.end:sent[1]]) + " "
    words = after.split()[:DEFENCE_GAP_WORDS]
    near = " " + " ".join(words) + " "
    side = side_of_holder((ev.control or {}).get("holder"))
    if side is None:
        return None, None, None
    other = {"RU": "UA", "UA": "RU"}.get(side)
    if any(c in near for c in folded_cues(lang, "regain_after")):
        return side, other, "regain"
    if any(c in near for c in folded_cues(lang, "gain_after")) or ev.modality == "denied":
        return side, None, "gain"
    return None, None, None


def _holder(doc: Document, ev: Event) -> tuple[str | None, str | None]:
    """The holder a control claim states (the side its sentence's verb gives the place to, else
    the one the reader gave) and the holder before it when the verb tells it."""
    if not ev.control:
        if not _verb_told(doc, ev):
            return None, None
        now, before, _ = stated_holder(doc, ev)
        return country_name(now), country_name(before)
    now, before, _ = stated_holder(doc, ev)
    return country_name(now) or ev.control.get("holder"), country_name(before)


def _extent(doc: Document, ev: Event) -> str | None:
    """'partial' when the sentence claiming the place tells of part of it ('entered',
    'the outskirts of'), else the event's own extent."""
    if not ev.control and not _verb_told(doc, ev):
        return None
    t = _mention(doc, ev)
    if t is not None:
        sent = _sentence_of(doc, t, ev)
        text = " " + fold(doc.text[sent[0]:sent[1]]) + " "
        if any(c in text for c in folded_cues(doc.language_at(t.start), "partial")):
            return "partial"
    return (ev.control or {}).get("extent") or "full"


CHANGE_VERBS = ("gain", "regain", "leave")  # verbs that tell a place changed hands


def _control_verb(doc: Document, ev: Event) -> str | None:
    """The verb group that gives a control claim's place to a side, when one does."""
    if _control_use(doc, ev) not in ("control", "holding", DOUBTED, ASTRAY):
        return None
    verb = stated_holder(doc, ev)[2]
    if verb == "leave":
        found, text, start = _governing_verb(doc, ev)
        words = set(text[:start].split()[-3:])
        if found == verb and words & set(folded_cues_bare(doc.language_at(ev.evidence.start), "ongoing_before")):
            return "leaving"  # 'continued to withdraw from X': under way, not done
    return verb


def _verb_governs(doc: Document, ev: Event) -> bool:
    """Whether a verb of ours gives the event's place (and its list) to a side."""
    return stated_holder(doc, ev)[2] is not None


def is_region_itself(place: Place | None) -> bool:
    """A first-level region named as such ('X Oblast'), not a settlement the gazetteer could only
    place at its region's centre."""
    return place is not None and place.precision == "admin1" and bool(place.admin1) and \
        fold(place.name) == fold(place.admin1)


def _verb_told(doc: Document, ev: Event) -> bool:
    """A change of hands its sentence's verb tells of the event's place, with a side as the verb's
    subject ('Russian forces withdrew from X'), though the reader gave the event no control: the
    verb makes it a control claim. Not for what is planned, denied or only may happen."""
    if ev.modality in ("planned", "denied") or ev.location is None:
        return False
    region = is_region_itself(ev.location)
    if (precision_rank(ev.location.precision) < 4 and not region) or place_role(doc, ev) != "named":
        return False
    verb, text, start = _governing_verb(doc, ev)
    lang = doc.language_at(ev.evidence.start)
    if verb == "holds" and not region and _compound_side(text[:start], lang):
        return True  # 'Russian-occupied X': the side is part of the word
    if verb not in (("leave",) if region else CHANGE_VERBS):
        return False  # of a whole region, only a withdrawal is told as a change of hands
    side = _forces_subject(text[:start], lang)
    return side is not None and side == _last_side(text[:start + 1], cues(lang).get("sides", {}))


def _compound_side(before: str, lang: str | None) -> bool:
    """Whether the participle after ``before`` is joined to a side ('Russian-occupied', 'Russian-held')."""
    words = before.split()
    return bool(words) and any(words[-1] == fold(w) for ws in cues(lang).get("sides", {}).values() for w in ws)


def _defended_by(doc: Document, ev: Event, role: str | None) -> str | None:
    """The side a told defence leaves holding the place: 'Ukrainian forces repelled
    an assault on X' (the subject held it), 'Russian forces unsuccessfully attacked X'
    (the subject's enemy held it). The cue must come before the place, in its sentence,
    and the place must be named as itself, not as a reference point."""
    if ev.location is None or precision_rank(ev.location.precision) < 3 or ev.modality in ("planned", "denied"):
        return None
    t = _mention(doc, ev)
    if t is None or role != "named":
        return None
    lang = doc.language_at(t.start)
    sent = _sentence_of(doc, t, ev)
    text = " " + fold(doc.text[sent[0]:_list_head(doc, t, sent).start]) + " "
    for group, subject_holds in (("repelled", True), ("failed_attack", False)):
        for cue in folded_cues(lang, group):
            k = text.rfind(cue)
            if k < 0 or len(text[k + len(cue):].split()) > DEFENCE_GAP_WORDS:
                continue
            side = _last_side(text[:k + 1], cues(lang).get("sides", {}))
            if side is None:
                return None
            return side if subject_holds else {"RU": "UA", "UA": "RU"}.get(side)
    return None


def _last_side(text: str, sides: dict[str, list[str]]) -> str | None:
    best, where = None, -1
    for side, words in sides.items():
        for w in words:
            k = text.rfind(" " + fold(w) + " ")
            if k > where:
                best, where = side, k
    return best


def _cited(doc: Document, ev: Event, evidence: str) -> str | None:
    """The outlet a report repeats: its claimant when that is an outlet, else an outlet its
    sentence cites («riporta la Cnn», "according to Reuters"); an outlet merely named ("a CNN
    crew was hurt") is not cited. Never the article's own outlet."""
    own = outlet_named(doc.outlet) if doc.outlet else None
    cited = outlet_named(ev.claimed_by)
    if cited and cited != own:
        return cited
    cited = outlet_named(evidence)
    text = " " + fold(evidence) + " "
    if cited and cited != own and any(c in text for c in folded_cues(doc.language_at(ev.evidence.start), "citing")):
        return cited
    return None


def report_rows(doc: Document) -> list[dict[str, Any]]:
    rows = []
    for n, ev in enumerate(doc.events):
        evidence = doc.text[ev.evidence.start:ev.evidence.end]
        loc = ev.location
        lo, hi = window(stated_date(doc, ev), ev.date_precision, doc.published)
        cites = _cited(doc, ev, evidence)
        role = place_role(doc, ev)
        holder, prior = _holder(doc, ev)
        own = doc.outlet or f"article {doc.id}"
        rows.append({
            "article_id": doc.id, "event_index": n, "cluster_id": None,
            "outlet": doc.outlet, "source": cites or outlet_named(own) or own, "cites": cites,
            "published": doc.published, "language": doc.language,
            "event_type": ev.event_type, "sub_event_type": ev.sub_event_type,
            "family": family(ev.event_type, ev.sub_event_type),
            "date": ev.date, "date_precision": ev.date_precision, "date_lo": lo, "date_hi": hi,
            "actor1": ev.actor1, "actor2": ev.actor2,
            "place": loc.name if loc else None, "place_key": place_key(loc),
            "geonameid": loc.geonameid if loc else None, "lat": loc.lat if loc else None,
            "lon": loc.lon if loc else None, "country_code": loc.country_code if loc else None,
            "admin1": loc.admin1 if loc else None, "precision": loc.precision if loc else None,
            "place_role": role,
            "cell": cell(loc.lat, loc.lon) if loc else None,
            "fatalities": ev.fatalities,
            "quantities": json.dumps([{"value": q.value, "unit": q.unit, "qualifier": q.qualifier}
                                      for q in ev.quantities]),
            "claimed_by": ev.claimed_by,
            "claimant": ev.claimed_by or doc.outlet or "(unattributed)",
            "claimant_side": claimant_side(ev.claimed_by, doc.outlet),
            "modality": ev.modality,
            "control_holder": holder,
            "control_prior": prior,
            "control_verb": _control_verb(doc, ev),
            "control_extent": _extent(doc, ev),
            "control_use": _control_use(doc, ev),
            "held_by": country_name(_defended_by(doc, ev, role)) or _fought_in(ev, role),
            "evidence_start": ev.evidence.start, "evidence_end": ev.evidence.end,
            "evidence_text": _one_line(evidence),
        })
    return rows


def control_place_rows(doc: Document) -> list[dict[str, Any]]:
    """The further places each control claim of an article gives to a side: the other settlements
    of the list its verb governs ('Russian forces captured A, B, and C' claims B and C too), each
    named as itself (not a reference point, not a region)."""
    rows: list[dict[str, Any]] = []
    for n, ev in enumerate(doc.events):
        use = _control_use(doc, ev)
        if use not in ("control", "holding", DOUBTED, ASTRAY) or (use == ASTRAY and not _verb_governs(doc, ev)):
            continue  # a list's verb claims each of its settlements, though one of them is a namesake astray
        t = _mention(doc, ev)
        lang = doc.language_at(t.start)
        sent = _sentence_of(doc, t, ev)
        seen = {place_key(ev.location)}
        for m in _list_of(doc, t, sent):
            p, key = m.place, place_key(m.place)
            if key in seen or m.holds or p.precision != "city" or p.lat is None:
                continue
            if _is_reference(doc, m, lang, sent) or _may_be_its_region(doc, m, lang, sent) or \
                    _astray(doc, m, lang, sent):
                continue
            seen.add(key)
            rows.append({"article_id": doc.id, "event_index": n, "place_key": key, "place": p.name,
                         "geonameid": p.geonameid, "lat": p.lat, "lon": p.lon, "country_code": p.country_code,
                         "admin1": p.admin1, "precision": p.precision})
    return rows


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
