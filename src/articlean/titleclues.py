"""What the dump's raw lines tell about headline candidates that their stripped text does not.

- A heading that links to an address whose last segment is the slug of its own words, after a
  story's id or day ("### [Big Update - Part 2](/post/123/big-update-part-2)", "/2024/05/07/…"),
  is a post's permalink: blogs and news sites link a story's headline to the story, whereas a
  site's name links to the home page and a section's name to an address without an id.
- A line that fills a hard-wrapped paragraph's width and runs on into the line under it (no blank
  line between, no sentence end, the line under it as full, and its first word would not have
  fitted) is a piece of a sentence, not a headline, however headline-shaped its words are.
- A short line centred between the margins of the fixed-width text around it (a plain-text
  document: a specification, a book) is set apart as its title.
- A line between two headings of boxes of other stories ("You may also like" ... "More from Site",
  data/related-headings.txt) is an item of the first box, another story's headline; the page's own
  headline stands above the boxes or below them.
- A headline printed in typographic quotes may be printed again in straight ones, as the page's
  ``<title>`` and share texts give it; that form is the page's declared title.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from urllib.parse import unquote, urlsplit

from articlean import regexes
from articlean.features import TERMINAL
from articlean.model import Block
from articlean.paragraphs import next_line_of_paragraph
from articlean.relatedlists import related_heading
from articlean.segment import WRAP_SLACK, WRAP_WIDTHS
from articlean.titleparts import normalise, split_title

# A markdown link ``[text](address "optional title")``.
_LINK = regexes.compile(r"\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
# A slug word; dots and apostrophes inside a word vanish from slugs ("1.8" -> "18", "don't" -> "dont").
_SLUG_WORD = regexes.compile(r"\w+")
_INNER_MARK = regexes.compile(r"(?<=\w)['’.](?=\w)")
# A file extension at the end of an address's last segment.
_EXTENSION = regexes.compile(r"\.(?:s?html?|php|aspx?)$", re.IGNORECASE)
# A permalink's text has at least this many words: a one- or two-word menu label links to a
# section page whose address ends in the same word ("World" -> /world).
MIN_PERMALINK_WORDS = 3
# A centred line is indented at least this much, its middle within CENTRE_SLACK characters of the
# middle of the lines within CENTRE_CONTEXT lines around it (from their least indent to their
# longest end not far past the median), and it fills at most half their width.
MIN_CENTRED_INDENT, CENTRE_SLACK, CENTRE_CONTEXT = 8, 3, 10
# The margins the line is centred between are each held by at least this many of those lines.
MIN_EDGE_LINES = 3
# Curly quotes and their straight forms.
_STRAIGHT = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'"})


def _slug_words(text: str) -> list[str]:
    return _SLUG_WORD.findall(_INNER_MARK.sub("", text.casefold()).replace("_", " "))


def _is_permalink(text: str, address: str) -> bool:
    """Whether an address ends in the slug of a link's text (all its words, in order)."""
    segments = [segment for segment in urlsplit(unquote(address)).path.split("/") if segment]
    if not any(char.isdigit() for segment in segments[:-1] for char in segment):
        return False  # a section's or topic's page ("/spotlight/the-outbreak"), not a story's
    words = _slug_words(text)
    return len(words) >= MIN_PERMALINK_WORDS and _slug_words(_EXTENSION.sub("", segments[-1])) == words


def permalinked(blocks: Sequence[Block], lines: Sequence[str], numbers: Iterable[int]) -> frozenset[int]:
    """The one-line blocks among ``numbers`` that are a link, as a whole, to their own permalink."""
    found = set()
    for number in numbers:
        block = blocks[number]
        if block.first_line != block.last_line or block.first_line >= len(lines):
            continue
        if "](" not in lines[block.first_line]:
            continue
        for match in _LINK.finditer(lines[block.first_line]):
            text, address = match.groups()
            if normalise(text) == normalise(block.text) and _is_permalink(block.text, address):
                found.add(number)
    return frozenset(found)


def wrapped_pieces(blocks: Sequence[Block], lines: Sequence[str]) -> frozenset[int]:
    """The one-line blocks that are the first line of a hard-wrapped paragraph cut off from it."""
    found = set()
    for number, (block, after) in enumerate(itertools.pairwise(blocks)):
        if block.heading_level or block.first_line != block.last_line or block.text.endswith(TERMINAL):
            continue
        # the paragraph under runs over several lines itself: the dump is hard-wrapped, not one
        # that prints a headline and its first paragraph on consecutive lines
        if not next_line_of_paragraph(block, after) or after.last_line == after.first_line or after.list_item:
            continue
        raw, following = lines[block.first_line].rstrip(), lines[after.first_line].rstrip()
        paragraph = range(after.first_line, after.last_line + 1)
        width = max(len(raw), *(len(lines[line].rstrip()) for line in paragraph))
        full = width >= WRAP_WIDTHS[0] and min(len(raw), len(following)) >= width - WRAP_SLACK
        if full and len(raw) + 1 + len(following.split(None, 1)[0]) > width:
            found.add(number)
    return frozenset(found)


def centred(blocks: Sequence[Block], lines: Sequence[str], numbers: Iterable[int]) -> frozenset[int]:
    """The one-line blocks among ``numbers`` centred in the fixed-width text around them."""
    found = set()
    for number in numbers:
        block = blocks[number]
        if block.first_line != block.last_line or block.indent < MIN_CENTRED_INDENT:
            continue
        line = block.first_line
        nearby = range(max(0, line - CENTRE_CONTEXT), min(len(lines), line + CENTRE_CONTEXT + 1))
        around = [lines[other] for other in nearby if other != line and lines[other].strip()]
        if not around:
            continue
        margin = min(len(text) - len(text.lstrip()) for text in around)
        # the longest end near the median: a line with markup (a link's address) may run far past
        # the text's width, and ragged lines stop short of it
        ends = sorted(len(text.rstrip()) for text in around)
        right = max(length for length in ends if length <= ends[len(ends) // 2] + WRAP_SLACK)
        end = len(lines[line].rstrip())
        narrow = right - margin >= WRAP_WIDTHS[0] and 2 * (end - block.indent) <= right - margin
        at_margin = sum(1 for text in around if len(text) - len(text.lstrip()) == margin)
        at_right = sum(1 for length in ends if right - WRAP_SLACK <= length <= right)
        # both margins are held by several lines: a text set in fixed width, not an indented menu
        edges = min(at_margin, at_right) >= MIN_EDGE_LINES
        if narrow and edges and abs(block.indent + end - margin - right) <= 2 * CENTRE_SLACK:
            found.add(number)
    return frozenset(found)


def straight_form(text: str, blocks: Sequence[Block], first: int | None) -> str:
    """The headline in straight quotes when another line prints it so (a share text, or the
    ``<title>`` line ``first``); the headline as it is otherwise."""
    plain = text.translate(_STRAIGHT)
    if plain == text:
        return text
    for block in blocks:
        if block.text.strip() == plain:
            return plain
    if first is not None and split_title(blocks[first].text, tag=True)[0] == plain:
        return plain
    return text


def between_boxes(blocks: Sequence[Block], window: range) -> range:
    """The blocks between the first and the last related-stories heading in ``window`` (a menu's
    "More" item is no box's heading): the items of boxes of other stories."""
    headings = [
        number
        for number in window
        if not blocks[number].list_item and related_heading(blocks[number].text)
    ]
    return range(headings[0] + 1, headings[-1]) if len(headings) > 1 else range(0)
