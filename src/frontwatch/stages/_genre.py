"""Genre and discourse: which articles and sentences tell events at all.

News reports anchor what they tell: a source says it, a date near the
publication says when. Opinion and analysis pieces argue: the writer speaks in
the first person, asks questions, weighs, generalises («i russi si affidano
all'artiglieria»), recalls past wars and predicts. The events stage asks two
things of this module:

* ``ArticleGenre.of(doc)``: is the article as a whole an opinion/analysis piece?
  Then only sentences anchored like news (a named source and a date close to
  publication) may give events; predictions and threats give none.
* ``Discourse.sentence_reason(...)``: why a sentence tells no event at all —
  an opinion piece's argument, history (a year or an era long before the
  article), a generic statement; ``Discourse.trigger_reason(...)``: a trigger
  asked about or framed as a commentator's view. Capabilities, background
  clauses and the like are the event reader's to learn.

All cues are per-language data (lang/<code>/genre.json); this code only counts
and compares them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from .. import resources
from ..document import Document, Sentence, Span, SpanIndex
from ..tokens import Pattern, Token, compile_patterns, contains, find_all, match_at, tokenize
from ._sources import attribution_patterns

YEAR = re.compile(r"(?<![\d.,])(1[5-9]\d\d|20\d\d)(?![\d.,]\d)")
HISTORY_YEARS = 5  # a year this far before the article is history, not news
RECENT_DAYS = 120  # a date this close to the article anchors a sentence in the present story
ANCHOR_DAYS = 14  # in an opinion piece only a date this close counts as a news peg
QUESTION_BREAKS = '.!?;:«»“”"\n'


@cache
def cues(language: str) -> dict:
    data = resources.load(language, "genre") or {}

    def patterns(key: str) -> list[Pattern]:
        return compile_patterns(tuple(data.get(key, [])))

    return {
        "labels": patterns("labels"),
        "disclaimers": [d.lower() for d in data.get("disclaimers", [])],
        "first_person": patterns("first_person"),
        "evaluative": patterns("evaluative"),
        "commentators": set(data.get("commentators", [])),
        "generic": patterns("generic"),
        "eras": patterns("eras"),
        "attribution": attribution_patterns(language),
    }


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Stretches inside quotation marks: the words of people quoted, not the writer's."""
    spans = []
    for m in re.finditer(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"", text):
        spans.append((m.start(), m.end()))
    return spans


def has(patterns: list[Pattern], toks: list[Token]) -> bool:
    # the first match found is one ``find_all`` keeps (it drops only what overlaps a kept one)
    return bool(patterns) and contains(patterns, toks)


def day(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def reference_date(doc: Document) -> date | None:
    """The publication date, else the latest date the article gives."""
    pub = day(doc.published)
    if pub is not None:
        return pub
    dates = [d for t in doc.timexes if (d := day(t.end_value or t.value)) is not None]
    return max(dates) if dates else None


@dataclass
class ArticleGenre:
    opinion: bool
    opinion_points: float
    news_points: float
    reasons: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, doc: Document) -> ArticleGenre:
        language = doc.language or "en"
        lex = cues(language)
        text = doc.text
        quotes = quoted_spans(text)
        ref = reference_date(doc)
        opinion = news = 0.0
        reasons: list[str] = []
        head = doc.title or text[: max(0, text.find("\n"))] or text[:80]
        head_toks = tokenize(head, 0, len(head), language)[:3]
        if any(match_at(p, head_toks, 0) is not None for p in lex["labels"]) if head_toks else False:
            opinion += 3
            reasons.append("label")
        low = text.lower()
        if any(d in low for d in lex["disclaimers"]):
            opinion += 3
            reasons.append("disclaimer")
        if doc.published_source == "dateline":
            news += 2
        quoted = SpanIndex([Span(a, b) for a, b in quotes])
        for sent in doc.sentences:
            if doc.is_noise(sent.start, sent.end):
                continue
            lang = doc.language_at(sent.start) or language
            lx = cues(lang)
            words = doc.words(sent.start, sent.end)
            toks = [t for t in words if not quoted.overlaps(t.start, t.start + 1)]
            if not toks:
                continue
            if has(lx["first_person"], toks):
                opinion += 1
            own = text[sent.start : sent.end].rstrip()
            if own.endswith("?") and not quoted.overlaps(len(own) - 1 + sent.start, len(own) + sent.start):
                opinion += 1
            opinion += min(1.0, 0.5 * len(find_all(lx["evaluative"], toks)))
            if has(lx["generic"], toks):
                opinion += 0.5
            if any(t.lower in lx["commentators"] for t in toks):
                opinion += 0.5
            if has(lx["attribution"], words):
                news += 1
            if ref is not None and any(
                t.precision in ("day", "week")
                and (d := day(t.end_value or t.value)) is not None
                and abs((ref - d).days) <= ANCHOR_DAYS
                for t in doc.within("timexes", sent.start, sent.end)
            ):
                news += 1
        labelled = "label" in reasons or "disclaimer" in reasons
        verdict = (labelled and opinion >= 1.5 * news) or (opinion >= 4 and opinion >= 2 * news)
        return cls(verdict, opinion, news, reasons)


class Discourse:
    """Sentence-level reasons for a sentence to tell no event."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.genre = ArticleGenre.of(doc)
        self.reference = reference_date(doc)
        self.counts = SpanIndex([q for q in doc.quantities if q.unit is not None])

    def sentence_reason(self, sent: Sentence, toks: list[Token], language: str) -> str | None:
        """A reason that holds for every trigger in the sentence."""
        lex = cues(language)
        recent = self.recent_date(sent)
        if self.genre.opinion and not (recent and has(lex["attribution"], toks)):
            return "opinion"
        if recent:
            return None  # a date in the present story: history and generic cues are asides
        if self.historical_year(sent) or has(lex["eras"], toks):
            return "history"
        if has(lex["generic"], toks) and not self.doc.within("timexes", sent.start, sent.end):
            return "generic"
        return None

    def recent_date(self, sent: Sentence) -> bool:
        if self.reference is None:
            return False
        for t in self.doc.within("timexes", sent.start, sent.end):
            if t.precision in ("day", "week", "month"):
                d = day(t.end_value or t.value)
                if d is not None and abs((self.reference - d).days) <= RECENT_DAYS:
                    return True
        return False

    def historical_year(self, sent: Sentence) -> bool:
        """An explicit year at least HISTORY_YEARS before the article («nel 1962», "in 1968")."""
        if self.reference is None:
            return False
        text = self.doc.text
        for m in YEAR.finditer(text, sent.start, sent.end):
            year = int(m.group(1))
            counted = self.counts.overlaps(m.start(), m.start() + 1)  # "1500 soldiers" is a count, not a year
            if not counted and year <= self.reference.year - HISTORY_YEARS:
                return True
        return False

    def trigger_reason(self, sent: Sentence, offset: int, language: str) -> str | None:
        """Why a trigger at ``offset`` tells no event whatever the reader thought: it is asked
        about («Chi ha bombardato Kharkiv?»), or a commentator's view frames it ("analysts say")."""
        if self.in_question(sent, offset):
            return "question"
        clause = max([sent.start] + [self.doc.text.rfind(b, sent.start, offset) + 1 for b in ",;:"])
        if any(t.lower in cues(language)["commentators"] for t in self.doc.words(clause, offset)):
            return "commentary"
        return None

    def in_question(self, sent: Sentence, offset: int) -> bool:
        """The trigger sits in a stretch that ends with a question mark («Chi fermerà…?»)."""
        text = self.doc.text
        # a question mark that ends something; "??" before a word is a lost character, not a question
        m = re.compile(r"\?(?![\w?])").search(text, offset, sent.end)
        if m is None or text[max(offset, m.start() - 1)] == "?":
            return False
        return not any(text[k] in QUESTION_BREAKS for k in range(offset, m.start()))
