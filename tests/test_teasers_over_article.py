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
