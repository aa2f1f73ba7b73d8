"""Property-based fuzzing of the readers and the pipeline (issue 12): whatever comes in, no crash,
offsets that point into the text, and processing twice gives the same record.

Bounded in time: a fixed number of examples each, no per-example deadline (a loaded CI machine is
slow, not wrong)."""

from __future__ import annotations

import json
from functools import cache

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from frontwatch.document import Document  # noqa: E402
from frontwatch.readers import ReadError, read_inputs  # noqa: E402

FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
PIPELINE_FUZZ = settings(max_examples=10, deadline=None)

# words that wake the stages up (places, dates, numbers, attribution, events), mixed with noise
WORDS = ["Kharkiv", "Kyiv", "Odesa", "Mosca", "ieri", "yesterday", "on Monday", "lunedì", "three", "tre", "12",
         "1.500", "killed", "uccisi", "shelled", "bombardato", "said", "ha detto", "according to", "secondo",
         "Russian forces", "le forze russe", "drones", "droni", "not", "denied", "smentito", ".", ",", "\n", "\r\n",
         "«", "»", "\"", "(", ")", "–", "@handle", "pic.twitter.com/x", "http://x.example", "\t", "  "]
texts = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), min_size=1, max_size=40).map(" ".join)


def _check_read(items) -> list[Document]:
    docs = []
    for item in items:
        assert isinstance(item, Document | ReadError)
        if isinstance(item, Document):
            item.text.encode("utf-8")  # storable: no lone surrogates
            assert item.text.strip()
            docs.append(item)
        else:
            assert item.message
    return docs


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".html", ".jsonl"]))
def test_any_bytes_in_any_file_read_without_crashing(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"x{suffix}"
    path.write_bytes(data)
    _check_read(read_inputs([str(path)]))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
records = st.fixed_dictionaries(
    {}, optional={"id": json_values, "text": st.one_of(texts, json_values), "published": json_values,
                  "title": json_values, "language": json_values, "outlet": json_values})


@FUZZ
@given(lines=st.lists(st.one_of(records.map(json.dumps), st.text(max_size=40)), max_size=8))
def test_any_json_lines_read_without_crashing(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("fuzz") / "x.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    docs = _check_read(read_inputs([str(path)]))
    for doc in docs:
        assert doc.published is None or len(doc.published) == 10


@cache
def _pipeline():
    from frontwatch.pipeline import Pipeline, PipelineOptions

    return Pipeline.default(PipelineOptions(profile="fast"))


def _spans(doc: Document):
    yield from ((e.start, e.end, e.text) for e in doc.entities)
    yield from ((t.start, t.end, t.text) for t in doc.toponyms)
    yield from ((t.start, t.end, t.text) for t in doc.timexes)
    yield from ((n.start, n.end, None) for n in doc.noise)
    for ev in doc.events:
        yield ev.evidence.start, ev.evidence.end, None
        if ev.trigger:
            yield ev.trigger.start, ev.trigger.end, None


@PIPELINE_FUZZ
@given(text=texts, published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_the_pipeline_never_crashes_keeps_offsets_and_is_repeatable(text, published):
    if not text.strip():
        return
    first = _pipeline()(Document(id="f", text=text, published=published))
    n = len(text)
    for start, end, said in _spans(first):
        assert 0 <= start <= end <= n
        if said is not None:
            assert text[start:end] == said
    again = _pipeline()(Document(id="f", text=text, published=published))
    assert again.to_dict() == first.to_dict()
