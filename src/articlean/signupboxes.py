"""Sign-up boxes set between or after an article's paragraphs: a short pitch for a newsletter or
alerts over the box's button, found for :mod:`articlean.settle`.

The model drops a box's button ("Subscribe", "Sign Up") as an interface phrase but keeps its pitch
("Get breaking news alerts and special reports. The news and stories that matter, delivered weekday
mornings."), which reads as a sentence of the article. What marks the pitch is where it stands, right
over the dropped button, and what it offers: a newsletter, an inbox, alerts (the words live in
``data/signup-boxes.txt``, several languages). Two shapes:

* a boxed pitch: one to PITCH_MAX_BLOCKS short kept blocks between a dropped block (the box's
  heading, "Pick Six Newsletter", or whatever the model dropped before the box) and the button, the
  offer named in them or in that heading;
* a pitch set right under an article paragraph: the one short block over the button, naming the
  offer itself, with a short heading over it that names the offer too ("Breaking News Emails"), or
  a box's short title over a button that names the offer ("Like this article?" over "SIGN UP for our
  newsletter") where no kept text follows the button.

An article's own paragraph that mentions an email over a subscribe button is longer than a pitch,
or names no offer; and the box never takes the page's last kept text of running prose.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

from articlean.model import Block, Verdict
from articlean.phrases import SentenceIndex, contains_phrase, normalise, phrase_index, phrase_kinds

# A button's label is a short line of its own ("Subscribe", "Sign up now", "See All Newsletters").
CALL_MAX_WORDS = 6
# A pitch is one to PITCH_MAX_BLOCKS blocks (a line or two and a consent line), each at most
# PITCH_BLOCK_MAX_WORDS words: an article's paragraphs run longer.
PITCH_MAX_BLOCKS = 3
PITCH_BLOCK_MAX_WORDS = 30
# A box's heading is at most this many words and ends no sentence.
HEADING_MAX_WORDS = 6


class _Words(NamedTuple):
    calls: SentenceIndex
    topics: SentenceIndex


@functools.cache
def _words() -> _Words:
    kinds = phrase_kinds("signup-boxes.txt")
    return _Words(phrase_index(kinds["call"]), phrase_index(kinds["topic"]))


def signup_boxes(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The indices of the kept blocks that make a sign-up box's pitch (and its kept heading), each
    over a dropped button; none when they would hold all the kept running text."""
    found: dict[int, None] = {}  # in order, once each
    for call in range(1, len(blocks)):
        if not verdicts[call].label.is_body and _call(blocks[call].text):
            found.update(dict.fromkeys(_pitch(blocks, verdicts, call)))
    prose = any(
        verdict.label.is_body and index not in found and not _short(blocks[index])
        for index, verdict in enumerate(verdicts)
    )
    return list(found) if prose else []


def _pitch(blocks: Sequence[Block], verdicts: Sequence[Verdict], call: int) -> list[int]:
    """The kept blocks of the pitch over the button at ``call``: a boxed pitch, else a pitch right
    under the article's text (the module's two shapes)."""
    run: list[int] = []
    index = call - 1
    while (
        index >= 0
        and verdicts[index].label.is_body
        and _short(blocks[index])
        and len(run) <= PITCH_MAX_BLOCKS
    ):
        run.insert(0, index)
        index -= 1
    if not run:
        return []
    boxed = len(run) <= PITCH_MAX_BLOCKS and index >= 0 and not verdicts[index].label.is_body
    if boxed and (any(_offer(blocks[i].text) for i in run) or _heading(blocks[index].text)):
        return run
    last = run[-1]
    if not _offer(blocks[last].text):
        return [last] if _box_title(blocks, verdicts, last, call) else []
    heading = last - 1
    if heading in run and _heading(blocks[heading].text):
        return [heading, last]
    return [last]


def _box_title(blocks: Sequence[Block], verdicts: Sequence[Verdict], title: int, call: int) -> bool:
    """A box's short title right over a button that names the offer itself ("Like this article?" over
    "SIGN UP for our newsletter"), with no kept text right under the button: a section heading over
    a box set into the article has the section's text there."""
    after = call + 1
    return (
        _words_at_most(blocks[title].text, HEADING_MAX_WORDS)
        and _offer(blocks[call].text)
        and (after == len(blocks) or not verdicts[after].label.is_body)
    )


def _short(block: Block) -> bool:
    return _words_at_most(block.text, PITCH_BLOCK_MAX_WORDS)


def _words_at_most(text: str, limit: int) -> bool:
    """Whether ``text`` has at most ``limit`` words, without splitting all of a long block."""
    return len(text.split(None, limit)) <= limit


def _call(text: str) -> bool:
    """A button's label: a short line holding a call's words ("Subscribe", "Sign Up")."""
    return _words_at_most(text, CALL_MAX_WORDS) and _holds(text, _words().calls)


def _offer(text: str) -> bool:
    """Whether ``text`` names what a box offers (a newsletter, an inbox, alerts)."""
    return _holds(text, _words().topics)


def _heading(text: str) -> bool:
    """A box's heading that names its offer ("Breaking News Emails", "Pick Six Newsletter")."""
    stripped = text.strip()
    return (
        _words_at_most(stripped, HEADING_MAX_WORDS)
        and not stripped.endswith((".", "!", "?"))
        and _offer(stripped)
    )


def _holds(text: str, phrases: SentenceIndex) -> bool:
    return contains_phrase(normalise(text), phrases)
