"""The edges of an article's sections: a sentence that ends with an emoji, the last section's heading
under the kept text, a markdown subheading between kept paragraphs, a line the model doubted alone
between kept blocks, a list that opens the article."""

from __future__ import annotations

import time

from articlean.edgeparagraphs import closing_paragraphs, inner_openings, opening_paragraphs
from articlean.model import Block, Label, Verdict
from articlean.paragraphends import ends_paragraph
from articlean.sectionedges import inner_lines, inner_subheadings, keep_subheadings, opening_list
from articlean.segment import segment
from articlean.settle import settle
from timing import assert_linear

KEPT = Verdict(Label.BODY, 0.9, "in-article")


def verdicts_of(kept: set[int], count: int, reason: str = "outside-article") -> list[Verdict]:
    return [KEPT if index in kept else Verdict(Label.BOILERPLATE, 0.3, reason) for index in range(count)]


def index_of(blocks: list[Block], text: str) -> int:
    return next(index for index, block in enumerate(blocks) if block.text == text)


def test_an_emoji_ends_running_text() -> None:
    assert ends_paragraph("We hope to see you at the show again next spring! 🙂")
    assert ends_paragraph("Check out what they said below ⬇️")
    assert ends_paragraph("Thanks to everyone who came along 👍🏽")
    assert not ends_paragraph("Check out what they said below")
    assert not ends_paragraph("है")  # a combining vowel sign is no emoji


# A blog post as html2text prints it: an opening that ends with emoji, then quotes of readers, each
# with a picture and an empty quote line over the quote.
REVIEWS = [
    "Readers who came to the theatre last month to see the new play left us their reviews of the show! 🙂",
    "",
    "We have gathered some of the warmest of these reviews for you here. Read them below ⬇️",
    "",
    "> ![](http://example.org/photo-1.jpg)",
    ">",
    "> “The show was great, and the seats were good. Booking the tickets was really easy.”",
]


def test_the_walk_up_reads_past_a_quote_picture_and_an_emoji() -> None:
    blocks = segment(REVIEWS, markdown=True)
    quote = index_of(blocks, REVIEWS[6][2:])
    verdicts = verdicts_of({quote}, len(blocks))
    for index in range(quote):
        if not blocks[index].text.strip():
            verdicts[index] = Verdict(Label.BOILERPLATE, 0.3, "no-text")
    assert opening_paragraphs(blocks, verdicts) == [0, 1]
    # without the emoji, the second paragraph ends no sentence: the walk stops there
    plain = [REVIEWS[0], "", REVIEWS[2].removesuffix(" ⬇️"), *REVIEWS[3:]]
    assert opening_paragraphs(segment(plain, markdown=True), verdicts) == []


# A wiki article as a browser prints it: each section's heading a line of its own.
SECTIONS = [
    "Festivals [ edit ]",  # 0
    "",
    "The festival is a yearly event where hundreds of people explore the web and make things together.",  # 1
    "",
    "Camps [ edit ]",  # 2
    "",
    "The camps bring contributors from around the world together for several days of talks and work.",  # 3
    "",
    "Summit [ edit ]",  # 4
    "",
    "The summit was the global event where contributors and employees met to share the project's plans.",  # 5
    "",
    "See also [ edit ]",  # 6
]


def test_the_closing_walk_reads_on_past_a_section_heading_of_the_kept_form() -> None:
    blocks = segment(SECTIONS)
    assert closing_paragraphs(blocks, verdicts_of({0, 1, 2, 3}, len(blocks))) == [4, 5]
    # no kept section heading above: the short line ends the walk
    assert closing_paragraphs(blocks, verdicts_of({1, 3}, len(blocks))) == []
    # a heading a rule dropped stands
    verdicts = verdicts_of({0, 1, 2, 3}, len(blocks))
    verdicts[4] = Verdict(Label.BOILERPLATE, 0.3, "interface-phrase")
    assert closing_paragraphs(blocks, verdicts) == []


POST = [
    "### Friends of the team",  # 0
    "",
    "Three new people joined the team this month, and we want to welcome every one of them here.",  # 1
    "",
    "#### Introductions",  # 2
    "",
    "Amy joins the search team today after two years in the marketing group. Welcome, Amy!",  # 3
    "",
    "#### Resolved bugs",  # 4
    "",
    "Eleven contributors fixed their first bug in the last two weeks, a record for the project.",  # 5
]


def test_a_markdown_subheading_between_kept_paragraphs_is_kept() -> None:
    blocks = segment(POST, markdown=True)
    verdicts = verdicts_of({1, 3, 4, 5}, len(blocks), "short-fragment")
    assert inner_subheadings(blocks, verdicts) == [2]
    assert [(v.label, v.reason) for v in keep_subheadings(blocks, verdicts)][2] == (Label.BODY, "subheading")
    # no kept heading of that level: the line stays dropped
    assert inner_subheadings(blocks, verdicts_of({1, 3, 5}, len(blocks), "short-fragment")) == []
    # a plain line is no markdown heading: one kept plain line over a paragraph is no pattern
    plain = segment([line.lstrip("# ") for line in POST])
    assert inner_subheadings(plain, verdicts_of({1, 3, 4, 5}, len(plain), "short-fragment")) == []


def test_a_plain_subheading_between_kept_running_text_is_kept_where_the_article_keeps_two() -> None:
    """The post as a cleaned output prints it (its headings plain lines, flush left) and a second
    clean reads it: the article keeps two plain subheadings, so the plain line the model dropped
    between two of its kept paragraphs of running text is a third."""
    plain = segment([line.lstrip("# ") for line in POST])
    verdicts = verdicts_of({0, 1, 3, 4, 5}, len(plain), "short-fragment")
    assert inner_subheadings(plain, verdicts) == [2]
    assert [(v.label, v.reason) for v in keep_subheadings(plain, verdicts)][2] == (Label.BODY, "subheading")
    # the paragraph above ends no sentence: the line may go on with it (a stray "Foo" under a card)
    unended = segment([line.lstrip("# ").replace("them here.", "them here") for line in POST])
    assert inner_subheadings(unended, verdicts) == []
    # a short kept line under it (a product's price under its brand's name) is no running text
    short = segment([line.lstrip("# ") if "Amy" not in line else "Price: $12" for line in POST])
    assert inner_subheadings(short, verdicts) == []
    # a rule's drop stays
    ruled = [*verdicts[:2], Verdict(Label.BOILERPLATE, 0.3, "interface-phrase"), *verdicts[3:]]
    assert inner_subheadings(plain, ruled) == []


def test_a_plain_subheading_over_a_kept_sentence_that_leads_a_list_in_is_kept() -> None:
    """Under the heading, a short kept sentence that leads a list in ("This post will discuss the
    following:") stands for the running text; a label with a colon ("Price:") does not."""
    lines = [line.lstrip("# ") for line in POST]
    led = segment([*lines[:6], "This post will discuss the following:", *lines[7:]])
    verdicts = verdicts_of({0, 1, 3, 4, 5}, len(led), "short-fragment")
    assert inner_subheadings(led, verdicts) == [2]
    label = segment([*lines[:6], "Price:", *lines[7:]])
    assert inner_subheadings(label, verdicts) == []


# The same post as a text-mode browser prints it: headings at their own indent, paragraphs indented more.
INDENTED_POST = [
    "      Friends of the team",  # 0
    "",
    "        Three new people joined the team this month, and we want to welcome every one of them.",  # 1
    "",
    "      Introductions",  # 2
    "",
    "        Amy joins the search team today after two years in the marketing group. Welcome, Amy!",  # 3
    "",
    "      Resolved bugs",  # 4
    "",
    "        Eleven contributors fixed their first bug in the last two weeks, a record for the project.",  # 5
]


def test_an_indented_plain_subheading_is_kept_where_the_article_keeps_two_at_its_indent() -> None:
    blocks = segment(INDENTED_POST)
    verdicts = verdicts_of({0, 1, 3, 4, 5}, len(blocks), "short-fragment")
    assert inner_subheadings(blocks, verdicts) == [2]
    # one kept heading at that indent is no pattern of the article's
    assert inner_subheadings(blocks, verdicts_of({0, 1, 3, 5}, len(blocks), "short-fragment")) == []
    # another indent than the kept headings' (a brand's name over a product's card)
    shifted = segment([*INDENTED_POST[:4], "          Introductions", *INDENTED_POST[5:]])
    assert inner_subheadings(shifted, verdicts) == []
    # flush left, where a dump indents nothing, a short line is as often a stray "Foo": kept only
    # between kept running text (see the plain subheading test), not over a short line
    flush = segment([line.strip() if "Amy" not in line else "Amy joins." for line in INDENTED_POST])
    assert inner_subheadings(flush, verdicts) == []
    # running text at the headings' indent: the dump indents lines as the page's source did, and the
    # indent says nothing (the line stands between kept running text, which keeps it on its own)
    source = [line[2:] if line.startswith("        E") else line for line in INDENTED_POST]
    assert inner_subheadings(segment(source), verdicts) == [2]
    unended = segment([line.replace("of them.", "of them") for line in source])
    assert inner_subheadings(unended, verdicts) == []


def test_plain_subheadings_scale_linearly() -> None:
    def seconds(copies: int) -> float:  # CPU time: the wall clock of a shared machine jitters far more
        blocks = segment([*INDENTED_POST, ""] * copies)
        verdicts = verdicts_of({index for index in range(len(blocks)) if index % 6 != 2}, len(blocks))
        started = time.process_time()
        inner_subheadings(blocks, verdicts)
        return time.process_time() - started

    assert_linear(seconds, 200, 800)


def test_a_markdown_subheading_under_the_margins_a_dump_leaves_above_it() -> None:
    # four blank lines above the heading, as html2text leaves under a list: still between the sections
    spaced = [*POST[:2], "  * Amy joins the search team today.", "", "", "", "", *POST[4:]]
    blocks = segment(spaced, markdown=True)
    verdicts = verdicts_of({1, 3, 4, 5}, len(blocks), "short-fragment")
    assert inner_subheadings(blocks, verdicts) == [2]
    # five are no gap either: the kept paragraph under the heading is the article's
    apart = [*spaced[:4], "", *spaced[4:]]
    assert inner_subheadings(segment(apart, markdown=True), verdicts) == [2]


# A product page's sections, each opening under the menu the model dropped above it.
PRODUCT_SECTIONS = [
    "## Make it your own",  # 0
    "",
    "It is easier than ever to change the way the browser looks and works for you every day.",  # 1
    "",
    "  * Themes",  # 2
    "  * Add-ons",  # 3
    "",
    "### Themes",  # 4
    "",
    "Choose from thousands of themes and dress up your browser with a single click of the mouse.",  # 5
    "",
    "### Add-ons",  # 6
    "",
    "Add-ons are like small apps that you install to add new features to the browser you use.",  # 7
]


def test_a_markdown_subheading_under_dropped_lines_over_a_kept_paragraph() -> None:
    blocks = segment(PRODUCT_SECTIONS, markdown=True)
    verdicts = verdicts_of({0, 1, 5, 6, 7}, len(blocks), "short-fragment")
    assert inner_subheadings(blocks, verdicts) == [4]
    # over a paragraph the model dropped: the section is not the article's
    assert inner_subheadings(blocks, verdicts_of({0, 1, 6, 7}, len(blocks), "short-fragment")) == []
    # no kept text above it: a heading that opens the page's text is no inner one
    assert inner_subheadings(blocks, verdicts_of({5, 6, 7}, len(blocks), "short-fragment")) == []
    # a rule's drop (an interface phrase) stays
    ruled = [*verdicts[:4], Verdict(Label.BOILERPLATE, 0.3, "interface-phrase"), *verdicts[5:]]
    assert inner_subheadings(blocks, ruled) == []


# A markdown post whose article opens with a list under the headline.
OPENING = [
    "  * [Home](http://example.org/)",  # 0
    "",
    "# Version 2.26 is out",  # 1
    "",
    "**What's new in 2.26?**",  # 2
    "",
    "  * New tasks for the game!",  # 3
    "  * More questions for your opponent",
    "  * Better Android support",
    "",
    "",
    "",
    "The new version can be downloaded from today, and the update is free for everyone who bought it.",  # 6
]


def test_a_list_right_above_the_first_kept_block_opens_the_article() -> None:
    blocks = segment(OPENING, markdown=True)
    verdicts = verdicts_of({6}, len(blocks), "menu")
    verdicts[2] = Verdict(Label.BOILERPLATE, 0.3, "outside-article")
    assert opening_list(blocks, verdicts) == [2, 3, 4, 5]
    # the headline's credits are no such list
    credits = [*OPENING[:6], "  * by: Jane Doe", *OPENING[7:]]
    assert opening_list(segment(credits, markdown=True), verdicts) == []
    # a menu's linked items are not
    linked = [*OPENING[:6], "  * [More questions for your opponent](http://example.org/q)", *OPENING[7:]]
    assert opening_list(segment(linked, markdown=True), verdicts) == []
    # a dump that prints no links says nothing of its items' links: no list is taken there
    unlinked = segment([OPENING[2].strip("*"), *OPENING[3:]])
    assert opening_list(unlinked, verdicts_of({len(unlinked) - 1}, len(unlinked), "menu")) == []


# Reviews of the week, each under a heading and the title of what it reviews.
REVIEWS_OF_THE_WEEK = [
    "### For the tobacco",  # 0
    "",
    "Vape Wave (documentary, 1h28)",  # 1
    "",
    "For a few days the doubt was there: would the state really ban the electronic cigarette at last?",  # 2
    "",
    "### For a thriller",  # 3
    "",
    "6 Days (film, 1h34)",  # 4
    "",
    "In April 1980 the embassy in London was the scene of a hostage taking that the whole world saw.",  # 5
]


def test_a_section_heading_may_take_two_lines_and_be_kept_alone() -> None:
    blocks = segment(REVIEWS_OF_THE_WEEK, markdown=True)
    kept = {0, 1, 2}
    assert closing_paragraphs(blocks, verdicts_of(kept, len(blocks))) == [3, 4, 5]
    # the model kept the last heading over its dropped section: the walk reads on, past it
    verdicts = verdicts_of(kept, len(blocks))
    verdicts[3] = Verdict(Label.HEADING, 0.6, "context")
    assert closing_paragraphs(blocks, verdicts) == [4, 5]
    # three heading lines are no section's
    three = [*REVIEWS_OF_THE_WEEK[:8], "A film by Toa Fraser", "", *REVIEWS_OF_THE_WEEK[8:]]
    assert closing_paragraphs(segment(three, markdown=True), verdicts_of(kept, len(blocks) + 1)) == []


def test_initials_in_brackets_after_the_last_sentence_end_running_text() -> None:
    assert ends_paragraph("The new version needs at least the latest release of the system. (bsc)")
    assert ends_paragraph("Its action scenes carry the whole film to its end. (A.H.)")
    assert ends_paragraph("The talks resume on Monday. ( jk/dpa )")
    # no sentence's end before the brackets, digits in them, or a long aside: no signature
    assert not ends_paragraph("The photographs of the show (right)")
    assert not ends_paragraph("It was shown first in 1912. (1)")
    assert not ends_paragraph("He left. (Read the full story on our site)")


# A news story whose last paragraph ends with the writer's initials, over the page's footer.
SIGNED = [
    "The update also brings a faster engine for filling in passwords in the browser, the maker says.",
    "",
    "The app costs about fifty euros in the store and needs at least the latest version of the system. (bsc)",
    "",
    "Read the comments",
]


def test_the_closing_walk_keeps_a_last_paragraph_signed_with_initials() -> None:
    blocks = segment(SIGNED)
    assert closing_paragraphs(blocks, verdicts_of({0}, len(blocks))) == [1]
    unsigned = [*SIGNED[:2], SIGNED[2].removesuffix(". (bsc)") + " (bsc)", *SIGNED[3:]]
    assert closing_paragraphs(segment(unsigned), verdicts_of({0}, len(blocks))) == []


# A review as html2text prints it: its verdict box, then its summary, then the first section's
# heading; the model started the article at the first kept section under that heading.
REVIEW = [
    "#### Summary",  # 0
    "",
    "As promised, the new console is the most powerful one ever made, though few games use it yet.",  # 1
    "",
    "### Hardware",  # 2
    "",
    "Despite all the power inside, the console is the smallest the maker has ever built, and quiet.",  # 3
    "",
    "### In use",  # 4
    "",
    "You won't find any major differences in the menus, which load faster than they did before.",  # 5
]


def test_the_opening_walk_reads_past_a_dropped_section_heading_of_the_kept_level() -> None:
    blocks = segment(REVIEW, markdown=True)
    assert opening_paragraphs(blocks, verdicts_of({3, 4, 5}, len(blocks))) == [1, 2]
    # no kept heading of that level: the heading ends the walk
    assert opening_paragraphs(blocks, verdicts_of({3, 5}, len(blocks))) == []
    # a plain short line is no such heading (a picture's caption or credit stands there as often)
    plain = [line.lstrip("# ") for line in REVIEW]
    assert opening_paragraphs(segment(plain), verdicts_of({3, 4, 5}, len(blocks))) == []


# A blockquote as html2text prints it: an empty quote line between its paragraphs.
QUOTED = [
    "> The fix for this bug is not hard: size limits on the packets should be checked by the server.",
    ">",
    "> These were the fixes that I recommended to the developers of the game two years ago.",
    "",
    "Share this story",
]


def test_the_closing_walk_reads_past_an_empty_quote_line() -> None:
    blocks = segment(QUOTED, markdown=True)
    verdicts = verdicts_of({0}, len(blocks))
    verdicts[1] = Verdict(Label.BOILERPLATE, 0.0, "no-text")
    assert closing_paragraphs(blocks, verdicts) == [2]
    # the empty line a markdown rule leaves, blank lines around it, sets the notes under it apart
    ruled = [QUOTED[0], "", "---", "", QUOTED[2][2:], *QUOTED[3:]]
    blocks = segment(ruled, markdown=True)
    verdicts = verdicts_of({0}, len(blocks))
    verdicts[1] = Verdict(Label.BOILERPLATE, 0.0, "no-text")
    assert closing_paragraphs(blocks, verdicts) == []


# An encyclopedia's opening as get_text("\n") prints it: a line per text node, a footnote's mark
# on a line of its own after the paragraph's last sentence.
CITED = [
    "The society is a community of volunteers, founded in 1998 by members of",
    "the old club",
    ". It keeps and shares the records of the valley, and publishes them freely.",
    "[2]",
    "",
    "The society produces many works such as the yearly almanac and the maps of the old roads.",
]


def test_the_opening_walk_reads_a_footnote_mark_after_the_last_sentence() -> None:
    blocks = segment(CITED, cells=False)
    kept = index_of(blocks, CITED[5])
    assert opening_paragraphs(blocks, verdicts_of({kept}, len(blocks))) == list(range(kept))
    # the mark after a line that ends no sentence does not make it one
    unended = [*CITED[:2], CITED[2].removesuffix("."), *CITED[3:]]
    blocks = segment(unended, cells=False)
    assert opening_paragraphs(blocks, verdicts_of({len(blocks) - 1}, len(blocks))) == []


# A post as a dump that prints inline elements a line each leaves it: a blank line inside the last
# kept paragraph's sentence, the rest of it short.
CUT = [
    "If you ask me, the best reviews of your code are the ones that come out of pair programming",
    "",
    "sessions and code reviews",
    "— but that's another story.",
    "",
    "Jane Doe",
]


def test_the_closing_walk_keeps_the_short_rest_of_an_unfinished_kept_sentence() -> None:
    blocks = segment(CUT, cells=False)
    rest = index_of(blocks, CUT[2])
    assert closing_paragraphs(blocks, verdicts_of({0}, len(blocks))) == [rest, rest + 1]
    # a kept paragraph that ends its sentence: the short line below is not its
    ended = [CUT[0] + ".", *CUT[1:]]
    assert closing_paragraphs(segment(ended, cells=False), verdicts_of({0}, len(blocks))) == []
    # the rest opening with a capital letter is as often a footer's line ("Created using" / "Sphinx.")
    capital = [*CUT[:2], "Sessions and code reviews", *CUT[3:]]
    assert closing_paragraphs(segment(capital, cells=False), verdicts_of({0}, len(blocks))) == []


# A paragraph printed a line per text node (a block per line): the model kept its last line only.
STARTED = [
    (0, 0, "Shares"),
    (1, 2, "The space agency has recruited three companies and their lunar lander ideas to join its"),
    (1, 3, "moon program."),
    (2, 5, "The agency announced the choice on Monday, and the first landings could come within years."),
]


def started(lines: list[tuple[int, int, str]]) -> list[Block]:
    return [
        Block(index, line, line, text, group=group)
        for index, (group, line, text) in enumerate(lines)
    ]


def test_the_opening_walk_keeps_the_start_of_a_sentence_the_first_kept_line_goes_on_with() -> None:
    blocks = started(STARTED)
    assert opening_paragraphs(blocks, verdicts_of({2, 3}, len(blocks))) == [1]
    # a line a rule dropped (a teaser's link) stays dropped
    verdicts = verdicts_of({2, 3}, len(blocks))
    verdicts[1] = Verdict(Label.BOILERPLATE, 0.3, "link-line")
    assert opening_paragraphs(blocks, verdicts) == []
    # a short line above ("Share this on") is no sentence's start
    short = [STARTED[0], (1, 2, "Shares of the"), *STARTED[2:]]
    assert opening_paragraphs(started(short), verdicts_of({2, 3}, len(blocks))) == []


# A wire story under a page's teasers, one of which the model kept: it dropped the story's lead.
WIRE = [
    "Your weather today: sunny spells in the morning, and rain moving in from the west by the evening.",
    "",
    "Filed under: health, state news",
    "",
    "ST. JOSEPH, Mich. (AP) — State health officials are reporting a sixth death linked to the virus.",
    "",
    "County officials said on Monday that the victim was an adult who had tested positive for it.",
    "",
    "Cases first appeared in the west of the state this summer, and have since spread to ten counties.",
]


def test_a_dropped_paragraph_right_over_a_run_of_kept_running_text_opens_it() -> None:
    blocks = segment(WIRE)
    assert inner_openings(blocks, verdicts_of({0, 3, 4}, len(blocks))) == [2]
    # the first kept line under it no paragraph of running text ("Read the full story"): nothing
    short = [*WIRE[:6], "Read the full story", *WIRE[7:]]
    assert inner_openings(segment(short), verdicts_of({0, 3}, len(blocks))) == []
    # a paragraph a rule dropped stays dropped
    verdicts = verdicts_of({0, 3, 4}, len(blocks))
    verdicts[2] = Verdict(Label.BOILERPLATE, 0.3, "teasers")
    assert inner_openings(blocks, verdicts) == []


# A story with a video's title alone between two of its paragraphs, as a browser prints it.
VIDEO = [
    "The delivery driver drove for three days to bring the order to the soldiers at the base.",  # 0
    "",
    "Pizza Man Making Special Delivery to the Base During the Big Game",  # 1
    "",
    "The soldiers said the pizza was still warm when it arrived, and they shared it with everyone.",  # 2
]


def test_a_doubted_line_alone_between_kept_blocks_is_kept() -> None:
    blocks = segment(VIDEO)
    verdicts = verdicts_of({0, 2}, len(blocks), "low-score")
    assert inner_lines(blocks, verdicts) == [1]
    assert [(v.label, v.reason) for v in settle(blocks, verdicts)][1] == (Label.BODY, "inner-line")
    # the model's other drops, and a rule's, stand
    for reason in ("outside-article", "short-fragment", "interface-phrase"):
        assert inner_lines(blocks, verdicts_of({0, 2}, len(blocks), reason)) == []
    # at an edge of the kept text: not between kept blocks
    assert inner_lines(blocks, verdicts_of({0}, len(blocks), "low-score")) == []
    assert inner_lines(blocks, verdicts_of({2}, len(blocks), "low-score")) == []


def test_a_doubted_line_under_a_dropped_credit_over_a_kept_block_is_kept() -> None:
    credited = [VIDEO[0], "", "Jane Doe/Example News", "", *VIDEO[2:]]
    blocks = segment(credited)
    verdicts = verdicts_of({0, 3}, len(blocks), "low-score")
    verdicts[1] = Verdict(Label.BOILERPLATE, 0.3, "short-fragment")
    assert inner_lines(blocks, verdicts) == [2]  # the credit stays dropped: too short, not low-score
    # two dropped blocks between the kept text and the line: the line opens something else
    two = [VIDEO[0], "", "Jane Doe/Example News", "", "Photo", "", *VIDEO[2:]]
    blocks = segment(two)
    verdicts = verdicts_of({0, 4}, len(blocks), "short-fragment")
    verdicts[3] = Verdict(Label.BOILERPLATE, 0.3, "low-score")
    assert inner_lines(blocks, verdicts) == []
    # the kept block must be right under it
    under = [*VIDEO[:4], "Jane Doe/Example News", "", VIDEO[4]]
    blocks = segment(under)
    verdicts = verdicts_of({0, 3}, len(blocks), "low-score")
    verdicts[2] = Verdict(Label.BOILERPLATE, 0.3, "short-fragment")
    assert inner_lines(blocks, verdicts) == []


def test_a_line_between_kept_blocks_that_is_no_headline_stays_dropped() -> None:
    for line in ("Foo bar", "ANOTHER STORY'S HEADLINE IN CAPITALS HERE", "  * A list item of some words"):
        blocks = segment([VIDEO[0], "", line, "", VIDEO[2]])
        assert inner_lines(blocks, verdicts_of({0, 2}, len(blocks), "low-score")) == [], line
    long_line = " ".join(["word"] * 26)
    blocks = segment([VIDEO[0], "", long_line, "", VIDEO[2]])
    assert inner_lines(blocks, verdicts_of({0, 2}, len(blocks), "low-score")) == []


def test_inner_lines_and_subheadings_take_linear_time() -> None:
    documents: dict[int, tuple[list[Block], list[Verdict]]] = {}
    for size in (200, 800):  # segmented once: only the two finders are timed
        blocks = segment([*VIDEO, ""] * size + [*POST, ""] * size, markdown=True)
        documents[size] = blocks, verdicts_of(set(range(0, len(blocks), 2)), len(blocks), "low-score")

    def seconds(size: int) -> float:  # CPU time: the wall clock of a shared machine jitters far more
        blocks, verdicts = documents[size]
        started = time.process_time()
        inner_lines(blocks, verdicts)
        inner_subheadings(blocks, verdicts)
        return time.process_time() - started

    assert_linear(seconds, 200, 800)
