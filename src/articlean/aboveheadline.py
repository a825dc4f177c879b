"""What a page prints between its ``<title>`` and the headline of the article: its header, not the article.

Many scrapers print the page's ``<title>`` first ("Headline – Site"), then the whole page: menus,
mega-menus that hold cards of other stories (a headline over its summary), weather and score
boxes, and only then the article under its headline, the ``<title>``'s headline printed again:

    Council Approves Budget For The Tram – The Daily Example     <- the <title>
    News | Sport | Weather
    Best Of
    The 4 Best Vegan Spots In Town                                <- a menu's card
    We crunched the numbers to find the top vegan spots around town, using ...
    Council Approves Budget For The Tram                          <- the headline, printed again
    March 3, 2020
    The city council voted on Tuesday to fund the first section of the tram line ...

The model judges the menu's cards as it judges any paragraph, and keeps those that read like prose.
Where the ``<title>`` stands first (a line with a site part: :func:`articlean.titleparts.split_title`)
and its headline (HEADLINE_MIN_WORDS words or more, so not "Home") is printed again further down,
with kept running text under it within ARTICLE_REACH blocks, the article begins at that line:
whatever was kept between the two goes, with the reason ``above-headline`` (README: "Reason ids").
A headline printed again only after the article (a "most read" box listing the story itself) has no
running text under it, and the article stays. An HTML page's lines begin with its ``<body>``: there the
headline the page declares (:mod:`articlean.htmltitles`, without its site) stands for the first line,
and the kept lines above its first copy go (:func:`drop_above_title`, run once the classifier is done).
A dump without its ``<title>`` first has the headline the metadata stage found instead
(:func:`drop_above_found_headline`, run once that stage is done): a news ticker's item or a menu's
card kept over it goes too.
"""

from __future__ import annotations

from collections.abc import Sequence

from articlean.linklines import running_text
from articlean.model import Block, Label, Verdict
from articlean.segment import count_words
from articlean.titleparts import normalise, split_title
from articlean.verdictedits import drop

# A headline of fewer words ("Home", "Contact us") is printed on many lines that are not the article's.
HEADLINE_MIN_WORDS = 4
# The headline printed again is at most this many times as long as the headline (its surrounding marks).
ECHO_MAX_LENGTH = 2
# The article's running text begins within this many blocks under its headline (a dateline, a byline,
# tags, a picture and its caption stand between them).
ARTICLE_REACH = 20
# What a dump kept above the headline the metadata stage found goes only while it holds at most this
# share of the words kept from the headline on: a line taken for the headline further down the
# article (a subheading) leaves the article above it, not a ticker's item or a menu's card (on dev
# 0.25 at the most where it went).
FOUND_ABOVE_MAX_SHARE = 0.5


def above_headline(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The kept blocks between the page's ``<title>`` on the first line and its headline printed
    again over the article."""
    first = next((index for index, block in enumerate(blocks) if block.text.strip()), None)
    if first is None:
        return []
    headline, _, site = split_title(blocks[first].text, tag=True)
    if site is None:
        return []  # no site part: the first line is the headline itself, or some other line
    return _above(blocks, verdicts, headline, first + 1)


def drop_above_title(blocks: Sequence[Block], verdicts: Sequence[Verdict], title: str) -> list[Verdict]:
    """``verdicts`` without what was kept above the headline an HTML page declares (``title``, without
    its site), printed over the article: the page's lines begin with its ``<body>``, not its title."""
    edited = list(verdicts)
    for index in _above(blocks, verdicts, title, 0):
        drop(edited, index, "above-headline")
    return edited


def _above(blocks: Sequence[Block], verdicts: Sequence[Verdict], headline: str, start: int) -> list[int]:
    """The kept blocks from ``start`` to the first line that prints ``headline`` again, when kept
    running text follows that line."""
    key = normalise(headline)
    if len(key.split()) < HEADLINE_MIN_WORDS:
        return []
    echo = next((index for index in range(start, len(blocks)) if _prints(blocks[index].text, key)), None)
    if echo is None or not _article_under(blocks, verdicts, echo):
        return []
    return [index for index in range(start, echo) if verdicts[index].label.is_body]


def _prints(text: str, key: str) -> bool:
    """Whether ``text`` is the headline ``key`` (normalised) with at most its surrounding marks: the
    length test first spares the normaliser's cache every other line of a long page."""
    return len(key) <= len(text) <= ECHO_MAX_LENGTH * len(key) and normalise(text) == key


def _article_under(blocks: Sequence[Block], verdicts: Sequence[Verdict], echo: int) -> bool:
    """Whether kept running text follows the headline at ``echo`` within ARTICLE_REACH blocks."""
    return any(
        verdicts[index].label.is_body and running_text(blocks[index].text)
        for index in range(echo + 1, min(len(blocks), echo + 1 + ARTICLE_REACH))
    )


def drop_above_found_headline(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[Verdict]:
    """``verdicts`` without what a dump kept above the headline the metadata stage found (the block
    labelled as the title) where no ``<title>`` stands first to point at it: a ticker's item, a
    menu's card. Only when kept running text follows the headline within ARTICLE_REACH blocks, no
    other line prints it (a headline printed again is a photo story's recurring caption or another
    story's teaser, which may stand inside the article), and what goes holds at most
    FOUND_ABOVE_MAX_SHARE of the words kept from the headline on."""
    edited = list(verdicts)
    title = next((index for index, verdict in enumerate(verdicts) if verdict.label is Label.TITLE), None)
    if title is None or not _article_under(blocks, verdicts, title):
        return edited
    key = normalise(blocks[title].text)
    if len(key.split()) < HEADLINE_MIN_WORDS or any(
        _prints(block.text, key) for index, block in enumerate(blocks) if index != title
    ):
        return edited
    above = [index for index in range(title) if verdicts[index].label.is_body]
    words = sum(count_words(blocks[index].text) for index in above)
    kept_under = (index for index in range(title, len(blocks)) if verdicts[index].label.is_body)
    under = sum(count_words(blocks[index].text) for index in kept_under)
    if words > FOUND_ABOVE_MAX_SHARE * under:
        return edited
    for index in above:
        drop(edited, index, "above-headline")
    return edited
