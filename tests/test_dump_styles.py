"""Dump shapes beyond the three of the benchmark: hard-wrapped text, wrapped markdown, lynx dumps."""

from __future__ import annotations

import textwrap
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from articlean import clean
from articlean.markdown import strip_lines
from articlean.references import (
    dump_end,
    is_reference_dump,
    strip_dump_lines,
    strip_markers,
    strip_placeholders,
)
from articlean.segment import segment, wrap_width
from timing import assert_linear

PARAGRAPHS = [
    "The council voted on Tuesday to close the old bridge for repairs that engineers say are long "
    "overdue, after an inspection found corroded steel in two of its supports and cracks in the deck.",
    "Residents who cross it every day will have to use the ferry or drive twenty minutes around the "
    "bay, and the council promised a shuttle bus for those who cannot afford either of them.",
    "Work is due to start in March and last until the end of next year, the council said in a "
    "statement, adding that the cost would be shared with the regional government and the state.",
]


def wrapped(width: int, indent: str = "") -> list[str]:
    lines: list[str] = []
    for paragraph in PARAGRAPHS:
        lines.extend(textwrap.wrap(paragraph, width, initial_indent=indent, subsequent_indent=indent))
        lines.append("")
    return lines


def test_a_hard_wrapped_dump_is_cut_into_its_paragraphs() -> None:
    lines = wrapped(60)
    assert wrap_width(lines) == max(len(line) for line in lines)
    assert [block.text for block in segment(lines)] == PARAGRAPHS


def test_a_capitalised_word_after_a_forced_break_continues_the_paragraph() -> None:
    sentence = "The report was written by the staff of the regional office in Lisbon and Porto."
    lines = [*wrapped(62), *textwrap.wrap(sentence, 62)]
    assert lines[-1].startswith("Lisbon")  # the break falls before a capitalised word
    assert segment(lines)[-1].text == sentence


def test_short_lines_of_a_menu_are_not_taken_for_wrapping() -> None:
    menu = ["Home", "World", "Business", "Sport", "Opinion and analysis of the week", "Contact us"] * 4
    assert wrap_width(menu) is None
    assert wrap_width(["One long line of text that runs on and on " * 5] * 10) is None


def test_wrapped_markdown_links_spanning_lines_are_stripped() -> None:
    lines = [
        "Officials said the plan, first reported by [the local",
        'newspaper](https://example.com/news/2024/plan "The plan") last week, would go ahead.',
        "  * [Another story with a long",
        "  title](https://example.com/other",
        '  "Another story") (12)',
    ]
    texts = [line.text for line in strip_lines(lines)]
    assert texts == [
        "Officials said the plan, first reported by the local",
        "newspaper last week, would go ahead.",
        "Another story with a long",
        "title",
        "(12)",
    ]
    stripped = strip_lines(lines)
    assert stripped[2].list_item and not stripped[3].list_item
    assert stripped[0].link_chars == len("the local") and stripped[1].link_chars == len("newspaper")


def test_a_wrapped_heading_link_is_stripped_over_its_lines() -> None:
    """html2text wraps headings too: a headline link breaks before its URL, or inside its text."""
    lines = [
        "#### [Harbour festival preparations begin in the old town",
        "](/news/local/article/harbour-festival-14846833.php)",
        "",
        "#####  [ Council approves new cycle lanes after long",
        'debate](/news/local/article/cycle-lanes-14846302.php',
        "\"Council approves new cycle lanes after long debate\")",
    ]
    stripped = strip_lines(lines)
    assert [line.text for line in stripped] == [
        "Harbour festival preparations begin in the old town",
        "",
        "",
        "Council approves new cycle lanes after long",
        "debate",
        "",
    ]
    assert stripped[0].heading_level == 4 and stripped[3].heading_level == 5
    assert not stripped[1].heading_level and stripped[0].link_chars > 40


def test_a_link_around_whole_blocks_leaves_no_markup() -> None:
    """html2text writes "[" before a linked block and "](url)" after it, blank lines between."""
    lines = [
        "[ Mayor: Both sides must return to talks",
        "",
        "  * By Staff",
        "",
        '](/news/mayor-both-sides-608414 "Mayor: Both sides must return to talks")',
        "[1] Smith, J. (2019). A study.",
    ]
    assert [line.text for line in strip_lines(lines)] == [
        "Mayor: Both sides must return to talks",
        "",
        "By Staff",
        "",
        "",
        "[1] Smith, J. (2019). A study.",
    ]


def test_a_link_title_over_several_paragraphs_is_no_text() -> None:
    """html2text copies a title attribute as it stands: blank lines, and quotes left unescaped."""
    lines = [
        '#### [Rail strike called off](https://example.com/rail-strike "Rail strike called off',
        "",
        'Unions said the offer was "a fair start" and',
        'members would vote next week…")',
        "",
        "Unions said the offer was a fair start.",
        "",
        '[Ferry fares](https://example.com/ferries "Ferry fares") rise "again" (see [map](m)).',
    ]
    stripped = strip_lines(lines)
    assert [line.text for line in stripped] == [
        "Rail strike called off",
        "",
        "",
        "",
        "",
        "Unions said the offer was a fair start.",
        "",
        'Ferry fares rise "again" (see map).',
    ]
    assert stripped[0].heading_level == 4 and stripped[0].link_chars == len("Rail strike called off")


def test_an_unclosed_link_title_gives_its_lines_back() -> None:
    lines = ['See [the report](https://example.com/r "The report', "", "*Quoted*", "", "## Next"]
    stripped = strip_lines(lines)
    assert [line.text for line in stripped][2:] == ["Quoted", "", "Next"]
    assert stripped[4].heading_level == 2


def test_an_indented_code_block_keeps_its_tags() -> None:
    """html2text writes a <pre> four columns in: a tag there is the sample's text, not markup."""
    lines = [
        "Add the script after the **test** files:",
        "",
        '    <script src="vendor/cover.js"',
        '            data-adapter="vendor/adapter.js"></script>',
        "\t<div id=\"results\"></div>",
        "",
        "It is <b>that</b> simple.",
        "",
        "  * a list item <i>in italics</i>",
        "",
        "    * a nested <i>item</i>",
    ]
    assert [line.text for line in strip_lines(lines)] == [
        "Add the script after the test files:",
        "",
        '<script src="vendor/cover.js"',
        'data-adapter="vendor/adapter.js"></script>',
        '<div id="results"></div>',
        "",
        "It is that simple.",
        "",
        "a list item in italics",
        "",
        "a nested item",
    ]


def test_only_html_tags_are_markup_other_words_in_angle_brackets_are_text() -> None:
    line = 'The troupe staged <The Palace: Tale of a Clown> <B>again</b><br/> <span class="x">at</span>'
    line += " <level>."
    assert strip_lines([line])[0].text == "The troupe staged <The Palace: Tale of a Clown> again at <level>."


def test_emphasis_over_two_lines_is_stripped_and_lines_stay_lines() -> None:
    stripped = strip_lines(["It was, he said, *a very", "strange* day for everyone."])
    assert [line.text for line in stripped] == ["It was, he said, a very", "strange day for everyone."]


def test_a_line_holding_the_joining_character_is_stripped_line_by_line() -> None:
    stripped = strip_lines(["odd \x1f [link", "text](u) here"])
    assert len(stripped) == 2


LYNX = """\
   [1]Home [2]World [3]Business

   Bridge to close for repairs

   [IMG]

   The council voted on Tuesday to close the old [4]bridge for repairs that
   engineers say are long overdue.

   * [5]More news
   * [6]Contact

References

   1. https://example.com/
   2. https://example.com/world
   3. https://example.com/business
   4. https://example.com/bridge
   5. https://example.com/news
   6. https://example.com/contact
"""


def test_a_lynx_dump_loses_its_link_markers_and_reference_list() -> None:
    lines = LYNX.splitlines()
    assert is_reference_dump(lines)
    texts = [block.text for block in segment(lines)]
    sentence = "The council voted on Tuesday to close the old bridge for repairs that engineers say are long"
    assert f"{sentence} overdue." in texts
    assert not any("https://" in text for text in texts)
    assert not any("[" in text for text in texts)
    result = clean(LYNX)
    assert "[4]" not in result.text and "example.com" not in result.text


def test_a_lynx_dump_that_prints_a_pages_markdown_is_still_read_as_one() -> None:
    """A page whose links lynx could not read keeps their markdown as text ("[ Next story ](/next)"):
    enough of it looks like a markdown dump, but the closing list of URLs says what the dump is (read
    as markdown, its long URLs hid the width, and a Chinese paragraph broken mid-word kept spaces)."""
    from articlean.model import InputFormat
    from articlean.sniff import sniff

    chinese = "宇航员在太空中喝酒会怎么样？研究人员发现，酒精和海拔高度对测定仪读数没有交互作用。" * 12
    markdown = [f"   * [7]Story {number} [ Next story ](/story/{number})" for number in range(3)]
    wrapped = textwrap.wrap(chinese, 75, initial_indent="   ", subsequent_indent="   ")
    lines = LYNX.splitlines()  # wrapped at 75 columns
    text = "\n".join([*lines[:9], *wrapped, "", *markdown, "", *lines[9:]]) + "\n"
    assert sniff(text.replace("References", "Links")) is InputFormat.MARKDOWN
    assert sniff(text) is InputFormat.TEXT
    assert chinese in [block.text for block in segment(text.splitlines())]


def test_a_rule_of_underscores_is_no_markdown_emphasis() -> None:
    """A line of underscores ruled under a box (a plain dump prints it as text) is no "__strong__":
    a text with a few such rules is plain text, one with as many strong words is markdown."""
    from articlean.model import InputFormat
    from articlean.sniff import sniff

    rule = "_" * 30
    text = "\n\n".join([PARAGRAPHS[0], rule, PARAGRAPHS[1], rule, PARAGRAPHS[2], rule]) + "\n"
    assert sniff(text) is InputFormat.TEXT
    assert sniff(text.replace(rule, "__Read more__ about the bridge")) is InputFormat.MARKDOWN


def test_the_list_of_urls_is_dropped_with_its_own_reason() -> None:
    ledger = clean(LYNX).ledger
    listed = [entry for entry in ledger if "https://" in entry.text or entry.text == "References"]
    assert len(listed) == 7
    assert {entry.reason for entry in listed} == {"link-references"}
    assert "link-references" not in {entry.reason for entry in ledger if entry not in listed}


def test_lynx_image_placeholders_are_markup() -> None:
    blocks = segment(LYNX.splitlines())
    assert not any("IMG" in block.text for block in blocks)
    assert any(block.image for block in blocks)
    assert strip_placeholders("[12][IMG]Bridge closes") == ("[12]Bridge closes", True)
    assert strip_placeholders("a [Photo] of it") == ("a [Photo] of it", False)


def test_bracketed_numbers_without_a_reference_list_are_text() -> None:
    sentence = "As shown in [1] and [2], the effect [3] is small."
    lines = [sentence, "", "References", "", "1. Smith, J. (2019)."]
    assert not is_reference_dump(lines)
    assert segment(lines)[0].text == sentence


def test_a_lynx_dump_without_its_list_of_urls_is_still_read_as_one() -> None:
    """``lynx -dump -nolist`` prints the markers (or only the images) but no closing list: the dump is
    known by its three-space margin, and loses its markers and alt texts all the same."""
    nolist = LYNX.split("References")[0].splitlines()
    alts = ["   [The old bridge over the bay]", "", "   [Ferry at the pier]", ""]
    assert dump_end(nolist) == len(nolist)
    texts = [block.text for block in segment(nolist)]
    assert "Home World Business" in texts and not any("[" in text for text in texts)
    unnumbered = [*alts, *(line.replace("[4]", "") for line in nolist[3:]), "   [IMG]"]
    assert dump_end(unnumbered) == len(unnumbered)
    assert not any("[" in block.text for block in segment(unnumbered))
    # the same lines at the left margin, or with citations after words, are not lynx's
    assert dump_end([line.strip() for line in nolist]) is None
    cited = ["   The bridge is old.[1] It was built in 1901.[2] Engineers found rust.[3]"]
    assert dump_end(cited) is None and segment(cited)[0].text == cited[0].strip()


def test_marker_link_text_is_counted() -> None:
    assert strip_markers("[12]Home") == ("Home", 4)
    assert strip_markers("read the [3]report on it") == ("read the report on it", 6)
    assert strip_markers("no markers") == ("no markers", 0)


def test_image_alt_text_in_brackets_is_an_image_after_a_marker_or_alone() -> None:
    assert strip_placeholders("[12][Photo of the bridge]Bridge closes") == ("[12]Bridge closes", True)
    assert strip_placeholders("   [Photo of the bridge]") == ("", True)
    assert strip_placeholders("the [12][3] study") == ("the [12][3] study", False)
    assert strip_placeholders("he said [sic] it was") == ("he said [sic] it was", False)



def test_alt_text_that_opens_its_caption_is_a_picture() -> None:
    line = "   [Glass cloche terrariums] Glass cloche terrariums (Lucy Akins)"
    assert strip_placeholders(line) == ("   Glass cloche terrariums (Lucy Akins)", True)
    wrapped = "* [Dig a hole in the oasis.] Dig a hole in the"
    assert strip_placeholders(wrapped) == ("* Dig a hole in the", True)
    # an editor's note, a citation or a one-word echo cut by wrapping is text
    note = "[Update: the council voted] The council voted on Monday to close the bridge."
    assert strip_placeholders(note) == (note, False)
    assert strip_placeholders("[Photo of the bridge] Photo") == ("[Photo of the bridge] Photo", False)


def test_a_paragraph_of_alt_texts_wrapped_over_lines_is_images() -> None:
    """lynx wraps a long alt text like prose, and prints the alts of a gallery side by side: such a
    paragraph holds images, not words; a paragraph with words outside the brackets keeps them."""
    alts = [
        "   [The old bridge over the bay, closed since March after engineers found",
        "   corroded steel in two of its supports]",
        "",
        "   [Ferry at the pier.] [Shuttle bus in the square.] [The harbour at",
        "   night.]",
    ]
    prose = ["   [1]Home [2]World", "   [3]Sport", "", "   [Council] members voted on", "   Tuesday."]
    texts, _, images = strip_dump_lines([*alts, "", *prose])
    assert texts[:5] == ["", "", "", "", ""] and images[:5] == [True, True, False, True, True]
    assert texts[6:] == ["   Home World", "   Sport", "", *prose[3:]]
    assert not any(images[6:])

# Cards of other stories as lynx wraps them: each card one link (image, headline and summary) glued
# to the next, the whole run one paragraph; then a paragraph of prose with one link and a citation.
CARDS = [
    "   [7]Ferry fares to rise in spring The operator says fuel costs have doubled",
    "   since last year.[8]School repairs delayed again Parents were told on",
    "   Monday that the work will not start before the summer.[9]Library opens",
    "   late on Thursdays The branch will stay open until nine.",
]
PROSE = [
    "   The council voted on Tuesday to close the old [10]bridge for repairs that",
    "   engineers say are long overdue.[11][2] The work starts in March.",
]


def test_glued_links_are_link_text_from_marker_to_marker_over_wrapped_lines() -> None:
    texts, chars, _ = strip_dump_lines([*CARDS, "", *PROSE])
    assert not any("[" in text for text in texts)
    # every character of the card run is link text; the prose counts only the linked word
    assert chars[:4] == [len(text.strip()) for text in texts[:4]]
    assert chars[5:] == [len("bridge"), 0]


def test_links_that_open_with_an_image_are_link_text_to_the_next_such_link() -> None:
    """Cards printed with a space between them: each link opens with its image ("[7] [IMG]")."""
    cards = [
        "   [7] [IMG] Ferry fares to rise in spring  The operator says fuel costs have",
        "   doubled  2H ago   [8] [Pupils in a classroom] School repairs delayed again",
        "   Parents were told the work will not start before the summer  5H ago",
    ]
    texts, chars, images = strip_dump_lines(cards)
    assert images == [True, True, False]
    assert "IMG" not in texts[0] and "Pupils" not in texts[1]
    # every character but the spaces between the links is link text
    assert all(count >= len("".join(text.split())) for text, count in zip(texts, chars, strict=True))
    # one image link in prose is not a card run: the word after each marker counts
    prose = ["   the [3] [IMG] map shows the route,", "   said the mayor [4]on Monday."]
    texts, chars, _ = strip_dump_lines(prose)
    assert chars == [len("map"), len("on")]


def test_a_run_of_glued_cards_in_a_lynx_dump_is_a_link_block_and_dropped() -> None:
    dump = "\n".join([*LYNX.split("References")[0].splitlines(), *CARDS, "", "References", ""])
    dump += "\n".join(f"   {number}. https://example.com/{number}" for number in range(1, 12))
    blocks = segment(dump.splitlines())
    cards = next(block for block in blocks if block.text.startswith("Ferry fares"))
    assert cards.link_chars >= 0.9 * len(cards.text)
    result = clean(dump)
    assert "Ferry fares" not in result.text
    assert "The council voted on Tuesday" in result.text


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=45, max_value=120))
def test_wrapping_the_article_at_any_width_keeps_the_same_body(width: int) -> None:
    text = "\n".join(wrapped(width))
    assert clean(text).text.split() == clean("\n\n".join(PARAGRAPHS)).text.split()


MENU_RUN = "HomeNewsWorldBusinessSportCultureTravelWeatherVideoPodcastsNewslettersSubscribeSign in"
FOOTER_RUN = "About usContact usPrivacy policyCookie settingsTerms of useAdvertise with usJobs"


def run_together(indent: str = "      ") -> str:
    """One line as ``get_text()`` prints a minified page: nodes glued, indentation left as spaces
    (the article twice, for a page of a realistic length)."""
    return (
        f"Bridge closes for repairs | The Daily Example{indent}Skip to content{indent}{MENU_RUN}"
        f"{indent}Bridge closes for repairs"
        + "".join(PARAGRAPHS * 2)
        + f"{indent}{FOOTER_RUN}{indent}© 2024 Example"
    )


def test_a_page_run_together_on_one_line_is_cut_at_its_seams() -> None:
    from articlean.runons import split_run_ons

    line = run_together()
    pieces, numbers = split_run_ons(["first line", line, "last line"])
    texts = [piece for piece in pieces if piece]
    assert texts[0] == "first line" and texts[-1] == "last line"
    assert PARAGRAPHS[0] in texts and PARAGRAPHS[1] in texts
    # The glued menu is cut into its items.
    assert texts[texts.index("Home") : texts.index("Sign in") + 1] == [
        "Home", "News", "World", "Business", "Sport", "Culture", "Travel", "Weather", "Video",
        "Podcasts", "Newsletters", "Subscribe", "Sign in",
    ]
    assert set(numbers) == {1, 2, 3} and numbers[0] == 1 and numbers[-1] == 3
    # Nothing but the seams' whitespace is dropped.
    assert "".join(texts[1:-1]).replace(" ", "") == line.replace(" ", "")


def test_a_lead_in_glued_to_the_list_it_announces_is_a_seam() -> None:
    """A colon glued straight to a capitalised word ("tour dates:June 9") is where a paragraph met
    the list under it, as a full stop glued to one is; a time ("10:30") or an address is no seam."""
    from articlean.runons import split_run_ons

    dates = [f"June {day} -- Riverside Arena, Tampa, FL" for day in range(1, 9)]
    lead = "The band announced its tour dates at 10:30 on https://example.com/tour today:"
    line = "".join(PARAGRAPHS * 2) + lead + "".join(dates)  # nodes glued: "overdue.Residents"
    assert len(line) > 1_000
    texts = [piece for piece in split_run_ons([line])[0] if piece]
    # the dates glued to one another ("FLJune 2") are glued words standing together: cut too
    assert texts[-len(dates) - 1 :] == [lead, *dates]


def test_a_sentence_end_glued_to_a_label_in_capitals_is_a_seam() -> None:
    """A paragraph's last sentence glued to a box's label in capitals ("...the violence.DON'T MISS",
    "...in Beijing.READ MORE: ...") is where two nodes met, as one glued to a capitalised word is; an
    abbreviation before the capitals ("the U.S.NAVY") or one capital alone ("overdue.I was") is no seam."""
    from articlean.runons import split_run_ons

    labels = ["DON'T MISS China warns of a plague.", "READ MORE: Plague outbreak confirmed in Beijing."]
    pairs = zip(PARAGRAPHS * 2, labels * 3, strict=True)
    nodes = [piece for paragraph, label in pairs for piece in (paragraph, label)]
    line = "".join(nodes)
    assert len(line) >= 1_000 and [piece for piece in split_run_ons([line])[0] if piece] == nodes
    short = "".join(nodes[:4])
    assert 400 <= len(short) < 1_000 and [piece for piece in split_run_ons([short])[0] if piece] == nodes[:4]
    for glue in ("the U.S.NAVY said", "overdue.I was told"):
        kept = "   ".join(paragraph.replace("the council", glue) for paragraph in PARAGRAPHS * 3)
        pieces = [piece for piece in split_run_ons([kept])[0] if piece]
        assert len(kept) >= 1_000 and len(pieces) == 9
        assert not any(piece.startswith(glue.split(".")[-1]) for piece in pieces)


def test_a_no_break_space_after_a_sentence_end_is_a_seam_in_a_page_run_together() -> None:
    """Editors leave a no-break space at the end of a paragraph (``&nbsp;</p>``): in a page run
    together it alone parts the paragraph from the next node ("...777x jets.\xa0Sheikh Mohammed ...",
    a caption); a no-break space inside a sentence ("Mr.\xa0Smith", "5\xa0km") is no seam."""
    from articlean.runons import split_run_ons

    caption = "The mayor, centre, opens the new bridge on Monday, May 4, 2024 (Jane Doe / Example)"
    nodes = [PARAGRAPHS[0], caption, *PARAGRAPHS[1:], *PARAGRAPHS]
    line = "   ".join((PARAGRAPHS[0] + "\xa0" + caption, *nodes[2:]))
    assert len(line) >= 1_000
    assert [piece for piece in split_run_ons([line])[0] if piece] == nodes
    inner = "   ".join(
        paragraph.replace("The council", "Mr.\xa0Smith and 5\xa0km") for paragraph in PARAGRAPHS * 3
    )
    pieces = [piece for piece in split_run_ons([inner])[0] if piece]
    assert len(inner) >= 1_000 and len(pieces) == 9


def test_a_short_heading_after_a_paragraphs_last_sentence_is_cut_off_its_piece() -> None:
    """A box's heading printed after a paragraph with one space ("...came into contact with. Related
    articles", then the box's items past a run of spaces) is a piece of its own; a paragraph ending
    with a longer sentence, an abbreviation ("Rep. Jane Doe") or a phrase with a comma stays whole."""
    from articlean.runons import split_run_ons

    for heading in ("Related articles", "Trending", "By Jane Doe"):
        nodes = [PARAGRAPHS[0], heading, "Other story one", *PARAGRAPHS[1:], *PARAGRAPHS]
        line = "   ".join((f"{PARAGRAPHS[0]} {heading}", *nodes[2:]))
        assert len(line) >= 1_000
        assert [piece for piece in split_run_ons([line])[0] if piece] == nodes
    for tail in ("The bridge reopens next year", "Rep. Jane Doe", "Furthermore, it"):
        whole = f"{PARAGRAPHS[0]} {tail}"
        line = "   ".join((whole, *PARAGRAPHS[1:], *PARAGRAPHS))
        assert whole in split_run_ons([line])[0]


def test_a_one_letter_stopword_glued_to_the_word_before_is_a_seam_in_a_page_run_together() -> None:
    """A node opening with a word of one letter glued to the node before ("...Bridge Reopens At
    LastA crowd gathered ...") is cut before the letter when the letter is a stopword of the line's
    language; a name that ends in a capital ("SpaceX and") stays whole."""
    from articlean.runons import split_run_ons

    headline = "Bridge Reopens At Last After Two Years Of Repairs"
    first = "A crowd gathered on both banks on Sunday to watch the first cars cross the river again."
    nodes = [*PARAGRAPHS, headline, first, *PARAGRAPHS]
    line = "   ".join((*PARAGRAPHS, headline + first, *PARAGRAPHS))
    assert len(line) >= 1_000
    assert [piece for piece in split_run_ons([line])[0] if piece] == nodes
    named = line.replace(headline + first, headline + " as SpaceX and others watched.")
    assert f"{headline} as SpaceX and others watched." in split_run_ons([named])[0]


def test_an_arrow_glued_to_a_capital_is_a_seam_in_a_page_run_together() -> None:
    """A link's arrow or a closing guillemet glued to the next node's capital ("Read on-line>>STUFF
    TO WATCH", "...«Bridge reopens»Crowds gather ...") is where two nodes met."""
    from articlean.runons import split_run_ons

    nodes = [*PARAGRAPHS, "Read the issue on-line>>", "Stuff to watch this week", "«Bridge reopens»",
             "Crowds gathered on both banks on Sunday.", *PARAGRAPHS]  # fmt: skip
    line = "   ".join((*PARAGRAPHS, "".join(nodes[3:5]), "".join(nodes[5:7]), *PARAGRAPHS))
    assert len(line) >= 1_000
    assert [piece for piece in split_run_ons([line])[0] if piece] == nodes


def test_a_label_in_capitals_glued_to_its_first_item_is_cut_off_its_piece() -> None:
    """A piece of a page run together that opens with a box's label in capitals glued to its first
    item ("DON'T MISSPlague ...", "SUBSCRIBENov. 19") is cut after the label; a name written so at a
    sentence's start ("ECMAScript", "XULRunner": too few capitals) stays whole."""
    from articlean.runons import split_run_ons

    items = [
        "Plague warning issued as deadly diseases spread [WARNING]",
        "Holidaymakers fall ill abroad [NEWS]",
    ]
    line = PARAGRAPHS[0] + "DON'T MISS" + "".join(items) + "   ".join(PARAGRAPHS[1:] * 3)
    pieces = [piece for piece in split_run_ons([line])[0] if piece]
    assert len(line) >= 1_000 and pieces[:4] == [PARAGRAPHS[0], "DON'T MISS", *items]
    button = "   ".join(PARAGRAPHS * 2) + "   SUBSCRIBENov. 19, 2019, 8:41 AM. " + PARAGRAPHS[0]
    pieces = [piece for piece in split_run_ons([button])[0] if piece]
    assert "SUBSCRIBE" in pieces and "Nov. 19, 2019, 8:41 AM. " + PARAGRAPHS[0] in pieces
    for name in ("ECMAScript", "XULRunner", "NASAChief"):
        sentence = f"   {name} is a standard that the council adopted. "
        named = "   ".join(PARAGRAPHS * 2) + sentence + PARAGRAPHS[0]
        pieces = [piece for piece in split_run_ons([named])[0] if piece]
        assert len(named) >= 1_000 and any(piece.startswith(name) for piece in pieces)


CONTENTS_BOX = (
    "Contents 1 History 1.1 Early years 2 Values 2.1 Pledge 3 Software 3.1 Firefox 3.2 Firefox Mobile "
    "3.3 Thunderbird 3.4 SeaMonkey 3.5 Bugzilla 3.6 Components 3.6.1 NSS 3.6.2 SpiderMonkey 3.6.3 Rhino "
    "3.6.4 XULRunner 3.6.5 Gecko 4 Other activities 4.1 Developer network 4.2 Location service 4.3 Web "
    "literacy 5 Community 5.1 Local communities 5.2 Conferences and events 6 Criticism 7 See also 8 "
    "References 9 External links"
)


def test_glued_words_the_page_prints_on_another_line_are_names_not_seams() -> None:
    """A contents box joined into one line (a cleaned output read again) holds names written with an
    inner capital close together ("SeaMonkey", "SpiderMonkey", "XULRunner"): alone on the page, they
    read as glued nodes standing together and the line is cut; where the page's text names them on
    another line, they are names and the line stays whole."""
    from articlean.runons import split_run_ons

    assert 400 <= len(CONTENTS_BOX) < 1_000
    alone = [piece for piece in split_run_ons([CONTENTS_BOX])[0] if piece]
    assert len(alone) == 4 and alone[1].startswith("Monkey 3.5")
    paragraph = "The suite was renamed SeaMonkey in 2005, and its engine, SpiderMonkey, went on in XULRunner."
    named = [piece for piece in split_run_ons([CONTENTS_BOX, "", paragraph])[0] if piece]
    assert named == [CONTENTS_BOX, paragraph]
    # a name printed once elsewhere is enough to spare it: the other two glued words are too few to cut
    one = "The suite was renamed SeaMonkey in 2005."
    assert [piece for piece in split_run_ons([CONTENTS_BOX, "", one])[0] if piece] == [CONTENTS_BOX, one]


def test_names_on_other_lines_take_linear_time() -> None:
    from articlean.runons import split_run_ons

    paragraph = "The suite was renamed SeaMonkey in 2005, and its engine, SpiderMonkey, went on in XULRunner."

    def seconds(copies: int) -> float:  # CPU time: the wall clock of a shared machine jitters far more
        lines = [CONTENTS_BOX, "", paragraph, ""] * copies
        started = time.process_time()
        split_run_ons(lines)
        return time.process_time() - started

    assert_linear(seconds, 200, 800)


def test_a_bracketed_note_glued_to_an_opening_quote_is_a_seam() -> None:
    """A caption's credit glued to a quoted sentence ("(Image: GETTY)“Other than...") is where the
    caption met the next paragraph; a bracket glued to a quoted lower-case word is no seam."""
    from articlean.runons import split_run_ons

    credit = "Protesters at the university (Image: GETTY)"
    quote = "“Other than surrender, there is no option,” he said."
    nodes = [piece for paragraph in PARAGRAPHS * 2 for piece in (paragraph, credit, quote)]
    line = "".join(nodes)
    assert len(line) >= 1_000 and [piece for piece in split_run_ons([line])[0] if piece] == nodes
    lower = [piece for piece in split_run_ons([line.replace("“Other", "“other")])[0] if piece]
    assert lower == [piece for paragraph in PARAGRAPHS * 2 for piece in (paragraph, credit + quote.lower())]


def test_two_spaces_are_a_seam_except_after_a_sentences_end() -> None:
    """A minified page leaves two spaces between a button and the paragraph it goes with ("Save  The
    council...") or after a box's heading ending in an ellipsis ("You may also like...  Share");
    a typist's two spaces after a full stop inside a paragraph are no seam."""
    from articlean.runons import split_run_ons

    nodes = ["You may also like...", "Share", "Save"]
    line = "".join("  ".join([*nodes, paragraph]) + "   " for paragraph in PARAGRAPHS * 2)
    assert len(line) > 1_000
    pieces = [piece for piece in split_run_ons([line])[0] if piece]
    assert pieces == [piece for paragraph in PARAGRAPHS * 2 for piece in [*nodes, paragraph]]
    prose = "  ".join(sentence + "." for sentence in " ".join(PARAGRAPHS * 3).split(". "))
    assert len(prose) > 1_000 and split_run_ons([prose]) == ((prose,), (1,))


def test_a_box_of_glued_nodes_inside_a_long_page_is_cut_as_a_line_of_its_own() -> None:
    """A menu glued without spaces between the long paragraphs of a page run together: its glued
    words are too rare over the whole line, but as dense in the piece as in a short line."""
    from articlean.runons import split_run_ons

    menu = ["Top stories", "World news", "Local news", "Sport results", "Weather today",
            "Podcasts and video", "Arts and culture", "Travel guides", "Money matters", "Your letters",
            "Jobs and careers", "Puzzles and games", "Books of the year", "Our newsletters", "Sign in",
            "Bridge closes", "Gardening tips", "Recipes for the weekend", "Cars and bikes",
            "Property listings", "Crosswords", "Obituaries", "Events near you", "Letters to the editor",
            "Contact the newsroom", "Advertise with us", "Weather warnings",
            "Traffic and travel"]  # fmt: skip
    line = "   ".join(["".join(menu), *(PARAGRAPHS * 16)])
    assert len(line) > 300 * 28 and len("".join(menu)) >= 400
    pieces = [piece for piece in split_run_ons([line])[0] if piece]
    assert pieces == [*menu, *(PARAGRAPHS * 16)]


def test_a_run_together_page_keeps_its_article_and_drops_its_menus() -> None:
    result = clean(run_together())
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text
    assert "Skip to content" not in result.text and "Privacy policy" not in result.text
    assert {entry.line for entry in result.ledger} == {1}


def test_glued_words_are_cut_only_where_they_come_as_often_as_nodes() -> None:
    """A page glued without spaces or punctuation is cut at each word glued to a capital, its menu
    at the top and the bottom too; a name written so ("MacBook", repeated; "iPhone") stays whole, and
    a paragraph naming a few such products is not cut at all."""
    from articlean.runons import split_run_ons

    menu = ["Home", "Reviews", "Laptops", "Phones", "Deals"]
    article = [
        "The new MacBook keeps the old keyboard",
        "Apple's new MacBook returns to the keyboard of its older models, and the iPhone maker says"
        " the change answers years of complaints about keys that stopped working on laptops",
        *PARAGRAPHS,
    ]
    related = [
        "Best laptops for students", "Our favourite phones this year", "Tablets compared",
        "How to pick a keyboard for your desk", "Five headphones that are worth the money",
        "Cameras for beginners",
    ]
    nodes = menu + article + related + menu + ["About us", "Contact", "Privacy"]
    line = "".join(nodes)
    pieces = [piece for piece in split_run_ons([line])[0] if piece]
    assert len(line) > 1_000 and pieces == nodes
    prose = " ".join(PARAGRAPHS * 3) + " It ships with PowerPoint, GarageBand and FaceTime."
    assert len(prose) > 1_000 and split_run_ons([prose]) == ((prose,), (1,))


def test_a_shorter_line_is_cut_at_densely_glued_words_alone() -> None:
    """A header box run together (400 to 1,000 characters): cut at its glued words, not at runs of
    spaces (a browser's table columns); a paragraph of that length naming two products stays whole."""
    from articlean.runons import split_run_ons

    nodes = ["Top stories", "World news", "Local news", "Sport results", "Weather today",
             "Podcasts and video", "Arts and culture", "Travel guides", "Money matters", "Your letters",
             "Jobs and careers", "Puzzles and games", "Books of the year", "Our newsletters", "Sign in",
             "Bridge closes for repairs", PARAGRAPHS[0]]  # fmt: skip
    line = "".join(nodes)
    assert 400 <= len(line) < 1_000
    assert [piece for piece in split_run_ons([line])[0] if piece] == nodes
    table = "Release    Date    Notes    " * 16
    assert 400 <= len(table) < 1_000 and split_run_ons([table]) == ((table,), (1,))
    prose = f"{PARAGRAPHS[0]} {PARAGRAPHS[1]} Orders came in through DoorDash and GrubHub."
    assert 400 <= len(prose) < 1_000 and split_run_ons([prose]) == ((prose,), (1,))


def test_a_short_line_of_a_menu_run_together_is_cut_at_its_glued_words() -> None:
    """A menu glued into a line of a few hundred characters ("HomeWorldBusinessOpinion...") is cut at
    its glued words when they come as densely as a menu's items; a paragraph of that length naming a
    product or two ("MacBook", "PlayStation") stays whole."""
    from articlean.runons import split_run_ons

    menu = ["Home", "World", "Business", "Opinion", "Technology", "Science", "Culture", "Sports", "Travel"]
    menu += ["Weather", "Podcasts", "Video", "Newsletters", "Subscribe", "Education", "Obituaries"]
    menu += ["Sign In"]
    tail = "Sign In to read the rest of the story"
    line = "".join(menu) + tail[len("Sign In") :]
    assert 150 <= len(line) < 400
    assert [piece for piece in split_run_ons([line])[0] if piece] == [*menu[:-1], tail]
    paragraph = (
        "She wrote the first draft on an old MacBook at the kitchen table and tested the game on a "
        "borrowed PlayStation, she said, because the studio could not afford a second one that year."
    )
    assert 150 <= len(paragraph) < 400 and split_run_ons([paragraph]) == ((paragraph,), (1,))


def test_names_written_in_two_capitalised_parts_in_a_paragraph_are_not_cut() -> None:
    """A paragraph naming several products written so ("with YouTube, GitHub and WordPress") stays
    whole, below a page run together's length or above it without a seam (one long paragraph), and a
    page run together is still cut at its seams; the same names glued after capitalised words (a
    menu's items) are cut."""
    from articlean.runons import split_run_ons

    names = (
        "The company said on Tuesday that its new tools would work with YouTube, GitHub and WordPress,"
        " and that creators on PayPal and LinkedIn could sign up for the beta starting next month."
    )
    assert 150 <= len(names) < 400 and split_run_ons([names]) == ((names,), (1,))
    longer = f"{names} {PARAGRAPHS[0]} {PARAGRAPHS[1]}"
    assert 400 <= len(longer) < 1_000 and split_run_ons([longer]) == ((longer,), (1,))
    three = f"{PARAGRAPHS[0]} Fans can watch it on YouTube, TikTok and SoundCloud today. {PARAGRAPHS[1]}"
    assert 400 <= len(three) < 1_000 and split_run_ons([three]) == ((three,), (1,))
    long_paragraph = " ".join([names, *PARAGRAPHS, *PARAGRAPHS])  # no seam, no glued note
    assert len(long_paragraph) >= 1_000 and split_run_ons([long_paragraph]) == ((long_paragraph,), (1,))
    boxes = [long_paragraph, "Home News Sport", PARAGRAPHS[2]]
    page = "   ".join(boxes)  # a page run together: its source indentation's runs of spaces
    assert [piece for piece in split_run_ons([page])[0] if piece][-2:] == boxes[1:]
    menu = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Weather", "Video", "Podcasts"]
    glued = "".join(menu) + " " + PARAGRAPHS[0]
    assert [piece for piece in split_run_ons([glued])[0] if piece][: len(menu) - 1] == menu[:-1]


def test_glued_words_that_stand_together_in_a_long_piece_are_cut() -> None:
    """A dateline and a headline glued to the first paragraph of a long piece ("Updated 2 hours
    agoCouncil closes bridgeJane Doe4 min readThe council...") are cut where three glued words or more
    stand close together; one or two in a paragraph (a name, a typo) are not."""
    from articlean.runons import split_run_ons

    head = ["Updated 2 hours ago", "Council to close the old bridge", "Jane Doe", "Four min read"]
    body = " ".join(PARAGRAPHS)
    line = "".join(head) + body
    assert 400 <= len(line) < 1_000
    assert [piece for piece in split_run_ons([line])[0] if piece] == [*head, body]
    for few in (head[2:], [head[0], head[3]]):  # two glued words
        kept = "".join(few) + body
        assert split_run_ons([kept]) == ((kept,), (1,))
    long_line = "".join(head) + "   ".join([" ".join(PARAGRAPHS * 2)] * 3)  # cut at its gaps
    assert len(long_line) >= 1_000 and [piece for piece in split_run_ons([long_line])[0] if piece][:4] == head


def test_capitals_and_numbers_glued_to_a_capitalised_word_count_in_a_cluster() -> None:
    """A list glued into one line ("...Tampa, FLJune 10 -- ...", "for $240See it now") is cut where
    a word in capitals or a number meets the next capitalised word, among others so glued; names
    written so ("ECMAScript", "XULRunner"), far apart in a paragraph, are not cut."""
    from articlean.runons import split_run_ons

    dates = [f"June {day} -- Riverside Arena, Tampa, FL" for day in range(1, 7)]
    line = PARAGRAPHS[0] + " " + "".join(dates) + "The phone sells for $240See it now"
    assert 400 <= len(line) < 1_000
    pieces = [piece for piece in split_run_ons([line])[0] if piece]
    assert pieces == [PARAGRAPHS[0] + " " + dates[0], *dates[1:], "The phone sells for $240", "See it now"]
    names = (
        f"{PARAGRAPHS[0]} The ECMAScript standard was written after {PARAGRAPHS[1]} so the XULRunner "
        f"platform, she said, {PARAGRAPHS[2]} A second MP3Player followed."
    )
    assert 400 <= len(names) < 1_000 and split_run_ons([names]) == ((names,), (1,))
    title = "%20".join(["Council", "Votes", "To", "Close", "The", "Old", "Bridge", "For", "Repairs"])
    address = "  12. https://example.com/share?utm=NYTBreaking&title=" + "%7C".join([title] * 6)
    assert 400 <= len(address) < 1_000 and split_run_ons([address]) == ((address,), (1,))


def test_a_price_glued_to_a_button_and_a_shop_glued_to_a_blurb_are_a_products_card() -> None:
    """Two glued words a card ("...for $840See it now: AcmeArguably the best...") are cut where one
    is a price glued to a capitalised word and the other stands close to it, from 150 characters on;
    a price followed by a space, or a glued word far from it, leaves the line whole."""
    from articlean.runons import split_run_ons

    blurb = (
        "Arguably the best widget of the year, the Pro is well made, has a long list of features and "
        "can stand a drop from a table, although it costs more than it did last year."
    )
    line = "Acme Widget Pro for $840See it now: Acme" + blurb
    assert 150 <= len(line) < 400
    pieces = [piece for piece in split_run_ons([line])[0] if piece]
    assert pieces == ["Acme Widget Pro for $840", "See it now: Acme", blurb]
    longer = line + " " + PARAGRAPHS[0] + " " + PARAGRAPHS[1]
    assert 400 <= len(longer) < 1_000
    assert [piece for piece in split_run_ons([longer])[0] if piece][:2] == pieces[:2]
    spaced = "Acme Widget Pro for $840 See it now: Acme" + blurb
    assert split_run_ons([spaced]) == ((spaced,), (1,))
    far = "Acme Widget Pro for $840See it now at the shop of your choice, or online: Acme" + blurb
    assert 150 <= len(far) < 400 and split_run_ons([far]) == ((far,), (1,))
    unpriced = line.replace("$840", "840")
    assert split_run_ons([unpriced]) == ((unpriced,), (1,))


def test_a_word_glued_to_a_word_in_capitals_counts_in_a_cluster() -> None:
    """A lower-case word glued to the next node's word in capitals ("...Basic Motorcycle
    MaintenanceWORLD LAUNCH: ...") counts among glued words that stand together; two capitals after
    it ("iPhoneXS") are a name's, and such glues alone, too few, cut nothing."""
    from articlean.runons import split_run_ons

    head = ["Latest videos", "STUFF TO WATCH", "How to service brake calipers", "WORLD LAUNCH: The new bike"]
    line = "".join(head) + " " + " ".join(PARAGRAPHS)
    assert 400 <= len(line) < 1_000
    pieces = [piece for piece in split_run_ons([line])[0] if piece]
    assert pieces == [*head[:3], head[3] + " " + " ".join(PARAGRAPHS)]
    named = line.replace("calipersWORLD", "calipers on the iPhoneXS WORLD")
    assert split_run_ons([named]) == ((named,), (1,))


def test_glued_cyrillic_nodes_are_cut_too() -> None:
    from articlean.runons import split_run_ons

    menu = ["Главная", "Новости", "Спорт", "Здоровье", "Рекорды"]
    article = [
        "Как начать бегать по утрам",
        "Средний человек бежит со скоростью около десяти километров в час, но на короткой дистанции"
        " тренированный бегун может развить скорость вдвое больше.",
        "Скорость зависит от возраста, веса и подготовки, поэтому нормативы для школьников и"
        " взрослых заметно отличаются друг от друга.",
        "Специалисты советуют начинать с коротких пробежек и постепенно увеличивать дистанцию,"
        " следя за пульсом и самочувствием после каждой тренировки.",
    ]
    recent = [
        "Свежие записи", "Нормативы по плаванию для школьников", "Прыжки в длину с места",
        "Видео про бег на длинные дистанции", "Мировой рекорд по планке", "Как сдать нормативы в школе",
        "Сколько калорий сжигает бег", "Чем полезна ходьба для здоровья", "Упражнения для спины",
        "Правильное питание перед тренировкой", "Нормативы по подтягиванию", "Бег по утрам",
        "Зарядка для всей семьи", "Как выбрать кроссовки для бега", "Плавание или бег: что лучше",
        "Растяжка после пробежки", "Пульс во время тренировки", "Сон и восстановление спортсмена",
    ]
    nodes = menu + article + recent + menu + ["Контакты", "Реклама", "Политика конфиденциальности"]
    line = "".join(nodes)
    assert len(line) > 1_000 and [piece for piece in split_run_ons([line])[0] if piece] == nodes


def test_long_prose_lines_are_not_cut() -> None:
    from articlean.runons import split_run_ons

    paragraph = " ".join(PARAGRAPHS * 4)  # over a thousand characters of ordinary prose
    assert split_run_ons([paragraph]) == ((paragraph,), (1,))


def test_a_long_paragraph_with_a_few_glued_sentences_is_not_cut() -> None:
    """Seams as rare as typos (two in 6,600 characters) do not make a page: such a paragraph stays
    whole, also when the output that holds it is cleaned again."""
    from articlean.runons import split_run_ons

    prose = " ".join(PARAGRAPHS * 12)
    paragraph = prose.replace(". ", ".", 2)
    assert len(paragraph) > 6_000 and len(split_run_ons([prose.replace(". ", ".", 30)])[0]) > 1
    assert split_run_ons([paragraph]) == ((paragraph,), (1,))


def test_a_short_bracketed_note_glued_to_the_next_capital_is_a_seam() -> None:
    """A caption's credit or a button's hint in brackets run into the next node ("(Image: GETTY)According
    to") is where two nodes met; a long aside, an address in brackets or a lower-case word is no seam."""
    from articlean.runons import split_run_ons

    credit, share = "(Image: GETTY)", "Share on Facebook (Opens in new window)"
    line = "   ".join(paragraph + credit + share + "Click here" for paragraph in PARAGRAPHS * 2)
    assert len(line) > 1_000
    pieces = [piece for piece in split_run_ons([line])[0] if piece]
    nodes = [(paragraph + credit, share, "Click here") for paragraph in PARAGRAPHS * 2]
    assert pieces == [piece for node in nodes for piece in node]
    aside = "(" + "which the engineers had warned about for years, as the minutes show " * 2 + ")"
    for bracket in (aside, "(https://example.com/bridge/repairs)", "(Image: GETTY)"):
        tail = "Click" if bracket != "(Image: GETTY)" else "according"
        kept = "   ".join(paragraph + bracket + tail for paragraph in PARAGRAPHS * 2)
        assert [piece for piece in split_run_ons([kept])[0] if piece] == [
            paragraph + bracket + tail for paragraph in PARAGRAPHS * 2
        ]


def test_a_shorter_line_is_cut_where_sentences_and_notes_meet_the_next_node() -> None:
    """A box of a few nodes glued at sentences' ends and bracketed notes, with no glued word, is cut
    there; fewer than three pieces, an abbreviation ("U.S.Army") or a line with an address is not."""
    from articlean.runons import split_run_ons

    nodes = [PARAGRAPHS[0], "Photo credit (AP)", PARAGRAPHS[1], "Share this story."]
    line = "".join(nodes)
    assert 400 <= len(line) < 1_000
    assert [piece for piece in split_run_ons([line])[0] if piece] == nodes
    for kept in (
        PARAGRAPHS[0] + PARAGRAPHS[1] + " " + PARAGRAPHS[2],
        PARAGRAPHS[0].replace("on Tuesday", "with the U.S.Army") + PARAGRAPHS[1] + " " + PARAGRAPHS[2],
        line + " See https://example.com/bridge",
    ):
        assert 400 <= len(kept) < 1_000 and split_run_ons([kept]) == ((kept,), (1,))


def test_a_lynx_dumps_list_of_long_urls_does_not_hide_its_wrap_width() -> None:
    """The closing list's URLs run past the width the text was wrapped at; a paragraph is still
    joined where a capitalised word was carried to the next line."""
    firsts, lasts = ("Anna", "Bruno", "Chen"), ("Smith", "Okafor", "Lund")
    names = ", ".join(f"{first} {last}" for first in firsts for last in lasts)
    paragraph = f"The council named the members of the new bridge committee: {names}. " * 3
    text = textwrap.wrap(paragraph.strip(), 72, initial_indent="   ", subsequent_indent="   ")
    urls = [f"  {number:2d}. https://example.com/{'path/' * 20}{number}" for number in range(1, 31)]
    lines = ["   [1]Home [2]World [3]Business", "", *text, "", "References", "", *urls]
    assert wrap_width(lines) != max(len(line) for line in text)  # the URLs hide the width
    assert [block.text for block in segment(lines) if block.text][1:] == [paragraph.strip()]


def test_a_chinese_paragraph_wrapped_mid_word_is_joined_without_spaces() -> None:
    """Text-mode browsers break Chinese and Japanese lines anywhere: no space goes in at the break;
    Korean, written with spaces, and Latin text keep theirs."""
    chinese = "宇航员在太空中喝酒会怎么样？研究人员发现，酒精和海拔高度对测定仪读数没有交互作用。" * 12
    lines = textwrap.wrap(chinese, 60, initial_indent="   ", subsequent_indent="   ")
    assert len(lines) >= 8
    assert [block.text for block in segment(lines)] == [chinese]
    korean = ["우주비행사는 우주에서 술을 마실 수 있을까,", "연구자들은 그렇지 않다고 말한다."]
    assert segment(korean)[0].text == " ".join(korean)


def test_a_wrapped_markdown_link_whose_url_did_not_fit_continues_its_paragraph() -> None:
    """html2text carries a link to the next line when its text and URL do not fit: the width is
    measured with the URL, so a capitalised name after the break still continues the paragraph."""
    paragraph = (
        "The band will unite with former frontman [Michael McDonald]"
        "(https://example.com/topics/michael-mcdonald/) for a North American tour celebrating "
        "the fiftieth anniversary of the band, which starts in June and ends in October."
    )
    lines = [*wrapped(78), *textwrap.wrap(paragraph, 78, break_long_words=False, break_on_hyphens=False)]
    assert wrap_width(lines) is not None
    assert any(line.startswith("McDonald](") for line in lines)  # the break falls inside the link
    text = paragraph.replace("[", "").replace("](https://example.com/topics/michael-mcdonald/)", "")
    assert segment(lines, markdown=True)[-1].text == text


def test_a_line_that_goes_on_with_a_link_opened_above_continues_its_paragraph() -> None:
    """A break inside a link's text is a wrap, whatever the width (too few lines to measure one
    here): the capitalised word after it does not start a block of its own."""
    lines = [
        "If you have done [Eighty Day",
        "Obsession](https://example.com/programs/eighty-day-obsession) with Autumn, you",
        "have seen how its meal plan works.",
        "",
        "[Home](https://example.com/)",
        "Contact",
    ]
    stripped = strip_lines(lines)
    assert [line.in_link for line in stripped] == [False, True, False, False, False, False]
    texts = [block.text for block in segment(lines, markdown=True)]
    assert texts == [
        "If you have done Eighty Day Obsession with Autumn, you have seen how its meal plan works.",
        "Home",
        "Contact",
    ]


def test_a_wrapped_markdown_dump_with_many_short_lines_still_has_its_width() -> None:
    """Link lists and images dilute the share of full lines; in markdown the pile of lines just under
    the width still shows it, and a capitalised word carried past it continues its paragraph. Plain
    text of the same shape is left alone."""
    menu = [f"  * [Section number {number} of the site](/section/{number})" for number in range(60)]
    body = wrapped(78) * 4
    lines = [*menu, "", *body]
    assert wrap_width(lines) is None
    assert wrap_width(lines, markdown=True) == max(len(line) for line in body)
    texts = [block.text for block in segment(lines, markdown=True) if not block.list_item]
    assert texts == PARAGRAPHS * 4
    short = ["Home", "World", "Sport", "Opinion and analysis of the week", "Contact us"] * 12
    assert wrap_width(short, markdown=True) is None
    unwrapped = [f"{paragraph[: 40 + 7 * (number % 9)]}" for number, paragraph in enumerate(PARAGRAPHS * 20)]
    assert wrap_width(unwrapped, markdown=True) is None


def test_a_markdown_dumps_hard_line_breaks_do_not_hide_its_width() -> None:
    """Lines that end in a markdown hard break (two spaces: a schedule, an address) were broken by
    their author, not the wrapper: however many there are just under the width, it is still found."""
    lines = [line for _ in range(3) for line in wrapped(78)]
    rows = [f"June {day} – Riverside Arena and Conference Centre, Tampa, FL  " for day in range(1, 29)]
    assert wrap_width([*lines, *rows], markdown=True) == 78
    assert wrap_width([*lines, *(row.rstrip() for row in rows)], markdown=True) is None


def test_a_markdown_menus_long_urls_do_not_hide_its_width() -> None:
    """html2text wraps a menu's links like any text, and a link with a long URL runs past the width:
    lines of nothing but links are not measured, and a capitalised word carried past the width still
    continues its paragraph."""
    url = f"/councils/municipal-council-of-{'public-' * 8}"
    menu = [f"  * [Council {number}]({url}{number})" for number in range(30)]
    menu += ["[Home](/) [News](/news) [Sport](/sport) [Weather and traffic in the region](/weather)"] * 3
    body = wrapped(78)
    lines = [*menu, "", *body]
    assert min(len(line) for line in menu) > 78
    assert wrap_width(lines, markdown=True) == max(len(line) for line in body)
    assert [block.text for block in segment(lines, markdown=True)][-3:] == PARAGRAPHS


def test_the_rest_of_a_link_the_line_above_took_is_no_block_of_its_own() -> None:
    """A link cut by the width ("Tags: [" / "sports](/tag/sports)") gives its text to the line that
    opens it; the line that closes it goes on with that block instead of making an empty one."""
    lines = ["Posted by Ana Lima - Tags: [bridge](/tag/bridge) [", "council](/tag/council)", "", *wrapped(78)]
    blocks = segment(lines, markdown=True)
    assert (blocks[0].first_line, blocks[0].last_line) == (0, 1)
    assert blocks[0].text == "Posted by Ana Lima - Tags: bridge council"
    assert [block.text for block in blocks[1:]] == PARAGRAPHS


def test_a_button_whose_last_word_is_a_short_stopword_glued_to_the_next_node_is_cut_off() -> None:
    """A piece of a page run together that opens with a button ending in a word of two letters glued
    to the next node ("Sign UpThis site is protected ...", "Contact UsCareers") is cut after the
    button; a name written so ("John McCain": no English stopword; "Ousted WeWork", recurring) is not."""
    from articlean.runons import split_run_ons

    note = "This site is protected by recaptcha and the privacy policy applies."
    line = "   ".join(PARAGRAPHS * 2) + "   Sign Up" + note + "   " + PARAGRAPHS[0]
    pieces = [piece for piece in split_run_ons([line])[0] if piece]
    assert len(line) >= 1_000 and "Sign Up" in pieces and note in pieces
    for name, other in (("Senator McCain", ""), ("Ousted WeWork", " WeWork said so.")):
        sentence = f"   {name} is said to have backed the council's plan.{other}"
        named = "   ".join(PARAGRAPHS * 2) + sentence + "   " + PARAGRAPHS[0]
        pieces = [piece for piece in split_run_ons([named])[0] if piece]
        assert len(named) >= 1_000 and any(piece.startswith(name) for piece in pieces)


def test_a_count_glued_to_its_label_and_a_menu_is_a_glued_word() -> None:
    """A share bar glued into one word after its count ("858sharesPinterestFacebookTwitter...") is
    cut as a glued menu is; the count alone opening it does not hide the glues."""
    from articlean.runons import split_run_ons

    bar = ["Sharing is caring!858shares", "Pinterest", "Facebook", "Twitter", "Flipboard", "Reddit"]
    sentence = "This holiday season I was thinking of flavours that would put me in the holiday spirit."
    line = "".join(bar) + sentence
    assert 150 <= len(line) < 400
    assert [piece for piece in split_run_ons([line])[0] if piece] == [*bar, sentence]
    unglued = "The amplifier adds 3dB of gain. " + sentence  # no capital glued after the count's word
    assert split_run_ons([unglued * 2]) == ((unglued * 2,), (1,))


def test_a_long_call_to_action_in_capitals_glued_to_a_quote_is_cut_off_its_piece() -> None:
    """A box's call to action of up to eight words in capitals glued to the next paragraph, which
    opens with a quote ("CLICK HERE TO GET THE NEWS APP“Can I give it ...”"), is cut after it; a
    sentence in capitals of more words is no label."""
    from articlean.runons import split_run_ons

    quote = "“Can I give it to James?” she asked before the council voted on the bridge."
    line = "   ".join(PARAGRAPHS * 2) + "   CLICK HERE TO GET THE NEWS APP" + quote + "   " + PARAGRAPHS[0]
    pieces = [piece for piece in split_run_ons([line])[0] if piece]
    assert len(line) >= 1_000 and "CLICK HERE TO GET THE NEWS APP" in pieces and quote in pieces
    shout = "   ".join(PARAGRAPHS * 2) + "   WE SAID IT AGAIN AND AGAIN AND AGAIN TODAY" + quote
    pieces = [piece for piece in split_run_ons([shout])[0] if piece]
    assert quote not in pieces
