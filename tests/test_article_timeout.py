"""The per-article time limit (issue 11): past it, that article is an error and the run goes on."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import frontwatch.runner as runner
from frontwatch.cli import main
from frontwatch.document import Document
from frontwatch.pipeline import Pipeline
from frontwatch.timelimit import ArticleTimeout, time_limit


class SlowOn:
    """A stage that spins (pure Python, like a runaway matcher) on articles containing a word."""

    name = "slow"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __init__(self, word: str) -> None:
        self.word = word

    def __call__(self, doc: Document) -> None:
        if self.word in doc.text:
            while True:
                pass


def test_time_limit_interrupts_a_busy_loop():
    t0 = time.monotonic()
    with pytest.raises(ArticleTimeout), time_limit(0.2):
        while True:
            pass
    assert time.monotonic() - t0 < 5


def test_time_limit_off_lets_the_body_finish():
    with time_limit(0):
        time.sleep(0.01)
    with time_limit(None):
        pass


def test_an_article_past_its_limit_is_an_error_and_the_next_is_processed(monkeypatch):
    monkeypatch.setattr(runner, "_worker_pipeline", Pipeline([SlowOn("forever")]))
    monkeypatch.setattr(runner, "_worker_timeout", 0.3)
    doc, error = runner._process(Document(id="stuck", text="this one runs forever"))
    assert error == ("stuck: not processed, took longer than the 0.3 s limit "
                     "(raise --article-timeout, or split the article)")
    doc, error = runner._process(Document(id="fine", text="this one is quick"))
    assert error is None and doc.id == "fine"


def test_in_a_group_only_the_article_past_its_limit_is_lost(monkeypatch):
    """Articles travel to a worker in groups (shared model batches) under the sum of their
    limits; past it, each runs again alone under its own, and only the stuck one is an error."""
    monkeypatch.setattr(runner, "_worker_pipeline", Pipeline([SlowOn("forever")]))
    monkeypatch.setattr(runner, "_worker_timeout", 0.2)
    group = [Document(id="a", text="quick"), Document(id="stuck", text="runs forever"), Document(id="b", text="quick")]
    out = runner._process_group(group)
    assert [d.id for d, _ in out] == ["a", "stuck", "b"]
    assert [e is None for _, e in out] == [True, False, True]
    assert "stuck: not processed, took longer than the 0.2 s limit" in out[1][1]


def test_articles_are_grouped_by_size_and_count():
    docs = [Document(id=str(k), text="x" * n) for k, n in enumerate([100, 100, runner.GROUP_CHARS, 50])]
    assert [[d.id for d in g] for g in runner._groups(docs)] == [["0", "1"], ["2"], ["3"]]
    many = [Document(id=str(k), text="x") for k in range(runner.GROUP_ARTICLES + 1)]
    assert [len(g) for g in runner._groups(many)] == [runner.GROUP_ARTICLES, 1]


class SlowModelGuarded:
    """A stage that guards its model call with ``except Exception`` (as stages do, so that a
    model failure keeps the rule layers): the time limit must still end the article."""

    name = "guarded"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, doc: Document) -> None:
        try:
            while True:
                pass
        except Exception:  # noqa: BLE001 - the pattern under test
            doc.title = "finished without its model"


def test_a_stage_catching_exceptions_cannot_swallow_the_time_limit(monkeypatch):
    monkeypatch.setattr(runner, "_worker_pipeline", Pipeline([SlowModelGuarded()]))
    monkeypatch.setattr(runner, "_worker_timeout", 0.3)
    doc, error = runner._process(Document(id="guarded", text="any text"))
    assert error is not None and "took longer than the 0.3 s limit" in error
    assert doc.title != "finished without its model"


def test_article_timeout_reaches_the_pipeline_through_the_cli(tmp_path: Path, capsys):
    """A limit no article can meet: every article is reported, the run ends, nothing is stored."""
    src = tmp_path / "in"
    src.mkdir()
    for k in range(2):
        (src / f"a{k}.txt").write_text(f"Officials in Kyiv said talks number {k} ended without agreement.")
    db = tmp_path / "t.db"
    assert main(["--db", str(db), "run", "--profile", "fast", "--article-timeout", "0.000001", str(src)]) == 1
    err = capsys.readouterr().err
    assert "a0: not processed, took longer than the 1e-06 s limit" in err
    assert "a1: not processed" in err and "2 errors" in err


def test_the_limit_stops_the_accurate_readers_torch_pass_and_the_next_article_reads_alike():
    """The e5 reader spends its time in PyTorch: the limit must end an article there promptly,
    and leave the model as it was for the next article."""
    from frontwatch.pipeline import PipelineOptions, build_stages

    pipeline = Pipeline(build_stages(("clean", "language", "sentences", "reading"), PipelineOptions("accurate")))
    short = "Russian forces shelled Kharkiv on Monday, regional officials said."

    def readings() -> list:
        return pipeline(Document(id="short", text=short, published="2022-05-02")).readings

    before = readings()  # loads the model outside any limit, as the worker's warm-up does
    sentence = "Ukrainian troops repelled an assault near Bakhmut overnight, the general staff said. "
    long = Document(id="long", text=(sentence * 40 + "\n") * 50, published="2022-05-02")  # ~28,000 words
    t0 = time.monotonic()
    with pytest.raises(ArticleTimeout), time_limit(0.5):
        pipeline(long)
    assert time.monotonic() - t0 < 10  # the whole pass would take minutes
    assert readings() == before
