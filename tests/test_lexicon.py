"""Stoplists: the precomputed data files match jusText, the lazy word index matches the full one,
and the language guess reads only as much text as it needs."""

from __future__ import annotations

import re

import pytest

from articlean import lexicon, stoplistfiles


def test_data_files_match_justext() -> None:
    """Rebuild with ``python3 benchmarks/build_stoplists.py`` when this fails after a jusText upgrade."""
    lists = stoplistfiles.justext_stoplists()
    data = lexicon._data_file(lexicon.LANGUAGE_FILE).decode("utf-8")
    index = lexicon._data_file(lexicon.STOPLIST_FILE).decode("utf-8")
    assert data == stoplistfiles.format_languages(lists)
    assert index == stoplistfiles.format_index(lists)
    assert lexicon.stoplists() == lists


def test_stopwords_of_one_language_and_the_english_default() -> None:
    lists = stoplistfiles.justext_stoplists()
    assert lexicon.stopwords("de") == lists["de"]
    assert lexicon.stopwords(None) == lists["en"]
    assert lexicon.stopwords("no-such-language") == lists["en"]


def fresh_index(mapped: bool = False) -> lexicon.StopwordIndex:
    """The index over the file's bytes as read, or as mapped into memory (what a run uses)."""
    if mapped:
        return lexicon.StopwordIndex(lexicon._mapped(lexicon.STOPLIST_FILE))
    return lexicon.StopwordIndex(lexicon._data_file(lexicon.STOPLIST_FILE))


@pytest.mark.parametrize("mapped", [False, True])
def test_lazy_lookups_match_the_full_index(mapped: bool) -> None:
    index = fresh_index(mapped)
    full = index.all()
    words = sorted(full)
    # Every chunk's first word and the word before it, where a bisect goes wrong first, and others.
    firsts = [first.decode("utf-8") for first in index._firsts]
    position = {word: number for number, word in enumerate(words)}
    edges = [words[position[first] - 1] for first in firsts if position[first] > 0]
    probes = [*firsts, *edges, *words[::97], *words[-3:], "", "zzzzzzzz", "\U0010ffff", "a b", "x\ty"]
    for word in probes:
        assert index.get(word) == full.get(word, ()), word
    assert index._full is None


def test_each_language_line_is_found_in_the_mapped_file() -> None:
    lines = lexicon._data_file(lexicon.LANGUAGE_FILE).decode("utf-8").splitlines()
    expected = dict(line.split("\t", 1) for line in lines if not line.startswith("#"))
    assert len(expected) > 90
    for code, words in expected.items():
        assert lexicon._stoplist_line(code) == words.encode("utf-8"), code
    assert lexicon._stoplist_line("no-such-language") is None
    assert lexicon._stoplist_line("e") is None  # a prefix of codes ("en", "eo") is no code


def test_index_switches_to_the_full_dict_after_many_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "_LAZY_WORDS", 10)
    index = fresh_index()
    words = sorted(index.all())[:40:2]
    answers = [index.get(word) for word in words]
    assert index._full is not None
    assert answers == [index.all()[word] for word in words]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The council said that it would approve the budget for the schools and the roads.", "en"),
        ("Der Rat hat am Dienstag beschlossen, dass die Schulen und die Straßen mehr Geld bekommen.", "de"),
        ("Le conseil a décidé mardi que les écoles et les routes auraient plus d'argent cette année.", "fr"),
        ("東京都は火曜日、新しい予算を承認しました。学校と道路のための費用が増えます。", "ja"),
        ("서울시는 화요일에 새 예산을 승인했습니다. 학교와 도로를 위한 비용이 늘어납니다.", "ko"),
        ("12 34", None),
    ],
)
def test_guess_language(text: str, language: str | None) -> None:
    assert lexicon.guess_language(text) == language


@pytest.mark.parametrize("limit", [1, 3, 50])
def test_first_words_reads_a_prefix_as_the_whole_text_would(limit: int) -> None:
    text = "İstanbul STRASSE straße ΣΊΣΥΦΟΣ " * 40 + "x" * 1000 + " tail words here"
    assert lexicon.first_words(text, limit) == re.findall(r"\w+", text.casefold())[:limit]
    assert lexicon.first_words("a b", limit) == ["a", "b"][:limit]


def test_stopword_votes_count_every_word_in_every_language_listing_it() -> None:
    words = ["the", "der", "le", "the", "und", "et", "de", "xyzzy", "the"] * 3
    full = lexicon.word_languages()
    expected: dict[str, int] = {}
    for word in words:
        for code in full.get(word, ()):
            expected[code] = expected.get(code, 0) + 1
    assert dict(lexicon.stopword_votes(words)) == expected
    assert dict(lexicon.stopword_votes(words)) == expected  # again, from the words already looked up


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("“Quoted” prose — with dashes… and accents: café, naïve.", None),
        ("ภาษาไทยเป็นภาษาราชการของประเทศไทย “quoted”", "th"),
        ("中文新闻报道说，学校和道路的预算增加了。", "zh"),
    ],
)
def test_script_language_needs_the_script_itself(text: str, script: str | None) -> None:
    assert lexicon.script_language(text) == script
