"""Caches scoped to one document's clean: every answer kept for the document's later passes, none
kept once it is cleaned."""

from __future__ import annotations

import time

import pytest

from articlean import doccache, phrases
from articlean.blockmarks import block_marks
from articlean.pipeline import clean
from timing import fastest

ARTICLE = (
    "The council voted on Tuesday to keep the old library open for another ten years at least.\n\n"
    "Residents had asked for the building to be saved after the closure plans were announced.\n"
)


@pytest.fixture
def calls() -> list[str]:
    return []


def test_an_answer_is_kept_until_the_document_ends(calls: list[str]) -> None:
    @doccache.per_document
    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    with doccache.document_scope():
        assert [shout("a"), shout("b"), shout("a")] == ["A", "B", "A"]
        assert calls == ["a", "b"]
    with doccache.document_scope():
        assert shout("a") == "A"
    assert calls == ["a", "b", "a"]  # the next document computes it again


def test_a_scope_inside_another_keeps_the_outer_documents_answers(calls: list[str]) -> None:
    @doccache.per_document
    def count(text: str) -> int:
        calls.append(text)
        return len(text)

    with doccache.document_scope():
        count("abc")
        with doccache.document_scope():
            count("abc")
        count("abc")
        assert calls == ["abc"]
    assert count.cache_info().currsize == 0


def test_a_failed_clean_empties_the_caches_too() -> None:
    @doccache.per_document
    def double(number: int) -> int:
        return 2 * number

    with pytest.raises(RuntimeError), doccache.document_scope():
        double(4)
        assert double.cache_info().currsize == 1
        raise RuntimeError("a stage failed")
    assert double.cache_info().currsize == 0


def test_a_registered_cache_is_emptied_with_the_others() -> None:
    cache = {"text": 1}
    doccache.register(cache.clear)
    try:
        doccache.clear()
        assert cache == {}
    finally:
        doccache._CLEARERS.remove(cache.clear)


def test_a_clean_empties_its_caches_before_the_collector_runs_again() -> None:
    """The caches go while the cyclic collector is still off, so that it never walks them; and the
    collector is on again once the clean is done."""
    import gc

    enabled: list[bool] = []

    def note() -> None:
        enabled.append(gc.isenabled())

    doccache.register(note)
    try:
        assert gc.isenabled()
        clean(ARTICLE)
        assert enabled[-1] is False  # the clear at the end of the clean
        assert gc.isenabled()
        enabled.clear()
        doccache.clear()  # outside a clean, nothing pauses it
        assert enabled == [True]
    finally:
        doccache._CLEARERS.remove(note)


def test_a_clean_keeps_no_text_of_its_document() -> None:
    """A batch of millions of files holds no text of a document already cleaned."""
    phrases.normalise("Filled before the clean")
    assert phrases.normalise.cache_info().currsize
    result = clean(ARTICLE)
    assert phrases.normalise.cache_info().currsize == 0
    assert phrases.normalise.cache_info().maxsize is None  # no size limit to overflow within a document
    assert "old library" in result.text


def test_time_is_linear_past_any_cache_size() -> None:
    """Two passes over 80,000 distinct lines (a settle pass and the re-check's) cost four times two
    passes over 20,000: a fixed cache of 65,536 texts made the second pass over the larger document
    recompute every line (8x)."""

    def seconds(count: int) -> float:
        texts = [f"Menu item {number:06d}" for number in range(count)]
        with doccache.document_scope():
            started = time.process_time()
            for _ in range(2):
                for text in texts:
                    block_marks(text)
            return time.process_time() - started

    seconds(2_000)  # the phrase lists loaded
    small, large = fastest(seconds, 20_000), fastest(seconds, 80_000)
    assert large < 6 * small  # the bug's 8x must fail: a tighter bound than assert_linear's
