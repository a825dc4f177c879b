"""What a page keeps between its ``<title>`` (printed first) and its headline printed again over the
article goes as ``above-headline``; without the title's echo, or without running text under it, it stays."""

from __future__ import annotations

import time

from articlean import Options, clean
from articlean.aboveheadline import above_headline, drop_above_found_headline, drop_above_title
from articlean.model import InputFormat, Label, Verdict
from articlean.segment import segment
from settling import ARTICLE, paragraphs, settled
from timing import assert_linear

HEADLINE = "River Authority Opens The New Flood Gates"
TAG = f"{HEADLINE} – The Daily Example"
MENU_CARD = [
    "The Four Best Vegan Spots In The Old Town",
    "We crunched the numbers to find the top vegan spots around town, from a noodle bar to a bakery.",
]


def test_kept_cards_between_the_title_and_its_headline_go() -> None:
    kept, reasons = settled(paragraphs([TAG, *MENU_CARD, HEADLINE, *ARTICLE]))
    assert kept == [TAG, HEADLINE, *ARTICLE]
    assert reasons == {"above-headline"}


def test_without_the_headline_printed_again_the_cards_stay() -> None:
    kept, reasons = settled(paragraphs([TAG, *MENU_CARD, *ARTICLE]))
    assert kept == [TAG, *MENU_CARD, *ARTICLE]
    assert "above-headline" not in reasons


def test_a_first_line_without_a_site_part_is_no_title() -> None:
    kept, reasons = settled(paragraphs([HEADLINE, *MENU_CARD, HEADLINE, *ARTICLE]))
    assert "above-headline" not in reasons
    assert kept[1:3] == MENU_CARD


def test_a_headline_printed_again_after_the_article_keeps_it() -> None:
    """A "most read" box that lists the story itself: no running text under the echo."""
    lines = paragraphs([TAG, *ARTICLE, "Most read", HEADLINE, "Market Traders Protest Against Parking Fees"])
    kept, reasons = settled(lines)
    assert kept[1:3] == ARTICLE
    assert "above-headline" not in reasons


def test_running_text_under_the_echo_must_be_kept() -> None:
    blocks = segment(paragraphs([TAG, *MENU_CARD, HEADLINE, *ARTICLE]))
    dropped, kept = Verdict(Label.BOILERPLATE, 0.1, "outside-article"), Verdict(Label.BODY, 0.9, "x")
    verdicts = [dropped if block.text in ARTICLE else kept for block in blocks]
    assert above_headline(blocks, verdicts) == []
    verdicts = [Verdict(Label.BODY, 0.9, "x") for _ in blocks]
    assert above_headline(blocks, verdicts) == [1, 2]


def test_a_short_headline_is_too_common_to_be_the_article() -> None:
    blocks = segment(paragraphs(["Home – The Daily Example", *MENU_CARD, "Home", *ARTICLE]))
    assert above_headline(blocks, [Verdict(Label.BODY, 0.9, "x") for _ in blocks]) == []


def test_html_kept_lines_above_the_declared_headline_go() -> None:
    """An HTML page's lines begin with its <body>: the title it declares stands for the first line."""
    blocks = segment(paragraphs([*MENU_CARD, HEADLINE, *ARTICLE]))
    edited = drop_above_title(blocks, [Verdict(Label.BODY, 0.9, "x") for _ in blocks], HEADLINE)
    assert [verdict.reason for verdict in edited] == ["above-headline", "above-headline", "x", "x", "x"]


def test_html_without_the_declared_headline_on_the_page_nothing_goes() -> None:
    blocks = segment(paragraphs([*MENU_CARD, *ARTICLE]))
    verdicts = [Verdict(Label.BODY, 0.9, "x") for _ in blocks]
    assert drop_above_title(blocks, verdicts, HEADLINE) == verdicts


def test_an_html_page_clears_its_menu_cards_above_the_headline() -> None:
    card = "".join(f"<p>{text}</p>" for text in MENU_CARD)
    article = "".join(f"<p>{text}</p>" for text in ARTICLE)
    body = f"<div>{card}</div><h1>{HEADLINE}</h1>{article}"
    page = f"<html><head><title>{TAG}</title></head><body>{body}</body></html>"
    result = clean(page, Options(input_format=InputFormat.HTML))
    assert MENU_CARD[1] not in result.text
    assert ARTICLE[1] in result.text


KEPT = Verdict(Label.BODY, 0.9, "in-article")
TITLE = Verdict(Label.TITLE, 0.9, "title")


def found_headline(texts: list[str], headline: str = HEADLINE) -> list[str]:
    """The reasons of the blocks of ``texts`` once what was kept above the headline the metadata
    stage found (the block ``headline``, labelled as the title; all else kept) is dropped."""
    blocks = segment(paragraphs(texts))
    verdicts = [TITLE if block.text == headline else KEPT for block in blocks]
    return [verdict.reason for verdict in drop_above_found_headline(blocks, verdicts)]


def test_a_dump_drops_what_it_kept_above_the_headline_it_found() -> None:
    """A news ticker's item over the headline of a dump without its <title> on the first line."""
    assert found_headline([*MENU_CARD, HEADLINE, *ARTICLE]) == [
        "above-headline",
        "above-headline",
        "title",
        "in-article",
        "in-article",
    ]


def test_a_headline_printed_again_is_no_start_of_the_article() -> None:
    """A caption printed under each picture of a photo story, taken for the headline mid-article."""
    texts = [*MENU_CARD, HEADLINE, *ARTICLE, HEADLINE, ARTICLE[0]]
    assert "above-headline" not in found_headline(texts)


def test_a_found_headline_with_more_article_above_it_than_half_under_it_leaves_it_be() -> None:
    """A line taken for the headline further down (a subheading) has the article above it."""
    texts = [ARTICLE[0], *MENU_CARD, HEADLINE, ARTICLE[1]]
    assert "above-headline" not in found_headline(texts)
    assert found_headline([MENU_CARD[0], HEADLINE, *ARTICLE])[0] == "above-headline"


def test_without_running_text_under_the_found_headline_nothing_goes() -> None:
    assert "above-headline" not in found_headline([*ARTICLE, HEADLINE, "Share this", "Most read"])


def test_a_short_found_headline_is_too_common_to_start_the_article() -> None:
    assert "above-headline" not in found_headline([*MENU_CARD, "Flood gates", *ARTICLE], "Flood gates")


def test_a_text_dump_drops_a_ticker_item_kept_over_its_headline() -> None:
    """End to end: a "Breaking News" ticker's item over the headline, the byline and the article."""
    ticker = "'I did not mean to': Man charged in death of his best friend on the north side"
    dump = "\n\n".join(["Breaking News", f"* {ticker}", HEADLINE, "By Jane Doe", *ARTICLE])
    result = clean(dump, Options(input_format=InputFormat.TEXT))
    assert result.metadata.title == HEADLINE
    assert ticker not in result.text
    assert ARTICLE[1] in result.text


def test_dropping_above_the_found_headline_is_linear() -> None:
    def seconds(count: int) -> float:
        blocks = segment(paragraphs([*MENU_CARD * count, HEADLINE, *ARTICLE * count]))
        verdicts = [TITLE if block.text == HEADLINE else KEPT for block in blocks]
        started = time.perf_counter()
        drop_above_found_headline(blocks, verdicts)
        return time.perf_counter() - started

    assert_linear(seconds, 500, 2_000)
