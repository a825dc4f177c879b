"""The page as the metadata stage walks it: its blocks, their verdicts, the article's span, and
what the stage has learned so far."""

from __future__ import annotations

from collections.abc import Sequence

from articlean import regexes
from articlean.dates import FoundDate
from articlean.doccache import per_document
from articlean.model import Block, Caption, Document, Label, Verdict
from articlean.segment import count_words

# A body block that opens the article has this many words, or body neighbours close after it.
ARTICLE_OPENING_WORDS = 40
# A paragraph that can open an article has at least this many words (headlines and labels fewer).
MIN_OPENING_WORDS = 8
# Lines next to each other (a name and its date, "By" and the name) are at most this many blocks apart.
NEIGHBOUR_REACH = 3
LETTERS = regexes.compile(r"[^\W\d_]+")


class Page:
    """What the stage learns while it walks the page; turned into Metadata at the end."""

    __slots__ = (
        "authors",
        "blocks",
        "body_words",
        "captions",
        "categories",
        "common_words",
        "dates",
        "description",
        "document",
        "end",
        "language",
        "reading_time",
        "sitename",
        "start",
        "tag_line",
        "verdicts",
    )

    def __init__(
        self,
        blocks: Sequence[Block],
        verdicts: list[Verdict],
        document: Document,
        start: int,
        end: int,
        language: str | None,
    ) -> None:
        self.blocks, self.verdicts, self.document = blocks, verdicts, document
        self.start, self.end, self.language = start, end, language  # the article's span
        self.authors: list[str] = []
        self.dates: list[FoundDate] = []
        self.categories: list[str] = []
        self.captions: list[Caption] = []
        self.description: str | None = None
        self.reading_time: int | None = None
        self.sitename: str | None = None
        self.common_words: frozenset[str] = frozenset()
        self.body_words: frozenset[str] = frozenset()
        self.tag_line = ""

    def relabel(self, index: int, label: Label, reason: str, strong: bool = False) -> bool:
        """Give a block a metadata label; a body block only on a strong pattern."""
        current = self.verdicts[index]
        if current.label.is_metadata or (current.label.is_body and not strong):
            return False
        self.verdicts[index] = Verdict(label, 0.0, reason)
        return True


def opens_article(block: Block, verdict: Verdict) -> bool:
    """A paragraph the article could open with (headlines and labels are shorter)."""
    return verdict.label is Label.BODY and count_words(block.text) >= MIN_OPENING_WORDS


def article_span(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> tuple[int, int]:
    """(first, last) block of the article: stray short body blocks before it are skipped."""
    # Headings and short lines the classifier kept near the top (a headline, a kicker, a reading
    # time) are what the header is made of: the article opens with a paragraph.
    # opens_article() written out: this reads every block in each pass, the re-check's too
    body = [
        number
        for number, verdict in enumerate(verdicts)
        if verdict.label is Label.BODY and count_words(blocks[number].text) >= MIN_OPENING_WORDS
    ]
    if not body:
        body = [number for number, verdict in enumerate(verdicts) if verdict.label.is_body]
    if not body:
        return len(blocks), len(blocks) - 1
    for position, number in enumerate(body):
        close = [other for other in body[position + 1 : position + 4] if other - number <= 6]
        if count_words(blocks[number].text) >= ARTICLE_OPENING_WORDS or len(close) >= 2:
            return number, body[-1]
    return body[0], body[-1]


def next_text(page: Page, number: int) -> int | None:
    """The next block after ``number`` that has text (blank lines are blocks without)."""
    for after in range(number + 1, min(len(page.blocks), number + 1 + NEIGHBOUR_REACH)):
        if page.blocks[after].text:
            return after
    return None


def previous_text(page: Page, number: int) -> int | None:
    for before in range(number - 1, max(-1, number - 1 - NEIGHBOUR_REACH), -1):
        if page.blocks[before].text:
            return before
    return None


@per_document  # the re-check mostly reads the same body text again
def letter_words(text: str) -> frozenset[str]:
    """The casefolded words of a text, letters only."""
    return frozenset(LETTERS.findall(text.casefold()))


@per_document  # the title and byline readers ask for the same body text
def lowercase_words(text: str) -> frozenset[str]:
    """Words the text writes in lowercase: common words, which names are not made of."""
    return frozenset(word for word in LETTERS.findall(text) if len(word) > 1 and word[0].islower())
