"""Product cards in a shopping or review article: a product's name, its description, a price and a
shop button, card after card.

A gift guide or a deals post is a list of picks, each printed as a card that the page's template
closes with a button:

    Apple AirPods
    * Automatically on, automatically connected
    * Quick access to Siri by saying "Hey Siri"
    Apple AirPods with Charging Case (Latest Model)
    $139.00
    Buy Now

The cards are the article (its reader keeps them), but they read like a page's furniture to the
model: short lines, lists, prices, repeated lines, often after the last paragraph of prose. The
buttons give them away (data/buy-labels.txt: "Buy now", "Check price", "See at Amazon", or a price
and a shop: "$139 at Walmart"). A card closes with one button or more ("Available from Amazon",
"Buy Now"): a button with less than DESCRIPTION_MIN_WORDS words of description (prices and buttons
aside) since the one before is the same card's. CARD_MIN_RUN cards or more, each opening within
CARD_MAX_BLOCKS blocks of the one before, make a run, when its first card follows the article's kept
text within CARD_MAX_BLOCKS blocks. A "shop the story" box (name, price, button, and no
description) after the article is one card at most, and stays as it was; nor are cards under such
a box's heading (data/buy-labels.txt, kind ``box``) taken.
The run's blocks, from the kept block before the first card to the last button, are kept with the
reason ``product-card`` in the verdicts, where the model dropped them and where it kept them (so
that the rules for what follows an article leave the cards to it: a product's name over its
features reads as another story's headline).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from articlean import regexes
from articlean.doccache import per_document
from articlean.features import TERMINAL
from articlean.model import MODEL_DROP_REASONS, Block, Verdict
from articlean.phrases import normalise, phrase_kinds
from articlean.segment import count_words

# The reason a kept card's block carries in the verdicts.
PRODUCT_CARD = "product-card"
# A run holds at least this many cards: two buttons may be an article's own links to a shop.
CARD_MIN_RUN = 3
# A card spans at most this many blocks from its button back to the previous one (a name, a list of
# features, the product's name again, a price, a shop's note, the button).
CARD_MAX_BLOCKS = 30
# Each card describes its product in at least this many words outside its prices and buttons; a box
# of products after the article (a name, a price, "Shop now") holds fewer.
DESCRIPTION_MIN_WORDS = 12
# A paragraph of running text that the cards follow has at least this many words.
PROSE_MIN_WORDS = 8
# A button is a few words: a longer line that opens with "Buy" is a sentence.
BUTTON_MAX_WORDS = 6
# A label that closes a longer block is at most this many words ("Check the latest price").
LABEL_MAX_WORDS = 4
# After a lead ("See at"), the shop's name is at most this many words.
SHOP_MAX_WORDS = 3
# A price, alone or leading a shop's name: "$139.00", "From $610", "€ 19,99", "19,99 €".
_PRICE = r"(?:from\s+|ab\s+|dès\s+|desde\s+)?(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$|eur|usd))"
_PRICE_LINE = regexes.compile(rf"^\W*{_PRICE}\W*$", re.IGNORECASE)
_PRICE_AT_SHOP = regexes.compile(rf"^\W*{_PRICE}\s+(?:at|from|on|@|bei|chez|sur|en)\s+\w", re.IGNORECASE)
# Drops that a run of cards overrules: the model's own and its reading of short and repeated lines,
# not a rule's that recognised what the block is (an ad label, a template sentence, a link line).
REVIVABLE = MODEL_DROP_REASONS | {"repeated", "menu", "link-list", "no-words"}


@functools.cache
def _labels() -> dict[str, frozenset[str]]:
    return {kind: frozenset(words) for kind, words in phrase_kinds("buy-labels.txt").items()}


@per_document  # each settle pass asks again of every block after the start
def buy_button(text: str) -> bool:
    """Whether a block is a shop button: a label alone ("Buy now"), a lead and a shop ("See at
    Amazon"), or a price and a shop ("$139 at Walmart"); or a card's lines run into one block (as
    the cleaned output is read again) that close with a capitalised label ("… $139.00 Buy Now")."""
    if count_words(text) > BUTTON_MAX_WORDS:
        return _closing_label(text)
    if _PRICE_AT_SHOP.match(text):
        return True
    key = normalise(text)
    labels = _labels()
    if key in labels.get("label", frozenset()):
        return True
    words = key.split()
    leads = labels.get("lead", frozenset())
    return any(
        " ".join(words[:size]) in leads and 1 <= len(words) - size <= SHOP_MAX_WORDS for size in (1, 2, 3)
    )


def _closing_label(text: str) -> bool:
    """Whether a longer block ends with a label of two words or more ("Buy Now", not "buy") whose
    first word is capitalised, and without a sentence's punctuation."""
    tail = text.rstrip()
    if not tail or not tail[-1].isalnum():
        return False
    words = tail.split()[-LABEL_MAX_WORDS:]
    labels = _labels().get("label", frozenset())
    return any(
        words[start][:1].isupper() and normalise(" ".join(words[start:])) in labels
        for start in range(len(words) - 1)
    )


def price_line(text: str) -> bool:
    """Whether a line is a price alone ("$139.00", "From $610")."""
    return bool(_PRICE_LINE.match(text))


def product_cards(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The blocks of each run of product cards after the start of the article's kept text, from the
    kept block before its first card to its last button: those kept, and those the model dropped
    (:data:`REVIVABLE`)."""
    kept = [index for index, verdict in enumerate(verdicts) if verdict.label.is_body]
    if not kept:
        return []
    buttons = [index for index in range(kept[0] + 1, len(blocks)) if buy_button(blocks[index].text)]
    if len(buttons) < CARD_MIN_RUN:
        return []
    # words of description before each block: prices and buttons do not count
    described = [0]
    for block in blocks:
        text = block.text
        words = 0 if buy_button(text) or price_line(text) else count_words(text)
        described.append(described[-1] + words)
    found: list[int] = []
    for run in _runs(buttons, described):
        found.extend(_cards(blocks, verdicts, run))
    return found


def _runs(buttons: Sequence[int], described: Sequence[int]) -> list[list[int]]:
    """The buttons in runs of cards: a button with less than DESCRIPTION_MIN_WORDS words of
    description since the one before closes the same card ("Available from Amazon" / "Buy now");
    each card's first button stands within CARD_MAX_BLOCKS blocks of the last card's last one. A run
    holds CARD_MIN_RUN cards or more; it is given as the cards' last buttons, after its first card's
    first button."""
    runs: list[list[int]] = []
    firsts: list[int] = []
    for button in buttons:
        previous = runs[-1][-1] if runs else None
        if previous is None or button - previous > CARD_MAX_BLOCKS:
            runs.append([button])
            firsts.append(button)
        elif described[button] - described[previous + 1] < DESCRIPTION_MIN_WORDS:
            runs[-1][-1] = button  # the same card's
        else:
            runs[-1].append(button)
    return [[first, *run] for first, run in zip(firsts, runs, strict=True) if len(run) >= CARD_MIN_RUN]


def _opening(blocks: Sequence[Block], verdicts: Sequence[Verdict], button: int) -> int | None:
    """The kept block the first card follows, within CARD_MAX_BLOCKS blocks before its ``button``:
    the nearest kept paragraph of running text (the model may have kept some of the card's lines),
    else the nearest kept block; None when nothing is kept there."""
    reach = range(button - 1, max(button - CARD_MAX_BLOCKS, 0) - 1, -1)
    kept = [index for index in reach if verdicts[index].label.is_body]
    prose = (
        index
        for index in kept
        if not blocks[index].list_item
        and count_words(blocks[index].text) >= PROSE_MIN_WORDS
        and blocks[index].text.rstrip().endswith(TERMINAL)
    )
    return next(prose, kept[0] if kept else None)


def _cards(blocks: Sequence[Block], verdicts: Sequence[Verdict], run: Sequence[int]) -> list[int]:
    """The kept and revivable blocks of one run of cards (its first card's first button, then each card's last
    button), or none when the first card does not follow the article's kept text within
    CARD_MAX_BLOCKS blocks, or follows a box's heading ("Shop the story", data/buy-labels.txt)."""
    start = _opening(blocks, verdicts, run[0])
    if start is None:
        return []
    boxes = _labels().get("box", frozenset())
    if any(normalise(blocks[index].text) in boxes for index in range(start + 1, run[0])):
        return []  # "Shop the story": a box of products under the article, not its picks
    return [
        index
        for index in range(start + 1, run[-1] + 1)
        if verdicts[index].label.is_body or verdicts[index].reason in REVIVABLE
    ]
