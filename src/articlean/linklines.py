"""Links to other pages set between an article's paragraphs: "Read more: <headline>", "Related: ...".

News and blog templates break an article with links to other stories, each a label, a colon and the
other story's headline ("Read more: Tencent profit falls as Alibaba threat weighs", "Lire aussi : Les
critiques de la CNIL"), or a site's name before the headline ("Also on example.com <headline>"). The
headline reads like the article's prose to the model; the label and the form give it away: a
headline is short and does not end with a full stop, where an article's sentence that opens with
"More:" or "Related:" goes on as a sentence. Dumps that print every link on a line of its own leave
the label alone on its line ("Read more:") and the headline on the next one; both go.

Markdown keeps the links themselves, and there the same box shows without a label: list items that
are each one link to a headline, two or more in a row ("* [Man rents out flatmate's room on Airbnb -
without telling him](/news/...)"), where an article's own lists are text with links in it.

Some templates set the other story's headline between the paragraphs in capitals, with no label
("TAYLOR SWIFT'S FORMER LABEL BOSS BLASTS HER 'BULLYING' CLAIMS, SAYS SHE KNEW ABOUT SALE"): a line
of CAPS_MIN_WORDS words or more, every letter a capital, alone in its paragraph between two
paragraphs of running text. An article's own section headings in capitals are shorter ("HOW TO USE
A WATER BATH CANNER"); a paragraph's lead-in in capitals runs on into its sentence.

Labels come from data/link-labels.txt. The blocks are dropped with the reason ``link-line``
(README: "Reason ids"), wherever they stand: such a link before the article's first paragraph is no
more the article's than one inside it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from articlean import regexes
from articlean.doccache import per_document
from articlean.features import TERMINAL
from articlean.model import Block, Verdict
from articlean.paragraphs import next_line_of_paragraph
from articlean.phrases import first_words, opening_word, phrase_kinds

# A headline is at most this many words ("Alibaba poised to launch record-breaking $13.4bn Hong Kong
# listing" has 10); longer text after a label is a paragraph that happens to open with the word.
HEADLINE_MAX_WORDS = 25
# A linked headline list item: at least this share of its text is link text, and at least
# LINKED_MIN_WORDS words (shorter links are a menu's, which the model drops) ...
LINKED_SHARE = 0.9
LINKED_MIN_WORDS = 5
# ... and at least LINKED_MIN_RUN of them follow each other in one list.
LINKED_MIN_RUN = 2
# A headline in capitals has at least this many words: an article's section headings in capitals
# have fewer ("WHAT YOU NEED TO MAKE JAM", "HOW TO USE A WATER BATH CANNER" has 7).
CAPS_MIN_WORDS = 8
# ... and stands between paragraphs of running text: at least this many words ending a sentence
# (cardruns and readcards read running text so too: they import it from here).
RUNNING_TEXT_WORDS = 12
# Blocks the model dropped between the headline and the paragraph on either side (a player's
# "Video" label, an image line); the walk stops there, so it stays linear.
NEIGHBOUR_REACH = 4
# Text before the label: markup leftovers ("**", "[", "- ", "###") only.
_LEAD = r"^[^\w]{0,6}"
# A site's name as a link label prints it ("rt.com", "example.co.uk").
_SITE_NAME = r"\s+[\w-]+(?:\.[\w-]+)+\b"


def _words(phrase: str) -> str:
    """A normalised phrase as a pattern: any run of spaces or punctuation between its words ("don t
    miss" matches "Don't miss")."""
    return r"\W+".join(re.escape(word) for word in phrase.split())


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """A label and its colon (the label may be followed by markup: "**Read more:**"), and a site
    lead ("Also on example.com", "On example.com:"), each at the start of a block; what follows is
    the headline."""
    kinds = phrase_kinds("link-labels.txt")
    labels, sites, sites_with_colon = (
        "|".join(sorted((_words(phrase) for phrase in kinds[kind]), key=len, reverse=True))
        for kind in ("label", "site", "site-colon")
    )
    return (
        regexes.compile(rf"{_LEAD}(?:{labels})\W{{0,3}}[:：]\W*(?P<headline>.*)$", re.IGNORECASE),
        regexes.compile(rf"{_LEAD}(?:{sites}){_SITE_NAME}\W*(?P<headline>.*)$", re.IGNORECASE),
        regexes.compile(
            rf"{_LEAD}(?:{sites_with_colon}){_SITE_NAME}\s*[:：]\W*(?P<headline>.*)$", re.IGNORECASE
        ),
    )


@functools.cache
def _first_words() -> frozenset[str]:
    """The words a label or a site lead opens with: a block that opens with none of them is no link
    line, without compiling or running the patterns (a few milliseconds at start-up)."""
    return first_words(phrase for phrases in phrase_kinds("link-labels.txt").values() for phrase in phrases)


@per_document
def link_line(text: str) -> str | None:
    """``"line"`` when a block is a label and a headline, ``"label"`` when it is a label alone (its
    headline is on the next line), else None."""
    if opening_word(text) not in _first_words():
        return None
    for pattern in _patterns():
        match = pattern.match(text.strip())
        if match is None:
            continue
        headline = match.group("headline")
        if not any(character.isalnum() for character in headline):
            return "label"
        if headline_like(headline):
            return "line"
    return None


def headline_like(text: str) -> bool:
    """Short, with a letter, and not closed by a sentence's full stop (a headline may ask or exclaim)."""
    text = text.strip().rstrip("*_])")
    words = len(text.split())
    has_letter = any(character.isalpha() for character in text)
    return 0 < words <= HEADLINE_MAX_WORDS and has_letter and not text.endswith((".", "…"))


def link_lines(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The kept blocks that are links to other pages: a labelled headline, or a label alone and the
    headline on the block after it."""
    found: list[int] = []
    for index, block in enumerate(blocks):
        kind = link_line(block.text)
        if kind is None:
            continue
        found.append(index)
        after = index + 1
        if kind == "label" and after < len(blocks) and headline_like(blocks[after].text):
            found.append(after)
    found.extend(_linked_headlines(blocks))
    found.extend(_caps_headlines(blocks, verdicts))
    return [index for index in found if verdicts[index].label.is_body]


def _linked_headlines(blocks: Sequence[Block]) -> list[int]:
    """Runs of LINKED_MIN_RUN or more list items of one list, each one link to a headline."""
    found: list[int] = []
    run: list[int] = []
    for index, block in enumerate(blocks):
        if run and block.group != blocks[run[-1]].group:
            found.extend(run if len(run) >= LINKED_MIN_RUN else [])
            run = []
        if _linked_headline(block):
            run.append(index)
        else:
            found.extend(run if len(run) >= LINKED_MIN_RUN else [])
            run = []
    found.extend(run if len(run) >= LINKED_MIN_RUN else [])
    return found


def _linked_headline(block: Block) -> bool:
    return (
        block.list_item
        and block.link_chars >= LINKED_SHARE * len(block.text)
        and len(block.text.split()) >= LINKED_MIN_WORDS
        and headline_like(block.text)
    )


def caps_headline(text: str) -> bool:
    """A headline in capitals: CAPS_MIN_WORDS words or more with a letter, no lowercase letter, and
    no sentence's full stop at its end. The lowercase test comes first: running text fails it at
    its first few characters, where counting the words with a letter read every character."""
    if any(character.islower() for character in text) or not any(character.isupper() for character in text):
        return False
    words = [word for word in text.split() if any(character.isalpha() for character in word)]
    return len(words) >= CAPS_MIN_WORDS and headline_like(text)


def _caps_headlines(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """Kept headlines in capitals, each alone in its paragraph, with running text as the nearest kept
    block on both sides."""
    found: list[int] = []
    for index, block in enumerate(blocks):
        if not verdicts[index].label.is_body or block.heading_level or not caps_headline(block.text):
            continue
        if index > 0 and next_line_of_paragraph(blocks[index - 1], block):
            continue
        if index + 1 < len(blocks) and next_line_of_paragraph(block, blocks[index + 1]):
            continue
        if _between_running_text(blocks, verdicts, index):
            found.append(index)
    return found


def _between_running_text(blocks: Sequence[Block], verdicts: Sequence[Verdict], index: int) -> bool:
    """Whether the nearest kept blocks before and after ``index`` (within NEIGHBOUR_REACH blocks) are
    both paragraphs of running text."""
    before, after = kept_around(verdicts, index, index)
    return (
        before is not None
        and after is not None
        and all(running_text(blocks[i].text) for i in (before, after))
    )


def kept_around(verdicts: Sequence[Verdict], first: int, last: int) -> tuple[int | None, int | None]:
    """The nearest kept block before ``first`` and the nearest after ``last``, each within
    NEIGHBOUR_REACH blocks (None where there is none)."""
    earlier = range(first - 1, max(-1, first - 1 - NEIGHBOUR_REACH), -1)
    later = range(last + 1, min(len(verdicts), last + 1 + NEIGHBOUR_REACH))
    before = next((i for i in earlier if verdicts[i].label.is_body), None)
    after = next((i for i in later if verdicts[i].label.is_body), None)
    return before, after


@per_document  # asked of the kept blocks in each settle pass (their words split again each time)
def running_text(text: str) -> bool:
    """A paragraph of running text: RUNNING_TEXT_WORDS words or more, ending a sentence."""
    text = text.rstrip()
    return text.endswith(TERMINAL) and len(text.split()) >= RUNNING_TEXT_WORDS
