"""Paragraphs of running text just outside the article's kept text, kept with it.

The model settles the edges of the article from its neighbours' scores, and the paragraph just
above the first kept one, or just below the last, often scores a little under the cut: above all
when its sentences are printed a fragment per line (BeautifulSoup ``get_text("\\n")``) and each
fragment is judged on its own ("After a three-year silence, there is news on the fourth film in" /
"Star Trek" / "film series: ..."). A paragraph there (blocks on consecutive lines, at most one blank
line from the kept text) that the model alone dropped and that is running text as a whole, at least
:data:`MIN_WORDS` words ending with a sentence's end or a colon, is the article's: it is kept (reason
``article-opening`` or ``article-closing``), and the paragraph beyond it is looked at in turn. A
paragraph a rule dropped (an interface phrase, a repeat, a comment thread), a list, a heading or a
line that ends no sentence (a menu, a headline, a byline) ends the walk, unless it stops mid-sentence
(:data:`CUT_MIN_WORDS` words or more, the last ending in a lowercase letter or a comma) right over a
paragraph with which it makes running text: a stray blank line cut the sentence, and the walk
reads the two together (under the kept text only). One wordless line between
two paragraphs (an image without alt text) does not, but a rule ("* * *") does. A turn of a dialogue (a
speaker's "Name:" on its own line over a sentence) counts as running text however short it is, and
the walk up starts from the first line of the first kept paragraph, where a speaker's label may
stand kept as a heading. So does a line of a question-and-answer interview, led by one letter and a
colon ("Q: Favorite apps?", "A: Trip to Disney World", "P:", "R:"), even as a heading: the short
answers of an interview's last questions read as a list of teasers to the model.

A sentence's end may carry the writer's initials in brackets ("... voraus. (bsc)"), and a
paragraph's last line may be a footnote's mark alone ("[2]"). The walk reads past a blockquote's
empty line (">") as past a picture; the walk up reads past a dropped markdown heading of a kept
subheading's level to its section's paragraph; a sentence that a kept line leaves unfinished, or
goes on with, is finished or started by the dropped text next to it, however short that is. A
paragraph of running text right over a kept one that follows dropped text is its run's opening
(:func:`inner_openings`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from articlean import regexes
from articlean.features import TERMINAL
from articlean.model import MODEL_DROP_REASONS, Block, Label, Verdict
from articlean.paragraphends import citation_marks, ends_paragraph
from articlean.paragraphgaps import last_kept, next_to, past_ad_slot, past_no_text
from articlean.paragraphs import next_line_of_paragraph, paragraph_end
from articlean.segment import count_words_upto

# Words of a paragraph of running text at the least: a teaser's line or a prompt is shorter.
# On dev, 8 lowered r1 (0.9529 -> 0.9527) and 20 lowered r2 (0.9459 -> 0.9455).
MIN_WORDS = 12
# Drops that may be overruled: the model's own.
REVIVABLE = MODEL_DROP_REASONS
# A sentence a stray blank line cut in two: this many words before the cut at the least. On dev,
# joining any paragraph that ends no sentence with the next lowered r2 (a newsletter's "See all
# newsletters" over its prompt kept).
CUT_MIN_WORDS = 6
# A dialogue's turn: a speaker's label of at most this many words over a sentence of at least
# TURN_MIN_WORDS words.
TURN_LABEL_MAX_WORDS = 3
TURN_MIN_WORDS = 3
# A section's heading lines at the most: a heading and the title of what the section reviews.
SECTION_HEADING_LINES = 2
# A section's heading between paragraphs: at most this many words ("Conferences and events [ edit ]").
SUBHEADING_MAX_WORDS = 8
# A line of a question-and-answer interview: one letter and a colon, markup around them, ...
_QA_LINE = regexes.compile(r"^\W{0,4}[^\W\d_]\s?:\W{0,3}\s+\w")
# ... and a question or an answer of at least QA_MIN_WORDS words (the label's letter with them).
QA_MIN_WORDS = 3


def opening_paragraphs(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The blocks of the dropped paragraphs of running text just before the first kept paragraph."""
    first = next((index for index, verdict in enumerate(verdicts) if verdict.label is Label.BODY), None)
    # From the first line of its paragraph: a speaker's label kept over it as a heading is its own,
    # and so are wordless lines in it (a quote's picture and the empty quote line under it).
    while (
        first
        and (verdicts[first - 1].label.is_body or verdicts[first - 1].reason == "no-text")
        and next_line_of_paragraph(blocks[first - 1], blocks[first])
    ):
        first -= 1
    # Gathered from the bottom up, in reverse, and turned round once at the end.
    found: list[int] = []
    while first and _start_of_sentence(blocks, verdicts, first):
        first -= 1
        found.append(first)
    levels = kept_subheading_levels(blocks, verdicts)
    while first is not None and first > 0:
        first = past_no_text(blocks, verdicts, first, -1)
        start = opening_paragraph(blocks, verdicts, first)
        if start is None:
            start = _opening_section(blocks, verdicts, first, levels)
        if start is None:
            break
        found.extend(i for i in range(first - 1, start - 1, -1) if verdicts[i].reason != "no-text")
        first = start
    found.reverse()
    return found


def _start_of_sentence(blocks: Sequence[Block], verdicts: Sequence[Verdict], first: int) -> bool:
    """Whether the block over block ``first``, on the line right above it in its paragraph, is the
    model's drop that starts the sentence ``first`` goes on with: CUT_MIN_WORDS words or more, the
    last ending in a lowercase letter or a comma ("NASA has recruited ... ideas to join its" /
    "Artemis moon program.", a line per text node)."""
    above = blocks[first - 1]
    text = above.text.rstrip()
    return (
        verdicts[first - 1].reason in REVIVABLE
        and not above.list_item
        and not above.heading_level
        and next_line_of_paragraph(above, blocks[first])
        and (text[-1:].islower() or text.endswith(","))
        and count_words_upto(text, CUT_MIN_WORDS) >= CUT_MIN_WORDS
    )


def opening_paragraph(blocks: Sequence[Block], verdicts: Sequence[Verdict], first: int) -> int | None:
    """The first block of the paragraph of running text that ends right over block ``first``, or
    None."""
    start = first - 1
    while start > 0 and next_line_of_paragraph(blocks[start - 1], blocks[start]):
        start -= 1
    if not next_to(blocks[first - 1], blocks[first]) or not _running_text(blocks, verdicts, start, first):
        return None
    return start


def _opening_section(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], first: int, levels: frozenset[int]
) -> int | None:
    """The first block of the section's last paragraph over the heading right above block
    ``first``, or None: a markdown heading of a level the article's kept ones have
    (:func:`subheading`), the model's drop, over a paragraph of running text (a plain short line
    there is as often a picture's caption or credit: an sh- page of dev lost text to that). The
    model put the article's start at its second section's heading when a box (a review's scores, a
    product's specs) stood between the first section and its heading; the walk reads on above that
    paragraph."""
    heading = first - 1
    if (
        heading < 1
        or not blocks[heading].heading_level  # a plain short line above may be a caption or a credit
        or blocks[heading].heading_level not in levels
        or not next_to(blocks[heading], blocks[first])
        or not subheading(blocks, verdicts, heading)
    ):
        return None
    above = past_no_text(blocks, verdicts, heading, -1)
    start = opening_paragraph(blocks, verdicts, above)
    return None if start is None else min(start, heading)


def closing_paragraphs(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The blocks of the dropped paragraphs of running text just after the last kept paragraph, also
    past an ad slot between them (:func:`~articlean.paragraphgaps.past_ad_slot`)."""
    last = last_kept(verdicts)
    found: list[int] = []
    levels = kept_subheading_levels(blocks, verdicts)
    while last is not None and last + 1 < len(blocks):
        start = past_no_text(blocks, verdicts, past_ad_slot(blocks, verdicts, last) - 1, 1) + 1
        end = _closing_paragraph(blocks, verdicts, start)
        if end is None:
            end = _closing_section(blocks, verdicts, start, levels)
        if end is None:
            break
        found.extend(index for index in range(start, end) if not verdicts[index].label.is_body)
        last = end - 1
    return found


def _closing_paragraph(blocks: Sequence[Block], verdicts: Sequence[Verdict], start: int) -> int | None:
    """The end of the paragraph of running text that starts at block ``start``, next to the block
    before it, or None. A paragraph that stops mid-sentence (:func:`_cut_sentence`) is read together
    with the next one: a stray blank line split the sentence ("... in the issues in the Fetch and" /
    "ServiceWorker specifications.")."""
    if not next_to(blocks[start - 1], blocks[start]):
        return None
    end = paragraph_end(blocks, start)
    if _running_text(blocks, verdicts, start, end) or _rest_of_sentence(blocks, verdicts, start, end):
        return end
    if _cut_sentence(blocks, start, end) and next_to(blocks[end - 1], blocks[end]):
        joined = paragraph_end(blocks, end)
        return joined if _running_text(blocks, verdicts, start, joined) else None
    return None


def _rest_of_sentence(blocks: Sequence[Block], verdicts: Sequence[Verdict], start: int, end: int) -> bool:
    """Whether the paragraph ``blocks[start:end]``, all the model's drops, ends the sentence that the
    kept paragraph right above it leaves unfinished (CUT_MIN_WORDS words or more, the last ending in
    a lowercase letter or a comma): a dump that prints inline elements a line each set a blank line
    in the sentence ("... out of pair programming" / "sessions and code reviews — but that's
    another story."), and the rest of it is shorter than MIN_WORDS. The rest opens with no capital
    letter: a capital there as often starts what follows the article (a footer's "Sphinx 1.2.3."
    after its "Created using", dev r2)."""
    above = blocks[start - 1].text.rstrip()
    opening = blocks[start].text.lstrip()[:1]
    return (
        verdicts[start - 1].label is Label.BODY
        and not opening.isupper()
        and (above[-1:].islower() or above.endswith(","))
        and count_words_upto(above, CUT_MIN_WORDS) >= CUT_MIN_WORDS
        and all(
            verdicts[i].reason in REVIVABLE and not blocks[i].list_item and not blocks[i].heading_level
            for i in range(start, end)
        )
        and ends_paragraph(blocks[end - 1].text)
    )


def _closing_section(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], start: int, levels: frozenset[int]
) -> int | None:
    """The end of the first paragraph of the section whose heading starts at block ``start``, or
    None: at most SECTION_HEADING_LINES headings (:func:`subheading`) of the forms in ``levels``
    (a review's "### For a thriller" over "6 Days (film, 1h34)"), then running text."""
    heading = start
    while heading < start + SECTION_HEADING_LINES and heading + 1 < len(blocks):
        if blocks[heading].heading_level not in levels:
            return None
        if not subheading(blocks, verdicts, heading, walking=True):
            return None
        heading += 1
        end = _closing_paragraph(blocks, verdicts, heading)
        if end is not None:
            return end
    return None


def kept_subheading_levels(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> frozenset[int]:
    """The heading levels (0 for a plain line) of the article's kept subheadings: a short line alone
    in its paragraph, ending no sentence, right over a kept paragraph (:func:`subheading`)."""
    levels: set[int] = set()
    for index, block in enumerate(blocks[:-1]):  # a level found needs no second heading (most: plain lines)
        level = block.heading_level
        if level not in levels and verdicts[index].label.is_body and subheading(blocks, verdicts, index):
            levels.add(level)
    return frozenset(levels)


def subheading(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], index: int, *, walking: bool = False
) -> bool:
    """Whether block ``index`` is a section's heading: a line alone in its paragraph of at most
    SUBHEADING_MAX_WORDS words that ends no sentence, no list item, right over a paragraph that is
    not a heading; kept with that paragraph, or (else) dropped by the model alone. Under the last
    kept paragraph, such a heading of a form the article's kept ones have (their markdown level, or
    a plain line) starts a section that the closing walk reads on: the model put the article's end
    at the last section's heading ("Mozilla Summit [ edit ]" over its paragraph). ``walking``: a
    heading the model kept over that dropped section is one too."""
    block, below = blocks[index], index + 1
    if (
        below >= len(blocks)
        or block.list_item
        or blocks[below].heading_level
        or next_line_of_paragraph(block, blocks[below])
        or not next_to(block, blocks[below])
        or (index and next_line_of_paragraph(blocks[index - 1], block))
    ):
        return False
    words = count_words_upto(block.text, SUBHEADING_MAX_WORDS + 1)
    if not 0 < words <= SUBHEADING_MAX_WORDS or ends_paragraph(block.text):
        return False
    verdict = verdicts[index]
    if verdict.label.is_body:  # the article's own heading; or, for the walk, one the model kept alone
        return verdicts[below].label.is_body or (walking and verdict.label is Label.HEADING)
    return verdict.reason in REVIVABLE


def _cut_sentence(blocks: Sequence[Block], start: int, end: int) -> bool:
    """Whether the paragraph ``blocks[start:end]`` stops in the middle of a sentence: at least
    CUT_MIN_WORDS words, the last ending in a lowercase letter or a comma ("... in the Fetch and")."""
    last = blocks[end - 1].text.rstrip()
    return (
        end < len(blocks)
        and _words_reach((blocks[i].text for i in range(start, end)), CUT_MIN_WORDS)
        and (last[-1:].islower() or last.endswith(","))
    )


def _running_text(blocks: Sequence[Block], verdicts: Sequence[Verdict], start: int, end: int) -> bool:
    """Whether the paragraph ``blocks[start:end]``, all dropped by the model, is running text."""
    members = range(start, end)
    if any(verdicts[i].reason not in REVIVABLE or blocks[i].list_item for i in members):
        return False
    if end - start == 1 and _qa_line(blocks[start].text):
        return True
    if any(blocks[i].heading_level for i in members):
        return False
    if _turn(blocks, start, end):
        return True
    last = end - 1
    # a footnote's mark on a line of its own after the last sentence (get_text dumps print an
    # encyclopedia's citations so): the sentence before it ends the paragraph
    while last > start and citation_marks(blocks[last].text):
        last -= 1
    return ends_paragraph(blocks[last].text) and _words_reach((blocks[i].text for i in members), MIN_WORDS)


def _qa_line(text: str) -> bool:
    """Whether a line is a question or an answer of an interview ("Q: Favorite apps?")."""
    return _QA_LINE.match(text) is not None and count_words_upto(text, QA_MIN_WORDS) >= QA_MIN_WORDS


def _turn(blocks: Sequence[Block], start: int, end: int) -> bool:
    """Whether the paragraph ``blocks[start:end]`` is a turn of a dialogue: a speaker's name and a
    colon on its own line ("Prof. Carlos:", split off by dumps that print bold text on a line of its
    own) over what the speaker said, which ends a sentence. A reply is often shorter than
    MIN_WORDS ("Thank you, Carlos.")."""
    label = blocks[start].text.strip()
    return (
        end - start >= 2
        and label.endswith(":")
        and count_words_upto(label, TURN_LABEL_MAX_WORDS + 1) <= TURN_LABEL_MAX_WORDS
        and count_words_upto(blocks[end - 1].text, TURN_MIN_WORDS) >= TURN_MIN_WORDS
        and blocks[end - 1].text.rstrip().endswith(TERMINAL)
    )


def inner_openings(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The dropped paragraph of running text right over each kept paragraph of running text
    (:data:`MIN_WORDS` words or more, ending a sentence) that follows dropped text, as the walk up
    reads it (:func:`opening_paragraphs`), one paragraph each: the model began a run of the
    article's paragraphs one paragraph late ("ST. JOSEPH, Mich. (AP) — Michigan health authorities
    are reporting ..." under a page's teasers, one of which it kept above the article)."""
    found: list[int] = []
    for first in run_openings(blocks, verdicts):
        start = opening_paragraph(blocks, verdicts, first)
        if start is not None:
            found.extend(range(start, first))
    return found


def run_openings(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> Iterator[int]:
    """The first block of each kept paragraph of running text (:data:`MIN_WORDS` words or more,
    ending a sentence) that follows dropped text, or of the wordless line right over it
    (:func:`~articlean.paragraphgaps.past_no_text`): where the walk up from it starts."""
    for index in range(1, len(blocks)):
        if verdicts[index].label is not Label.BODY or verdicts[index - 1].label.is_body:
            continue
        text = blocks[index].text
        if count_words_upto(text, MIN_WORDS) < MIN_WORDS or not ends_paragraph(text):
            continue
        first = past_no_text(blocks, verdicts, index, -1)
        # a kept line inside a paragraph is the fragments' rule's: each paragraph above is read once
        if first >= 1 and not next_line_of_paragraph(blocks[first - 1], blocks[first]):
            yield first


def _words_reach(texts: Iterable[str], least: int) -> bool:
    """Whether ``texts`` hold ``least`` words together, read no further than that."""
    total = 0
    for text in texts:
        total += count_words_upto(text, least - total)
        if total >= least:
            return True
    return total >= least
