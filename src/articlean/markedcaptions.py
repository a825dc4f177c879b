"""A caption led by its label: "Image caption Taylor Swift's seventh album ...", "Pie de foto: ...".

Some templates print a picture's caption after a label meant for screen readers ("Image caption",
"Media caption", "Legenda da foto", "Bildunterschrift"), which a text dump keeps, and markdown dumps
keep the credit's label before it too ("Image copyright Getty Images Image caption ..."). The caption
reads like the article's prose to the model; the label says what it is. A dump that prints each text
node on a line of its own leaves the label alone on its line and the caption on the next one.

Labels come from the [caption-marker] section of data/metadata-phrases.txt. A label of one word
("Caption", "Legenda") leads a caption only with a colon, or alone on its line; a longer one also
with a space. The caption goes to ``captions`` (with the credit before the label, if any) and its
lines are relabelled as captions.
"""

from __future__ import annotations

import functools
import re

from articlean import regexes
from articlean.captions import MAX_CAPTION_WORDS, split_credit
from articlean.doccache import per_document
from articlean.metapage import Page
from articlean.metaphrases import alternation, phrases
from articlean.model import Caption, Label
from articlean.phrases import first_words, normalise
from articlean.segment import count_words

# What may stand before the label: a credit line run into it ("Image copyright Getty Images").
MAX_LEAD_WORDS = 8


@functools.cache
def _labelled() -> re.Pattern[str]:
    labels = phrases("caption-marker")
    several = alternation([label for label in labels if " " in label])
    single = alternation([label for label in labels if " " not in label])
    return regexes.compile(
        rf"^(?P<lead>(?:\S+\s+){{0,{MAX_LEAD_WORDS}}}?)"
        rf"(?:(?:{several})\s*[:：]?|(?:{single})\s*[:：])\s*(?P<caption>.*)$",
        re.IGNORECASE,
    )


@functools.cache
def _label_only() -> re.Pattern[str]:
    return regexes.compile(rf"^\W*(?:{alternation(phrases('caption-marker'))})\s*[:：]?\W*$", re.IGNORECASE)


@functools.cache
def _label_words() -> frozenset[str]:
    """The words a caption label opens with."""
    return first_words(phrases("caption-marker"))


def _may_hold_label(text: str) -> bool:
    """Whether a label could open within the first MAX_LEAD_WORDS words: a line without one of its
    words is no caption's, without compiling or running the patterns (a millisecond at start-up)."""
    # Split off only the words read (a paragraph's split into all its words was most of the time).
    lead = text.split(None, MAX_LEAD_WORDS + 1)[: MAX_LEAD_WORDS + 1]
    return not _label_words().isdisjoint(normalise(" ".join(lead)).split())


def read_marked_captions(page: Page, first: int, last: int) -> None:
    """Relabel the body blocks that a caption label leads, or that follow a label alone, as captions."""
    for number in range(max(0, first), min(last + 1, len(page.blocks))):
        text = page.blocks[number].text
        if not text or page.verdicts[number].label.is_metadata or not _may_hold_label(text):
            continue
        if _label_only().match(text):
            _read_caption_after(page, number)
            continue
        found = labelled_caption(text)
        if found is not None and page.relabel(number, Label.CAPTION, "caption", strong=True):
            page.captions.append(Caption(*found))


@per_document
def labelled_caption(text: str) -> tuple[str, str | None] | None:
    """(caption, credit) of a line a caption label leads; the credit is what stands before the label."""
    match = _labelled().match(text)
    if match is None or not _caption_like(match.group("caption")):
        return None
    lead = match.group("lead").strip()
    if not lead:
        return match.group("caption"), None
    credit = split_credit(lead)
    return (match.group("caption"), credit[1]) if credit else None


def _read_caption_after(page: Page, label: int) -> None:
    """The caption on the line after a label alone: the next block with text, if it is kept."""
    after = next((n for n in range(label + 1, len(page.blocks)) if page.blocks[n].text), None)
    if after is None or not page.verdicts[after].label.is_body:
        return
    caption = page.blocks[after].text
    if _caption_like(caption) and page.relabel(after, Label.CAPTION, "caption", strong=True):
        page.relabel(label, Label.CAPTION, "caption", strong=True)
        page.captions.append(Caption(caption))


def _caption_like(text: str) -> bool:
    """A caption has a letter and at most MAX_CAPTION_WORDS words."""
    return any(character.isalpha() for character in text) and count_words(text) <= MAX_CAPTION_WORDS
