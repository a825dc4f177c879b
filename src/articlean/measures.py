"""A block's measurements from its own text and markup: size in word-equivalents, words, stopwords,
whether it reads as prose, its normalised key, its shape (the features of :data:`SHAPE_NAMES`) and a
coarse signature of that shape; remembered per block and per text, since the classifier's rounds and
the pipeline's re-check meet the same blocks again. :mod:`articlean.features` builds the rest of a
block's features (neighbours, windows, the document) from them.
"""

from __future__ import annotations

import functools
import math
import operator
import re
from collections.abc import Sequence
from typing import NamedTuple

from articlean import doccache, regexes
from articlean.model import Block
from articlean.phrases import ad_labels, normalise, phrase_prefix, ui_phrases

WORD = regexes.compile(r"\w+")
# The first character of a token of str.split() (never empty).
_FIRST_CHARACTER = operator.itemgetter(0)


@functools.cache  # compiled on first use: the class takes milliseconds to build, ASCII never needs it
def _cjk() -> re.Pattern[str]:
    return regexes.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


# The first character of that class: text below it (accents, curly quotes) never needs the class.
_CJK_FIRST = "\u3040"


TERMINAL = (".", "!", "?", "…", "。", "！", "？", '."', ".”", "!”", "?”", ".'", ".’")
# The marks that end a statement: a headline may ask a question ("Why are my feet numb?"), not end one.
STATEMENT_END = tuple(mark for mark in TERMINAL if "?" not in mark and "？" not in mark)
_PUNCTUATION = frozenset(",.;:!?，。；：！？、")
# The same marks as one class, and the digits of ASCII text: one regex pass instead of a pass per mark
# or a call per character.
_PUNCTUATION_MARK = regexes.compile(f"[{re.escape(''.join(sorted(_PUNCTUATION)))}]")
_ASCII_DIGIT = regexes.compile("[0-9]")
# A block of at least this many words with this stopword share reads like running text.
PROSE_MIN_WORDS = 8
PROSE_MIN_STOP = 0.2
# A time of day or a year in a line this short makes it a dateline (comments and teasers repeat them).
_DATE = regexes.compile(r"\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b")
DATE_MAX_SIZE = 12
# Word-equivalent bounds of the size classes in a block's shape signature.
SIZE_CLASSES = (3, 12, 40)
# The first words of a block looked at for title case, and the fewest that make the share telling.
TITLE_CASE_WORDS = 8
TITLE_CASE_MIN_WORDS = 4


class Basics(NamedTuple):
    """Per-block measurements, one list entry per block."""

    size: list[float]  # word-equivalents: \\w+ words, plus half the CJK characters
    words: list[float]
    stops: list[float]
    prose: list[float]
    keys: list[str]
    shapes: list[tuple[float, ...]]  # in the order of SHAPE_NAMES
    signatures: list[tuple[float, ...]]  # see _signature


# The features of :func:`_shape` that its text alone decides: those before ``link_share`` in
# :data:`SHAPE_NAMES`, the characters that share is of, and those after the markup flags. A plain
# tuple, not a NamedTuple: the cyclic collector stops tracking a cached tuple of numbers, never a
# tuple subclass (see _stoplist_number).
_TextShape = tuple[tuple[float, ...], int, tuple[float, ...]]


_Counts = tuple[float, float, float, str]  # size, words, stopwords, key (see _cheap)
# A block's entries of Basics (size, words, stopwords, prose, key, shape, signature), in its order.
_Measures = tuple[float, float, float, float, str, tuple[float, ...], tuple[float, ...]]
# Blocks whose measurements are remembered for the document (:mod:`articlean.doccache`): the
# classifier's rounds and the pipeline's re-check meet the same blocks again.
_measure_cache: dict[tuple[object, ...], _Measures] = {}
# The part of a block's measurements read from its text alone, remembered under the text: the
# re-check meets most texts again with other markup (its own groups, no links, one line each).
_TextMeasures = tuple[_Counts, _TextShape]
_text_cache: dict[tuple[str, int], _TextMeasures] = {}
# Each stoplist met, numbered: the caches' keys hold its number, not the stoplist. The cyclic
# collector stops tracking a tuple of strings and numbers, never one holding a frozenset, and the
# caches' tens of thousands of tracked keys and entries made each full collection walk them all
# again (about 5 % of the time over the dev dumps, most of it in full collections).
_stoplist_numbers: dict[frozenset[str], int] = {}
# Numbers are given again only with the caches emptied; a handful of stoplists is usual.
MAX_STOPLIST_NUMBERS = 256


@doccache.register
def _clear_caches() -> None:
    _measure_cache.clear()
    _text_cache.clear()


def _stoplist_number(stoplist: frozenset[str]) -> int:
    number = _stoplist_numbers.get(stoplist)
    if number is None:
        if len(_stoplist_numbers) >= MAX_STOPLIST_NUMBERS:
            _stoplist_numbers.clear()
            _measure_cache.clear()
            _text_cache.clear()
        number = _stoplist_numbers[stoplist] = len(_stoplist_numbers)
    return number


def _measure(block: Block, stoplist: frozenset[str], number: int) -> _Measures:
    """A block's counts, key, prose flag and shape, which depend only on its text and markup flags.
    ``number``: the stoplist's (:func:`_stoplist_number`)."""
    lines = min(block.last_line - block.first_line + 1, 20)
    cache_key = (
        block.text, block.link_chars, block.list_item, block.heading_level, block.image, block.indent, lines,
        number,
    )  # fmt: skip
    found = _measure_cache.get(cache_key)
    if found is None:
        counts, text_shape = _text_measures(block, stoplist, number)
        size, count, stop, key = counts
        shape = _shape(block, text_shape)
        found = size, count, stop, _prose(block, size, count, stop), key, shape, _signature(shape, size)
        _measure_cache[cache_key] = found
    return found


def _prose(block: Block, size: float, count: float, stop: float) -> float:
    """1.0 when a block reads like running text: enough words with enough stopwords (or a run of
    CJK characters), and not mostly link text."""
    cjk_run = size - count >= PROSE_MIN_WORDS
    wordy = count >= PROSE_MIN_WORDS and stop >= PROSE_MIN_STOP * count
    linky = block.link_chars > 0.5 * max(len(block.text), 1)
    return 1.0 if (wordy or cjk_run) and not linky else 0.0


def _text_measures(block: Block, stoplist: frozenset[str], number: int) -> _TextMeasures:
    text_key = (block.text, number)
    found = _text_cache.get(text_key)
    if found is None:
        counts = _cheap(block, stoplist)
        found = counts, _text_shape(block.text, *counts)
        _text_cache[text_key] = found
    return found


def _cheap(block: Block, stoplist: frozenset[str]) -> _Counts:
    text = block.text
    key = normalise(text)
    if "_" not in text and text.isascii():
        # The key's words are the text's words casefolded: in ASCII without "_", \w and [^\W_] are
        # the same characters, and casefolding ASCII lowercases it, one character for one (the
        # key's findall already split them: tests/test_measures.py checks the counts agree).
        folded = key.split()
        return float(len(folded)), float(len(folded)), float(sum(map(stoplist.__contains__, folded))), key
    words = WORD.findall(text)
    cjk = len(_cjk().findall(text)) if not text.isascii() and max(text) >= _CJK_FIRST else 0
    stops = sum(map(stoplist.__contains__, map(str.casefold, words)))  # one C-level pass
    return len(words) + cjk / 2, float(len(words)), float(stops), key


def basics(blocks: Sequence[Block], stoplist: frozenset[str]) -> Basics:
    if not blocks:
        return Basics([], [], [], [], [], [], [])
    number = _stoplist_number(stoplist)
    measured = [_measure(block, stoplist, number) for block in blocks]
    # One transposition in C instead of seven appends per block.
    return Basics(*map(list, zip(*measured, strict=True)))


def _text_shape(text: str, size: float, words: float, stops: float, key: str) -> _TextShape:
    """``key`` is the text normalised (:func:`normalise`)."""
    chars = max(len(text), 1)
    tokens = text.split()
    capitals = sum(map(str.isupper, map(_FIRST_CHARACTER, tokens)))
    digits = len(_ASCII_DIGIT.findall(text)) if text.isascii() else sum(map(str.isdigit, text))
    punctuation = len(_PUNCTUATION_MARK.findall(text))
    head = (
        math.log1p(size),
        math.log1p(len(text)),
        stops / words if words else 0.0,
        1.0 if text.rstrip().endswith(TERMINAL) else 0.0,
        punctuation / chars,
        capitals / max(len(tokens), 1),
        digits / chars,
    )
    tail = (
        1.0 if key in ad_labels() else 0.0,
        1.0 if key in ui_phrases() else 0.0,
        1.0 if phrase_prefix(key) else 0.0,
        1.0 if text.isupper() else 0.0,
        1.0 if "©" in text or "http" in text or "@" in text else 0.0,
        len(text) / max(len(tokens), 1) / 10,
        0.0 if any(char.isalpha() for char in text) else 1.0,
        1.0 if size <= DATE_MAX_SIZE and _DATE.search(text) else 0.0,
        1.0 if text.rstrip().endswith(":") else 0.0,
        _title_case_start(tokens),
    )
    return head, chars, tail


def _shape(block: Block, text: _TextShape) -> tuple[float, ...]:
    """Features of one block on its own, in the order of :data:`SHAPE_NAMES`."""
    head, chars, tail = text
    return (
        *head,
        min(block.link_chars / chars, 1.0),
        1.0 if block.list_item else 0.0,
        float(block.heading_level),
        1.0 if block.image else 0.0,
        min(block.indent, 40) / 40,
        float(min(block.last_line - block.first_line + 1, 20)),
        *tail,
    )


def _title_case_start(tokens: Sequence[str]) -> float:
    """Share of capitalised words among a block's first words: headlines, and the teasers that open
    with one, are written in title case; sentences are not (0 for scripts without case)."""
    head = tokens[:TITLE_CASE_WORDS]
    if len(head) < TITLE_CASE_MIN_WORDS:
        return 0.0
    return sum(map(str.isupper, map(_FIRST_CHARACTER, head))) / len(head)


SHAPE_NAMES = (
    "log_size", "log_chars", "stop_ratio", "terminal", "punct_ratio", "capital_ratio", "digit_ratio",
    "link_share", "list_item", "heading", "image", "indent", "lines", "ad_label", "ui_phrase",
    "ui_prefix", "upper", "url_or_copyright", "token_length", "no_letters",
    "date_like", "ends_colon", "title_case_start",
)  # fmt: skip
_SIGNATURE_COLUMNS = tuple(
    SHAPE_NAMES.index(name) for name in ("terminal", "date_like", "list_item", "heading", "no_letters")
)
_LINK_COLUMN = SHAPE_NAMES.index("link_share")


def _signature(shape: tuple[float, ...], size: float) -> tuple[float, ...]:
    """A coarse shape of a block (size class, punctuation, date, list, heading, links) whose
    repetition with a short period marks comment threads and teaser lists."""
    return (
        sum(1.0 for bound in SIZE_CLASSES if size > bound),
        *(shape[column] for column in _SIGNATURE_COLUMNS),
        1.0 if shape[_LINK_COLUMN] > 0.5 else 0.0,
    )

