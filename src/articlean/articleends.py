"""Where ``--precision``'s article ends once its tail rules found its last sentence (:mod:`articlean.modes`).

The tail rules end the article at a kept block (the last one the model is sure of, moved on through
the closing sentences and structural keeps after it); the kept blocks after that end go
(``after-article``). The end then moves on through what the block's own shape says is still the
article (:func:`moved_end`), in this order:

* the rest of the rows written to one pattern (:func:`articlean.parallels.row_runs`) when the end is
  one of them: a schedule's last rows ("11a etapa: 4 de novembro" / "12a etapa: 9 de dezembro")
  scored a hair under its others, and the article ended a row before its list did. On dev: F1
  +0.0001 (one dump up by 0.04, none down).
* the rest of its sentence when the end ends none: a dump that prints a line per text node cuts
  the article's last sentence into pieces ("Still, the stock has slid, and peer" / "Lowe's" /
  "(LOW) stock is off too, down 1.8%. Lowe's reports earnings" / "Wednesday."), and the end stopped
  mid-sentence. The pieces are the kept blocks right after it, up to the first that ends a sentence,
  at most :data:`SENTENCE_PIECES` of them; a heading or a line written as a headline ends no sentence
  by nature and moves nothing. On dev: F1 +0.0001 (five dumps up, one down by 0.01).
* the kept sentences right under it: kept blocks that end a sentence, one after another with no
  dropped text between them and the end, each scoring :data:`CLOSING_SCORE` or more. An article's
  own last lines are short sentences the model scored a little low for their place at the page's end
  ("That's correct," Volker said. / "We rate the statement Mostly True." / a commodities report's
  last three one-line quotes), and the tail rules ask 10 words and 0.65 of a closing sentence; what
  follows an article is mostly set off from it by a dropped line (a share bar, a rule, a heading) or
  ends no sentence (a byline, a link). On dev: F1 0.9683 -> 0.9689, P 0.9790 -> 0.9788 (49 dumps up,
  7 down by 0.014 at most: a credit line, a follow prompt); a floor of 0.4: the same F1 (4 dumps up,
  2 down), 0.6: F1 0.9687.
* the kept items of its list, when the end is an item itself (:func:`list_close`).

A line ends a sentence as :func:`articlean.sparedlines.ends_sentence` reads it, also when a web
address follows its sentence ("... which takes place 18-24 November. Ticket details:
http://www.example.com/", "... For more information, please visit www.example.com").
"""

from __future__ import annotations

from collections.abc import Sequence

from articlean.model import Block, Verdict
from articlean.parallels import row_runs
from articlean.sparedlines import ends_sentence, headline_case

# The pieces of one sentence a dump prints a line each (a link, a name, the words between them): past
# this many kept lines without a sentence's end, what follows the end is no rest of its sentence (a
# list of labels, a menu the model kept) and the end stays where it was.
SENTENCE_PIECES = 6
# A kept sentence right under the end moves it on when it scores this much: see the module's notes.
CLOSING_SCORE = 0.5


def moved_end(blocks: Sequence[Block], verdicts: Sequence[Verdict], end: int) -> int:
    """``end`` (a kept block) moved on through the rest of its rows (:func:`_row_close`), the rest of
    its sentence (:func:`_sentence_close`), the kept sentences right under it
    (:func:`_closing_sentences`) and the kept items of its list (:func:`list_close`)."""
    end = _sentence_close(blocks, verdicts, _row_close(blocks, verdicts, end))
    return list_close(blocks, verdicts, _closing_sentences(blocks, verdicts, end))


def _row_close(blocks: Sequence[Block], verdicts: Sequence[Verdict], end: int) -> int:
    """The last kept row of the run of rows written to one pattern that holds ``end``; ``end`` when
    it is no such row."""
    for run in row_runs(blocks):
        if end in run:
            return max(index for index in run if index >= end and verdicts[index].label.is_body)
    return end


def _sentence_close(blocks: Sequence[Block], verdicts: Sequence[Verdict], end: int) -> int:
    """The first kept block after ``end`` that ends a sentence, when ``end`` is running text that ends
    none and the blocks with text between them are kept (SENTENCE_PIECES of them at most)."""
    text = blocks[end].text.rstrip()
    if ends_sentence(text) or blocks[end].heading_level or headline_case(text):
        return end
    pieces = 0
    for index in range(end + 1, len(blocks)):
        if verdicts[index].reason == "no-text":
            continue
        if not verdicts[index].label.is_body or pieces >= SENTENCE_PIECES:
            return end
        pieces += 1
        if ends_sentence(blocks[index].text.rstrip()):
            return index
    return end


def _closing_sentences(blocks: Sequence[Block], verdicts: Sequence[Verdict], end: int) -> int:
    """``end`` moved on through the kept blocks right after it that end a sentence and score
    CLOSING_SCORE; the first block with text that does not stops the walk."""
    for index in range(end + 1, len(blocks)):
        verdict = verdicts[index]
        if verdict.reason == "no-text":
            continue
        closing = verdict.label.is_body and verdict.score >= CLOSING_SCORE
        if not (closing and ends_sentence(blocks[index].text.rstrip())):
            break
        end = index
    return end


def list_close(blocks: Sequence[Block], verdicts: Sequence[Verdict], end: int) -> int:
    """``end`` moved on through the kept list items right after it, when it is an item itself (wordless
    lines between them do not count); any other block with text stops the walk."""
    if not blocks[end].list_item:
        return end
    for index in range(end + 1, len(blocks)):
        if verdicts[index].reason == "no-text":
            continue
        if not (verdicts[index].label.is_body and blocks[index].list_item):
            break
        end = index
    return end
