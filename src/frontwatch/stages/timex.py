"""The time stage: temporal expressions, resolved against the publication date.

Every word it knows (months, weekdays, seasons, «ieri», "last night", future
cues…) and every expression shape (the templates «nelle ultime {num} {unit}»,
"{num} {unit} ago") lives in ``lang/<code>/time.json``; this module only knows
how to resolve each *type* of template. Matching is leftmost-longest over all
templates, so «dal 24 febbraio a oggi» is one interval, not a date plus «oggi».

What gets written (``doc.timexes``, one ``Timex`` per expression):
- ``value``: the day, or the first day of the period (week, month, season,
  year, interval); ``None`` when the expression is relative and the
  publication date is unknown.
- ``end_value``: the last day of the period or interval (the publication date
  for «nelle ultime due settimane», "over the past week", «dal 24 febbraio»);
  ``None`` for single days.
- ``precision``: day, week, month, season or year; ``kind``: "date" for a
  calendar day or period (a range of days, «dal 3 al 5 marzo», "March 3-5", is a
  period: its first and last day, a precision by its length), "interval" for a
  stretch ending at publication.

Weekdays and bare months point to the most recent such day or month on or
before publication, unless the sentence is about the future (a future cue
nearer to the expression than any past cue), then to the next one on or after.
Bare durations («30 giorni», «5 mesi») and «ora» are not dates: no template
matches them on their own.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from .. import resources
from ..document import Document, Timex
from ._manyscan import PatternSet
from ._textscan import (
    alternation,
    data_key,
    language_regions,
    pick_non_overlapping,
    sentence_bounds,
    template_regex,
)

_SEASON_START_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
# A day and month without a year that fall this many days after publication are
# the near future («entro il 15 settembre», days away), not eleven months ago.
_NEAR_FUTURE_DAYS = 10
# ...and those that fall this many days before it are the recent past, though the sentence also
# tells what is to come ("captured X on 17 March and will likely assault Y"): not next year.
_RECENT_PAST_DAYS = 60


@dataclass(frozen=True)
class _Lexicon:
    """One language's time.json, compiled."""

    patterns: tuple[tuple[dict[str, Any], re.Pattern[str]], ...]
    scan: PatternSet  # the patterns' regexes, scanned in one pass
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    units: dict[str, str]
    number_words: dict[str, int]
    relative_days: dict[str, int]
    numeric_order: str
    future_cues: re.Pattern[str] | None
    past_cues: re.Pattern[str] | None


def _norm(s: str) -> str:
    """The key form of data words (``data_key``), without a trailing dot."""
    return data_key(s).rstrip(".")


def _abbreviations(words: dict[str, Any]) -> set[str]:
    """Forms that are a shortening of a longer form with the same value («mar», "wed")."""
    return {w for w in words if any(o != w and o.startswith(w) and words[o] == words[w] for o in words)}


def _cue_regex(cues: dict[str, list[str]]) -> re.Pattern[str] | None:
    parts = []
    if cues.get("words"):
        parts.append(rf"(?<!\w)(?:{alternation(cues['words'])})(?!\w)")
    if cues.get("suffixes"):
        # a whole word of at least five letters ending in the suffix: «recherà», "attacked"
        parts.append(rf"(?<!\w)\w{{2,}}(?:{alternation(cues['suffixes'])})(?!\w)")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


@cache
def _lexicon(language: str) -> _Lexicon | None:
    data = resources.load(language, "time")
    if not data:
        return None
    months = {_norm(k): v for k, v in data.get("months", {}).items()}
    weekdays = {_norm(k): v for k, v in data.get("weekdays", {}).items()}
    seasons = {_norm(k): v for k, v in data.get("seasons", {}).items()}
    units = {_norm(k): v for k, v in data.get("units", {}).items()}
    number_words = {_norm(k): v for k, v in data.get("number_words", {}).items()}
    relative_days = {_norm(k): v for k, v in data.get("relative_days", {}).items()}
    month_abbr, weekday_abbr = _abbreviations(months), _abbreviations(weekdays)
    ordinal = alternation(data.get("ordinal_suffixes", []))
    ordinal = f"(?:{ordinal})?" if ordinal else ""

    def fills(with_day: bool) -> dict[str, str]:
        # Abbreviated months and weekdays («set», "sun", "wed") are ordinary
        # words too: only trust them right next to a day number.
        full_months = [m for m in months if m not in month_abbr]
        full_days = [d for d in weekdays if d not in weekday_abbr]
        month_alt = alternation(full_months)
        weekday_alt = alternation(full_days)
        if with_day:
            month_alt += rf"|(?:{alternation(month_abbr)})\.?" if month_abbr else ""
            weekday_alt += rf"|(?:{alternation(weekday_abbr)})\.?" if weekday_abbr else ""
        return {
            "day": rf"(?P<day>0?[1-9]|[12]\d|3[01]){ordinal}",
            "day2": rf"(?P<day2>0?[1-9]|[12]\d|3[01]){ordinal}",
            "month": rf"(?P<month>{month_alt})",
            "month2": rf"(?P<month2>{month_alt})",
            "year": r"(?P<year>(?:19|20)\d\d)(?!\d)",
            "weekday": rf"(?P<weekday>{weekday_alt})",
            "weekday2": rf"(?P<weekday2>{weekday_alt})",
            "season": rf"(?P<season>{alternation(seasons)})",
            "unit": rf"(?P<unit>{alternation(units)})",
            "num": rf"(?P<num>\d{{1,3}}|{alternation(number_words)})",
            "numdate": r"(?P<nd1>\d{1,2})(?P<sep>[./-])(?P<nd2>\d{1,2})(?P=sep)(?P<nd3>\d{4}|\d{2})(?![\d.]\d)",
        }

    patterns: list[tuple[dict[str, Any], re.Pattern[str]]] = []
    for spec in data.get("patterns", []):
        template = spec["match"]
        with_day = "{day}" in template or "{numdate}" in template
        patterns.append((spec, template_regex(template, fills(with_day))))
    if relative_days:
        patterns.append(
            ({"type": "relative_day"}, template_regex("{rel}", {"rel": f"(?:{alternation(relative_days)})"}))
        )
    return _Lexicon(
        patterns=tuple(patterns),
        scan=PatternSet([rx for _, rx in patterns]),
        months=months,
        weekdays=weekdays,
        seasons=seasons,
        units=units,
        number_words=number_words,
        relative_days=relative_days,
        numeric_order=data.get("numeric_order", "dmy"),
        future_cues=_cue_regex(data.get("future_cues", {})),
        past_cues=_cue_regex(data.get("past_cues", {})),
    )


# --- calendar arithmetic -------------------------------------------------------------------------


def _month_last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: date, n: int) -> date:
    """Same day ``n`` months later (or earlier), clipped to the month's end."""
    index = d.year * 12 + d.month - 1 + n
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _season_bounds(season: str, year: int) -> tuple[date, date]:
    """Meteorological seasons; a winter belongs to the year of its December."""
    start = date(year, _SEASON_START_MONTH[season], 1)
    return start, _add_months(start, 3) - timedelta(days=1)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _published(doc: Document) -> date | None:
    try:
        return date.fromisoformat((doc.published or "")[:10])
    except ValueError:
        return None


# --- tense around an expression -----------------------------------------------------------------


def _future_context(doc: Document, lex: _Lexicon, start: int, end: int) -> bool:
    """True when the sentence speaks of the future at this expression: a future
    cue («si recherà», "will") nearer to it than any past cue («ha detto», "was")."""
    return _tense(doc, lex, start, end) == "future"


def _tense(doc: Document, lex: _Lexicon, start: int, end: int) -> str | None:
    """"future" or "past" by the nearer cue of either kind in the sentence (a tie goes to
    the future: «ha detto che arriverà»), None when the sentence has neither."""
    s_start, s_end = sentence_bounds(doc, start)
    text = doc.text

    def gaps(rx: re.Pattern[str] | None, exclude: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
        found = []
        if rx is None:
            return found
        for m in rx.finditer(text, s_start, s_end):
            if m.start() < end and start < m.end():
                continue  # the expression's own words («prossimo») are handled by its template
            if any(m.start() < e and s < m.end() for s, e in exclude):
                continue
            gap = m.start() - end if m.start() >= end else start - m.end()
            found.append((gap, m.start(), m.end()))
        return found

    future = gaps(lex.future_cues, [])
    past = gaps(lex.past_cues, [(s, e) for _, s, e in future])
    if future and (not past or min(future)[0] <= min(past)[0]):
        return "future"
    return "past" if past else None


# --- resolution per template type --------------------------------------------------------------


def _number(lex: _Lexicon, raw: str | None, default: int | None) -> int | None:
    if raw is None:
        return default
    if raw.isdecimal():
        return int(raw)
    return lex.number_words.get(_norm(raw))


def _span_precision(unit: str, n: int) -> str:
    """The precision a period of ``n`` ``unit`` deserves («nelle ultime 24 ore» is a day)."""
    days = {"hour": n / 24, "day": n, "week": 7 * n, "fortnight": 14 * n, "month": 30 * n, "year": 365 * n}[unit]
    if days <= 2:
        return "day"
    if days <= 16:
        return "week"
    if days <= 366:
        return "month"
    return "year"


def _back(pub: date, n: int, unit: str) -> date:
    if unit == "hour":
        return pub - timedelta(days=-(-n // 24))
    if unit == "day":
        return pub - timedelta(days=n)
    if unit in ("week", "fortnight"):
        return pub - timedelta(days=n * (14 if unit == "fortnight" else 7))
    if unit == "month":
        return _add_months(pub, -n)
    return _add_months(pub, -12 * n)


def _ahead(pub: date, n: int, unit: str) -> date:
    if unit == "hour":
        return pub + timedelta(days=n // 24)  # «tra 12 ore» is still today or tomorrow: call it today
    if unit == "day":
        return pub + timedelta(days=n)
    if unit in ("week", "fortnight"):
        return pub + timedelta(days=n * (14 if unit == "fortnight" else 7))
    if unit == "month":
        return _add_months(pub, n)
    return _add_months(pub, 12 * n)


def _range(lex: _Lexicon, g: dict[str, Any], pub: date | None, direction) -> tuple | None:
    """«tra il 3 e il 5 marzo», "from March 28 to April 2": first and last day. Without a
    year, the range is placed like a single date: the latest one on or before publication
    unless the sentence is about the future (and the range is more than the recent past)."""
    month = lex.months.get(_norm(g.get("month") or ""))
    month2 = lex.months.get(_norm(g["month2"])) if g.get("month2") else month
    if month is None or month2 is None:
        return None
    day, day2 = int(g["day"]), int(g["day2"])
    if g.get("year"):
        year = int(g["year"])
    elif pub is None:
        return None, None, "day", "date"
    else:
        year = pub.year
    year2 = year + 1 if month2 < month else year  # «dal 28 dicembre al 3 gennaio»
    try:
        start, end = date(year, month, day), date(year2, month2, day2)
    except ValueError:
        return None
    if end <= start:
        return None  # «tra il 5 e il 3 marzo» is no range
    if not g.get("year") and pub is not None:
        future = direction() == "future" and end < pub and (pub - end).days > _RECENT_PAST_DAYS
        shift = -1 if direction() == "past" and start > pub else 1 if future else 0
        try:
            start, end = start.replace(year=start.year + shift), end.replace(year=end.year + shift)
        except ValueError:  # 29 February in the year before or after
            return None
    return start, end, _span_precision("day", (end - start).days + 1), "date"


def _weekday_date(pub: date, weekday: int, direction: str, explicit: bool) -> date:
    if direction == "future":
        ahead = (weekday - pub.weekday()) % 7
        return pub + timedelta(days=ahead or (7 if explicit else 0))
    behind = (pub.weekday() - weekday) % 7
    return pub - timedelta(days=behind or (7 if explicit else 0))


def _calendar_date(lex: _Lexicon, m: re.Match[str]) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) from a day-month(-year) or numeric match."""
    g = m.groupdict()
    if g.get("nd1"):
        a, b, y = int(g["nd1"]), int(g["nd2"]), int(g["nd3"])
        year = y + 2000 if y < 100 else y
        day, month = (a, b) if lex.numeric_order == "dmy" else (b, a)
        if month > 12 and day <= 12:  # the other order is the only valid one
            day, month = month, day
        return year, month, day
    if not g.get("day") or not g.get("month"):
        return None
    month = lex.months.get(_norm(g["month"]))
    if month is None:
        return None
    return (int(g["year"]) if g.get("year") else None), month, int(g["day"])


@dataclass(frozen=True)
class _Found:
    """One template match with what its resolver needs: the article, the language, the
    template's spec, the match and the publication date."""

    doc: Document
    lex: _Lexicon
    spec: dict[str, Any]
    m: re.Match[str]
    pub: date | None

    @property
    def g(self) -> dict[str, Any]:
        return self.m.groupdict()

    @property
    def explicit(self) -> bool:
        """The template itself says past or future («la scorsa», "next")."""
        return bool(self.spec.get("direction"))

    def direction(self) -> str:
        if self.spec.get("direction"):
            return self.spec["direction"]
        return "future" if _future_context(self.doc, self.lex, self.m.start(), self.m.end()) else "past"


# A resolver gives (value, end_value, precision, kind) for one match, or None to drop it.
Resolved = tuple[date | None, date | None, str, str] | None


def _calendar_day(f: _Found, ymd: tuple[int | None, int, int]) -> Resolved:
    """A day and month (a year or not): "5 March", «il 5 marzo 2022», 05/03; «dal 5 marzo»."""
    kind_of = f.spec["type"]
    year, month, day = ymd
    if year is None:
        if f.pub is None:
            return (None, None, "day", "date") if kind_of == "date" else None
        year = _year_of(f, month, day)
        if year is None:
            return None
    try:
        start = date(year, month, day)
    except ValueError:
        return None
    if kind_of == "date":
        return start, None, "day", "date"
    return start, f.pub, "day", "interval"


def _year_of(f: _Found, month: int, day: int) -> int | None:
    """The year of a day and month told without one: the latest on or before publication (or just
    after it: the near future), the next one when the sentence is about the future and the day
    would otherwise lie more than the recent past before publication."""
    assert f.pub is not None
    try:
        candidate = date(f.pub.year, month, day)
    except ValueError:
        return None
    if f.spec["type"] == "since" or f.direction() == "past":
        ahead = (candidate - f.pub).days
        if ahead > 0 and not (f.spec["type"] == "date" and ahead <= _NEAR_FUTURE_DAYS):
            return f.pub.year - 1
    elif candidate < f.pub and (f.pub - candidate).days > _RECENT_PAST_DAYS:
        return f.pub.year + 1
    return f.pub.year


def _on_calendar(f: _Found) -> Resolved:
    """A calendar day, or for «dal …»/"since …" a month or year the interval starts from."""
    ymd = _calendar_date(f.lex, f.m)
    if ymd is not None:
        return _calendar_day(f, ymd)
    g = f.g
    month = f.lex.months.get(_norm(g["month"])) if g.get("month") else None
    if f.spec["type"] == "since" and g.get("year"):
        start = date(int(g["year"]), month or 1, 1)
        return start, f.pub, ("month" if month else "year"), "interval"
    if f.spec["type"] == "since" and month and f.pub is not None:  # «da febbraio»: the latest February
        start = date(f.pub.year if month <= f.pub.month else f.pub.year - 1, month, 1)
        return start, f.pub, "month", "interval"
    return None


def _month_year(f: _Found) -> Resolved:
    month = f.lex.months[_norm(f.g["month"])]
    start = date(int(f.g["year"]), month, 1)
    return start, _month_last_day(start.year, month), "month", "date"


def _whole_year(f: _Found) -> Resolved:
    year = int(f.g["year"])
    return date(year, 1, 1), date(year, 12, 31), "year", "date"


def _relative_day(f: _Found) -> Resolved:
    """«ieri», "the day before yesterday": a day counted from publication."""
    offset = f.lex.relative_days.get(_norm(f.m.group(0)))
    if offset is None:
        return None
    return (f.pub + timedelta(days=offset) if f.pub else None), None, "day", "date"


def _weekday(f: _Found) -> Resolved:
    name = f.g.get("weekday2") or f.g.get("weekday")
    weekday = f.lex.weekdays.get(_norm(name or ""))
    if weekday is None:
        return None
    if f.pub is None:
        return None, None, "day", "date"
    return _weekday_date(f.pub, weekday, f.direction(), f.explicit), None, "day", "date"


def _bare_month(f: _Found) -> Resolved:
    """«a marzo», "in March": the latest March, or the next when the sentence is about the future."""
    pub, month = f.pub, f.lex.months[_norm(f.g["month"])]
    assert pub is not None
    if f.direction() == "future":
        year = pub.year if (month > pub.month or (month == pub.month and not f.explicit)) else pub.year + 1
    else:
        year = pub.year if (month < pub.month or (month == pub.month and not f.explicit)) else pub.year - 1
    return date(year, month, 1), _month_last_day(year, month), "month", "date"


def _unit_offset(f: _Found) -> Resolved:
    """«ieri», «la settimana scorsa», "next month": the calendar unit ``offset`` units from publication."""
    pub, unit, offset = f.pub, f.lex.units.get(_norm(f.g["unit"])), int(f.spec.get("offset", 0))
    assert pub is not None
    if unit == "day":
        return pub + timedelta(days=offset), None, "day", "date"
    if unit == "week":
        start = pub - timedelta(days=pub.weekday()) + timedelta(weeks=offset)
        return start, start + timedelta(days=6), "week", "date"
    if unit == "month":
        start = _add_months(pub.replace(day=1), offset)
        return start, _month_last_day(start.year, start.month), "month", "date"
    if unit == "year":
        year = pub.year + offset
        return date(year, 1, 1), date(year, 12, 31), "year", "date"
    return None


def _season(f: _Found) -> Resolved:
    pub, season, offset = f.pub, f.lex.seasons[_norm(f.g["season"])], f.spec.get("offset", "latest")
    assert pub is not None
    latest_year = pub.year if _season_bounds(season, pub.year)[0] <= pub else pub.year - 1
    latest = _season_bounds(season, latest_year)
    if offset == "latest":
        year = latest_year
    elif offset == -1:  # «la scorsa estate»: the last one over, not the current one
        year = latest_year - 1 if latest[0] <= pub <= latest[1] else latest_year
    elif offset == 0:  # «quest'estate»: the current one, or this year's one to come
        year = latest_year if latest[0] <= pub <= latest[1] else latest_year + 1
        if season != "winter" and year > pub.year:
            year = pub.year
    else:
        year = latest_year + 1
    start, end = _season_bounds(season, year)
    return start, end, "season", "date"


def _counted(f: _Found) -> Resolved:
    """"two days ago"; «tra due giorni», "in three weeks": counted back or forward from publication."""
    assert f.pub is not None
    kind_of = f.spec["type"]
    tense = _tense(f.doc, f.lex, f.m.start(), f.m.end()) if kind_of == "ahead" else None
    if tense == "past" or (f.spec.get("needs_future") and tense != "future"):
        return None  # "in three days of fighting they lost…", "kills five in 24 hours": a stretch, not a date
    n = _number(f.lex, f.g.get("num"), 1)
    unit = f.lex.units.get(_norm(f.g["unit"]))
    if n is None or unit is None:
        return None
    precision = "day" if unit in ("hour", "day") else unit
    day = _back(f.pub, n, unit) if kind_of == "ago" else _ahead(f.pub, n, unit)
    return day, None, ("week" if precision == "fortnight" else precision), "date"


def _past_span(f: _Found) -> Resolved:
    """«nelle ultime due settimane», "over the past week": back from publication to it."""
    assert f.pub is not None
    n = _number(f.lex, f.g.get("num"), f.spec.get("num", 1))
    unit = f.lex.units.get(_norm(f.g["unit"])) if f.g.get("unit") else f.spec.get("unit")
    if n is None or unit is None:
        return None
    return _back(f.pub, n, unit), f.pub, f.spec.get("precision") or _span_precision(unit, n), "interval"


# Template types that may resolve without a publication date (a calendar day, a year)…
_RESOLVERS = {
    "date": _on_calendar, "since": _on_calendar,
    "range": lambda f: _range(f.lex, f.g, f.pub, f.direction),
    "month_year": _month_year, "year": _whole_year, "relative_day": _relative_day,
    "weekday": _weekday, "weekday_night": _weekday,
}
# …and those counted from publication only: without it, their days are unknown.
_FROM_PUBLICATION = {
    "month": _bare_month, "unit_offset": _unit_offset, "season": _season,
    "ago": _counted, "ahead": _counted, "past_span": _past_span,
}


def _resolve(doc: Document, lex: _Lexicon, spec: dict[str, Any], m: re.Match[str], pub: date | None) -> Resolved:
    """(value, end_value, precision, kind) for one match, or None to drop it."""
    found, kind_of = _Found(doc, lex, spec, m, pub), spec["type"]
    if kind_of in _RESOLVERS:
        return _RESOLVERS[kind_of](found)
    if pub is None:
        return None, None, spec.get("precision", "day"), ("interval" if kind_of == "past_span" else "date")
    resolver = _FROM_PUBLICATION.get(kind_of)
    return resolver(found) if resolver else None


class Time:
    """Finds and resolves dates, periods and intervals; writes ``doc.timexes``."""

    name = "time"
    requires = ("noise", "paragraphs")
    assigns = ("timexes",)

    def __init__(self, **options: object) -> None:
        self.options = options

    def __call__(self, doc: Document) -> None:
        pub = _published(doc)
        candidates: list[tuple[int, int, object]] = []
        for start, end, language in language_regions(doc, "time"):
            lex = _lexicon(language)
            if lex is None:
                continue
            for k, m in lex.scan.finditer(doc.text, start, end):
                if m.end() > m.start() and not doc.is_noise(m.start(), m.end()):
                    candidates.append((m.start(), m.end(), (lex, lex.patterns[k][0], m)))
        for start, end, payload in pick_non_overlapping(candidates):
            lex, spec, m = payload  # type: ignore[misc]
            try:
                resolved = _resolve(doc, lex, spec, m, pub)
            except (OverflowError, ValueError):  # «ieri» on 0001-01-01: past the calendar's edge, left unresolved
                resolved = None
            if resolved is None:
                continue
            value, end_value, precision, kind = resolved
            doc.timexes.append(
                Timex(
                    start=start,
                    end=end,
                    text=doc.text[start:end],
                    value=_iso(value),
                    precision=precision,
                    end_value=_iso(end_value),
                    kind=kind,
                )
            )
