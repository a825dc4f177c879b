"""Template sentences are found in a normalised text as whole words, wherever they stand."""

from __future__ import annotations

import random
import re

import pytest

from articlean.phrases import (
    PHRASE_WORDS,
    boilerplate_sentences,
    has_boilerplate_sentence,
    normalise,
    phrase_prefix,
    ui_phrases,
)


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


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Share_this  story!", "share this story"),
        ("\u00a0Read\u2003more\u3000»", "read more"),
        ("Straße — ÇA VA?", "strasse ça va"),
        ("naïve café 12:30", "naïve café 12 30"),
        ("__ -- ..", ""),
    ],
)
def test_normalise_keeps_the_casefolded_words(text: str, key: str) -> None:
    assert normalise.__wrapped__(text) == key


def test_normalise_agrees_with_splitting_at_non_words_and_whitespace() -> None:
    """The definition the word pattern replaces: [\\W_] runs made spaces, then split and joined."""
    characters = [chr(code) for code in range(0x3000)] + list(" \t\n_-.,") * 40
    chooser = random.Random(7)
    for _ in range(3000):
        text = "".join(chooser.choice(characters) for _ in range(chooser.randint(0, 25)))
        assert normalise.__wrapped__(text) == " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


def test_normalise_of_ascii_text_agrees_with_the_word_pattern() -> None:
    """ASCII text is mapped in C (letters lowercased, other characters spaces) instead of searched
    for words: every ASCII character, runs of marks and of whitespace among them."""
    characters = [chr(code) for code in range(128)] + list(" \t\n_-.,aZ9") * 20
    chooser = random.Random(11)
    texts = ["".join(chooser.choice(characters) for _ in range(chooser.randint(0, 40))) for _ in range(3000)]
    texts += ["".join(chr(code) for code in range(128)), "A_b-C d\x1fE\x0bF"]
    wrong = [
        text
        for text in texts
        if normalise.__wrapped__(text) != " ".join(re.findall(r"[^\W_]+", text.casefold()))
    ]
    assert wrong == []
    assert normalise.__wrapped__("A_b-C d\x1fE\x0bF") == "a b c d e f"


def test_phrase_prefix_finds_the_opening_phrases_only() -> None:
    phrase = min(phrase for phrase in ui_phrases() if " " in phrase)
    assert phrase_prefix(phrase + " and more words here")
    assert phrase_prefix(phrase)
    assert not phrase_prefix("zzqx " + phrase)
    assert not phrase_prefix("")
    phrases = ui_phrases()
    for phrase in sorted(phrases):  # the first-word gate turns none away that the phrases hold
        for key in (phrase, phrase + " of the day", "the " + phrase):
            words = key.split()[:PHRASE_WORDS]
            expected = any(" ".join(words[:count]) in phrases for count in range(1, len(words) + 1))
            assert phrase_prefix(key) is expected, key
