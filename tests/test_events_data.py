"""The training set of the learned event reader (training/data/events): format, spans, counts, split."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "training" / "data" / "events"
ACLED = json.loads((REPO / "src" / "frontwatch" / "data" / "acled.json").read_text(encoding="utf-8"))["types"]
SUB_TO_TYPE = {sub: typ for typ, subs in ACLED.items() for sub in subs}
MIN_EXAMPLES = 6000
MIN_PER_SUBTYPE_LANG = 80
MIN_NEGATIVE_SHARE = 0.25
ARTICLE = re.compile(r"^(?:[Tt]he|[Aa]n?|[Ii]l|[Ll][oa]|[Ii]|[Gg]li|[Ll]e|[Uu]n[ao]?|[Dd]e(?:i|l|lla|lle|gli)) "
                     r"|^[LlDd]'")


def _read(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.fixture(scope="module")
def splits() -> dict[str, list[dict]]:
    return {"train": _read("train.jsonl"), "test": _read("test.jsonl")}


@pytest.fixture(scope="module")
def examples(splits) -> list[dict]:
    return splits["train"] + splits["test"]


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads((DATA / "schema.json").read_text(encoding="utf-8"))


def _spans(ex: dict):
    """Every (what, span) pair an example carries."""
    for ev in ex["events"]:
        yield "trigger", ev["trigger"]
        for arg in ev["args"]:
            yield arg["role"], arg["span"]
        for key in ("source", "cue"):
            if ev[key] is not None:
                yield key, ev[key]
    for cue in ex["cues"]:
        yield cue["kind"], cue["span"]


def test_schema_names_are_formats_names(schema):
    event = schema["properties"]["events"]["items"]["properties"]
    assert set(event["sub_event_type"]["enum"]) == set(SUB_TO_TYPE)
    assert set(event["event_type"]["enum"]) == set(ACLED)


def test_fields_follow_the_schema(examples, schema):
    props = schema["properties"]
    event_props = props["events"]["items"]["properties"]
    roles = set(event_props["args"]["items"]["properties"]["role"]["enum"])
    kinds = set(props["cues"]["items"]["properties"]["kind"]["enum"])
    for ex in examples:
        assert set(ex) == set(schema["required"]), ex["id"]
        assert ex["lang"] in props["lang"]["enum"] and ex["register"] in props["register"]["enum"], ex["id"]
        assert ex["negative"] in props["negative"]["enum"], ex["id"]
        assert ex["id"].startswith(f"{ex['lang']}-{ex['register']}-"), ex["id"]
        for ev in ex["events"]:
            assert set(ev) == set(event_props), ex["id"]
            assert SUB_TO_TYPE[ev["sub_event_type"]] == ev["event_type"], ex["id"]
            assert ev["modality"] in event_props["modality"]["enum"], ex["id"]
            assert all(arg["role"] in roles for arg in ev["args"]), ex["id"]
        assert all(cue["kind"] in kinds for cue in ex["cues"]), ex["id"]


def test_every_span_covers_whole_words(examples):
    """Spans are [start, end) code points on word boundaries, never empty, never padded."""
    for ex in examples:
        text = ex["text"]
        for what, (start, end) in _spans(ex):
            words = text[start:end]
            assert 0 <= start < end <= len(text), (ex["id"], what)
            assert words == words.strip() and words not in ",.;:", (ex["id"], what, words)
            assert start == 0 or not text[start - 1].isalnum(), (ex["id"], what, words)
            assert end == len(text) or not text[end].isalnum(), (ex["id"], what, words)


def test_names_are_annotated_without_their_article(examples):
    """Actors, places and claimants are spanned from the name on: "the [occupiers]", «le [forze russe]»."""
    for ex in examples:
        for ev in ex["events"]:
            spans = [(a["role"], a["span"]) for a in ev["args"] if a["role"] in ("actor1", "actor2", "location")]
            spans += [("source", ev["source"])] if ev["source"] else []
            for role, (start, end) in spans:
                assert not ARTICLE.match(ex["text"][start:end]), (ex["id"], role, ex["text"][start:end])


def test_sources_and_cues_are_listed_and_modality_agrees(examples):
    for ex in examples:
        listed = {(c["kind"], tuple(c["span"])) for c in ex["cues"]}
        kinds = {c["kind"] for c in ex["cues"]}
        for ev in ex["events"]:
            if ev["source"] is not None:
                assert ("source", tuple(ev["source"])) in listed, ex["id"]
            if ev["cue"] is not None:
                assert {("attribution", tuple(ev["cue"])), ("denial", tuple(ev["cue"]))} & listed, ex["id"]
            if ev["modality"] == "reported":
                assert ev["source"] is not None or ev["cue"] is not None, ex["id"]
            if ev["modality"] == "denied":
                assert "denial" in kinds, ex["id"]
            if ev["modality"] == "alleged":
                assert "hedge" in kinds, ex["id"]
            if ev["modality"] == "asserted":
                assert ev["source"] is None and ev["cue"] is None, ex["id"]


def test_positives_have_events_and_negatives_say_why(examples):
    for ex in examples:
        assert ex["events"] or ex["negative"] is not None, ex["id"]


def test_wounded_are_never_fatalities(examples):
    wounded = ("wound", "injur", "ferit", "ferend", "hurt")
    for ex in examples:
        text = ex["text"].lower()
        for ev in ex["events"]:
            for arg in ev["args"]:
                if arg["role"] == "fatalities":
                    after = text[arg["span"][1]:arg["span"][1] + 30]
                    assert not any(after.lstrip().startswith(w) for w in wounded), (ex["id"], after)


def test_ids_and_texts_are_unique(examples):
    assert len({ex["id"] for ex in examples}) == len(examples)
    assert len({ex["text"] for ex in examples}) == len(examples)


def test_counts_reach_the_targets(examples):
    assert len(examples) >= MIN_EXAMPLES
    per = Counter((ex["lang"], ev["sub_event_type"]) for ex in examples for ev in
                  {e["sub_event_type"]: e for e in ex["events"]}.values())
    short = {f"{sub} ({lang})": per[(lang, sub)] for sub in SUB_TO_TYPE for lang in ("en", "it")
             if per[(lang, sub)] < MIN_PER_SUBTYPE_LANG}
    assert not short, short
    negatives = sum(ex["negative"] is not None for ex in examples)
    assert negatives >= MIN_NEGATIVE_SHARE * len(examples), negatives / len(examples)
    kinds = Counter(ex["negative"] for ex in examples if ex["negative"])
    for lang in ("en", "it"):
        assert {ex["negative"] for ex in examples if ex["lang"] == lang and ex["negative"]} == set(kinds), lang


def test_test_split_is_whole_groups_and_about_fifteen_percent(splits):
    train_groups = {ex["group"] for ex in splits["train"]}
    test_groups = {ex["group"] for ex in splits["test"]}
    assert not train_groups & test_groups
    share = len(splits["test"]) / (len(splits["train"]) + len(splits["test"]))
    assert 0.13 <= share <= 0.20, share
    in_test = {(ex["lang"], ev["sub_event_type"]) for ex in splits["test"] for ev in ex["events"]}
    missing = [(lang, sub) for sub in SUB_TO_TYPE for lang in ("en", "it") if (lang, sub) not in in_test]
    assert not missing, missing


def test_committed_files_are_the_generators_output(tmp_path):
    """The data is written by the committed generator, deterministically (nothing edited by hand)."""
    subprocess.run([sys.executable, "-m", "training.events_data.generate", "--out", str(tmp_path)],
                   cwd=REPO, check=True, capture_output=True)
    for name in ("train.jsonl", "test.jsonl"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name


def test_template_language_gives_each_event_its_own_type_and_place():
    """[..|T#2=air] starts a second event of another sub-type; {location+:..} gives one event per place."""
    import random

    sys.path.insert(0, str(REPO))
    try:
        from training.events_data.assemble import build
        from training.events_data.engine import Renderer
    finally:
        sys.path.remove(str(REPO))
    pools = {"P": ["[Kupiansk|@]", "[Izium|@]", "[Lyman|@]"], "_AND": [" and "]}
    renderer = Renderer(pools, random.Random(1))
    template = ("[Russians|actor1#*] [shelled|T] {location+:P} and [hit|T#2=air] [Sumy|location#2], "
                "[police|source] [said|attr].")
    ex = build(renderer.render(renderer.nodes(template)), "shell")
    text = ex["text"]
    kinds = [(ev["sub_event_type"], text[slice(*ev["args"][-1]["span"])]) for ev in ex["events"]]
    places = [p for sub, p in kinds if sub.startswith("Shelling")]
    assert len(places) >= 2 and set(places) <= {"Kupiansk", "Izium", "Lyman"}
    assert ("Air/drone strike", "Sumy") in kinds
    assert all(ev["modality"] == "reported" and text[slice(*ev["source"])] == "police" for ev in ex["events"])
    assert all(text[slice(*ev["args"][0]["span"])] == "Russians" for ev in ex["events"])


def test_a_trigger_drawn_from_a_pool_marks_only_its_core():
    """[{POOL}|T] takes a phrase from a pool; "a [phone call|@] with" makes "phone call" the trigger."""
    import random

    sys.path.insert(0, str(REPO))
    try:
        from training.events_data.assemble import build
        from training.events_data.engine import Renderer
    finally:
        sys.path.remove(str(REPO))
    pools = {"TN": ["a [phone call|@] with", "[talks|@] with"], "TV": ["spoke by phone with"],
             "L": ["[Macron|@]"], "_AND": [" and "]}
    for seed in range(6):
        renderer = Renderer(pools, random.Random(seed))
        ex = build(renderer.render(renderer.nodes("After [{TN}|T] {actor2:L}, [Tusk|actor1] [{TV}|T#2] him.")), "diplo")
        text = ex["text"]
        triggers = {text[slice(*ev["trigger"])] for ev in ex["events"]}
        assert triggers in ({"phone call", "spoke by phone with"}, {"talks", "spoke by phone with"}), text
        assert all(ev["sub_event_type"] == "Diplomatic contact" for ev in ex["events"])
