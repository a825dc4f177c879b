"""A list of other stories' summaries, cut off with an ellipsis or run into their headlines, printed
over the article: its first summary is the first kept text, and it goes with the rest of the list."""

from __future__ import annotations

from conftest import GLUED_TEASERS
from settling import ARTICLE, paragraphs, settled

TEASERS = [
    "The actor best known for his starring role in a 1980s sitcom died on Tuesday at the age of 69, a …",
    "The mayor offered the job of head of the parks department to a member of the council, his aide …",
    "Residents of the eastern district said that the water had been cut off for three days and that …",
    "NEW DELHI: Their dream shattered and their savings gone, nearly 150 people returned home on the...",
]


def test_a_teaser_list_over_the_article_goes_whole() -> None:
    kept, reasons = settled(paragraphs([*TEASERS, *ARTICLE]))
    assert kept == ARTICLE
    assert reasons == {"teasers"}




def test_a_glued_teaser_list_over_the_article_goes_whole() -> None:
    kept, reasons = settled(paragraphs([*GLUED_TEASERS, *ARTICLE]))
    assert kept == ARTICLE
    assert reasons == {"teasers"}


def test_an_opening_that_trails_off_alone_is_the_article_s() -> None:
    # one cut-off paragraph over the article is its opening, not a list
    texts = [TEASERS[0], *ARTICLE]
    assert settled(paragraphs(texts))[0] == texts


def test_an_opening_with_a_glued_name_over_teasers_stays() -> None:
    # "MacBook" reads as a headline glued to its summary: only an ellipsis marks the opening a teaser
    opening = (
        "After Apple's 16-inch MacBook Pro, the company plans to release a smaller model with the same "
        "keyboard in the first half of next year, according to industry sources."
    )
    kept, _ = settled(paragraphs([opening, *TEASERS[:3], *ARTICLE]))
    assert kept[0] == opening


def _island(texts: list[str], kept: set[str]) -> tuple[list[str], set[str]]:
    """settle() over ``texts`` as paragraphs where the model kept only ``kept`` and ARTICLE."""
    from articlean.model import Label, Verdict
    from articlean.segment import segment
    from articlean.settle import settle

    blocks = segment(paragraphs(texts))
    first = [
        Verdict(Label.BODY, 0.9, "in-article")
        if block.text in kept or block.text in ARTICLE
        else Verdict(Label.BOILERPLATE, 0.1, "outside-article")
        for block in blocks
    ]
    verdicts = settle(blocks, first)
    return (
        [block.text for block, verdict in zip(blocks, verdicts, strict=True) if verdict.label.is_body],
        {verdict.reason for verdict in verdicts if not verdict.label.is_body},
    )


def test_two_glued_teasers_kept_alone_in_a_dropped_menu_go() -> None:
    pair = GLUED_TEASERS[:2]
    kept, reasons = _island(["Weather Stories", *pair, "Sports", "All Sports", *ARTICLE], set(pair))
    assert kept == ARTICLE
    assert "teasers" in reasons


def test_two_glued_paragraphs_that_run_on_into_the_article_stay() -> None:
    # an island needs a dropped block on each side; here the article's paragraphs follow
    pair = GLUED_TEASERS[:2]
    kept, _ = _island(["Weather Stories", *pair, *ARTICLE], set(pair))
    assert kept == [*pair, *ARTICLE]


def test_two_paragraphs_glued_inside_a_name_stay() -> None:
    # "LeBron", "McKinley": an inner capital, not a headline's last word run into a summary
    pair = [
        "Los Angeles Lakers' LeBron James dunks during the first half of the team's game against the "
        "Thunder on Tuesday night in a packed arena downtown.",
        "Rep. David McKinley, a Republican, visited the border near McAllen in October and argued that "
        "the country needs more agents there.",
    ]
    kept, _ = _island(["Photos", *pair, "Sports", *ARTICLE], set(pair))
    assert kept == [*pair, *ARTICLE]


def test_one_glued_teaser_printed_twice_stays_for_the_caption_rules() -> None:
    pair = [GLUED_TEASERS[0], GLUED_TEASERS[0]]
    kept, _ = _island(["Photos", *pair, "Sports", *ARTICLE], set(pair))
    assert GLUED_TEASERS[0] in kept
