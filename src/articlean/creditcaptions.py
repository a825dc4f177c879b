"""A caption on its own line above a line that is only its credit.

Pages print the picture's caption and its credit as two text nodes ("An artist's illustration of
Europa." then "(Image: © NASA/ESA)", or "Above: A coworking space." then "Image Credit: WeWork");
the credit line alone is read as a caption with no text, and the caption above it stayed in the body.
"""

from __future__ import annotations

from articlean.captions import split_credit
from articlean.metapage import Page, previous_text
from articlean.model import Caption, Label
from articlean.segment import count_words

# A caption is a sentence; a longer paragraph above a credit is the article's lead, a picture below it.
MAX_CAPTION_ABOVE_WORDS = 30
# Two or three words above a credit are a portrait's name, which lists of people keep in the text.
MIN_CAPTION_ABOVE_WORDS = 4
# A credit names a photographer or an agency; a sentence after a marker ("Image caption ...") is no credit.
MAX_CREDIT_WORDS = 6
# Quoted speech above a picture is a pull quote or the article's own paragraph, not its caption.
QUOTE_MARKS = "\"“”„«»‘’'「『"


def read_captions_above_credits(page: Page, first: int, last: int) -> None:
    """Relabel a short body block followed by a credit-only line, and the credit, as one caption."""
    for number in range(max(0, first), min(last + 1, len(page.blocks))):
        credit_line = page.blocks[number].text
        split = split_credit(credit_line) if credit_line else None
        if split is None or split[0] or page.verdicts[number].label.is_metadata:
            continue
        if count_words(split[1]) > MAX_CREDIT_WORDS:
            continue
        before = previous_text(page, number)
        if before is None or not page.verdicts[before].label.is_body:
            continue
        caption = page.blocks[before].text
        if not _may_be_caption(caption):
            continue
        page.relabel(before, Label.CAPTION, "caption", strong=True)
        page.relabel(number, Label.CAPTION, "caption", strong=True)
        page.captions.append(Caption(caption, split[1]))


def _may_be_caption(text: str) -> bool:
    words = count_words(text)
    return (
        MIN_CAPTION_ABOVE_WORDS <= words <= MAX_CAPTION_ABOVE_WORDS
        and not text.startswith(tuple(QUOTE_MARKS))
        and split_credit(text) is None
    )
