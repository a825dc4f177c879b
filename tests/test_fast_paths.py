"""The shortcuts of the speed work (issue 9) give what the longer ways gave."""

from __future__ import annotations

import itertools
import re

from articlean.blockmarks import (
    GLUED_CAPITAL_SHARE,
    GLUED_HEAD_WORDS,
    GLUED_SUMMARY_MAX_WORDS,
    GLUED_SUMMARY_WORDS,
    MARKER_MAX_WORDS,
    TEASER_MIN_WORDS,
    TEMPLATE_MAX_WORDS,
    comment_stamp,
    cut_off,
)
from articlean.markdown import _SPANNING, _may_span
from articlean.metadata import extract_metadata, relabel_metadata
from articlean.model import Document, InputFormat, Label, Options, Verdict
from articlean.readcards import CALL_MAX_WORDS, read_call
from articlean.recurring import ARTICLE_MIN_WORDS, _opens_with_closing, article_start
from articlean.segment import segment
from articlean.tablerows import _CITATIONS, _without_citations
from test_metadata import label_prose

DUMP = """Bridge opens after years of delays
By Jane Doe
March 3, 2021
The council said the new bridge would open to traffic next spring after years of delays and rising costs.
Engineers told the meeting that the last steel sections were lifted into place this week at last.
"""


def test_the_recheck_relabels_as_the_metadata_stage_does() -> None:
    lines = tuple(DUMP.splitlines())
    document = Document(lines, InputFormat.TEXT)
    blocks = segment(lines)
    verdicts = label_prose(blocks)
    page, title = relabel_metadata(document, blocks, verdicts, Options())
    metadata, relabelled = extract_metadata(document, blocks, verdicts, Options())
    assert page.verdicts == relabelled
    assert title is not None and title.text == metadata.title
    labels = {verdict.label for verdict in relabelled}
    assert {Label.BYLINE, Label.DATE} <= labels  # lines were relabelled: the comparison reads something


def test_citations_are_cut_as_the_pattern_cuts_them() -> None:
    for characters in itertools.product(("a", ".", " ", "[", "]", "1", "\t", "\u00a0"), repeat=5):
        text = "".join(characters)
        assert _without_citations(text) == _CITATIONS.sub("", text), repr(text)
    assert _without_citations("the mountains.[1][note 3] ") == "the mountains."
    assert _without_citations("a [note] inside.") == "a [note] inside."


def words(count: int, last: str = "") -> str:
    return " ".join(["word"] * count) + last


def test_counts_read_only_the_words_they_need() -> None:
    assert comment_stamp("2 days ago")
    assert not comment_stamp(words(MARKER_MAX_WORDS, " 2 days ago"))  # one word too many
    assert comment_stamp(words(MARKER_MAX_WORDS - 3, " 2 days ago"))
    assert read_call("Continue reading")
    assert not read_call(words(CALL_MAX_WORDS + 1))
    assert cut_off(words(TEASER_MIN_WORDS, "..."))
    assert not cut_off(words(TEASER_MIN_WORDS - 1, "..."))


def test_the_article_starts_at_the_first_kept_block_long_enough() -> None:
    lines = (words(ARTICLE_MIN_WORDS - 1, "."), "", words(ARTICLE_MIN_WORDS, "."), "", words(40, "."))
    blocks = segment(lines)
    body = Verdict(Label.BODY, 1.0, "prose")
    assert article_start(blocks, [body, body, body]) == 1
    assert article_start(blocks[:1], [body]) is None


def test_a_closing_sentence_counts_only_among_the_opening_words() -> None:
    sentence = "Your email address will not be published."
    assert _opens_with_closing(f"{sentence} Required fields are marked *")
    assert not _opens_with_closing(f"{words(TEMPLATE_MAX_WORDS)} {sentence}")
    assert not _opens_with_closing(words(5))


def test_the_spanning_test_reads_the_spanning_characters() -> None:
    assert set(_SPANNING) == set("[*_`<")  # _may_span spells these five out
    for character in "[*_`<":
        assert _may_span(f"plain {character} text")
    assert not _may_span("plain text (with) other: marks! ~ # >")


def test_a_month_first_date_needs_its_tail() -> None:
    """The month-first pattern is searched only in a line holding what follows its month's name (a
    blank, the day, the year): over lines made of its pieces, it never matches without one."""
    from articlean.dates import _MONTH_FIRST_TAIL, _named, find_date

    month_first = _named()[1]
    pieces = ("October", "Oct.", "13", "1st", "13TH", "2016", ",", " ", "\t", "\u00a0", "x", "9")
    matched = 0
    for combination in itertools.product(pieces, repeat=5):
        text = "".join(combination)
        if month_first.search(text) is not None:
            matched += 1
            assert _MONTH_FIRST_TAIL.search(text) is not None, repr(text)
    assert matched > 40  # the pieces make dates: the check reads something
    found = find_date("Published October 13th, 2016 at 9:30")
    assert found is not None and found.iso.startswith("2016-10-13")
    day_first = find_date("13 October 2016")  # no month-first tail: the day-first pattern reads it
    assert day_first is not None and day_first.iso == "2016-10-13"
    assert find_date("The October 2016 issue") is None


def test_comment_stamps_and_said_headers_need_what_their_tests_look_for() -> None:
    """Every form of a comment's time stamp holds a digit, and a "said:" header ends with a colon:
    the cheap tests before the patterns turn away only lines the patterns would."""
    from articlean.blockmarks import _COMMENT_STAMP, _DIGIT, _SAID

    pieces = ("2", "days", "ago", "hace", "horas", "vor", "Tagen", "fa", "ore", "said", ":", " ", "\n")
    stamps = says = 0
    for combination in itertools.product(pieces, repeat=4):
        text = " ".join(combination)
        if _COMMENT_STAMP.search(text) is not None:
            stamps += 1
            assert _DIGIT.search(text) is not None, repr(text)
        if _SAID.search(text) is not None:
            says += 1
            assert text.rstrip().endswith(":"), repr(text)
    assert stamps > 10 and says > 10
    assert comment_stamp("hace 3 horas")
    assert comment_stamp("September 19, 2018 at 12:48 pm said:")
    assert comment_stamp("Reply")
    assert not comment_stamp("hace horas")
    assert not comment_stamp("12:48 pm said: hello")


_OLD_GLUE = re.compile(r"(?<=[a-z0-9])(?=[A-Z][a-z\s])")


def _old_glued(text: str) -> bool:
    """blockmarks.glued as it was written with a lookbehind and no word bound."""
    glue = _OLD_GLUE.search(text)
    if glue is None or not GLUED_SUMMARY_WORDS <= len(text[glue.end() :].split()) <= GLUED_SUMMARY_MAX_WORDS:
        return False
    head = text[: glue.start() + 1].split()
    capitals = sum(1 for word in head if word[:1].isupper() or word[:1].isdigit())
    return len(head) >= GLUED_HEAD_WORDS and capitals >= GLUED_CAPITAL_SHARE * len(head)


def test_a_glue_is_found_as_the_lookbehind_found_it() -> None:
    """A headline glued to its summary: the word bound and the pattern without a lookbehind give
    what the pattern with one gave, at the bound's edge too (eleven and twelve words)."""
    from articlean.blockmarks import glued, glued_after_word

    summary = "a party of six left without paying the bill on"
    assert glued(f"Customers Leave Without Paying At Troy SteakhouseA {summary} Friday")
    assert glued_after_word(f"Customers Leave Troy SteakhouseA {summary}")
    assert not glued_after_word("McKinley Leaves")  # "Mc" is a name's inner capital
    heads = ("Big News TodayThe", "Big NewsThe", "Mayor McKinley Says", "Three Words 9A", "x", "Big TodayA")
    for head in heads:
        for words in range(6, 14):
            for tail in ("", " more.", "Next Up"):
                text = f"{head} {' '.join(['word'] * words)}{tail}"
                assert glued(text) == _old_glued(text), repr(text)
    assert glued("Big News TodayThe " + " ".join(["word"] * 9))  # twelve words: kept
    assert not glued("Big News TodayThe " + " ".join(["word"] * 8))  # eleven: one too few


def test_ascii_counts_are_read_from_the_key() -> None:
    """An ASCII block without "_": its words and stopwords are counted from its normalised key, as
    the word pattern over its text counted them; other blocks are counted from the text."""
    from articlean import doccache
    from articlean.lexicon import stopwords
    from articlean.measures import WORD, _cheap
    from articlean.phrases import normalise

    stoplist = stopwords("en")
    pieces = ("The", "of", "a_b", "x1", "--", "Über", "İs", "ǅa", "東京", "'s", " ", "\t")
    with doccache.document_scope():
        for combination in itertools.product(pieces, repeat=4):
            text = "".join(combination)
            words = WORD.findall(text)
            stops = sum(word.casefold() in stoplist for word in words)
            size, count, stop, key = _cheap(segment((text,))[0], stoplist) if text.strip() else (0, 0, 0, "")
            if not text.strip():
                continue
            assert (count, stop, key) == (len(words), stops, normalise(text)), repr(text)
            if text.isascii():
                assert size == len(words)


def test_bounded_splits_decide_at_their_bounds() -> None:
    """An author box's heading and a glued card split a text only as far as their bounds: a text one
    word longer is still turned away, one at the bound still read."""
    from articlean.authornotes import HEADING_MAX_WORDS, _heading
    from articlean.readcards import GLUED_MAX_WORDS, glued_card

    assert _heading("About Jane Doe")
    assert HEADING_MAX_WORDS == 6
    assert _heading("À propos de l ' auteur")  # six pieces, the heading "à propos de l auteur"
    assert not _heading("À propos de l ' ' auteur")  # seven pieces: no heading, whatever its words
    card = " ".join(["word"] * (GLUED_MAX_WORDS - 2)) + " Read now"
    assert glued_card(card)  # at the bound
    assert not glued_card("word " + card)  # one word over


def test_cell_words_are_counted_up_to_the_largest_bound() -> None:
    """The cell joiner's word counts stop at WORDS_READ, read from as much of the text as that
    needs: below it they are the whole text's counts (CJK characters one each), at it any longer text."""
    from articlean.cells import BRIDGE_MAX_WORDS, CELL_MAX_WORDS, TOKEN_MAX_WORDS, WORDS_READ, _words

    assert max(CELL_MAX_WORDS, BRIDGE_MAX_WORDS, TOKEN_MAX_WORDS) < WORDS_READ
    pieces = ("word", "a_b", "東京", "x" * 40, " ", ". ", "—")
    for size in (1, 5, 17, 40):
        for combination in itertools.product(pieces, repeat=3):
            text = " ".join(combination * size)
            whole = len(re.findall(r"\w+", text)) + sum(1 for char in text if char >= "\u3040")
            assert _words(text) == min(whole, WORDS_READ), repr(text)
    assert _words("one two three") == 3
    assert _words(" ".join(["w"] * 200)) == WORDS_READ


# Pieces of run-on lines: lower and upper case in and out of ASCII, digits, a price, marks, spaces.
_RUN_ON_PIECES = ("ab", "é", "жы", "ß", "A", "É", "Ж", "ABC", "Ω", "7", "$", " ", ".", ":", "/", "-", "’")
_RUN_ON_PIECES += ("\n",)


def _run_on_texts(count: int) -> list[str]:
    import random

    generator = random.Random(22)
    sizes = [generator.randint(1, 12) for _ in range(count)]
    return ["".join(generator.choice(_RUN_ON_PIECES) for _ in range(size)) for size in sizes]


def test_no_glue_pattern_matches_without_its_anchor() -> None:
    """The searches before the glued-word and other-glue patterns (runonpatterns.glue_anchor,
    other_glue_anchors) turn away only texts the patterns cannot match."""
    from articlean.runonpatterns import (
        glue_anchor,
        glued_words,
        other_glue_anchors,
        other_glue_patterns,
        patterns,
    )

    pairs = [(glue_anchor(), patterns()[1]), *zip(other_glue_anchors(), other_glue_patterns(), strict=True)]
    matched = [0] * len(pairs)
    for text in _run_on_texts(6000):
        assert glued_words(text) == patterns()[1].findall(text), repr(text)
        for number, (anchor, pattern) in enumerate(pairs):
            if pattern.search(text):
                matched[number] += 1
                assert anchor.search(text), (number, text)
    assert all(matched), matched


def test_the_glued_names_of_a_page_are_found_as_a_search_per_line_found_them() -> None:
    from collections import Counter

    from articlean.runonpatterns import patterns
    from articlean.runons import DENSE_RUN_ON_MIN_CHARS, _names_on_other_lines

    texts = _run_on_texts(3000)
    pages = ["\n".join(texts[start : start + 30]).split("\n") for start in range(0, 3000, 30)]
    pages += [["HomeWorld", "x" * DENSE_RUN_ON_MIN_CHARS + " HomeWorld", "", "goes HomeWorld", "HomeWorld"]]
    for lines in pages:
        lines.append("a" * DENSE_RUN_ON_MIN_CHARS)
        seen = Counter(word for line in lines for word in set(patterns()[1].findall(line)))
        assert _names_on_other_lines(lines) == {word for word, count in seen.items() if count > 1}
    assert _names_on_other_lines(pages[-1]) == {"HomeWorld"}


def test_the_kept_subheading_levels_are_those_of_every_kept_subheading() -> None:
    """kept_subheading_levels stops asking once a level is found: the same levels as asking of
    every kept block."""
    from articlean.edgeparagraphs import kept_subheading_levels, subheading

    paragraph = words(30, ".")
    lines = ["## Opening", "", paragraph, "", "A plain heading", "", paragraph, "", "## Second", ""]
    lines += [paragraph, "", "Another plain one", "", paragraph, "", "### Deeper", "", paragraph]
    blocks = segment(lines, markdown=True)
    for mask in range(1 << len(blocks)):
        verdicts = [
            Verdict(Label.BODY, 1.0, "prose") if mask >> index & 1 else Verdict(Label.BOILERPLATE, 0.0, "-")
            for index in range(len(blocks))
        ]
        expected = {
            blocks[index].heading_level
            for index in range(len(blocks) - 1)
            if verdicts[index].label.is_body and subheading(blocks, verdicts, index)
        }
        assert kept_subheading_levels(blocks, verdicts) == expected
    body = [Verdict(Label.BODY, 1.0, "prose")] * len(blocks)
    assert kept_subheading_levels(blocks, body) == {0, 2, 3}  # the comparison reads something


def test_bounded_word_counts_agree_with_the_full_count() -> None:
    """count_words_upto is min(count_words, cap) on texts short (remembered) and long (read up to
    cap words), and the edge walks' sum over a paragraph's lines reaches a bound as the full sum."""
    import random

    from articlean.edgeparagraphs import _words_reach
    from articlean.segment import COUNT_CACHE_MAX_CHARS, count_words, count_words_upto

    rng = random.Random(11)
    pieces = ["word", "é", "日本", "x_y", "42", " ", "  ", ",", ". ", "—", "\n", "-"]
    texts = ["", " ", "one", "Sub heading"]
    for size in (3, 9, 40, COUNT_CACHE_MAX_CHARS // 3, COUNT_CACHE_MAX_CHARS):
        texts += ["".join(rng.choice(pieces) for _ in range(size)) for _ in range(40)]
    assert any(len(text) > COUNT_CACHE_MAX_CHARS for text in texts)
    for text in texts:
        for cap in range(12):
            assert count_words_upto(text, cap) == min(count_words(text), cap)
    for start in range(0, len(texts) - 3, 3):
        group = texts[start : start + 3]
        for least in range(1, 14):
            assert _words_reach(group, least) == (sum(map(count_words, group)) >= least)
