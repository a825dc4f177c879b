"""Product cards in a shopping article (a product's name and description closed by a price and a shop
button) are the article's: kept where the model dropped them, as ``product-card``; a box of products
without descriptions, and buttons before the article, stay as they were."""

from __future__ import annotations

import time

from articlean.model import Block, Label, Verdict
from articlean.modes import favour_precision
from articlean.productcards import buy_button, price_line, product_cards
from articlean.segment import segment
from articlean.settle import settle
from settling import ARTICLE, model_kept_the_article, paragraphs
from timing import assert_linear


def card(name: str, button: str = "Buy Now") -> list[str]:
    return [
        name,
        f"* The {name} folds flat and fits in a small cupboard",
        "* Two speeds and a quiet motor for early mornings",
        "* Washable parts that go in the dishwasher",
        f"{name} (Latest Model)",
        "$139.00",
        "Available from Amazon",
        button,
        "",
    ]


CARDS = [*card("Acme Blender"), *card("Acme Kettle"), *card("Acme Toaster", "See at Walmart")]
BOX = ["Shop the story", "", "Acme Blender", "$139.00", "Shop now", "", "Acme Kettle", "$49.99",
       "Shop now", "", "Acme Toaster", "$29", "Shop now", ""]  # fmt: skip


def kept_texts(blocks: list[Block], verdicts: list[Verdict]) -> list[str]:
    return [block.text for block, verdict in zip(blocks, verdicts, strict=True) if verdict.label.is_body]


def test_buttons_and_prices() -> None:
    for text in ("Buy Now", "buy", "Check price", "See at Amazon", "$139 at Walmart", "Jetzt kaufen",
                 "Voir sur Fnac", "Apple AirPods (Latest Model) $139.00 Buy Now"):  # fmt: skip
        assert buy_button(text), text
    for text in ("Buy the book and read it twice.", "See at once why it matters", "Where to buy",
                 "At the shop we could buy now", "He said we should buy now"):  # fmt: skip
        assert not buy_button(text), text
    assert price_line("$139.00") and price_line("From $610") and price_line("19,99 €")
    assert not price_line("$139 for two nights")


def test_cards_after_the_article_are_kept() -> None:
    blocks, first = model_kept_the_article([*paragraphs(ARTICLE), *CARDS, "Copyright 2019 Acme Media"])
    verdicts = settle(blocks, first)
    kept = kept_texts(blocks, verdicts)
    assert kept[: len(ARTICLE)] == ARTICLE
    assert kept[len(ARTICLE) :] == [block.text for block in segment(CARDS)]
    reasons = {verdict.reason for verdict in verdicts[len(ARTICLE) :] if verdict.label.is_body}
    assert reasons == {"product-card"}
    assert verdicts[-1].reason == "outside-article"  # after the last button: not the cards'


def test_cards_the_model_kept_are_marked_and_escape_the_box_rules() -> None:
    lines = [*paragraphs(ARTICLE), "Related articles", "", *CARDS]
    blocks = segment(lines)
    first = [Verdict(Label.BODY, 0.9, "in-article") for _ in blocks]
    verdicts = settle(blocks, first)
    cards = len(ARTICLE) + 1  # the heading's fate is not the cards' rule's
    assert all(verdict.label.is_body for verdict in verdicts[cards:])
    assert {verdict.reason for verdict in verdicts[cards:]} == {"product-card"}


def test_precision_keeps_the_cards_as_the_articles_tail() -> None:
    blocks, first = model_kept_the_article([*paragraphs(ARTICLE), *CARDS])
    verdicts = favour_precision(blocks, settle(blocks, first))
    assert kept_texts(blocks, verdicts)[-1] == "See at Walmart"


def test_a_shop_box_without_descriptions_is_not_taken() -> None:
    blocks, first = model_kept_the_article([*paragraphs(ARTICLE), *BOX])
    assert product_cards(blocks, first) == []


def test_described_cards_under_a_box_heading_are_not_taken() -> None:
    blocks, first = model_kept_the_article([*paragraphs(ARTICLE), "Shop the story", "", *CARDS])
    assert product_cards(blocks, first) == []


def test_two_cards_are_not_a_run() -> None:
    blocks, first = model_kept_the_article([*paragraphs(ARTICLE), *CARDS[: 2 * len(card("x"))]])
    assert product_cards(blocks, first) == []


def test_cards_before_the_article_are_not_taken() -> None:
    blocks, first = model_kept_the_article([*CARDS, *paragraphs(ARTICLE)])
    assert product_cards(blocks, first) == []


def test_cards_far_below_the_article_are_not_taken() -> None:
    filler = [f"Line {number} of a long box" for number in range(40)]
    blocks, first = model_kept_the_article([*paragraphs(ARTICLE), *filler, "", *CARDS])
    assert product_cards(blocks, first) == []


def test_a_rule_drop_inside_the_cards_stays() -> None:
    blocks, first = model_kept_the_article([*paragraphs(ARTICLE), *CARDS])
    ad = next(index for index, block in enumerate(blocks) if block.text == "Available from Amazon")
    first[ad] = Verdict(Label.BOILERPLATE, 0.1, "ad-label")
    assert ad not in product_cards(blocks, first)
    assert ad + 1 in product_cards(blocks, first)


def test_time_is_linear() -> None:
    def seconds(copies: int) -> float:
        blocks, first = model_kept_the_article([*paragraphs(ARTICLE), *(CARDS * copies)])
        start = time.process_time()
        assert product_cards(blocks, first)
        return time.process_time() - start

    assert_linear(seconds, 200, 800)
