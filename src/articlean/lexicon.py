"""Stoplists, read once from package data files, and the language guess they serve.

Stoplists come from jusText (installed with trafilatura), which ships lists for about 100 languages
(jusText's licence: BSD 2-clause). Reading its ~100 files and indexing them costs about half a second,
so ``data/stoplists.txt`` (one line per language) and ``data/stopword-index.txt`` (one line per
word, sorted) hold them precomputed (written by ``benchmarks/build_stoplists.py`` through
:mod:`articlean.stoplistfiles`; ``tests/test_lexicon.py`` checks them against jusText). The
language of a text is guessed by which stoplist covers the largest share of its words; scripts without
spaces between words are told by their characters.
"""

from __future__ import annotations

import bisect
import functools
import mmap
import re
from collections import Counter
from collections.abc import Iterable
from importlib import resources

from articlean import regexes

_WORD = regexes.compile(r"\w+")
# Languages people most often scrape are preferred when two stoplists tie.
_PREFERRED = ("en", "es", "fr", "de", "pt", "it", "nl", "ru", "pl", "tr", "sv", "id", "ja", "zh", "ko", "ar")
# Stopwords per language, and the same indexed by word (both written by benchmarks/build_stoplists.py).
LANGUAGE_FILE = "stoplists.txt"
STOPLIST_FILE = "stopword-index.txt"
# Characters read to tell a language by its script, and words read for the stopword vote.
SCRIPT_SAMPLE = 5000
VOTE_WORDS = 2000
# Scripts told by their characters (kana, CJK ideographs, hangul, Thai), as character classes.
_SCRIPT_CLASSES = {
    "ja": "[\u3040-\u30ff]",
    "zh": "[\u4e00-\u9fff]",
    "ko": "[\uac00-\ud7af]",
    "th": "[\u0e00-\u0e7f]",
}


# Any character from U+0E00 (the first of those classes) up, as UTF-8: the lead byte E0 with a second
# byte from B8, or a lead byte from E1. Text without one (accents) needs none of the classes. Searched
# in the encoded text: max() of the text made a string of every character (0.1 ms on 5,000
# characters with a curly quote).
_FROM_SCRIPTS_FIRST = rb"\xe0[\xb8-\xbf]|[\xe1-\xf4]"


@functools.cache
def _from_scripts_first() -> re.Pattern[bytes]:
    return regexes.compile(_FROM_SCRIPTS_FIRST)


@functools.cache  # compiled on first use: wide classes take milliseconds, and ASCII text needs none
def _scripts() -> dict[str, re.Pattern[str]]:
    return {code: regexes.compile(pattern) for code, pattern in _SCRIPT_CLASSES.items()}


@functools.cache
def _any_script() -> re.Pattern[str]:
    """One class for all the scripts: most non-ASCII text (curly quotes, accents) has none of them."""
    return regexes.compile("|".join(_SCRIPT_CLASSES.values()))


# Characters per bisected chunk of the stoplist file, and words looked up before indexing them all.
_CHUNK = 4096
_LAZY_WORDS = 50_000


class StopwordIndex:
    """Stopword -> the languages listing it, read from ``data/stopword-index.txt`` on demand.

    Building a dict of all 150,000 words costs more than a short run spends cleaning, so a word is
    looked up by bisecting the sorted file in chunks and remembered; once many words have been
    asked for (a long batch), the whole index is built and used instead. The file stays bytes:
    UTF-8 sorts as its code points do, and only the lines asked for are decoded.
    """

    def __init__(self, data: _Bytes) -> None:
        body = 0
        while data[body : body + 1] == b"#":  # the header's comment lines
            body = _index(data, b"\n", body) + 1
        if body == 0:  # every line, the first too, must follow a newline
            data, body = b"\n" + data[:], 1
        # The file's own bytes, header and all (mapped, not read: reading megabytes is a millisecond or
        # two of a process that cleans one small file, and a lookup touches a few pages of them).
        self._data = data
        self._body = body
        self._starts: list[int] = []
        self._firsts: list[bytes] = []
        for position in range(body - 1, len(self._data) - 1, _CHUNK):
            start = self._data.find(b"\n", position) + 1
            if 0 < start < len(self._data) and (not self._starts or start > self._starts[-1]):
                self._starts.append(start)
                self._firsts.append(self._data[start : _index(self._data, b"\t", start)])
        self._starts.append(len(self._data))
        self.known: dict[str, tuple[str, ...]] = {}  # the words looked up so far
        self._full: dict[str, tuple[str, ...]] | None = None

    def get(self, word: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        """The languages listing ``word``, or ``default``."""
        if self._full is not None:
            return self._full.get(word, default)
        codes = self.known.get(word)
        if codes is None:
            codes = self.known[word] = self._lookup(word.encode("utf-8", "surrogatepass"))
            if len(self.known) > _LAZY_WORDS:
                self._full = self.all()
        return codes or default

    def _lookup(self, word: bytes) -> tuple[str, ...]:
        chunk = bisect.bisect_right(self._firsts, word) - 1
        if chunk < 0 or b"\n" in word or b"\t" in word:
            return ()
        found = self._data.find(b"\n" + word + b"\t", self._starts[chunk] - 1, self._starts[chunk + 1])
        if found < 0:
            return ()
        codes = found + len(word) + 2
        return tuple(self._data[codes : _index(self._data, b"\n", codes)].decode("ascii").split(","))

    def all(self) -> dict[str, tuple[str, ...]]:
        """Every stopword with its languages, as one dict."""
        index: dict[str, tuple[str, ...]] = {}
        for line in self._data[self._body :].decode("utf-8").split("\n"):
            word, _, codes = line.partition("\t")
            if codes:
                index[word] = tuple(codes.split(","))
        return index


@functools.cache
def stopword_index() -> StopwordIndex:
    """The stoplists' word index (opened once per process)."""
    return StopwordIndex(_mapped(STOPLIST_FILE))


@functools.cache
def stoplists() -> dict[str, frozenset[str]]:
    """ISO code -> stopwords for every language (prefer :func:`stopwords` for one language)."""
    lists: dict[str, set[str]] = {}
    for word, codes in word_languages().items():
        for code in codes:
            lists.setdefault(code, set()).add(word)
    return {code: frozenset(words) for code, words in lists.items()}


@functools.cache
def word_languages() -> dict[str, tuple[str, ...]]:
    """Stopword -> the languages whose stoplist holds it, as one dict (prefer :func:`stopword_index`)."""
    return stopword_index().all()


_word_languages = word_languages  # the name articlean.language imports


def script_language(text: str) -> str | None:
    """Languages told by their script rather than their words."""
    sample = text[:SCRIPT_SAMPLE]
    if (
        sample.isascii()
        or not _from_scripts_first().search(sample.encode("utf-8", "surrogatepass"))
        or not _any_script().search(sample)
    ):
        return None
    scripts = _scripts()
    counts = {code: len(pattern.findall(sample)) for code, pattern in scripts.items()}
    present = {code: count for code, count in counts.items() if count}
    if not present:
        return None
    letters = sum(map(str.isalpha, sample))
    count = max(present.values())
    # Of scripts tied for most characters, the first one met in the text (as Counter.most_common).
    script = min(
        (code for code, seen in present.items() if seen == count),
        key=lambda code: _first_match(scripts[code], sample),
    )
    if count < 0.3 * max(letters, 1):
        return None
    # Japanese mixes kanji with kana; any kana at all means Japanese.
    if counts["ja"] >= 0.05 * count or script == "ja":
        return "ja"
    return script


_script_language = script_language  # the name articlean.language imports


def _first_match(pattern: re.Pattern[str], text: str) -> int:
    match = pattern.search(text)
    return match.start() if match else len(text)


def first_words(text: str, limit: int, pattern: re.Pattern[str] = _WORD) -> list[str]:
    """``pattern.findall(text.casefold())[:limit]``, reading only as much of ``text`` as needed.

    Casefolding works character by character, so a prefix of the text folds to a prefix of the
    folded text; when a prefix holds more than ``limit`` words, its first ``limit`` are whole.
    """
    size = limit * 8
    while True:
        words = pattern.findall(text[:size].casefold())
        if len(words) > limit or size >= len(text):
            return words[:limit]
        size *= 4


def stopword_votes(words: Iterable[str]) -> Counter[str]:
    """Language -> how many of ``words`` its stoplist holds."""
    index = stopword_index()
    known = index.known  # words already looked up, read without a method call (a vote reads ~1,000)
    votes: dict[str, int] = {}
    for word, repeats in Counter(words).items():
        codes = known.get(word)
        for code in index.get(word) if codes is None else codes:
            votes[code] = votes.get(code, 0) + repeats
    return Counter(votes)


@functools.lru_cache(maxsize=32)  # the classifier asks again for each round over the same sample
def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little to tell."""
    script = script_language(text)
    if script is not None:
        return script
    votes = stopword_votes(first_words(text, VOTE_WORDS))
    if not votes or sum(votes.values()) < 3:
        return None
    best = max(votes.values())
    tied = [code for code, count in votes.items() if count == best]
    for code in _PREFERRED:
        if code in tied:
            return code
    return sorted(tied)[0]


@functools.cache
def stopwords(language: str | None) -> frozenset[str]:
    """Stopwords of a language; English when unknown (the most common language of dumps)."""
    for code in (language or "en", "en"):
        words = _stoplist_line(code)
        if words is not None:
            return frozenset(words.decode("utf-8").split(" "))
    raise LookupError(f"{LANGUAGE_FILE} has no English stoplist")


def _stoplist_line(code: str) -> bytes | None:
    """The words of one language's line of the stoplist file: the whole file is megabytes, and a run
    that cleans one small file needs one line of it."""
    prefix = f"{code}\t".encode("utf-8", "surrogatepass")
    data = _mapped(LANGUAGE_FILE)
    start = 0 if data[: len(prefix)] == prefix else data.find(b"\n" + prefix) + 1
    if start == 0 and data[: len(prefix)] != prefix:
        return None
    end = data.find(b"\n", start)
    return data[start + len(prefix) : end if end >= 0 else len(data)]


# A data file's bytes: mapped into memory, or read where the package is not plain files (a zip).
_Bytes = bytes | mmap.mmap


def _index(data: _Bytes, sub: bytes, start: int) -> int:
    """``bytes.index`` for a mapped file too (a mapping has ``find`` only)."""
    found = data.find(sub, start)
    if found < 0:
        raise ValueError(f"{sub!r} not found after byte {start}")
    return found


@functools.cache
def _mapped(name: str) -> _Bytes:
    resource = resources.files("articlean") / "data" / name
    try:
        with resource.open("rb") as file:
            return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # no file descriptor (io.UnsupportedOperation is both), or empty
        return resource.read_bytes()


def _data_file(name: str) -> bytes:
    return (resources.files("articlean") / "data" / name).read_bytes()
