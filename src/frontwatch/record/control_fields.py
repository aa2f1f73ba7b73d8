"""A report's control columns, read from the sentence that tells its event: the holder it
states and the one before, the verb that tells the change, how much of the place ('partial'),
why the event is or is not a control claim (its use: a doubted claim, a planned move, a place not
named as itself...), and the side a told defence or fight leaves holding the place.

The sentence reading itself is in ``place_roles`` (how the place is named) and ``control_verbs``
(what the verb governing it says).
"""

from __future__ import annotations

from ..document import Document, Event
from .control_verbs import governing_verb, stated_holder, verb_told
from .knowledge import country_name, cues, fold, folded_cues, folded_cues_bare
from .mentions import mention, sentence_of, words_up_to_list
from .phrases import DEFENCE_GAP_WORDS, last_side, other_side
from .place_roles import ASTRAY, place_role
from .report_fields import precision_rank

CONTESTED = "contested"  # the holder of a place fought in: no side holds it alone
DOUBTED = "doubted"  # the control use of a claim its own sentence doubts: it counts as hedged
# the uses under which a sentence gives its place to a side (a namesake astray keeps its list's verb)
CLAIM_USES = ("control", "holding", DOUBTED, ASTRAY)


STRUCK_GAP_WORDS = 2  # 'shelled the village of X': how far before a place a verb of fire may stand


def _fought_in(doc: Document, ev: Event, role: str | None) -> str | None:
    """'contested' for a clash told in the place itself (not near it, not towards it, not only
    hit from afar: 'shelled X'), or a place told as encircled."""
    if ev.modality in ("planned", "denied"):
        return None
    if (ev.sub_event_type == "Armed clash" and role in ("named", "aim") and not _struck_from_afar(doc, ev)) \
            or role == "siege":
        if ev.location is not None and precision_rank(ev.location.precision) >= 3:
            return CONTESTED
    return None


def _struck_from_afar(doc: Document, ev: Event) -> bool:
    """Whether a verb of fire from a distance stands right before the place's list ('Russian
    forces shelled A, B, and X'): the place was hit, whatever clash its sentence also tells."""
    t = mention(doc, ev)
    if t is None:
        return False
    head = words_up_to_list(doc, t, sentence_of(doc, t, ev))
    for cue in folded_cues(doc.language_at(t.start), "struck_from_afar"):
        k = head.rfind(cue)
        if k >= 0 and len(head[k + len(cue):].split()) <= STRUCK_GAP_WORDS:
            return True
    return False


def control_use(doc: Document, ev: Event) -> str | None:
    """Why a control claim is or is not one: it must name its place in its own words
    ('control'); a place named as a destination or a reference point ('towards',
    'reference'), one not named in the evidence ('unanchored'), a planned move or a
    country is not a place held."""
    if not ev.control:
        if not verb_told(doc, ev):
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
    t = mention(doc, ev)
    if t is None:
        return False
    sent = sentence_of(doc, t, ev)
    text = " " + fold(doc.text[sent[0]:sent[1]]) + " "
    return any(c in text for c in folded_cues(doc.language_at(t.start), "doubted"))


def _holder(doc: Document, ev: Event) -> tuple[str | None, str | None]:
    """The holder a control claim states (the side its sentence's verb gives the place to, else
    the one the reader gave) and the holder before it when the verb tells it."""
    if not ev.control:
        if not verb_told(doc, ev):
            return None, None
        now, before, _ = stated_holder(doc, ev)
        return country_name(now), country_name(before)
    now, before, _ = stated_holder(doc, ev)
    return country_name(now) or ev.control.get("holder"), country_name(before)


def _extent(doc: Document, ev: Event) -> str | None:
    """'partial' when the sentence claiming the place tells of part of it ('entered',
    'the outskirts of'), else the event's own extent."""
    if not ev.control and not verb_told(doc, ev):
        return None
    t = mention(doc, ev)
    if t is not None:
        sent = sentence_of(doc, t, ev)
        text = " " + fold(doc.text[sent[0]:sent[1]]) + " "
        if any(c in text for c in folded_cues(doc.language_at(t.start), "partial")):
            return "partial"
    return (ev.control or {}).get("extent") or "full"


def _control_verb(doc: Document, ev: Event) -> str | None:
    """The verb group that gives a control claim's place to a side, when one does."""
    if control_use(doc, ev) not in CLAIM_USES:
        return None
    verb = stated_holder(doc, ev)[2]
    if verb == "leave":
        found, text, start = governing_verb(doc, ev)
        words = set(text[:start].split()[-3:])
        if found == verb and words & set(folded_cues_bare(doc.language_at(ev.evidence.start), "ongoing_before")):
            return "leaving"  # 'continued to withdraw from X': under way, not done
    return verb


def verb_governs(doc: Document, ev: Event) -> bool:
    """Whether a verb of ours gives the event's place (and its list) to a side."""
    return stated_holder(doc, ev)[2] is not None


def _defended_by(doc: Document, ev: Event, role: str | None) -> str | None:
    """The side a told defence leaves holding the place: 'Ukrainian forces repelled
    an assault on X' (the subject held it), 'Russian forces unsuccessfully attacked X'
    (the subject's enemy held it). The cue must come before the place, in its sentence,
    and the place must be named as itself, not as a reference point."""
    if ev.location is None or precision_rank(ev.location.precision) < 3 or ev.modality in ("planned", "denied"):
        return None
    t = mention(doc, ev)
    if t is None or role != "named":
        return None
    lang = doc.language_at(t.start)
    sent = sentence_of(doc, t, ev)
    text = words_up_to_list(doc, t, sent)
    for group, subject_holds in (("repelled", True), ("failed_attack", False)):
        for cue in folded_cues(lang, group):
            k = text.rfind(cue)
            if k < 0 or len(text[k + len(cue):].split()) > DEFENCE_GAP_WORDS:
                continue
            side = last_side(text[:k + 1], cues(lang).get("sides", {}))
            if side is None:
                return None
            return side if subject_holds else other_side(side)
    return None


def control_columns(doc: Document, ev: Event, role: str | None) -> dict[str, str | None]:
    """A report's control columns: the holder its sentence states and the one before, the verb
    that tells it, how much of the place, why it is or is not a claim, and who a told defence or
    fight leaves holding the place (``role``: ``place_roles.place_role`` of the event)."""
    holder, prior = _holder(doc, ev)
    return {
        "control_holder": holder,
        "control_prior": prior,
        "control_verb": _control_verb(doc, ev),
        "control_extent": _extent(doc, ev),
        "control_use": control_use(doc, ev),
        "held_by": country_name(_defended_by(doc, ev, role)) or _fought_in(doc, ev, role),
    }
