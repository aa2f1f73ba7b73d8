"""simplemma's lemmas and known words, from dictionaries kept on disk as tries.

simplemma ships each language's dictionary compressed and front-coded; its default
factory decodes the whole of it into a dict the first time a word of that language is
looked up: ~0.5 s of CPU for Italian and ~0.3 s for English, in every process, before
the first article. Its ``TrieDictionaryFactory`` decodes a language once, keeps the
result as a MARISA trie in the user's cache folder (simplemma's own, one folder a
simplemma version) and thereafter loads that file in a few milliseconds, the same
words and lemmas (a trie is also ~30 times smaller in memory than the dict).
A trie is written to a temporary file and renamed, so that two workers starting
together never read one half-written.
"""

from __future__ import annotations

import os
import tempfile
from functools import cache
from typing import Any


def _factory_class() -> type:
    from simplemma.strategies.dictionaries import TrieDictionaryFactory

    class AtomicTrieDictionaryFactory(TrieDictionaryFactory):
        """simplemma's trie factory, writing each trie whole or not at all."""

        __slots__ = ()

        def _write_trie_to_disk(self, lang: str, trie: Any) -> None:
            self._cache_dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{lang}.", suffix=".dic", dir=self._cache_dir)
            os.close(fd)
            try:
                trie.save(tmp)
                os.replace(tmp, self._cache_dir / f"{lang}.dic")
            except BaseException:
                os.unlink(tmp)
                raise

    return AtomicTrieDictionaryFactory


@cache
def _tools() -> tuple[Any, Any]:
    """simplemma's default lemmatizer and its lookup of known words, over the trie factory."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy

    try:
        factory = _factory_class()()
    except ImportError:  # marisa-trie missing: simplemma's own dict, decoded in each process
        from simplemma.strategies.dictionaries import DEFAULT_DICTIONARY_FACTORY as factory
    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory)), \
        DictionaryLookupStrategy(factory)


def lemmatize(word: str, language: str) -> str:
    """``simplemma.lemmatize(word, lang=language)``."""
    return _tools()[0].lemmatize(word, language)


def is_known(word: str, language: str) -> bool:
    """``simplemma.is_known(word, lang=language)``."""
    from simplemma.utils import normalize_token, validate_lang_input

    if not isinstance(word, str):
        raise TypeError(f"Wrong input type, expected string, got {type(word)}")
    if word == "":
        raise ValueError("Wrong input value: empty string")
    lookup = _tools()[1]
    token = normalize_token(word)
    return any(lookup.get_lemma(token, code) is not None for code in validate_lang_input(language))
