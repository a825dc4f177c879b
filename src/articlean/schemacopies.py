"""The article printed once more from the page's structured data, after the article.

Some templates carry the article's schema.org fields in hidden elements (microdata): a dump that
prints every text node shows them after the article as a run of field values (the headline again,
the author, the keywords, the dates published and modified as ISO 8601 time stamps, image and logo
URLs with their sizes) and then the articleBody field: the article's paragraphs again. The copy
reads like the article to the model, and a paragraph printed twice is no sign by itself (some
articles do repeat one). The field values mark the copy: at least STAMP_MIN_RUN blocks that are each
a bare time stamp ("2021-03-04T10:15:00+02:00"), each within STAMP_MAX_GAP blocks of the last, then,
past more short values, at least COPY_MIN_BLOCKS blocks in a row that repeat the article's text.
From the first short value before the stamps to the copy's last block, the blocks go with the reason
``schema-copy`` (README: "Reason ids").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from articlean import regexes
from articlean.features import TERMINAL
from articlean.model import Block, Verdict
from articlean.phrases import normalise
from articlean.relatedlists import close_runs

# Time stamps within this many blocks of each other belong to one set of fields (datePublished,
# dateModified, uploadDate), and it takes this many of them: one stamp alone may be a dateline.
STAMP_MAX_GAP = 4
STAMP_MIN_RUN = 2
# A field value is a short line that ends no sentence: a headline, a name, keywords, a URL, a size.
FIELD_MAX_WORDS = 12
# The values before the first stamp are looked for this many blocks back at most.
FIELDS_MAX_BEFORE = 16
# The copy: at least this many blocks in a row, each of at least COPY_MIN_WORDS words, whose text
# stands in the article before the fields (a copy may join two of its paragraphs into one line).
COPY_MIN_BLOCKS = 3
COPY_MIN_WORDS = 3
_ISO_STAMP = regexes.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")


def schema_copies(blocks: Sequence[Block], verdicts: Sequence[Verdict], opening: int) -> list[int]:
    """The blocks of each set of fields after ``opening`` (the article's first block of running text)
    and of the copy of the article that follows it, as the module docstring describes."""
    stamps = [
        index for index in range(opening + 1, len(blocks)) if _ISO_STAMP.match(blocks[index].text.strip())
    ]
    found: list[int] = []
    article: _Article | None = None
    # Where the last walk over field values stopped: a later set's walk from before there stops there
    # too (walking again from each set made sets of fields without a copy take the square of their
    # number: 1,200 sets, 11.6 s).
    reached = 0
    for run in close_runs(stamps, STAMP_MAX_GAP, STAMP_MIN_RUN):
        if found and run[0] <= found[-1]:
            continue
        start = _fields_start(blocks, run[0], (found[-1] if found else opening) + 1)
        # the article's text: what was kept before the first fields, which every copy repeats
        if article is None:
            article = _article(blocks[opening:start], verdicts[opening:start])
        if run[-1] + 1 > reached:
            reached = _past_fields(blocks, run[-1] + 1, article)
        end = _copy_end(blocks, reached, article)
        if end is not None:
            found.extend(range(start, end + 1))
    return found


class _Article(NamedTuple):
    """The normalised text of the article's kept blocks, with a space at each end (copies match whole
    words), and its word triples: a block with a triple that is not among them is no copy, found
    without searching the whole text (a long article over many field values made that search take
    the square of the page's size)."""

    text: str
    triples: frozenset[tuple[str, str, str]]


def _article(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> _Article:
    """The :class:`_Article` of the kept ``blocks``."""
    kept = (
        normalise(block.text)
        for block, verdict in zip(blocks, verdicts, strict=True)
        if verdict.label.is_body
    )
    text = f" {' '.join(kept)} "
    words = text.split()
    return _Article(text, frozenset(zip(words, words[1:], words[2:], strict=False)))


def _field_value(text: str) -> bool:
    """Whether a block may be a field's value: short, and no sentence unless cut off ("...")."""
    text = text.rstrip()
    return len(text.split()) <= FIELD_MAX_WORDS and (
        not text.endswith(TERMINAL) or text.endswith(("...", "…"))
    )


def _fields_start(blocks: Sequence[Block], first_stamp: int, floor: int) -> int:
    """The first of the field values that stand right before ``first_stamp`` (not before ``floor``)."""
    start = first_stamp
    while start > max(floor, first_stamp - FIELDS_MAX_BEFORE) and _field_value(blocks[start - 1].text):
        start -= 1
    return start


def _past_fields(blocks: Sequence[Block], index: int, article: _Article) -> int:
    """The first block from ``index`` on that is no field value, or a copy of the ``article``'s."""
    while (
        index < len(blocks) and _field_value(blocks[index].text) and not _copied(blocks[index].text, article)
    ):
        index += 1
    return index


def _copy_end(blocks: Sequence[Block], first: int, article: _Article) -> int | None:
    """The last block of the copy of the ``article`` from block ``first`` on (past the field values
    after a set's last stamp), or None when no copy of COPY_MIN_BLOCKS blocks in a row stands there."""
    index = first
    while index < len(blocks) and _copied(blocks[index].text, article):
        index += 1
    return index - 1 if index - first >= COPY_MIN_BLOCKS else None


def _copied(text: str, article: _Article) -> bool:
    """Whether ``text`` (COPY_MIN_WORDS words or more) stands in the ``article``, as whole words."""
    key = normalise(text)
    words = key.split()
    return (
        len(words) >= COPY_MIN_WORDS
        and all(triple in article.triples for triple in zip(words, words[1:], words[2:], strict=False))
        and f" {key} " in article.text
    )
