"""Language per paragraph and per article, offline (lingua).

Paragraphs are the text's lines. Short lines (headlines, bylines) are too
little evidence on their own, so they inherit the article's language; the
article's language is the one holding most letters.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import resources
from ..document import Document, Paragraph

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_NOT_LETTER = re.compile(r"[\W\d_]", re.UNICODE)  # every character is a letter or one of these


def letter_count(text: str) -> int:
    """How many letters (``_LETTER``) ``text`` holds: its length less the other characters
    (a paragraph has fewer of those than letters: a third of the work of counting letters)."""
    return len(text) - len(_NOT_LETTER.findall(text))


@lru_cache(maxsize=2)
def _detector(quick: bool):
    """lingua's detector over our languages; ``quick`` is its low-accuracy mode (trigrams only).

    The full models load when a text first needs them (the same answers; measured, 1.3 s
    less CPU before the first article and 100 MB less memory), and only a short text the
    quick mode reads as a language we do not serve ever needs them."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in resources.load_shared("languages")["detect"]]
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
    return (builder.with_low_accuracy_mode() if quick else builder).build()


@lru_cache(maxsize=4096)  # the same paragraph again (a report's standing notes, a byline) costs nothing
def detect(text: str, quick: bool = True) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when nothing can be told; ``quick``
    False asks the full models at once (a whole article too short to judge by paragraphs)."""
    letters = letter_count(text) if _LETTER.search(text) else 0
    if not letters:
        return None
    settings = resources.load_shared("languages")
    quick = quick and letters >= settings["min_paragraph_letters"]
    code = _code(_detector(True), text) if quick else None
    if code in settings["first_class"] or (code and letters >= settings["quick_letters"]):
        return code
    return _code(_detector(False), text)


def _code(detector, text: str) -> str | None:
    lang = detector.detect_language_of(text)
    return lang.iso_code_639_1.name.lower() if lang else None


def paragraphs(text: str) -> list[Paragraph]:
    out, offset = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            lead = len(body) - len(body.lstrip())
            out.append(Paragraph(offset + lead, offset + len(body.rstrip())))
        offset += len(line)
    return out


def _clean_text(doc: Document, start: int, end: int) -> str:
    """The paragraph with marked noise blanked out (same length, for the detector only)."""
    noise = doc.layer_index("noise").overlapping(start, end) if doc.noise else []
    if not noise:
        return doc.text[start:end]
    chars = list(doc.text[start:end])
    for n in noise:
        for i in range(max(n.start, start), min(n.end, end)):
            chars[i - start] = " "
    return "".join(chars)


class Language:
    name = "language"
    requires = ("noise",)
    assigns = ("paragraphs",)  # also fills the base field ``language`` when the metadata did not give it

    def __call__(self, doc: Document) -> None:
        min_letters = resources.load_shared("languages")["min_paragraph_letters"]
        doc.paragraphs = paragraphs(doc.text)
        letters: Counter[str] = Counter()
        for p in doc.paragraphs:
            body = _clean_text(doc, p.start, p.end)
            n = letter_count(body)
            if n >= min_letters:
                p.language = detect(body)
                if p.language:
                    letters[p.language] += n
        if doc.language is None:  # metadata wins when it names the language
            if letters:
                doc.language = letters.most_common(1)[0][0]
            else:
                doc.language = detect(_clean_text(doc, 0, len(doc.text)), quick=False)
        for p in doc.paragraphs:
            p.language = p.language or doc.language
