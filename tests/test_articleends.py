"""Where --precision's article ends: its rows, its sentence, the kept sentences right under it
(articlean.articleends), on pages of blocks written here."""

from __future__ import annotations

from articlean.articleends import CLOSING_SCORE, SENTENCE_PIECES
from articlean.model import Block, Label, Verdict
from articlean.modes import favour_precision
from articlean.sparedlines import ends_sentence

PARAGRAPH = "The council met on Tuesday night and spent three hours on the budget for the coming year."
SURE = Verdict(Label.BODY, 0.95, "in-article")
OTHER = Verdict(Label.BOILERPLATE, 0.1, "outside-article")


def blocks_of(*texts: str) -> list[Block]:
    return [Block(index, index, index, text, index) for index, text in enumerate(texts)]


def kept(score: float) -> Verdict:
    return Verdict(Label.BODY, score, "in-article")


def ends(texts: list[str], verdicts: list[Verdict]) -> list[str]:
    """The reasons precision gives the blocks after four sure paragraphs."""
    blocks = blocks_of(*[PARAGRAPH] * 4, *texts)
    return [verdict.reason for verdict in favour_precision(blocks, [SURE] * 4 + verdicts)][4:]


def test_the_article_ends_with_the_sentence_its_last_sure_line_began() -> None:
    """A dump that prints a line per text node cut the last sentence: its pieces come along, up to
    the one that ends it; what follows does not."""
    pieces = ["Still, the stock has slid, and its rival", "Acme", "is off too, down 1.8%.", "Sign up today"]
    reasons = ends(pieces, [SURE, kept(0.4), kept(0.45), kept(0.45)])
    assert reasons == ["in-article", "in-article", "in-article", "after-article"]


def test_a_cut_sentence_needs_a_sentence_end_within_a_few_lines() -> None:
    labels = ["Still, the stock has slid, and", *["Label"] * SENTENCE_PIECES, "It ends here."]
    reasons = ends(labels, [SURE, *[kept(0.4)] * SENTENCE_PIECES, kept(0.4)])
    assert reasons == ["in-article", *["after-article"] * (SENTENCE_PIECES + 1)]


def test_a_headline_ending_no_sentence_moves_no_end() -> None:
    reasons = ends(["Council Weighs a Second Bridge", "The vote is on Friday."], [SURE, kept(0.4)])
    assert reasons == ["in-article", "after-article"]


def test_short_kept_sentences_right_under_the_article_are_its_close() -> None:
    closing = ['"That is correct," the mayor said.', "The vote is on Friday."]
    assert ends(closing, [kept(CLOSING_SCORE), kept(0.6)]) == ["in-article", "in-article"]
    assert ends(closing, [kept(CLOSING_SCORE - 0.01), kept(0.6)]) == ["after-article", "after-article"]


def test_a_dropped_line_sets_notes_off_from_the_article() -> None:
    reasons = ends(["Share this", "Jane Doe writes about the city."], [OTHER, kept(0.6)])
    assert reasons == ["outside-article", "after-article"]


def test_a_sentence_ends_before_a_web_address() -> None:
    assert ends_sentence("The final runs 18-24 November. Ticket details: http://www.example.com/")
    assert ends_sentence("It is open to all. For more information, please visit www.example.com")
    assert ends_sentence("The agenda is online. See <https://example.org/agenda>")
    assert not ends_sentence("Visit www.example.com")
    assert not ends_sentence("Read the full agenda at https://example.org/agenda")


def test_the_article_ends_with_the_rows_its_last_sure_row_began() -> None:
    """A schedule's last row, scored a hair lower than the others, stays with its run."""
    rows = [f"Round {number}: {day} March - City Hall" for number, day in ((1, 4), (2, 11), (3, 18), (4, 25))]
    blocks = blocks_of(*[PARAGRAPH] * 4, *rows, "Share this")
    verdicts = [SURE] * 4 + [SURE] * 3 + [kept(0.55), kept(0.55)]
    reasons = [verdict.reason for verdict in favour_precision(blocks, verdicts)][4:]
    assert reasons == ["in-article"] * 4 + ["after-article"]
