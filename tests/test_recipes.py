"""A recipe card after a food article (name, "Ingredients" over short items, "Instructions" over the
steps) is the article's: kept where the model dropped it, as ``recipe``; lookalikes stay as they were."""

from __future__ import annotations

from articlean.model import Block, Label, Verdict
from articlean.recipes import recipe_cards, recipe_heading
from articlean.segment import segment
from articlean.settle import settle
from settling import ARTICLE, model_kept_the_article, paragraphs

CARD = [
    "Spiced Pear Jam",
    "Print",
    "Ingredients",
    "8-9 ripe pears, cored and peeled",
    "1 tsp cinnamon",
    "1 jar of honey, or 1 1/2 cups",
    "Instructions",
    "Fill the canner with water and set it to simmer.",
    "Add the honey and boil until thick enough to stick to the spoon.",
    "© Jane",
]


def model_dropped_after_article(lines: list[str]) -> tuple[list[Block], list[Verdict]]:
    """settle() over ``lines`` where the model kept the article's paragraphs and dropped the rest."""
    blocks, first = model_kept_the_article(lines)
    return blocks, settle(blocks, first)


def texts(blocks: list[Block]) -> list[str]:
    return [block.text for block in blocks]


def kept_texts(blocks: list[Block], verdicts: list[Verdict]) -> list[str]:
    return [block.text for block, verdict in zip(blocks, verdicts, strict=True) if verdict.label.is_body]


def test_a_card_after_the_article_is_kept() -> None:
    blocks, verdicts = model_dropped_after_article([*paragraphs(ARTICLE), *CARD])
    kept = kept_texts(blocks, verdicts)
    assert kept == [*ARTICLE, *[line for line in CARD if line not in ("Print", "© Jane")]]
    assert {verdict.reason for verdict in verdicts[len(ARTICLE) :] if verdict.label.is_body} == {"recipe"}


def test_a_card_printed_as_markdown_lists_is_kept() -> None:
    card = ["## Spiced Pear Jam", "", "### Ingredients", "", "  * 8-9 ripe pears", "  * 1 tsp cinnamon", "",
            "### Instructions", "", "  1. Fill the canner with water and set it to simmer.",
            "  2. Add the honey and boil until thick.", ""]  # fmt: skip
    blocks = segment([*paragraphs(ARTICLE), *card], markdown=True)
    labels = [Label.BODY if text in ARTICLE else Label.BOILERPLATE for text in texts(blocks)]
    first = [Verdict(label, 0.5, "x") for label in labels]
    assert len(recipe_cards(blocks, first)) == len(blocks) - len(ARTICLE)


def test_a_card_before_the_article_is_not_taken() -> None:
    _blocks, verdicts = model_dropped_after_article([*CARD, "", *paragraphs(ARTICLE)])
    assert "recipe" not in {verdict.reason for verdict in verdicts}


def test_ingredients_without_steps_are_not_taken() -> None:
    card = CARD[:6]
    _blocks, verdicts = model_dropped_after_article([*paragraphs(ARTICLE), *card])
    assert "recipe" not in {verdict.reason for verdict in verdicts}


def test_a_heading_over_a_sentence_is_not_taken() -> None:
    lines = [*paragraphs(ARTICLE), "Ingredients", "The list of ingredients on the label has grown longer "
             "every year, the agency said.", "Method", "The study compared two groups."]  # fmt: skip
    _blocks, verdicts = model_dropped_after_article(lines)
    assert "recipe" not in {verdict.reason for verdict in verdicts}


def test_recipe_headings() -> None:
    assert recipe_heading("### Ingredients", "ingredients")
    assert recipe_heading("Zutaten:", "ingredients")
    assert recipe_heading("Modo de preparo", "steps")
    assert not recipe_heading("Ingredients of a good story", "ingredients")
