"""--recall: what only recall keeps that it need not, found against balanced's text (recalltrims.py):
lists at the edges of what balanced is sure of, lines printed again."""

from __future__ import annotations

from articlean.model import Label, Verdict
from articlean.recallmode import keep_balanced
from articlean.recalltrims import (
    EDGE_LIST_ANCHOR_SCORE,
    EDGE_LIST_BLOCKS,
    EDGE_LIST_MIN_WORDS,
    REPEAT_MIN_WORDS,
)
from test_modes import KEPT, LONG, blocks_of, dropped, reasons

DOUBTED = Verdict(Label.BODY, 0.3, "context")
# balanced's cut keeps it, the model is unsure of it
WEAK = Verdict(Label.HEADING, (EDGE_LIST_ANCHOR_SCORE + 0.4) / 2, "context")


def headlines(count: int) -> list[str]:
    """``count`` headlines of other stories, 8 words each, none ending a sentence, none the same."""
    return [f"Another story of day {number} in eight words" for number in range(count)]


HEADLINES = max(EDGE_LIST_BLOCKS, -(-EDGE_LIST_MIN_WORDS // len(headlines(1)[0].split())))


def edge_page(*texts: str, article: int = 1) -> list[str]:
    """The reasons keep_balanced gives ``texts``, each a block that only recall keeps, right after
    ``article`` LONG blocks that balanced keeps."""
    blocks = blocks_of(*[LONG] * article, *texts)
    balanced = [*[KEPT] * article, *[dropped("outside-article")] * len(texts)]
    return reasons(keep_balanced(blocks, balanced, [*[KEPT] * article, *[DOUBTED] * len(texts)]))[article:]


def test_recall_drops_a_list_of_headlines_at_the_articles_edge() -> None:
    """Other stories' headlines kept by the lower cut next to the article, as many words as a good
    part of it: they go, on either side."""
    assert edge_page(*headlines(HEADLINES)) == ["edge-list"] * HEADLINES
    blocks = blocks_of(*headlines(HEADLINES), LONG)
    balanced = [*[dropped("outside-article")] * HEADLINES, KEPT]
    recall_verdicts = [*[DOUBTED] * HEADLINES, KEPT]
    expected = [*["edge-list"] * HEADLINES, "in-article"]
    assert reasons(keep_balanced(blocks, balanced, recall_verdicts)) == expected


def test_recall_keeps_the_articles_own_text_at_its_edge() -> None:
    # prose: its lines end sentences
    prose = [headline + "." for headline in headlines(HEADLINES)]
    assert edge_page(*prose) == ["context"] * HEADLINES
    # a few words (a heading, a dateline), or too few lines
    assert edge_page(*headlines(HEADLINES - 1), "Short") == ["context"] * HEADLINES
    assert edge_page(" ".join(headlines(HEADLINES)), headlines(1)[0]) == ["context"] * 2
    # a small share of a long article
    assert edge_page(*headlines(HEADLINES), article=HEADLINES * 5) == ["context"] * HEADLINES


def weak_keep_page(recall_only: int) -> list[str]:
    """The reasons keep_balanced gives a page: an article that balanced keeps (and is sure of), then
    a list of headlines of which only the one in the middle scored over balanced's cut, the model
    unsure of it, and ``recall_only`` on either side of that one only recall's lower cut keeps."""
    texts = [LONG, *headlines(2 * recall_only + 1)]
    outside = [dropped("outside-article")] * recall_only
    balanced = [KEPT, *outside, WEAK, *outside]
    recall_verdicts = [KEPT, *[DOUBTED] * recall_only, WEAK, *[DOUBTED] * recall_only]
    return reasons(keep_balanced(blocks_of(*texts), balanced, recall_verdicts))


def test_recall_edge_is_where_balanced_is_sure() -> None:
    """A headline balanced's cut kept by a hair does not end the article for the edge list: the list
    it stands in goes around it, and the headline itself stays (recall keeps what balanced keeps)."""
    count = HEADLINES  # each side alone as many words as an edge list
    assert weak_keep_page(count) == ["in-article", *["edge-list"] * count, "context", *["edge-list"] * count]
    # half of them on each side: only the list as a whole is an edge list
    half = -(-HEADLINES // 2)
    assert weak_keep_page(half) == ["in-article", *["edge-list"] * half, "context", *["edge-list"] * half]


def test_recall_edge_is_all_balanced_keeps_when_it_is_sure_of_none() -> None:
    blocks = blocks_of(LONG, *headlines(HEADLINES))
    balanced = [WEAK, *[dropped("outside-article")] * HEADLINES]
    assert reasons(keep_balanced(blocks, balanced, [WEAK, *[DOUBTED] * HEADLINES])) == [
        "context", *["edge-list"] * HEADLINES
    ]  # fmt: skip


def repeat_page(line: str, balanced_keeps_copy: bool = False) -> list[str]:
    """The reasons keep_balanced gives an article (LONG, ``line``, LONG, ``line`` again, LONG) whose
    first copy of ``line`` balanced keeps, and its second only recall."""
    blocks = blocks_of(LONG, line, LONG, line, LONG)
    copy = KEPT if balanced_keeps_copy else dropped("outside-article")
    balanced = [KEPT, KEPT, KEPT, copy, KEPT]
    recall_verdicts = [KEPT, KEPT, KEPT, KEPT if balanced_keeps_copy else DOUBTED, KEPT]
    return reasons(keep_balanced(blocks, balanced, recall_verdicts))


def test_recall_drops_a_line_printed_again() -> None:
    """A title over each slide of a gallery: its first copy stays, the next go."""
    line = " ".join(["Title"] * REPEAT_MIN_WORDS)
    assert repeat_page(line)[3] == "repeated"
    assert repeat_page("  ".join(["Title"] * REPEAT_MIN_WORDS))[3] == "repeated"  # spacing aside


def test_recall_keeps_a_short_line_printed_again_and_what_balanced_keeps() -> None:
    assert repeat_page(" ".join(["Title"] * (REPEAT_MIN_WORDS - 1)))[3] == "context"
    assert repeat_page(" ".join(["Title"] * REPEAT_MIN_WORDS), balanced_keeps_copy=True)[3] == "in-article"
