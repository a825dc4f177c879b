"""--precision and --recall: the edges of the article, beyond the classifier's cut."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from click.testing import CliRunner

from articlean import Mode, Options, clean
from articlean.cli import main
from articlean.model import Block, CaptionPolicy, Label, Verdict
from articlean.modes import (
    MAIN_RUN_GAP,
    MAIN_RUN_SHARE,
    RUN_MAX_GAP,
    SURE_SCORE,
    TAIL_ANCHOR_SCORE,
    TAIL_RUN_SHARE,
    TAIL_SENTENCE_GAP,
    TAIL_SENTENCE_SCORE,
    TAIL_SENTENCE_WORDS,
    UNSURE_LINE_SCORE,
    UNSURE_LINE_SPARED,
    UNSURE_MEAN_SCORE,
    favour_precision,
)
from articlean.recallmode import (
    EDGE_MAX_BLOCKS,
    FAR_RUN_FRAGMENTS,
    FAR_RUN_GAP,
    FAR_RUN_PROSE_WORDS,
    GAP_MAX_BLOCKS,
    LEADING_EDGE_MIN_WORDS,
    NEAR_MIN_WORDS,
    NEAR_SCORE,
    favour_recall,
    keep_balanced,
)
from articlean.sparedlines import headline_case
from test_classify import article  # the hand-written prose of the classifier tests

LONG = "A sentence long enough to be a paragraph of the article itself"
KEPT = Verdict(Label.BODY, 0.99, "in-article")
DOUBT = Verdict(Label.BODY, 0.5, "in-article")


def blocks_of(*texts: str) -> list[Block]:
    return [Block(index, index, index, text, index) for index, text in enumerate(texts)]


def dropped(reason: str, score: float = 0.3) -> Verdict:
    return Verdict(Label.BOILERPLATE, score, reason)


def reasons(verdicts: list[Verdict]) -> list[str]:
    return [verdict.reason for verdict in verdicts]


def recall(
    verdicts: list[Verdict], labels: list[Label] | None = None, text: str = "Two words"
) -> list[Verdict]:
    """favour_recall over blocks of ``text`` (by default too short for the near-cut rule)."""
    blocks = blocks_of(*[text] * len(verdicts))
    return favour_recall(blocks, verdicts, labels or [Label.BODY] * len(verdicts))


def test_precision_drops_what_follows_the_last_sure_block() -> None:
    blocks = blocks_of("Short head", LONG, LONG, LONG, LONG, "Follow us", LONG)
    verdicts = [DOUBT, KEPT, KEPT, KEPT, KEPT, DOUBT, DOUBT]
    result = favour_precision(blocks, verdicts)
    assert reasons(result) == [*["in-article"] * 5, "after-article", "after-article"]
    assert [verdict.label.is_body for verdict in result] == [True] * 5 + [False, False]


def test_precision_anchor_needs_words_and_score() -> None:
    blocks = blocks_of(LONG, LONG, LONG, LONG, "Two words", LONG)
    sure_but_short = Verdict(Label.BODY, 0.99, "in-article")
    below_anchor = Verdict(Label.BODY, TAIL_ANCHOR_SCORE - 0.01, "in-article")
    result = favour_precision(blocks, [KEPT, KEPT, KEPT, KEPT, sure_but_short, below_anchor])
    assert reasons(result) == [*["in-article"] * 4, "after-article", "after-article"]


def test_a_long_rest_of_the_sure_block_s_run_is_the_article_s() -> None:
    """What follows the last sure block in its run stays when it holds more than TAIL_RUN_SHARE of the
    kept words (the article the model scored lower); a kept run of its own after it still goes."""
    long_rest = [KEPT, KEPT, KEPT, DOUBT, DOUBT]
    assert 2 / len(long_rest) > TAIL_RUN_SHARE
    assert reasons(favour_precision(blocks_of(*[LONG] * 5), long_rest)) == ["in-article"] * 5
    short_rest = [KEPT] * 5 + [DOUBT]
    assert 1 / len(short_rest) <= TAIL_RUN_SHARE
    result = reasons(favour_precision(blocks_of(*[LONG] * 6), short_rest))
    assert result == [*["in-article"] * 5, "after-article"]
    far = [dropped("outside-article")] * len(FAR)
    verdicts = [KEPT, KEPT, KEPT, DOUBT, DOUBT, DOUBT, *far, DOUBT]
    result = reasons(favour_precision(blocks_of(*[LONG] * len(verdicts)), verdicts))
    assert result == [*["in-article"] * 6, *["outside-article"] * len(FAR), "after-article"]


SENTENCE = "The council will vote on the plan again when it meets in the spring."


def tail(sentence: str, score: float, gap: int = 0) -> list[str]:
    """The reasons favour_precision gives a sure article's kept blocks followed by a doubted short line
    and, ``gap`` dropped blocks further, ``sentence`` kept at ``score``."""
    sentence_verdict = Verdict(Label.BODY, score, "in-article")
    verdicts = [*[KEPT] * 6, DOUBT, *[dropped("outside-article")] * gap, sentence_verdict]
    blocks = blocks_of(*[f"{LONG}."] * 6, "Two words", *["Other story"] * gap, sentence)
    return reasons(favour_precision(blocks, verdicts))[6:]


def test_precision_keeps_the_sentences_that_follow_the_article_closely() -> None:
    """The article goes on through a kept sentence the model was fairly sure of close after it, and
    takes the kept lines before that sentence along; not through a short, doubted or unfinished line,
    nor past more than TAIL_SENTENCE_GAP dropped blocks."""
    assert len(SENTENCE.split()) >= TAIL_SENTENCE_WORDS
    assert tail(SENTENCE, TAIL_SENTENCE_SCORE) == ["in-article", "in-article"]
    assert tail(SENTENCE, TAIL_SENTENCE_SCORE, TAIL_SENTENCE_GAP) == [
        "in-article", *["outside-article"] * TAIL_SENTENCE_GAP, "in-article",
    ]  # fmt: skip
    assert tail(SENTENCE, TAIL_SENTENCE_SCORE - 0.01) == ["after-article", "after-article"]
    assert tail(SENTENCE.rstrip("."), TAIL_SENTENCE_SCORE) == ["after-article", "after-article"]
    short = " ".join(SENTENCE.split()[-TAIL_SENTENCE_WORDS + 1 :])
    assert tail(short, TAIL_SENTENCE_SCORE) == ["after-article", "after-article"]
    far = tail(SENTENCE, TAIL_SENTENCE_SCORE, TAIL_SENTENCE_GAP + 1)
    assert far == ["after-article", *["outside-article"] * (TAIL_SENTENCE_GAP + 1), "after-article"]


# Blocks with text that part the kept text (articlean.modes.RUN_MAX_GAP): an unsure page's kept text
# is scattered, not one run, so the page-level doubts apply.
APART = ["Other story"] * (RUN_MAX_GAP + 1)


# Blocks with text that part two runs of kept text (articlean.modes.MAIN_RUN_GAP).
FAR = ["Other story"] * (MAIN_RUN_GAP + 1)
LUKEWARM = Verdict(Label.BODY, UNSURE_MEAN_SCORE - 0.2, "in-article")


def test_precision_keeps_only_the_largest_run_when_no_block_is_sure() -> None:
    blocks = blocks_of(LONG, *FAR, LONG, LONG, "Menu")
    unsure = Verdict(Label.BODY, SURE_SCORE - 0.01, "in-article")
    far = [dropped("outside-article")] * len(FAR)
    result = favour_precision(blocks, [unsure, *far, unsure, unsure, dropped("menu")])
    assert reasons(result) == [
        "unsure-page", *["outside-article"] * len(FAR), "in-article", "in-article", "menu"
    ]  # fmt: skip
    # sure, the page's kept text stays whole
    result = favour_precision(blocks, [unsure, *far, unsure, KEPT, dropped("menu")])
    assert [verdict.label.is_body for verdict in result] == [True, *[False] * len(FAR), True, True, False]


def test_precision_keeps_the_largest_run_when_the_kept_text_is_unsure_on_average() -> None:
    blocks = blocks_of(LONG, *FAR, LONG, LONG)
    far = [dropped("outside-article")] * len(FAR)
    result = favour_precision(blocks, [LUKEWARM, *far, LUKEWARM, KEPT])
    assert [reason for reason in reasons(result) if reason != "outside-article"] == [
        "unsure-page", "in-article", "in-article"
    ]  # fmt: skip
    result = favour_precision(blocks, [LUKEWARM, *far, KEPT, KEPT])
    assert [reason for reason in reasons(result) if reason != "outside-article"] == ["in-article"] * 3


def doubted_page(run: list[Verdict], before: list[Verdict], after: Sequence[Verdict] = ()) -> list[str]:
    """The reasons favour_precision gives a page of LONG blocks: kept blocks ``before``, each FAR
    from the next, ``run`` (its first kept block APART from the next, closer than MAIN_RUN_GAP), and
    kept blocks ``after``, each FAR from the one before."""
    far = [dropped("outside-article")] * len(FAR)
    verdicts = [verdict for kept in before for verdict in (kept, *far)]
    verdicts += [run[0], *[dropped("outside-article")] * len(APART), *run[1:]]
    verdicts += [verdict for kept in after for verdict in (*far, kept)]
    return [reason for reason in reasons(favour_precision(blocks_of(*[LONG] * len(verdicts)), verdicts))
            if reason != "outside-article"]  # fmt: skip


def test_a_doubted_page_keeps_its_main_run() -> None:
    """The page's mean is unsure, but most of its kept words are one run around a sure block: that
    run is the article, the bits scattered over the page go."""
    run = [LUKEWARM, LUKEWARM, LUKEWARM, KEPT]
    assert (3 * LUKEWARM.score + KEPT.score) / 4 < UNSURE_MEAN_SCORE and len(run) / 5 >= MAIN_RUN_SHARE
    assert doubted_page(run, [LUKEWARM]) == ["unsure-page", *["in-article"] * 4]


def test_a_doubted_page_without_a_main_run_keeps_its_largest_run() -> None:
    """No body at all is the worst answer for a page that holds an article: the largest run is the
    model's best guess at it."""
    # the largest run holds too little of the kept words
    assert doubted_page([LUKEWARM, LUKEWARM, KEPT], [LUKEWARM, LUKEWARM]) == [
        "unsure-page", "unsure-page", "in-article", "in-article", "in-article"
    ]  # fmt: skip
    # the largest run has no sure block: the page's sure block stands apart from it
    assert doubted_page([LUKEWARM] * 4, [], [KEPT]) == [*["in-article"] * 4, "unsure-page"]


def test_a_doubted_page_keeps_its_largest_run_as_the_model_kept_it() -> None:
    """The tail rule cut the largest run after the page's one sure block; the doubted page keeps the
    run all the same, and what the tail rule kept goes."""
    sure = Verdict(Label.BODY, SURE_SCORE, "in-article")
    far = [dropped("outside-article")] * len(FAR)
    verdicts = [LUKEWARM, LUKEWARM, sure, *far, *[LUKEWARM] * 4]
    result = [reason for reason in reasons(favour_precision(blocks_of(*[LONG] * len(verdicts)), verdicts))
              if reason != "outside-article"]  # fmt: skip
    assert result == ["unsure-page"] * 3 + ["in-article"] * 4


def test_a_page_with_no_sure_block_keeps_its_largest_run() -> None:
    unsure = Verdict(Label.BODY, SURE_SCORE - 0.01, "in-article")
    assert doubted_page([unsure] * 4, [unsure]) == ["unsure-page", *["in-article"] * 4]


def test_recall_keeps_what_balanced_keeps() -> None:
    heading = Verdict(Label.HEADING, 0.6, "in-article")
    balanced = [KEPT, heading, dropped("low-score"), dropped("menu")]
    near = Verdict(Label.BODY, 0.3, "near-cut")  # recall keeps more: that stays
    recall_verdicts = [KEPT, dropped("low-score", 0.2), near, dropped("menu")]
    blocks = blocks_of(*[f"{LONG} {number}" for number in range(4)])  # none printed twice
    assert keep_balanced(blocks, balanced, recall_verdicts) == [KEPT, heading, near, dropped("menu")]


def far_page(*texts: str, gap: int = FAR_RUN_GAP + 1) -> list[str]:
    """The reasons keep_balanced gives a page where balanced keeps one LONG block and recall keeps
    ``texts`` too, each a block of its own after ``gap`` dropped blocks."""
    between = ["Other story"] * gap
    blocks = blocks_of(LONG, *between, *texts)
    balanced = [KEPT, *[dropped("outside-article")] * (len(blocks) - 1)]
    doubted = Verdict(Label.BODY, 0.3, "context")
    recall_verdicts = [KEPT, *[dropped("outside-article")] * gap, *[doubted] * len(texts)]
    return reasons(keep_balanced(blocks, balanced, recall_verdicts))[1 + gap :]


def test_recall_drops_short_lines_far_from_what_balanced_keeps() -> None:
    """Headlines of other stories the lower cut kept, apart from the article: they go."""
    assert far_page("Other headline here", "Another headline") == ["far-from-article"] * 2
    # near the article, they are recall's doubt to keep
    assert far_page("Other headline here", "Another headline", gap=FAR_RUN_GAP) == ["context"] * 2


def test_recall_keeps_a_far_run_with_a_paragraph() -> None:
    """A paragraph apart from what balanced keeps may be the article's (a standfirst): its run stays."""
    paragraph = " ".join(["word"] * FAR_RUN_PROSE_WORDS)
    assert far_page("Other headline here", paragraph) == ["context"] * 2


def test_recall_keeps_a_far_run_of_a_paragraph_printed_as_fragments() -> None:
    """A paragraph printed a line per text node: its lines go on with a sentence, so the run stays."""
    fragments = ["In mathematics, a", "Hermitian matrix", "(or self-adjoint matrix) is a complex",
                 "square matrix that is equal", "-th row and j", ", then the property reads"]  # fmt: skip
    assert far_page(*fragments) == ["context"] * len(fragments)
    # one fragment short of the count: short lines apart, they go
    capitals = ["Other headline here", "Another headline", "A third one", "Fourth headline", "Fifth"]
    few = [*capitals[: len(fragments) - FAR_RUN_FRAGMENTS + 1], *fragments[-(FAR_RUN_FRAGMENTS - 1) :]]
    assert far_page(*few) == ["far-from-article"] * len(few)


def test_recall_keeps_its_far_runs_when_balanced_keeps_nothing() -> None:
    blocks = blocks_of("Short line one", "Other story", "Other story", "Other story", "Short line two")
    balanced = [dropped("outside-article")] * 5
    recall_verdicts = [Verdict(Label.BODY, 0.3, "context"), *[dropped("outside-article")] * 3,
                       Verdict(Label.BODY, 0.3, "context")]  # fmt: skip
    assert reasons(keep_balanced(blocks, balanced, recall_verdicts))[::4] == ["context", "context"]


def test_precision_trusts_a_page_with_its_own_outline() -> None:
    # an unsure page scattered too far for a main run: with its table of contents found, it holds an
    # article
    blocks = blocks_of("Contents", LONG, *FAR, LONG, LONG)
    lukewarm = Verdict(Label.BODY, UNSURE_MEAN_SCORE - 0.2, "in-article")
    far = [dropped("outside-article")] * len(FAR)
    box = Verdict(Label.BODY, 0.1, "contents")
    result = favour_precision(blocks, [box, lukewarm, *far, lukewarm, KEPT])
    assert [reason for reason in reasons(result) if reason != "outside-article"] == [
        "contents",
        *["in-article"] * 3,
    ]
    result = favour_precision(blocks, [dropped("menu"), lukewarm, *far, lukewarm, KEPT])
    assert "unsure-page" in reasons(result)


def test_precision_drops_an_unsure_line_that_ends_no_sentence() -> None:
    blocks = blocks_of(LONG, "Other Story of the Day", "Unsure, but it ends a sentence.", "Two", LONG)
    unsure = Verdict(Label.BODY, UNSURE_LINE_SCORE - 0.01, "in-article")
    result = favour_precision(blocks, [KEPT, unsure, unsure, unsure, KEPT])
    assert reasons(result) == ["in-article", "unsure-line", "in-article", "in-article", "in-article"]


def test_precision_keeps_an_unsure_table_row() -> None:
    """A doubted line whose words mostly hold digits is a row of a table, not another story's
    headline; a headline with a number in it still goes."""
    blocks = blocks_of(LONG, "1 Kyle Busch 5040 5 1 17 27", "Top 10 Places to Visit in 2024", LONG)
    unsure = Verdict(Label.BODY, UNSURE_LINE_SCORE - 0.01, "in-article")
    result = favour_precision(blocks, [KEPT, unsure, unsure, KEPT])
    assert reasons(result) == ["in-article", "in-article", "unsure-line", "in-article"]


def test_precision_drops_only_a_doubted_line_written_as_a_headline() -> None:
    """A doubted line in sentence case (an item of the article's list, a piece of its sentence) stays;
    the same words written as a headline ("Other Story of the Day", or in capitals) go; a line the
    model scored at UNSURE_LINE_SCORE or more stays, headline or not."""
    lines = ["Planting a row of beans by hand", "Planting a Row of Beans by Hand", "PLANTING A ROW OF BEANS"]
    blocks = blocks_of(LONG, *lines, LONG)
    unsure = Verdict(Label.BODY, UNSURE_LINE_SCORE - 0.01, "in-article")
    result = favour_precision(blocks, [KEPT, unsure, unsure, unsure, KEPT])
    assert reasons(result) == ["in-article", "in-article", "unsure-line", "unsure-line", "in-article"]
    doubted = Verdict(Label.BODY, UNSURE_LINE_SCORE, "in-article")
    result = favour_precision(blocks, [KEPT, doubted, doubted, doubted, KEPT])
    assert reasons(result) == ["in-article"] * 5


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Council Weighs a Second Bridge Over the River", True),
        ("Zehn Rezepte Für Den Sommer", True),
        ("SINGER CLEARED TO PERFORM AT GALA", True),
        ("Sonos Move for $400", True),
        ("Seed plan for the week", False),
        ("jdoe re-enabled the paint test", False),
        ("Rhubarb is a plant that grows in", False),
        ("Top 10 to go", False),  # no word of four letters or more
    ],
)
def test_headline_case(text: str, expected: bool) -> None:
    assert headline_case(text) is expected


@pytest.mark.parametrize("reason", sorted(UNSURE_LINE_SPARED))
def test_precision_spares_a_doubted_line_a_structural_rule_kept(reason: str) -> None:
    """A line kept with its neighbours by a structural rule (a list written to one pattern, a table's
    rows, a recipe's card) is no unsure line, however low the model scored it; the same line the
    model alone kept still goes."""
    blocks = blocks_of(LONG, "June 24 -- Jiffy Lube Live, Bristow, VA", "Watch the Trailer Now", LONG)
    spared = Verdict(Label.BODY, UNSURE_LINE_SCORE - 0.01, reason)
    unsure = Verdict(Label.BODY, UNSURE_LINE_SCORE - 0.01, "in-article")
    result = favour_precision(blocks, [KEPT, spared, unsure, KEPT])
    assert reasons(result) == ["in-article", reason, "unsure-line", "in-article"]
    assert [verdict.label.is_body for verdict in result] == [True, True, False, True]


def test_recall_fills_short_gaps_but_not_what_a_rule_recognised() -> None:
    far = [dropped("outside-article")] * (GAP_MAX_BLOCKS + 1)
    verdicts = [KEPT, dropped("low-score"), dropped("ad-label"), KEPT, *far, KEPT]
    result = recall(verdicts)
    assert reasons(result)[:4] == ["in-article", "inside-article", "ad-label", "in-article"]
    # a gap longer than GAP_MAX_BLOCKS is another part of the page
    assert reasons(result)[4:-1] == ["outside-article"] * len(far)


@pytest.mark.parametrize(
    "reason", ["menu", "link-line", "tag-list", "above-headline", "page-footer", "summary-box", "signup-box"]
)
def test_recall_keeps_a_rule_drop_dropped_between_kept_blocks(reason: str) -> None:
    verdicts = [KEPT, dropped(reason), KEPT]
    result = recall(verdicts, text=LONG)
    assert reasons(result) == ["in-article", reason, "in-article"]
    assert not result[1].label.is_body


def test_recall_keeps_lone_numbers_anywhere_inside_the_article() -> None:
    gap = GAP_MAX_BLOCKS + 1
    verdicts = [KEPT, *[dropped("low-score")] * gap, dropped("no-words", 0.7), KEPT]
    result = recall(verdicts)
    assert reasons(result)[gap + 1] == "inside-article"
    assert reasons(result)[1 : gap + 1] == ["low-score"] * gap


def test_recall_widens_the_edges_while_the_model_gave_some_chance() -> None:
    edge = EDGE_MAX_BLOCKS + 1
    before = [dropped("outside-article", 0.15)] * edge
    verdicts = [*before, KEPT, dropped("outside-article", 0.15), dropped("x", 0.01)]
    result = recall(verdicts, [Label.HEADING] * len(verdicts), text=LONG)
    assert reasons(result)[0] == "outside-article"
    assert reasons(result)[1:edge] == ["next-to-article"] * EDGE_MAX_BLOCKS
    assert result[1].label is Label.HEADING
    assert reasons(result)[edge + 1 :] == ["next-to-article", "x"]


def test_recall_passes_over_a_tool_label_before_the_article() -> None:
    """Before the kept text, a line of a few words is the page's ("Log Out", "Close"), not a headline;
    after it, a short line is kept (a sign-off, a credit line)."""
    short = " ".join(["Close"] * (LEADING_EDGE_MIN_WORDS - 1))
    headline = " ".join(["Headline"] * LEADING_EDGE_MIN_WORDS)
    blocks = blocks_of(headline, short, LONG, short)
    verdicts = [dropped("outside-article", 0.15)] * 2 + [KEPT, dropped("outside-article", 0.15)]
    result = favour_recall(blocks, verdicts, [Label.BODY] * len(verdicts))
    assert reasons(result) == ["next-to-article", "outside-article", "in-article", "next-to-article"]


def test_recall_with_nothing_kept_keeps_nothing() -> None:
    verdicts = [dropped("outside-article")] * 3
    assert recall(verdicts, text=LONG) == verdicts


def test_recall_keeps_a_prose_sized_near_miss_anywhere() -> None:
    far = GAP_MAX_BLOCKS + EDGE_MAX_BLOCKS + 2
    words = " ".join(["word"] * NEAR_MIN_WORDS)
    blocks = blocks_of(LONG, *["Menu"] * far, words, "Two words", words, words)
    near = dropped("outside-article", NEAR_SCORE)
    below = dropped("outside-article", NEAR_SCORE - 0.01)
    verdicts = [KEPT, *[dropped("x", 0.0)] * far, near, near, below, dropped("interface-phrase", 0.5)]
    result = favour_recall(blocks, verdicts, [Label.BODY] * len(verdicts))
    expected = ["near-cut", "outside-article", "outside-article", "interface-phrase"]
    assert reasons(result)[far + 1 :] == expected
    assert result[far + 1].label is Label.BODY


# A page of our own: a short author note after the article, set off from it by an ad's label, and a
# lone year inside it. (Right under the article's last sentence, a short kept sentence stays as its
# close: test_articleends.py.)
TAIL = "Mary Jones writes about the city."
YEAR = "2019"
PAGE = "\n".join([*article((2, YEAR)), "Advertisement", "", TAIL, ""])


def body(mode: Mode) -> str:
    return clean(PAGE, Options(mode=mode)).text


@pytest.mark.parametrize("mode", [Mode.BALANCED, Mode.RECALL])
def test_tail_line_kept_unless_precision(mode: Mode) -> None:
    assert TAIL in body(mode)


def test_precision_trims_the_tail_line_with_its_reason() -> None:
    result = clean(PAGE, Options(mode=Mode.PRECISION))
    assert TAIL not in result.text
    assert [entry.reason for entry in result.ledger if entry.text == TAIL] == ["after-article"]
    assert result.text.startswith(article()[0]) and article()[-2] in result.text


def test_recall_keeps_the_lone_year_inside_the_article() -> None:
    assert f"\n\n{YEAR}\n\n" in body(Mode.RECALL)
    for mode in (Mode.BALANCED, Mode.PRECISION):
        assert f"\n\n{YEAR}\n\n" not in body(mode)


def test_captions_go_to_the_body_in_recall_mode_unless_asked_otherwise() -> None:
    assert Options(mode=Mode.RECALL).caption_policy is CaptionPolicy.KEEP
    for mode in (Mode.BALANCED, Mode.PRECISION):
        assert Options(mode=mode).caption_policy is CaptionPolicy.SEPARATE
    for policy in CaptionPolicy:
        assert Options(mode=Mode.RECALL, captions=policy).caption_policy is policy


CAPTION = "The new flood gates on the river at dawn. Photo: AFP"
CAPTIONED = "\n".join([*article()[:4], CAPTION, "", *article()[4:], ""])


@pytest.mark.parametrize(
    ("flags", "in_body"),
    [
        ([], False),
        (["--precision"], False),
        (["--recall"], True),
        (["--recall", "--captions", "separate"], False),
    ],
)
def test_the_command_keeps_captions_in_the_body_by_default_only_with_recall(
    flags: list[str], in_body: bool
) -> None:
    result = CliRunner().invoke(main, [*flags, "-"], input=CAPTIONED)
    assert result.exit_code == 0
    assert (CAPTION in result.output) is in_body


def test_modes_keep_input_order_and_text() -> None:
    for mode in Mode:
        text = body(mode)
        positions = [PAGE.index(paragraph) for paragraph in text.split("\n\n")]
        assert positions == sorted(positions)
