"""Knowledge is data: checked resource files, and no word lists left in the stages' code."""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from frontwatch import resources
from frontwatch.document import LAYERS, base_fields
from frontwatch.geo.index import admin_words
from frontwatch.resources import ResourceError, Theatre, Theatres, checked
from frontwatch.stages._sources import AttributionCues, attribution_cues

STAGES = Path(resources.__file__).parent / "stages"


def test_a_resource_with_an_unknown_key_is_refused_clearly(tmp_path: Path):
    path = tmp_path / "theatres.json"
    path.write_text(json.dumps({"_about": "comments are fine", "theatres": [
        {"name": "A war", "countries": ["UA", "RU"], "weight": 1.0, "neighbors": ["BY"]}]}))
    with pytest.raises(ResourceError, match=r"theatres\.json\.theatres\[0\]: unknown key\(s\) \['neighbors'\] "
                                             r"for Theatre"):
        checked(Theatres, json.loads(path.read_text()), path.name)


def test_a_resource_with_a_missing_key_or_a_wrong_type_is_refused():
    with pytest.raises(ResourceError, match=r"missing key\(s\) \['weight'\]"):
        checked(Theatre, {"name": "A war", "countries": ["UA"]}, "t.json")
    with pytest.raises(ResourceError, match=r"t\.json\.countries\[0\]: expected str, got int 7"):
        checked(Theatre, {"name": "A war", "countries": [7], "weight": 1}, "t.json")


def test_a_well_formed_resource_is_read_with_its_types():
    @dataclass(frozen=True)
    class Words:
        words: tuple[str, ...]
        weights: dict[str, float]
        note: str | None = None

    got = checked(Words, {"_about": "x", "words": ["a", "b"], "weights": {"a": 1}}, "w.json")
    assert got == Words(("a", "b"), {"a": 1.0})


def test_the_checked_data_files_load():
    assert "oblast" in admin_words().words and "Oblast" in admin_words().english_suffixes
    assert "upon" in resources.name_particles().place and "bin" in resources.name_particles().person
    assert {"UA", "RU"} <= set(resources.theatres()[0].countries)
    assert "secondo" in attribution_cues("it").source_follows
    assert "according to" in attribution_cues("en").source_follows
    assert attribution_cues("xx") == AttributionCues()  # a language without the file: no cues


# Words that may stand quoted in a stage's code because they are not knowledge about a
# language or the world: names the code itself defines. Anything else is data.
NOT_KNOWLEDGE = {
    # the Document's layers and fields, and the reader's layer names
    *LAYERS, *base_fields(),
    # keys into our own resource files (lang/<code>/*.json, data/*.json)
    "labels", "disclaimers", "evaluative", "commentators", "generic", "eras", "attribution",
    "demonyms", "epithets", "force_phrases",
    # the two strengths of lang/<code>/events.json death_reports
    "strong", "weak",
    # the gazetteer's match kinds (a place's main name or an alternate name)
    "main", "alt",
    # language codes: the languages we hold data for, as fallbacks
    "it", "en",
    # closed vocabularies of the format (spec/FORMAT.md): date precisions and kinds
    "minute", "hour", "day", "week", "fortnight", "month", "year", "season", "date", "interval",
    "unknown",  # the fifth date_precision of spec/FORMAT.md
    # named groups of the time patterns (lang/<code>/time.json) and their relations, and the
    # template types of lang/<code>/time.json that timex's resolver table is keyed by
    "weekday", "unit", "num", "numdate", "since", "ago", "ahead", "range",
    # season ids the time data maps its words to (the words themselves are in lang/<code>/time.json)
    "spring", "summer", "autumn", "winter",
    # the reader's cue kinds and the format's modalities
    "denial", "hedge", "future", "denied", "alleged", "planned",
    # actor roles the actors data is keyed by ("<role>_heads")
    "military", "government", "civilian",
    # place precisions and entity kinds of the format and of data/entities.json
    "country", "capital", "city", "feature",
    # quantity units and outcomes of the format
    "death", "injured", "dead",
    # the control fields of an event (spec/FORMAT.md)
    "holder", "extent",
}
_WORD = re.compile(r"^[a-zà-öø-ÿ][a-zà-öø-ÿ'’ -]*$")


def _word_lists(path: Path):
    """(line, words) for each literal tuple, list, set or dict holding two or more quoted
    lower-case words: a word list written in code."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            items = node.elts
        elif isinstance(node, ast.Dict):
            items = [k for k in node.keys if k is not None] + node.values
        else:
            continue
        words = [x.value for x in items if isinstance(x, ast.Constant) and isinstance(x.value, str)
                 and _WORD.match(x.value)]
        if len(words) >= 2:
            yield node.lineno, words


def test_no_word_lists_in_the_stages_code():
    found = [f"{path.name}:{line}: {[w for w in words if w not in NOT_KNOWLEDGE]}"
             for path in sorted(STAGES.rglob("*.py")) for line, words in _word_lists(path)
             if not set(words) <= NOT_KNOWLEDGE]
    assert not found, "word lists in code (move them to lang/<code>/ or data/):\n" + "\n".join(found)


def test_the_word_list_check_can_fail(tmp_path: Path):
    path = tmp_path / "stage.py"
    path.write_text('CONJUNCTIONS = ("e", "and", "o", "or")\nLAYER = ("sentences", "events")\n')
    assert [words for _, words in _word_lists(path) if not set(words) <= NOT_KNOWLEDGE] == [["e", "and", "o", "or"]]
