"""Text-mode browser dumps read as well as the markdown they come from: cards, galleries, Chinese and
Japanese lines, schedules cut by the wrap width."""

from __future__ import annotations

import textwrap

from articlean.paragraphs import paragraphs
from articlean.references import alt_paragraphs, strip_dump_lines
from articlean.segment import segment


def test_a_paragraph_opened_by_a_linked_image_is_a_card_all_link_text() -> None:
    card = [
        "   [74] [IMG] Ferry fares to rise in spring The operator says fuel costs have",
        "   doubled since last year and the new timetable will have fewer crossings.",
        "   Read now",
    ]
    texts, chars, _ = strip_dump_lines(card)
    assert chars == [len(text.strip()) for text in texts]
    # an image link inside a paragraph of prose is no card: the word after the marker counts
    prose = ["   The map [3] [IMG] shows the route the ferry", "   will take from March."]
    assert strip_dump_lines(prose)[1] == [0, 0]


def test_a_galleries_bulleted_alt_texts_are_images_however_long() -> None:
    alt = (
        "* [The mayor, left, and the head of the regional government shake hands on the old bridge on "
        "Wednesday, before its closing for repairs that engineers say are long overdue, after an "
        "inspection found corroded steel in two of its supports. Photo: Jane Doe / City Press]"
    )
    lines = [*textwrap.wrap(alt, 76, initial_indent="   ", subsequent_indent="   "), ""]
    lines += ["   The council voted on Tuesday [5]to close the bridge."]
    assert alt_paragraphs(lines) == set(range(len(lines) - 2))


# Two Japanese paragraphs as a wrapper cuts them, a fixed number of characters a line (the width).
JAPANESE_PARAGRAPHS = [
    "商標には、同じ商標が付された商品は同じ提供元のものであるという、商品の出所を表示する機能、同じ品質であることを保証する機能があります。",
    "例えば、消費者は、スマートフォンに表示されたりんごのマークをみて、それがアップル社の商品であると理解しますし、あの品質の商品だな、と考えます。",
]
WIDTH = 40


def test_japanese_lines_cut_between_two_letters_are_one_paragraph_without_a_space() -> None:
    lines: list[str] = []
    for paragraph in JAPANESE_PARAGRAPHS:
        lines += [f"   {paragraph[start : start + WIDTH]}" for start in range(0, len(paragraph), WIDTH)]
        lines.append("")
    assert paragraphs(segment(lines)) == JAPANESE_PARAGRAPHS


def test_a_short_japanese_line_over_the_next_is_a_line_of_its_own_and_keeps_its_space() -> None:
    """A heading over its paragraph, an author's line break: shorter than the lines a wrapper fills."""
    lines = ["   ホットキーが被る", f"   {JAPANESE_PARAGRAPHS[0]}", f"   {JAPANESE_PARAGRAPHS[1]}"]
    assert paragraphs(segment(lines))[0].startswith("ホットキーが被る ")


def test_the_rows_of_a_schedule_a_width_would_join_stay_rows() -> None:
    prose = textwrap.wrap(
        "The band will play thirty dates across the country next summer, the first time the four of "
        "them tour together in nearly a quarter century, and tickets go on sale on Friday morning at "
        "ten, with a presale for members of the fan club on the Wednesday before that, the band said.",
        76,
        initial_indent="   ",
        subsequent_indent="   ",
    )
    rows = [
        "   June 20 -- Coastal Credit Union Music Park at Walnut Creek, Raleigh, NC",
        "   June 23 -- Veterans United Home Loans Amphitheater at Virginia Beach,",
        "   Virginia Beach, VA",
        "   June 24 -- Jiffy Lube Live, Bristow, VA",
        "   June 26 -- PPL Center, Allentown, PA",
    ]
    found = paragraphs(segment([*prose, "", *prose, "", *rows]))
    assert found[2:] == [
        rows[0].strip(),
        f"{rows[1].strip()} {rows[2].strip()}",
        rows[3].strip(),
        rows[4].strip(),
    ]


def test_a_list_items_marker_after_its_bullet_opens_a_link_to_the_lines_end() -> None:
    """ "1. [55] Headline": the bullet is no text before the marker (a menu, a list of most read)."""
    items = ["   1. [55] Police chief sought funding for a new system", "   2. [56]County fair will be free"]
    texts, chars, _ = strip_dump_lines(items)
    assert chars == [len(text.split(None, 1)[1].strip()) for text in texts]
    # one item alone is read line by line (the single-marker path): the same count
    assert strip_dump_lines(items[:1])[1] == chars[:1]
