"""Second chances for names the gazetteer does not hold as a whole.

Two fallbacks, both driven by the wording data in ``lang/<code>/places.json``:

- ``parts``: an organisation, building or event named after a place is best
  placed at that place ("University of Alberta" → Alberta, "Harare City
  Council" → Harare, "West Surrey" → Surrey, «Ambasciata di Francia» → France).
  We try the name's shorter runs of words, longest first, leaving out only
  generic words ("University", "Council", "State", "West") or
  lowercase ones ("of", «di»), and never a run made only of generic words
  (a village called Council or Hospital is not meant).
- ``demonym_forms``: an adjective of place not listed as a demonym
  ("Siberian", "Kurdish", "Sicilian") is rewritten by the language's endings
  into the place name (Siberia, Kurdistan, Sicily); only countries, regions
  and features count, never a village that happens to share the stem.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .. import resources

_TOKEN = re.compile(r"\S+")
_STRIP = ".,;:()\"“”«»"
# what an adjective of place may stand for: a namesake village is never meant
DEMONYM_PRECISIONS = ("country", "admin1", "feature")


@dataclass
class NameParts:
    generic: set[str] = field(default_factory=set)  # lowercased words that name no place alone
    endings: list[tuple[str, str]] = field(default_factory=list)  # demonym ending → place-name ending
    languages: tuple[str, ...] = ()

    @classmethod
    def load(cls, languages: Iterable[str] = ("en", "it")) -> NameParts:
        """The generic words and demonym endings of ``languages`` together: a mention's
        language is not always known (gold benchmark spans), and the lists do not clash."""
        generic: set[str] = set()
        endings: list[tuple[str, str]] = []
        for lang in languages:
            data = resources.load(lang, "places") or {}
            generic |= {w.lower() for w in data.get("generic_name_words", [])}
            endings += [(a, b) for a, b in data.get("demonym_endings", [])]
        return cls(generic, endings, tuple(languages))

    def parts(self, name: str) -> list[list[str]]:
        """Shorter runs of ``name``'s words that may be the place it is named after, grouped
        by length, longest first. Every word left out must be generic or lowercase: in
        "Harare City Council" the place is Harare, but "Brands Hatch" is no place called Hatch."""
        words = [w.strip(_STRIP) for w in _TOKEN.findall(name)]
        words = [w for w in words if w]
        out: list[list[str]] = []
        for length in range(len(words) - 1, 0, -1):
            runs = []
            for i in range(len(words) - length + 1):
                run = words[i:i + length]
                if not run[0][:1].isupper() or not run[-1][:1].isupper():
                    continue
                if all(self._generic(w) for w in run):
                    continue
                if not all(self._generic(w) for w in words[:i] + words[i + length:]):
                    continue
                runs.append(" ".join(run))
            if runs:
                out.append(runs)
        return out

    def is_word(self, run: str) -> bool:
        """A single ordinary word of one of the languages ("Way", "Road"), not a name."""
        if " " in run:
            return False
        from .finder import _is_common_word

        return any(_is_common_word(run, lang) for lang in self.languages)

    def _generic(self, word: str) -> bool:
        low = word.lower()
        return not word[:1].isupper() or low in self.generic or low.removesuffix("'s") in self.generic \
            or low.removesuffix("’s") in self.generic

    def demonym_forms(self, name: str) -> list[str]:
        """Place names an adjective of place may come from ("Siberian" → "Siberia", "Siberiy"…)."""
        words = name.split()
        if not words or not words[-1][:1].isupper():
            return []
        last = words[-1]
        forms = []
        for ending, replacement in self.endings:
            if last.endswith(ending) and len(last) - len(ending) >= 3:
                form = " ".join(words[:-1] + [last[: len(last) - len(ending)] + replacement])
                if form != name and form not in forms:
                    forms.append(form)
        return forms
