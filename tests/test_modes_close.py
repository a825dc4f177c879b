"""--precision at the article's close: what structural rules kept there, and the lines it spares."""

from __future__ import annotations

import pytest

from articlean.model import Block, Label, Verdict
from articlean.modes import (
    CLOSE_KEEPS,
    MAIN_RUN_GAP,
    TAIL_PARAGRAPH_WORDS,
    TAIL_SENTENCE_GAP,
    TAIL_SENTENCE_SCORE,
    UNSURE_LINE_SCORE,
    UNSURE_LINE_SPARED,
    UNSURE_MEAN_SCORE,
    favour_precision,
)

LONG = "A sentence long enough to be a paragraph of the article itself"
# The same ending its sentence: an article's last paragraph that ends none moves its end on through
# the kept lines that finish the sentence (articlean.articleends).
ENDED = f"{LONG}."
SURE = Verdict(Label.BODY, 0.99, "in-article")
OTHER = Verdict(Label.BOILERPLATE, 0.1, "outside-article")
KEPT_SHORT = Verdict(Label.BODY, 0.6, "in-article")


def low(reason: str) -> Verdict:
    """A block kept under ``reason`` that the model scored low."""
    return Verdict(Label.BODY, 0.2, reason)


def precision(texts: list[str], verdicts: list[Verdict]) -> list[str]:
    blocks = [Block(index, index, index, text, index) for index, text in enumerate(texts)]
    return [verdict.reason for verdict in favour_precision(blocks, verdicts)]


@pytest.mark.parametrize("reason", sorted(CLOSE_KEEPS))
def test_the_article_s_end_moves_on_through_its_structural_close(reason: str) -> None:
    """Kept right after the article's end by a rule that found them as its close, low-scored blocks
    stay; a dropped block between them does not part them from it."""
    texts = [*[LONG] * 6, "Q: Favourite book?", "Share this", "A: The Hobbit, read twice."]
    verdicts = [*[SURE] * 6, low(reason), OTHER, low(reason)]
    assert precision(texts, verdicts)[6:] == [reason, "outside-article", reason]


def test_a_kept_block_of_another_reason_stops_the_close() -> None:
    """A doubted block the model kept between the end and the structural keeps: the walk stops there,
    and both go; so do the rows that continue a table (not in CLOSE_KEEPS)."""
    doubted = Verdict(Label.BODY, 0.6, "context")
    texts = [*[ENDED] * 6, "Get our newsletter every week", "See all newsletters."]
    verdicts = [*[SURE] * 6, doubted, low("article-closing")]
    assert precision(texts, verdicts)[6:] == ["after-article", "after-article"]
    assert "table-rows" not in CLOSE_KEEPS
    texts = [*[ENDED] * 6, "Other story one.", "Other story two."]
    assert precision(texts, [*[SURE] * 6, low("table-rows"), low("table-rows")])[6:] == ["after-article"] * 2


def test_an_article_s_closing_paragraph_is_no_unsure_line() -> None:
    """A closing paragraph the rule kept that ends no sentence ("A: The Hobbit") is spared from
    ``unsure-line``; the same line kept by the model alone is not."""
    assert "article-closing" in UNSURE_LINE_SPARED and low("in-article").score < UNSURE_LINE_SCORE
    texts = [LONG, "A: The Hobbit by Tolkien", *[LONG] * 4]
    assert precision(texts, [SURE, low("article-closing"), *[SURE] * 4])[1] == "article-closing"
    assert precision(texts, [SURE, low("in-article"), *[SURE] * 4])[1] == "unsure-line"


DATES = ["June 9 – Tampa, FL @ Arena", "June 10 – Raleigh, NC @ Park", "June 12 – Camden, NJ @ Pavilion"]


def test_the_rows_of_a_mostly_kept_list_are_no_unsure_lines() -> None:
    """Rows written to one pattern (a tour's dates), most of them kept: the ones the model doubted
    stay. A line of the same words in no such run (the rows apart) still goes."""
    doubted = Verdict(Label.BODY, UNSURE_LINE_SCORE - 0.1, "context")
    texts = [LONG, *DATES, *[LONG] * 4]
    result = precision(texts, [SURE, doubted, doubted, low("parallel-lines"), *[SURE] * 4])
    assert result[1:4] == ["context", "context", "parallel-lines"]
    # a run mostly dropped is no list the model kept: its doubted row goes
    other = Verdict(Label.BOILERPLATE, 0.1, "menu")
    assert precision(texts, [SURE, doubted, other, other, *[SURE] * 4])[1] == "unsure-line"
    # rows of different patterns make no run
    mixed = [LONG, DATES[0], "Tampa and Raleigh in June", "Camden: June 12 (Pavilion)", *[LONG] * 4]
    assert precision(mixed, [SURE, doubted, doubted, doubted, *[SURE] * 4])[1] == "unsure-line"


def test_the_end_moves_on_past_the_article_s_own_dropped_list() -> None:
    """The article's later paragraph, past the one-word items of its own list the model dropped as a
    menu (more than one block): the end moves on to it. Past more than TAIL_SENTENCE_GAP such blocks
    it does not."""
    later = "The council will vote on the plan again when it meets in the spring."
    menu = Verdict(Label.BOILERPLATE, 0.2, "menu")
    doubted = Verdict(Label.BODY, TAIL_SENTENCE_SCORE, "in-article")
    for gap, expected in (
        (3, "in-article"),
        (TAIL_SENTENCE_GAP, "in-article"),
        (TAIL_SENTENCE_GAP + 1, "after-article"),
    ):
        texts = [*[LONG] * 6, *["Blob"] * gap, later]
        assert precision(texts, [*[SURE] * 6, *[menu] * gap, doubted])[-1] == expected


def test_structural_keeps_do_not_make_a_page_doubted() -> None:
    """Low-scored rows a structural rule kept under the article do not weigh on the page's mean: its
    first run stays. Kept by the model at that score, they make the page doubted, and the run apart
    from the main one goes (``unsure-page``)."""
    row = "Tickets for the show go on sale on Friday at ten."
    far = [OTHER] * (MAIN_RUN_GAP + 1)
    texts = [LONG, LONG, *["Other story"] * len(far), LONG, *[row] * 8, LONG]
    for reason, first in (("parallel-lines", "in-article"), ("in-article", "unsure-page")):
        verdicts = [SURE, SURE, *far, SURE, *[low(reason)] * 8, SURE]
        assert precision(texts, verdicts)[0] == first
    assert (4 * 12 * 0.99 + 8 * 11 * low("in-article").score) / (4 * 12 + 8 * 11) < UNSURE_MEAN_SCORE


def test_a_piece_of_a_sentence_that_goes_on_in_the_next_line_is_no_unsure_line() -> None:
    """A doubted line whose sentence goes on in the next kept line, which starts in lower case (a dump
    printing a text node per line), stays; under a line that starts a sentence of its own, or over
    a dropped one, it goes as a headline or a label would."""
    doubted = Verdict(Label.BODY, UNSURE_LINE_SCORE - 0.1, "in-article")
    piece = "The Method That Reads the Body"  # written as a headline is, or it would not go at all
    for after, verdict, expected in (
        ("returns a promise of its text.", SURE, "in-article"),
        ("Returns a promise of its text.", SURE, "unsure-line"),
        ("returns a promise of its text.", OTHER, "unsure-line"),
    ):
        texts = [LONG, piece, "", after, *[LONG] * 4]
        no_text = Verdict(Label.BOILERPLATE, 0.0, "no-text")
        assert precision(texts, [SURE, doubted, no_text, verdict, *[SURE] * 4])[1] == expected


@pytest.mark.parametrize(
    "ending",
    [
        "“It’s ‘Showtime at the Apollo.’”",
        "as the writer signs it. (A.H.)",
        "the sentence ends and is cited.[3]",
        "and there the quotation ends (or does it?)",
    ],
)
def test_the_end_moves_on_to_a_sentence_that_ends_inside_quotes_or_marks(ending: str) -> None:
    """A kept sentence closing the article in quotes, a bracket, citation marks or the writer's
    initials ends a sentence; a line that ends none (another story's headline) does not move the end."""
    closing = f"Then the last words of the article closing its final paragraph, {ending}"
    sentence = Verdict(Label.BODY, TAIL_SENTENCE_SCORE, "in-article")
    texts = [*[LONG] * 4, closing]
    assert precision(texts, [*[SURE] * 4, sentence])[4] == "in-article"
    texts = [*[LONG] * 4, "Then another story of the day that the page set under the article (Bug 1234)"]
    assert precision(texts, [*[SURE] * 4, sentence])[4] == "after-article"


def test_the_end_moves_on_to_a_long_closing_paragraph_whatever_its_score() -> None:
    """A kept paragraph of TAIL_PARAGRAPH_WORDS words or more that ends a sentence is the article's last
    section however low the model scored it; one word fewer, at that score, is a note after it."""
    doubted = Verdict(Label.BODY, 0.3, "in-article")
    for words, reason in ((TAIL_PARAGRAPH_WORDS, "in-article"), (TAIL_PARAGRAPH_WORDS - 1, "after-article")):
        paragraph = " ".join(["word"] * (words - 1) + ["end."])
        texts = [*[ENDED] * 12, "Section heading", paragraph]  # too little for the run rule (TAIL_RUN_SHARE)
        assert precision(texts, [*[SURE] * 12, KEPT_SHORT, doubted])[12:] == [reason, reason]


def test_a_short_line_over_a_kept_paragraph_inside_the_article_is_no_unsure_line() -> None:
    """A doubted short line between kept blocks, right over a kept paragraph, is the article's
    subheading; over a line that ends no sentence, or a headline as long as a sentence, it still goes."""
    unsure = Verdict(Label.BODY, UNSURE_LINE_SCORE - 0.01, "in-article")
    paragraph = "The speaker has a handle, a battery for a day and sounds fine outdoors."
    headline = "Another Story of the Day That the Page Printed Between the Paragraphs"
    texts = [LONG, "Sonos Move for $400", paragraph, "Nintendo Switch Lite for $200", "Buy it now"]
    texts += [LONG, headline, paragraph]
    verdicts = [SURE, unsure, SURE, unsure, SURE, SURE, unsure, SURE]
    result = precision(texts, verdicts)
    assert [result[1], result[3], result[6]] == ["in-article", "unsure-line", "unsure-line"]


def test_the_article_s_end_moves_on_through_the_rest_of_its_list() -> None:
    """An article whose last sure block is an item of a list keeps the kept items right after it (a
    wordless line between them does not count), whatever the model scored them; a kept block that is
    no item stops the walk, and the same lines as plain paragraphs after a plain paragraph go."""
    items = ["Fixed a hang at startup", "Moved the cache off the main thread", "Re-enabled the paint test"]
    doubted = Verdict(Label.BODY, 0.55, "context")
    no_text = Verdict(Label.BOILERPLATE, 0.0, "no-text")
    texts = [*[LONG] * 5, *items[:2], "", items[2], "Jane Doe writes about browsers", "Then one more item"]
    verdicts = [*[SURE] * 5, SURE, doubted, no_text, doubted, doubted, doubted]
    blocks = [
        Block(index, index, index, text, 0, list_item=index >= 4 and index != 9)
        for index, text in enumerate(texts)
    ]
    reasons = [verdict.reason for verdict in favour_precision(blocks, verdicts)]
    assert reasons[5:] == ["in-article", "context", "no-text", "context", "after-article", "after-article"]
    plain = [Block(index, index, index, text, 0) for index, text in enumerate(texts)]
    reasons = [verdict.reason for verdict in favour_precision(plain, verdicts)]
    assert reasons[6:] == ["after-article", "no-text", "after-article", "after-article", "after-article"]
