"""Segmentation helpers: word counts and output paragraphs."""

from __future__ import annotations

import re

import pytest

from articlean.model import Block
from articlean.segment import COUNT_CACHE_MAX_CHARS, count_words, paragraph_groups


@pytest.mark.parametrize("size", [0, 10, COUNT_CACHE_MAX_CHARS, COUNT_CACHE_MAX_CHARS + 1, 50_000])
def test_count_words_counts_word_runs_at_any_length(size: int) -> None:
    text = ("word, l'été 12 x " * (size // 16 + 1))[:size]
    assert count_words(text) == len(re.findall(r"\w+", text))
    assert count_words(text) == len(re.findall(r"\w+", text))  # the remembered count too


def test_fragments_of_one_sentence_make_one_paragraph() -> None:
    """Blocks of one group on adjacent lines join until one ends its sentence (r2-style fragments)."""
    texts = ["Intro.", "The council", "Said on", "Tuesday", "That it agreed.", "Next one."]
    blocks = [Block(index, index, index, text, 0) for index, text in enumerate(texts)]
    assert paragraph_groups(blocks) == [
        ("Intro.", [0]),
        ("The council Said on Tuesday That it agreed.", [1, 2, 3, 4]),
        ("Next one.", [5]),
    ]
