"""The attribution stage: who the article says an event comes from, and how sure.

``claimed_by`` is the source named by an attribution cue (lang/<code>/attribution.json):
«secondo X», «stando a fonti di X», «riporta X», "according to X" name it after
the cue; «X ha detto», "X said", «X: "…"» name it before (or after, in «"…",
ha scritto X»); a sentence inside a quotation takes the quotation's speaker;
«Lo ha reso noto X» attributes the sentence before. A person is preferred to
the body they speak for («il portavoce del Consiglio… John Kirby»).

``modality``: ``denied`` for denials, ``alleged`` for hedges and the Italian
conditional («avrebbe fornito»), ``planned`` for the future or a proposal,
``reported`` when a source is named, ``asserted`` otherwise.
"""

from __future__ import annotations

import re
from functools import cache

from .. import resources
from ..document import Document, Entity, Event, Sentence
from ._event_actors import actor_name, lang_data
from ._event_text import Token, compile_patterns, contains, find_all, match_at, tokenize

SPEECH_ACTS = {"Threat or accusation"}  # the speaker's words are the event itself


@cache
def cues(language: str) -> dict:
    data = resources.load(language, "attribution")
    if not data:
        return {}
    return {
        **data,
        "follows": compile_patterns(tuple(data.get("source_follows", []))),
        "speech": compile_patterns(tuple(data.get("speech_verbs", []))),
        "hedge": compile_patterns(tuple(data.get("hedges", []))),
        "deny": compile_patterns(tuple(data.get("denials", []))),
        "plan": compile_patterns(tuple(data.get("planned_cues", []))),
    }


class Attribution:
    name = "attribution"

    def __init__(self, **options: object) -> None:
        self.options = options

    def __call__(self, doc: Document) -> None:
        for event in doc.events:
            anchor = event.trigger.start if event.trigger else event.evidence.start
            sent = doc.sentence_at(anchor)
            if sent is None:
                continue
            language = doc.language_at(sent.start) or doc.language or "en"
            lex = cues(language)
            if not lex:
                continue
            reader = Reader(doc, sent, language, lex)
            source = reader.source(anchor)
            if source is None:
                # an event merged from several sentences: the first of them that names a source
                for other in doc.sentences:
                    if other is sent or not (event.evidence.start <= other.start < event.evidence.end):
                        continue
                    source = Reader(doc, other, language, lex).source(max(other.start, other.end - 2))
                    if source:
                        break
            if event.sub_event_type in SPEECH_ACTS:
                source = None
            event.claimed_by = source
            event.modality = reader.modality(event, source)


class Reader:
    def __init__(self, doc: Document, sent: Sentence, language: str, lex: dict) -> None:
        self.doc, self.sent, self.language, self.lex = doc, sent, language, lex
        self.toks = tokenize(doc.text, sent.start, sent.end, language)

    # -- claimed_by -----------------------------------------------------------
    def source(self, anchor: int) -> str | None:
        found = self.source_in(self.sent, self.toks, anchor)
        if found:
            return found
        quoted = self.quotation_speaker(anchor)
        if quoted:
            return quoted
        if self.opens_quote():
            # «ai russi non tocca che rispondere: "…"» — the next sentence names whose words they were
            nxt = self.neighbour(1)
            if nxt is not None:
                toks = tokenize(self.doc.text, nxt.start, nxt.end, self.language)
                for _, j, _ in find_all(self.lex["follows"], toks):
                    name = self.entity_after(toks[j - 1].end, nxt.end)
                    if name:
                        return name
        nxt = self.neighbour(1)
        if nxt is not None:
            toks = tokenize(self.doc.text, nxt.start, nxt.end, self.language)
            # «Lo stesso Stato maggiore ha annunciato…»: the same source told what came before
            for p in compile_patterns(tuple(self.lex.get("continuation_openers", []))):
                j = match_at(p, toks, 0)
                if j is not None:
                    name = self.entity_after(toks[j - 1].end, nxt.end)
                    if name:
                        return name
            opener = set(self.lex.get("anaphoric_openers", []))
            if (
                toks
                and toks[0].lower in opener
                and any(match_at(p, toks, k) is not None for k in range(min(4, len(toks))) for p in self.lex["speech"])
            ):
                return self.source_in(nxt, toks, nxt.start)
        return None

    def source_in(self, sent: Sentence, toks: list[Token], anchor: int) -> str | None:
        best: tuple[int, str] | None = None
        for i, j, _ in find_all(self.lex["follows"], toks):
            name = self.entity_after(toks[j - 1].end, sent.end)
            if name:
                d = abs(toks[i].start - anchor)
                best = min(best, (d, name)) if best else (d, name)
        for i, j, _ in find_all(self.lex["speech"], toks):
            start = toks[i].start
            name = self.speaker_before(sent, toks, i)
            if name:
                # "…, Ukrainian officials said": the short phrase right before the verb is the speaker
                d = abs(start - anchor)
                best = min(best, (d, name)) if best else (d, name)
                continue
            if anchor >= toks[j - 1].end:
                # the event is in what was said: the speaker is the subject before the verb
                name = self.entity_before(sent.start, start) or self.entity_after(toks[j - 1].end, anchor)
            else:
                # «"…", ha scritto lo stato maggiore»; «…, ha detto un ufficiale raggiunto dalla Cnn»
                name = self.entity_after(toks[j - 1].end, sent.end) or self.entity_before(sent.start, start)
            name = name or self.unnamed_source(sent, toks, i, j)
            if name:
                d = abs(start - anchor)
                best = min(best, (d, name)) if best else (d, name)
        return best[1] if best else None

    def speaker_before(self, sent: Sentence, toks: list[Token], i: int) -> str | None:
        """The subject of a speech verb when it stands alone between a clause break and the verb
        ("…, the General Staff said", "Ukrainian officials said Russia…"); None when that stretch
        is a whole clause rather than a short subject."""
        text = self.doc.text
        cut = max(text.rfind(b, sent.start, toks[i].start) for b in (",", ";", ":", '"', "”", "»", "“", "«"))
        chunk_start = cut + 1 if cut >= 0 else sent.start
        words = [t for t in toks[:i] if t.start >= chunk_start]
        if not words or len(words) > 6:
            return None
        found = self.sources(chunk_start, toks[i].start)
        if found:
            return self.name(found[-1])
        nouns = set(self.lex.get("source_nouns", []))
        heads = [t for t in words if t.lower in nouns]
        if not heads:
            return None
        return self.demonym_source(words, heads[-1]) or text[words[0].start : heads[-1].end]

    def unnamed_source(self, sent: Sentence, toks: list[Token], i: int, j: int) -> str | None:
        """ "…, regional officials said", «ha detto un ufficiale»: a source the article does not name."""
        nouns = set(self.lex.get("source_nouns", []))
        text = self.doc.text
        cut = max(text.rfind(b, sent.start, toks[i].start) for b in (",", ";", ":", '"', "”", "»"))
        before = [t for t in toks[:i] if t.start > cut][-4:]
        after = toks[j : j + 3]
        for phrase in (before, after):
            heads = [k for k, t in enumerate(phrase) if t.lower in nouns]
            if heads:
                words = phrase[: heads[0] + 1]
                # "Ukrainian officials said", «hanno detto i militari ucraini»: the demonym names
                # the side, so the claimant is that state's government or army, ACLED-style
                named = self.demonym_source(phrase[: heads[0] + 2], phrase[heads[0]])
                return named or text[words[0].start : words[-1].end]
        return None

    def demonym_source(self, words: list[Token], head: Token) -> str | None:
        data = lang_data(self.language)
        demonyms = data.get("demonyms", {})
        side = next((demonyms[t.lower] for t in words if t.lower in demonyms), None)
        if side is None:
            return None
        military = head.lower in set(data.get("military_heads", []))
        return actor_name(side, "military" if military else "government")

    def sources(self, start: int, end: int) -> list[Entity]:
        platforms = set(self.lex.get("platforms", []))  # «su Telegram» is where, not who
        return [
            e
            for e in self.doc.entities
            if start <= e.start
            and e.end <= end
            and e.label in ("PER", "ORG")
            and e.text.lower() not in platforms
            and (e.canonical or "").lower() not in platforms
        ]

    @staticmethod
    def name(e: Entity) -> str:
        return e.canonical or e.text

    def entity_after(self, start: int, end: int) -> str | None:
        stop = end
        for b in (";", ".", "«", "“", '"'):
            k = self.doc.text.find(b, start, end)
            if k >= 0:
                stop = min(stop, k)
        # «il ministero… guidato da Shoigu»: a relative or participle clause is not the source
        for w in self.lex.get("phrase_stops", []):
            m = re.search(rf"\b{re.escape(w)}\b", self.doc.text[start:stop], re.IGNORECASE)
            if m and m.start() > 0:
                stop = min(stop, start + m.start())
        # a noun phrase after the cue: up to its first comma, unless the comma is right away
        comma = self.doc.text.find(",", start + 2, stop)
        phrase_end = comma if comma >= 0 else stop
        found = self.sources(start, phrase_end) or self.sources(start, stop)
        if not found:
            return None
        people = [e for e in found if e.label == "PER"]
        return self.name(people[0] if people else found[0])

    def entity_before(self, start: int, end: int) -> str | None:
        found = self.sources(start, end)
        if not found:
            return None
        # the subject phrase: from the last clause break that is not an apposition
        people = [e for e in found if e.label == "PER"]
        last = found[-1]
        if people and last.label == "ORG" and last.start - people[-1].end < 80:
            return self.name(people[-1])  # «Gerasimov, capo dello staff generale della Russia, ha detto»
        return self.name(last)

    def neighbour(self, step: int) -> Sentence | None:
        sents = self.doc.sentences
        for k, s in enumerate(sents):
            if s.start == self.sent.start and 0 <= k + step < len(sents):
                return sents[k + step]
        return None

    def opens_quote(self) -> bool:
        text = self.doc.text[self.sent.start : self.sent.end]
        return any(o in text for o, _ in self.lex.get("quote_marks", []))

    def quotation_speaker(self, anchor: int) -> str | None:
        """A sentence inside a quotation spoken by someone named where it opens or closes."""
        text = self.doc.text
        for open_mark, close_mark in self.lex.get("quote_marks", []):
            para_start = text.rfind("\n", 0, anchor) + 1
            if open_mark == close_mark:
                # straight quotes: inside one when an odd number of them opened the paragraph so far
                if text.count(open_mark, para_start, anchor) % 2 == 0:
                    continue
                o = text.rfind(open_mark, para_start, anchor)
            else:
                o = text.rfind(open_mark, 0, anchor)
                if o < 0 or text.rfind(close_mark, o, anchor) >= 0:
                    continue  # no quotation, or it closed before the event
            para_start = text.rfind("\n", 0, o) + 1
            head = text[para_start:o]
            colon = head.rstrip().endswith(":")
            if colon or o - para_start < 200:
                name = self.entity_before(max(para_start, o - 200), o)
                if name:
                    return name
            close = text.find(close_mark, anchor)
            if close >= 0:
                tail_end = text.find("\n", close)
                tail_end = len(text) if tail_end < 0 else tail_end
                toks = tokenize(text, close, min(tail_end, close + 120), self.language)
                for _, j, _ in find_all(self.lex["speech"], toks):
                    name = self.entity_after(toks[j - 1].end, min(tail_end, close + 160))
                    if name:
                        return name
        return None

    # -- modality -------------------------------------------------------------
    def modality(self, event: Event, source: str | None) -> str:
        toks = self.toks
        if contains(self.lex["deny"], toks):
            return "denied"
        anchor = event.trigger.start if event.trigger else self.sent.start
        ti = next((k for k, t in enumerate(toks) if t.start >= anchor), len(toks))
        window = toks[max(0, ti - 3) : ti + 1]
        if self.hedged(window) or contains(self.lex["hedge"], toks):
            return "alleged"
        if self.planned(toks, ti):
            return "planned"
        return "reported" if source else "asserted"

    def hedged(self, window: list[Token]) -> bool:
        endings = tuple(self.lex.get("conditional_endings", []))
        return bool(endings) and any(t.lower.endswith(endings) and len(t.lower) > 6 for t in window)

    def planned(self, toks: list[Token], ti: int) -> bool:
        text = self.doc.text
        # the clause before the trigger, back to the last comma
        start = self.sent.start
        if ti < len(toks):
            k = text.rfind(",", self.sent.start, toks[ti].start)
            start = k if k >= 0 else self.sent.start
        clause = [t for t in toks[: ti + 1] if t.start >= start]
        endings = tuple(self.lex.get("future_endings", []))
        exceptions = set(self.lex.get("future_exceptions", []))
        if endings and any(
            t.lower.endswith(endings) and t.lower not in exceptions and len(t.lower) > 4 for t in clause
        ):
            return True
        blocklist = set(self.lex.get("planned_blocklist", []))
        for _, _, p in find_all(self.lex["plan"], clause):
            if p.source not in blocklist:
                return True
        return False
