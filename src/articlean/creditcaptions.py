"""A caption on its own line above a line that is only its credit.

Pages print the picture's caption and its credit as two text nodes ("An artist's illustration of
Europa." then "(Image: © NASA/ESA)", or "Above: A coworking space." then "Image Credit: WeWork");
the credit line alone is read as a caption with no text, and the caption above it stayed in the body.
A credit without a marker is a line of names only ("Michael Conroy, AP", "Natalie Naccache |
Bloomberg | Getty Images"), which the credit patterns split into a "caption" (the photographer) and a
credit (the agency): such a line is a credit too.

Templates that print a label for screen readers over the credit ("Image copyright" then "Getty
Images", each on a line of its own) leave the label in the body once the credit is a caption's: the
label goes with it. A label with an account's handle ("Image Copyright @nasa") credits an embedded
post, and the handle alone on the line under it is the post's header: both go to captions.
"""

from __future__ import annotations

import functools
import re

from articlean import regexes
from articlean.captions import split_credit
from articlean.metapage import Page, next_text, previous_text
from articlean.metaphrases import alternation, phrases
from articlean.model import Caption, Label
from articlean.segment import count_words

# A caption is a sentence; a longer paragraph above a credit is the article's lead, a picture below it.
MAX_CAPTION_ABOVE_WORDS = 30
# ... but above a line of names only, with no marker, the picture's description may run longer (a
# wire caption: who, doing what, where, when); an article's paragraph is not followed by such a line.
MAX_CAPTION_ABOVE_NAMES_WORDS = 70
# Two or three words above a credit are a portrait's name, which lists of people keep in the text.
MIN_CAPTION_ABOVE_WORDS = 4
# A credit names a photographer or an agency; a sentence after a marker ("Image caption ...") is no credit.
MAX_CREDIT_WORDS = 6
# Words of a line of names that are not names: a wire credit's "via AP" and "AP file".
CREDIT_LINKS = frozenset({"via", "file"})
# A credit's label alone ("Image copyright") is a few words; the cheap test before the pattern.
CREDIT_LABEL_MAX_CHARS = 40
# Quoted speech above a picture is a pull quote or the article's own paragraph, not its caption.
QUOTE_MARKS = "\"“”„«»‘’'「『"


def read_captions_above_credits(page: Page, first: int, last: int) -> None:
    """Relabel a short body block followed by a credit-only line, and the credit, as one caption."""
    for number in range(max(0, first), min(last + 1, len(page.blocks))):
        credit_line = page.blocks[number].text
        found = credit_only(credit_line) if credit_line else None
        if found is None or page.verdicts[number].label.is_metadata:
            continue
        credit, max_words = found
        before = previous_text(page, number)
        if before is None or not page.verdicts[before].label.is_body:
            continue
        caption = page.blocks[before].text
        if not _may_be_caption(caption, max_words):
            continue
        page.relabel(before, Label.CAPTION, "caption", strong=True)
        page.relabel(number, Label.CAPTION, "caption", strong=True)
        page.captions.append(Caption(caption, credit))


def credit_only(line: str) -> tuple[str, int] | None:
    """The credit of a line that is only a credit, and how many words its caption above may have."""
    split = split_credit(line)
    if split is None:
        return None
    names = _names_only(line)
    if split[0] and not names:
        return None
    credit = line if split[0] else split[1]
    if count_words(credit) > MAX_CREDIT_WORDS:
        return None
    return credit, MAX_CAPTION_ABOVE_NAMES_WORDS if names else MAX_CAPTION_ABOVE_WORDS


def _may_be_caption(text: str, max_words: int) -> bool:
    words = count_words(text)
    return (
        MIN_CAPTION_ABOVE_WORDS <= words <= max_words
        and not text.startswith(tuple(QUOTE_MARKS))
        and split_credit(text) is None
    )


_WORD = regexes.compile(r"[^\W\d_][\w.'’-]*")
# What a marked credit holds and a line of names does not: "Photo: ...", "(Image: © ...)".
_MARKS = (":", "：", "©", "(")


def _names_only(text: str) -> bool:
    """Whether a credit line is names only: no marker ("Photo:", "©", "Top photo by ...") and every
    word capitalised but the links of CREDIT_LINKS (a caption has lowercase words)."""
    if any(mark in text for mark in _MARKS):
        return False
    return all(word[0].isupper() or word in CREDIT_LINKS for word in _WORD.findall(text))


@functools.cache
def _credit_label() -> re.Pattern[str]:
    """A credit's label ("Image copyright", "Photo ©"), alone or with an account's handle as the
    credit ("Image Copyright @nasa": an embedded post's)."""
    markers = alternation(phrases("credit-marker"))
    handle = r"(?:\s+(?P<handle>@\w+)(?:\s+(?P=handle))?)?"  # a handle, printed twice by some dumps
    return regexes.compile(rf"^\W*(?:{markers})\s+(?:copyright|©){handle}\W*$", re.IGNORECASE)


def read_credit_labels(page: Page, first: int, last: int) -> None:
    """Relabel a credit's label alone on its line ("Image copyright", which templates print for
    screen readers) as a caption when the line after it is a caption's credit ("Getty Images"); a
    label with a handle ("Image Copyright @nasa") is a credit itself, and the handle alone on the
    line after it (the embedded post's header) goes with it."""
    for number in range(max(0, first), min(last + 1, len(page.blocks))):
        text = page.blocks[number].text
        match = _credit_label().match(text) if len(text) <= CREDIT_LABEL_MAX_CHARS else None
        after = next_text(page, number) if match else None
        if match is None or after is None:
            continue
        handle = match["handle"]
        if handle is None and page.verdicts[after].label is not Label.CAPTION:
            continue
        if page.verdicts[number].label.is_body:
            page.relabel(number, Label.CAPTION, "caption", strong=True)
        same = handle is not None and page.blocks[after].text.strip() == handle
        if same and page.verdicts[after].label.is_body:
            page.relabel(after, Label.CAPTION, "caption", strong=True)
