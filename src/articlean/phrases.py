"""A block's normalised text and the phrase lists it is looked up in (ad labels, interface phrases).

:func:`normalise` is memoised: the classifier asks for the same block's key in every round and in
the pipeline's re-check, and a regex substitution costs far more than a dictionary look-up.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources

from articlean import regexes
from articlean.doccache import per_document

# A normalised text's words: the runs of letters and digits (no character is both a word character
# and whitespace, so they are the words that splitting the text at [\W_] runs and whitespace gives).
_NORMAL_WORD = regexes.compile(r"[^\W_]+")
# Words of a block compared with the interface phrase list.
PHRASE_WORDS = 4


# ASCII letters lowercased, digits kept, every other ASCII character a space: in ASCII, [^\W_] is
# [A-Za-z0-9] and casefolding lowercases, so splitting the mapped text gives the pattern's words.
_ASCII_WORDS = str.maketrans(
    {chr(code): chr(code).lower() if chr(code).isalnum() else " " for code in range(128)}
)


@per_document
def normalise(text: str) -> str:
    """Casefolded words joined by single spaces: punctuation and markup leftovers do not count."""
    if text.isascii():  # str.translate maps ASCII to ASCII in C: half the pattern's time (0.22 -> 0.11 s)
        return " ".join(text.translate(_ASCII_WORDS).split())
    return " ".join(_NORMAL_WORD.findall(text.casefold()))  # a third faster than a substitution and split


# A phrase's first word stands within this many characters of a line's start (markup before it).
OPENING_CHARS = 40


def opening_word(text: str) -> str:
    """The first normalised word of a line ('' for none): lines that open with no phrase's first
    word are turned away before a phrase list's pattern is compiled or run."""
    words = normalise(text[:OPENING_CHARS]).split()
    return words[0] if words else ""


def first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The normalised words the phrases open with, for :func:`opening_word` to be looked up in."""
    return frozenset(words[0] for words in (normalise(phrase).split() for phrase in phrases) if words)


@functools.cache
def phrase_lines(name: str) -> tuple[str, ...]:
    """The phrases of a list in data/ (one a line, ``#`` comments skipped), as written."""
    text = (resources.files("articlean") / "data" / name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@functools.cache
def phrase_kinds(name: str) -> dict[str, tuple[str, ...]]:
    """The normalised phrases of a list whose lines are "kind: words", by kind."""
    kinds: dict[str, list[str]] = {}
    for line in phrase_lines(name):
        kind, _, words = line.partition(":")
        kinds.setdefault(kind.strip(), []).append(normalise(words))
    return {kind: tuple(words) for kind, words in kinds.items()}


def _load_phrases(name: str) -> frozenset[str]:
    return frozenset(normalise(line) for line in phrase_lines(name))


@functools.cache
def ad_labels() -> frozenset[str]:
    """Normalised ad and loading labels (data/ad-labels.txt)."""
    return _load_phrases("ad-labels.txt")


@functools.cache
def ui_phrases() -> frozenset[str]:
    """Normalised interface phrases (data/ui-phrases.txt)."""
    return _load_phrases("ui-phrases.txt")


@functools.cache
def comment_form_sentences() -> tuple[str, ...]:
    """Normalised sentences of comment forms (data/comment-forms.txt), matched inside a block."""
    return tuple(sorted(_load_phrases("comment-forms.txt")))


@functools.cache
def closing_sentences() -> tuple[str, ...]:
    """Normalised sentences of what pages print under an article (data/boilerplate-sentences.txt and
    the comment forms'): comment forms, consent notices, newsletter boxes, share prompts."""
    return tuple(sorted(_load_phrases("boilerplate-sentences.txt") | set(comment_form_sentences())))


@functools.cache
def boilerplate_sentences() -> tuple[str, ...]:
    """Normalised template sentences (the closing sentences and data/player-sentences.txt), matched
    inside a block."""
    return tuple(sorted(_load_phrases("player-sentences.txt") | set(closing_sentences())))


SentenceIndex = dict[str, tuple[tuple[str, ...], ...]]


def phrase_index(sentences: Iterable[str]) -> SentenceIndex:
    """Normalised sentences or phrases as tuples of words, under their first word, for
    :func:`contains_phrase`."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for sentence in sentences:
        words = tuple(sentence.split(" "))
        index.setdefault(words[0], []).append(words)
    return {first: tuple(found) for first, found in index.items()}


@functools.cache
def _sentence_indexes() -> tuple[SentenceIndex, SentenceIndex]:
    """The first-word indexes of the template sentences and of the closing sentences."""
    return phrase_index(boilerplate_sentences()), phrase_index(closing_sentences())


def has_boilerplate_sentence(key: str) -> bool:
    """Whether a normalised text contains a template sentence ("required fields are marked") as
    whole words. Each word of the text is looked up among the sentences' first words: faster than
    one regex of all the sentences (which took 2 ms to compile in a run cleaning one small file), and
    far faster than a substring test per sentence."""
    return contains_phrase(key, _sentence_indexes()[0])


def has_closing_sentence(key: str) -> bool:
    """Whether a normalised text contains a closing sentence (:func:`closing_sentences`), as
    :func:`has_boilerplate_sentence`."""
    return contains_phrase(key, _sentence_indexes()[1])


def contains_phrase(key: str, index: SentenceIndex) -> bool:
    """Whether a normalised text holds one of the phrases of ``index`` (:func:`phrase_index`) as whole
    words."""
    words = key.split(" ")
    if index.keys().isdisjoint(words):  # most lines hold no sentence's first word: one set test
        return False
    for position, word in enumerate(words):
        for sentence in index.get(word, ()):
            if tuple(words[position : position + len(sentence)]) == sentence:
                return True
    return False


def is_ad_label(text: str) -> bool:
    return normalise(text) in ad_labels()


@functools.cache
def _ui_first_words() -> frozenset[str]:
    return frozenset(phrase.split(" ")[0] for phrase in ui_phrases())


def phrase_prefix(key: str) -> bool:
    """Whether the first words of a normalised text (up to :data:`PHRASE_WORDS`) are an interface phrase."""
    words = key.split(None, PHRASE_WORDS)[:PHRASE_WORDS]  # a paragraph's key split only where read
    if not words or words[0] not in _ui_first_words():  # most texts open with no phrase's first word
        return False
    phrases = ui_phrases()
    return any(" ".join(words[:count]) in phrases for count in range(1, len(words) + 1))
