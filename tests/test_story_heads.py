"""Headlines of other stories after the article's last paragraph, each over its byline and date: they
go as ``related-headlines``; a sentence split over lines before the article's own byline stays."""

from __future__ import annotations

from articlean.model import Label, Verdict
from articlean.segment import segment
from articlean.storyheads import story_heads
from settling import ARTICLE, paragraphs, settled

STORIES = [
    "Council leader: Both parties are to blame for the delay",
    "By STAFF WRITER",
    "11/20/2019 01:14 PM",
    "Storm closes the coastal road for a second day",
    "By",
    "WIRE SERVICES",
    "11/20/2019 10:08 AM",
]


def test_headlines_over_bylines_after_the_article_go() -> None:
    kept, reasons = settled(paragraphs([*ARTICLE, *STORIES]))
    assert kept == [*ARTICLE, *(line for line in STORIES if "Both" not in line and "Storm" not in line)]
    assert reasons == {"related-headlines"}


def test_a_closing_sentence_split_over_lines_before_the_byline_stays() -> None:
    # "... and Ben" / "Kelly for ..." is one sentence printed on two lines, then the post's own byline
    lines = [
        *paragraphs(ARTICLE),
        "The author would like to thank Jane Smith, Anne Jones and Ben",
        "Kelly for helping with the specification and implementation.",
        "",
        "Posted by Sam Writer on March 10, 2015",
    ]
    blocks = segment(lines)
    verdicts = [Verdict(Label.BODY, 0.9, "in-article") for _ in blocks]
    assert story_heads(blocks, verdicts, 0) == []


def test_a_subheading_over_its_paragraph_stays() -> None:
    texts = [*ARTICLE, "What the council decides next", ARTICLE[0]]
    assert settled(paragraphs(texts))[0] == texts


def test_a_date_line_over_a_byline_is_no_headline() -> None:
    texts = [*ARTICLE, "11/19/2019 06:39 PM", "By STAFF WRITER"]
    blocks = segment(paragraphs(texts))
    verdicts = [Verdict(Label.BODY, 0.9, "in-article") for _ in blocks]
    assert story_heads(blocks, verdicts, 0) == []


def test_the_only_paragraph_over_another_story_s_byline_stays_the_article() -> None:
    """Once the other stories' headlines are gone, their first byline follows the article's last
    paragraph; that paragraph is the article, not a standfirst over a byline."""
    from articlean import clean

    dump = "\n".join(
        [
            "Flood gates open three years after the storm",
            "",
            " ".join(ARTICLE),
            "",
            "Council leader: Both parties are to blame for the delay",
            "By Sam Writer",
            "11/20/2019 01:14 PM",
            "",
            "Storm closes the coastal road for a second day",
            "By",
            "WIRE SERVICES",
            "11/20/2019 10:08 AM",
            "",
        ]
    )
    result = clean(dump)
    assert result.text == " ".join(ARTICLE)


def test_a_byline_under_another_story_s_headline_signals_no_standfirst() -> None:
    """The byline under a dropped story head is that story's: it does not make the paragraph above
    the head a standfirst (a strong one, which the body would lose to the description)."""
    from articlean.metapage import Page
    from articlean.model import Document, InputFormat
    from articlean.standfirsts import _signal_follows

    lines = paragraphs([ARTICLE[1], STORIES[0], "By Sam Writer"])
    blocks = segment(lines)
    byline = Verdict(Label.BYLINE, 0.0, "byline")
    for reason, signalled in (("related-headlines", False), ("outside-article", True)):
        verdicts = [
            Verdict(Label.BODY, 0.9, "in-article"),
            Verdict(Label.BOILERPLATE, 0.1, reason),
            byline,
        ]
        page = Page(blocks, verdicts, Document(tuple(lines), InputFormat.TEXT), 0, 0, "en")
        assert _signal_follows(page, 0) is signalled
