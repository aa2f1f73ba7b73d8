"""A sentence-case view of headlines written in Title Case or in capitals.

"Russian Artillery Pounds Kharkiv, Three Killed" reads to a NER model as a row of names.
The models that tag the text (the reader's encoder, spaCy's English NER) read instead a
view of it in which such a sentence is written as prose: every dictionary word that is
not a known name is lower-cased, names stay capitalised ("Russian artillery pounds
Kharkiv, three killed"). The view has the same length as the text, character for
character, so every span found on it points to the original, which every output quotes.

A word keeps its capital when the dictionary (simplemma) does not know it, or when it is
a name the project knows: part of a known entity's name written in full ("General Staff",
data/entities.json), a demonym (lang/<code>/actors.json), a town of some size of a
country at war or its neighbours (the gazetteer). Short words in a line of capitals that
the dictionary does not know stay in capitals: they may be acronyms.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from . import resources
from .document import Document
from .lemmas import is_known

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
LEXICAL = 4  # letters: shorter words ("of", "in", "the") are left lower-case in Title Case too
MIN_TITLED = 2  # capitalised dictionary words a sentence needs to be read as Title Case
TOWN = 5000  # inhabitants: a gazetteer name this big is a name, whatever the dictionary says


def cased_text(doc: Document) -> str:
    """The document's text with its headline-cased sentences in sentence case (memoized)."""
    key = (len(doc.text), len(doc.sentences))
    cached = doc.__dict__.get("_cased")
    if cached is not None and cached[0] == key:
        return cached[1]
    text = doc.text
    spans = [(s.start, s.end) for s in doc.sentences] or [(0, len(text))]
    parts, last = [], 0
    for start, end in spans:
        language = doc.language_at(start) or doc.language or "en"
        parts.append(text[last:start])
        parts.append(sentence_case(text[start:end], language))
        last = end
    parts.append(text[last:])
    out = "".join(parts)
    doc.__dict__["_cased"] = (key, out)
    return out


def sentence_case(sentence: str, language: str) -> str:
    """``sentence`` as prose when it is written in Title Case or all in capitals, else itself."""
    words = [(m.start(), m.group()) for m in WORD.finditer(sentence)]
    if len(words) < 3:
        return sentence
    shouting = all(w.isupper() for _, w in words if len(w) > 1) and sum(len(w) >= LEXICAL for _, w in words) >= 3
    if not shouting and not titled(words[1:], language):
        return sentence
    chars = list(sentence)
    named = entity_words([w for _, w in words])
    for k, (at, w) in enumerate(words):
        if k in named:
            new = named[k]  # as the entity's name is spelt: "General Staff of the Armed Forces"
        else:
            new = recased(w, language, first=k == 0, shouting=shouting)
        chars[at : at + len(w)] = new if len(new) == len(w) else w  # offsets are sacred («ß».upper())
    return "".join(chars)


def entity_words(words: list[str]) -> dict[int, str]:
    """Word index -> its spelling in a known entity's name the words spell in full."""
    names, out = entity_names(), {}
    longest = max((n.count(" ") + 1 for n in names), default=0)
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 1, -1):
            spelt = names.get(" ".join(words[i : i + n]).lower())
            if spelt is not None and len(spelt) == n:
                out.update({i + k: w for k, w in enumerate(spelt)})
                i += n - 1
                break
        i += 1
    return out


def titled(words: list[tuple[int, str]], language: str) -> bool:
    """Every dictionary word of some length capitalised, and enough of them."""
    lexical = [w for _, w in words if len(w) >= LEXICAL and dictionary_word(w, language)
               and w.lower() not in entity_names()]
    # One lower-case common word settles it: prose. Asked first because is_name may look the
    # word up in the gazetteer, and in prose the first lower-case word usually decides.
    if any(not w[:1].isupper() and not is_name(w, language) for w in lexical):
        return False
    return sum(not is_name(w, language) for w in lexical) >= MIN_TITLED


def recased(word: str, language: str, first: bool, shouting: bool) -> str:
    if is_name(word, language) or not dictionary_word(word, language):
        if shouting and len(word) >= LEXICAL:
            return word[:1] + word[1:].lower()  # «DONETSK» → «Donetsk»; short capitals may be acronyms
        return word
    if first and shouting:
        return word[:1] + word[1:].lower()
    if first:
        return word[:1] + word[1:].lower()
    return word.lower()


@lru_cache(maxsize=65536)
def dictionary_word(word: str, language: str) -> bool:
    try:  # the dictionaries kept as tries: simplemma's own would be decoded in every process
        return is_known(word.lower(), language)
    except Exception:  # no dictionary for the language: nothing is recased
        return False


@lru_cache(maxsize=65536)
def is_name(word: str, language: str) -> bool:
    return word.lower() in demonyms(language) or town(word)


@cache
def entity_names() -> dict[str, tuple[str, ...]]:
    """The names of known entities (words joined by one space, lower-cased) -> their words as spelt."""
    out: dict[str, tuple[str, ...]] = {}
    for r in resources.load_shared("entities")["entities"]:
        for alias in [r.get("canonical", ""), *r.get("aliases", [])]:
            words = tuple(WORD.findall(alias))
            if words and any(w[:1].isupper() for w in words):
                out.setdefault(" ".join(words).lower(), words)
    return out


@cache
def demonyms(language: str) -> frozenset[str]:
    return frozenset(k.lower() for k in (resources.load(language, "actors") or {}).get("demonyms", {}))


def town(word: str) -> bool:
    try:
        from .geo.gazetteer import get_gazetteer

        found = get_gazetteer().candidates(word, loose=False)
    except Exception:  # no gazetteer: the dictionary alone decides
        return False
    return any(c.match == "main" and c.cc in war_countries()
               and (c.population >= TOWN or c.precision in ("country", "admin1")) for c in found)


@cache
def war_countries() -> frozenset[str]:
    return frozenset(cc for t in resources.theatres() for cc in (*t.countries, *t.neighbours))
