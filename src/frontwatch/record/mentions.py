"""Where an event's place stands in its article: its mention in the evidence, the sentence
around it (cut where a footnote mark or a line break ends a sentence the splitter ran on),
whether its line is a heading, the list of places it is one of, and the words before that list.

The control readers (``place_roles``, ``control_verbs``) read a place's words through these, so
that every place of a list is governed by the words before the list.
"""

from __future__ import annotations

import re
from functools import cache

from .. import resources
from ..document import Document, Event, Toponym
from .knowledge import cues, fold

# a footnote mark after a stop ('…the city.[17] The…') or a line break ends a sentence the splitter
# may have run on (a heading and the paragraph under it)
_FOOTNOTE_END = re.compile(r"[.!?][\"”’)]?\[\d+\]\s+(?=\S)|[ \t]*\n\s*(?=\S)")
# how a told sentence ends: a stop, perhaps closed by a quote or a bracket, perhaps a footnote mark
_TOLD_END = re.compile(r"[.!?…][\"”’)\]]*(?:\[\d+\])*\s*$")


def mention(doc: Document, ev: Event) -> Toponym | None:
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


def sentence_of(doc: Document, t: Toponym, ev: Event) -> tuple[int, int]:
    """The sentence a place is named in; the event's evidence when no sentence holds it."""
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


def list_head(doc: Document, t: Toponym, sent: tuple[int, int]) -> Toponym:
    """The first place of the list a place ends ('towards A, B, and C': A for C), so the words
    before the list govern every place in it."""
    before = sorted((x for x in doc.toponyms if sent[0] <= x.start and x.end <= t.start), key=lambda x: x.start)
    head = t
    for x in reversed(before):
        if x.end > head.start or not _joins_list(doc.text[x.end:head.start]):
            break
        head = x
    return head


def list_of(doc: Document, t: Toponym, sent: tuple[int, int]) -> list[Toponym]:
    """Every place of the list a place is part of ('captured A, B, and C': A, B and C), in order."""
    head = list_head(doc, t, sent)
    members = [head]
    for x in sorted((x for x in doc.toponyms if head.end <= x.start and x.end <= sent[1]), key=lambda x: x.start):
        last = members[-1]
        if x.start < last.end:
            continue
        if not _joins_list(doc.text[last.end:x.start]):
            break
        members.append(x)
    return members


def words_before(doc: Document, t: Toponym, sent: tuple[int, int], width: int = 80) -> str:
    """The folded words just before a place (before the list it is part of), padded with spaces."""
    head = list_head(doc, t, sent)
    return " " + fold(doc.text[max(sent[0], head.start - width):head.start]) + " "


def words_up_to_list(doc: Document, t: Toponym, sent: tuple[int, int]) -> str:
    """The folded sentence up to the list a place is part of, padded with spaces: the words
    whose verbs and cues may govern every place of the list."""
    return " " + fold(doc.text[sent[0]:list_head(doc, t, sent).start]) + " "
