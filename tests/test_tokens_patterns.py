"""The cue-pattern matcher: word after word, stems, gaps, and the first-word index."""

from __future__ import annotations

from frontwatch.tokens import Pattern, Token, compile_patterns, contains, find_all, first_words, match_at, tokenize


def _toks(*words: str, lemmas: dict[str, str] | None = None) -> list[Token]:
    out, pos = [], 0
    for w in words:
        out.append(Token(pos, pos + len(w), w, (lemmas or {}).get(w, w)))
        pos += len(w) + 1
    return out


def test_a_pattern_without_gap_matches_word_after_word() -> None:
    toks = _toks("the", "invaders", "shelled", "the", "town", lemmas={"shelled": "shell"})
    assert match_at(Pattern.parse("shell the town"), toks, 2) == 5  # a lemma counts
    assert match_at(Pattern.parse("shell* the|a town"), toks, 2) == 5  # a stem, alternatives
    assert match_at(Pattern.parse("shelled the village"), toks, 2) is None
    assert match_at(Pattern.parse("the town and"), toks, 3) is None  # runs past the last word


def test_a_gap_skips_up_to_four_words() -> None:
    toks = _toks("we", "think", "that", "maybe", "it", "is", "over")
    assert match_at(Pattern.parse("we ... is"), toks, 0) == 6
    assert match_at(Pattern.parse("we ... over"), toks, 0) is None  # five words between
    assert match_at(Pattern.parse("... we"), toks, 0) is None  # a gap never opens a pattern


def test_find_all_and_contains_agree_on_sentences() -> None:
    patterns = compile_patterns(("secondo", "secondo fonti", "ha detto", "ha ... detto"))
    text = "Secondo fonti locali, il sindaco ha poi detto che ha detto tutto."
    toks = tokenize(text, 0, len(text), "it")
    found = [(toks[i].start, toks[j - 1].end, p.source) for i, j, p in find_all(patterns, toks)]
    assert found == [(0, 13, "secondo fonti"), (33, 45, "ha ... detto"), (50, 58, "ha detto")]
    assert contains(patterns, toks)
    assert not contains(patterns, tokenize("Nessuno parla.", 0, 14, "it"))


def test_the_first_word_index_answers_by_word_and_lemma() -> None:
    patterns = compile_patterns(("shell*", "strike", "struck down"))
    index = first_words(patterns)
    # the same word with another lemma (another language's) gets its own answer, every time
    for _ in range(2):
        assert index.starting(Token(0, 6, "struck", "strike")) == [1, 2]
        assert index.starting(Token(0, 6, "struck", "struck")) == [2]
        assert index.starting(Token(0, 7, "shelled", "shell")) == [0]
        assert index.starting(Token(0, 4, "town", "town")) == []


def test_a_lemma_is_looked_up_only_when_read() -> None:
    toks = tokenize("Войска ударили по городу", 0, 24, "ru")
    assert all(t._lemma is None for t in toks)  # tokenizing loads no dictionary
    assert not find_all(compile_patterns(()), toks)  # nor does a language without cue lists
    assert all(t._lemma is None for t in toks)
    eager = Token(toks[0].start, toks[0].end, toks[0].lower, toks[0].lemma)
    assert eager == toks[0] and hash(eager) == hash(toks[0])


def test_a_sentence_no_pattern_can_start_is_told_at_once_and_the_same_as_the_scan():
    from frontwatch.tokens import compile_patterns, find_all, first_words, tokenize

    patterns = compile_patterns(("kill*", "shelled", "no one ... died"))
    index = first_words(patterns)
    text = "The troops advanced toward the river. Two were killed. No one there died."
    calm, killed, died = (tokenize(text, a, b, "en") for a, b in ((0, 37), (38, 54), (55, 73)))
    assert not index.may_start(calm) and find_all(patterns, calm) == []
    assert index.may_start(killed) and [p.source for _, _, p in find_all(patterns, killed)] == ["kill*"]
    assert index.may_start(died) and [p.source for _, _, p in find_all(patterns, died)] == ["no one ... died"]
    assert not index.may_start([])
