"""The quantities stage: counted things, with their unit and qualifier.

«oltre 500 droni» → 500 drone more_than; «due dozzine di missili» → 24 missile
about; «l'86 %» → 86 percent; «120.160 soldati» and "120,160 soldiers" → 120160
soldier; «1,2 milioni» and "1.2 million" → 1200000; «sette attacchi» → 7 attack.

Unit nouns, qualifiers, multipliers and vague-number words come from
``lang/<code>/numbers.json``; number words are read by text2num on the word run
alone, so offsets stay in the original text. A quantity's span runs from its
qualifier (if any) to its unit noun (if any).

Not quantities: numbers inside a time expression (the time stage runs first:
«nelle ultime 24 ore», «dal 24 febbraio»), years, clock times, day numbers
before a month name, numbers glued to letters or hyphens (M777, S-300, Su-25,
24esima) and calibres («155 mm»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from text_to_num import alpha2digit

from .. import resources
from ..document import Document, Quantity, SpanIndex
from ._textscan import alternation, keyed, language_regions, pick_non_overlapping
from ._textscan import data_key as _norm

# Digits with any mix of . and , groupings; the value is decided in _parse_digits.
_DIGITS = re.compile(r"(?<![\w\-/.,:])\d+(?:[.,:\u00a0\u202f]\d+)*(?![\d/])")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
_PUNCT_STOP = re.compile(r"[,;:.!?()«»\"“”\[\]–—]")


@dataclass(frozen=True)
class _Numbers:
    """One language's numbers.json, compiled."""

    language: str
    units: dict[str, str]
    unit_after: re.Pattern[str]
    attached_unit: re.Pattern[str]
    calibre: frozenset[str]
    percent_after: re.Pattern[str]
    qualifier_before: re.Pattern[str]
    qualifiers: dict[str, str]
    multiplier_after: re.Pattern[str]
    multipliers: dict[str, float]
    counted_after: re.Pattern[str]
    counted: dict[str, float]
    vague: re.Pattern[str] | None
    vague_words: dict[str, dict[str, Any]]
    not_numbers: frozenset[str]
    connectors: frozenset[str]
    time_cue_before: re.Pattern[str] | None
    months: re.Pattern[str] | None
    wound: frozenset[str]
    death: frozenset[str]
    clause_end: re.Pattern[str]


@cache
def _numbers(language: str) -> _Numbers | None:
    data = resources.load(language, "numbers")
    if not data:
        return None
    units = keyed(data, "units")
    calibre = frozenset(_norm(c) for c in data.get("calibre_units", []))
    unit_words = alternation(list(units) + list(calibre))
    connectors = alternation(data.get("unit_connectors", []))
    gap = int(data.get("max_words_before_unit", 2))
    qualifiers = keyed(data, "qualifiers")
    multipliers = {k: float(v) for k, v in keyed(data, "multipliers").items()}
    counted = {k: float(v) for k, v in keyed(data, "counted_vague").items()}
    vague_words = keyed(data, "vague_numbers")
    time_cues = data.get("time_cues", [])
    joiners = alternation(data.get("clause_joiners", [])) or "(?!)"
    month_names = resources.load(language, "time").get("months", {})
    months = [m for m in month_names if len(m) > 3]
    return _Numbers(
        language=language,
        units=units,
        # The unit noun after the number: an optional «di»/"of", then at most
        # ``gap`` plain words («500 Russian drones»), then the noun; the lazy
        # repeat takes the nearest noun.
        unit_after=re.compile(
            rf"\s*(?:(?:{connectors})\s*)?(?:[^\W\d_]+\s+){{0,{gap}}}?(?P<unit>{unit_words})(?!\w)", re.IGNORECASE
        ),
        attached_unit=re.compile(rf"(?P<unit>{unit_words})(?!\w)", re.IGNORECASE),
        calibre=calibre,
        percent_after=re.compile(rf"\s*(?:{alternation(data.get('percent_words', ['%']))})(?!\w)", re.IGNORECASE),
        qualifier_before=re.compile(rf"(?<!\w)(?P<q>{alternation(qualifiers)})\s*$", re.IGNORECASE),
        qualifiers=qualifiers,
        multiplier_after=re.compile(rf"\s*(?:di\s+|of\s+)?(?P<m>{alternation(multipliers)})(?!\w)", re.IGNORECASE),
        multipliers=multipliers,
        counted_after=re.compile(rf"\s*(?P<c>{alternation(counted)})(?!\w)", re.IGNORECASE),
        counted=counted,
        vague=re.compile(rf"(?<!\w)(?:{alternation(vague_words)})(?!\w)", re.IGNORECASE) if vague_words else None,
        vague_words=vague_words,
        not_numbers=frozenset(_norm(w) for w in data.get("not_number_words", [])),
        connectors=frozenset(_norm(w) for w in data.get("number_word_connectors", [])),
        time_cue_before=(re.compile(rf"(?<!\w)(?:{alternation(time_cues)})\s*$", re.IGNORECASE) if time_cues else None),
        months=re.compile(rf"\s*(?:{alternation(months)})(?!\w)", re.IGNORECASE) if months else None,
        wound=frozenset(_norm(w) for w in data.get("wound_words", [])),
        death=frozenset(_norm(w) for w in data.get("death_words", [])),
        clause_end=re.compile(rf"[,;:.!?()«»\"“”\[\]–—]|(?<!\w)(?:{joiners})(?!\w)", re.IGNORECASE),
    )


def _parse_digits(raw: str, multiplier_follows: bool) -> float | None:
    """A digit string with Italian or English separators as a number.

    Both . and , present: the last one is the decimal mark. One kind, several
    times: thousands. One kind, once: thousands when exactly three digits follow
    (120.160, 120,160) unless a multiplier follows (1.200 milioni is rare,
    1,2 milioni and 1.2 million are not); otherwise a decimal mark.
    """
    raw = raw.replace("\u00a0", "").replace("\u202f", "")
    seps = [c for c in raw if c in ".,"]
    if not seps:
        return float(raw)
    if len(set(seps)) == 2:
        decimal = raw[max(raw.rfind("."), raw.rfind(","))]
        thousands = "," if decimal == "." else "."
        return float(raw.replace(thousands, "").replace(decimal, "."))
    sep = seps[0]
    if len(seps) > 1:
        return float(raw.replace(sep, ""))
    head, tail = raw.split(sep)
    if len(tail) == 3 and not multiplier_follows and head != "0":
        return float(head + tail)
    return float(head + "." + tail)


@lru_cache(maxsize=4096)
def _word_value(word: str, language: str) -> int | None:
    """The value of a single number word («sette», "twenty-five"), else None."""
    try:
        out = alpha2digit(word, language, threshold=0)
    except Exception:  # text2num raises on languages it lacks
        return None
    return int(out) if out.isdecimal() else None


def _run_value(text: str, language: str) -> int | None:
    """The value of a run of number words («duecento cinquanta»), when text2num
    reads it as one number."""
    try:
        out = alpha2digit(text, language, threshold=0).strip()
    except Exception:
        return None
    return int(out) if out.isdecimal() else None


def _number_candidates(doc: Document, nums: _Numbers, start: int, end: int):
    """(start, end, value, default qualifier, preset unit) for every number in [start, end)."""
    text = doc.text
    for m in _DIGITS.finditer(text, start, end):
        raw = m.group(0).rstrip(".,")
        s, e = m.start(), m.start() + len(raw)
        if e < len(text) and text[e].isalpha():
            # glued letters: a unit («100km») or a name/ordinal (24esima, 3rd, 155mm)
            a = nums.attached_unit.match(text, e)
            if not a or _norm(a.group("unit")) in nums.calibre:
                continue
        yield s, e, raw, None, "digits"
    # runs of number words
    words = [(w.start(), w.end(), w.group(0)) for w in _WORD.finditer(text, start, end)]
    i = 0
    while i < len(words):
        ws, we, w = words[i]
        key = _norm(w)
        if (
            key in nums.not_numbers
            or key in nums.vague_words
            or key in nums.counted
            or _word_value(key, nums.language) is None
        ):
            i += 1
            continue
        j = i
        while j + 1 < len(words):
            ns, ne, nw = words[j + 1]
            between = text[words[j][1] : ns]
            nkey = _norm(nw)
            if between.strip(" -") == "" and _word_value(nkey, nums.language) is not None:
                j += 1
            elif (
                between.strip() == ""
                and nkey in nums.connectors
                and j + 2 < len(words)
                and text[ne : words[j + 2][0]].strip() == ""
                and _word_value(_norm(words[j + 2][2]), nums.language) is not None
            ):
                j += 2
            else:
                break
        run_start, run_end = words[i][0], words[j][1]
        value = _run_value(text[run_start:run_end], nums.language)
        if value is not None:
            yield run_start, run_end, float(value), None, "words"
        else:  # text2num read several numbers: take the words one by one
            for k in range(i, j + 1):
                v = _word_value(_norm(words[k][2]), nums.language)
                if v is not None and _norm(words[k][2]) not in nums.not_numbers:
                    yield words[k][0], words[k][1], float(v), None, "words"
        i = j + 1


def _inside(spans: SpanIndex, s: int, e: int) -> bool:
    return spans.overlaps(s, e)


def _unit_and_end(text: str, nums: _Numbers, pos: int, end: int) -> tuple[str | None, int, bool]:
    """(unit, end of the quantity, is a calibre) for the text from ``pos``."""
    p = nums.percent_after.match(text, pos, end)
    if p:
        return "percent", p.end(), False
    u = nums.unit_after.match(text, pos, end)
    if u and not _PUNCT_STOP.search(text, pos, u.start("unit")):
        key = _norm(u.group("unit"))
        if key in nums.calibre:
            return None, u.end(), True
        return nums.units.get(key), u.end(), False
    return None, pos, False


def _qualified(text: str, nums: _Numbers, start: int, s: int, qualifier: str) -> tuple[str, int]:
    """(qualifier, start) of a quantity at ``s``: a qualifier word just before it («circa», "at least")
    wins over ``qualifier`` and the quantity starts there."""
    before = text[max(start, s - 40) : s]
    qm = nums.qualifier_before.search(before)
    if qm:
        return nums.qualifiers[_norm(qm.group("q"))], s - (len(before) - qm.start("q"))
    return qualifier, s


def _digits_value(text: str, nums: _Numbers, start: int, s: int, raw: str, multiplied: bool) -> float | None:
    """The value of a number written in digits, or None when it is a clock time, a score or «alle 10»."""
    if ":" in raw:
        return None  # a clock time or a score, never a count
    before = text[max(start, s - 40) : s]
    timed = bool(nums.time_cue_before and nums.time_cue_before.search(before))
    if _CLOCK.fullmatch(raw) and timed:
        return None
    if raw.isdecimal() and int(raw) <= 24 and timed and nums.language == "it":  # «alle 10», «ore 18»
        return None
    return _parse_digits(raw, multiplied)


def _number_quantity(doc: Document, nums: _Numbers, start: int, end: int, s: int, e: int, raw, how: str):
    """(start, end, (value, unit, qualifier)) for one number candidate, or None when it counts nothing."""
    text = doc.text
    mult = nums.multiplier_after.match(text, e, end)
    value = _digits_value(text, nums, start, s, raw, bool(mult)) if how == "digits" else float(raw)
    if value is None or (nums.months and nums.months.match(text, e, end)):
        return None  # the month after it: a day number the time stage left alone («il 3 luglio» in a title)
    qualifier, q_end = "exact", e
    if mult:
        value *= nums.multipliers[_norm(mult.group("m"))]
        q_end = mult.end()
    counted = nums.counted_after.match(text, q_end, end)
    if counted:  # «due dozzine», "two dozen"
        value *= nums.counted[_norm(counted.group("c"))]
        qualifier, q_end = "about", counted.end()
    unit, u_end, calibre = _unit_and_end(text, nums, q_end, end)
    if calibre or (unit is None and (how == "words" or _YEAR.fullmatch(str(raw)))):
        return None  # a calibre, a bare year, or a number word counting nothing («i due leader»)
    qualifier, q_start = _qualified(text, nums, start, s, qualifier)
    return q_start, max(u_end, q_end), (value, unit, qualifier)


def _vague_quantity(doc: Document, nums: _Numbers, start: int, end: int, m: re.Match[str]):
    """(start, end, (value, unit, qualifier)) for a vague word («decine», "dozens"), or None."""
    spec = nums.vague_words[_norm(m.group(0))]
    unit, q_end = spec.get("unit"), m.end()
    if unit is None:
        unit, q_end, calibre = _unit_and_end(doc.text, nums, m.end(), end)
        if calibre or unit is None:
            return None  # «decine» alone counts nothing we know
    qualifier, q_start = _qualified(doc.text, nums, start, m.start(), spec.get("qualifier", "exact"))
    return q_start, q_end, (float(spec["value"]), unit, qualifier)


def _quantities_in(doc: Document, nums: _Numbers, start: int, end: int, timex_spans: SpanIndex):
    found: list[tuple[int, int, object]] = []
    for s, e, raw, _, how in _number_candidates(doc, nums, start, end):
        if not (doc.is_noise(s, e) or _inside(timex_spans, s, e)):
            found.append(_number_quantity(doc, nums, start, end, s, e, raw, how))
    for m in nums.vague.finditer(doc.text, start, end) if nums.vague else ():
        if not (doc.is_noise(m.start(), m.end()) or _inside(timex_spans, m.start(), m.end())):
            found.append(_vague_quantity(doc, nums, start, end, m))
    return [q for q in found if q is not None]


UNIT_OUTCOMES = {"death": "dead", "injured": "injured"}


def _outcome(text: str, nums: _Numbers, start: int, end: int, unit: str | None) -> str | None:
    """What befell the people counted, as the text says it: the quantity's own unit ("two
    dead"), else a wound or death word in its clause ("nine people were killed", «30
    persone sono rimaste ferite») or right before it ("injuring five civilians", «uccidendo
    3 persone»). Wounds are looked for first: "killed or injured" counts no dead."""
    if unit in UNIT_OUTCOMES:
        return UNIT_OUTCOMES[unit]
    after = text[end:end + 60]
    stop = nums.clause_end.search(after)
    clause = _norm(after[: stop.start()] if stop else after)
    window = text[max(0, start - 25):start]
    cut = [m.end() for m in nums.clause_end.finditer(window)]
    # the two words before it, within its clause ("injuring 12 people", not "killed two and 5 …")
    before = _norm(" ".join(_WORD.findall(window[cut[-1] if cut else 0:])[-2:]))
    for words, outcome in ((nums.wound, "injured"), (nums.death, "dead")):
        for w in words:
            pattern = rf"(?<!\w){re.escape(w)}(?!\w)"
            if re.search(pattern, clause) or re.search(pattern, before):
                return outcome
    return None


class Quantities:
    """Finds counted quantities; writes ``doc.quantities``."""

    name = "quantities"
    requires = ("noise", "paragraphs", "timexes")
    assigns = ("quantities",)

    def __init__(self, **options: object) -> None:
        self.options = options

    def __call__(self, doc: Document) -> None:
        timex_spans = SpanIndex(doc.timexes)
        candidates: list[tuple[int, int, object]] = []
        for start, end, language in language_regions(doc, "numbers"):
            nums = _numbers(language)
            if nums is not None:
                candidates.extend(_quantities_in(doc, nums, start, end, timex_spans))
        people = set(resources.load_shared("acled")["person_units"])
        for start, end, payload in pick_non_overlapping(candidates):
            value, unit, qualifier = payload  # type: ignore[misc]
            nums = _numbers(doc.language_or_default(start)) or _numbers("en")
            outcome = _outcome(doc.text, nums, start, end, unit) if nums and unit in people | set(UNIT_OUTCOMES) \
                else None
            if outcome == "injured" and unit in people:
                unit = "injured"  # "15 soldiers were injured": wounded, never counted among the dead
            doc.quantities.append(Quantity(start=start, end=end, text=doc.text[start:end], value=value, unit=unit,
                                           qualifier=qualifier, outcome=outcome))
