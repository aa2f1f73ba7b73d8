"""The stage contracts: one registered order, checked when a Pipeline is built; stages that can run twice."""

from __future__ import annotations

import pytest

from frontwatch.document import LAYERS, Document, base_fields
from frontwatch.pipeline import PIPELINE, STAGES, Pipeline, PipelineOptions, PipelineOrderError, build_stages


def test_every_stage_of_the_order_is_registered_under_its_own_name():
    stages = build_stages(PIPELINE, PipelineOptions(profile="fast"))
    assert [s.name for s in stages] == list(PIPELINE)
    assert set(PIPELINE) <= set(STAGES)
    for stage in stages:
        assert set(stage.requires) | set(stage.assigns) <= set(LAYERS) | set(base_fields()), stage.name
        assert stage.assigns, f"{stage.name} assigns no layer"


def test_the_default_order_passes_its_own_check():
    Pipeline(build_stages(PIPELINE, PipelineOptions(profile="fast")))


def test_a_misordered_pipeline_is_refused_when_built():
    order = list(PIPELINE)
    order.remove("places")
    order.append("places")  # events would read toponyms nobody has written yet
    with pytest.raises(PipelineOrderError, match=r"stage 'events' requires \['toponyms'\]"):
        Pipeline(build_stages(order, PipelineOptions(profile="fast")))


def test_a_stage_without_its_upstream_is_refused():
    with pytest.raises(PipelineOrderError, match=r"'sentences' requires \['paragraphs'\].*before it: clean"):
        Pipeline(build_stages(("clean", "sentences")))


def test_a_stage_without_a_contract_is_refused():
    class Bare:
        name = "bare"

        def __call__(self, doc: Document) -> None:
            doc.title = "x"

    with pytest.raises(PipelineOrderError, match="'bare' declares no 'requires'/'assigns'"):
        Pipeline([Bare()])


def test_an_unknown_stage_name_is_refused():
    with pytest.raises(ValueError, match="unknown stage"):
        build_stages(("clean", "sentiment"))


ARTICLE = (
    "Kharkiv, 3 marzo 2024\n"
    "Secondo il sindaco Ihor Terekhov, nella notte un drone russo ha colpito un deposito a Kharkiv: "
    "due persone sono rimaste ferite. Le forze ucraine hanno respinto un attacco vicino a Kupiansk.\n"
    "Kyiv, March 3, 2024. Russian artillery shelled Kherson on Saturday, killing three civilians, "
    "the regional governor said."
)


def test_running_the_stages_twice_gives_the_same_document():
    pipeline = Pipeline.default(PipelineOptions(profile="fast"))
    doc = Document(id="twice", text=ARTICLE, published="2024-03-03")
    once = pipeline(doc).to_dict()
    assert once["sentences"] and once["entities"] and once["toponyms"] and once["timexes"]
    twice = pipeline(doc).to_dict()
    assert twice == once
