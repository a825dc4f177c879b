"""Template sentences are found in a normalised text as whole words, wherever they stand."""

from __future__ import annotations

import random
import re

import pytest

from articlean.phrases import boilerplate_sentences, has_boilerplate_sentence


@pytest.mark.parametrize(
    ("key", "found"),
    [
        ("comments are closed", True),
        ("sorry comments are closed for this story", True),
        ("the story is over and comments are closed", True),
        ("comments are closedown", False),  # a longer last word
        ("nocomments are closed", False),  # a longer first word
        ("comments are", False),
        ("", False),
    ],
)
def test_whole_words_only(key: str, found: bool) -> None:
    assert has_boilerplate_sentence(key) is found


def test_agrees_with_one_regex_of_all_the_sentences() -> None:
    """The definition the look-up replaces: any sentence between word boundaries of the text."""
    sentences = boilerplate_sentences()
    pattern = re.compile(rf"(?:^| )(?:{'|'.join(map(re.escape, sentences))})(?= |\Z)")
    chance = random.Random(5)
    filler = ["the", "news", "more", "is", "a", "you", "email", "comment", "closed", "x"]
    for _ in range(2_000):
        words = chance.choices(filler, k=chance.randint(0, 12))
        sentence = chance.choice(sentences).split(" ")
        if chance.random() < 0.5:  # the sentence itself, cut short or run into a neighbour
            sentence = sentence[: chance.randint(1, len(sentence))]
        if chance.random() < 0.3:
            sentence[-1] += chance.choice(["", "s", "x"])
        position = chance.randint(0, len(words))
        key = " ".join([*words[:position], *sentence, *words[position:]])
        assert has_boilerplate_sentence(key) is (pattern.search(key) is not None), key
