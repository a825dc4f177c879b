"""A recipe card after a food article: its name, "Ingredients" over short items, "Instructions" over
the steps.

Food blogs close the article with the recipe as a card that a reader prints:

    Spiced Honey Pear Jam
    Print
    Ingredients
    8-9 ripe pears, cored and peeled
    1 tsp cinnamon
    Instructions
    Fill the canner with water and set it to simmer.
    Spoon the jam into the jars and boil them for ten minutes.

The card is the article's (the reader's view keeps it), but it reads like a page's furniture to the
model: short lines, a list, headings, set apart from the prose. Its two headings give it away
(data/recipe-headings.txt): a heading of ingredients, right over RECIPE_MIN_ITEMS or more short
items, right over a heading of steps, right over one step or more (lines of STEP_MIN_WORDS words or
more, up to the first shorter line: a credit, a share bar). The card is kept, with the recipe's name
when a short line stands within NAME_REACH blocks above its first heading, and only after the
article's kept text has begun (a box of recipes before the article is no card of its own). The
blocks the model dropped there are kept with the reason ``recipe`` in the verdicts.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from articlean.features import STATEMENT_END
from articlean.model import Block, Verdict
from articlean.phrases import normalise, phrase_kinds
from articlean.segment import count_words

# A recipe lists at least this many ingredients; one line under "Ingredients" is a sentence's.
RECIPE_MIN_ITEMS = 2
# ... and each is a short line: "1 jar honey, or 1 1/2 cups", "8-9 ripe pears, cored and peeled".
ITEM_MAX_WORDS = 15
# A card lists at most this many items and steps: the walks stay short on any page.
MAX_LINES = 80
# A step is a line of at least this many words; a shorter one after them ("© Regan", "Notes") ends them.
STEP_MIN_WORDS = 3
# A heading is a few words: a longer line that opens with "Ingredients" is a sentence.
HEADING_MAX_WORDS = 4
# The recipe's name stands this many blocks above the ingredients heading at most ("Print", "Pin"
# and times between them).
NAME_REACH = 3
# A recipe's name is a short line without a sentence's full stop.
NAME_MAX_WORDS = 12


@functools.cache
def _headings() -> dict[str, frozenset[str]]:
    return {kind: frozenset(words) for kind, words in phrase_kinds("recipe-headings.txt").items()}


def recipe_heading(text: str, kind: str) -> bool:
    """Whether a line is a heading of ``kind`` ("ingredients" or "steps"), with its markup."""
    # The key first: a block's is remembered from its measures, where its words would be counted anew.
    return normalise(text) in _headings().get(kind, frozenset()) and count_words(text) <= HEADING_MAX_WORDS


def recipe_cards(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The blocks of each recipe card after the start of the article's kept text that the model
    dropped: its name, its headings, its items and its steps."""
    start = next((index for index, verdict in enumerate(verdicts) if verdict.label.is_body), None)
    if start is None:
        return []
    found: list[int] = []
    for heading in range(start + 1, len(blocks)):
        if not recipe_heading(blocks[heading].text, "ingredients"):
            continue
        card = _card(blocks, heading)
        if card:
            found.extend(index for index in card if not verdicts[index].label.is_body)
    return found


def _card(blocks: Sequence[Block], heading: int) -> list[int]:
    """The card whose ingredients heading is at ``heading``: its name, headings, items and steps;
    none when the blocks after the heading are not items, a steps heading and steps."""
    items = heading + 1
    limit = min(len(blocks), heading + MAX_LINES)
    while items < limit and count_words(blocks[items].text) <= ITEM_MAX_WORDS:
        text = blocks[items].text
        if recipe_heading(text, "steps") or recipe_heading(text, "ingredients"):
            break  # the steps, or another card's ingredients (whose own walk starts there)
        items += 1
    if items - heading - 1 < RECIPE_MIN_ITEMS or items >= limit:
        return []
    if not recipe_heading(blocks[items].text, "steps"):
        return []
    steps = items + 1
    while steps < min(len(blocks), items + MAX_LINES) and count_words(blocks[steps].text) >= STEP_MIN_WORDS:
        steps += 1
    if steps == items + 1:
        return []
    return [*_name(blocks, heading), *range(heading, steps)]


def _name(blocks: Sequence[Block], heading: int) -> list[int]:
    """The recipe's name: the nearest line above the heading, within NAME_REACH blocks, of two words
    or more and at most NAME_MAX_WORDS, not ending a sentence."""
    for index in range(heading - 1, max(-1, heading - 1 - NAME_REACH), -1):
        text = blocks[index].text.strip()
        words = count_words(text)
        if 2 <= words <= NAME_MAX_WORDS and not text.endswith(STATEMENT_END):
            return [index]
    return []
