"""Publication date from the head of the text, when metadata has none.

Only a dateline or header at the very top counts (" date 2022-09-10 Kiev –");
a date mentioned in the story is never taken for the publication date.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .. import resources


@lru_cache(maxsize=1)
def _spec() -> tuple[int, list[re.Pattern[str]]]:
    spec = resources.load_shared("datelines")
    return spec["head_chars"], [re.compile(p, re.IGNORECASE) for p in spec["patterns"]]


@lru_cache(maxsize=1)
def _month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for lang in resources.languages():
        for name, number in (resources.load(lang, "time").get("months") or {}).items():
            names[name.casefold()] = int(number)
    return names


def _month(token: str) -> int | None:
    if token.isdecimal():  # "²" is a digit to isdigit() but not to int()
        return int(token)
    token = token.casefold()
    names = _month_names()
    return names.get(token) or next((n for k, n in names.items() if len(token) >= 3 and k.startswith(token)), None)


def find_dateline(text: str) -> str | None:
    head_chars, patterns = _spec()
    head = text[:head_chars]
    for rx in patterns:
        m = rx.search(head)
        if not m:
            continue
        month = _month(m.group("m"))
        try:
            return date(int(m.group("y")), month or 0, int(m.group("d"))).isoformat()
        except (TypeError, ValueError):
            continue
    return None
