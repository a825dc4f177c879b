"""A block's normalised text and the phrase lists it is looked up in (ad labels, interface phrases).

:func:`normalise` is memoised: the classifier asks for the same block's key in every round and in
the pipeline's re-check, and a regex substitution costs far more than a dictionary look-up.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

_NORMALISE = re.compile(r"[\W_]+")
# Words of a block compared with the interface phrase list.
PHRASE_WORDS = 4
# Distinct texts remembered by normalise(): a few long documents' worth of blocks.
NORMALISE_CACHE_SIZE = 1 << 16


@functools.lru_cache(maxsize=NORMALISE_CACHE_SIZE)
def normalise(text: str) -> str:
    """Casefolded words joined by single spaces: punctuation and markup leftovers do not count."""
    return " ".join(_NORMALISE.sub(" ", text.casefold()).split())


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
def boilerplate_sentences() -> tuple[str, ...]:
    """Normalised template sentences (data/boilerplate-sentences.txt), matched inside a block."""
    return tuple(sorted(_load_phrases("boilerplate-sentences.txt")))


@functools.cache
def _boilerplate_sentence() -> re.Pattern[str]:
    """Any template sentence as whole words of a normalised text, in one regex pass (a substring
    test per sentence cost a fifth of the structural rules)."""
    sentences = "|".join(map(re.escape, boilerplate_sentences()))
    return re.compile(rf"(?:^| )(?:{sentences})(?= |\Z)")


def has_boilerplate_sentence(key: str) -> bool:
    """Whether a normalised text contains a template sentence ("required fields are marked")."""
    return _boilerplate_sentence().search(key) is not None


def is_ad_label(text: str) -> bool:
    return normalise(text) in ad_labels()


def phrase_prefix(key: str) -> bool:
    """Whether the first words of a normalised text (up to :data:`PHRASE_WORDS`) are an interface phrase."""
    words = key.split()
    phrases = ui_phrases()
    return any(" ".join(words[:count]) in phrases for count in range(1, min(PHRASE_WORDS, len(words)) + 1))
