"""Counts for the events stage: the dead apart from the wounded, the other counts, and the
weapon a count names (which decides a strike's sub-type, as ACLED codes it).

A mixin of ``events.Assembly``: it reads the sentence (``self.sent``), the reader's
proposal (``self.reading``) and the quantities layer of ``self.doc``.
"""

from __future__ import annotations

from ... import resources
from ...document import Document, Quantity, Sentence
from ...reader.types import Reading, Trigger

TIME_UNITS = {"minute", "hour", "day", "week", "month", "year"}


def acled() -> dict:
    return resources.load_shared("acled")


def words(language: str) -> dict:
    return resources.load(language, "events") or {}


class Counts:
    doc: Document
    sent: Sentence
    reading: Reading
    language: str

    def spans(self, k: int, role: str) -> list[tuple[int, int]]:
        return [(a.start, a.end) for a in self.reading.arguments if a.trigger == k and a.role == role]

    def sentence_quantities(self) -> list[Quantity]:
        return [q for q in self.doc.within("quantities", self.sent.start, self.sent.end) if q.unit]

    def fatalities_named(self, trig: Trigger) -> bool:
        k = self.reading.triggers.index(trig)
        return bool(self.dead(k))

    def dead(self, k: int) -> list[Quantity]:
        """The counts of the dead, never the wounded: the reader's fatalities spans that a death
        word stands next to, else the counts the quantities layer already reads as deaths («nove morti», "9 dead"), else
        counts of people a death word stands next to ("killing three civilians")."""
        known = self.__dict__.setdefault("_dead_counts", {})  # asked once per trigger and again by counts()
        if k not in known:
            known[k] = self.wholes(self.dead_uncached(k))
        return known[k]

    def wholes(self, counts: list[Quantity]) -> list[Quantity]:
        """The counts less those that only name part of the count before them ("12 killed,
        including four children": 12, not 16)."""
        out: list[Quantity] = []
        for q in sorted(counts, key=lambda q: q.start):
            if out and self.part_of(out[-1], q):
                continue
            out.append(q)
        return out

    def part_of(self, whole: Quantity, part: Quantity) -> bool:
        """A part-of cue ("including", «tra cui») stands between the two counts, a few words apart."""
        between = self.doc.words(whole.end, part.start)
        if len(between) > 6:
            return False
        said = " " + " ".join(t.lower for t in between) + " "
        return any(f" {cue} " in said for cue in words(self.language).get("part_of_count", []))

    def dead_uncached(self, k: int) -> list[Quantity]:
        spans = self.spans(k, "fatalities")
        if spans:
            # the reader's span still needs a death beside it: "a population of 2,500", "wounded seven"
            near = self.doc.layer_index("quantities").overlapping(min(s for s, _ in spans), max(e for _, e in spans))
            return [q for q in near if any(q.start < e and s < q.end for s, e in spans)
                    and (q.unit == "death" or self.near_death_word(q))]
        persons = set(acled()["person_units"])
        return [q for q in self.sentence_quantities()
                if q.unit == "death" or (q.unit in persons and self.near_death_word(q))]

    def fatalities(self, k: int, trig: Trigger) -> int | None:
        return sum(int(q.value) for q in self.dead(k)) or None

    def near_death_word(self, q: Quantity) -> bool:
        """The word about death or wounds nearest to the count decides which it is."""
        lex = words(self.language)
        deaths, hurt = set(lex.get("death_words", [])), set(lex.get("wound_words", []))
        # the 8 nearest words are among the 8 before the count and the 8 after it
        toks = self.doc.words(self.sent.start, q.start)[-8:] + self.doc.words(q.end, self.sent.end)[:8]
        close = sorted(toks, key=lambda t: max(q.start - t.end, t.start - q.end))[:8]
        for t in close:
            if t.lower in deaths or t.lemma in deaths:
                return True
            if t.lower in hurt or t.lemma in hurt:
                return False
        return False

    def counts(self, k: int, trig: Trigger, rec: dict) -> list[Quantity]:
        """Counts other than the dead (drones, missiles, km, the wounded): the reader's quantity
        spans, else the sentence's counts nearest to this trigger. A stretch of time is a count
        only for what lasts (a 30-day ceasefire); inside a time expression it is the date's."""
        spans = self.spans(k, "quantity")
        dead = {(q.start, q.end) for n in range(len(self.reading.triggers)) for q in self.dead(n)}
        triggers = self.reading.triggers
        picked = [
            q for q in self.sentence_quantities()
            if (q.start, q.end) not in dead and not self.in_time(q)
            and (q.unit not in TIME_UNITS or rec.get("duration"))
            and (any(q.start < e and s < q.end for s, e in spans) if spans
                 else min(range(len(triggers)), key=lambda n: gap(triggers[n], q)) == k)
        ]
        return [Quantity(q.start, q.end, q.text, q.value, q.unit, q.qualifier) for q in picked]

    def in_time(self, q: Quantity) -> bool:
        return any(t.start <= q.start and q.end <= t.end
                   for t in self.doc.layer_index("timexes").overlapping(q.start, max(q.end, q.start + 1)))

    def by_weapon(self, sub: str, counts: list[Quantity]) -> list[tuple[str, list[Quantity]]]:
        """A strike's sub-type is its weapon's (ACLED): «500 droni e 24 missili» is an air/drone
        strike and a missile attack, each with its own count."""
        if event_type_of(sub) != "Explosions/Remote violence":
            return [(sub, counts)]
        weapons = acled()["weapon_units"]
        subs = list(dict.fromkeys(weapons[q.unit] for q in counts if q.unit in weapons))
        if not subs:
            return [(sub, counts)]
        rest = [q for q in counts if q.unit not in weapons]
        return [(s, [q for q in counts if weapons.get(q.unit) == s] + (rest if n == 0 else []))
                for n, s in enumerate(subs)]


def event_type_of(sub_event_type: str) -> str | None:
    return next((t for t, subs in acled()["types"].items() if sub_event_type in subs), None)


def gap(trig: Trigger, q: Quantity) -> int:
    return max(trig.start - q.end, q.start - trig.end, 0)
