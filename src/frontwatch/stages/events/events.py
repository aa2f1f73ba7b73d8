"""The events stage: the reader proposes, recipes assemble.

The event reader (``frontwatch.reader``) has already left one ``Reading`` per
sentence on the Document: triggers with their ACLED sub-type, cues, and the
argument spans it could tie to each trigger. This stage does not look for
events itself; for every trigger it fills the slots the sub-type's recipe
(``data/acled.json`` "recipes", overridable per language in
``lang/<code>/events.json``) asks for, from the layers earlier stages made:

* actors: the side mentions (``_actors``) inside the reader's actor spans, else
  the nearest one to the trigger; actor2 by the recipe (the opponent, the
  counterpart named after the trigger, the civilians who died);
* location: the toponyms inside the reader's location spans, else those the
  trigger governs in its sentence; one event per place, as FORMAT.md says;
* date: the timex of the time span, else the nearest one, else publication;
* fatalities and quantities: from the quantities layer, the dead apart from
  the wounded (the reader's ``fatalities`` spans, else death words nearby);
* control, for territorial sub-types: who holds the place afterwards, with
  the codebook's rule of whose land it is.

Claimant and modality are the attribution stage's job. Mentions of one
event are then merged: one event per (type, place, day, actors).
"""

from __future__ import annotations

from dataclasses import replace

from ...document import Document, Event, Place, Sentence, Span, Timex, Toponym
from ...reader.types import Reading, Trigger
from .._actors import Mention, actor_name, country_name, find_mentions, media_names, mention_actor, opponent, shared
from .._genre import Discourse
from .._sources import source_spans
from ._counts import Counts, acled, event_type_of, words
from ._deaths import death_report
from ._merge import Draft, days_apart, merge
from ._places import claimed_region, country_place, finest, local_place, source_line
from ._refine import refine

HISTORY_DAYS = 120  # an event dated months before the story is background, not news
TIME_AFTER = 25  # characters: a time adverbial right after the trigger is its time
DAY_PRECISIONS = ("day", "unknown")  # the precisions that name a day (unknown: a clock time, a weekday)


def recipe(sub_event_type: str, language: str) -> dict:
    """What a sub-type needs: shared recipes, with the language's own overrides."""
    shared_recipes = acled()["recipes"]
    own = words(language).get("recipes", {})
    base = dict(shared_recipes.get("_default", {}))
    base.update(shared_recipes.get(sub_event_type, {}))
    base.update(own.get(sub_event_type, {}))
    return base


class Events:
    name = "events"
    requires = ("noise", "paragraphs", "sentences", "readings", "entities", "toponyms", "timexes", "quantities")
    assigns = ("events",)

    def __init__(self, **options: object) -> None:
        self.options = options

    def __call__(self, doc: Document) -> None:
        discourse = Discourse(doc)
        drafts: list[Draft] = []
        for sent, reading in zip(doc.sentences, doc.readings, strict=False):
            if doc.is_noise(sent.start, sent.end):
                continue
            language = doc.language_or_default(sent.start)
            reading = death_report(doc, sent, reading, language)  # "three killed in X": the death is the event
            if not reading.triggers:
                continue
            if discourse.sentence_reason(sent, doc.words(sent.start, sent.end), language):
                continue  # an opinion piece, history, a generic statement: nothing happened here
            kept = refine(doc, sent, told(reading, sent, discourse, language), language)
            drafts.extend(Assembly(doc, sent, kept, language).drafts())
        doc.events = [d.event for d in merge(drafts)]


def told(reading: Reading, sent: Sentence, discourse: Discourse, language: str) -> Reading:
    """The reading without the triggers the sentence asks about or frames as commentary."""
    keep = [k for k, t in enumerate(reading.triggers) if not discourse.trigger_reason(sent, t.start, language)]
    if len(keep) == len(reading.triggers):
        return reading
    new = {old: n for n, old in enumerate(keep)}
    args = [replace(a, trigger=new[a.trigger]) for a in reading.arguments if a.trigger in new]
    return Reading([reading.triggers[k] for k in keep], reading.cues, args)


class Assembly(Counts):
    """The events of one sentence, one trigger at a time."""

    def __init__(self, doc: Document, sent: Sentence, reading: Reading, language: str) -> None:
        self.doc, self.sent, self.reading, self.language = doc, sent, reading, language
        self.sources = source_spans(reading)
        mentions = find_mentions(doc, language, sent.start, sent.end)
        self.every = sorted(mentions + self.other_actors(mentions), key=lambda m: m.start)
        self.mentions = [m for m in self.every if not self.in_source(m.start)]
        self.speakers = {m.side for m in mentions if self.in_source(m.start) and m.side}
        self.places = self.usable_places()

    def in_source(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.sources)

    def drafts(self) -> list[Draft]:
        out: list[Draft] = []
        for k, trig in enumerate(self.reading.triggers):
            if event_type_of(trig.sub_event_type) is None:
                continue  # a label outside FORMAT.md's list is never exported
            out.extend(self.assemble(k, trig))
        return out

    # -- one trigger ---------------------------------------------------------
    def assemble(self, k: int, trig: Trigger) -> list[Draft]:
        rec = recipe(trig.sub_event_type, self.language)
        when = self.when(k, trig)
        if when is None:
            return []
        actor1, actor2 = self.actors(k, trig, rec)
        if rec.get("initiator_first") and self.starts_with(trig, "defence_stems") and (
            actor1 is not None and actor1.end <= trig.start
        ):  # «le forze ucraine hanno respinto gli assalti russi»: the attackers come first
            actor1, actor2 = actor2, actor1
        if rec.get("named_is_loser") and actor1 is not None and actor2 is None:
            actor1, actor2 = None, actor1  # "Russia has lost 500 tanks, Kyiv says": the loser is actor2
        dead = self.fatalities(k, trig) if rec.get("fatalities") else None
        out: list[Draft] = []
        for place in self.places_of(k, trig, rec):
            loc, explicit = self.location(place, rec, actor1, actor2)
            if loc is None:
                continue
            for sub, counts in self.by_weapon(trig.sub_event_type, self.counts(k, trig, rec)):
                near = place is not None and place.relation is not None  # "positions near X", not X
                made = self.make(trig, sub, rec, (actor1, actor2), loc, counts, near)
                if made is not None:
                    made.event.fatalities = dead if not out else None  # the dead once per sentence
                    made.explicit_place, made.explicit_date = explicit, when[2]
                    made.event.date, made.event.date_precision = when[0], when[1]
                    out.append(made)
        return out

    def make(self, trig: Trigger, sub: str, rec: dict, actors: tuple, loc: Place, counts, near: bool) -> Draft | None:
        """One event of one sub-type at one place."""
        a1, a2 = self.side_for_place(rec, *actors, loc, self.fatalities_named(trig))
        names = (self.actor(a1, rec), self.actor(a2, rec, second=True))
        if names[0] and names[0] == names[1]:  # one side named twice: the reader's second role is doubt
            names = (names[0], None) if not rec.get("requires_actors") else (None, None)
        if any(names[i] is None for i in rec.get("requires_actors", [])):
            return None
        control = None
        if (rec.get("withdrawal") or rec.get("territory")) and self.leaving(trig):
            # whatever sub-type the reader chose, a force leaving hands the place back or repositions
            if not near and self.hands_back(a1, loc):
                a1, rec = Mention(0, 0, loc.country_code, "military"), {**rec, "territory": True}
            else:
                sub, rec = acled()["territory"]["pullback"][1], {**rec, "territory": False}
        if rec.get("territory"):
            made = self.territory(trig, a1, loc)
            if made is None:
                return None
            sub, names, control = made
        ev = Event(
            event_type=event_type_of(sub) or "", sub_event_type=sub,
            evidence=Span(self.sent.start, self.sent.end, "sentence"), trigger=Span(trig.start, trig.end, "trigger"),
            actor1=names[0], actor2=names[1], location=loc, quantities=list(counts), control=control,
        )
        return Draft(ev, False, False, (side(a1), side(a2)), {"recipe": rec})

    # -- date ----------------------------------------------------------------
    def when(self, k: int, trig: Trigger) -> tuple[str | None, str, bool] | None:
        """(day, precision, stated) for the trigger; None when it is history, not news.

        An event happens on a day: only a phrase that names one (a weekday, "yesterday",
        "overnight", "on 3 March", «ieri», «nella notte») dates it. A coarser period ("in June",
        «a febbraio», "this week", "in 2023") says the event is old news when it lies far
        back, but names no day: the event then takes a day-level phrase next to the trigger,
        else the publication day, never the first day of the period."""
        sent, doc = self.sent, self.doc
        timexes = [t for t in doc.within("timexes", sent.start, sent.end) if t.value and not self.in_source(t.start)]
        spans = self.spans(k, "time")
        chosen = next((t for t in timexes for s, e in spans if t.start < e and s < t.end), None)
        if chosen is not None and self.is_history(chosen):
            return None
        if chosen is not None and chosen.precision not in DAY_PRECISIONS:
            chosen, spans = None, []  # a month or a year is no event day: look for a day as if none was read
        if chosen is None and not spans:
            days = [t for t in timexes if t.precision in DAY_PRECISIONS]
            after = [t for t in days if trig.end <= t.start <= trig.end + TIME_AFTER]
            before = [t for t in days if t.end <= trig.start]
            chosen = after[0] if after else (before[-1] if before else None)
        if chosen is None:
            return doc.published, "day" if doc.published else "unknown", False
        if self.is_history(chosen):
            return None
        return self.day_of(chosen), chosen.precision if chosen.precision != "unknown" else "day", True

    @staticmethod
    def day_of(timex: Timex) -> str | None:
        """The day a timex stands for: an interval's last day («nelle ultime 24 ore»), else its own."""
        return timex.end_value if timex.kind == "interval" and timex.end_value else timex.value

    def is_history(self, timex: Timex) -> bool:
        """A period that ended months before publication: background, not news."""
        value, published = self.day_of(timex), self.doc.published
        return bool(published and value and value < published and days_apart(value, published) > HISTORY_DAYS)

    # -- actors --------------------------------------------------------------
    def actors(self, k: int, trig: Trigger, rec: dict) -> tuple[Mention | None, Mention | None]:
        pool = self.every if rec.get("speech_act") else self.mentions  # a speaker who threatens acts
        sided = [m for m in pool if (m.side or m.actor) and m.role != "civilians"]
        a1 = self.mention_in(self.spans(k, "actor1"), sided)
        a2 = self.mention_in(self.spans(k, "actor2"), pool)
        if a1 is None and not self.spans(k, "actor1"):
            # near the trigger, a body the side table does not know acts only in politics
            near = [m for m in sided if m.source != "other" or rec.get("role") == "government"]
            others = [m for m in near if m is not a2 and not (trig.start <= m.start < trig.end)]
            before = [m for m in others if m.end <= trig.start]
            after = [m for m in others if m.start >= trig.end]
            a1 = before[-1] if before else (after[0] if after and rec.get("actor1_after", True) else None)
        if a2 is None and not self.spans(k, "actor2") and rec.get("actor2") == "counterpart":
            a2 = next((m for m in sided if m.start >= trig.end and m is not a1 and m.side != side(a1)), None)
        return a1, a2

    def other_actors(self, sided: list[Mention]) -> list[Mention]:
        """Actors the side table does not know: an organisation by its canonical name
        ("European Union", "United Nations"), a country standing for its government."""
        sent, taken = self.sent, [(m.start, m.end) for m in sided]
        spans = [(x.start, x.end) for layer in ("entities", "toponyms")
                 for x in self.doc.within(layer, sent.start, sent.end)]
        free = {(s, e) for s, e in spans if sent.start <= s < sent.end and not any(a < e and s < b for a, b in taken)}
        out = []
        media = media_names()  # "…, it said via X": where it was said, not who acted
        for e in self.doc.within("entities", sent.start, sent.end):
            if (e.start, e.end) in free and e.label == "ORG" and (e.canonical or e.text)[:1].isupper() \
                    and (e.canonical or e.text) not in media and e.text not in media:
                out.append(Mention(e.start, e.end, None, "government", e.canonical or e.text, "other"))
        for t in self.doc.within("toponyms", sent.start, sent.end):
            if (t.start, t.end) in free and t.place.precision == "country" and t.place.country_code:
                known = actor_name(t.place.country_code, "government")
                out.append(Mention(t.start, t.end, t.place.country_code, "government",
                                   None if known else f"Government of {t.place.name}", "country"))
        return out

    @staticmethod
    def mention_in(spans: list[tuple[int, int]], mentions: list[Mention]) -> Mention | None:
        return next((m for s, e in spans for m in mentions if m.start < e and s < m.end), None)

    def actor(self, m: Mention | None, rec: dict, second: bool = False) -> str | None:
        """The ACLED name of a mention in this recipe's role: «l'esercito di Putin» strikes as
        Military Forces of Russia, «i funzionari russi» meet as Government of Russia; a named
        group keeps its own name, civilians stay civilians."""
        if m is None:
            return None
        if m.actor or m.role == "civilians":
            return mention_actor(m, None)
        return mention_actor(m, rec.get("actor2_role" if second else "role", "military") or m.role)

    def side_for_place(self, rec, a1: Mention | None, a2: Mention | None, loc: Place, dead) -> tuple:
        """Recipe rules that need the place: a state does not strike its own soil; the
        other side in a clash; the civilians of the place when people died there."""
        owner = loc.country_code
        if a2 is not None and a2.role == "civilians" and a2.side is None:
            a2 = Mention(a2.start, a2.end, owner, "civilians")  # "killing three civilians": the place's people
        own_state = a1 is not None and side(a1) == owner and a1.role != "military"  # "Poland", «Kyiv»
        if rec.get("attacker_not_owner") and a1 is None and opponent(side(a2)) and a2.role != "civilians":
            a1 = Mention(0, 0, opponent(side(a2)), "military")  # the target's enemy struck it
        elif rec.get("attacker_not_owner") and owner and opponent(owner) and (a1 is None or own_state):
            a1 = Mention(0, 0, opponent(owner), "military")
        if rec.get("host") and a2 is None and owner and owner != side(a1):
            a2 = Mention(0, 0, owner, "government")  # a visit abroad is a contact with the host state
        if rec.get("actor2") == "opponent" and a1 is None and opponent(side(a2)):
            a1 = Mention(0, 0, opponent(side(a2)), "military")
        if rec.get("actor2") == "opponent" and a2 is None:
            a1 = a1 or Mention(0, 0, shared()["belligerents"][0], "military")
            a2 = Mention(0, 0, opponent(side(a1)), "military") if opponent(side(a1)) else None
        if rec.get("actor2") == "civilians" or (rec.get("civilian_victims") and dead):
            if a2 is None and (rec.get("actor2") == "civilians" or any(m.role == "civilians" for m in self.mentions)):
                a2 = Mention(0, 0, owner, "civilians")
        return a1, a2

    # -- places --------------------------------------------------------------
    def usable_places(self) -> list[Toponym]:
        """Toponyms of the sentence that are where something happened: not a place inside an
        organisation's name, not a metonym, not in the source («secondo fonti di Kiev»), not
        a place named only to say where another is ("A, 21 km south of B", "A, Kharkiv region")."""
        doc, sent = self.doc, self.sent
        ents = doc.within("entities", sent.start, sent.end)
        return [
            t for t in doc.within("toponyms", sent.start, sent.end)
            if t.place.country_code and not self.in_source(t.start) and not t.holds
            and not doc.is_noise(t.start, t.end)
            and not any(e.start <= t.start < e.end and (e.metonym or (e.label in ("ORG", "PER")
                        and e.end - e.start > t.end - t.start)) for e in ents)
        ]

    def places_of(self, k: int, trig: Trigger, rec: dict) -> list[Toponym | None]:
        spans = self.spans(k, "location")
        found = [t for t in self.places if any(t.start < e and s < t.end for s, e in spans)]
        if not found and spans:  # the reader points exactly at a name the NER swallowed in an organisation
            found = [t for t in self.doc.within("toponyms", self.sent.start, self.sent.end)
                     if (t.start, t.end) in spans and t not in self.places and not self.in_source(t.start)
                     and not t.holds
                     and not any(e.metonym for e in self.doc.layer_index("entities").overlapping(t.start, t.start + 1))]
        if not found and spans:
            found = self.anaphor(spans)
        if not found:  # the reader tied no place, or one the places layer did not resolve
            found = [t for t in self.places if self.governing(t) == k]
        found = finest(found, self.doc.text)
        if rec.get("place") == "named":
            found = [t for t in found if t.place.precision != "country"]
        return found or [None]

    def anaphor(self, spans: list[tuple[int, int]]) -> list[Toponym]:
        """«la città», "the village": the latest place of that kind named before."""
        kinds = words(self.language).get("anaphors", {})
        for s, e in spans:
            precision = next((kinds[t.lower] for t in self.doc.words(s, e) if t.lower in kinds), None)
            before = [t for t in self.doc.toponyms if t.end <= s and t.place.precision == precision]
            if before:
                return [before[-1]]
        return []

    def governing(self, t: Toponym) -> int:
        """The trigger a place belongs to when the reader tied it to none: the last trigger
        before it («shelled A, B and C»), else the first one after it ("Kherson was shelled")."""
        triggers = self.reading.triggers
        before = [k for k, tr in enumerate(triggers) if tr.end <= t.start]
        return before[-1] if before else 0

    def location(self, place: Toponym | None, rec, a1: Mention | None, a2: Mention | None) -> tuple[Place | None, bool]:
        if place is not None:
            return place.place, True
        how = rec.get("place", "named_or_theatre")
        if how == "named":
            return None, False
        if how == "recipient_country" and side(a2):
            return country_place(self.doc, side(a2)), False
        if how in ("actor_country", "recipient_country") and side(a1):
            return country_place(self.doc, side(a1)), False
        # a strike told without a place: the sentence's own town (even one named by its source,
        # "- mayor of X", or by the source line split off after it), else the region a republic
        # the sentence names claims, else the belligerent country the article last named, else
        # the theatre
        belligerents = set(shared()["belligerents"])
        line = source_line(self.doc, self.sent)
        local = (local_place(self.doc, self.sent, belligerents)
                 or (local_place(self.doc, line, belligerents) if line is not None else None)
                 or claimed_region(self.doc, self.sent))
        if local is not None:
            return local, False
        prior = next((t for t in reversed(self.doc.within("toponyms", 0, self.sent.end))
                      if t.place.country_code in belligerents), None)
        code = prior.place.country_code if prior else shared().get("default_theatre")
        return country_place(self.doc, code), False

    # -- territory -----------------------------------------------------------
    def territory(self, trig: Trigger, a1: Mention | None, loc: Place):
        """ACLED's rule in an interstate war: a state retaking its own land regains it; a
        foreign state taking it overtakes it. Without a named side, the reader's sub-type says."""
        owner = loc.country_code
        if not owner or not opponent(owner) or loc.precision == "country":
            return None
        actor_side = side(a1)
        if actor_side not in (owner, opponent(owner)):
            own = trig.sub_event_type == acled()["territory"]["own"][1]
            actor_side = owner if own else opponent(owner)
        key = "own" if actor_side == owner else "foreign"
        sub = acled()["territory"][key][1]
        names = (actor_name(actor_side, "military"), actor_name(opponent(actor_side), "military"))
        return sub, names, {"holder": country_name(actor_side), "extent": self.extent(loc)}

    def leaving(self, trig: Trigger) -> bool:
        return self.starts_with(trig, "withdrawal_stems")

    def starts_with(self, trig: Trigger, stems: str) -> bool:
        said = self.doc.text[trig.start : trig.end].lower()
        return any(said.startswith(stem) for stem in words(self.language).get(stems, []))

    def hands_back(self, a1: Mention | None, loc: Place) -> bool:
        """A force leaving a town of the other side's land, not told by its own side: the
        land's state regains it ("the Russians withdrew from Lyman")."""
        owner, leaving = loc.country_code, side(a1)
        return bool(owner and leaving and loc.precision != "country" and opponent(owner) == leaving
                    and leaving not in self.speakers)

    def extent(self, loc: Place) -> str:
        toks = {t.lower for t in self.doc.words(self.sent.start, self.sent.end)}
        lex = words(self.language)
        if toks & set(lex.get("partial_cues", [])) or any(
            q.unit == "percent" and q.value < 100 for q in self.sentence_quantities()
        ):
            return "partial"
        if toks & set(lex.get("full_cues", [])):
            return "full"
        return "partial" if loc.precision in ("admin1", "country") else "full"


def side(m: Mention | None) -> str | None:
    return m.side if m is not None else None
