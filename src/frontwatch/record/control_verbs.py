"""What a sentence's verb says of the place it governs: which verb group gives it to a side
('gain', 'regain', 'leave', 'holds'), whose forces are the verb's subject, a change of hands told
after the place ('X fell'), and a change of hands a verb tells though the reader gave the event no
control.

A verb governs a place when it stands at most ``DEFENCE_GAP_WORDS`` words before the place's list
and nothing undoes it: a denial, an object of its own ('seized two trucks in X'), a participle
used as an adjective ('in occupied X').
"""

from __future__ import annotations

import re

from ..document import Document, Event, Toponym
from .knowledge import cues, fold, folded_cues, folded_cues_bare, side_of_holder
from .mentions import list_head, list_of, mention, sentence_of, words_up_to_list
from .phrases import DEFENCE_GAP_WORDS, last_side, negated, other_side
from .place_roles import place_role
from .report_fields import is_region_itself, precision_rank


def stated_holder(doc: Document, ev: Event) -> tuple[str | None, str | None, str | None]:
    """What a sentence's verb says of the place it governs, with that verb's subject: the side
    that holds it now, the side that held it just before when the verb tells it, and how:
    'Russian forces captured X' (the subject gains it: 'gain'), 'Ukrainian forces recaptured X'
    (and the other side had it: 'regain'), 'Russian forces withdrew from X' (the subject's
    enemy holds it, the subject had it: 'leave'), 'Ukrainian forces continue to hold X' (no
    change told: 'holds'). (None, None, None) when no such verb governs the place."""
    t = mention(doc, ev)
    if t is None:
        return None, None, None
    lang = doc.language_at(t.start)
    sent = sentence_of(doc, t, ev)
    found, text, start = governing_verb(doc, ev)
    side = _verb_subject(doc, t, sent, text, start, lang) if found else None
    if side is None:
        return _told_after(doc, ev, t, sent, lang)
    other = other_side(side)
    if found == "leave":
        return other, side, found
    return side, (other if found in ("regain", "gain") else None), found


def governing_verb(doc: Document, ev: Event) -> tuple[str, str, int]:
    """The verb group that governs the event's place in its sentence (the verb nearest before
    the place's list, the longest of those ending together, at most DEFENCE_GAP_WORDS words
    before it), the folded text up to the list, and where the verb starts in it; ('', text, -1)
    when none does."""
    t = mention(doc, ev)
    if t is None:
        return "", "", -1
    lang = doc.language_at(t.start)
    sent = sentence_of(doc, t, ev)
    text = words_up_to_list(doc, t, sent)
    best, found = (-1, 0), ""
    adjective = set(folded_cues_bare(lang, "adjective_before"))
    side_words = {fold(w) for words in cues(lang).get("sides", {}).values() for w in words}
    elsewhere = set(folded_cues_bare(lang, "object_located"))
    forces = set(folded_cues_bare(lang, "force_nouns"))
    after = fold(doc.text[list_of(doc, t, sent)[-1].end:sent[1]]).split()[:1]
    modifier = bool(after) and after[0] in folded_cues_bare(lang, "auxiliaries")
    for group in ("gain", "regain", "leave", "holds"):
        for cue in folded_cues(lang, group):
            k = text.rfind(cue)
            if k < 0 or (k + len(cue), len(cue)) <= best:
                continue
            gap = _object_gap(text[k + len(cue):].split(), lang)
            if gap is None or len(gap) > DEFENCE_GAP_WORDS or set(gap) & elsewhere:
                continue  # 'seized two trucks in X': the verb's object is something else, in the place
            if negated(text[:k + 1], lang):
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
    raw = doc.text[sent[0]:list_head(doc, t, sent).start]
    gerund = verb.endswith(tuple(cues(lang).get("gerund_endings", [])))
    if (gerund and re.search(rf",\s*{re.escape(verb)}\b", raw, re.IGNORECASE)) or _coordinated(text[:start], lang):
        first = _first_forces_side(_clause(text[:start], lang), lang)
        if first is not None:
            return first
    return last_side(text[:start + 1], sides)


def _clause(before: str, lang: str | None) -> str:
    """The folded words of the clause a verb ends, from after the last clause opener ('that')."""
    k = max((before.rfind(f" {w} ") + len(w) + 1 for w in cues(lang).get("clause_openers", [])
             if before.rfind(f" {w} ") >= 0), default=-1)
    return before[k:] if k >= 0 else before


def _coordinated(before: str, lang: str | None) -> bool:
    """Whether the verb after ``before`` is a second verb of its clause's subject, joined by a
    coordinator with no subject of its own ('Ukrainian forces pushed Russian forces back and
    captured X': the Ukrainian forces captured it)."""
    words = before.split()
    return bool(words) and words[-1] in cues(lang).get("verb_coordinators", [])


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
    other = other_side(side)
    if any(c in near for c in folded_cues(lang, "regain_after")):
        return side, other, "regain"
    if any(c in near for c in folded_cues(lang, "gain_after")) or ev.modality == "denied":
        return side, None, "gain"
    return None, None, None


CHANGE_VERBS = ("gain", "regain", "leave")  # verbs that tell a place changed hands


def verb_told(doc: Document, ev: Event) -> bool:
    """A change of hands its sentence's verb tells of the event's place, with a side as the verb's
    subject ('Russian forces withdrew from X'), though the reader gave the event no control: the
    verb makes it a control claim. Not for what is planned, denied or only may happen."""
    if ev.modality in ("planned", "denied") or ev.location is None:
        return False
    region = is_region_itself(ev.location)
    if (precision_rank(ev.location.precision) < 4 and not region) or place_role(doc, ev) != "named":
        return False
    verb, text, start = governing_verb(doc, ev)
    lang = doc.language_at(ev.evidence.start)
    if verb == "holds" and not region and _compound_side(text[:start], lang):
        return True  # 'Russian-occupied X': the side is part of the word
    if verb not in (("leave",) if region else CHANGE_VERBS):
        return False  # of a whole region, only a withdrawal is told as a change of hands
    side = _forces_subject(text[:start], lang)
    return side is not None and side == last_side(text[:start + 1], cues(lang).get("sides", {}))


def _compound_side(before: str, lang: str | None) -> bool:
    """Whether the participle after ``before`` is joined to a side ('Russian-occupied', 'Russian-held')."""
    words = before.split()
    return bool(words) and any(words[-1] == fold(w) for ws in cues(lang).get("sides", {}).values() for w in ws)
