"""Sentence spans, rule-based, for Italian and English news.

A sentence ends at . ! ? or … followed by space and a capital, digit or
opening quote, unless the word before the period is an abbreviation (per-
language data) or a single initial ("V. Putin"). Closing quotes after the
stop belong to the sentence. A line break always ends a sentence: scraped
news puts headlines, datelines and paragraphs on lines of their own. A
quotation that opens with « or “ keeps its sentences together until it
closes, so evidence spans never cut a quote in half. A "sentence" longer
than 5,000 characters (text without punctuation) is cut at spaces into
pieces of about that size.
"""

from __future__ import annotations

import re
from functools import cache

from .. import resources
from ..document import Document, Sentence
from ._textscan import bounded

_STOP = re.compile(r"[.!?…]+")
_OPEN_QUOTES = {"«": "»", "“": "”"}
_CLOSERS = "\"'»”’)]"
_STARTERS = re.compile(r"[\"'«“‘(\[]*[\w]", re.UNICODE)
_WORD_BEFORE = re.compile(r"([\w.]+)$", re.UNICODE)


@cache
def _abbreviations(language: str) -> frozenset[str]:
    return frozenset(a.casefold() for a in resources.load(language, "sentences").get("abbreviations", []))


def _is_abbreviation(text: str, stop: int, language: str) -> bool:
    m = _WORD_BEFORE.search(text, max(0, stop - 20), stop)
    if not m:
        return False
    word = m.group(1).rstrip(".").casefold()
    if len(word) == 1 and word.isalpha():  # an initial: "V. Putin", "J. Biden"
        return text[m.start()].isupper()
    return word in _abbreviations(language) or word in _abbreviations("en")


def split_line(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """Sentence spans within one line ``text[start:end]``."""
    spans: list[tuple[int, int]] = []
    sent_start = start
    depth: list[str] = []
    # where each closing quote last occurs on the line: "does it close after i?" in constant time
    last_close = {closer: text.rfind(closer, start, end) for closer in _OPEN_QUOTES.values()}
    i = start
    while i < end:
        ch = text[i]
        if ch in _OPEN_QUOTES:
            # only a quote that closes on this line holds sentences together
            if last_close[_OPEN_QUOTES[ch]] > i:
                depth.append(_OPEN_QUOTES[ch])
        elif depth and ch == depth[-1]:
            depth.pop()
            # «… decided.» Next sentence: a quote that closes on a stop ends the sentence too
            if not depth and i > start and text[i - 1] in ".!?…":
                j = i + 1
                while j < end and text[j] in _CLOSERS:
                    j += 1
                nxt = j
                while nxt < end and text[nxt] in " \t":
                    nxt += 1
                if nxt > j and nxt < end and text[nxt].isupper():
                    spans.append((sent_start, j))
                    sent_start = i = nxt
                    continue
        m = _STOP.match(text, i) if ch in ".!?…" else None
        if m and not depth:
            j = m.end()
            while j < end and text[j] in _CLOSERS:
                j += 1
            nxt = j
            while nxt < end and text[nxt] in " \t":
                nxt += 1
            boundary = nxt > j and nxt < end and _STARTERS.match(text, nxt) is not None
            boundary = boundary and (text[nxt].isupper() or not text[nxt].isalpha())
            if boundary and m.group() == "." and _is_abbreviation(text, m.start(), language):
                boundary = False
            if boundary:
                spans.append((sent_start, j))
                sent_start = nxt
                i = nxt
                continue
            i = j
            continue
        i += 1
    if sent_start < end and text[sent_start:end].strip():
        spans.append((sent_start, end))
    return spans


class Sentences:
    name = "sentences"
    requires = ("paragraphs",)
    assigns = ("sentences",)

    def __call__(self, doc: Document) -> None:
        doc.sentences = []
        for k, p in enumerate(doc.paragraphs):
            language = p.language or doc.language or "en"
            for s, e in bounded(doc.text, split_line(doc.text, p.start, p.end, language)):
                doc.sentences.append(Sentence(s, e, paragraph=k))
