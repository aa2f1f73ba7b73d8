"""The events stage: ACLED-style events from trigger words and their arguments.

For each sentence a lexicon of triggers (lang/<code>/events.json) proposes
event kinds; data/acled.json maps a kind to an ACLED type and sub-event type,
or to a rule (territory taken, territory left, weapon-driven strikes). The
arguments come from the layers of earlier stages in the same sentence:
toponyms give the location (one event per place, as ACLED codes them),
timexes the date, quantities the counts, and side mentions
(_event_actors) the actors. Hypotheticals, purposes, negated and historical
mentions give no event; later mentions of an event already found are merged
into it. Attribution (claimed_by, modality) is the next stage's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache

from .. import resources
from ..document import Document, Event, Place, Quantity, Sentence, Span, Timex, Toponym
from ._event_actors import (
    ENEMY,
    Mention,
    actor_name,
    country_name,
    find_mentions,
    mention_actor,
    opponent,
    shared,
)
from ._event_text import Token, compile_patterns, find_all, tokenize, word_matches
from ._genre import Discourse

HISTORY_DAYS = 120  # an event dated months before a news story's publication is background, not news


@cache
def acled() -> dict:
    return resources.load_shared("acled")


@cache
def lexicon(language: str) -> dict:
    data = resources.load(language, "events")
    if not data:
        return {}
    attribution = resources.load(language, "attribution") or {}
    return {
        **data,
        "trigger_patterns": compile_patterns(tuple(t["pattern"] for t in data["triggers"])),
        "trigger_info": {t["pattern"]: t for t in data["triggers"]},
        "weapon_patterns": compile_patterns(tuple(w["pattern"] for w in data.get("weapons", []))),
        "weapon_class": {w["pattern"]: w["class"] for w in data.get("weapons", [])},
        "source_patterns": compile_patterns(tuple(attribution.get("source_follows", []))),
    }


@dataclass
class _TriggerFacts:
    """What one trigger settled before its events are made, one per type and place."""

    trigger: Span
    kind: str
    index: int  # the trigger's first token
    nominal: bool  # «l'attacco» rather than «hanno attaccato»
    subject: Mention | None
    date: str | None
    date_precision: str
    explicit_date: bool


@dataclass
class Candidate:
    """An event under construction, with what the merge step needs to know."""

    event: Event
    sentence: Sentence
    kind: str
    explicit_place: bool
    explicit_date: bool
    nominal: bool
    trigger_tok: int = 0
    extra: dict = field(default_factory=dict)


class Events:
    name = "events"

    def __init__(self, **options: object) -> None:
        self.options = options

    def __call__(self, doc: Document) -> None:
        candidates: list[Candidate] = []
        subject_memory: list[Mention] = []
        discourse = Discourse(doc)
        for sent in doc.sentences:
            if doc.is_noise(sent.start, sent.end):
                continue
            language = doc.language_at(sent.start) or doc.language or "en"
            if not lexicon(language):
                continue
            found, mentions = SentenceReader(doc, sent, language, subject_memory, discourse).read()
            candidates.extend(found)
            sided = [m for m in mentions if m.side and m.role in ("government", "military")]
            if sided:
                subject_memory = sided
        doc.events = [c.event for c in merge(candidates)]


class SentenceReader:
    """Everything the stage does inside one sentence."""

    def __init__(
        self,
        doc: Document,
        sent: Sentence,
        language: str,
        previous: list[Mention],
        discourse: Discourse | None = None,
    ) -> None:
        self.doc, self.sent, self.language, self.previous = doc, sent, language, previous
        self.discourse = discourse or Discourse(doc)
        self.lex = lexicon(language)
        self.toks = tokenize(doc.text, sent.start, sent.end, language)
        self.text = doc.text[sent.start : sent.end]

    # -- helpers over tokens -------------------------------------------------
    def clause_bounds(self, i: int) -> tuple[int, int]:
        """Character offsets of the clause holding token i (between clause breaks)."""
        breaks = self.lex.get("clause_breaks", [","])
        pos = self.toks[i].start
        s, e = self.sent.start, self.sent.end
        for b in breaks:
            k = self.doc.text.rfind(b, self.sent.start, pos)
            if k >= 0:
                s = max(s, k + 1)
            k = self.doc.text.find(b, self.toks[i].end, self.sent.end)
            if k >= 0:
                e = min(e, k)
        return s, e

    def words_before(self, i: int, n: int) -> list[Token]:
        s, _ = self.clause_bounds(i)
        return [t for t in self.toks[max(0, i - n) : i] if t.start >= s]

    def blocked(self, i: int, j: int, info: dict) -> bool:
        """A possibility, purpose, wish or negation: no event."""
        blockers = self.lex.get("modal_blockers", {})
        before = self.words_before(i, 8)
        lemmas = set(blockers.get("lemmas", []))
        if any(t.lemma in lemmas or t.lower in lemmas for t in before):
            return True
        s, _ = self.clause_bounds(i)
        opener = next((t for t in self.toks if t.start >= s), None)
        if opener is not None and (opener.lemma in lemmas or opener.lower in lemmas):
            return True  # «Bisogna fornire più armi… e imporre nuove sanzioni»: the whole clause is a wish
        if self.discourse.trigger_reason(self.sent, self.toks, i, s, self.language):
            return True  # a question, a capability, a background clause, a commentator's view
        negations = set(self.lex.get("negations", []))
        if any(t.lower in negations for t in self.words_before(i, 3)):
            return True
        if self.not_an_act(i, j, info):
            return True
        head = self.toks[i]
        determiners = set(self.lex.get("determiners", []))
        if info.get("pos") == "verb" and i > 0 and self.toks[i - 1].lower in determiners:
            return True  # «la sua avanzata», "a newly liberated city": a noun or an adjective, not the act
        if info.get("pos") == "verb" and self.adjectival(i):
            return True
        if info.get("pos") == "verb" and self.is_infinitive(head):
            purpose = set(blockers.get("purpose_before_infinitive", []))
            close = self.words_before(i, 2)
            if any(t.lower in purpose for t in close) and not self.after_auxiliary(close) and not self.after_motion(i):
                return True
        if info.get("pos") != "verb" and kind_spec(info["kind"]).get("role") == "government":
            topic = set(self.lex.get("topic_markers", []))
            if any(t.lower in topic for t in self.words_before(i, 3)):
                return True
        return False

    def not_an_act(self, i: int, j: int, info: dict) -> bool:
        """Words that turn a trigger into something else: "advanced rocket systems" (an adjective
        before a weapon), «respinge ogni responsabilità» (a denial), "a drone entered Polish
        airspace" or "troops are surrendering" (no ground changes hands)."""
        toks = self.toks
        weapons = self.lex["weapon_patterns"]
        territorial = bool(kind_spec(info["kind"]).get("territory"))
        if (
            territorial
            and info.get("pos") == "verb"
            and j < len(toks)
            and any(p.items and p.items[0] is not None and word_matches(p.items[0], toks[j]) for p in weapons)
        ):
            return True
        objects = self.lex.get("object_blockers", {}).get(info["kind"], [])
        if any(t.lower in objects or t.lemma in objects for t in toks[j : j + 3]):
            return True
        if territorial:
            if find_all(compile_patterns(tuple(self.lex.get("territory_blockers", []))), toks):
                return True
            s, _ = self.clause_bounds(i)
            near = [t for t in toks[max(0, i - 4) : i] if t.start >= s]
            if near and find_all(weapons, near):
                return True  # the thing that "entered" or "advanced" is a missile or a drone
        return False

    def after_auxiliary(self, close: list[Token]) -> bool:
        # «costretti a ritirarsi», «riuscite a trattenere»: the infinitive happened
        return any(t.lemma in set(self.lex.get("completed_before_infinitive", [])) for t in close)

    def adjectival(self, i: int) -> bool:
        """«la regione catturata», «una granata lanciata»: a participle describing a noun."""
        endings = tuple(self.lex.get("participle_endings", []))
        if not endings or i < 2 or not self.toks[i].lower.endswith(endings):
            return False
        aux = set(self.lex.get("auxiliaries", []))
        determiners = set(self.lex.get("determiners", []))
        # «l'unico capoluogo regionale conquistato dalla Russia»: a determiner opens the noun
        # phrase a few words back and no auxiliary stands between it and the participle
        s, _ = self.clause_bounds(i)
        for tok in reversed(self.toks[max(0, i - 4) : i]):
            if tok.start < s or tok.lower in aux or tok.lemma in aux:
                return False
            if tok.lower in determiners:
                return True
        return False

    def after_motion(self, i: int) -> bool:
        # «si è recato in Cina per incontrare Xi»: the trip was made for the meeting, which happened
        motion = set(self.lex.get("motion_verbs", []))
        return any(t.lemma in motion or t.lower in motion for t in self.words_before(i, 8))

    def is_infinitive(self, tok: Token) -> bool:
        endings = tuple(self.lex.get("infinitive_endings", []))
        if endings:
            return tok.lower.endswith(endings)
        return tok.lower == tok.lemma

    def source_zones(self) -> list[tuple[int, int]]:
        """Stretches naming a source («secondo fonti di Kiev», "according to Kyiv"): not places."""
        zones = []
        for i, j, _ in find_all(self.lex["source_patterns"], self.toks):
            end = self.sent.end
            for b in (",", ";", ":", "–", "—", " - ", "«", "“", '"'):
                k = self.doc.text.find(b, self.toks[j - 1].end, self.sent.end)
                if k >= 0:
                    end = min(end, k)
            zones.append((self.toks[i].start, end))
        prefixes = set(self.lex.get("dateline_prefixes", []))
        if self.toks and self.toks[0].lower in prefixes:
            k = self.doc.text.find(",", self.toks[0].end, self.sent.end)
            if 0 <= k - self.toks[0].end < 40:
                zones.append((self.sent.start, k))
        return zones

    # -- the sentence --------------------------------------------------------
    def read(self) -> tuple[list[Candidate], list[Mention]]:
        toks, doc = self.toks, self.doc
        mentions = find_mentions(doc, toks, self.language, self.sent.start, self.sent.end)
        low = self.text.lower()
        if any(cue in low for cue in self.lex.get("opinion_cues", [])):
            return [], mentions
        if self.discourse.sentence_reason(self.sent, toks, self.language):
            return [], mentions  # an opinion piece, history, a generic statement: no event told
        matches = find_all(self.lex["trigger_patterns"], toks)
        weapons = find_all(self.lex["weapon_patterns"], toks)
        triggers = []
        for i, j, p in matches:
            info = self.lex["trigger_info"][p.source]
            if self.blocked(i, j, info):
                continue
            triggers.append((i, j, info))
        if not triggers:
            return [], mentions
        zones = self.source_zones()
        self.zones = zones
        ents = [e for e in doc.entities if self.sent.start <= e.start < self.sent.end]
        places = [
            t
            for t in doc.toponyms
            if self.sent.start <= t.start < self.sent.end
            and not doc.is_noise(t.start, t.end)
            and not any(z0 <= t.start < z1 for z0, z1 in zones)
            and not any(
                e.start <= t.start
                and t.end <= e.end
                and (e.end - e.start) > (t.end - t.start)
                and e.label in ("ORG", "PER")
                for e in ents
            )
            and not any(e.start <= t.start < e.end and e.metonym for e in ents)
            and t.place.country_code  # «i Paesi del Nord Europa»: a region no country holds
        ]
        timexes = [
            t
            for t in doc.timexes
            if self.sent.start <= t.start < self.sent.end and not any(z0 <= t.start < z1 for z0, z1 in zones)
        ]
        quantities = [q for q in doc.quantities if self.sent.start <= q.start < self.sent.end]
        trigger_toks = {k for i, j, _ in triggers for k in range(i, j)}
        # a mention right next to a noun trigger qualifies that noun («assalti russi», "Russian assaults")
        attached: dict[int, Mention] = {}
        for n, (i, j, info) in enumerate(triggers):
            m = self.attached_mention(i, j, info, mentions)
            if m is not None:
                attached[n] = m
        attached_ids = {id(m) for m in attached.values()}
        place_of = self.assign_places(triggers, matches, places)
        out: list[Candidate] = []
        counterpart_zone: list[tuple[int, int]] = []
        first_actor: Mention | None = None
        # deaths are told about a strike already found in the sentence: read them last
        order = sorted(range(len(triggers)), key=lambda n: kind_spec(triggers[n][2]["kind"]).get("victims", False))
        for n in order:
            i, j, info = triggers[n]
            spec = kind_spec(info["kind"])
            if spec.get("victims") and out:
                self.add_victims(out, mentions, quantities)
                continue
            made = self.build(
                n,
                i,
                j,
                info,
                spec,
                mentions,
                attached,
                attached_ids,
                place_of[n],
                timexes,
                quantities,
                weapons,
                trigger_toks,
                counterpart_zone,
                first_actor,
            )
            if made:
                if first_actor is None and made[0].extra.get("actor") is not None:
                    first_actor = made[0].extra["actor"]
                out.extend(made)
        self.assign_quantities(out, quantities)
        return drop_rival_strikes(out), mentions

    def names_a_moment(self, t: Toponym) -> bool:
        """ "a day after Istanbul grain deal": the place names when, not where."""
        before = [k for k in self.toks if k.end <= t.start]
        return bool(before) and before[-1].lower in set(self.lex.get("not_a_place_after", []))

    def add_victims(self, out: list[Candidate], mentions: list[Mention], quantities: list[Quantity]) -> None:
        dead = self.fatalities(quantities)
        target = next((c for c in out if c.event.event_type != "Political developments"), None)
        if target is None:
            return
        if dead and not target.event.fatalities:
            target.event.fatalities = dead
        if target.event.actor2 is None and any(m.role == "civilians" for m in mentions) and target.event.location:
            target.event.actor2 = actor_name(target.event.location.country_code, "civilians")

    def assign_places(self, triggers, matches, places: list[Toponym]) -> dict[int, list[Toponym]]:
        """A trigger's places are those after it up to the next trigger or purpose clause
        («bombardato Vovchansk, Kupyansk e Strilecha»), else those before it back to the previous one."""
        toks = self.toks
        starts = sorted({toks[i].start for i, _, _ in matches})
        purpose = set(self.lex.get("modal_blockers", {}).get("purpose_before_infinitive", []))
        stops = [
            t.start
            for k, t in enumerate(toks[:-1])
            if t.lower in purpose and self.is_infinitive(toks[k + 1]) and toks[k + 1].lemma != "essere"
        ]
        out: dict[int, list[Toponym]] = {}
        taken: set[int] = set()
        for n, (i, j, _) in enumerate(triggers):
            nxt = min([x for x in starts + stops if x > toks[i].start] + [self.sent.end])
            right = [t for t in places if toks[j - 1].end <= t.start < nxt]
            out[n] = right
            taken.update(id(t) for t in right)
        for n, (i, _, _) in enumerate(triggers):
            if out[n]:
                continue
            here = toks[i].start
            prev = max(
                [toks[b - 1].end for a, b, p in matches if toks[a].start < here and not self.is_victim(p)]
                + [self.sent.start]
            )
            out[n] = [t for t in places if prev <= t.start < here and id(t) not in taken]
        found = {n: self.finest(ps) for n, ps in out.items()}
        for n in range(len(triggers) - 1, -1, -1):
            # «hanno respinto gli assalti russi vicino a Pokrovsk»: the verb and its object are one event
            if not out[n] and n + 1 < len(triggers) and triggers[n + 1][0] - triggers[n][1] <= 2:
                found[n] = found[n + 1]
        for n, (_, _, info) in enumerate(triggers):
            # «si recherà in Francia per colloqui…, in vista di un incontro giovedì»: the same venue
            if not found[n] and n > 0 and kind_spec(info["kind"]).get("split_counterparts"):
                found[n] = found[n - 1]
        return found

    def is_victim(self, p) -> bool:
        return bool(kind_spec(self.lex["trigger_info"][p.source]["kind"]).get("victims"))

    def finest(self, places: list[Toponym]) -> list[Toponym]:
        """Drop a country when a place inside it is named, and the «X, nella regione di Y» apposition."""
        keep = []
        for t in places:
            p = t.place

            if p.precision == "country" and any(
                o.place.country_code == p.country_code and o.place.precision != "country" for o in places
            ):
                continue
            if p.precision in ("admin1", "admin2"):
                described = [
                    o
                    for o in places
                    if o.end <= t.start
                    and t.start - o.end < 60
                    and o.place.precision in ("city", "feature", "admin2")
                    and o.place.admin1 in (p.name, p.admin1)
                ]
                if any("," in self.doc.text[o.end : t.start] for o in described):
                    continue
            keep.append(t)
        return keep

    def attached_mention(self, i: int, j: int, info: dict, mentions: list[Mention]) -> Mention | None:
        toks = self.toks
        glue = set(self.lex.get("attachment_words", []))
        agent = set(self.lex.get("agent_words", []))
        verb = info.get("pos") == "verb"
        for m in mentions:
            if m.side is None and m.actor is None:
                continue
            if m.tok_start >= j or (i <= m.tok_start < j < m.tok_end):
                between = toks[j : m.tok_start] if m.tok_start >= j else []
                if len(between) > 4 or any(t.lower not in glue for t in between):
                    continue
                if verb and not any(t.lower in agent for t in between):
                    continue
                if m.start > toks[j - 1].end and self.doc.text.find(",", toks[j - 1].end, m.start) >= 0:
                    continue
                return m
        if not verb:
            for m in mentions:
                if m.tok_end == i and m.source == "demonym" and m.side:
                    return m  # "Russian assaults"
        return None

    def subject(
        self,
        n: int,
        i: int,
        mentions: list[Mention],
        attached_ids: set[int],
        counterpart_zone: list[tuple[int, int]],
        first_actor: Mention | None,
    ) -> Mention | None:
        """The acting side: nearest side mention before the trigger that no other trigger owns."""
        toks = self.toks
        before = [
            m
            for m in mentions
            if m.end <= toks[i].start
            and (m.side or m.actor)
            and id(m) not in attached_ids
            and not any(z0 <= m.start < z1 for z0, z1 in counterpart_zone)
            and not any(z0 <= m.start < z1 for z0, z1 in getattr(self, "zones", []))
            and m.role not in ("civilians", None)
        ]
        if before:
            return before[-1]
        if first_actor is not None:
            return first_actor
        later = [m for m in mentions if m.start >= toks[i].start and m.role not in ("civilians", None)]
        if not later and self.previous:
            return self.previous[0]  # «they took back…», «Ha ordinato…»: the last sentence's subject
        return None

    def build(
        self,
        n,
        i,
        j,
        info,
        spec,
        mentions,
        attached,
        attached_ids,
        places,
        timexes,
        quantities,
        weapons,
        trigger_toks,
        counterpart_zone,
        first_actor,
    ) -> list[Candidate]:
        doc, toks = self.doc, self.toks
        trig = Span(toks[i].start, toks[j - 1].end, "trigger")
        kind = info["kind"]
        role = spec.get("role", "military")
        subj = self.subject(n, i, mentions, attached_ids, counterpart_zone, first_actor)
        att = attached.get(n)
        if spec.get("needs_quantity") and not any(q.unit for q in quantities):
            return []
        # -- date --------------------------------------------------------------
        when = nearest_timex(timexes, trig)
        if when is not None and doc.published and history(when, doc.published):
            return []
        if when is not None:
            day = when.end_value if when.kind == "interval" and when.end_value else when.value
            date_value, precision = day, when.precision if when.precision != "unknown" else "day"
        else:
            date_value, precision = doc.published, "day" if doc.published else "unknown"
        # -- types -------------------------------------------------------------
        types: list[tuple[str, str, str | None]] = []  # (type, sub, weapon class)
        if spec.get("weapon_driven"):
            near = [w for w in weapons if not any(k in trigger_toks for k in range(w[0], w[1]))]
            classes = []
            for _, _, wp in near:
                c = self.lex["weapon_class"][wp.source]
                if c not in classes:
                    classes.append(c)
            subs = []
            for c in classes:
                sub = acled()["weapons"].get(c)
                if sub and sub not in [s for _, s, _ in subs]:
                    subs.append(("Explosions/Remote violence", sub, c))
            if subs:
                types = subs
            elif spec.get("type"):
                types = [(spec["type"], spec["sub"], None)]
            else:
                return []
        elif spec.get("territory"):
            types = [("Battles", "", None)]  # decided per place below
        else:
            types = [(spec["type"], spec["sub"], None)]
        # -- actors ------------------------------------------------------------
        who_mention: Mention | None = None
        actor_side = None
        actor1 = actor2 = None
        if spec.get("subject_is_actor2"):  # «hanno respinto gli attacchi»: the subject defended
            defender = subj
            attacker = att if att is not None and att is not subj else None
            d_side = defender.side if defender else None
            a_side = attacker.side if attacker else opponent(d_side)
            if d_side is None and a_side is None:
                a_side, d_side = shared()["belligerents"]
            d_side = d_side or opponent(a_side)
            actor1, actor2 = actor_name(a_side, role), actor_name(d_side, role)
            actor_side = a_side
        elif spec.get("symmetric"):  # «combattimenti», "fighting": both sides, in the codebook's order
            a_side = att.side if att is not None and opponent(att.side) else shared()["belligerents"][0]
            actor1, actor2 = actor_name(a_side, role), actor_name(opponent(a_side), role)
            actor_side = a_side
        elif spec.get("attached_is_actor2"):  # «le perdite della Russia»: the loser
            loser = att.side if att else None
            if loser is None and subj is not None:
                loser = opponent(subj.side)
            actor1, actor2 = actor_name(opponent(loser), role), actor_name(loser, role)
            actor_side = opponent(loser)
        else:
            who = att if (att is not None and info.get("pos") != "verb") or (att and subj is None) else subj
            if att is not None and info.get("pos") == "verb":
                who = att  # passive agent: "was shelled by Russian forces"
            if spec.get("prefer_subject") and subj is not None:
                who = subj  # «Kiev ha accettato la proposta di tregua di Washington»: the acceptor acts
            who_mention = who
            if who is not None:
                actor1 = mention_actor(who, role if who.actor is None else None)
                actor_side = who.side
                subj = who if subj is None or who is att else subj
        out: list[Candidate] = []
        # -- places ------------------------------------------------------------
        if role != "government":  # «colloqui dopo il vertice di Gedda» still meet there; a strike does not
            places = [t for t in places if not self.names_a_moment(t)]
            at_war = set(shared()["belligerents"])
            if any(t.place.country_code in at_war for t in places):
                # "struck Odesa…, hours after a deal was signed in Istanbul": the third country is an aside
                places = [t for t in places if t.place.country_code in at_war]
        targets = places or [None]
        counterpart_sides: list[Mention] = []
        if spec.get("split_counterparts") or spec.get("recipient") or spec.get("counterpart_is_actor2"):
            zone_end = self.clause_end(j)
            after = [
                m for m in mentions if toks[j - 1].end <= m.start < zone_end and (m.side or m.actor) and m is not subj
            ]
            counterpart_zone.append((toks[j - 1].end, zone_end))
            if subj is None:
                # «Dopo essersi incontrati…, i funzionari ucraini e statunitensi»: subject after the verb
                sides = []
                for m in [m for m in mentions if toks[j - 1].end <= m.start < zone_end and m.side]:
                    if m.side not in [s.side for s in sides]:
                        sides.append(m)
                if not sides:
                    # «Dopo essersi incontrati…, i funzionari ucraini e statunitensi hanno…»
                    nxt_end = self.clause_end_from(zone_end + 1)
                    for m in [m for m in mentions if zone_end <= m.start < nxt_end and m.side]:
                        if m.side not in [s.side for s in sides]:
                            sides.append(m)
                if len(sides) >= 2:
                    subj, after = sides[0], sides[1:]
                elif self.previous:
                    subj = self.previous[0]
                if subj is not None:
                    actor1, actor_side = mention_actor(subj, role if subj.actor is None else None), subj.side
            after.sort(key=lambda m: m.source != "entity")  # «filorussi Wagner»: the named group
            for m in after:
                if m.side != actor_side and m.side not in [c.side for c in counterpart_sides]:
                    counterpart_sides.append(m)
        if spec.get("recipient") and len(targets) > 1:
            # aid has one destination: the recipient's country if named, else the first place
            rec_sides = {c.side for c in counterpart_sides} or {t.place.country_code for t in targets} - {actor_side}
            targets = [next((t for t in targets if t.place.country_code in rec_sides), targets[0])]
        if spec.get("recipient") and counterpart_sides and targets[0] is not None:
            if actor_side and targets[0].place.country_code == actor_side:
                targets = [None]  # a place in the donor's own country is not where the aid goes
        facts = _TriggerFacts(trig, kind, i, info.get("pos") != "verb", subj, date_value, precision, when is not None)
        for place in targets:
            loc, explicit = self.location(place, spec, actor_side, counterpart_sides, i)
            if loc is None:
                continue
            for etype, sub, wclass in types:
                a1, a2, control = actor1, actor2, None
                if spec.get("territory"):
                    if loc.precision == "country" and etype != "Strategic developments":
                        continue  # ground is taken in a town or a region: no country-wide guess
                    made = self.territory(spec, info, subj, att, loc, i, role)
                    if made is None:
                        continue
                    etype, sub, a1, a2, control = made
                elif etype in ("Explosions/Remote violence", "Violence against civilians") or kind == "clash":
                    by_weapon = self.weapon_side(weapons)
                    if (
                        etype != "Battles"
                        and loc.country_code
                        and actor_side == loc.country_code
                        and (not self.names_a_force(who_mention) or by_weapon not in (None, loc.country_code))
                    ):
                        # «X hit Poland»: a state does not strike its own soil; the weapon's side or
                        # the opponent is the attacker, never the place's own state
                        a1 = None
                        if by_weapon and by_weapon != loc.country_code:
                            a1 = actor_name(by_weapon, role)
                    if a1 is None and loc.country_code:
                        side = self.weapon_side(weapons) or opponent(loc.country_code) or None
                        if side == loc.country_code:
                            side = opponent(loc.country_code)
                        a1 = actor_name(side, role)
                    if kind == "clash" and a2 is None:
                        a2 = actor_name(opponent(actor_side) if actor_side else None, role)
                        if a1 is None and a2 is None:
                            a1, a2 = (actor_name(s, role) for s in shared()["belligerents"])
                        elif a2 is None and a1 is not None:
                            a2 = actor_name(opponent(actor_side or loc.country_code), role)
                    if spec.get("victims") and self.fatalities(quantities):
                        if any(m.role == "civilians" for m in mentions) and a2 is None:
                            a2 = actor_name(loc.country_code, "civilians")  # civilians died in it
                if spec.get("counterpart_is_actor2") and counterpart_sides:
                    a2 = mention_actor(counterpart_sides[0], None)
                elif spec.get("counterpart_is_actor2") and place is not None and place.place.precision == "country":
                    # «sanzioni contro la Russia»: the country named after the trigger is the target
                    if place.start > trig.end and place.place.country_code != actor_side:
                        a2 = actor_name(place.place.country_code, "government")
                if spec.get("recipient"):
                    rec = counterpart_sides[0] if counterpart_sides else None
                    rec_side = rec.side if rec else (loc.country_code if loc.country_code != actor_side else None)
                    if rec_side == actor_side and rec is None:
                        rec_side = None
                    a2 = mention_actor(rec, "government") if rec else actor_name(rec_side, "government")
                    if a1 is None or a1 == a2:
                        continue
                if etype == "Political developments" and sub == "Diplomatic contact":
                    pairs = counterpart_sides or [None]
                    for cp in pairs:
                        cp_actor = mention_actor(cp, "government") if cp else None
                        foreign = loc.country_code and actor_side and loc.country_code != actor_side
                        if a1 is None or (cp_actor is None and not foreign) or cp_actor == a1:
                            continue
                        out.append(self.candidate(facts, etype, sub, a1, cp_actor, loc, None, explicit))
                    continue
                out.append(self.candidate(facts, etype, sub, a1, a2, loc, control, explicit, wclass))
        if spec.get("victims") or kind in ("kill", "shelling", "launch", "missile_strike", "air_strike"):
            dead = self.fatalities(quantities)
            if dead and out:
                out[0].event.fatalities = dead
        return out

    def names_a_force(self, m: Mention | None) -> bool:
        """ "le forze ucraine", "the General Staff", "Wagner" in this sentence: the attacker named as such.
        A place standing for its state («Kyiv hit by…», "Poland") or a subject carried over from
        the sentence before is not: it is more likely the target."""
        if m is None or not (self.sent.start <= m.start < self.sent.end):
            return False
        if m.source in ("demonym", "phrase", "epithet"):
            return m.role == "military"
        if m.source == "entity":
            return not any(e.start == m.start and (e.metonym or e.label == "LOC") for e in self.doc.entities)
        return False

    def weapon_side(self, weapons) -> str | None:
        """The side a demonym puts on a weapon: "Russian missiles", «droni ucraini»."""
        for m in find_mentions(self.doc, self.toks, self.language, self.sent.start, self.sent.end):
            if m.source != "demonym" or not m.side or m.side == ENEMY:
                continue
            if any(m.tok_end == a or m.tok_start == b for a, b, _ in weapons):
                return m.side
        return None

    def clause_end_from(self, offset: int) -> int:
        e = self.sent.end
        for b in (",", ";", ":"):
            k = self.doc.text.find(b, offset, self.sent.end)
            if k >= 0:
                e = min(e, k)
        return e

    def clause_end(self, j: int) -> int:
        e = self.sent.end
        for b in (",", ";", ":"):
            k = self.doc.text.find(b, self.toks[j - 1].end, self.sent.end)
            if k >= 0:
                e = min(e, k)
        return e

    def candidate(
        self,
        facts: _TriggerFacts,
        etype: str,
        sub: str,
        a1: str | None,
        a2: str | None,
        loc: Place,
        control: dict | None,
        explicit_place: bool,
        weapon_class: str | None = None,
    ) -> Candidate:
        """One event of one type at one place, from what the trigger already settled."""
        ev = Event(
            event_type=etype,
            sub_event_type=sub,
            evidence=Span(self.sent.start, self.sent.end, "sentence"),
            trigger=facts.trigger,
            date=facts.date,
            date_precision=facts.date_precision,
            actor1=a1,
            actor2=a2,
            location=loc,
            control=control,
        )
        return Candidate(
            ev,
            self.sent,
            facts.kind,
            explicit_place,
            facts.explicit_date,
            facts.nominal,
            facts.index,
            {"subject": facts.subject, "actor": facts.subject, "weapon": weapon_class,
             "definite": self.definite(facts.index)},
        )

    def definite(self, i: int) -> bool:
        """«l'incontro», «quell'accordo», "the meeting": an event the article already told."""
        articles = set(self.lex.get("definite_articles", []))
        demonstratives = set(self.lex.get("demonstratives", []))
        if i > 0 and self.toks[i - 1].lower in articles:
            return True
        return any(t.lower in demonstratives for t in self.words_before(i, 3))  # «quell'accordo di cessate…»

    # -- arguments -----------------------------------------------------------
    def location(
        self, place: Toponym | None, spec: dict, actor_side: str | None, counterparts: list[Mention], i: int
    ) -> tuple[Place | None, bool]:
        if place is not None:
            return place.place, True
        anaphor = self.anaphor_place(i)
        if anaphor is not None:
            return anaphor, True
        if spec.get("role") == "government":
            side = actor_side
            if spec.get("recipient") and counterparts:
                side = counterparts[0].side
            known = country_place(self.doc, side)
            if known is not None:
                return known, False
        prior = [t for t in self.doc.toponyms if t.end <= self.sent.start and not self.doc.is_noise(t.start, t.end)]
        inside = [
            t
            for t in self.doc.toponyms
            if self.sent.start <= t.start < self.sent.end and not any(z0 <= t.start < z1 for z0, z1 in self.zones)
        ]
        belligerents = set(shared()["belligerents"])
        for t in list(reversed(inside)) + list(reversed(prior)):
            if not t.place.country_code:
                continue
            if spec.get("role") == "military" and t.place.country_code not in belligerents:
                continue  # a strike told without a place is not in the last third country named
            return country_place(self.doc, t.place.country_code), False
        # nothing named or resolvable anywhere: the country the war is fought in
        return country_place(self.doc, shared().get("default_theatre")), False

    def anaphor_place(self, i: int) -> Place | None:
        """«la città», "the city": the latest place of that precision named before."""
        anaphors = self.lex.get("anaphors", {})
        window = self.words_before(i, 8) + self.toks[i : i + 5]
        for k, t in enumerate(window):
            precision = anaphors.get(t.lower)
            if precision is None:
                continue
            prev = window[k - 1].lower if k > 0 else ""
            if prev not in set(self.lex.get("determiners", [])):
                continue
            prior = [tp for tp in self.doc.toponyms if tp.end <= t.start and tp.place.precision == precision]
            if prior:
                return prior[-1].place
        return None

    def territory(self, spec, info, subj, att, loc: Place, i: int, role: str):
        """ACLED's territory rules, by who acts and whose land it is."""
        owner = loc.country_code
        data = acled()["territory"]
        actor = att if att is not None else subj
        side = actor.side if actor else None
        if spec["territory"] == "withdraw":
            if side is None:
                return None
            if owner and side != owner and opponent(side) and not self.own_side_speaks(side, actor):
                etype, sub = data["own"]
                return (
                    etype,
                    sub,
                    actor_name(owner, role),
                    actor_name(side, role),
                    {"holder": country_name(owner), "extent": self.extent(i, loc)},
                )
            etype, sub = data["pullback"]
            return etype, sub, actor_name(side, role), None, None
        if side is None:
            if not owner or not opponent(owner):
                return None
            side = owner if info.get("own") else opponent(owner)
        if owner is None:
            return None
        etype, sub = data["own"] if side == owner else data["foreign"]
        other = opponent(side) if side == owner else owner
        return (
            etype,
            sub,
            actor_name(side, role),
            actor_name(other, role),
            {"holder": country_name(side), "extent": self.extent(i, loc)},
        )

    def own_side_speaks(self, side: str, actor: Mention | None) -> bool:
        """A pull-back told by the side that pulled back is a repositioning, not a handover."""
        for m in find_mentions(self.doc, self.toks, self.language, self.sent.start, self.sent.end):
            if (
                m is not actor
                and m.side == side
                and m.source == "entity"
                and actor is not None
                and m.start < actor.start
            ):
                return True
        return False

    def extent(self, i: int, loc: Place) -> str:
        low = {t.lower for t in self.toks}
        if low & set(self.lex.get("partial_cues", [])):
            return "partial"
        if any(
            q.unit == "percent" and q.value < 100
            for q in self.doc.quantities
            if self.sent.start <= q.start < self.sent.end
        ):
            return "partial"
        if low & set(self.lex.get("full_cues", [])):
            return "full"
        return "partial" if loc.precision in ("admin1", "country") else "full"

    def fatalities(self, quantities: list[Quantity]) -> int | None:
        lex = resources.load(self.language, "actors") or {}
        singular = set(lex.get("victim_singular", []))
        civilians = set(lex.get("civilian_heads", []))
        total = 0
        for q in quantities:
            if q.unit in resources.load_shared("acled")["person_units"]:
                total += int(q.value)
        if total:
            return total
        for a, b in zip(self.toks, self.toks[1:], strict=False):
            if a.lower in singular and b.lower in civilians:
                return 1
        return None

    def assign_quantities(self, out: list[Candidate], quantities: list[Quantity]) -> None:
        """Each count goes to the events of the nearest trigger that can take its unit."""
        if not out:
            return
        for q in quantities:
            if q.unit is None:
                continue
            fitting = [c for c in out if unit_fits(q.unit, c)]
            if not fitting:
                continue
            best = min(fitting, key=lambda c: abs(c.event.trigger.start - q.start))
            for c in fitting:
                if c.event.trigger.start == best.event.trigger.start and c.extra.get("weapon") == best.extra.get(
                    "weapon"
                ):
                    c.event.quantities.append(Quantity(q.start, q.end, q.text, q.value, q.unit, q.qualifier))


def drop_rival_strikes(out: list[Candidate]) -> list[Candidate]:
    """Two strikes at one place from different triggers of one sentence are one strike told twice
    ("a missile hit…, during a wave of air attacks"): keep the one a weapon supports, and never
    two with the attacker and the target swapped."""
    strikes = [c for c in out if c.event.event_type == "Explosions/Remote violence"]
    dropped: set[int] = set()
    for a in strikes:
        for b in strikes:
            if a is b or id(a) in dropped or id(b) in dropped:
                continue
            ea, eb = a.event, b.event
            # a strike with no place of its own rivals one in the same country only when a weapon
            # backs the other and not it («un missile ha colpito X durante gli attacchi aerei»)
            same_place = place_key(ea.location) == place_key(eb.location) or (
                not b.explicit_place
                and a.extra.get("weapon") is not None
                and b.extra.get("weapon") is None
                and ea.location is not None
                and eb.location is not None
                and ea.location.country_code == eb.location.country_code
            )
            if not same_place or a.trigger_tok == b.trigger_tok:
                continue
            swapped = ea.actor1 and ea.actor1 == eb.actor2 or ea.actor2 and ea.actor2 == eb.actor1
            if ea.sub_event_type == eb.sub_event_type and not swapped:
                continue  # the merge step joins these
            if support(a) > support(b) or (support(a) == support(b) and a.trigger_tok < b.trigger_tok):
                dropped.add(id(b))
    return [c for c in out if id(c) not in dropped]


def support(c: Candidate) -> int:
    return 2 * (c.extra.get("weapon") is not None) + c.explicit_place + (c.event.actor1 is not None)


def unit_fits(unit: str, c: Candidate) -> bool:
    weapon = c.extra.get("weapon")
    if unit in ("drone", "missile", "rocket", "shell"):
        if weapon is None:
            return c.event.event_type != "Explosions/Remote violence" or c.kind != "launch"
        return {"drone": "drone", "missile": "missile", "rocket": "missile", "shell": "artillery"}[unit] in (
            weapon,
            "shell" if unit == "shell" else weapon,
        )
    if unit in ("day", "week", "month", "year", "hour"):
        return c.event.sub_event_type in ("Ceasefire or peace proposal", "Agreement")
    return True


def kind_spec(kind: str) -> dict:
    return acled()["kinds"].get(kind, {})


def nearest_timex(timexes: list[Timex], trig: Span) -> Timex | None:
    """The time adverbial right after the trigger («fled Friday night», «un incontro giovedì»),
    else the nearest one before it; a date further on usually belongs to another clause."""
    usable = [t for t in timexes if t.value]
    close_after = [t for t in usable if trig.end <= t.start <= trig.end + 25]
    if close_after:
        return min(close_after, key=lambda t: t.start)
    before = [t for t in usable if t.end <= trig.start]
    if before:
        return max(before, key=lambda t: t.end)
    return None


def history(t: Timex, published: str) -> bool:
    try:
        when = date.fromisoformat((t.end_value or t.value or "")[:10])
        pub = date.fromisoformat(published[:10])
    except ValueError:
        return False
    return (pub - when).days > HISTORY_DAYS


def country_place(doc: Document, code: str | None) -> Place | None:
    if not code:
        return None
    for t in doc.toponyms:
        if t.place.country_code == code and t.place.precision == "country":
            return t.place
    c = shared()["countries"].get(code)
    if c is None:
        return None
    return Place(c["name"], c["lat"], c["lon"], code, None, None, "country")


def merge(candidates: list[Candidate]) -> list[Candidate]:
    """One event per (type, place, day, actors): later mentions fill in what earlier ones lacked;
    a bare re-mention of an event already told («il cessate il fuoco», "the meeting") adds nothing."""
    kept: list[Candidate] = []
    for c in candidates:
        for k in kept:
            relation = same_event(k, c)
            if relation == "same":
                absorb(k, c)
                break
            if relation == "mention":
                break
        else:
            kept.append(c)
    return kept


def same_event(a: Candidate, b: Candidate) -> str | None:
    ea, eb = a.event, b.event
    if (ea.event_type, ea.sub_event_type) != (eb.event_type, eb.sub_event_type):
        return None
    corefer = kind_spec(b.kind).get("corefer") or kind_spec(a.kind).get("corefer")
    if corefer and b.nominal and (not b.explicit_place or b.extra.get("definite")):
        return "mention"  # «il cessate il fuoco» again: the same proposal
    political = ea.event_type == "Political developments"
    if political and b.nominal and b.extra.get("definite") and compatible(ea.actor1, eb.actor1):
        return "mention"  # «l'incontro con i funzionari statunitensi»: the meeting told before
    if place_key(ea.location) != place_key(eb.location):
        return None
    if not compatible(ea.actor1, eb.actor1) or not compatible(ea.actor2, eb.actor2):
        return None
    if a.explicit_date and b.explicit_date:
        return "same" if days_apart(ea.date, eb.date) == 0 else None
    return "same"


def compatible(x: str | None, y: str | None) -> bool:
    return x is None or y is None or x == y


def place_key(p: Place | None) -> tuple:
    if p is None:
        return ()
    if p.precision == "country":
        return ("country", p.country_code)
    return (p.name, p.country_code)


def days_apart(a: str | None, b: str | None) -> int:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except (TypeError, ValueError):
        return 0


def absorb(target: Candidate, other: Candidate) -> None:
    t, o = target.event, other.event
    if other.explicit_date and not target.explicit_date:
        t.date, t.date_precision = o.date, o.date_precision
        target.explicit_date = True
    t.actor1 = t.actor1 or o.actor1
    t.actor2 = t.actor2 or o.actor2
    t.fatalities = t.fatalities or o.fatalities
    t.control = t.control or o.control
    seen = {(q.value, q.unit) for q in t.quantities}
    t.quantities.extend(q for q in o.quantities if (q.value, q.unit) not in seen)
    if other.explicit_place and not target.explicit_place:
        t.location = o.location
        target.explicit_place = True
    # the evidence spans the sentences the event rests on when they run on from each other
    if 0 <= other.sentence.start - t.evidence.end <= 3:
        t.evidence = Span(t.evidence.start, other.sentence.end, "sentence")
