"""The article's lead over a picture's short lines (alt text, credit) right above the kept text is
kept; the picture's lines stay dropped."""

from __future__ import annotations

from articlean.model import Label, Verdict
from articlean.pictureleads import leads_over_pictures, picture_line
from articlean.segment import segment
from articlean.settle import settle

# A page as a browser's dump prints it: the share bar, the lead, the picture's link and credit,
# then the article the model kept.
PAGE = [
    "Share this story",  # 0
    "",
    "The mother of a young woman who took pills bought online has described how her daughter was "
    "burning up from within moments before her death.",  # 1
    "",
    "View this image ›",  # 2
    "",
    "Harbour Police",  # 3
    "",
    "The young woman was taken to the town's hospital on 12 April after taking a lethal dose of the "
    "tablets, which she had bought from a website.",  # 4
    "",
    "The drug was in her system and there was no antidote, her mother said in a statement on Monday.",  # 5
]


def verdicts_of(kept: set[int], count: int) -> list[Verdict]:
    return [
        Verdict(Label.BODY, 0.9, "in-article")
        if index in kept
        else Verdict(Label.BOILERPLATE, 0.3, "outside-article")
        for index in range(count)
    ]


def test_the_lead_over_a_pictures_lines_is_kept() -> None:
    blocks = segment(PAGE)
    assert [block.text for block in blocks][2:4] == ["View this image ›", "Harbour Police"]
    verdicts = verdicts_of({4, 5}, len(blocks))
    assert leads_over_pictures(blocks, verdicts) == [1]
    settled = settle(blocks, verdicts)
    assert [(verdict.label, verdict.reason) for verdict in settled] == [
        (Label.BOILERPLATE, "outside-article"),  # no running text: the walk up stops
        (Label.BODY, "article-opening"),
        (Label.BOILERPLATE, "outside-article"),
        (Label.BOILERPLATE, "outside-article"),
        (Label.BODY, "in-article"),
        (Label.BODY, "in-article"),
    ]


def test_what_is_no_pictures_line() -> None:
    blocks = segment(PAGE)
    verdicts = verdicts_of({4, 5}, len(blocks))
    # a third short line: a teaser's headline and byline as often as a picture's lines
    three = [*PAGE[:4], "Photo", "", *PAGE[4:]]
    assert leads_over_pictures(segment(three), verdicts_of({5, 6}, len(blocks) + 1)) == []
    # a line of more words, or one that ends a sentence, is no picture's line
    longer = [*PAGE[:6], "Photo by the Harbour Police press office", *PAGE[7:]]
    assert leads_over_pictures(segment(longer), verdicts) == []
    sentence = [*PAGE[:6], "Police said so.", *PAGE[7:]]
    assert not picture_line(segment(sentence), 3)
    assert leads_over_pictures(segment(sentence), verdicts) == []
    # a rule's drop between them stands, and the walk stops there
    ruled = list(verdicts)
    ruled[3] = Verdict(Label.BOILERPLATE, 0.3, "interface-phrase")
    assert leads_over_pictures(blocks, ruled) == []
    # a lead that is no running text (a headline, too short) stays dropped
    headline = [*PAGE[:2], "The mother of a young woman speaks", *PAGE[3:]]
    assert leads_over_pictures(segment(headline), verdicts) == []
    # the kept paragraph under them must follow dropped text
    assert leads_over_pictures(blocks, verdicts_of({2, 3, 4, 5}, len(blocks))) == []
