"""How a sentence names an event's place: as itself, or as something that is not a place held.

A control claim holds only a place its sentence names as itself ('named'). The other roles keep a
place from being claimed: a destination ('advancing towards X') or an assault's aim ('attempts
to capture X'), a reference point ('20 km east of X'), a place under siege, a city that may
stand for its region, a heading, a retracted or unreal deed, and a namesake astray (a
settlement the sentence puts elsewhere than the gazetteer's namesake of it).
"""

from __future__ import annotations

import re

from ..document import Document, Event, Toponym
from .knowledge import fold, folded_cues, folded_cues_bare, km
from .mentions import is_heading, list_of, mention, sentence_of, words_before, words_up_to_list
from .phrases import NEGATION_WORDS, cue_governs, negated
from .report_fields import is_region_itself, precision_rank

ASTRAY = "astray"  # a place its sentence puts elsewhere than the gazetteer's namesake


def is_reference(doc: Document, t: Toponym, lang: str | None, sent: tuple[int, int]) -> bool:
    """A place named as a reference point ('20 km east of X', 'near X', 'the X axis',
    'advancing towards X', 'from X') is not the place whose control a sentence claims."""
    if t.relation:
        return True
    before = words_before(doc, t, sent)
    after = " " + fold(doc.text[t.end:min(sent[1], t.end + 40)]) + " "
    if any(before.endswith(c) for c in folded_cues(lang, "leave")):
        return False  # 'withdrew from X': the place left, not a point of reference
    if any(before.endswith(c) for c in folded_cues(lang, "reference_before")) or _towards(before, lang):
        return True
    # 'the X City axis': the word that makes the name the city itself does not hide the one after it
    city = next((c for c in folded_cues(lang, "city_after") if after.startswith(c)), None)
    if city is not None:
        after = after[len(city) - 1:]
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
        if m and not before.endswith(c) and any(before.endswith(r) for r in folded_cues(lang, "reference_before")):
            continue  # 'to regain settlements north of X': X is where they are told from, not what is sought
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


def place_role(doc: Document, ev: Event) -> str | None:
    """How the evidence names the event's place: as itself ('named'), as a destination
    ('towards'), as the aim of an assault ('aim'), as a reference point ('reference'), as
    encircled ('siege'), as perhaps its region ('region'), in a heading ('heading'), as a place
    the sentence puts elsewhere than the gazetteer's namesake ('astray'), in a sentence that
    retracts or only imagines the deed ('retracted', 'unreal'), or not at all ('unanchored')."""
    if ev.location is None:
        return None
    t = mention(doc, ev)
    if t is None:
        return "unanchored"
    if is_heading(doc, t.start):
        return "heading"
    lang = doc.language_at(t.start)
    sent = sentence_of(doc, t, ev)
    if is_astray(doc, t, lang, sent):
        return ASTRAY
    before = words_before(doc, t, sent)
    cue = _destination(before, lang)
    if cue is not None:  # an assault's aim ('attempts to capture X') is fought at X; a heading ('towards X') is not
        return "aim" if cue in folded_cues(lang, "aims") else "towards"
    head = words_up_to_list(doc, t, sent)
    if any(head.endswith(c) and not negated(head[:-len(c) + 1], lang) for c in folded_cues(lang, "siege")):
        return "siege"  # an encircled place is still its defender's, under attack
    if is_reference(doc, t, lang, sent) or _part_of_a_name(doc, t, lang, sent):
        return "reference"
    if cue_governs(head, folded_cues(lang, "siege"), lang):
        return "siege"  # 'the encirclement of Ukrainian troops in X'
    if may_be_its_region(doc, t, lang, sent):
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


def is_astray(doc: Document, t: Toponym, lang: str | None, sent: tuple[int, int]) -> bool:
    """A settlement its own sentence puts elsewhere than the gazetteer did: far from the other
    settlements of its list, or the list it ends is placed in a region ('A, B and C in X Oblast')
    the gazetteer's namesake is not in, or told by its bearing from a place ('A and B, west of
    X') far from the namesake. The gazetteer chose a namesake; the sentence's place is another,
    unknown one."""
    p = t.place
    if p.precision != "city" or p.lat is None:
        return False
    members = list_of(doc, t, sent)
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
    return x.place.precision == "city" and is_reference(doc, x, lang, sent) and \
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


def may_be_its_region(doc: Document, t: Toponym, lang: str | None, sent: tuple[int, int]) -> bool:
    """A city that shares its name with its region ('Kharkiv', 'Luhansk') may stand for the
    region: it is the city only when the sentence says so ('Kharkiv City', 'the city of X')."""
    p = t.place
    if precision_rank(p.precision) < 3 or not p.admin1 or not fold(p.admin1).startswith(fold(p.name)):
        return False
    before = words_before(doc, t, sent, 20)
    after = " " + fold(doc.text[t.end:min(sent[1], t.end + 12)]) + " "
    if any(before.endswith(c) for c in folded_cues(lang, "city_before")):
        return False
    if any(before.endswith(c) for g in ("gain", "regain", "leave", "siege") for c in folded_cues(lang, g)):
        return False  # one captures, leaves or encircles a town, not the region named after it
    return not any(after.startswith(c) for c in folded_cues(lang, "city_after"))
