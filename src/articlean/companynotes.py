"""The company description that closes a press release, with or without its "About Acme" heading.

Newswires end every release with the same paragraph about the company that sent it: "Acme is a
leading provider of ... Acme is headquartered in Basel, employs 1,300 people worldwide and is listed
on the SIX Swiss Exchange." It reads like the article's prose, and the heading that announced it
("About Acme") is often lost in the dump. What gives it away is its form: the article's last blocks
describe one organisation in its own words, each opening with the name and a verb of being, naming
it again, and using the fixed phrases of that paragraph (data/company-notes.txt). Articles about a
company say such things too ("WeWork is headquartered in New York"), but go on afterwards, so only a
note that runs to the end of the kept text goes, with the reason ``company-note``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from articlean import regexes
from articlean.model import Block, Verdict
from articlean.phrases import normalise, phrase_kinds, phrase_lines

# The last kept blocks where a note can stand.
TAIL_BLOCKS = 4
# A note holds at least this many distinct company-note phrases ...
NOTE_MIN_PHRASES = 2
# ... and at most this many words (a release's boilerplate is one or two paragraphs).
NOTE_MAX_WORDS = 250
# A heading over the note ("About Acme Holding") is at most this long.
HEADING_MAX_WORDS = 6
# Lines of at most this many words may follow the description ("Stay up to date with Acme.",
# a contact line) without ending the note.
TRAILER_MAX_WORDS = 12
# A name of one to five capitalised words (or "&", "of", "de"), maybe a parenthesis or a legal form,
# then a verb of being: "Ascom is", "Acme Holding AG (SIX: ACM) ist", "Widget & Co., Inc. est".
_SELF_DESCRIPTION = regexes.compile(
    r"^(?:About\s+)?(?P<name>[A-Z][\w&.'’-]*)(?:\s+(?:[A-Z][\w&.'’-]*|&|of|de|du|und|y|e)){0,4}"
    r"(?:\s*\([^)]{1,40}\))?(?:,?\s+(?:Inc|Ltd|LLC|AG|SA|GmbH|plc|S\.A|N\.V)\.?)?,?"
    r"\s+(?:is|are|ist|sind|est|es|é|è|is een)\s"
)
# Words that open sentences like names do ("This is ...", "It is ...").
_NOT_NAMES = frozenset(
    {"This", "That", "It", "There", "Here", "What", "Das", "Es", "Il", "Ce", "Esta", "Este"}
)


@functools.cache
def _phrases() -> re.Pattern[str]:
    phrases = sorted(normalise(line) for line in phrase_lines("company-notes.txt"))
    return regexes.compile(rf"(?:^| )({'|'.join(map(re.escape, phrases))})(?= |\Z)")


def company_note(blocks: Sequence[Block], verdicts: Sequence[Verdict], opening: int) -> list[int]:
    """The indices of the kept blocks that make the company note closing the article (none if none),
    which must come after ``opening``, the article's first block of running text."""
    kept = [index for index, verdict in enumerate(verdicts) if verdict.label.is_body and index > opening]
    tail = kept[-TAIL_BLOCKS:]
    for position, index in enumerate(tail):
        name = _described(blocks[index].text)
        if name is None or not _note(blocks, tail[position:], name):
            continue
        start = position - 1 if position and _about(blocks[tail[position - 1]].text, name) else position
        return list(tail[start:])
    return []


def _about(text: str, name: str) -> bool:
    """Whether a block is the note's heading: "About" (in one of several languages) and the name."""
    key = normalise(text)
    return len(key.split()) <= HEADING_MAX_WORDS and any(
        key.startswith(f"{about} {normalise(name)}") for about in phrase_kinds("author-notes.txt")["about"]
    )


def _described(text: str) -> str | None:
    """The name a block opens by describing ("Ascom is a global ..."), if it does."""
    match = _SELF_DESCRIPTION.match(text)
    if match is None or match.group("name") in _NOT_NAMES:
        return None
    return match.group("name")


def _note(blocks: Sequence[Block], note: Sequence[int], name: str) -> bool:
    """Whether ``note`` describes ``name`` to its end: each block a description of it or a short
    trailer, the name printed again, at least NOTE_MIN_PHRASES company phrases, at most
    NOTE_MAX_WORDS words."""
    texts = [blocks[index].text for index in note]
    if sum(len(text.split()) for text in texts) > NOTE_MAX_WORDS:
        return False
    if not all(_described(text) == name or len(text.split()) <= TRAILER_MAX_WORDS for text in texts):
        return False
    joined = " ".join(texts)
    found = {match.group(1) for match in _phrases().finditer(normalise(joined))}
    return len(re.findall(rf"\b{re.escape(name)}\b", joined)) >= 2 and len(found) >= NOTE_MIN_PHRASES
