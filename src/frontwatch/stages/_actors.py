"""Who is who in a sentence: mentions that name a side of the war.

A mention is an entity whose canonical name data/actors.json knows (a person,
a ministry, a metonym such as «Mosca»), a demonym with its head noun («le
truppe ucraine», "Russian soldiers", «i russi»), an epithet («gli occupanti»)
or «il nemico». Each carries a side (ISO country code) and a role (military,
government, civilians) from which ACLED-style actor names are built. The
events stage fills its actor slots from these: inside an argument span the
reader proposed, else near the trigger.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

from .. import resources
from ..document import Document
from ..tokens import Token, compile_patterns, find_all

ENEMY = "ENEMY"


@dataclass
class Mention:
    start: int
    end: int
    side: str | None  # ISO code, ENEMY, or None (civilians of unknown country)
    role: str | None  # military, government, civilians, or None when unknown
    actor: str | None = None  # an actor name that overrides side + role (Wagner Group)
    source: str = "demonym"  # entity, demonym, name, epithet, enemy, civilian
    tok_start: int = 0
    tok_end: int = 0


@cache
def shared() -> dict:
    return resources.load_shared("actors")


def lang_data(language: str) -> dict:
    return resources.load(language, "actors") or resources.load("en", "actors")


def actor_name(side: str | None, role: str | None) -> str | None:
    """ACLED-style name: ``Military Forces of Russia``, ``Government of the United States``…"""
    data = shared()
    country = data["countries"].get(side or "")
    if not country or not role:
        return None
    template = data["roles"].get(role)
    if template is None:
        return None
    return template.format(the="the " if country.get("the") else "", name=country["name"])


def country_name(side: str | None) -> str | None:
    c = shared()["countries"].get(side or "")
    return c["name"] if c else None


def opponent(side: str | None) -> str | None:
    pair = shared()["belligerents"]
    if side in pair:
        return pair[1 - pair.index(side)]
    return None


@cache
def media_names() -> frozenset[str]:
    """Outlets and platforms (data/entities.json kind "media"): who publishes, never who acts."""
    entries = resources.load_shared("entities")["entities"]
    return frozenset(n for e in entries if e.get("kind") == "media" for n in [e["canonical"], *e.get("aliases", [])])


def mention_actor(m: Mention, role: str | None) -> str | None:
    if m.actor:
        return m.actor
    return actor_name(m.side, role or m.role)


def entity_side(ent, language: str) -> tuple[str | None, str | None, str | None]:
    """(side, role, actor override) for an entity, from its canonical name or its words."""
    named = shared()["named"]
    for key in (ent.canonical, ent.text):
        if key and key in named:
            info = named[key]
            return info["side"], info["role"], info.get("actor")
    data = lang_data(language)
    low = ent.text.lower()
    for article in data.get("leading_articles", []):
        if low.startswith(article):
            low = low[len(article) :]
    if low in data.get("names", {}) and (ent.metonym or ent.label == "ORG"):
        return data["names"][low], "government", None
    if ent.label in ("ORG", "PER") or ent.metonym:
        # «ministero della Difesa russo», «Stato maggiore ucraino»
        for w in low.replace("'", " ").split():
            if w in data.get("demonyms", {}):
                return data["demonyms"][w], "military" if ent.label == "ORG" else "government", None
        if ent.canonical:
            for code, c in shared()["countries"].items():
                if ent.canonical.endswith(" " + c["name"]):
                    return code, "government", None
    return None, None, None


def find_mentions(doc: Document, language: str, start: int, end: int) -> list[Mention]:
    """Every mention of a side in [start, end), token indices relative to ``doc.words(start, end)``."""
    toks = doc.words(start, end)
    data = lang_data(language)
    demonyms: dict[str, str] = data.get("demonyms", {})
    epithets: dict[str, str] = {k: v for k, v in data.get("epithets", {}).items() if not k.startswith("_")}
    civilians = set(data.get("civilian_heads", []))
    enemy = set(data.get("enemy", []))
    out: list[Mention] = []
    covered: set[int] = set()

    starts, ends = [t.start for t in toks], [t.end for t in toks]

    def tok_range(s: int, e: int) -> tuple[int, int]:
        # the tokens inside [s, e): ordered and disjoint, so a run found by bisection
        a, b = bisect.bisect_left(starts, s), bisect.bisect_right(ends, e)
        return (a, b) if a < b else (0, 0)

    for ent in doc.within("entities", start, end + 1):
        if ent.start < start or ent.end > end:
            continue
        side, role, actor = entity_side(ent, language)
        if side is None and actor is None:
            continue
        a, b = tok_range(ent.start, ent.end)
        covered.update(range(a, b))
        out.append(Mention(ent.start, ent.end, side, role, actor, "entity", a, b))
    # toponym spans are places, not demonyms («Ucraina» is also «ucraina»)
    for t in doc.within("toponyms", start, end):
        if start <= t.start < end:
            a, b = tok_range(t.start, t.end)
            covered.update(range(a, b))
    phrases = {k: v for k, v in data.get("force_phrases", {}).items() if not k.startswith("_")}
    for i, j, p in find_all(compile_patterns(tuple(phrases)), toks):
        if any(k in covered for k in range(i, j)):
            continue
        covered.update(range(i, j))
        out.append(Mention(toks[i].start, toks[j - 1].end, phrases[p.source], "military", None, "phrase", i, j))
    for i, t in enumerate(toks):
        if i in covered:
            continue
        w = t.lower
        if w in epithets:
            out.append(Mention(t.start, t.end, epithets[w], "military", None, "epithet", i, i + 1))
        elif w in enemy:
            out.append(Mention(t.start, t.end, ENEMY, "military", None, "enemy", i, i + 1))
        elif w in demonyms:
            out.append(demonym_mention(toks, i, covered, data))
        elif w in civilians:
            out.append(Mention(t.start, t.end, None, "civilians", None, "civilian", i, i + 1))
    out.sort(key=lambda m: m.start)
    return resolve_enemy(out)


def demonym_mention(toks: list[Token], i: int, covered: set[int], data: dict) -> Mention:
    """A demonym with the head noun beside it that says its role («truppe ucraine», "Russian officials")."""
    heads = {role: set(data.get(f"{role}_heads", [])) for role in ("military", "government", "civilian")}
    w = toks[i].lower
    role, a, b = None, i, i + 1
    prev = toks[i - 1].lower if i > 0 and i - 1 not in covered else None
    nxt = toks[i + 1].lower if i + 1 < len(toks) and i + 1 not in covered else None
    for r, hs in heads.items():
        if prev in hs:
            role, a = r, i - 1
            break
        if nxt in hs:
            role, b = r, i + 2
            break
    if role is None and i > 0 and toks[i - 1].lower in set(data.get("plural_articles", [])):
        role = "military"  # «i russi», «gli ucraini», "the Russians": the side's forces
    if role is None and w in set(data.get("plural_demonym_nouns", [])):
        role = "military"  # "Russians", "Ukrainians" on their own
    role = "civilians" if role == "civilian" else role
    return Mention(toks[a].start, toks[b - 1].end, data["demonyms"][w], role, None, "demonym", a, b)


def resolve_enemy(mentions: list[Mention]) -> list[Mention]:
    """«il nemico» is the opponent of the nearest side named in the same sentence."""
    for m in mentions:
        if m.side != ENEMY:
            continue
        others = [o for o in mentions if o.side not in (None, ENEMY) and opponent(o.side)]
        if others:
            nearest = min(others, key=lambda o: abs(o.start - m.start))
            m.side = opponent(nearest.side)
        else:
            m.side = None
    return mentions
