"""The site's name from its own interface: "More from Example", "Get Example delivered to your inbox"."""

from __future__ import annotations

import time

import pytest

from articlean.segment import segment
from articlean.sitenames import from_interface
from articlean.titleparts import site_after
from test_metadata import PARAGRAPHS, run
from timing import assert_linear


def name(*lines: str, authors: tuple[str, ...] = (), sections: frozenset[str] = frozenset()) -> str | None:
    return from_interface(segment(list(lines)), authors, sections)


@pytest.mark.parametrize(
    "line",
    [
        "More from Example Weekly",
        "Get Example Weekly delivered to your inbox",
        "Sign up for a free Example Weekly account",
        "Download the Example Weekly app",
        "Follow Example Weekly on Twitter",
    ],
)
def test_a_naming_line_names_the_site_the_page_prints_again(line: str) -> None:
    assert name("Photo: Jane Roe/Example Weekly", "", line) == "Example Weekly"


def test_a_name_printed_once_names_nothing() -> None:
    # a "More from X" box may close a list of another site's stories
    assert name("More from Example Weekly", "", "Photo: Jane Roe") is None


@pytest.mark.parametrize(
    "line",
    [
        "More from this author",  # lowercase words: no name
        "Follow Us on Twitter",  # "Us" opens no name
        "More from our partners and friends",
        "more from example weekly",
        "There is more from Example Weekly in the archive",  # not the whole line
    ],
)
def test_lines_that_name_no_site(line: str) -> None:
    assert name(line, "", "Photo: Jane Roe/Example Weekly", "", "Us", "", "This author") is None


def test_an_author_or_a_section_is_no_site() -> None:
    lines = ("More from Jane Roe", "", "By Jane Roe", "", "More from Politics", "", "Politics")
    assert name(*lines, authors=("Jane Roe",), sections=frozenset({"politics"})) is None
    assert name(*lines, sections=frozenset({"politics"})) == "Jane Roe"


def test_the_name_printed_most_often_wins() -> None:
    lines = ("More from Example Group", "", "Example Group", "", "Example Weekly", "")
    lines += ("More from Example Weekly",)
    assert name(*lines, "", "Photo: Jane Roe/Example Weekly") == "Example Weekly"


def test_the_interface_names_the_site_over_the_publishers_copyright() -> None:
    page = "\n\n".join(
        [
            "# A Headline About Rivers",
            PARAGRAPHS["en"],
            "Get Example Weekly delivered to your inbox",
            "More from Example Weekly",
            "© 2024 Example Holdings Inc. All rights reserved.",
        ]
    )
    metadata, _ = run(page)
    assert metadata.sitename == "Example Weekly"


def test_time_grows_with_the_page() -> None:
    def seconds(count: int) -> float:
        blocks = segment([f"More from Example {number}" for number in range(count)])
        start = time.process_time()
        from_interface(blocks)
        return time.process_time() - start

    assert_linear(seconds, 500, 2_000)


@pytest.mark.parametrize(
    ("tag", "headline", "site"),
    [
        ("How to Build a Terrarium (with Pictures) | Example", "How to Build a Terrarium", "Example"),
        (
            "Bridge Opens - The Rebuild - Bridge Opens - The Rebuild - River News",
            "Bridge Opens - The Rebuild",
            "River News",
        ),
        (
            "This API is so Fetching! ✩ Example Hacks – the Web developer blog",
            "This API is so Fetching!",
            "Example Hacks – the Web developer blog",
        ),
        ("Bridge opens at last | Example Weekly", "Bridge opens at last", "Example Weekly"),
    ],
)
def test_the_site_a_title_line_names_after_its_headline(tag: str, headline: str, site: str) -> None:
    assert site_after(tag, headline) == site


@pytest.mark.parametrize(
    ("tag", "headline"),
    [
        ("Bridge opens at last and traffic flows again", "Bridge opens at last"),  # the headline goes on
        ("Bridge opens at last", "Bridge opens at last"),  # nothing after it
        ("River News | Bridge opens at last", "Bridge opens at last"),  # not the line's start
        (
            "Bridge opens at last (and more) | a site with a name far too long to be one",
            "Bridge opens at last",
        ),
        ("Bridge opens | Bridge opens", "Bridge opens"),  # the headline again, no site
    ],
)
def test_title_lines_that_name_no_site_after_the_headline(tag: str, headline: str) -> None:
    assert site_after(tag, headline) is None


def _page(tag: str, copyright_line: str) -> str:
    return "\n\n".join([tag, "Menu", "Bridge opens at last", PARAGRAPHS["en"], copyright_line])


def test_the_copyright_holder_spells_out_the_site_a_title_line_names() -> None:
    copyright_line = "Copyright Example de S.Paulo. All rights reserved."
    page = _page("Bridge opens at last - Politics - Example", copyright_line)
    metadata, _ = run(page + "\n\nExample de S.Paulo")  # the logo's text, alone on its line
    assert metadata.sitename == "Example de S.Paulo"
    metadata, _ = run(page)
    assert metadata.sitename == "Example"
    metadata, _ = run(_page("Bridge opens at last - Example News", "© 2024 Example. All rights reserved."))
    assert metadata.sitename == "Example"


def test_another_copyright_holder_leaves_the_title_lines_site() -> None:
    metadata, _ = run(
        _page("Bridge opens at last | Example Weekly", "© 2024 Holding Media Group. All rights reserved.")
    )
    assert metadata.sitename == "Example Weekly"


def test_site_after_time_grows_with_the_line() -> None:
    def seconds(count: int) -> float:
        headline = " - ".join(f"Part {number}" for number in range(count))
        tag = f"{headline} - {headline} - Example News"
        start = time.process_time()
        site_after(tag, headline)
        return time.process_time() - start

    assert_linear(seconds, 2_000, 8_000)


def test_a_footers_about_line_names_the_site_its_logo_prints_alone() -> None:
    lines = ("Example Weekly", "", "Menu", "", "About Example Weekly", "", "About Us")
    assert name(*lines) == "Example Weekly"


@pytest.mark.parametrize(
    "lines",
    [
        ("Example Weekly reports", "", "About Example Weekly", "", "Example Weekly staff"),  # never alone
        ("Cookies", "", "About Cookies", "", "Cookies settings"),  # the article writes "cookies"
    ],
)
def test_about_lines_that_name_no_site(lines: tuple[str, ...]) -> None:
    assert from_interface(segment(list(lines)), common=frozenset({"cookies"})) is None


def test_the_full_name_wins_over_its_first_word() -> None:
    lines = ("Quanta", "", "Get Quanta Magazine delivered to your inbox", "", "About Quanta", "")
    lines += ("Photo: Jane Roe/Quanta Magazine",)
    assert name(*lines) == "Quanta Magazine"


def test_a_group_holding_the_copyright_does_not_rename_the_site() -> None:
    page = "\n\n".join(
        [
            "Example",
            "# A Headline About Rivers",
            PARAGRAPHS["en"],
            "About Example",
            "© 2024 Example Media Group. All rights reserved.",
        ]
    )
    metadata, _ = run(page)
    assert metadata.sitename == "Example"
