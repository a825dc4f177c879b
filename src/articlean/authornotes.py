"""The note about the author that closes many articles, which is the page's, not the article's.

Author boxes print under the last paragraph as a heading, "About Jane Doe" (or "About the author",
"Sobre Carlos Nadalim", "Über Moritz Bachmann"), over a short bio. Only the last few kept blocks are
looked at, and only after the article has begun; the words live in ``data/author-notes.txt``.

Bio sentences without such a heading ("Jane Doe is a reporter for ...") are left alone: on dev, the
reference texts keep them as often as they leave them out, and a name printed over a paragraph that
opens with it is as often a list article's item ("Lady Bird" / "Lady Bird is a ...") as an author box.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

from articlean.model import Block, Verdict
from articlean.phrases import normalise, phrase_kinds

# The last kept blocks where a note's heading or bio sentence can stand.
TAIL_BLOCKS = 4
# A note's text under its heading is at most this many words (more is the article's text).
NOTE_MAX_WORDS = 120
# A heading is at most this long, a printed name 2 to NAME_MAX_WORDS words.
HEADING_MAX_WORDS = 6
NAME_MAX_WORDS = 4
# Lowercase words inside a name ("Mark di Stefano", "Ludwig van Beethoven").
PARTICLES = frozenset(
    {
        "al",
        "bin",
        "da",
        "das",
        "de",
        "del",
        "della",
        "der",
        "di",
        "do",
        "dos",
        "du",
        "e",
        "la",
        "le",
        "van",
        "von",
        "y",
    }
)


class _Words(NamedTuple):
    about: tuple[str, ...]
    headings: frozenset[str]


@functools.cache
def _words() -> _Words:
    kinds = phrase_kinds("author-notes.txt")
    return _Words(kinds["about"], frozenset(kinds["heading"]))


def author_notes(blocks: Sequence[Block], verdicts: Sequence[Verdict], opening: int) -> list[int]:
    """The indices of the blocks that make the author note closing the article (none if none), which
    must come after ``opening``, the article's first block of running text."""
    kept = [index for index, verdict in enumerate(verdicts) if verdict.label.is_body]
    note = _note(blocks, kept[-TAIL_BLOCKS:])
    return note if note and note[0] > opening else []


def _note(blocks: Sequence[Block], tail: Sequence[int]) -> list[int]:
    """From the first tail block under an author box heading (kept or not) to the end, when short."""
    for position, index in enumerate(tail):
        rest = tail[position:]
        heading = _previous_text(blocks, index)
        if heading is not None and _heading(blocks[heading].text.strip()) and _short(blocks, rest):
            return [heading, *rest]
        if _heading(blocks[index].text.strip()) and len(rest) > 1 and _short(blocks, rest[1:]):
            return list(rest)
    return []


def _short(blocks: Sequence[Block], note: Sequence[int]) -> bool:
    return sum(len(blocks[index].text.split()) for index in note) <= NOTE_MAX_WORDS


def _previous_text(blocks: Sequence[Block], index: int) -> int | None:
    """The nearest block before ``index`` with a letter in it."""
    return next(
        (earlier for earlier in range(index - 1, -1, -1) if any(c.isalpha() for c in blocks[earlier].text)),
        None,
    )


def _heading(text: str) -> bool:
    """ "About the author", or "About" (in one of several languages) and a name."""
    words = text.split(None, HEADING_MAX_WORDS)  # a paragraph is not split whole to be turned away
    if not words or len(words) > HEADING_MAX_WORDS or text.endswith((".", "!", "?")):
        return False
    key = normalise(text)
    if key in _words().headings:
        return True
    for about in _words().about:
        if key.startswith(about + " "):
            return _is_name(" ".join(words[len(about.split()) :]))
    return False


def _is_name(text: str) -> bool:
    """Whether ``text`` is a printed name: 2 to 4 words, capitalised but for particles, no digits."""
    words = text.split()
    if not 2 <= len(words) <= NAME_MAX_WORDS or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    return all(word[:1].isupper() or word in PARTICLES for word in words) and all(
        word.replace("-", "").replace("'", "").replace(".", "").isalpha() for word in words
    )
