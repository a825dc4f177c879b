"""Paragraphs of running text just outside the kept text, and runs of lines of one pattern, are kept
when the model alone dropped them."""

from __future__ import annotations

import dataclasses

import pytest

from articlean.blankruns import paragraph_gap
from articlean.edgeparagraphs import closing_paragraphs, opening_paragraphs
from articlean.model import Block, Label, Verdict
from articlean.parallels import closing_run, parallel_lines
from articlean.segment import segment
from articlean.settle import settle

KEPT = Verdict(Label.BODY, 0.9, "in-article")
DROPPED = Verdict(Label.BOILERPLATE, 0.3, "outside-article")

# A page as get_text("\n") prints it: a line break at each link, a blank line between paragraphs.
PAGE = [
    "Share this story",  # 0
    "",
    "After a three-year silence, there is news on the fourth film in the",  # 1
    "Harbour Lights",  # 2, with the next line (a lowercase continuation)
    "series: the studio said on Monday that the director is in final talks.",
    "",
    "Filming starts in the spring, and the cast of the last three films is back for the new one.",  # 3
    "",
    "The studio has not said when the film will open in cinemas, nor what it will be called.",  # 4
    "",
    "More from Film",  # 5
]


def verdicts_of(kept: set[int], count: int, reason: str = "outside-article") -> list[Verdict]:
    return [KEPT if index in kept else Verdict(Label.BOILERPLATE, 0.3, reason) for index in range(count)]


def test_the_paragraphs_around_the_kept_text_are_kept() -> None:
    blocks = segment(PAGE)
    assert blocks[3].text == PAGE[6]
    verdicts = verdicts_of({3}, len(blocks))
    assert opening_paragraphs(blocks, verdicts) == [1, 2]
    assert closing_paragraphs(blocks, verdicts) == [4]
    settled = settle(blocks, verdicts)
    assert [(verdict.label, verdict.reason) for verdict in settled] == [
        (Label.BOILERPLATE, "outside-article"),
        *[(Label.BODY, "article-opening")] * 2,
        (Label.BODY, "in-article"),
        (Label.BODY, "article-closing"),
        (Label.BOILERPLATE, "outside-article"),
    ]


def test_what_ends_the_walk() -> None:
    blocks = segment(PAGE)
    # a rule's drop stands, and the paragraph beyond it is not looked at
    verdicts = verdicts_of({3}, len(blocks))
    verdicts[2] = Verdict(Label.BOILERPLATE, 0.3, "interface-phrase")
    assert opening_paragraphs(blocks, verdicts) == []
    # a paragraph that ends no sentence, or is short, is no running text
    unfinished = [*PAGE[:4], PAGE[4].rstrip("."), *PAGE[5:]]
    assert opening_paragraphs(segment(unfinished), verdicts_of({3}, len(blocks))) == []
    # ... but one that introduces what follows with a colon is
    introducing = [*PAGE[:4], PAGE[4].rstrip(".") + ":", *PAGE[5:]]
    assert opening_paragraphs(segment(introducing), verdicts_of({3}, len(blocks))) == [1, 2]
    short = [*PAGE[:8], "It opens in May.", *PAGE[9:]]
    assert closing_paragraphs(segment(short), verdicts_of({3}, len(blocks))) == []
    # two blank lines (a dump's box apart) are no paragraph break inside one article
    apart = [*PAGE[:7], "", *PAGE[7:]]
    assert closing_paragraphs(segment(apart), verdicts_of({3}, len(blocks))) == []
    # nothing kept: no edges
    assert opening_paragraphs(blocks, verdicts_of(set(), len(blocks))) == []
    assert closing_paragraphs(blocks, verdicts_of(set(), len(blocks))) == []


# An interview as dumps that print bold text on a line of its own print it: each speaker's name
# over what they said, the first replies shorter than running text.
INTERVIEW = [
    "Reading time: 2 minutes",  # 0
    "",
    "Anna:",  # 1
    "Thank you for coming back to the studio.",  # 2
    "",
    "Ben:",  # 3
    "Thanks for having me.",  # 4
    "",
    "Anna:",  # 5, kept as a heading over the first kept reply
    "You have spent the whole summer on the river with the crew, and the film is nearly finished now.",
    "",
    "Ben:",  # 7
    "Yes, we finished the last scenes in August and the cut should be ready by the spring.",
]


def test_the_short_turns_of_a_dialogue_over_the_kept_text_are_kept() -> None:
    blocks = segment(INTERVIEW)
    assert [block.text for block in blocks[1:3]] == ["Anna:", "Thank you for coming back to the studio."]
    verdicts = verdicts_of({6, 7, 8}, len(blocks))
    verdicts[5] = Verdict(Label.HEADING, 0.5, "in-article")
    assert opening_paragraphs(blocks, verdicts) == [1, 2, 3, 4]
    # a label over a fragment that ends no sentence, or over a word or two, is no turn
    unfinished = [*INTERVIEW[:6], "Thanks for having me", *INTERVIEW[7:]]
    assert opening_paragraphs(segment(unfinished), verdicts) == []
    brief = [*INTERVIEW[:6], "Thanks!", *INTERVIEW[7:]]
    assert opening_paragraphs(segment(brief), verdicts) == []
    # a line of more than three words before the colon is no speaker's name
    long_label = [*INTERVIEW[:5], "What the director said next:", *INTERVIEW[6:]]
    assert opening_paragraphs(segment(long_label), verdicts) == []


# The last questions of a question-and-answer interview, short answers without a full stop.
QUESTIONS = [
    "Q: Where did you grow up?",
    "",
    "A: In a small town by the sea, where my father ran the harbour office for thirty years.",  # 1
    "",
    "**Q: Favorite apps?**",  # 2
    "",
    "A: Maps, the weather and a radio app",  # 3
    "",
    "A: B",  # 4, too short for an answer
    "",
    "Related stories",  # 5
]


def test_the_short_answers_of_an_interview_under_the_kept_text_are_kept() -> None:
    blocks = segment(QUESTIONS)
    verdicts = verdicts_of({0, 1}, len(blocks))
    assert closing_paragraphs(blocks, verdicts) == [2, 3]
    # a question set as a markdown heading is one too
    as_heading = [*blocks[:2], dataclasses.replace(blocks[2], heading_level=4), *blocks[3:]]
    assert closing_paragraphs(as_heading, verdicts) == [2, 3]
    # a speaker's name is no question's letter, nor is a number
    named = [*QUESTIONS[:4], "Ben: Favorite apps?", *QUESTIONS[5:]]
    assert closing_paragraphs(segment(named), verdicts) == []
    numbered = [*QUESTIONS[:4], "1: Favorite apps?", *QUESTIONS[5:]]
    assert closing_paragraphs(segment(numbered), verdicts) == []


AD_SLOT = [
    "The ferry will run twice a day from June, the operator said in a statement on Tuesday.",  # 0
    "",
    "Advertisement",  # 1
    "",
    "Thanks for watching!Visit Website",  # 2
    "",
    "Tickets go on sale next week, and islanders will pay half the fare on every crossing.",  # 3
    "",
    "Topics",  # 4
]


def _ad_slot_verdicts(count: int) -> list[Verdict]:
    verdicts = verdicts_of({0}, count)
    verdicts[1] = Verdict(Label.BOILERPLATE, 0.0, "ad-label")
    return verdicts


def test_the_paragraph_past_an_ad_slot_is_kept_and_the_slot_dropped() -> None:
    blocks = segment(AD_SLOT)
    assert [block.text for block in blocks][3] == AD_SLOT[6]
    assert closing_paragraphs(blocks, _ad_slot_verdicts(len(blocks))) == [3]
    settled = settle(blocks, _ad_slot_verdicts(len(blocks)))
    assert [verdict.reason for verdict in settled] == [
        "in-article", "ad-label", "outside-article", "article-closing", "outside-article"
    ]


def test_what_is_no_ad_slot() -> None:
    # the ad's own text right under its label is the ad's, not the article's
    own = [*AD_SLOT[:4], AD_SLOT[6], "", "Topics"]
    blocks = segment(own)
    assert closing_paragraphs(blocks, _ad_slot_verdicts(len(blocks))) == []
    # a short line that runs on into the paragraph under it is that paragraph's first line
    run_on = [*AD_SLOT[:4], "Get", AD_SLOT[6], "", "Topics"]
    blocks = segment(run_on)
    assert closing_paragraphs(blocks, _ad_slot_verdicts(len(blocks))) == []
    # without a label there is no slot to step over
    blocks = segment(AD_SLOT)
    assert closing_paragraphs(blocks, verdicts_of({0}, len(blocks))) == []


SCHEDULE = [
    "1st round: 10 March – Oulton Park",
    "",
    "2nd round: 8 April – Brands Hatch",
    "",
    "3rd round: 22 April – Donington Park, the new circuit",
    "",
    "4th round: 6 May – Thruxton",
    "",
    "5th round: 20 May – Snetterton",
]


def test_a_mostly_kept_run_of_lines_of_one_pattern_is_kept_whole() -> None:
    blocks = segment(SCHEDULE)
    assert len(blocks) == 5
    assert parallel_lines(blocks, verdicts_of({2, 3, 4}, 5)) == [0, 1]
    settled = settle(blocks, verdicts_of({2, 3, 4}, 5))
    assert [verdict.reason for verdict in settled] == ["parallel-lines"] * 2 + ["in-article"] * 3


def test_what_makes_no_run_of_one_pattern() -> None:
    blocks = segment(SCHEDULE)
    # less than half kept
    assert parallel_lines(blocks, verdicts_of({3, 4}, 5)) == []
    # a rule's drop stands
    assert parallel_lines(blocks, verdicts_of({2, 3, 4}, 5, "repeated")) == []
    # lines without punctuation (a menu) make no pattern
    menu = segment(["Home", "News", "Sport", "Weather", "Culture"])
    assert parallel_lines(menu, verdicts_of({2, 3, 4}, 5)) == []
    # another pattern breaks the run: two lines are too few
    mixed = segment([*SCHEDULE[:4], "", "Tickets (from £20) on sale now", "", *SCHEDULE[6:]])
    assert parallel_lines(mixed, verdicts_of({3, 4}, 5)) == []


# An article that closes with a list printed without bullets, under its heading.
CLOSING = [
    "The band announced on Monday that it will play twenty cities this summer, its first tour in years.",
    "",
    "Tour dates",
    "",
    *SCHEDULE,
    "",
    "More from Music",
]


def test_a_run_of_lines_of_one_pattern_that_closes_the_article_is_kept() -> None:
    blocks = segment(CLOSING)
    assert len(blocks) == 8
    verdicts = verdicts_of({0}, 8)
    assert closing_run(blocks, verdicts) == [1, 2, 3, 4, 5, 6]
    settled = settle(blocks, verdicts)
    assert [verdict.reason for verdict in settled] == [
        "in-article",
        *["parallel-lines"] * 6,
        "outside-article",
    ]
    # without its heading too
    assert closing_run(segment([CLOSING[0], "", *SCHEDULE]), verdicts_of({0}, 6)) == [1, 2, 3, 4, 5]


def _printed_by_nodes(lines: list[str], blanks: int) -> list[str]:
    """``lines`` as an unstripped ``get_text("\\n")`` prints them: every blank line a run of
    ``blanks`` blank or indented lines (the whitespace nodes between two elements)."""
    printed: list[str] = []
    for line in lines:
        printed.extend([*[""] * (blanks - 1), "    "] if not line else [line])
    return printed


def test_a_run_of_blank_lines_is_one_gap_where_paragraphs_stand_that_far_apart() -> None:
    # the heading two blank lines under the article, in a dump that parts every paragraph so
    apart = _printed_by_nodes([CLOSING[0], "", "", *CLOSING[2:]], 2)
    blocks = segment(apart)
    assert len(blocks) == 8 and blocks[0].gap == 2
    assert blocks[1].first_line - blocks[0].last_line == 5  # four blank lines
    assert closing_run(blocks, verdicts_of({0}, 8)) == [1, 2, 3, 4, 5, 6]
    # where one blank line parts paragraphs, two part the article from a box
    one = segment([CLOSING[0], "", "", *CLOSING[2:]])
    assert one[0].gap == 1
    assert closing_run(one, verdicts_of({0}, 8)) == []


@pytest.mark.parametrize(
    ("lines", "gap"),
    [
        ([], 1),
        (["one line"], 1),
        (["", "", "a", "b", "", "", "", ""], 1),  # leading and trailing runs part no text
        (["a", "", "b", "", "", "c", "", "", "d"], 2),
        (["a", "", "", "b", "  ", "\t", "c", "", "d", "", "e"], 1),  # a tie: the shorter
        (["a", "", "", "b", "  ", "\t", "c", "", "d"], 2),
    ],
)
def test_paragraph_gap(lines: list[str], gap: int) -> None:
    assert paragraph_gap(lines) == gap


def test_a_row_cut_in_two_by_the_wrap_still_belongs_to_the_run() -> None:
    """A hard-wrapped dump carries the end of a row too long for its width to a line of its own; the
    row is one block of two lines, and still a row of the run. A block of three lines is no row."""
    wrapped = [*SCHEDULE[:4], "3rd round: 22 April – Donington Park, the", "new circuit", *SCHEDULE[5:]]
    blocks = segment([CLOSING[0], "", *wrapped])
    assert len(blocks) == 6 and blocks[3].last_line == blocks[3].first_line + 1
    assert closing_run(blocks, verdicts_of({0}, 6)) == [1, 2, 3, 4, 5]
    three = [*SCHEDULE[:4], "3rd round: 22 April – Donington Park,", "the new", "circuit", *SCHEDULE[5:]]
    assert closing_run(segment([CLOSING[0], "", *three]), verdicts_of({0}, 6)) == []


@pytest.mark.parametrize(
    "heading",
    ["** _The band's 2020 tour dates:_**", "**The band's 2020 tour dates:**", "_Tour dates:_"],
)
def test_a_markdown_heading_ending_in_a_colon_heads_the_closing_run(heading: str) -> None:
    # html2text writes <b><i>…:</i></b> as "** _…:_**": the marks stay text around the colon
    blocks = segment([CLOSING[0], "", heading, "", *SCHEDULE], markdown=True)
    assert closing_run(blocks, verdicts_of({0}, 7)) == [1, 2, 3, 4, 5, 6]


def test_what_makes_no_closing_run() -> None:
    blocks = segment(CLOSING)
    # not after the last kept paragraph
    assert closing_run(blocks, verdicts_of({0, 7}, 8)) == []
    # a rule's drop stands
    verdicts = verdicts_of({0}, 8)
    verdicts[3] = Verdict(Label.BOILERPLATE, 0.3, "repeated")
    assert closing_run(blocks, verdicts) == []
    # two lines of the pattern are no run, and two blank lines part the run from the article
    assert closing_run(segment([*CLOSING[:4], *SCHEDULE[:3]]), verdicts_of({0}, 4)) == []
    assert closing_run(segment([CLOSING[0], "", "", *SCHEDULE]), verdicts_of({0}, 6)) == []
    # a heading that ends a sentence is a paragraph, not the run's heading
    sentence = [CLOSING[0], "", "Here they are.", "", *SCHEDULE]
    assert closing_run(segment(sentence), verdicts_of({0}, 7)) == []


def test_a_closing_run_under_a_line_that_ends_with_a_colon() -> None:
    dates = [
        "June 9 -- Harbour Arena, Portsmouth",
        "June 10 -- Riverside Hall, Norwich",
        "Aug. 2 -- Lakeside Theatre, Keswick",  # an abbreviation does not change the pattern
    ]
    lines = [CLOSING[0], "", "The band's fiftieth anniversary tour of North America, all the dates:", *dates]
    blocks = segment(lines)
    assert len(blocks) == 5
    verdicts = verdicts_of({0}, 5)
    assert closing_run(blocks, verdicts) == [1, 2, 3, 4]
    # a heading the model kept stays as it is; the lines under it are kept
    verdicts[1] = Verdict(Label.HEADING, 0.6, "context")
    assert closing_run(blocks, verdicts) == [2, 3, 4]


# Markdown paragraphs with a wordless line between them: an image without alt text, or a rule.
WORDLESS = [
    "The plan was first put to the council in the spring, and it was turned down twice.",  # 0
    "",
    "![](https://example.org/images/harbour.jpg)",  # 1
    "",
    "The third version keeps the old quay and moves the new homes back from the water.",  # 2
    "",
    "The council votes on it again in March, after a month of public hearings.",  # 3
    "",
    "![](https://example.org/images/quay.jpg)",  # 4
    "",
    "Work could start next year if the plan passes, the developer said on Friday.",  # 5
]


def _wordless_verdicts(blocks: list[Block], kept: set[int]) -> list[Verdict]:
    return [
        KEPT
        if index in kept
        else Verdict(
            Label.BOILERPLATE,
            0.0 if block.image else 0.3,
            "no-text" if block.image or not any(char.isalnum() for char in block.text) else "outside-article",
        )
        for index, block in enumerate(blocks)
    ]


def test_the_walk_goes_on_past_an_image_without_words() -> None:
    blocks = segment(WORDLESS, markdown=True)
    assert [block.image for block in blocks] == [False, True, False, False, True, False]
    verdicts = _wordless_verdicts(blocks, {2, 3})
    assert opening_paragraphs(blocks, verdicts) == [0]
    assert closing_paragraphs(blocks, verdicts) == [5]
    settled = settle(blocks, verdicts)
    assert [verdict.reason for verdict in settled] == [
        "article-opening",
        "no-text",
        "in-article",
        "in-article",
        "no-text",
        "article-closing",
    ]


@pytest.mark.parametrize("rule", ["* * *", "___", "- - -"])
def test_a_rule_ends_the_walk(rule: str) -> None:
    # a rule sets off the article from the notes under it, also where markdown leaves it empty
    for markdown in (True, False):
        lines = [rule if line.startswith("![") else line for line in WORDLESS]
        blocks = segment(lines, markdown=markdown)
        verdicts = _wordless_verdicts(blocks, {2, 3})
        assert opening_paragraphs(blocks, verdicts) == []
        assert closing_paragraphs(blocks, verdicts) == []


def test_two_wordless_blocks_end_the_walk() -> None:
    lines = [*WORDLESS[:10], "![](https://example.org/images/more.jpg)", "", WORDLESS[10]]
    blocks = segment(lines, markdown=True)
    verdicts = _wordless_verdicts(blocks, {2, 3})
    assert closing_paragraphs(blocks, verdicts) == []


# A closing paragraph that a stray blank line cut in the middle of its sentence.
CUT = [
    "The new interface will also be able to report the progress of a request, as the old one did.",  # 0
    "",
    "You can contribute to the evolution of this interface by joining the discussions in the",  # 1
    "Fetch and",  # 2 (one paragraph with the line above)
    "",
    "Service Worker specifications.",  # 3
    "",
    "More from the blog",  # 4
]


def test_a_sentence_cut_by_a_blank_line_is_read_as_one_paragraph() -> None:
    blocks = segment(CUT)
    assert [block.text for block in blocks][3] == CUT[5]
    verdicts = verdicts_of({0}, len(blocks))
    assert closing_paragraphs(blocks, verdicts) == [1, 2, 3]
    assert [verdict.reason for verdict in settle(blocks, verdicts)] == [
        "in-article",
        *["article-closing"] * 3,
        "outside-article",
    ]


def test_what_is_no_cut_sentence() -> None:
    # a short line over a sentence: a prompt over its box ("See all newsletters")
    lines = [
        CUT[0],
        "",
        "See all our newsletters",
        "",
        "Tick the box to say that you would like to hear from us.",
    ]
    blocks = segment(lines)
    assert closing_paragraphs(blocks, verdicts_of({0}, len(blocks))) == []
    # a paragraph that ends a sentence is judged alone, and so is one whose next paragraph is no
    # running text, or stands further away
    for cut in (
        [*CUT[:3], "Fetch and Service Worker specifications.", "", "Thanks for reading"],
        [*CUT[:4], "", "Share this"],
        [*CUT[:4], "", "", CUT[5]],
    ):
        blocks = segment(cut)
        assert closing_paragraphs(blocks, verdicts_of({0}, len(blocks))) == (
            [1, 2] if cut[3].endswith(".") else []
        ), cut
    # a rule's drop in the next paragraph stands
    blocks = segment(CUT)
    verdicts = verdicts_of({0}, len(blocks))
    verdicts[3] = Verdict(Label.BOILERPLATE, 0.3, "interface-phrase")
    assert closing_paragraphs(blocks, verdicts) == []
