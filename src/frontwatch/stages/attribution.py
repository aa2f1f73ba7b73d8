"""The attribution stage: who the article says an event comes from, and how sure.

The reader marked the cues of each sentence (``Reading.cues``): ``source``
(who speaks: «lo Stato maggiore ucraino», "regional officials"),
``attribution`` (the verb or phrase: «secondo», "said", «riferiscono»,
before or after the event's verb alike), ``hedge`` («avrebbe», "reportedly"),
``denial`` and ``future`` (a future or a proposal). This stage only turns them
into the event's two fields:

* ``claimed_by``: the source span tied to the trigger (a ``source`` argument),
  else the sentence's source cue nearest to it, named as the entities layer
  names it (a person before the body they speak for), or as a side when it is
  a demonym and a source noun ("Ukrainian officials" → Government of Ukraine),
  else in the article's own words; a next sentence that only says who told it
  («Lo ha reso noto…») names the source of the one before;
* ``modality``: ``denied``, ``alleged``, ``planned`` from the cue that governs
  the trigger (or the reader's own view of it), else ``reported`` when a source
  is named, ``asserted`` otherwise.
"""

from __future__ import annotations

import bisect

from .. import resources
from ..document import Document, Entity, Sentence
from ..reader.types import Cue, Reading
from ..tokens import contains, find_all
from ._actors import actor_name, lang_data
from ._genre import quoted_spans
from ._sources import attribution_cues, attribution_patterns, report_frames, source_openers, source_spans

MODAL = {"denial": "denied", "hedge": "alleged", "future": "planned"}
STRONGEST = ("denied", "alleged", "planned")  # when two modal cues govern a trigger
CLAUSE_BREAKS = ",;:\n"


def speech_acts() -> set[str]:
    """Sub-types whose speaker is the actor («Mosca accusa Kiev…»), a claimant only if named after."""
    recipes = resources.load_shared("acled")["recipes"]
    return {sub for sub, r in recipes.items() if isinstance(r, dict) and r.get("speech_act")}


class Attribution:
    name = "attribution"
    requires = ("paragraphs", "sentences", "readings", "entities", "toponyms", "timexes", "quantities", "events")
    assigns = ("events",)  # refines the events: sets claimed_by and modality

    def __init__(self, **options: object) -> None:
        self.options = options

    def __call__(self, doc: Document) -> None:
        acts = speech_acts()
        quotes = quoted_spans(doc.text)  # once per article, not once per event
        for event in doc.events:
            anchor = event.trigger.start if event.trigger else event.evidence.start
            k = doc.layer_index("sentences").position(anchor)
            if k is None or k >= len(doc.readings):
                continue
            reading = doc.readings[k]
            language = doc.language_or_default(anchor)
            trigger = next((n for n, t in enumerate(reading.triggers) if t.start == anchor), None)
            speaker_acts = event.sub_event_type in acts
            # «Mosca accusa Kiev…»: the speaker is the actor; "…, the agency said" after it still claims
            after = anchor if speaker_acts else None
            source = (claimant(doc, reading, trigger, anchor, language, after) or told_next(doc, k, language)
                      or quoted_speaker(doc, k, anchor, language, quotes))
            if source is None and trigger is not None and reading.triggers[trigger].modality == "reported":
                source = named_after_cue(doc, doc.sentences[k], language)
            if source is None:
                source = report_going_on(doc, k, language)
            event.claimed_by = source
            event.modality = modality(doc, reading, trigger, anchor, source is not None)


def claimant(
    doc: Document, reading: Reading, trigger: int | None, anchor: int, language: str, after: int | None = None
) -> str | None:
    """The source tied to the trigger, else the sentence's source nearest to it (only sources
    after offset ``after`` when given). Who acts is not who speaks: a span the reader also reads
    as an event's actor («l'esercito di Putin ha lanciato…») is a source only when the sentence
    says someone spoke, and even then a source that is not the trigger's own actor comes first."""
    spans = [(a.start, a.end) for a in reading.arguments if a.trigger == trigger and a.role == "source"]
    if not spans:
        spans = sorted(source_spans(reading), key=lambda s: min(abs(s[0] - anchor), abs(s[1] - anchor)))
    acting = [(a.start, a.end, a.trigger) for a in reading.arguments if a.role in ("actor1", "actor2")]
    spoken = says_someone_spoke(doc, reading, language, anchor)
    own = {(s, e) for s, e in spans if any(a < e and s < b and t == trigger for a, b, t in acting)}
    for start, end in sorted(spans, key=lambda s: s in own):  # stable: nearest first within each rank
        if after is not None and start < after:
            continue
        if not spoken and any(a < end and start < b for a, b, _t in acting):
            continue
        if not spoken and not set_apart(doc, start, end):
            continue  # 'destroyed three "Pantsir"': what the sentence tells of, not who tells it
        if any(t.start <= start and end <= t.end for t in doc.layer_index("timexes").overlapping(start, end)):
            continue  # «mercoledì» said when, not who
        name = source_name(doc, start, end, language)
        if name:
            return name
    return None


SEPARATORS = "-–—:|"  # "… - mayor", "TASS: …", "… | Army HQ": a source set apart from what it says
WRAPPING = " \t\"'«»“”„()[]"


def set_apart(doc: Document, start: int, end: int) -> bool:
    """A source told without a speech verb stands apart from the sentence: after a dash or a
    colon ("… - regional governor"), or before a colon that opens what it says ("Army HQ: …")."""
    sent = doc.sentence_at(start)
    lo, hi = (sent.start, sent.end) if sent is not None else (0, len(doc.text))
    before = doc.text[lo:start].rstrip(WRAPPING)
    words = doc.words(lo, start)
    if words and words[-1].lower in set(attribution_cues(doc.language_or_default(start)).articles):
        before = doc.text[lo : words[-1].start].rstrip(WRAPPING)
    after = doc.text[end:hi].lstrip(WRAPPING)
    return (before[-1:] in SEPARATORS and before != "") or after[:1] == ":" or (not before and not after)


def says_someone_spoke(doc: Document, reading: Reading, language: str, anchor: int) -> bool:
    """The sentence holds an attribution: the reader's attribution cue or a speech verb of the language."""
    if any(c.kind == "attribution" for c in reading.cues):
        return True
    k = doc.layer_index("sentences").position(anchor)
    sent = doc.sentences[k] if k is not None else None
    return sent is not None and contains(attribution_patterns(language), doc.words(sent.start, sent.end))


def named_after_cue(doc: Document, sent: Sentence, language: str, openers: list | None = None,
                    before: int | None = None) -> str | None:
    """The reader read the sentence as attributed but marked no source: the organisation or
    person right after an attribution opener of the language («secondo lo Stato maggiore»);
    only an opener starting before offset ``before`` when given."""
    toks = doc.words(sent.start, sent.end)
    for i, j, _ in find_all(openers or source_openers(language), toks):
        if before is not None and toks[i].start >= before:
            continue
        after = toks[j - 1].end
        found = [e for e in doc.within("entities", after, after + 13)
                 if e.end <= sent.end and e.label in ("PER", "ORG")]
        if found:
            return name_of(found[0])
    return None


def told_next(doc: Document, k: int, language: str) -> str | None:
    """«Lo ha reso noto X», "This was confirmed by X": a sentence of the same paragraph that
    tells no event of its own but names who said what came before."""
    if k + 1 >= len(doc.sentences):
        return None
    opener = doc.words(doc.sentences[k + 1].start, doc.sentences[k + 1].end)[:1]
    back = bool(opener) and opener[0].lower in set(attribution_cues(language).anaphoric_openers)
    if doc.sentences[k + 1].paragraph != doc.sentences[k].paragraph and not back:
        return None  # «Lo ha reso noto…» points back across a paragraph break; other sentences do not
    nxt = doc.readings[k + 1] if k + 1 < len(doc.readings) else None
    if nxt is None or nxt.triggers or not any(c.kind == "attribution" for c in nxt.cues):
        return None
    return claimant(doc, nxt, None, doc.sentences[k + 1].start, language)


def report_going_on(doc: Document, k: int, language: str) -> str | None:
    """«Secondo il report dello Stato maggiore, … . Ieri invece le forze russe hanno…»: a sentence
    with no speaker, hedge, denial or plan of its own, right after a sentence of the same paragraph
    that a report frame opens before its first event, goes on telling that report. A trailing
    attribution ("…, according to X.") closes its own clause and frames nothing after it."""
    if k == 0 or doc.sentences[k - 1].paragraph != doc.sentences[k].paragraph:
        return None
    sent, framed, prev = doc.sentences[k], doc.sentences[k - 1], doc.readings[k - 1]
    # its own attribution, hedge, denial or plan speaks for it (a source of its own would have been
    # found already; a source cue on the sentence's actor is no speaker)
    if any(c.kind != "source" for c in doc.readings[k].cues):
        return None
    if contains(attribution_patterns(language), doc.words(sent.start, sent.end)):
        return None
    first_event = min((t.start for t in prev.triggers), default=None)
    if first_event is None:
        return None  # a frame opens a report of events, not a sentence of comment
    toks = doc.words(framed.start, framed.end)
    opened = [toks[j - 1].end for i, j, _ in find_all(report_frames(language), toks) if toks[i].start < first_event]
    if not opened:
        return None
    for cue in sorted(prev.cues, key=lambda c: c.start):
        if cue.kind == "source" and opened[0] <= cue.start and cue.end <= first_event:
            return source_name(doc, cue.start, cue.end, language)
    return named_after_cue(doc, framed, language, report_frames(language), before=first_event)


QUOTE_REACH = 160  # characters between a speaker and the quotation they introduce


def quoted_speaker(doc: Document, k: int, anchor: int, language: str,
                   quotes: list[tuple[int, int]]) -> str | None:
    """An event told inside a quotation is the claim of whoever the quotation belongs to:
    the speaker introducing it («Il governatore X: «…»», "X said: “…”") or named right after
    it («…», ha aggiunto X), in the same paragraph, even across the sentences it spans."""
    para = doc.sentences[k].paragraph
    # quotations do not overlap: only the last one opening before the anchor may hold it
    last = bisect.bisect_right(quotes, (anchor,)) - 1
    if last < 0 or not quotes[last][0] < anchor < quotes[last][1]:
        return None
    qs, qe = quotes[last]
    near = [n for n in doc.layer_index("sentences").positions(qs - QUOTE_REACH, qe + QUOTE_REACH)
            if doc.sentences[n].paragraph == para and n < len(doc.readings)]
    cues_ = [c for n in near for c in doc.readings[n].cues if c.kind == "source"]
    before = sorted((c for c in cues_ if c.end <= qs and qs - c.end <= QUOTE_REACH), key=lambda c: -c.end)
    after = sorted((c for c in cues_ if c.start >= qe and c.start - qe <= QUOTE_REACH // 2), key=lambda c: c.start)
    for c in after + before:
        name = source_name(doc, c.start, c.end, language)
        if name:
            return name
    # «Oleg Synegubov: «…»»: a person or body right before the colon that opens the quotation
    gap = qs  # only spaces, commas and colons may stand between such a name and the quotation
    while gap > 0 and (doc.text[gap - 1].isspace() or doc.text[gap - 1] in ",:"):
        gap -= 1
    intro = [e for e in doc.layer_index("entities").overlapping(gap - 1, qs + 1)
             if e.label in ("PER", "ORG") and e.end <= qs and doc.text[e.end : qs].strip() in (":", ",:")]
    if intro:
        return name_of(intro[-1])
    return introduced_by(doc, qs, language) if doc.text[gap:qs].strip().endswith(":") else None


def introduced_by(doc: Document, qs: int, language: str) -> str | None:
    """«…, ai russi non resta che rispondere: «…»», "the ministry replied: “…”": a clause with a
    speech verb ending in the colon that opens the quotation; its speaker is the last person or
    body named in that clause, else the side its demonym names."""
    k = doc.layer_index("sentences").position(max(qs - 1, 0))
    if k is None:
        return None
    start = max(doc.sentences[k].start, qs - QUOTE_REACH)
    words = doc.words(start, qs)
    if not contains(attribution_patterns(language), words):
        return None
    named = [e for e in doc.within("entities", start, qs) if e.label in ("PER", "ORG")]
    return name_of(named[-1]) if named else demonym_side(words, language)


def source_name(doc: Document, start: int, end: int, language: str) -> str | None:
    """The name of the source in [start, end): a person before the body they speak for
    («il portavoce del Consiglio… John Kirby»), then an organisation, then a side named
    by a demonym and a source noun, else the words themselves."""
    platforms = set(attribution_cues(language).platforms)
    end = completed(doc, start, end)
    if doc.layer_index("quantities").overlaps(start, end):
        return None  # "120,000 soldiers" is what was said, not who said it
    # «il capo dell'amministrazione… Oleg Synegubov», «Oleksandr Syrsky, comandante in capo»:
    # the person named right after or right before the title
    entities = doc.layer_index("entities")
    end = max([end] + [e.end for e in entities.overlapping(end, end + 1) if e.start < end < e.end])
    named = [e for e in doc.within("entities", end, end + 3) if e.label == "PER"]
    named += [e for e in entities.overlapping(start - 8, start + 1) if e.label == "PER" and start - 7 <= e.end <= start
              and apposition(doc.text[e.end : start], language)]
    if named:
        return name_of(named[0])
    places = doc.layer_index("toponyms")
    found = [
        e for e in doc.within("entities", start, end)
        if (e.label in ("PER", "ORG") or e.metonym)
        and e.text.lower() not in platforms and (e.canonical or "").lower() not in platforms
        # "the mayor of Gorlovka": a name the places stage placed is the town, not who spoke
        and not (e.label == "PER" and places.overlaps(e.start, e.end))
    ]
    people = [e for e in found if e.label == "PER"]
    if people or found:
        return name_of((people or found)[0])
    words = doc.words(start, end)
    side = demonym_side(words, language)
    if side is not None:
        return side
    # a source the article does not name: "regional officials", «fonti locali», "- VGA"
    nouns = set(attribution_cues(language).source_nouns)
    if not words or len(words) > 6 or all(places.overlaps(t.start, t.start + 1) for t in words):
        return None  # a place is where it was said, not who said it
    if not any(t.lower in nouns for t in words) and not doc.text[words[0].start].isupper():
        return None
    while len(words) > 1 and cut_word(doc, words[-1]):
        words = words[:-1]  # «il vice presidente degli»: not a name that ends on «degli»
    text = doc.text[words[0].start : words[-1].end]
    for article in lang_data(language).get("leading_articles", []):
        if text.lower().startswith(article):
            text = text[len(article):]
    return text or None


def cut_word(doc: Document, token) -> bool:
    """A preposition or article a name should follow («degli», "of"): the span was cut there."""
    language = doc.language_or_default(token.start)
    return doc.text[token.start : token.end] in set(attribution_cues(language).dangling_words)


def completed(doc: Document, start: int, end: int) -> int:
    """A source span cut before its name («il vice presidente degli | Stati Uniti», "the head of
    | Kharkiv's administration") runs on to the name that starts right after it."""
    words = doc.words(start, end)
    if not words or not cut_word(doc, words[-1]):
        return end
    nxt = [e for e in doc.within("entities", end, end + 40) if doc.text[end:e.start].strip() == ""]
    return nxt[0].end if nxt else end


def apposition(between: str, language: str) -> bool:
    """What may stand between a name and its title: nothing, a comma, a comma and an article
    ("Jane Roe, the spokeswoman", «Mario Rossi, il portavoce»)."""
    rest = between.strip()
    if rest in ("", ","):
        return True
    if not rest.startswith(","):
        return False
    word = rest[1:].strip().lower() + " "
    return any(word == a or word.rstrip() == a for a in lang_data(language).get("leading_articles", []))


def name_of(e: Entity) -> str:
    return e.canonical or e.text


def demonym_side(words, language: str) -> str | None:
    """ "Ukrainian officials", «i militari ucraini»: that state's government or army."""
    data = lang_data(language)
    demonyms = data.get("demonyms", {})
    side = next((demonyms[t.lower] for t in words if t.lower in demonyms), None)
    if side is None:
        return None
    military = any(t.lower in set(data.get("military_heads", [])) for t in words)
    return actor_name(side, "military" if military else "government")


def modality(doc: Document, reading: Reading, trigger: int | None, anchor: int, sourced: bool) -> str:
    found = {MODAL[c.kind] for c in reading.cues if c.kind in MODAL and governs(doc, reading, c, anchor)}
    if trigger is not None:
        found.add(reading.triggers[trigger].modality)
        found.add(inflection(doc, reading.triggers[trigger].start, reading.triggers[trigger].end))
    for m in STRONGEST:
        if m in found:
            return m
    attributed = any(c.kind == "attribution" for c in reading.cues)
    if sourced or (attributed and source_spans(reading)):
        return "reported"
    # the reader's own "reported" needs words that report: an attribution cue or a speech verb
    heard = trigger is not None and reading.triggers[trigger].modality == "reported"
    spoken = heard and says_someone_spoke(doc, reading, doc.language_or_default(anchor), anchor)
    return "reported" if spoken else "asserted"



def inflection(doc: Document, start: int, end: int) -> str | None:
    """The verb's own mood, where a language marks it («avrebbe fornito»: alleged; «incontrerà»:
    planned): the trigger and the two words before it in its clause."""
    language = doc.language_or_default(start)
    lex = attribution_cues(language)
    clause = max(doc.text.rfind(b, max(0, start - 41), start) for b in ",;:")  # only the last 40 characters count
    near = [t for t in doc.words(max(clause + 1, start - 40), start)][-2:] + doc.words(start, end)
    if any(t.lower.endswith(lex.conditional_endings) and len(t.lower) > 6 for t in near
           if lex.conditional_endings):
        return "alleged"
    future, exceptions = lex.future_endings, set(lex.future_exceptions)
    if future and any(t.lower.endswith(future) and len(t.lower) > 4 and t.lower not in exceptions for t in near):
        return "planned"
    return None


def governs(doc: Document, reading: Reading, cue: Cue, anchor: int) -> bool:
    """A hedge, denial or future cue governs the trigger nearest to it, and the triggers
    that follow it in the same clause ("will meet Macron and sign a deal", not "…, but")."""
    starts = [t.start for t in reading.triggers] or [anchor]
    nearest = min(starts, key=lambda s: abs(s - cue.start))
    if nearest == anchor:
        return True
    return cue.end <= anchor and not any(ch in CLAUSE_BREAKS for ch in doc.text[cue.end : anchor])
