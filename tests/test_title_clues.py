"""Title clues from the raw lines: permalinked headings, wrapped sentence pieces, centred titles,
and the straight-quote form of a headline (:mod:`articlean.titleclues`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import pytest

import articlean
from articlean.model import Block
from articlean.segment import segment
from articlean.titleclues import centred, permalinked, straight_form, wrapped_pieces
from test_metadata import PARAGRAPHS


def _all(clue: Callable[[Sequence[Block], Sequence[str], Iterable[int]], frozenset[int]],
         blocks: Sequence[Block], lines: Sequence[str]) -> frozenset[int]:
    """A clue looked for on every block (the title finder asks it of its candidates only)."""
    return clue(blocks, lines, range(len(blocks)))


# A blog's name set as the page's h1, a post's headline linked to the post, and the post.
BLOG_POSTS = {
    "en": ("Harbour Notes", "The New Bridge Opens At Last", "/post/8812/the-new-bridge-opens-at-last"),
    "de": (
        "Hafennotizen",
        "Die neue Brücke öffnet endlich",
        "/2024/05/07/die-neue-br%C3%BCcke-%C3%B6ffnet-endlich",
    ),
    "fr": (
        "Carnets du port",
        "Le nouveau pont s'ouvre enfin",
        "/blog/2024/le-nouveau-pont-souvre-enfin.html",
    ),
}


def _blog(language: str, address: str) -> str:
    name, headline, _ = BLOG_POSTS[language]
    body = "\n\n".join(PARAGRAPHS[language].splitlines())
    return f"# {name}\n\n[Archive](/archive)\n\n### [{headline}](https://example.org{address})\n\n{body}\n"


@pytest.mark.parametrize("language", sorted(BLOG_POSTS))
def test_a_heading_linked_to_its_permalink_beats_the_blog_name_above_it(language: str) -> None:
    name, headline, address = BLOG_POSTS[language]
    result = articlean.clean(_blog(language, address))
    assert result.metadata.title == headline
    assert all(name not in paragraph for paragraph in result.paragraphs)


@pytest.mark.parametrize("language", sorted(BLOG_POSTS))
def test_a_heading_linked_to_a_section_page_is_no_permalink(language: str) -> None:
    """A topic's page has no id or day in its address: its name is no story's headline."""
    _, headline, address = BLOG_POSTS[language]
    slug = address.rstrip("/").rsplit("/", 1)[1]
    lines = _blog(language, f"/topics/{slug}").splitlines()
    assert not _all(permalinked, segment(lines, markdown=True), lines)
    lines = _blog(language, address).splitlines()
    blocks = segment(lines, markdown=True)
    assert [blocks[number].text for number in _all(permalinked, blocks, lines)] == [headline]


def test_a_short_link_label_is_no_permalink() -> None:
    lines = ["## [World](/news/2024/world)", "", PARAGRAPHS["en"]]
    assert not _all(permalinked, segment(lines, markdown=True), lines)


# Hard-wrapped specifications: the first line of a paragraph is cut off from it because the next
# line starts with a capital; it looks like a headline but runs on into the line under it.
WRAPPED = {
    "en": (
        "   Working drafts are documents of the Harbour Engineering Group and",
        "   Its Partners.  Other groups may also distribute working documents",
        "   as drafts.  The list of current drafts is kept on the group's site",
        "   and may change at any time without any notice to their readers.",
    ),
    "de": (
        "   Arbeitsentwürfe sind Dokumente der Arbeitsgruppe Hafentechnik und",
        "   Ihrer Partner.  Andere Gruppen dürfen ebenfalls Arbeitsentwürfe",
        "   verbreiten.  Die Liste der aktuellen Entwürfe steht auf der Seite",
        "   der Gruppe und kann sich jederzeit ohne jede Ankündigung ändern.",
    ),
}


# A line of links longer than any wrap width: the segmenter then does not take the dump for
# hard-wrapped and leaves the cut-off line alone (as in markdown dumps of such documents).
NAVIGATION = " ".join(f"[Draft {number}] [Changes {number}] [Errata {number}]" for number in range(1, 8))


@pytest.mark.parametrize("language", sorted(WRAPPED))
def test_the_first_line_of_a_wrapped_paragraph_is_no_title(language: str) -> None:
    lines = [NAVIGATION, "", "Status of this Memo", "", *WRAPPED[language], "", *_wrapped_body(language)]
    blocks = segment(lines)
    assert blocks[2].text == WRAPPED[language][0].strip()
    assert 2 in wrapped_pieces(blocks, lines)
    result = articlean.clean("\n".join(lines) + "\n")
    assert result.metadata.title != WRAPPED[language][0].strip()


def test_a_short_headline_over_a_wrapped_paragraph_is_no_piece() -> None:
    lines = ["   Harbour Engineering Notes", *WRAPPED["en"][1:]]
    assert not wrapped_pieces(segment(lines), lines)


def test_a_headline_over_a_one_line_paragraph_is_no_piece() -> None:
    """Dumps that print every text node on a line put a headline right over its first paragraph."""
    lines = [
        "The council approves the harbour bridge after a long debate on",
        PARAGRAPHS["en"].splitlines()[0],
    ]
    assert not wrapped_pieces(segment(lines), lines)


def _wrapped_body(language: str) -> list[str]:
    import textwrap

    return textwrap.wrap(
        " ".join(PARAGRAPHS[language].splitlines()), 66, initial_indent="   ", subsequent_indent="   "
    )


# A plain-text document whose title is centred between the margins of the header and the text.
CENTRED = {
    "en": (
        "Tidewater",
        "Harbour Working Group",
        "This memo describes Tidewater, a protocol for tide tables. Tidewater",
    ),
    "de": (
        "Gezeitenwerk",
        "Arbeitsgruppe Hafen",
        "Dieses Memo beschreibt Gezeitenwerk, ein Protokoll. Gezeitenwerk",
    ),
}


def _centred_document(language: str) -> list[str]:
    title, group, opening = CENTRED[language]
    width = 72
    return [
        f"{group:<50}{'J. Doe':>22}",
        f"{'Category: Informational':<50}{'March 2024':>22}",
        "",
        "",
        title.center(width).rstrip(),
        "",
        "Abstract",
        "",
        f"   {opening}",
        *_wrapped_body(language),
    ]


@pytest.mark.parametrize("language", sorted(CENTRED))
def test_a_centred_line_of_a_plain_text_document_is_its_title(language: str) -> None:
    lines = _centred_document(language)
    blocks = segment(lines)
    assert [blocks[number].text for number in _all(centred, blocks, lines)] == [CENTRED[language][0]]
    assert articlean.clean("\n".join(lines) + "\n").metadata.title == CENTRED[language][0]


def test_an_indented_line_off_centre_is_not_centred() -> None:
    lines = _centred_document("en")
    lines[4] = " " * 8 + "Tidewater"
    assert not _all(centred, segment(lines), lines)


# A headline in typographic quotes, printed again in straight ones by a share box.
QUOTED = [
    ("en", "Council says “no more delays” on the bridge", 'Council says "no more delays" on the bridge'),
    (
        "de",
        "Stadtrat: „Keine Verzögerungen mehr“ bei der Brücke",
        'Stadtrat: "Keine Verzögerungen mehr" bei der Brücke',
    ),
]


@pytest.mark.parametrize(("language", "curly", "straight"), QUOTED)
def test_the_straight_quote_form_of_the_headline_wins(language: str, curly: str, straight: str) -> None:
    body = "\n\n".join(PARAGRAPHS[language].splitlines())
    dump = f"{curly}\n\n{body}\n\nShare this link\n\n{straight}\n"
    assert articlean.clean(dump).metadata.title == straight
    assert articlean.clean(f"{curly}\n\n{body}\n").metadata.title == curly


def test_the_straight_form_may_come_from_the_title_tag_line() -> None:
    _, curly, straight = QUOTED[0]
    lines = [f"{straight} - The Daily Example", "", curly, "", PARAGRAPHS["en"]]
    assert straight_form(curly, segment(lines), 0) == straight
    assert straight_form(curly, segment(lines), None) == curly


def test_a_line_of_an_indented_menu_is_not_centred() -> None:
    """A text browser indents nested menus: a line may sit mid-way between the ends of the lines
    around it without a text of fixed width around it (one line at the left margin)."""
    lines = [
        "                    Full Weather Report for the Coming Week",
        "            Subscribe to the Daily Example Newsletter",
        "                  * Subscribe to The Daily Example in print",
        "                  * Manage your subscription and delivery",
        "                  * Email Newsletters and Breaking Alerts",
        "          Sign In to Your Account and Saved Stories",
        "            Close the Menu and Go Back to the Page",
        "                     You are signed in as",
        "              Edit Profile and Sign Out of Your Account",
        "          Search the Daily Example",
        "     1. Opinion",
        "",
        "    The council approves the new harbour bridge after a long and bitter debate in the town",
        "",
        "      Today 9:01 AM",
        "",
        "        By Jane Doe",
    ]
    assert not _all(centred, segment(lines), lines)


def test_linked_teasers_above_a_story_are_no_headline() -> None:
    """A list of teasers links each of its stories: no one of them is the page's own headline."""
    body = "\n\n".join(PARAGRAPHS["en"].splitlines())
    teasers = "\n\n".join(
        f"### [{text}](https://example.org/2024/05/0{day}/{text.lower().replace(' ', '-')})"
        for day, text in enumerate(("Ferry Timetable Changes For Summer", "Market Square Gets New Trees"), 1)
    )
    dump = f"{teasers}\n\n## The new bridge opens at last\n\n{body}\n"
    assert articlean.clean(dump).metadata.title == "The new bridge opens at last"
