"""How a line of running text ends: a sentence's end or a colon, before any citation marks ("... in
1912.[3]") or the writer's initials in brackets ("... voraus. (bsc)"), or an emoji; for the edge
walks of :mod:`articlean.edgeparagraphs` and :mod:`articlean.sectionedges`."""

from __future__ import annotations

import unicodedata

from articlean import regexes
from articlean.features import TERMINAL

# How running text ends: a sentence, or a colon that introduces what follows (a quote, a list).
# The colon: dev r1 0.9538 -> 0.9539, the others unchanged.
PARAGRAPH_END = (*TERMINAL, ":")
# Citation marks after a sentence's end ("... in 1912.[3]", "[12][13]", "[citation needed]", "[n 1]"):
# an encyclopedia's sentences end in them; a bracket of up to CITATION_MAX_CHARS characters each.
CITATION_MAX_CHARS = 24
CITATION_TAIL_CHARS = 160
_CITATION_TAIL = regexes.compile(rf"(?:\[[^\[\]]{{1,{CITATION_MAX_CHARS}}}\]\s?)+$")
# The writer's or the agency's initials after a paragraph's last sentence, in brackets ("... voraus.
# (bsc)", "... du film. (A.H.)", "... on Monday. (AP)", "(jk/dpa)"): letters, dots, slashes, hyphens
# and spaces, at most SIGNATURE_MAX_CHARS of them, right after a sentence's end.
SIGNATURE_MAX_CHARS = 16
_SIGNATURE_TAIL = regexes.compile(
    rf"(?<=[.!?…])\s?\(\s?[^\W\d_](?:[^\W\d_]|[./ -]){{0,{SIGNATURE_MAX_CHARS - 1}}}\)$"
)
# The line's tail searched for it: the brackets, a space or two and the sentence's end.
SIGNATURE_TAIL_CHARS = SIGNATURE_MAX_CHARS + 6
# An emoji at a line's end: a pictograph or an arrow (category "So"), after which the variation
# selector, the zero-width joiner and skin tones that build it may follow. Casual writing ends a
# sentence with one instead of a full stop ("... left their reviews on the site! 🙂").
_EMOJI_CATEGORY = "So"
_EMOJI_TRAILERS = "\ufe0e\ufe0f\u200d\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff"


def citation_marks(text: str) -> bool:
    """Whether a line holds citation marks alone ("[2]", "[12][13]")."""
    text = text.strip()
    if not text.endswith("]") or len(text) > CITATION_TAIL_CHARS:
        return False
    marks = _CITATION_TAIL.search(text)
    return marks is not None and marks.start() == 0


def ends_paragraph(text: str) -> bool:
    """Whether a line ends as running text does: a sentence's end, a colon, or an emoji, before
    any citation marks ("... in 1912.[3]")."""
    text = text.rstrip()
    if text.endswith("]"):
        # searched in the line's tail only, so that a line of brackets costs no quadratic time
        tail = text[-CITATION_TAIL_CHARS:]
        marks = _CITATION_TAIL.search(tail)
        if marks:
            text = text[: len(text) - len(tail) + marks.start()].rstrip()
    if text.endswith(PARAGRAPH_END):
        return True
    if text.endswith(")") and _SIGNATURE_TAIL.search(text[-SIGNATURE_TAIL_CHARS:]):
        return True
    text = text.rstrip(_EMOJI_TRAILERS)
    return bool(text) and unicodedata.category(text[-1]) == _EMOJI_CATEGORY
