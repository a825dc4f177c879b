"""The shortcuts of the speed work (issue 9) give what the longer ways gave."""

from __future__ import annotations

import itertools

from articlean.blockmarks import (
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
