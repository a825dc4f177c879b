"""What a page keeps between its ``<title>`` (printed first) and its headline printed again over the
article goes as ``above-headline``; without the title's echo, or without running text under it, it stays."""

from __future__ import annotations

from articlean import Options, clean
from articlean.aboveheadline import above_headline, drop_above_title
from articlean.model import InputFormat, Label, Verdict
from articlean.segment import segment
from settling import ARTICLE, paragraphs, settled

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
