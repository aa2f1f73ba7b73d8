"""The region a text puts a place in: "Rubizhne, Kharkiv region", "Kharkiv's Rubizhne".

Front-line villages share names across oblasts (there are Novoselivkas in
most of them, a Rubizhne in Luhansk and in Kharkiv oblast), and reports say
which one by naming the region right after or before the village:

- after, with a kind word: "Rubizhne, Kharkiv region", "Rubizhne in Kharkiv
  oblast", "Novoselivka (Kupiansk raion)", «Rubizhne, nella regione di
  Kharkiv», «Rubizhne nell'oblast di Kharkiv»;
- after, bare, as wire copy writes it: "Rubizhne, Kharkiv," — only when the
  name after the comma is a region and no list goes on after it
  ("Kherson, Zaporizhzhia and Donetsk" is a list, not Kherson inside
  Zaporizhzhia);
- before, as a possessive: "Kharkiv's Rubizhne".

The words come from ``lang/<code>/places.json`` (``cue_words_before``,
``cue_words_after``, ``connectors``, ``articles``, ``container_links``,
``possessive``, ``list_joiners``); this module only reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .finder import wording

_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'\-]*\w(?:\s+[A-ZÀ-ÖØ-Þ][\w’'\-]*\w)?"


@dataclass(frozen=True)
class Container:
    """A region named as holding a place: its name, the precision its kind word asks
    for (``None`` when the text gives no kind word) and where the name is."""

    name: str
    precision: str | None
    start: int
    end: int


def _alt(words: list[str] | dict) -> str:
    items = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) or "(?!)"


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]:
    w = wording(language)
    before = {k: v for k, v in w.get("cue_words_before", {}).items() if v in ("admin1", "admin2")}
    after = {k: v for k, v in w.get("cue_words_after", {}).items() if v in ("admin1", "admin2")}
    links = _alt(w.get("container_links", []))
    articles = _alt(w.get("articles", []))
    conn = _alt(w.get("connectors", []))
    lead = rf"\s*(?:,\s*|\(\s*|\s+)(?:(?:{links})(?:\s+|(?<=['’])))?(?:(?:{articles})(?:\s+|(?<=['’])))?"
    # «, nella regione di Kharkiv», "in the region of Kharkiv"
    cue_first = re.compile(rf"{lead}(?P<cue>{_alt(before)})\s+(?:(?:{conn})\s*)?(?P<name>{_NAME})", re.I)
    # ", Kharkiv region", "in Kharkiv oblast", «, Kharkiv oblast»
    name_first = re.compile(rf"{lead}(?P<name>{_NAME})\s+(?P<cue>{_alt(after)})(?!\w)", re.I)
    bare = re.compile(rf",\s*(?P<name>{_NAME})(?P<rest>\s*(?:[,.;:)]|$|\s+[a-z]))")
    possessive = w.get("possessive", [])
    poss = re.compile(rf"(?P<name>{_NAME})(?:{_alt(possessive)})\s+$") if possessive else None
    return cue_first, name_first, bare, poss


def _cue_kind(word: str, language: str) -> str:
    w = wording(language)
    low = re.sub(r"\s+", " ", word.lower())
    return w.get("cue_words_before", {}).get(low) or w.get("cue_words_after", {}).get(low) or "admin1"


def container_after(text: str, end: int, language: str) -> Container | None:
    """The region named right after a place ending at ``end``, if any."""
    cue_first, name_first, bare, _ = _patterns(language)
    window = text[end:end + 80]
    for pattern in (cue_first, name_first):
        m = pattern.match(window)
        if m and m.group("name")[:1].isupper():
            return Container(m.group("name"), _cue_kind(m.group("cue"), language),
                             end + m.start("name"), end + m.end("name"))
    m = bare.match(window)
    if m and not _list_goes_on(window[m.end("name"):], language):
        return Container(m.group("name"), None, end + m.start("name"), end + m.end("name"))
    return None


def container_before(text: str, start: int, language: str) -> Container | None:
    """"Kharkiv's Rubizhne": the region named as the owner of the place at ``start``."""
    poss = _patterns(language)[3]
    if poss is None:
        return None
    m = poss.search(text[max(0, start - 60):start])
    if not m:
        return None
    offset = max(0, start - 60)
    return Container(m.group("name"), None, offset + m.start("name"), offset + m.end("name"))


def _list_goes_on(rest: str, language: str) -> bool:
    """", Zaporizhzhia and Donetsk", ", Zaporizhzhia, Donetsk": the bare name is one of a list."""
    joiners = [j for j in wording(language).get("list_joiners", [",", "and"]) if j != ","]
    return bool(re.match(rf"\s*(?:,|(?:{_alt(joiners)})\s)\s*[A-ZÀ-ÖØ-Þ]", rest))
