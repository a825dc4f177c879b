"""The doubted lines ``--precision`` keeps though they end no sentence (:mod:`articlean.modes`).

Precision mode drops a kept line the model doubted that ends no sentence (``unsure-line``): a headline
of another story, a label, a sentence the page cut off. Some such lines are the article's all the same,
and their place among the kept blocks shows it; these are spared (:func:`spared_lines`):

* a line of a run of rows written to one pattern (a schedule, a tour's dates;
  :func:`articlean.parallels.row_runs`) of which at least :data:`articlean.parallels.KEPT_SHARE` is
  kept: the model kept the list, scoring its first rows lower, and such rows end no sentence.
  ``parallel-lines`` spares the rows it kept itself, but not those the model had kept under the unsure
  score, which went one by one and left the list in pieces. On dev: F1 0.9631 -> 0.9638, P 0.9781 ->
  0.9781, R 0.9486 -> 0.9499 (12 dumps up, one down by 0.009; a kept share of 1: the same but one dump).
* a line whose sentence goes on in the next kept line with text, which starts in lower case: a dump
  that prints a line per text node (a link, a name in code) cuts the article's sentences into such
  pieces, where a headline of another story or a label stands alone. On dev: F1 0.9651 -> 0.9652,
  P 0.9782 -> 0.9782, R 0.9523 -> 0.9524 (13 dumps up, one down by 0.006); HTML split (precision)
  0.9697 -> 0.9698.
* a short line (under :data:`PARAGRAPH_WORDS` words) between two kept blocks right over a kept
  paragraph (:data:`PARAGRAPH_WORDS` words or more, ending a sentence): the article's subheading
  ("Sonos Move for $400", "Writing a blog post" over their paragraphs), where another story's headline
  set between paragraphs runs longer. On dev: F1 0.9666 -> 0.9669, P 0.9784 -> 0.9784, R 0.9551 ->
  0.9556 (38 dumps up, nine down: a page's 3-word iframe fallback over its text, -0.036 on its two
  dumps of 80 words; the others by 0.01 at most); without the length bound F1 0.9670, but a 12-word
  headline of another story over a paragraph came along (-0.025); HTML split (precision) 0.9709 ->
  0.9713.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from articlean import regexes
from articlean.cardruns import title_case
from articlean.model import Block, Verdict
from articlean.paragraphends import ends_paragraph
from articlean.parallels import KEPT_SHARE, row_runs

# A paragraph has at least PARAGRAPH_WORDS words; a subheading fewer. modes.py's closing sentences are
# as long (TAIL_SENTENCE_WORDS).
PARAGRAPH_WORDS = 10
# A sentence ends as paragraphends.ends_paragraph reads running text (citation marks, the writer's
# initials in brackets, a colon, an emoji), also inside closing quotes or a bracket (CLOSING_MARKS:
# "... “It’s ‘Showtime at the Apollo.’”", "... (or are there?)"), which TERMINAL alone missed. On dev
# (the article's closing sentences, modes.py): F1 0.9655 -> 0.9658, P 0.9783 -> 0.9783, R 0.9530 ->
# 0.9535 (eight dumps up, none down).
CLOSING_MARKS = "\"'”’»)"
# A line goes as ``unsure-line`` only when it is written as a headline is (modes.UNSURE_LINE_SCORE):
# every word of cardruns.TITLE_CASE_LETTERS letters or more capitalised, or in capitals ("Council
# Weighs a Second Bridge Over the River", "SINGER CLEARED TO PERFORM ..."). A line in sentence case
# the model doubted was mostly the article's own (a list's items, a release's notes, the pieces of a
# sentence): see modes.UNSURE_LINE_SCORE for the figures.


def headline_case(text: str) -> bool:
    """Whether a line is written as a headline: it has a word of
    :data:`articlean.cardruns.TITLE_CASE_LETTERS` letters or more, and each such word is capitalised
    (or in capitals) (:func:`articlean.cardruns.title_case`)."""
    return title_case(text, min_words=1)


# A web address closing a line after its sentence ("... 18-24 November. Ticket details:
# http://www.example.com/", "... For more information, please visit www.example.com"): the line ends a
# sentence when what stands before the address does, or holds a sentence's end (it is running text,
# not a link's label). On dev (modes.py's closing sentences): F1 0.9690 -> 0.9693, P 0.9788 -> 0.9789
# (two pages up on all three renderers, none down).
_TRAILING_ADDRESS = regexes.compile(r"\s*[<(\[]?(?:https?://|www\.)\S+$", re.IGNORECASE)
_INNER_SENTENCE_END = regexes.compile(r"[.!?]\s+\S")


def ends_sentence(text: str) -> bool:
    """Whether a line ends a sentence as running text does (:func:`articlean.paragraphends.ends_paragraph`),
    also inside closing quotes or a bracket (:data:`CLOSING_MARKS`), or before a web address that
    follows its sentence (:data:`_TRAILING_ADDRESS`)."""
    if ends_paragraph(text) or ends_paragraph(text.rstrip(CLOSING_MARKS)):
        return True
    address = _TRAILING_ADDRESS.search(text)
    if address is None or address.start() == 0:
        return False
    rest = text[: address.start()].rstrip()
    return ends_paragraph(rest) or _INNER_SENTENCE_END.search(rest) is not None


def spared_lines(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> set[int]:
    """The indexes of the blocks no ``unsure-line`` drop may take: the rows of a list the model mostly
    kept (:func:`_kept_rows`), the pieces of a sentence that goes on in the next kept line
    (:func:`_sentence_pieces`) and the subheadings over a kept paragraph (:func:`_subheadings`)."""
    return _kept_rows(blocks, verdicts) | _sentence_pieces(blocks, verdicts) | _subheadings(blocks, verdicts)


def _subheadings(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> set[int]:
    """The blocks of fewer than PARAGRAPH_WORDS words whose blocks with text on each side are kept,
    the next one a paragraph (PARAGRAPH_WORDS words or more, ending a sentence): a subheading."""
    texted = [index for index, verdict in enumerate(verdicts) if verdict.reason != "no-text"]
    return {
        index
        for before, index, after in zip(texted, texted[1:], texted[2:], strict=False)
        if verdicts[before].label.is_body
        and verdicts[after].label.is_body
        and len(blocks[index].text.split()) < PARAGRAPH_WORDS
        and len(blocks[after].text.split()) >= PARAGRAPH_WORDS
        and ends_sentence(blocks[after].text.rstrip())
    }


def _sentence_pieces(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> set[int]:
    """The blocks whose next block with text is kept and starts in lower case: the sentence goes on
    there (a dump that prints a line per text node: "The static method" / "fetch()" / "is ...")."""
    pieces: set[int] = set()
    goes_on = False  # whether the next block with text is kept and starts in lower case
    for index in range(len(blocks) - 1, -1, -1):
        if goes_on:
            pieces.add(index)
        if verdicts[index].reason != "no-text":
            goes_on = verdicts[index].label.is_body and blocks[index].text[:1].islower()
    return pieces


def _kept_rows(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> set[int]:
    """The blocks of the runs of rows written to one pattern (:func:`articlean.parallels.row_runs`) of
    which at least KEPT_SHARE is kept."""
    return {
        index
        for run in row_runs(blocks)
        if sum(verdicts[index].label.is_body for index in run) >= KEPT_SHARE * len(run)
        for index in run
    }
